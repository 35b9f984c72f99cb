"""Build stage, schemas: turn JSON Schemas of a spec into IR types, models, enums and aliases.

Every schema is identified by where it lives (file, JSON pointer), so each `$ref` spelling that
reaches one schema — including refs into nested properties and into other files — yields the same
type. Named classes are registered before their contents are built, which makes recursion free;
a recursive schema that is not a class (an array of itself, a union) becomes a named alias.
Nothing is dropped silently: a construct without a precise type becomes the closest safe one
plus a warning naming its pointer.

What each construct becomes (3.0 and 3.1 alike):

- object with `properties` → a model; `allOf` → one model with the fields of every part (parts
  in order, later parts win, `required` united; the `$ref`-ed parts are recorded as `bases`);
  `$ref` with `properties`/`allOf` siblings is read the same way (3.1 semantics);
- `additionalProperties`: a schema types the extra keys (`dict[str, T]` for an object without
  properties), `true`/absent keeps them as JSON, `false` makes the model closed (its constructor
  takes no extra keys; received ones are still kept, for forward compatibility);
- `oneOf`/`anyOf` → a union (a named alias for a component schema); `null` variants,
  `nullable: true`, `type: [x, "null"]`, `enum: [.., null]` and `const: null` → `| None`;
- `enum` of strings/integers/numbers → an `Enum` class (unknown values decode to a pseudo-member);
  of booleans → `bool`/`Literal`; of mixed kinds → a union of `Literal`s;
- `const` → `Literal[...]` (a float or structured const: its JSON type, with a warning);
- formats: `date-time` → datetime, `date` → date, `byte` (and 3.1 `contentEncoding: base64`) →
  bytes (base64 on the wire), `binary` → bytes (raw; in JSON the string's UTF-8 bytes),
  `int32`/`int64` → int, `float`/`double` → float, every other format (`uuid`, `email`, …) → str;
- a schema without `type` is read from its keywords (`properties` → object, `items` → array,
  a string `format` → string), else `Any`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from generator import naming
from generator.errors import Location, SpecError
from generator.escaping import SpecText
from generator.ir import model as ir
from generator.spec import validate
from generator.spec.formats import DefaultChecker
from generator.spec.load import RefTarget, SourceDocument, Spec, join_pointer, split_pointer

Key = tuple[str, str]
Warn = Callable[[str, Location], None]

_ONE_OF_KEYS = ("oneOf", "anyOf")
_STRING_FORMATS = frozenset(
    {
        "date-time", "date", "time", "duration", "binary", "byte", "uuid", "email", "idn-email",
        "uri", "uri-reference", "iri", "iri-reference", "hostname", "idn-hostname", "ipv4",
        "ipv6", "password", "regex", "json-pointer", "relative-json-pointer", "uri-template",
    }
)  # fmt: skip
# Keywords beside `$ref` that change the schema's shape: the whole is read as an `allOf`.
_MERGED_REF_SIBLINGS = ("properties", "allOf")
# Keywords beside `$ref` that cannot be honoured there; reported.
_IGNORED_REF_SIBLINGS = ("oneOf", "anyOf", "items", "enum", "const", "additionalProperties")


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
    closed: bool = False


def spec_text(value: object) -> SpecText | None:
    return SpecText(value) if isinstance(value, str) and value.strip() else None


def is_null_schema(value: Any) -> bool:
    if not isinstance(value, dict):
        return False
    kind = value.get("type")
    return (
        kind == "null"
        or kind == ["null"]
        or value.get("enum") == [None]
        or ("const" in value and value["const"] is None)
    )


def is_json_value(value: object, depth: int = 0) -> bool:
    """True for what JSON can carry (YAML can also produce bytes, dates, NaN…)."""
    if depth > 64:
        return False
    if value is None or isinstance(value, (str, bool, int)):
        return True
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, list):
        return all(is_json_value(v, depth + 1) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and is_json_value(v, depth + 1) for k, v in value.items())
    return False


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
        self._recursive: dict[Key, str] = {}  # non-class schemas met again while being built
        self._warned: set[tuple[str, Key]] = set()
        self._ref_ends: dict[Key, tuple[RefTarget, bool]] = {}  # see `_ref_type`
        self._default_checker: DefaultChecker | None = None

    @property
    def _defaults(self) -> DefaultChecker:
        if self._default_checker is None:
            version = validate.openapi_version(self.spec.root)
            self._default_checker = DefaultChecker(self.spec, version)
        return self._default_checker

    def _warn_once(self, message: str, site: Site) -> None:
        if (message, site.key) not in self._warned:
            self._warned.add((message, site.key))
            self.warn(message, site.location)

    # -- naming --------------------------------------------------------------------------------

    def claim_component_names(self) -> None:
        """Component schemas claim class names first, so inline schemas never take theirs."""
        root = self.spec.root
        schemas = (root.data.get("components") or {}).get("schemas", {})
        if not isinstance(schemas, dict):
            return
        for name, value in schemas.items():
            site = Site(value, root, join_pointer("/components/schemas", name))
            if self._becomes_class(site):
                self._component_names[site.key] = self.class_names.claim(naming.pascal(name))

    def build_components(self) -> None:
        """Every component schema becomes a type, used by an operation or not."""
        root = self.spec.root
        schemas = (root.data.get("components") or {}).get("schemas", {})
        if isinstance(schemas, dict):
            for name, value in schemas.items():
                site = Site(value, root, join_pointer("/components/schemas", name))
                self.type_of(site, naming.pascal(name))

    def _class_name(self, site: Site, hint: str) -> str:
        return self._component_names.get(site.key) or self.class_names.claim(
            naming.pascal(self.place_name(site) or hint)
        )

    def place_name(self, site: Site) -> str | None:
        """A readable, stable name for a schema from where it is written, or None outside of
        named places (an inline schema of an operation is named by the operation instead).

        `#/components/schemas/Pet/properties/owner/items` → `PetOwnerItem`; in another file, the
        name after a `schemas`/`definitions`/`$defs` key, else the file's stem, starts it.
        """
        tokens = split_pointer(site.pointer)
        if site.document is self.spec.root:
            if len(tokens) < 3 or tokens[0] != "components":
                return None
            start = 2
        else:
            starts = [i + 1 for i, t in enumerate(tokens[:-1]) if t in _DEFINITION_KEYS]
            start = starts[-1] if starts else (0 if tokens else -1)
        if start >= 0:
            parts = [naming.pascal(tokens[start])]
        else:
            parts = [naming.pascal(site.document.path.stem, fallback="Schema")]
        rest = tokens[start + 1 :] if start >= 0 else tokens
        i = 0
        while i < len(rest):
            token = rest[i]
            following = rest[i + 1] if i + 1 < len(rest) else None
            if token in ("properties", "patternProperties", "$defs", "definitions") and (
                following is not None
            ):
                parts.append(naming.pascal(following, fallback="Field"))
                i += 2
                continue
            if token in ("allOf", "content") and following is not None:
                i += 2  # allOf parts merge into their parent; media types name nothing
                continue
            if token in _ONE_OF_KEYS and following is not None and following.isdigit():
                parts.append(f"Variant{int(following) + 1}")
                i += 2
                continue
            if token == "prefixItems" and following is not None and following.isdigit():
                parts.append(f"Item{int(following) + 1}")
                i += 2
                continue
            parts.append(_STRUCTURAL_NAMES.get(token) or naming.pascal(token, fallback="Schema"))
            i += 1
        return "".join(parts)

    def _becomes_class(self, site: Site) -> bool:
        value = site.value
        if not isinstance(value, dict):
            return False
        if "$ref" in value:
            return any(k in value for k in _MERGED_REF_SIBLINGS)
        if "allOf" in value:
            return self._single_all_of(value) is None and self._all_of_is_object(site)
        if any(len(self._non_null_variants(value.get(k))) > 1 for k in _ONE_OF_KEYS):
            return not (isinstance(value.get("properties"), dict) and value["properties"])
        if isinstance(value.get("enum"), list) and "const" not in value:
            values = [v for v in value["enum"] if v is not None]
            kinds = {_enum_kind(v) for v in self._enum_values(value, values)}
            numbers = kinds == {"int", "float"}
            return bool(values) and (
                numbers or len(kinds) == 1 and kinds <= {"str", "int", "float"}
            )
        return isinstance(value.get("properties"), dict) and bool(value["properties"])

    # -- types ---------------------------------------------------------------------------------

    def type_of(self, site: Site, hint: str) -> ir.TypeRef:
        """The IR type of the schema at `site`; `hint` names an inline class built for it."""
        value = site.value
        if value is True or value is None:
            return ir.Primitive("any")
        if value is False:
            self._warn_once("the `false` schema (no value is valid) typed as Any", site)
            return ir.Primitive("any")
        if not isinstance(value, dict):
            raise SpecError("a schema must be an object", site.location)
        if isinstance(value.get("$dynamicRef"), str) and "$ref" not in value:
            # Typed statically: the `$dynamicAnchor` it names in this document (the recursive
            # schemas of 3.1 specs), as if it were a `$ref`.
            value = {"$ref": value["$dynamicRef"]} | {
                k: v for k, v in value.items() if k != "$dynamicRef"
            }
            site = Site(value, site.document, site.pointer)
        if "$ref" in value and not any(k in value for k in _MERGED_REF_SIBLINGS):
            return self._ref_type(site, hint)
        key = site.key
        if key in self._types:
            return self._types[key]
        if key in self._in_progress:
            # Met again while it is being built, and it is no class: it becomes a named alias.
            if key not in self._recursive:
                self._recursive[key] = self._class_name(site, hint)
            return ir.AliasRef(self._recursive[key])
        self._in_progress.add(key)
        try:
            result = self._build(site, hint)
        finally:
            self._in_progress.discard(key)
        if key in self._recursive:
            name = self._recursive[key]
            result = self._guard_alias(name, result, site)
            self.aliases[name] = ir.Alias(
                name, "", result, spec_text(value.get("description")), site.pointer
            )
            result = ir.AliasRef(name)
        self._types[key] = result
        return result

    def _guard_alias(self, name: str, type_ref: ir.TypeRef, site: Site) -> ir.TypeRef:
        """Replace references of an alias to itself that no list, map or model separates from
        it (`A = A | str` cannot be written as a type) by Any, with a warning."""
        me = ir.AliasRef(name)

        def strip(current: ir.TypeRef) -> ir.TypeRef:
            if current == me:
                self._warn_once("schema is a union containing itself; that variant is Any", site)
                return ir.Primitive("any")
            if isinstance(current, ir.Nullable):
                return ir.Nullable(strip(current.inner))
            if isinstance(current, ir.UnionOf):
                variants = tuple(strip(v) for v in current.variants)
                return _union_of(variants, current.discriminator)
            return current

        return strip(type_ref)

    def _ref_type(self, site: Site, hint: str) -> ir.TypeRef:
        """Follow a chain of `$ref`s iteratively (no recursion for long chains) to a schema.

        Each hop is cached with where the chain ends and whether any hop from it on says
        `nullable`, so a chain of n references costs O(n) however many places use it."""
        self._check_ref_siblings(site)
        hops: list[tuple[Key, bool]] = []  # (key of an object holding $ref, its own nullability)
        seen: set[Key] = set()
        value, document, pointer = site.value, site.document, site.pointer
        while True:
            key = (str(document.path), pointer)
            if key in self._ref_ends:
                final, tail_null = self._ref_ends[key]
                break
            if key in seen:
                raise SpecError("$ref cycle that never reaches a schema", site.location)
            seen.add(key)
            hops.append((key, self._declares_null(value)))
            final = self.spec.resolve(value["$ref"], document, join_pointer(pointer, "$ref"))
            tail_null = False
            if not (
                isinstance(final.value, dict)
                and "$ref" in final.value
                and not any(k in final.value for k in _MERGED_REF_SIBLINGS)
            ):
                break
            value, document, pointer = final.value, final.document, final.pointer
        nullable = tail_null
        for key, own in reversed(hops):
            nullable = nullable or own
            self._ref_ends[key] = (final, nullable)
        target_site = Site(final.value, final.document, final.pointer)
        if target_site.key in seen:
            raise SpecError("$ref points at itself", site.location)
        tokens = split_pointer(final.pointer)
        target_hint = self.place_name(target_site) or (
            naming.pascal(tokens[-1]) if tokens else naming.pascal(final.document.path.stem)
        )
        result = self.type_of(target_site, target_hint or hint)
        # OpenAPI 3.1 allows siblings next to $ref; 3.0 specs use `nullable` there too.
        if nullable and not isinstance(result, ir.Nullable) and result not in _NO_NULLABLE:
            result = ir.Nullable(result)
        return result

    def _check_ref_siblings(self, site: Site) -> None:
        ignored = [k for k in _IGNORED_REF_SIBLINGS if k in site.value]
        if ignored:
            self._warn_once(
                f"keywords beside $ref are ignored: {', '.join(ignored)} (typed as the target)",
                site,
            )

    def _declares_null(self, value: dict[str, Any]) -> bool:
        kind = value.get("type")
        return (
            value.get("nullable") is True
            or (isinstance(kind, list) and "null" in kind)
            or (isinstance(value.get("enum"), list) and None in value["enum"])
            or ("const" in value and value["const"] is None and "type" not in value)
        )

    def _build(self, site: Site, hint: str) -> ir.TypeRef:
        value: dict[str, Any] = site.value
        untyped: list[str] = [k for k in ("if", "dependentSchemas") if k in value]
        if isinstance(value.get("unevaluatedProperties"), dict):
            untyped.append("unevaluatedProperties")
        if untyped:  # validation that can change the shape: reported, the rest is typed
            self._warn_once(f"{', '.join(untyped)} not typed (the other keywords are)", site)
        nullable = self._declares_null(value)
        result = self._build_core(site, hint)
        if nullable and not isinstance(result, ir.Nullable) and result not in _NO_NULLABLE:
            return ir.Nullable(result)
        return result

    def _build_core(self, site: Site, hint: str) -> ir.TypeRef:
        value: dict[str, Any] = site.value
        if "$ref" in value:  # with `properties`/`allOf` beside it: merged like an allOf
            return self._model(site, hint)
        if "allOf" in value:
            single = self._single_all_of(value)
            if single is not None:
                return self.type_of(site.child("allOf", single), hint)
            if not self._all_of_is_object(site):
                return self._merged_scalar(site, hint)
            if any(isinstance(value.get(k), list) for k in _ONE_OF_KEYS):
                self._warn_once(
                    "oneOf/anyOf beside allOf is not merged: the model has the allOf fields; "
                    "variant fields stay in additional_properties",
                    site,
                )
            return self._model(site, hint)
        for union_key in _ONE_OF_KEYS:
            if isinstance(value.get(union_key), list):
                return self._union(site, union_key, hint)
        if "const" in value:
            return self._const(site)
        if isinstance(value.get("enum"), list):
            return self._enum(site, hint)
        if isinstance(value.get("discriminator"), dict):
            self._warn_once(
                "discriminator without oneOf/anyOf: decoded as this schema only (fields of "
                "subtypes stay in additional_properties)",
                site,
            )
        kinds = self._kinds(value)
        if len(kinds) > 1:
            parts = tuple(self._primitive_or_container(site, k, hint) for k in kinds)
            return _union_of(tuple(dict.fromkeys(parts)))
        return self._primitive_or_container(site, kinds[0] if kinds else None, hint)

    def _kinds(self, value: dict[str, Any]) -> list[str]:
        kind = value.get("type")
        listed = [k for k in kind if k != "null"] if isinstance(kind, list) else [kind]
        kinds: list[str] = list(dict.fromkeys(k for k in listed if isinstance(k, str)))
        if not kinds:
            if (
                isinstance(value.get("properties"), dict)
                or "additionalProperties" in value
                or "patternProperties" in value
            ):
                return ["object"]
            if "items" in value or "prefixItems" in value:
                return ["array"]
            if value.get("format") in _STRING_FORMATS:
                return ["string"]
            if kind == "null" or kind == ["null"]:
                return ["null"]
        return kinds

    def _primitive_or_container(self, site: Site, kind: str | None, hint: str) -> ir.TypeRef:
        value: dict[str, Any] = site.value
        if kind == "object":
            if isinstance(value.get("properties"), dict) and value["properties"]:
                return self._model(site, hint)
            extra = self._extra_type(site, hint + "Value")
            return ir.MapOf(extra if extra is not None else ir.Primitive("any"))
        if kind == "array":
            items = value.get("items")
            if isinstance(value.get("prefixItems"), list):
                self._warn_once("tuple-style `prefixItems` typed as a list of Any", site)
                return ir.ListOf(ir.Primitive("any"))
            if items is None:
                return ir.ListOf(ir.Primitive("any"))
            if isinstance(items, list):  # OpenAPI 3.0 never allows it; JSON Schema tuples do
                self._warn_once("tuple-style `items` typed as a list of Any", site)
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
            if fmt == "byte" or value.get("contentEncoding") == "base64":
                return ir.Primitive("bytes")
            return ir.Primitive("str")
        simple = {"integer": "int", "number": "float", "boolean": "bool", "null": "none"}
        if kind in simple:
            return ir.Primitive(simple[kind])  # type: ignore[arg-type]
        if kind is not None:
            self._warn_once(f"unknown schema type {kind!r}; typed as Any", site)
        return ir.Primitive("any")

    def _extra_type(self, site: Site, hint: str) -> ir.TypeRef | None:
        """Type of the values of undeclared keys, or None when they are free-form JSON."""
        value: dict[str, Any] = site.value
        extra = value.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            return self.type_of(site.child("additionalProperties"), hint)
        patterns = value.get("patternProperties")
        if extra is None and isinstance(patterns, dict) and patterns:
            types = tuple(
                dict.fromkeys(
                    self.type_of(site.child("patternProperties", p), hint) for p in patterns
                )
            )
            return _union_of(types)
        return None

    def _const(self, site: Site) -> ir.TypeRef:
        const = site.value["const"]
        if const is None:
            return ir.Primitive("none")
        if isinstance(const, (str, int, bool)):
            return ir.LiteralOf(const)
        kind: ir.TypeRef
        if isinstance(const, float):
            kind, what = ir.Primitive("float"), "float"
        elif isinstance(const, list):
            kind, what = ir.ListOf(ir.Primitive("any")), "list"
        elif isinstance(const, dict):
            kind, what = ir.MapOf(ir.Primitive("any")), "dict"
        else:
            kind, what = ir.Primitive("any"), "Any"
        self._warn_once(f"`const` {_short(const)} cannot be a Literal; typed as {what}", site)
        return kind

    def _merged_scalar(self, site: Site, hint: str) -> ir.TypeRef:
        """An `allOf` of parts none of which is an object (`{type: string}` + `{maxLength: 5}`):
        the parts are merged into one schema and typed as that."""
        merged: dict[str, Any] = {}
        for part in self._object_parts(site, None, 0):
            merged.update({k: v for k, v in part.value.items() if k != "allOf"})
        return self._build_core(Site(merged, site.document, site.pointer), hint)

    # -- enums ---------------------------------------------------------------------------------

    def _enum_values(self, value: dict[str, Any], values: list[Any]) -> list[Any]:
        """Enum values as the wire carries them: coerced to strings for `type: string`."""
        if self._kinds(value) == ["string"]:
            return [
                v if isinstance(v, str) else json.dumps(v) if is_json_value(v) else str(v)
                for v in values
            ]
        return values

    def _enum(self, site: Site, hint: str) -> ir.TypeRef:
        """An enum class for the scalar values; object and array values (which no enum member
        can be: they are not hashable) are admitted beside it as `dict`/`list` variants."""
        value: dict[str, Any] = site.value
        raw = [v for v in value["enum"] if v is not None]
        scalars = [v for v in raw if _enum_kind(v) is not None]
        any_map, any_list = ir.MapOf(ir.Primitive("any")), ir.ListOf(ir.Primitive("any"))
        containers = tuple(
            dict.fromkeys(
                any_map if isinstance(v, dict) else any_list
                for v in raw
                if isinstance(v, (dict, list))
            )
        )
        if containers:
            self._warn_once(
                "enum values that are objects or arrays are typed as dict/list beside the enum",
                site,
            )
        if len(scalars) + sum(isinstance(v, (dict, list)) for v in raw) < len(raw):
            self._warn_once("enum values that are not finite numbers are left out", site)
        scalar_type = self._scalar_enum(site, hint, scalars)
        if not containers:
            return scalar_type
        if scalar_type in (ir.Primitive("none"), ir.Primitive("any")):
            return _union_of(containers)
        return _union_of((scalar_type, *containers))

    def _scalar_enum(self, site: Site, hint: str, scalars: list[Any]) -> ir.TypeRef:
        value: dict[str, Any] = site.value
        values = _unique_values(self._enum_values(value, scalars))
        if not values:
            return ir.Primitive("none") if None in value["enum"] else ir.Primitive("any")
        kinds = {_enum_kind(v) for v in values}
        if kinds == {"int", "float"}:
            values = _unique_values([float(v) for v in values])
            kinds = {"float"}
        if kinds == {"bool"}:
            return ir.Primitive("bool") if len(values) == 2 else ir.LiteralOf(values[0])
        if len(kinds) > 1:  # mixed kinds: each value is its own literal
            return _union_of(tuple(_literal(v) for v in values))
        kind = kinds.pop()
        name = self._class_name(site, hint)
        members: list[ir.EnumMember] = []
        space = naming.Namespace()
        for v in values:
            label = str(v)
            if isinstance(v, (int, float)) and v < 0:
                label = "minus_" + label.lstrip("-")
            members.append(ir.EnumMember(space.claim(naming.upper_snake(label)), v))
        self.enums[name] = ir.Enum(
            name=name,
            module="",
            value_kind=kind,  # type: ignore[arg-type]
            members=tuple(members),
            description=spec_text(value.get("description")) or spec_text(value.get("title")),
            source=site.pointer,
        )
        self._types[site.key] = ir.EnumRef(name)
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
            own = set(value["properties"])
            if not all(_constrains_only(v, own) for v in value[union_key]):
                self._warn_once(
                    f"{union_key} beside `properties`: generated as the object with its own "
                    "properties; variant fields stay in additional_properties",
                    site,
                )
            model = self._model(site, hint)
            return ir.Nullable(model) if has_null else model
        if not indices:
            return ir.Primitive("none")
        if len(indices) == 1:
            only = self.type_of(site.child(union_key, indices[0]), hint)
            return ir.Nullable(only) if has_null and not isinstance(only, ir.Nullable) else only
        name = self._component_names.get(site.key, "")
        if name:
            self._types[site.key] = ir.AliasRef(name)  # registered first: variants refer back
        variants: list[ir.TypeRef] = []
        for index in indices:
            variant_site = site.child(union_key, index)
            variants.append(self.type_of(variant_site, f"{hint}Variant{index + 1}"))
        union = _union_of(tuple(variants))
        if name:
            union = self._guard_alias(name, union, site)
        inner = union.inner if isinstance(union, ir.Nullable) else union
        if isinstance(inner, ir.UnionOf):
            tagged = self._tagged(site, union_key, inner.variants)
            union = ir.Nullable(tagged) if isinstance(union, ir.Nullable) else tagged
        if has_null and not isinstance(union, ir.Nullable):
            union = ir.Nullable(union)  # in the alias itself: recursive references admit null too
        if not name:
            return union
        self.aliases[name] = ir.Alias(
            name,
            "",
            union,
            spec_text(value.get("description")) or spec_text(value.get("title")),
            site.pointer,
        )
        return ir.AliasRef(name)

    def _tagged(self, site: Site, union_key: str, variants: tuple[ir.TypeRef, ...]) -> ir.UnionOf:
        """The union with its discriminator. A mapping may name schemas that are not among the
        variants (real specs do: a subtype added to the mapping only); the server sends them
        under their tag, so they become variants too, after the listed ones: the annotation
        stays honest and the decoder can build them."""
        discriminator = self._discriminator(site, union_key, variants)
        if discriminator is None:
            return ir.UnionOf(variants)
        extra = tuple(
            dict.fromkeys(
                ir.ModelRef(name)
                for _, name in discriminator.mapping
                if ir.ModelRef(name) not in variants
            )
        )
        if extra:
            self._warn_once(
                "discriminator mapping names schemas outside the "
                f"{union_key} ({', '.join(m.name for m in extra)}): added as variants",
                site,
            )
        return ir.UnionOf(variants + extra, discriminator)

    def _discriminator(
        self, site: Site, union_key: str, variants: tuple[ir.TypeRef, ...]
    ) -> ir.Discriminator | None:
        spec = site.value.get("discriminator")
        if not isinstance(spec, dict) or not isinstance(spec.get("propertyName"), str):
            return None
        if not any(isinstance(v, ir.ModelRef) for v in variants):
            self._warn_once(
                "discriminator ignored: no variant is an object schema; variants are tried in "
                "the documented order",
                site,
            )
            return None
        # Variants that are not objects (an array, a string) cannot carry the tag: they are
        # decoded by their JSON type, which decode_tagged falls back to for non-objects.
        mapping: list[tuple[str, str]] = []
        explicit = spec.get("mapping")
        if isinstance(explicit, dict):
            for tag, ref in explicit.items():
                if not isinstance(ref, str):
                    continue
                ref_value = ref if "#" in ref or "/" in ref else f"#/components/schemas/{ref}"
                at = join_pointer(site.pointer, "discriminator", "mapping", tag)
                try:
                    target = self.type_of(Site({"$ref": ref_value}, site.document, at), "Model")
                except SpecError as exc:
                    # Validators do not resolve mapping values (bundlers leave stale file
                    # paths there): a tag whose schema cannot be found is decoded as unknown.
                    # Reported once, where the entry is written.
                    message = f"discriminator mapping entry ignored: {exc.message}"
                    if (message, (str(site.document.path), at)) not in self._warned:
                        self._warned.add((message, (str(site.document.path), at)))
                        self.warn(message, exc.location)
                    continue
                if isinstance(target, ir.Nullable):
                    target = target.inner
                if isinstance(target, ir.ModelRef):
                    mapping.append((str(tag), target.name))
        # Variants not named in the mapping are matched by their component name (OpenAPI rule).
        mapped = {name for _, name in mapping}
        tags = {tag for tag, _ in mapping}
        raw_variants = site.value[union_key]
        for index in self._non_null_variants(raw_variants):
            variant = raw_variants[index]
            if isinstance(variant, dict) and isinstance(variant.get("$ref"), str):
                variant_site = site.child(union_key, index)
                at = join_pointer(variant_site.pointer, "$ref")
                # The target's pointer, not the ref's text: `#pet` names a schema by `$anchor`.
                target_pointer = self.spec.resolve(variant["$ref"], site.document, at).pointer
                tag = split_pointer(target_pointer or "/")[-1]
                kind = self.type_of(variant_site, "Model")
                if isinstance(kind, ir.ModelRef) and kind.name not in mapped and tag not in tags:
                    mapping.append((tag, kind.name))
                    mapped.add(kind.name)
        if not mapping:
            self._warn_once(
                "discriminator without a mapping and without $ref variants to name the tags: "
                "variants are tried in the documented order",
                site,
            )
            return None
        return ir.Discriminator(spec["propertyName"], tuple(mapping))

    # -- objects -------------------------------------------------------------------------------

    def _single_all_of(self, value: dict[str, Any]) -> int | None:
        """Index of the one real part of an `allOf` used only to decorate a `$ref`, else None."""
        parts = value.get("allOf")
        if not isinstance(parts, list):
            return None
        real = [
            i for i, p in enumerate(parts) if not (isinstance(p, dict) and _is_annotation_only(p))
        ]
        if (
            len(real) == 1
            and not value.get("properties")
            and "$ref" not in value
            and not any(k in value for k in _ONE_OF_KEYS)
            and not isinstance(value.get("additionalProperties"), (dict, bool))
        ):
            return real[0]
        return None

    def _all_of_is_object(self, site: Site) -> bool:
        """Whether an `allOf` describes an object (some part has properties or says object)."""
        for part in self._object_parts(site, None, 0):
            value = part.value
            kind = value.get("type")
            kinds = kind if isinstance(kind, list) else [kind]
            if (
                "object" in kinds
                or isinstance(value.get("properties"), dict)
                or isinstance(value.get("additionalProperties"), dict)
                or any(isinstance(value.get(k), list) for k in _ONE_OF_KEYS)
            ):
                return True
        return False

    def _model(self, site: Site, hint: str) -> ir.TypeRef:
        name = self._class_name(site, hint)
        self._types[site.key] = ir.ModelRef(name)  # registered first: recursion resolves to it
        draft = _ModelDraft(name=name, source=site.pointer)
        self.models[name] = draft
        value: dict[str, Any] = site.value
        draft.description = spec_text(value.get("description")) or spec_text(value.get("title"))
        draft.deprecated = value.get("deprecated") is True
        properties: dict[str, Site] = {}
        required: set[str] = set()
        extra_sites: list[Site] = []
        for part in self._object_parts(site, draft.bases, depth=0):
            part_value = part.value
            props = part_value.get("properties")
            if isinstance(props, dict):
                for wire in props:
                    properties[wire] = part.child("properties", wire)
            req = part_value.get("required")
            if isinstance(req, list):
                required.update(r for r in req if isinstance(r, str))
            extra = part_value.get("additionalProperties")
            if (isinstance(extra, dict) and extra) or isinstance(
                part_value.get("patternProperties"), dict
            ):
                extra_sites.append(part)
            if extra is False:
                draft.closed = True
            if part.pointer != site.pointer and any(
                isinstance(part_value.get(k), list) for k in _ONE_OF_KEYS
            ):
                self._warn_once(
                    "oneOf/anyOf inside an allOf part is not merged; variant fields stay in "
                    "additional_properties",
                    part,
                )
            if draft.description is None:
                draft.description = spec_text(part_value.get("description"))
        # A required key without a schema must be present with any value: a field of type Any.
        undeclared = [r for r in sorted(required) if r not in properties]
        wires = list(properties) + undeclared
        names = naming.unique_members(wires)
        for wire, py_name in zip(wires, names, strict=True):
            if wire in properties:
                field_site = properties[wire]
            else:
                field_site = Site({}, site.document, join_pointer(site.pointer, "required"))
            draft.fields.append(self._field(field_site, wire, py_name, wire in required, name))
        for extra_site in extra_sites[-1:]:  # the last part that types extra keys wins
            draft.additional = self._extra_type(extra_site, name + "Value")
        if draft.additional is not None:
            draft.closed = False
        return ir.ModelRef(name)

    def _object_parts(self, site: Site, bases: list[str] | None, depth: int) -> Iterator[Site]:
        """Every `allOf` part (refs followed) and the schema itself, in order, for merging.

        With `bases`, the models of `$ref`-ed parts are built and their names collected."""
        if depth > 64:
            raise SpecError("allOf nests deeper than 64 levels (an allOf cycle?)", site.location)
        value = site.value
        part_sites: list[Site] = []
        if "$ref" in value:  # a $ref with siblings: its target is the first part
            part_sites.append(Site({"$ref": value["$ref"]}, site.document, site.pointer))
        if isinstance(value.get("allOf"), list):
            part_sites += [site.child("allOf", i) for i in range(len(value["allOf"]))]
        for part_site in part_sites:
            if isinstance(part_site.value, dict) and "$ref" in part_site.value:
                resolved, document, pointer = self.spec.resolve_chain(
                    part_site.value, part_site.document, part_site.pointer
                )
                target = Site(resolved, document, pointer)
                if bases is not None and self._becomes_class(target):
                    tokens = split_pointer(pointer)
                    base_hint = self.place_name(target) or naming.pascal(
                        tokens[-1] if tokens else document.path.stem
                    )
                    base = self.type_of(target, base_hint)
                    base = base.inner if isinstance(base, ir.Nullable) else base
                    if isinstance(base, ir.ModelRef) and base.name not in bases:
                        bases.append(base.name)
                part_site = target
            if isinstance(part_site.value, dict):
                yield from self._object_parts(part_site, bases, depth + 1)
        if "$ref" in value:
            yield Site({k: v for k, v in value.items() if k != "$ref"}, site.document, site.pointer)
        else:
            yield site

    def _field(self, site: Site, wire: str, py_name: str, required: bool, owner: str) -> ir.Field:
        value = site.value if isinstance(site.value, dict) else {}
        resolved, resolved_document, resolved_at = value, site.document, site.pointer
        if "$ref" in value:
            resolved, resolved_document, resolved_at = self.spec.resolve_chain(
                value, site.document, site.pointer
            )
            resolved = resolved if isinstance(resolved, dict) else {}
        elif "allOf" in value and self._single_all_of(value) is not None:
            index = self._single_all_of(value)
            assert index is not None
            resolved, resolved_document, resolved_at = self.spec.resolve_chain(
                value["allOf"][index], site.document, join_pointer(site.pointer, "allOf", index)
            )
            resolved = resolved if isinstance(resolved, dict) else {}
        field_type = self.type_of(site, owner + naming.pascal(wire, fallback="Field"))

        def pick(key: str) -> Any:
            return value[key] if key in value else resolved.get(key)

        examples = pick("examples")
        example_list: tuple[Any, ...] = tuple(examples) if isinstance(examples, list) else ()
        if not example_list and ("example" in value or "example" in resolved):
            example_list = (pick("example"),)
        example_list = tuple(e for e in example_list if is_json_value(e))
        has_default = "default" in value or "default" in resolved
        default = pick("default") if has_default else None
        if has_default and not is_json_value(default):
            self._warn_once("default is not a JSON value; left out", site)
            has_default, default = False, None
        elif has_default:
            # a default its schema refuses is left out (validation reports it): documented, it
            # would mislead
            holder = (value, site.document, site.pointer) if "default" in value else None
            holder = holder or (resolved, resolved_document, resolved_at)
            has_default = self._defaults.fits(default, *holder)
            default = default if has_default else None
        return ir.Field(
            name=py_name,
            wire_name=wire,
            type=field_type,
            required=required,
            description=spec_text(pick("description")) or spec_text(pick("title")),
            default=default,
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


_NO_NULLABLE = (ir.Primitive("none"), ir.Primitive("any"))  # already admit None
_DEFINITION_KEYS = frozenset({"schemas", "definitions", "$defs"})
_STRUCTURAL_NAMES = {
    "items": "Item",
    "additionalProperties": "Value",
    "not": "Not",
    "contains": "Item",
    "schema": "",
    "content": "",
}


def _union_of(
    variants: tuple[ir.TypeRef, ...], discriminator: ir.Discriminator | None = None
) -> ir.TypeRef:
    """A union, simplified: one variant is itself; Any absorbs the rest; nested unions flatten."""
    flat: list[ir.TypeRef] = []
    nullable = False
    for variant in variants:
        if isinstance(variant, ir.Nullable):
            nullable = True
            variant = variant.inner
        members = variant.variants if isinstance(variant, ir.UnionOf) else (variant,)
        for member in members:
            if member == ir.Primitive("none"):
                nullable = True
            elif all(_type_key(member) != _type_key(seen) for seen in flat):
                flat.append(member)
    result: ir.TypeRef
    if ir.Primitive("any") in flat:
        result = ir.Primitive("any")
    elif not flat:
        result = ir.Primitive("none")
    elif len(flat) == 1:
        result = flat[0]
    else:
        result = ir.UnionOf(tuple(flat), discriminator)
    if nullable and result not in (ir.Primitive("any"), ir.Primitive("none")):
        return ir.Nullable(result)
    return result


def _type_key(type_ref: ir.TypeRef) -> object:
    """Identity of a type for de-duplication: `Literal[1]` and `Literal[True]` differ."""
    if isinstance(type_ref, ir.LiteralOf):
        return (type(type_ref.value), type_ref.value)
    return type_ref


def _unique_values(values: list[Any]) -> list[Any]:
    """Values without repeats, in order; `1`, `1.0` and `True` are different JSON values."""
    seen: set[tuple[type, Any]] = set()
    result = []
    for value in values:
        if (type(value), value) not in seen:
            seen.add((type(value), value))
            result.append(value)
    return result


def _literal(value: str | int | float | bool) -> ir.TypeRef:
    if isinstance(value, float):
        return ir.Primitive("float")
    return ir.LiteralOf(value)


def _enum_kind(value: object) -> str | None:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float" if math.isfinite(value) else None
    if isinstance(value, str):
        return "str"
    return None


def _short(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 40 else text[:39] + "…"


_ANNOTATIONS = {
    "description", "title", "nullable", "deprecated", "readOnly", "writeOnly", "example",
    "examples", "default", "externalDocs", "xml", "$comment",
}  # fmt: skip


_CONSTRAINTS = {
    "required", "not", "minProperties", "maxProperties", "dependentRequired", "description",
    "title", "$comment",
}  # fmt: skip


def _constrains_only(variant: Any, own_properties: set[str]) -> bool:
    """A variant that adds no field, only validation, beside an object's `properties`
    (`anyOf: [{required: [a]}, {required: [b]}]`: "at least one of"; or narrowing the schema of
    a property the object declares): the object's own fields type everything."""
    if not isinstance(variant, dict) or variant.get("type", "object") != "object":
        return False
    props = variant.get("properties", {})
    if not isinstance(props, dict) or not set(props) <= own_properties:
        return False
    extra = variant.get("additionalProperties", True)
    return extra is True and all(
        k in _CONSTRAINTS
        or k.startswith("x-")
        or k in ("type", "properties", "additionalProperties")
        for k in variant
    )


def _is_annotation_only(part: dict[str, Any]) -> bool:
    return all(k in _ANNOTATIONS or k.startswith("x-") for k in part)
