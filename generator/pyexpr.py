"""Render stage, Python side: spell IR types as annotations and as (de)serialisation expressions.

Templates call these through filters, so the logic of converting a value lives in one place in
Python and templates only lay code out. Expressions are generated per type, not looked up at run
time: a list of models decodes with one comprehension, a plain string field with no call at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import ir
from .escaping import py_str

_PRIMITIVE_ANNOTATIONS = {
    "str": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "none": "None",
    "any": "Any",
    "datetime": "datetime",
    "date": "date",
    "bytes": "bytes",
    "file": "bytes",
}
_CHECK_TYPES = {"str": "str", "int": "int", "float": "(int, float)", "bool": "bool", "file": "str"}


def annotation(type_ref: ir.TypeRef, *, request: bool = False) -> str:
    """The annotation of a value of this type; `request=True` widens enums to accept `str`."""
    if isinstance(type_ref, ir.Primitive):
        if request and type_ref.kind == "file":
            return "FileContent"
        return _PRIMITIVE_ANNOTATIONS[type_ref.kind]
    if isinstance(type_ref, (ir.ModelRef, ir.AliasRef)):
        return type_ref.name
    if isinstance(type_ref, ir.EnumRef):
        return f"{type_ref.name} | str" if request else type_ref.name
    if isinstance(type_ref, ir.ListOf):
        return f"list[{annotation(type_ref.item, request=request)}]"
    if isinstance(type_ref, ir.MapOf):
        return f"dict[str, {annotation(type_ref.value, request=request)}]"
    if isinstance(type_ref, ir.LiteralOf):
        value = type_ref.value
        return f"Literal[{py_str(value) if isinstance(value, str) else repr(value)}]"
    if isinstance(type_ref, ir.Nullable):
        return _join([annotation(type_ref.inner, request=request), "None"])
    return _join([annotation(v, request=request) for v in type_ref.variants])


def _join(parts: list[str]) -> str:
    flat: list[str] = []
    for part in parts:
        for piece in part.split(" | ") if "[" not in part else [part]:
            if piece not in flat:
                flat.append(piece)
    if "None" in flat:  # None last reads best and is what formatters expect
        flat.remove("None")
        flat.append("None")
    return " | ".join(flat)


def optional(annotation_text: str) -> str:
    return annotation_text if annotation_text.endswith("None") else f"{annotation_text} | None"


@dataclass(frozen=True)
class Codec:
    """Builds decode/encode expressions for one API (aliases are expanded through `api`)."""

    api: ir.Api

    # -- decoding JSON into typed values --------------------------------------------------------

    def is_plain(self, type_ref: ir.TypeRef) -> bool:
        """True when the JSON value already is the typed value (no conversion needed)."""
        if isinstance(type_ref, ir.Primitive):
            return type_ref.kind in ("str", "int", "float", "bool", "none", "any", "file")
        if isinstance(type_ref, ir.LiteralOf):
            return True
        if isinstance(type_ref, ir.ListOf):
            return self.is_plain(type_ref.item)
        if isinstance(type_ref, ir.MapOf):
            return self.is_plain(type_ref.value)
        if isinstance(type_ref, ir.Nullable):
            return self.is_plain(type_ref.inner)
        return False

    def decode(self, type_ref: ir.TypeRef, src: str, depth: int = 0) -> str:
        """Expression turning the JSON value named `src` (a plain name) into the typed value."""
        if self.is_plain(type_ref):
            return src
        var = f"x{depth}"
        if isinstance(type_ref, ir.Primitive):
            helper = {"datetime": "parse_datetime", "date": "parse_date", "bytes": "decode_base64"}
            return f"{helper[type_ref.kind]}({src})"
        if isinstance(type_ref, ir.ModelRef):
            return f"{type_ref.name}.from_dict({src})"
        if isinstance(type_ref, ir.EnumRef):
            return f"{type_ref.name}({src})"
        if isinstance(type_ref, ir.AliasRef):
            return self.decode(self.api.lookup[type_ref.name].type, src, depth)  # type: ignore[union-attr]
        if isinstance(type_ref, ir.ListOf):
            return f"[{self.decode(type_ref.item, var, depth + 1)} for {var} in {src}]"
        if isinstance(type_ref, ir.MapOf):
            key = f"k{depth}"
            inner = self.decode(type_ref.value, var, depth + 1)
            return f"{{{key}: {inner} for {key}, {var} in {src}.items()}}"
        if isinstance(type_ref, ir.Nullable):
            return f"None if {src} is None else {self.decode(type_ref.inner, src, depth)}"
        assert isinstance(type_ref, ir.UnionOf)
        return self._decode_union(type_ref, src, depth)

    def _decode_union(self, union: ir.UnionOf, src: str, depth: int) -> str:
        var = f"u{depth}"
        fallbacks = ", ".join(
            f"lambda {var}: {self.checked(v, var, depth + 1)}" for v in union.variants
        )
        if union.discriminator is not None:
            tags = ", ".join(
                f"{py_str(tag)}: {name}.from_dict" for tag, name in union.discriminator.mapping
            )
            prop = py_str(union.discriminator.property)
            return f"decode_tagged({src}, {prop}, {{{tags}}}, {fallbacks})"
        return f"decode_union({src}, {fallbacks})"

    def checked(self, type_ref: ir.TypeRef, src: str, depth: int) -> str:
        """Like `decode`, but raising TypeError when the value is not of this type (for unions)."""
        if isinstance(type_ref, ir.Primitive):
            if type_ref.kind in _CHECK_TYPES:
                return f"expect({src}, {_CHECK_TYPES[type_ref.kind]})"
            if type_ref.kind == "none":
                return f"expect({src}, type(None))"
            if type_ref.kind == "any":
                return src
            return self.decode(type_ref, f"expect({src}, str)", depth)
        if isinstance(type_ref, ir.ListOf):
            var = f"x{depth}"
            return f"[{self.checked(type_ref.item, var, depth + 1)} for {var} in expect({src}, list)]"
        if isinstance(type_ref, ir.MapOf):
            key, var = f"k{depth}", f"x{depth}"
            inner = self.checked(type_ref.value, var, depth + 1)
            return f"{{{key}: {inner} for {key}, {var} in expect({src}, dict).items()}}"
        if isinstance(type_ref, ir.LiteralOf):
            return f"expect_literal({src}, {py_str(type_ref.value) if isinstance(type_ref.value, str) else repr(type_ref.value)})"
        if isinstance(type_ref, ir.Nullable):
            return f"None if {src} is None else {self.checked(type_ref.inner, src, depth)}"
        if isinstance(type_ref, ir.ModelRef):
            return f"{type_ref.name}.from_dict(expect({src}, dict))"
        return self.decode(type_ref, src, depth)

    # -- encoding typed values into JSON --------------------------------------------------------

    def encode(self, type_ref: ir.TypeRef, src: str, depth: int = 0) -> str:
        """Expression turning the typed value named `src` into its JSON form."""
        var = f"x{depth}"
        if isinstance(type_ref, ir.Primitive):
            helper = {
                "datetime": "format_datetime",
                "date": "format_date",
                "bytes": "encode_base64",
            }.get(type_ref.kind)
            return f"{helper}({src})" if helper else src
        if isinstance(type_ref, (ir.EnumRef, ir.LiteralOf)):
            return src  # str/int enums are str/int: the JSON encoder writes their value
        if isinstance(type_ref, ir.ModelRef):
            return f"{src}.to_dict()"
        if isinstance(type_ref, ir.ListOf):
            inner = self.encode(type_ref.item, var, depth + 1)
            return src if inner == var else f"[{inner} for {var} in {src}]"
        if isinstance(type_ref, ir.MapOf):
            key = f"k{depth}"
            inner = self.encode(type_ref.value, var, depth + 1)
            return src if inner == var else f"{{{key}: {inner} for {key}, {var} in {src}.items()}}"
        if isinstance(type_ref, ir.Nullable):
            inner = self.encode(type_ref.inner, src, depth)
            return src if inner == src else f"None if {src} is None else {inner}"
        return f"to_jsonable({src})"

    # -- what a module must import for these expressions ----------------------------------------

    def helpers_used(self, code: str) -> list[str]:
        names = [
            "parse_datetime", "parse_date", "decode_base64", "decode_union", "decode_tagged",
            "expect", "expect_literal", "format_datetime", "format_date", "encode_base64",
            "to_jsonable",
        ]
        return [n for n in names if f"{n}(" in code]
