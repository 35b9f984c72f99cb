"""Schema build, enums and constants: `enum` → an `Enum` class (booleans → `bool`/`Literal`,
mixed kinds → a union of literals, objects and arrays beside it as `dict`/`list`); `const` →
`Literal[...]`."""

from __future__ import annotations

import json
from typing import Any

from generator import naming
from generator.ir import model as ir
from generator.ir.schema_context import SchemaContext
from generator.ir.schema_keywords import Site, enum_kind, enum_values, spec_text
from generator.ir.schema_types import literal, union_of


class EnumBuilder:
    """Enum classes and literal types of one API's schemas."""

    def __init__(self, ctx: SchemaContext) -> None:
        self.ctx = ctx

    def const(self, site: Site) -> ir.TypeRef:
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
        self.ctx.warn_once(f"`const` {_short(const)} cannot be a Literal; typed as {what}", site)
        return kind

    def enum(self, site: Site, hint: str) -> ir.TypeRef:
        """An enum class for the scalar values; object and array values (which no enum member
        can be: they are not hashable) are admitted beside it as `dict`/`list` variants."""
        value: dict[str, Any] = site.value
        raw = [v for v in value["enum"] if v is not None]
        scalars = [v for v in raw if enum_kind(v) is not None]
        any_map, any_list = ir.MapOf(ir.Primitive("any")), ir.ListOf(ir.Primitive("any"))
        containers = tuple(
            dict.fromkeys(
                any_map if isinstance(v, dict) else any_list
                for v in raw
                if isinstance(v, (dict, list))
            )
        )
        if containers:
            self.ctx.warn_once(
                "enum values that are objects or arrays are typed as dict/list beside the enum",
                site,
            )
        if len(scalars) + sum(isinstance(v, (dict, list)) for v in raw) < len(raw):
            self.ctx.warn_once("enum values that are not finite numbers are left out", site)
        scalar_type = self._scalar_enum(site, hint, scalars)
        if not containers:
            return scalar_type
        if scalar_type in (ir.Primitive("none"), ir.Primitive("any")):
            return union_of(containers)
        return union_of((scalar_type, *containers))

    def _scalar_enum(self, site: Site, hint: str, scalars: list[Any]) -> ir.TypeRef:
        value: dict[str, Any] = site.value
        values = _unique_values(enum_values(value, scalars))
        if not values:
            return ir.Primitive("none") if None in value["enum"] else ir.Primitive("any")
        kinds = {enum_kind(v) for v in values}
        if kinds == {"int", "float"}:
            values = _unique_values([float(v) for v in values])
            kinds = {"float"}
        if kinds == {"bool"}:
            return ir.Primitive("bool") if len(values) == 2 else ir.LiteralOf(values[0])
        if len(kinds) > 1:  # mixed kinds: each value is its own literal
            return union_of(tuple(literal(v) for v in values))
        kind = kinds.pop()
        name = self.ctx.class_name(site, hint)
        members: list[ir.EnumMember] = []
        space = naming.Namespace()
        for v in values:
            label = str(v)
            if isinstance(v, (int, float)) and v < 0:
                label = "minus_" + label.lstrip("-")
            members.append(ir.EnumMember(space.claim(naming.upper_snake(label)), v))
        self.ctx.enums[name] = ir.Enum(
            name=name,
            module="",
            value_kind=kind,  # type: ignore[arg-type]
            members=tuple(members),
            description=spec_text(value.get("description")) or spec_text(value.get("title")),
            source=site.pointer,
        )
        self.ctx.types[site.key] = ir.EnumRef(name)
        return ir.EnumRef(name)


def _unique_values(values: list[Any]) -> list[Any]:
    """Values without repeats, in order; `1`, `1.0` and `True` are different JSON values."""
    seen: set[tuple[type, Any]] = set()
    result = []
    for value in values:
        if (type(value), value) not in seen:
            seen.add((type(value), value))
            result.append(value)
    return result


def _short(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 40 else text[:39] + "…"
