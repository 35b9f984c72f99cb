"""Render stage, Python side: spell IR types as annotations and as (de)serialisation expressions.

Templates call these through filters, so the logic of converting a value lives in one place in
Python and templates only lay code out. Expressions are generated per type, not looked up at run
time: a list of models decodes with one comprehension, a plain string field with no call at all.

Every piece of spec text an expression contains (wire names, discriminator tags, `Literal`
values) goes through `escaping.py_str`; names of classes and helpers are identifiers already.

Unions without a discriminator (and a discriminated union whose tag is unknown) are decoded by
trying their variants in this documented order; the first variant that accepts the value wins:

1. `null` → `None` when the union is nullable.
2. A JSON object → the model variants whose required properties (write-only ones excepted) are
   all present, the one with the most of its declared properties present first (ties: spec
   order); then maps (`dict[str, T]`); then nested unions and aliases; then `Any`.
3. A JSON array → list variants (each checks its items); then nested unions; then `Any`.
4. A scalar, by its exact JSON type (a boolean is never a number, `1.0` is not an integer):
   `Literal`s (`const`) first; booleans → `bool`; integers → `int`, then `float`; other numbers →
   `float`; strings → enums that know the value, then `date-time` (needs a time part), `date`
   (exactly `YYYY-MM-DD`), `byte` (strict base64), `binary`, plain `str`; then nested unions;
   then an enum that does not know the value (kept as its pseudo-member: forward compatible);
   then `Any`.
5. Nothing accepts it → `ValueError` (a response then raises `APIResponseValidationError`).

Within each step, variants keep their spec order.

Steps 2 and 3 happen in `_serde.decode_union` at run time; the order within a JSON type is fixed
here, at generation time, by `_rank`.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from typing import assert_never

from generator.escaping import SpecText, py_str
from generator.ir import model as ir
from generator.ir.modules import referenced_names

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
_CHECK_TYPES = {"str": "str", "int": "int", "float": "(int, float)", "bool": "bool"}
_IMPORTED_ANNOTATIONS = frozenset({"Any", "datetime", "date"})


def annotation(
    type_ref: ir.TypeRef, *, request: bool = False, needs: set[str] | None = None
) -> str:
    """The annotation of a value of this type; `request=True` widens enums to accept `str`.
    The names it uses that a module must import (`datetime`, `Any`, `Literal`, `FileContent`;
    not the API's own classes: `modules.referenced_names` has those) are added to `needs`."""
    used = needs if needs is not None else set()
    match type_ref:
        case ir.Primitive(kind="file") if request:
            used.add("FileContent")
            return "FileContent"
        case ir.Primitive(kind=kind):
            text = _PRIMITIVE_ANNOTATIONS[kind]
            if text in _IMPORTED_ANNOTATIONS:
                used.add(text)
            return text
        case ir.ModelRef(name=name) | ir.AliasRef(name=name):
            return name
        case ir.EnumRef(name=name):
            return f"{name} | str" if request else name
        case ir.ListOf(item=item):
            return f"list[{annotation(item, request=request, needs=used)}]"
        case ir.MapOf(value=value):
            return f"dict[str, {annotation(value, request=request, needs=used)}]"
        case ir.LiteralOf(value=value):
            used.add("Literal")
            return f"Literal[{literal(value)}]"
        case ir.Nullable(inner=inner):
            return _join([annotation(inner, request=request, needs=used), "None"])
        case ir.UnionOf(variants=variants):
            parts: list[str] = []
            literals = [v.value for v in variants if isinstance(v, ir.LiteralOf)]
            for variant in variants:
                if not isinstance(variant, ir.LiteralOf):
                    parts.append(annotation(variant, request=request, needs=used))
                elif literals:  # all literals of a union in one `Literal[...]`, where the first was
                    used.add("Literal")
                    parts.append(f"Literal[{', '.join(literal(v) for v in literals)}]")
                    literals = []
            return _join(parts)
        case _:
            assert_never(type_ref)


def enum_coercion(type_ref: ir.TypeRef, src: str, depth: int = 0) -> str | None:
    """Expression turning a constructor argument whose enums may be given as their values
    (`"UPLOADED"`, as the annotation `annotation(t, request=True)` allows) into the attribute's
    value, enum members throughout: `E(value)` returns the member (or the pseudo-member of an
    unknown value), and a member itself. None when the type holds no enum, or holds one where
    the conversion would not be exact (inside a union or a model): the argument is stored as
    given and keeps its strict annotation."""
    match type_ref:
        case ir.EnumRef(name=name):
            return f"{name}({src})"
        case ir.Nullable(inner=inner):
            inner_code = enum_coercion(inner, src, depth)
            return None if inner_code is None else f"None if {src} is None else {inner_code}"
        case ir.ListOf(item=item):
            var = f"x{depth}"
            item_code = enum_coercion(item, var, depth + 1)
            if item_code is None:
                return None
            return f"[{_element(item_code)} for {var} in {src}]"
        case ir.MapOf(value=value):
            key, var = f"k{depth}", f"x{depth}"
            value_code = enum_coercion(value, var, depth + 1)
            if value_code is None:
                return None
            return f"{{{key}: {_element(value_code)} for {key}, {var} in {src}.items()}}"
        case _:
            return None


def literal(value: str | int | bool) -> str:
    """A `Literal[...]` argument / Python expression for a const value."""
    return py_str(value) if isinstance(value, str) else repr(value)


def _join(parts: list[str]) -> str:
    flat: list[str] = []
    for part in parts:
        for piece in _split_top_level(part):
            if piece not in flat:
                flat.append(piece)
    if "float" in flat and "int" in flat:  # PEP 484: `float` accepts ints (ruff PYI041)
        flat.remove("int")
    if "None" in flat:  # None last reads best and is what formatters expect
        flat.remove("None")
        flat.append("None")
    return " | ".join(flat)


def is_top_level_union(annotation_text: str) -> bool:
    """`a | list[b]` is; `list[a | b]` is not (its `|` is inside brackets)."""
    return len(_split_top_level(annotation_text)) > 1


def _split_top_level(annotation_text: str) -> list[str]:
    """`a | list[b | c] | Literal["x | y"]` → its top-level members (brackets/strings kept)."""
    pieces: list[str] = []
    depth = 0
    quote = ""
    start = 0
    i = 0
    while i < len(annotation_text):
        ch = annotation_text[i]
        if quote:
            if ch == "\\":
                i += 2
                continue
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif ch == "|" and depth == 0:
            pieces.append(annotation_text[start:i].strip())
            start = i + 1
        i += 1
    pieces.append(annotation_text[start:].strip())
    return pieces


@functools.lru_cache(maxsize=4096)
def optional(annotation_text: str) -> str:
    """`X | None`. Remembered: a pure function of a few hundred distinct strings per spec,
    called for most fields, whose parse of the annotation goes character by character."""
    return _join([annotation_text, "None"])


# -- what a field is, seen from the three places it is used ----------------------------------


def init_required(f: ir.Field) -> bool:
    """The constructor requires it: required, and not read-only (the server sets those)."""
    return f.required and not f.read_only


def decode_required(f: ir.Field) -> bool:
    """Every response carries it: required, and not write-only (never sent back)."""
    return f.required and not f.write_only


def always_present(f: ir.Field) -> bool:
    """The attribute is never `None` for lack of a value: required in both directions."""
    return f.required and not f.read_only and not f.write_only


def field_doc(f: ir.Field) -> SpecText | None:
    """The docstring of a field: its description, then what the spec says about its use."""
    notes: list[str] = []
    if f.deprecated:
        notes.append("Deprecated: setting it emits a DeprecationWarning.")
    if f.read_only:
        notes.append("Read-only: set by the server; not needed when sending.")
    if f.write_only:
        notes.append("Write-only: sent, never returned (None in responses).")
    if f.has_default:
        notes.append(f"Default: {_json_text(f.default)}")
    return _doc(f.description, notes)


def _doc(description: str | None, notes: list[str]) -> SpecText | None:
    parts = [description.strip()] if description and description.strip() else []
    parts += notes
    return SpecText("\n\n".join(parts)) if parts else None


def _json_text(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


# -- ordering of union variants --------------------------------------------------------------

_PRIMITIVE_RANK = {
    "bool": 1,
    "int": 2,
    "float": 3,
    "datetime": 5,
    "date": 6,
    "bytes": 7,
    "file": 8,
    "str": 9,
    "none": 13,
    "any": 20,
}
_LENIENT_ENUM_RANK = 19  # after everything that accepts the value exactly, before Any


def _rank(type_ref: ir.TypeRef) -> int:
    """Position of a (non-model) variant in the decoding order, see the module docstring."""
    if isinstance(type_ref, ir.LiteralOf):
        return 0
    if isinstance(type_ref, ir.Primitive):
        return _PRIMITIVE_RANK[type_ref.kind]
    if isinstance(type_ref, ir.EnumRef):
        return 4
    if isinstance(type_ref, ir.ListOf):
        return 11
    if isinstance(type_ref, ir.MapOf):
        return 12
    if isinstance(type_ref, ir.Nullable):
        return _rank(type_ref.inner)
    return 14  # aliases and nested unions: after every specific variant


@dataclass(frozen=True)
class Codec:
    """Builds decode/encode expressions for one API (aliases are expanded through `api`)."""

    api: ir.Api

    # -- decoding JSON into typed values --------------------------------------------------------

    def is_plain(self, type_ref: ir.TypeRef) -> bool:
        """True when the JSON value already is the typed value (no conversion needed)."""
        if isinstance(type_ref, ir.Primitive):
            return type_ref.kind in ("str", "int", "float", "bool", "none", "any")
        if isinstance(type_ref, ir.LiteralOf):
            return True
        if isinstance(type_ref, ir.ListOf):
            return self.is_plain(type_ref.item)
        if isinstance(type_ref, ir.MapOf):
            return self.is_plain(type_ref.value)
        if isinstance(type_ref, ir.Nullable):
            return self.is_plain(type_ref.inner)
        if isinstance(type_ref, ir.UnionOf):  # a union of literals (a mixed enum) is its value
            return all(isinstance(v, ir.LiteralOf) for v in type_ref.variants)
        return False

    def plain_checked(
        self, type_ref: ir.TypeRef, src: str, *, none_ok: bool, needs: set[str]
    ) -> str | None:
        """For a plain type whose JSON class can be checked for almost nothing: `src` itself when
        its class is right (`src.__class__ is str`), else `expect(...)`, which re-checks with
        `isinstance` (diagnosing passes subclasses) and raises. None: nothing to check (`Any`,
        literals, unions of literals). Items of plain lists and maps are not checked (see
        docs/runtime.md: "Responses the spec did not promise")."""
        if isinstance(type_ref, ir.Nullable):
            return self.plain_checked(type_ref.inner, src, none_ok=True, needs=needs)
        kinds = {"str": ("str",), "int": ("int",), "float": ("float", "int"), "bool": ("bool",)}
        if isinstance(type_ref, ir.Primitive) and type_ref.kind in kinds:
            tests = [f"{src}.__class__ is {c}" for c in kinds[type_ref.kind]]
            expected = _CHECK_TYPES[type_ref.kind]
        elif isinstance(type_ref, (ir.ListOf, ir.MapOf)):
            expected = "list" if isinstance(type_ref, ir.ListOf) else "dict"
            tests = [f"{src}.__class__ is {expected}"]
        else:
            return None
        test = " or ".join([*tests, f"{src} is None"] if none_ok else tests)
        needs.add("expect")
        return f"{src} if {test} else expect({src}, {expected})"

    def response_options(self, type_ref: ir.TypeRef) -> str:
        """The `ResponseSpec` keyword arguments saying what a JSON response's type admits
        besides JSON (`accepts=`) and whether it admits None (`nullable=`); "" for neither."""
        variants = self._variants(type_ref)
        options = []
        if ir.Primitive("any") in variants:
            options.append('accepts="any"')
        elif any(self._admits_text(v) for v in variants):
            options.append('accepts="text"')
        if any(v in (ir.Primitive("any"), ir.Primitive("none")) for v in variants):
            options.append("nullable=True")
        return "".join(f", {option}" for option in options)

    def _variants(self, type_ref: ir.TypeRef) -> list[ir.TypeRef]:
        """The members of a type seen through unions, nullables and aliases (`None` as the
        `none` primitive)."""
        if isinstance(type_ref, ir.Nullable):
            return [*self._variants(type_ref.inner), ir.Primitive("none")]
        if isinstance(type_ref, ir.UnionOf):
            return [m for v in type_ref.variants for m in self._variants(v)]
        if isinstance(type_ref, ir.AliasRef) and not self._is_recursive(type_ref.name):
            return self._variants(self._alias_type(type_ref.name))
        return [type_ref]

    def _admits_text(self, type_ref: ir.TypeRef) -> bool:
        """A string type: the text of a body can be its value."""
        if isinstance(type_ref, ir.Primitive):
            return type_ref.kind in ("str", "datetime", "date", "file")
        if isinstance(type_ref, ir.EnumRef):
            return self._enum_kind(type_ref.name) == "str"
        return isinstance(type_ref, ir.LiteralOf) and isinstance(type_ref.value, str)

    def decode(self, type_ref: ir.TypeRef, src: str, *, needs: set[str], depth: int = 0) -> str:
        """Expression turning the JSON value named `src` (a plain name) into the typed value;
        the runtime helpers it calls are added to `needs` (as are those of every method below)."""
        return self._convert(type_ref, src, depth, strict=False, expanding=(), needs=needs)

    def _convert(
        self,
        type_ref: ir.TypeRef,
        src: str,
        depth: int,
        *,
        strict: bool,
        expanding: tuple[str, ...],
        needs: set[str],
    ) -> str:
        """`src` decoded as `type_ref`; `strict` checks JSON types (for trying union variants);
        `expanding` lists the recursive aliases whose decoder is being written (see below)."""
        if not strict and self.is_plain(type_ref):
            return src
        var = f"x{depth}"

        def again(inner: ir.TypeRef, inner_src: str, inner_depth: int) -> str:
            return self._convert(
                inner, inner_src, inner_depth, strict=strict, expanding=expanding, needs=needs
            )

        def call(helper: str, arguments: str) -> str:
            needs.add(helper)
            return f"{helper}({arguments})"

        if isinstance(type_ref, ir.Primitive):
            kind = type_ref.kind
            if not strict:
                helper = {
                    "datetime": "parse_datetime",
                    "date": "parse_date",
                    "bytes": "decode_base64",
                    "file": "decode_binary",
                }
                return call(helper[kind], src)
            if kind in _CHECK_TYPES:
                return call("expect", f"{src}, {_CHECK_TYPES[kind]}")
            if kind == "none":
                return call("expect", f"{src}, type(None)")
            if kind == "any":
                return src
            strict_helper = {
                "datetime": "expect_datetime",
                "date": "expect_date",
                "bytes": "expect_base64",
                "file": "decode_binary",
            }
            return call(strict_helper[kind], src)
        if isinstance(type_ref, ir.ModelRef):
            if strict:
                return f"{type_ref.name}._from_json({call('expect', f'{src}, dict')})"
            return f"{type_ref.name}._from_json({src})"
        if isinstance(type_ref, ir.EnumRef):
            if strict:
                return call("expect_enum", f"{type_ref.name}, {src}")
            # A dict lookup (`_by_value`, see the enum template) is ~4x cheaper than
            # `Enum.__call__`; the call still handles what the dict lacks (unknown values, and
            # members whose value is falsy) exactly as before.
            return f"({type_ref.name}._by_value.get({src}) or {type_ref.name}({src}))"
        if isinstance(type_ref, ir.LiteralOf):
            return call("expect_literal", f"{src}, {literal(type_ref.value)}")
        if isinstance(type_ref, ir.AliasRef):
            return self._alias(
                type_ref.name, src, depth, strict=strict, expanding=expanding, needs=needs
            )
        if isinstance(type_ref, ir.ListOf):
            # Even the trusted path checks the container: a string or an object iterates without
            # failing (`""` would decode as `[]`, losing the value and hiding the mismatch).
            if strict or not src.isidentifier():
                items = call("expect", f"{src}, list")
            else:
                items = f"({src} if {src}.__class__ is list else {call('expect', f'{src}, list')})"
            element = again(type_ref.item, var, depth + 1)
            function = _called_on(element, var)
            if function:  # `map` calls it from C: no comprehension frame, one bound method
                return f"list(map({function}, {items}))"
            return f"[{_element(element)} for {var} in {items}]"
        if isinstance(type_ref, ir.MapOf):
            key = f"k{depth}"
            inner = _element(again(type_ref.value, var, depth + 1))
            items = call("expect", f"{src}, dict") if strict else src
            return f"{{{key}: {inner} for {key}, {var} in {items}.items()}}"
        if isinstance(type_ref, ir.Nullable):
            return f"None if {src} is None else {again(type_ref.inner, src, depth)}"
        assert isinstance(type_ref, ir.UnionOf)
        return self._union(type_ref, src, depth, expanding, needs)

    def _alias(
        self,
        name: str,
        src: str,
        depth: int,
        *,
        strict: bool,
        expanding: tuple[str, ...],
        needs: set[str],
    ) -> str:
        """A named union or recursive alias. Non-recursive ones are expanded in place. A
        recursive one (`Json = str | list[Json] | dict[str, Json]`) cannot be expanded forever:
        its decoder is a lambda that receives itself (`decode_recursive(lambda rec0, a0: …)`),
        and the alias's own occurrences inside call `rec0`."""
        if name in expanding:
            return f"rec{expanding.index(name)}({src})"
        alias = self.api.lookup[name]
        assert isinstance(alias, ir.Alias)
        if not self._is_recursive(name):
            return self._convert(
                alias.type, src, depth, strict=strict, expanding=expanding, needs=needs
            )
        index = len(expanding)
        fn, var = f"rec{index}", f"a{index}"
        body = self._convert(
            alias.type, var, depth + 1, strict=True, expanding=(*expanding, name), needs=needs
        )
        needs.add("decode_recursive")
        return f"decode_recursive(lambda {fn}, {var}: {body}, {src})"

    def _is_recursive(self, name: str) -> bool:
        """Whether the alias reaches itself through lists, maps, unions and aliases (a model in
        between breaks the cycle: its `_from_json` is a function already)."""
        seen: set[str] = set()
        pending = [name]
        while pending:
            for ref in referenced_names(self._alias_type(pending.pop())):
                if not isinstance(self.api.lookup.get(ref), ir.Alias):
                    continue  # models and enums end the walk
                if ref == name:
                    return True
                if ref not in seen:
                    seen.add(ref)
                    pending.append(ref)
        return False

    def _alias_type(self, name: str) -> ir.TypeRef:
        alias = self.api.lookup[name]
        assert isinstance(alias, ir.Alias)
        return alias.type

    def _union(
        self,
        union: ir.UnionOf,
        src: str,
        depth: int,
        expanding: tuple[str, ...],
        needs: set[str],
    ) -> str:
        var = f"u{depth}"
        models = [v.name for v in union.variants if isinstance(v, ir.ModelRef)]
        ranked: list[tuple[int, int, str]] = []
        for index, variant in enumerate(union.variants):
            if isinstance(variant, ir.ModelRef):
                continue
            code = self._convert(
                variant, var, depth + 1, strict=True, expanding=expanding, needs=needs
            )
            ranked.append((_rank(variant), index, f"lambda {var}: {code}"))
            if isinstance(variant, ir.EnumRef):  # a value it does not know yet: nearly last
                kind = self._enum_kind(variant.name)
                needs.add("expect")
                lenient = f"lambda {var}: {variant.name}(expect({var}, {kind}))"
                ranked.append((_LENIENT_ENUM_RANK, index, lenient))
        decoders = [code for _, _, code in sorted(ranked)]
        arguments = ", ".join([*models, *decoders])
        if union.discriminator is not None:
            tags = ", ".join(
                f"{py_str(tag)}: {name}._from_json" for tag, name in union.discriminator.mapping
            )
            prop = py_str(union.discriminator.property)
            needs.add("decode_tagged")
            return f"decode_tagged({src}, {prop}, {{{tags}}}, {arguments})"
        needs.add("decode_union")
        return f"decode_union({src}, {arguments})"

    def _enum_kind(self, name: str) -> str:
        enum = self.api.lookup[name]
        assert isinstance(enum, ir.Enum)
        return {"str": "str", "int": "int", "float": "(int, float)", "bool": "bool"}[
            enum.value_kind
        ]

    # -- encoding typed values into JSON --------------------------------------------------------

    def encode(self, type_ref: ir.TypeRef, src: str, *, needs: set[str], depth: int = 0) -> str:
        """Expression turning the typed value named `src` into its JSON form."""
        var = f"x{depth}"
        if isinstance(type_ref, ir.Primitive):
            helper = {
                "datetime": "format_datetime",
                "date": "format_date",
                "bytes": "encode_base64",
                "file": "encode_binary",
            }.get(type_ref.kind)
            if helper is None:
                return src
            needs.add(helper)
            return f"{helper}({src})"
        if isinstance(type_ref, (ir.EnumRef, ir.LiteralOf)):
            return src  # str/int enums are str/int: the JSON encoder writes their value
        if isinstance(type_ref, ir.ModelRef):
            return f"{src}.to_dict()"
        if isinstance(type_ref, ir.ListOf):
            inner = self.encode(type_ref.item, var, needs=needs, depth=depth + 1)
            return src if inner == var else f"[{_element(inner)} for {var} in {src}]"
        if isinstance(type_ref, ir.MapOf):
            key = f"k{depth}"
            inner = self.encode(type_ref.value, var, needs=needs, depth=depth + 1)
            element = _element(inner)
            return (
                src if inner == var else f"{{{key}: {element} for {key}, {var} in {src}.items()}}"
            )
        if isinstance(type_ref, ir.Nullable):
            inner = self.encode(type_ref.inner, src, needs=needs, depth=depth)
            return src if inner == src else f"None if {src} is None else {inner}"
        if self.is_plain(type_ref):
            return src
        needs.add("to_jsonable")
        return f"to_jsonable({src})"


_CALLEE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*")


def _called_on(expression: str, var: str) -> str:
    """`f` when `expression` is exactly `f(var)` for a plain (dotted) name `f`, else ""."""
    suffix = f"({var})"
    if not expression.endswith(suffix):
        return ""
    callee = expression[: -len(suffix)]
    return callee if _CALLEE.fullmatch(callee) else ""


def _element(expression: str) -> str:
    """A comprehension element: a conditional expression is parenthesized, the one form black
    and ruff format alike when it has to be split."""
    return f"({expression})" if expression.startswith("None if ") else expression
