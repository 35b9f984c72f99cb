"""Matching: which operation, argument, field or union variant of the old API is which of the
new one, and structural equality of types (class names aside), which matching relies on.

* Operations by `operationId`; the ones left over on both sides by HTTP method and path (the SDK
  method keeps its place). A matched operation whose resource attribute or method name changed is
  a rename; one whose method or path changed is "moved" (invisible to callers).
* Parameters by (location, wire name); request body fields and model fields by wire name. A
  non-model request body is the single `body=` argument.
* Renames, within one container (an operation's parameters, its body fields, one model's
  fields): the same wire name with a new Python name is `*-renamed` (breaking: the old keyword or
  attribute stops working); a new wire name with the same Python name is `*-wire-name-changed`
  (compatible: users see the same name); a removed and an added entry at the same index, with
  identical type (deep, class names ignored) and required-ness, and no other candidate on either
  side, is one `*-renamed` (breaking) rather than a removal and an addition.
* Models are compared structurally, through the operations that use them: the type at a place in
  the old API against the type at the same place in the new one, whatever the class names.
  Fields merged from `allOf` parents are ordinary fields in the IR, so moving a field into a
  parent is no change. Component schemas no operation reaches are not compared.
* A model, enum or alias whose class name changed at the same place is a `class-renamed` entry
  (`class-replaced` when the old class still exists, used elsewhere): breaking when the class is
  used in a request (users construct it, so they import it by name), compatible when it is only
  received (only annotations naming it need an update). Its fields are compared as usual.
* Each model is compared once per direction; the entry lists the operations that reach it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from generator.ir import model as ir


@dataclass(frozen=True)
class Slot:
    """A parameter, a body field or a model field: anything with a name, a type and required."""

    key: tuple[str, str]
    name: str
    wire_name: str
    type: ir.TypeRef
    required: bool
    deprecated: bool
    source: str


@dataclass
class OpInfo:
    label: str  # resource.method
    op: ir.Operation


def operations(api: ir.Api, selected: frozenset[str]) -> dict[str, OpInfo]:
    return {
        op.operation_id: OpInfo(f"{resource.name}.{op.name}", op)
        for resource in api.resources
        for op in resource.operations
        if not selected or op.operation_id in selected
    }


def pair_operations(
    old_ops: dict[str, OpInfo], new_ops: dict[str, OpInfo]
) -> tuple[list[tuple[OpInfo, OpInfo]], list[OpInfo], list[OpInfo]]:
    """(old, new) pairs — by operationId, then the leftovers by HTTP method and path — and the
    operations added (in new order) and removed (in old order)."""
    pairs: list[tuple[OpInfo, OpInfo]] = []
    old_left = {k: v for k, v in old_ops.items() if k not in new_ops}
    new_left = {k: v for k, v in new_ops.items() if k not in old_ops}
    by_route = {(i.op.method, i.op.path): k for k, i in old_left.items()}
    routed: dict[str, str] = {}  # new operationId → old operationId
    for new_id, info in new_left.items():
        old_id = by_route.pop((info.op.method, info.op.path), None)
        if old_id is not None:
            routed[new_id] = old_id
    matched_old = set(routed.values())
    added: list[OpInfo] = []
    for op_id, info in new_ops.items():
        if op_id in old_ops:
            pairs.append((old_ops[op_id], info))
        elif op_id in routed:
            pairs.append((old_ops[routed[op_id]], info))
        else:
            added.append(info)
    removed = [
        info for op_id, info in old_ops.items() if op_id not in new_ops and op_id not in matched_old
    ]
    return pairs, added, removed


def pair_slots(
    old: list[Slot], new: list[Slot], same_slot: Callable[[Slot, Slot], bool]
) -> dict[tuple[str, str], Slot]:
    """Old slot key → the new slot it became: same key; else the one new slot with the same
    Python name; else a removed and an added slot at the same index, identical otherwise (a
    rename), when no other candidate exists on either side."""
    partner: dict[tuple[str, str], Slot] = {}  # old key → the new slot it became
    new_keys = {s.key for s in new}
    for slot in old:
        if slot.key in new_keys:
            partner[slot.key] = next(n for n in new if n.key == slot.key)
    # Same Python name, another wire name: the same argument/attribute for users.
    for slot in old:
        if slot.key in partner:
            continue
        same_name = [n for n in unpaired(new, partner) if n.name == slot.name]
        if len(same_name) == 1:
            partner[slot.key] = same_name[0]
    # A removed and an added slot at the same index, identical otherwise: a rename.
    for slot in old:
        if slot.key in partner:
            continue
        free = unpaired(new, partner)
        candidates = [n for n in free if same_slot(slot, n)]
        if len(candidates) != 1 or old.index(slot) != new.index(candidates[0]):
            continue
        rivals = [o for o in old if o.key not in partner and same_slot(o, candidates[0])]
        if rivals == [slot]:
            partner[slot.key] = candidates[0]
    return partner


def unpaired(new: list[Slot], partner: dict[tuple[str, str], Slot]) -> list[Slot]:
    taken = {s.key for s in partner.values()}
    return [n for n in new if n.key not in taken]


def param_slot(p: ir.Parameter) -> Slot:
    return Slot(
        (p.location, p.wire_name), p.name, p.wire_name, p.type, p.required, p.deprecated, p.source
    )


def field_slot(f: ir.Field) -> Slot:
    return Slot(
        ("field", f.wire_name), f.name, f.wire_name, f.type, f.required, f.deprecated, f.source
    )


def body_slots(body: ir.RequestBody | None) -> list[Slot]:
    """The keyword arguments a request body becomes: its fields, or one `body=`."""
    if body is None:
        return []
    if body.flattened:
        return [field_slot(f) for f in body.fields]
    return [Slot(("body", ""), "body", "", body.type, body.required, False, body.source)]


def union_members(type_ref: ir.TypeRef) -> tuple[ir.TypeRef, ...]:
    return type_ref.variants if isinstance(type_ref, ir.UnionOf) else (type_ref,)


def _ref_name(type_ref: ir.TypeRef) -> str:
    if isinstance(type_ref, (ir.ModelRef, ir.EnumRef, ir.AliasRef)):
        return type_ref.name
    return repr(type_ref)


def same_name(old: ir.TypeRef, new: ir.TypeRef) -> bool:
    return old == new


_SCALARS = (ir.Primitive, ir.LiteralOf, ir.EnumRef)
_NAMED = (ir.ModelRef, ir.EnumRef, ir.AliasRef)


def same_kind(old: ir.TypeRef, new: ir.TypeRef) -> bool:
    """Both scalars, or the same constructor (nullability aside)."""
    old, new = split_null(old)[1], split_null(new)[1]
    if isinstance(old, _SCALARS) and isinstance(new, _SCALARS):
        return True
    return type(old) is type(new)


def same_unnamed_kind(old: ir.TypeRef, new: ir.TypeRef) -> bool:
    named = isinstance(split_null(old)[1], _NAMED) or isinstance(split_null(new)[1], _NAMED)
    return not named and same_kind(old, new)


def value_kind(value: str | int | bool) -> str:
    if isinstance(value, bool):
        return "bool"
    return "int" if isinstance(value, int) else "str"


def split_null(type_ref: ir.TypeRef) -> tuple[bool, ir.TypeRef]:
    if isinstance(type_ref, ir.Nullable):
        return True, split_null(type_ref.inner)[1]
    return False, type_ref


def alias_type(api: ir.Api, ref: ir.AliasRef) -> ir.TypeRef:
    alias = api.named(ref.name)
    return alias.type if isinstance(alias, ir.Alias) else ir.Primitive("any")


def base_kind(api: ir.Api, type_ref: ir.TypeRef) -> tuple[str, frozenset[object]]:
    """(kind, allowed values) of scalars: values empty = every value of the kind."""
    if isinstance(type_ref, ir.Primitive):
        return type_ref.kind, frozenset()
    if isinstance(type_ref, ir.LiteralOf):
        return value_kind(type_ref.value), frozenset({type_ref.value})
    if isinstance(type_ref, ir.EnumRef):
        enum = api.named(type_ref.name)
        if isinstance(enum, ir.Enum):
            return enum.value_kind, frozenset(m.value for m in enum.members)
    return "", frozenset()


class Shapes:
    """Structural equality of an old and a new type (no side effects): class names aside,
    models by their fields, unions by their variants in any order."""

    def __init__(self, old: ir.Api, new: ir.Api) -> None:
        self.old = old
        self.new = new
        self._shape_memo: dict[tuple[str, str], bool] = {}

    def same(self, old: ir.TypeRef, new: ir.TypeRef) -> bool:
        return self._shape(old, new, set())

    def _shape(self, old: ir.TypeRef, new: ir.TypeRef, assumed: set[tuple[str, str]]) -> bool:
        if isinstance(old, ir.AliasRef):
            key = ("alias:" + old.name, _ref_name(new))
            if key in assumed:
                return True
            assumed.add(key)
            return self._shape(alias_type(self.old, old), new, assumed)
        if isinstance(new, ir.AliasRef):
            return self._shape(old, alias_type(self.new, new), assumed)
        if type(old) is not type(new):
            return False
        if isinstance(old, ir.Nullable) and isinstance(new, ir.Nullable):
            return self._shape(old.inner, new.inner, assumed)
        if isinstance(old, ir.ListOf) and isinstance(new, ir.ListOf):
            return self._shape(old.item, new.item, assumed)
        if isinstance(old, ir.MapOf) and isinstance(new, ir.MapOf):
            return self._shape(old.value, new.value, assumed)
        if isinstance(old, ir.UnionOf) and isinstance(new, ir.UnionOf):
            if len(old.variants) != len(new.variants):
                return False
            left = list(new.variants)
            for variant in old.variants:
                partner = next((n for n in left if self._shape(variant, n, assumed)), None)
                if partner is None:
                    return False
                left.remove(partner)
            return True
        if isinstance(old, ir.EnumRef) and isinstance(new, ir.EnumRef):
            return base_kind(self.old, old) == base_kind(self.new, new)
        if isinstance(old, ir.ModelRef) and isinstance(new, ir.ModelRef):
            return self._model_shape(old.name, new.name, assumed)
        return old == new

    def _model_shape(self, old_name: str, new_name: str, assumed: set[tuple[str, str]]) -> bool:
        key = (old_name, new_name)
        if key in self._shape_memo:
            return self._shape_memo[key]
        if key in assumed:
            return True
        top = not assumed
        assumed.add(key)
        old_model, new_model = self.old.named(old_name), self.new.named(new_name)
        if not isinstance(old_model, ir.Model) or not isinstance(new_model, ir.Model):
            return False
        result = [(f.wire_name, f.name, f.required) for f in old_model.fields] == [
            (f.wire_name, f.name, f.required) for f in new_model.fields
        ] and all(
            self._shape(a.type, b.type, assumed)
            for a, b in zip(old_model.fields, new_model.fields, strict=True)
        )
        if top or not result:
            self._shape_memo[key] = result
        return result


def pair_variants(
    old: Sequence[ir.TypeRef], new: Sequence[ir.TypeRef], shapes: Shapes
) -> tuple[list[tuple[ir.TypeRef, ir.TypeRef]], list[ir.TypeRef], list[ir.TypeRef]]:
    """Union variants paired by name, then by shape (models, enums: class names aside), then —
    for scalars and containers — by kind; also the old and the new variants left unpaired."""
    pairs: list[tuple[ir.TypeRef, ir.TypeRef]] = []
    new_left = list(new)
    pending = list(old)
    matchers: tuple[Callable[[ir.TypeRef, ir.TypeRef], bool], ...] = (
        same_name,
        shapes.same,
        same_unnamed_kind,
    )
    for matches in matchers:
        still: list[ir.TypeRef] = []
        for variant in pending:
            partner = next((n for n in new_left if matches(variant, n)), None)
            if partner is None:
                still.append(variant)
            else:
                new_left.remove(partner)
                pairs.append((variant, partner))
        pending = still
    return pairs, pending, new_left
