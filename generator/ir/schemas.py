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

The work is shared by collaborating parts over one `SchemaContext` (registries, names, warnings):
`schema_objects` (models, `allOf`, fields, defaults), `schema_unions` (`oneOf`/`anyOf`,
discriminators, aliases), `schema_enums` (`enum`, `const`); `schema_keywords` reads what a schema
says, `schema_naming` names classes by where they are written, `schema_types` simplifies unions.
This module dispatches: what a schema becomes, `$ref` chains, recursion, scalars and containers.
"""

from __future__ import annotations

from typing import Any

from generator import naming
from generator.errors import SpecError
from generator.ir import model as ir
from generator.ir.schema_context import ModelDraft, SchemaContext, Warn
from generator.ir.schema_enums import EnumBuilder
from generator.ir.schema_keywords import (
    IGNORED_REF_SIBLINGS,
    MERGED_REF_SIBLINGS,
    ONE_OF_KEYS,
    Key,
    Site,
    declares_null,
    enum_kind,
    enum_values,
    kinds_of,
    non_null_variants,
    single_all_of,
    spec_text,
)
from generator.ir.schema_objects import ObjectBuilder
from generator.ir.schema_types import NO_NULLABLE, union_of
from generator.ir.schema_unions import UnionBuilder
from generator.spec.load import RefTarget, Spec, join_pointer, split_pointer

__all__ = ["SchemaBuilder", "Site", "spec_text"]  # what the build stage uses


class SchemaBuilder(SchemaContext):
    """Collects the named types of one API while operations ask for the types they use."""

    def __init__(self, spec: Spec, warn: Warn, class_names: naming.Namespace) -> None:
        super().__init__(spec, warn, class_names)
        self._in_progress: set[Key] = set()
        self._recursive: dict[Key, str] = {}  # non-class schemas met again while being built
        self._ref_ends: dict[Key, tuple[RefTarget, bool]] = {}  # see `_ref_type`
        self._objects = ObjectBuilder(self)
        self._unions = UnionBuilder(self)
        self._enum_types = EnumBuilder(self)

    # -- naming --------------------------------------------------------------------------------

    def claim_component_names(self) -> None:
        """Component schemas claim class names first, so inline schemas never take theirs."""
        root = self.spec.root
        schemas = (root.data.get("components") or {}).get("schemas", {})
        if not isinstance(schemas, dict):
            return
        for name, value in schemas.items():
            site = Site(value, root, join_pointer("/components/schemas", name))
            if self.becomes_class(site):
                self.component_names[site.key] = self.class_names.claim(naming.pascal(name))

    def build_components(self) -> None:
        """Every component schema becomes a type, used by an operation or not."""
        root = self.spec.root
        schemas = (root.data.get("components") or {}).get("schemas", {})
        if isinstance(schemas, dict):
            for name, value in schemas.items():
                site = Site(value, root, join_pointer("/components/schemas", name))
                self.type_of(site, naming.pascal(name))

    def becomes_class(self, site: Site) -> bool:
        value = site.value
        if not isinstance(value, dict):
            return False
        if "$ref" in value:
            return any(k in value for k in MERGED_REF_SIBLINGS)
        if "allOf" in value:
            return single_all_of(value) is None and self._objects.all_of_is_object(site)
        if any(len(non_null_variants(value.get(k))) > 1 for k in ONE_OF_KEYS):
            return not (isinstance(value.get("properties"), dict) and value["properties"])
        if isinstance(value.get("enum"), list) and "const" not in value:
            values = [v for v in value["enum"] if v is not None]
            kinds = {enum_kind(v) for v in enum_values(value, values)}
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
            self.warn_once("the `false` schema (no value is valid) typed as Any", site)
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
        if "$ref" in value and not any(k in value for k in MERGED_REF_SIBLINGS):
            return self._ref_type(site, hint)
        key = site.key
        if key in self.types:
            return self.types[key]
        if key in self._in_progress:
            # Met again while it is being built, and it is no class: it becomes a named alias.
            if key not in self._recursive:
                self._recursive[key] = self.class_name(site, hint)
            return ir.AliasRef(self._recursive[key])
        self._in_progress.add(key)
        try:
            result = self._build(site, hint)
        finally:
            self._in_progress.discard(key)
        if key in self._recursive:
            name = self._recursive[key]
            result = self._unions.guard_alias(name, result, site)
            self.aliases[name] = ir.Alias(
                name, "", result, spec_text(value.get("description")), site.pointer
            )
            result = ir.AliasRef(name)
        self.types[key] = result
        return result

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
            hops.append((key, declares_null(value)))
            final = self.spec.resolve(value["$ref"], document, join_pointer(pointer, "$ref"))
            tail_null = False
            if not (
                isinstance(final.value, dict)
                and "$ref" in final.value
                and not any(k in final.value for k in MERGED_REF_SIBLINGS)
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
        if nullable and not isinstance(result, ir.Nullable) and result not in NO_NULLABLE:
            result = ir.Nullable(result)
        return result

    def _check_ref_siblings(self, site: Site) -> None:
        ignored = [k for k in IGNORED_REF_SIBLINGS if k in site.value]
        if ignored:
            self.warn_once(
                f"keywords beside $ref are ignored: {', '.join(ignored)} (typed as the target)",
                site,
            )

    def _build(self, site: Site, hint: str) -> ir.TypeRef:
        value: dict[str, Any] = site.value
        untyped: list[str] = [k for k in ("if", "dependentSchemas") if k in value]
        if isinstance(value.get("unevaluatedProperties"), dict):
            untyped.append("unevaluatedProperties")
        if untyped:  # validation that can change the shape: reported, the rest is typed
            self.warn_once(f"{', '.join(untyped)} not typed (the other keywords are)", site)
        nullable = declares_null(value)
        result = self.build_core(site, hint)
        if nullable and not isinstance(result, ir.Nullable) and result not in NO_NULLABLE:
            return ir.Nullable(result)
        return result

    def build_core(self, site: Site, hint: str) -> ir.TypeRef:
        value: dict[str, Any] = site.value
        if "$ref" in value:  # with `properties`/`allOf` beside it: merged like an allOf
            return self.model(site, hint)
        if "allOf" in value:
            single = single_all_of(value)
            if single is not None:
                return self.type_of(site.child("allOf", single), hint)
            if not self._objects.all_of_is_object(site):
                return self._objects.merged_scalar(site, hint)
            if any(isinstance(value.get(k), list) for k in ONE_OF_KEYS):
                self.warn_once(
                    "oneOf/anyOf beside allOf is not merged: the model has the allOf fields; "
                    "variant fields stay in additional_properties",
                    site,
                )
            return self.model(site, hint)
        for union_key in ONE_OF_KEYS:
            if isinstance(value.get(union_key), list):
                return self._unions.union(site, union_key, hint)
        if "const" in value:
            return self._enum_types.const(site)
        if isinstance(value.get("enum"), list):
            return self._enum_types.enum(site, hint)
        if isinstance(value.get("discriminator"), dict):
            self.warn_once(
                "discriminator without oneOf/anyOf: decoded as this schema only (fields of "
                "subtypes stay in additional_properties)",
                site,
            )
        kinds = kinds_of(value)
        if len(kinds) > 1:
            parts = tuple(self._primitive_or_container(site, k, hint) for k in kinds)
            return union_of(tuple(dict.fromkeys(parts)))
        return self._primitive_or_container(site, kinds[0] if kinds else None, hint)

    def model(self, site: Site, hint: str) -> ir.TypeRef:
        return self._objects.model(site, hint)

    def _primitive_or_container(self, site: Site, kind: str | None, hint: str) -> ir.TypeRef:
        value: dict[str, Any] = site.value
        if kind == "object":
            if isinstance(value.get("properties"), dict) and value["properties"]:
                return self.model(site, hint)
            extra = self._objects.extra_type(site, hint + "Value")
            return ir.MapOf(extra if extra is not None else ir.Primitive("any"))
        if kind == "array":
            items = value.get("items")
            if isinstance(value.get("prefixItems"), list):
                self.warn_once("tuple-style `prefixItems` typed as a list of Any", site)
                return ir.ListOf(ir.Primitive("any"))
            if items is None:
                return ir.ListOf(ir.Primitive("any"))
            if isinstance(items, list):  # OpenAPI 3.0 never allows it; JSON Schema tuples do
                self.warn_once("tuple-style `items` typed as a list of Any", site)
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
            self.warn_once(f"unknown schema type {kind!r}; typed as Any", site)
        return ir.Primitive("any")

    # -- result --------------------------------------------------------------------------------

    def finished_models(self) -> dict[str, ModelDraft]:
        return self.models
