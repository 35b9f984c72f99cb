"""Build stage, schemas: turn JSON Schemas of a spec into IR types, models, enums and aliases.

Every schema is identified by where it lives (file, JSON pointer), so each `$ref` spelling that
reaches one schema — including refs into nested properties — yields the same type. Named classes
are registered before their contents are built, which makes recursion free. Nothing is dropped
silently: a construct without a precise type becomes the closest safe one plus a warning.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from . import ir, naming
from .errors import Location, SpecError
from .escaping import SpecText
from .load import SourceDocument, Spec, join_pointer, split_pointer

Key = tuple[str, str]
Warn = Callable[[str, Location], None]

_ONE_OF_KEYS = ("oneOf", "anyOf")


@dataclass(frozen=True)
class Site:
    """A schema value and where it stands."""

    value: Any
    document: SourceDocument
    pointer: str

    @property
    def key(self) -> Key:
        return (str(self.document.path), self.pointer)

    def child(self, *tokens: str | int) -> Site:
        value = self.value
        for token in tokens:
            value = value[token]
        return Site(value, self.document, join_pointer(self.pointer, *tokens))

    @property
    def location(self) -> Location:
        return self.document.location(self.pointer)


@dataclass
class _ModelDraft:
    name: str
    fields: list[ir.Field] = field(default_factory=list)
    description: SpecText | None = None
    additional: ir.TypeRef | None = None
    bases: list[str] = field(default_factory=list)
    deprecated: bool = False
    source: str = ""


def spec_text(value: object) -> SpecText | None:
    return SpecText(value) if isinstance(value, str) and value.strip() else None


def is_null_schema(value: Any) -> bool:
    if not isinstance(value, dict):
        return False
    kind = value.get("type")
    return kind == "null" or kind == ["null"] or value.get("enum") == [None] or (
        "const" in value and value["const"] is None
    )


class SchemaBuilder:
    """Collects the named types of one API while operations ask for the types they use."""

    def __init__(self, spec: Spec, warn: Warn, class_names: naming.Namespace) -> None:
        self.spec = spec
        self.warn = warn
        self.class_names = class_names
        self.models: dict[str, _ModelDraft] = {}
        self.enums: dict[str, ir.Enum] = {}
        self.aliases: dict[str, ir.Alias] = {}
        self._types: dict[Key, ir.TypeRef] = {}
        self._component_names: dict[Key, str] = {}
        self._in_progress: set[Key] = set()

    # -- naming --------------------------------------------------------------------------------

    def claim_component_names(self) -> None:
        """Component schemas claim class names first, so inline schemas never take theirs."""
        root = self.spec.root
        schemas = root.data.get("components", {}).get("schemas", {})
        if not isinstance(schemas, dict):
            return
        for name, value in schemas.items():
            site = Site(value, root, join_pointer("/components/schemas", name))
            if self._becomes_class(site):
                self._component_names[site.key] = self.class_names.claim(naming.pascal(name))

    def build_components(self) -> None:
        """Every component schema becomes a type, used by an operation or not."""
        root = self.spec.root
        schemas = root.data.get("components", {}).get("schemas", {})
        if isinstance(schemas, dict):
            for name, value in schemas.items():
                site = Site(value, root, join_pointer("/components/schemas", name))
                self.type_of(site, naming.pascal(name))

    def _class_name(self, site: Site, hint: str) -> str:
        return self._component_names.get(site.key) or self.class_names.claim(
            naming.pascal(hint)
        )

    def _becomes_class(self, site: Site) -> bool:
        value = site.value
        if not isinstance(value, dict) or "$ref" in value:
            return False
        if "allOf" in value:
            return not self._single_all_of(value)
        if any(len(self._non_null_variants(value.get(k))) > 1 for k in _ONE_OF_KEYS):
            return True
        if isinstance(value.get("enum"), list):
            return any(v is not None for v in value["enum"])
        return isinstance(value.get("properties"), dict) and bool(value["properties"])

    # -- types ---------------------------------------------------------------------------------

    def type_of(self, site: Site, hint: str) -> ir.TypeRef:
        """The IR type of the schema at `site`; `hint` names an inline class built for it."""
        value = site.value
        if isinstance(value, bool) or value is None:
            return ir.Primitive("any")
        if not isinstance(value, dict):
            raise SpecError("a schema must be an object", site.location)
        if "$ref" in value:
            return self._ref_type(site, hint)
        key = site.key
        if key in self._types:
            return self._types[key]
        if key in self._in_progress:
            self.warn("schema contains itself with no object in between; typed as Any", site.location)
            return ir.Primitive("any")
        self._in_progress.add(key)
        try:
            result = self._build(site, hint)
        finally:
            self._in_progress.discard(key)
        self._types[key] = result
        return result

    def _ref_type(self, site: Site, hint: str) -> ir.TypeRef:
        value = site.value
        target = self.spec.resolve(value["$ref"], site.document, join_pointer(site.pointer, "$ref"))
        target_site = Site(target.value, target.document, target.pointer)
        tokens = split_pointer(target.pointer)
        target_hint = naming.pascal(tokens[-1]) if tokens else hint
        if len(tokens) == 3 and tokens[:2] == ["components", "schemas"]:
            target_hint = naming.pascal(tokens[2])
        if target.key == site.key:
            raise SpecError("$ref points at itself", site.location)
        result = self.type_of(target_site, target_hint)
        # OpenAPI 3.1 allows siblings next to $ref; 3.0 specs use `nullable` there too.
        if self._declares_null(value) and not isinstance(result, ir.Nullable):
            result = ir.Nullable(result)
        return result

    def _declares_null(self, value: dict[str, Any]) -> bool:
        kind = value.get("type")
        return (
            value.get("nullable") is True
            or (isinstance(kind, list) and "null" in kind)
            or (isinstance(value.get("enum"), list) and None in value["enum"])
        )

    def _build(self, site: Site, hint: str) -> ir.TypeRef:
        value: dict[str, Any] = site.value
        nullable = self._declares_null(value)
        result = self._build_core(site, hint)
        if nullable and not isinstance(result, ir.Nullable) and result != ir.Primitive("none"):
            return ir.Nullable(result)
        return result

    def _build_core(self, site: Site, hint: str) -> ir.TypeRef:
        value: dict[str, Any] = site.value
        if "allOf" in value:
            single = self._single_all_of(value)
            if single is not None:
                return self.type_of(site.child("allOf", single), hint)
            return self._model(site, hint)
        for union_key in _ONE_OF_KEYS:
            if isinstance(value.get(union_key), list):
                return self._union(site, union_key, hint)
        if "const" in value:
            return self._const(site)
        if isinstance(value.get("enum"), list):
            return self._enum(site, hint)
        kinds = self._kinds(value)
        if len(kinds) > 1:
            parts = tuple(self._primitive_or_container(site, k, hint) for k in kinds)
            return ir.UnionOf(tuple(dict.fromkeys(parts)))
        return self._primitive_or_container(site, kinds[0] if kinds else None, hint)

    def _kinds(self, value: dict[str, Any]) -> list[str]:
        kind = value.get("type")
        kinds = [k for k in kind if k != "null"] if isinstance(kind, list) else [kind]
        kinds = [k for k in kinds if isinstance(k, str)]
        if not kinds:
            if isinstance(value.get("properties"), dict) or "additionalProperties" in value:
                return ["object"]
            if "items" in value:
                return ["array"]
            if kind == "null" or kind == ["null"]:
                return ["null"]
        return kinds

    def _primitive_or_container(self, site: Site, kind: str | None, hint: str) -> ir.TypeRef:
        value: dict[str, Any] = site.value
        if kind == "object":
            if isinstance(value.get("properties"), dict) and value["properties"]:
                return self._model(site, hint)
            extra = value.get("additionalProperties", True)
            if isinstance(extra, dict) and extra:
                return ir.MapOf(self.type_of(site.child("additionalProperties"), hint + "Value"))
            return ir.MapOf(ir.Primitive("any"))
        if kind == "array":
            items = value.get("items")
            if items is None:
                return ir.ListOf(ir.Primitive("any"))
            if isinstance(items, list):  # OpenAPI 3.0 never allows it; JSON Schema tuples do
                self.warn("tuple-style `items` typed as a list of Any", site.location)
                return ir.ListOf(ir.Primitive("any"))
            return ir.ListOf(self.type_of(site.child("items"), hint + "Item"))
        if kind == "string":
            fmt = value.get("format")
            if fmt == "date-time":
                return ir.Primitive("datetime")
            if fmt == "date":
                return ir.Primitive("date")
            if fmt == "binary":
                return ir.Primitive("file")
            if fmt == "byte":
                return ir.Primitive("bytes")
            return ir.Primitive("str")
        simple = {"integer": "int", "number": "float", "boolean": "bool", "null": "none"}
        if kind in simple:
            return ir.Primitive(simple[kind])  # type: ignore[arg-type]
        if kind is not None:
            self.warn(f"unknown schema type {kind!r}; typed as Any", site.location)
        return ir.Primitive("any")

    def _const(self, site: Site) -> ir.TypeRef:
        const = site.value["const"]
        if const is None:
            return ir.Primitive("none")
        if isinstance(const, (str, int, bool)) and not isinstance(const, float):
            return ir.LiteralOf(const)
        self.warn("`const` of a non-scalar value typed as Any", site.location)
        return ir.Primitive("any")

    # -- enums ---------------------------------------------------------------------------------

    def _enum(self, site: Site, hint: str) -> ir.TypeRef:
        values = [v for v in site.value["enum"] if v is not None]
        if not values:
            return ir.Primitive("none")
        kinds = {_enum_kind(v) for v in values}
        if len(kinds) != 1 or None in kinds:
            self.warn("enum mixes value types; typed as Any", site.location)
            return ir.Primitive("any")
        kind = kinds.pop()
        name = self._class_name(site, hint)
        members: list[ir.EnumMember] = []
        space = naming.Namespace()
        for v in dict.fromkeys(values):
            label = str(v).lower() if isinstance(v, bool) else str(v)
            if isinstance(v, (int, float)) and not isinstance(v, bool) and v < 0:
                label = "minus_" + label.lstrip("-")
            members.append(ir.EnumMember(space.claim(naming.upper_snake(label)), v))
        self.enums[name] = ir.Enum(
            name=name,
            module="",
            value_kind=kind,  # type: ignore[arg-type]
            members=tuple(members),
            description=spec_text(site.value.get("description")),
            source=site.pointer,
        )
        return ir.EnumRef(name)

    # -- unions --------------------------------------------------------------------------------

    def _non_null_variants(self, variants: object) -> list[int]:
        if not isinstance(variants, list):
            return []
        return [i for i, v in enumerate(variants) if not is_null_schema(v)]

    def _union(self, site: Site, union_key: str, hint: str) -> ir.TypeRef:
        value: dict[str, Any] = site.value
        indices = self._non_null_variants(value[union_key])
        has_null = len(indices) < len(value[union_key])
        if isinstance(value.get("properties"), dict) and value["properties"]:
            self.warn(
                f"{union_key} beside `properties`: generated as the object with its own properties",
                site.location,
            )
            model = self._model(site, hint)
            return ir.Nullable(model) if has_null else model
        if not indices:
            return ir.Primitive("none")
        if len(indices) == 1:
            only = self.type_of(site.child(union_key, indices[0]), hint)
            return ir.Nullable(only) if has_null and not isinstance(only, ir.Nullable) else only
        named = site.key in self._component_names
        alias_name = self._component_names[site.key] if named else ""
        if named:
            self._types[site.key] = ir.AliasRef(alias_name)  # lets variants refer back to it
        variants: list[ir.TypeRef] = []
        for position, index in enumerate(indices, start=1):
            variant_site = site.child(union_key, index)
            variant_hint = f"{hint}Variant{position}"
            variants.append(self.type_of(variant_site, variant_hint))
        unique = tuple(dict.fromkeys(variants))
        union: ir.TypeRef = (
            unique[0] if len(unique) == 1 else ir.UnionOf(unique, self._discriminator(site, unique))
        )
        if named:
            self.aliases[alias_name] = ir.Alias(
                alias_name, "", union, spec_text(value.get("description")), site.pointer
            )
            union = ir.AliasRef(alias_name)
        return ir.Nullable(union) if has_null else union

    def _discriminator(self, site: Site, variants: tuple[ir.TypeRef, ...]) -> ir.Discriminator | None:
        spec = site.value.get("discriminator")
        if not isinstance(spec, dict) or not isinstance(spec.get("propertyName"), str):
            return None
        mapping: list[tuple[str, str]] = []
        explicit = spec.get("mapping")
        if isinstance(explicit, dict):
            for tag, ref in explicit.items():
                if not isinstance(ref, str):
                    continue
                ref_value = ref if "#" in ref or "/" in ref else f"#/components/schemas/{ref}"
                target = self.type_of(
                    Site({"$ref": ref_value}, site.document, join_pointer(site.pointer, "discriminator", "mapping", tag)),
                    naming.pascal(tag),
                )
                if isinstance(target, ir.ModelRef):
                    mapping.append((str(tag), target.name))
        # Variants not named in the mapping are matched by their component name (OpenAPI rule).
        mapped = {name for _, name in mapping}
        for index in self._non_null_variants(site.value.get("oneOf") or site.value.get("anyOf")):
            variant = (site.value.get("oneOf") or site.value.get("anyOf"))[index]
            if isinstance(variant, dict) and isinstance(variant.get("$ref"), str):
                tag = variant["$ref"].rsplit("/", 1)[-1]
                kind = self.type_of(site.child("oneOf" if "oneOf" in site.value else "anyOf", index), tag)
                if isinstance(kind, ir.ModelRef) and kind.name not in mapped:
                    mapping.append((tag, kind.name))
                    mapped.add(kind.name)
        if not mapping:
            return None
        if not all(isinstance(v, ir.ModelRef) for v in variants):
            return None
        return ir.Discriminator(spec["propertyName"], tuple(mapping))

    # -- objects -------------------------------------------------------------------------------

    def _single_all_of(self, value: dict[str, Any]) -> int | None:
        """Index of the one real part of an `allOf` used only to decorate a `$ref`, else None."""
        parts = value.get("allOf")
        if not isinstance(parts, list):
            return None
        real = [i for i, p in enumerate(parts) if not (isinstance(p, dict) and _is_annotation_only(p))]
        if len(real) == 1 and not value.get("properties") and not any(
            k in value for k in _ONE_OF_KEYS
        ):
            return real[0]
        return None

    def _model(self, site: Site, hint: str) -> ir.TypeRef:
        name = self._class_name(site, hint)
        self._types[site.key] = ir.ModelRef(name)  # registered first: recursion resolves to it
        draft = _ModelDraft(name=name, source=site.pointer)
        self.models[name] = draft
        value: dict[str, Any] = site.value
        draft.description = spec_text(value.get("description"))
        draft.deprecated = value.get("deprecated") is True
        properties: dict[str, Site] = {}
        required: set[str] = set()
        extra_site: Site | None = None
        for part in self._object_parts(site, draft.bases, depth=0):
            props = part.value.get("properties")
            if isinstance(props, dict):
                for wire in props:
                    properties[wire] = part.child("properties", wire)
            req = part.value.get("required")
            if isinstance(req, list):
                required.update(r for r in req if isinstance(r, str))
            if isinstance(part.value.get("additionalProperties"), dict):
                extra_site = part.child("additionalProperties")
            if draft.description is None:
                draft.description = spec_text(part.value.get("description"))
        wires = list(properties)
        names = naming.unique_members(wires)
        for wire, py_name in zip(wires, names, strict=True):
            draft.fields.append(self._field(properties[wire], wire, py_name, wire in required, name))
        if extra_site is not None and extra_site.value:
            draft.additional = self.type_of(extra_site, name + "Value")
        return ir.ModelRef(name)

    def _object_parts(self, site: Site, bases: list[str], depth: int) -> Iterator[Site]:
        """The schema itself and every `allOf` part (refs followed), in order, for merging."""
        if depth > 64:
            raise SpecError("allOf nests deeper than 64 levels (an allOf cycle?)", site.location)
        value = site.value
        parts = value.get("allOf")
        if isinstance(parts, list):
            for index, part in enumerate(parts):
                part_site = site.child("allOf", index)
                if isinstance(part, dict) and "$ref" in part:
                    resolved, document, pointer = self.spec.resolve_chain(
                        part, site.document, part_site.pointer
                    )
                    tokens = split_pointer(pointer)
                    if len(tokens) == 3 and tokens[:2] == ["components", "schemas"]:
                        bases.append(naming.pascal(tokens[2]))
                    part_site = Site(resolved, document, pointer)
                if isinstance(part_site.value, dict):
                    yield from self._object_parts(part_site, bases, depth + 1)
        yield site

    def _field(self, site: Site, wire: str, py_name: str, required: bool, owner: str) -> ir.Field:
        value = site.value if isinstance(site.value, dict) else {}
        resolved = value
        if "$ref" in value:
            resolved, _, _ = self.spec.resolve_chain(value, site.document, site.pointer)
            resolved = resolved if isinstance(resolved, dict) else {}
        field_type = self.type_of(site, owner + naming.pascal(wire, fallback="Field"))

        def pick(key: str) -> Any:
            return value.get(key, resolved.get(key))

        examples = pick("examples")
        example_list = tuple(examples) if isinstance(examples, list) else ()
        if not example_list and "example" in value or "example" in resolved:
            example_list = (pick("example"),)
        has_default = "default" in value or "default" in resolved
        return ir.Field(
            name=py_name,
            wire_name=wire,
            type=field_type,
            required=required,
            description=spec_text(pick("description")) or spec_text(pick("title")),
            default=pick("default") if has_default else None,
            has_default=has_default,
            read_only=pick("readOnly") is True,
            write_only=pick("writeOnly") is True,
            deprecated=pick("deprecated") is True,
            examples=example_list,
            source=site.pointer,
        )

    # -- result --------------------------------------------------------------------------------

    def finished_models(self) -> dict[str, _ModelDraft]:
        return self.models


def _enum_kind(value: object) -> str | None:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "str"
    return None


_ANNOTATIONS = {
    "description", "title", "nullable", "deprecated", "readOnly", "writeOnly", "example",
    "examples", "default", "externalDocs", "xml", "$comment",
}


def _is_annotation_only(part: dict[str, Any]) -> bool:
    return all(k in _ANNOTATIONS or k.startswith("x-") for k in part)
