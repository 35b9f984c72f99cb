"""Schema build, objects: a model per object schema, `allOf` parts merged in order (later parts
win, `required` united, `$ref`-ed parts recorded as bases), the types of extra keys, fields with
their documented defaults (left out when their schema refuses them)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator import naming
from generator.errors import SpecError
from generator.ir import model as ir
from generator.ir.schema_context import ModelDraft, SchemaContext
from generator.ir.schema_keywords import (
    ONE_OF_KEYS,
    Site,
    is_json_value,
    single_all_of,
    spec_text,
)
from generator.ir.schema_types import union_of
from generator.spec import validate
from generator.spec.formats import DefaultChecker
from generator.spec.load import join_pointer, split_pointer


class ObjectBuilder:
    """Models and their fields of one API's schemas."""

    def __init__(self, ctx: SchemaContext) -> None:
        self.ctx = ctx
        self._default_checker: DefaultChecker | None = None

    @property
    def _defaults(self) -> DefaultChecker:
        if self._default_checker is None:
            version = validate.openapi_version(self.ctx.spec.root)
            self._default_checker = DefaultChecker(self.ctx.spec, version)
        return self._default_checker

    def all_of_is_object(self, site: Site) -> bool:
        """Whether an `allOf` describes an object (some part has properties or says object)."""
        for part in self.object_parts(site, None, 0):
            value = part.value
            kind = value.get("type")
            kinds = kind if isinstance(kind, list) else [kind]
            if (
                "object" in kinds
                or isinstance(value.get("properties"), dict)
                or isinstance(value.get("additionalProperties"), dict)
                or any(isinstance(value.get(k), list) for k in ONE_OF_KEYS)
            ):
                return True
        return False

    def model(self, site: Site, hint: str) -> ir.TypeRef:
        name = self.ctx.class_name(site, hint)
        self.ctx.types[site.key] = ir.ModelRef(name)  # registered first: recursion resolves to it
        draft = ModelDraft(name=name, source=site.pointer)
        self.ctx.models[name] = draft
        value: dict[str, Any] = site.value
        draft.description = spec_text(value.get("description")) or spec_text(value.get("title"))
        draft.deprecated = value.get("deprecated") is True
        properties: dict[str, Site] = {}
        required: set[str] = set()
        extra_sites: list[Site] = []
        for part in self.object_parts(site, draft.bases, depth=0):
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
                isinstance(part_value.get(k), list) for k in ONE_OF_KEYS
            ):
                self.ctx.warn_once(
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
            draft.additional = self.extra_type(extra_site, name + "Value")
        if draft.additional is not None:
            draft.closed = False
        return ir.ModelRef(name)

    def object_parts(self, site: Site, bases: list[str] | None, depth: int) -> Iterator[Site]:
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
                resolved, document, pointer = self.ctx.spec.resolve_chain(
                    part_site.value, part_site.document, part_site.pointer
                )
                target = Site(resolved, document, pointer)
                if bases is not None and self.ctx.becomes_class(target):
                    tokens = split_pointer(pointer)
                    base_hint = self.ctx.place_name(target) or naming.pascal(
                        tokens[-1] if tokens else document.path.stem
                    )
                    base = self.ctx.type_of(target, base_hint)
                    base = base.inner if isinstance(base, ir.Nullable) else base
                    if isinstance(base, ir.ModelRef) and base.name not in bases:
                        bases.append(base.name)
                part_site = target
            if isinstance(part_site.value, dict):
                yield from self.object_parts(part_site, bases, depth + 1)
        if "$ref" in value:
            yield Site({k: v for k, v in value.items() if k != "$ref"}, site.document, site.pointer)
        else:
            yield site

    def _field(self, site: Site, wire: str, py_name: str, required: bool, owner: str) -> ir.Field:
        value = site.value if isinstance(site.value, dict) else {}
        resolved, resolved_document, resolved_at = value, site.document, site.pointer
        if "$ref" in value:
            resolved, resolved_document, resolved_at = self.ctx.spec.resolve_chain(
                value, site.document, site.pointer
            )
            resolved = resolved if isinstance(resolved, dict) else {}
        elif "allOf" in value and single_all_of(value) is not None:
            index = single_all_of(value)
            assert index is not None
            resolved, resolved_document, resolved_at = self.ctx.spec.resolve_chain(
                value["allOf"][index], site.document, join_pointer(site.pointer, "allOf", index)
            )
            resolved = resolved if isinstance(resolved, dict) else {}
        field_type = self.ctx.type_of(site, owner + naming.pascal(wire, fallback="Field"))

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
            self.ctx.warn_once("default is not a JSON value; left out", site)
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

    def extra_type(self, site: Site, hint: str) -> ir.TypeRef | None:
        """Type of the values of undeclared keys, or None when they are free-form JSON."""
        value: dict[str, Any] = site.value
        extra = value.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            return self.ctx.type_of(site.child("additionalProperties"), hint)
        patterns = value.get("patternProperties")
        if extra is None and isinstance(patterns, dict) and patterns:
            types = tuple(
                dict.fromkeys(
                    self.ctx.type_of(site.child("patternProperties", p), hint) for p in patterns
                )
            )
            return union_of(types)
        return None

    def merged_scalar(self, site: Site, hint: str) -> ir.TypeRef:
        """An `allOf` of parts none of which is an object (`{type: string}` + `{maxLength: 5}`):
        the parts are merged into one schema and typed as that."""
        merged: dict[str, Any] = {}
        for part in self.object_parts(site, None, 0):
            merged.update({k: v for k, v in part.value.items() if k != "allOf"})
        return self.ctx.build_core(Site(merged, site.document, site.pointer), hint)
