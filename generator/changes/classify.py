"""Classification: each difference between matched old and new places as a kind, breaking or
compatible by the direction the value travels, and the operations that reach it.

Direction: in a request users send the value, in a response they receive it.

==============================  ==========================  ==========================
change                          request                     response
==============================  ==========================  ==========================
operation added / removed       compatible / breaking       —
operation renamed / moved       breaking / compatible       —
parameter or field added        breaking if required,       compatible
                                else compatible
parameter or field removed      breaking                    breaking
renamed (Python name changed)   breaking                    breaking
became required                 breaking                    compatible
became optional                 compatible                  breaking (may be absent)
type widened                    compatible                  breaking
type narrowed                   breaking                    compatible
type changed (incompatible)     breaking                    breaking
became nullable                 compatible                  breaking
became non-nullable             breaking                    compatible
enum value added                compatible                  compatible (unknown values
                                                            are tolerated)
enum value removed              breaking                    breaking (the enum member
                                                            users name disappears)
enum member renamed             breaking                    breaking
deprecated / undeprecated       compatible                  compatible
model closed (no extra keys)    breaking                    compatible
class renamed or replaced       breaking                    compatible
==============================  ==========================  ==========================

Widened means more values are accepted: `int` → `float`, `X` → `X | Y`, a literal or enum → its
base type, anything → `Any`, not nullable → nullable; narrowed is the reverse; anything else is
"changed" (a changed type is one entry; its nullability is not reported again). Lists and maps
are compared by their elements; union variants pair by name, then by shape.

Responses (success statuses): a new status is breaking when its type is not already a possible
return type (the return annotation widens), a removed status is compatible unless no typed
success response is left (the method then returns `None`); body added → compatible, body removed
→ breaking. Error responses: added → compatible; removed → breaking when it had a typed body
(users reading it lose it); their types compare like response types. Pagination helper added →
compatible, removed → breaking; positional (path) arguments reordered → breaking.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, TypeAlias

from generator.changes.change import GROUPS, Change, Group
from generator.changes.match import (
    OpInfo,
    Shapes,
    Slot,
    alias_type,
    base_kind,
    body_slots,
    field_slot,
    operations,
    pair_operations,
    pair_slots,
    pair_variants,
    param_slot,
    split_null,
    union_members,
    unpaired,
)
from generator.ir import model as ir
from generator.sdk.codec import annotation

Direction = Literal["request", "response"]
Rel = Literal["same", "wider", "narrower", "changed"]

_REL_WORD: dict[Rel, str] = {"wider": "widened", "narrower": "narrowed", "changed": "changed"}


PairKey: TypeAlias = "tuple[str, str, str, Direction]"  # (model|enum|alias, old, new, direction)


@dataclass(frozen=True)
class Draft:
    group: Group
    kind: str
    breaking: bool
    subject: str
    detail: str
    source: str
    direction: str = ""


def _join(a: Rel, b: Rel) -> Rel:
    if a == "same":
        return b
    if b == "same" or a == b:
        return a
    return "changed"


def _breaks(rel: Rel, direction: Direction) -> bool:
    if rel == "changed":
        return True
    return rel == ("narrower" if direction == "request" else "wider")


_PRIMITIVE_WIDER = {("int", "float")}


class Classifier:
    """Walks the matched operations of an old and a new API, recording each change once (named
    types once per direction) with the places that reach it."""

    def __init__(self, old: ir.Api, new: ir.Api, selected: frozenset[str]) -> None:
        self.old = old
        self.new = new
        self.old_ops = operations(old, selected)
        self.new_ops = operations(new, selected)
        self.drafts: list[tuple[Draft, tuple[str, ...]]] = []  # operation-level, with labels
        self.pair_drafts: dict[PairKey, list[Draft]] = {}
        self.enum_drafts: dict[tuple[str, str], list[Draft]] = {}
        self.edges: dict[PairKey, dict[PairKey, None]] = {}
        self.direct: dict[str, dict[PairKey, None]] = {}
        self.alias_rel: dict[PairKey, Rel] = {}
        self.stack: list[PairKey] = []
        self.op_label = ""
        self.shapes = Shapes(old, new)

    # -- driver --------------------------------------------------------------------------------

    def run(self) -> tuple[Change, ...]:
        pairs, added, removed = pair_operations(self.old_ops, self.new_ops)
        for info in added:
            self._emit(
                "operations",
                "operation-added",
                False,
                info.label,
                f"new method ({info.op.method} {info.op.path})",
                info.op.source,
                labels=(info.label,),
            )
        for info in removed:
            self._emit(
                "operations",
                "operation-removed",
                True,
                info.label,
                f"method removed ({info.op.method} {info.op.path})",
                info.op.source,
                labels=(info.label,),
            )
        for old_info, new_info in pairs:
            self.op_label = new_info.label
            self.direct.setdefault(self.op_label, {})
            self._operation(old_info, new_info)
        return self._finish()

    def _emit(
        self,
        group: Group,
        kind: str,
        breaking: bool,
        subject: str,
        detail: str,
        source: str,
        direction: str = "",
        labels: tuple[str, ...] | None = None,
    ) -> None:
        draft = Draft(group, kind, breaking, subject, detail, source, direction)
        self.drafts.append((draft, (self.op_label,) if labels is None else labels))

    # -- operations ----------------------------------------------------------------------------

    def _operation(self, old_info: OpInfo, new_info: OpInfo) -> None:
        old, new = old_info.op, new_info.op
        label = new_info.label
        if old_info.label != label:
            self._emit(
                "operations",
                "operation-renamed",
                True,
                label,
                f"was `{old_info.label}` (operationId {old.operation_id} → {new.operation_id})",
                new.source,
            )
        if (old.method, old.path) != (new.method, new.path):
            self._emit(
                "operations",
                "operation-moved",
                False,
                label,
                f"{old.method} {old.path} → {new.method} {new.path} (same SDK method)",
                new.source,
            )
        if old.deprecated != new.deprecated:
            kind = "operation-deprecated" if new.deprecated else "operation-undeprecated"
            self._emit("operations", kind, False, label, "deprecation flag changed", new.source)
        if (old.pagination is None) != (new.pagination is None):
            if new.pagination is not None:
                self._emit(
                    "operations",
                    "pagination-added",
                    False,
                    label,
                    "an iterator over all pages is generated",
                    new.source,
                )
            else:
                self._emit(
                    "operations",
                    "pagination-removed",
                    True,
                    label,
                    "the iterator over all pages is no longer generated",
                    old.source,
                )
        old_positional = [p.wire_name for p in old.parameters if p.location == "path"]
        new_positional = [p.wire_name for p in new.parameters if p.location == "path"]
        if old_positional != new_positional and sorted(old_positional) == sorted(new_positional):
            self._emit(
                "operations",
                "arguments-reordered",
                True,
                label,
                f"positional ({', '.join(old_positional)}) → ({', '.join(new_positional)})",
                new.source,
            )
        self._slots(
            [param_slot(p) for p in old.parameters],
            [param_slot(p) for p in new.parameters],
            "request",
            "parameters",
            "parameter",
            lambda s: f"{label}({s.name}=)",
        )
        self._slots(
            body_slots(old.body),
            body_slots(new.body),
            "request",
            "request body",
            "field",
            lambda s: f"{label}({s.name}=)",
        )
        self._responses(old, new, label, errors=False)
        self._responses(old, new, label, errors=True)

    def _responses(self, old: ir.Operation, new: ir.Operation, label: str, *, errors: bool) -> None:
        old_rs = {r.status: r for r in (old.errors if errors else old.responses)}
        new_rs = {r.status: r for r in (new.errors if errors else new.responses)}
        what = "error" if errors else "response"
        old_typed = [r.type for r in old.responses if r.type is not None]
        new_typed = [r.type for r in new.responses if r.type is not None]
        for status, response in new_rs.items():
            subject = f"{label} → {status}"
            before = old_rs.get(status)
            if before is not None:
                self._response_pair(before, response, subject, what)
                continue
            if errors:
                detail = "new error response" + self._type_note(response.type, "response")
                self._emit("responses", "error-added", False, subject, detail, response.source)
                continue
            known = response.type is None or any(
                self.shapes.same(t, response.type) for t in old_typed
            )
            detail = "new success status" + self._type_note(response.type, "response")
            if not known:
                detail += " (the return type widens)"
            self._emit("responses", "response-added", not known, subject, detail, response.source)
        for status, response in old_rs.items():
            if status in new_rs:
                continue
            subject = f"{label} → {status}"
            if errors:
                typed = response.type is not None
                detail = "error response no longer declared" + (
                    " (its typed body is gone)" if typed else ""
                )
                self._emit("responses", "error-removed", typed, subject, detail, response.source)
                continue
            lost = response.type is not None and not new_typed
            detail = "success status no longer declared" + (
                " (the method now returns None)" if lost else ""
            )
            self._emit("responses", "response-removed", lost, subject, detail, response.source)

    def _type_note(self, type_ref: ir.TypeRef | None, direction: Direction) -> str:
        return "" if type_ref is None else f": `{_annotation(type_ref, direction)}`"

    def _response_pair(self, old: ir.Response, new: ir.Response, subject: str, what: str) -> None:
        if old.type is None and new.type is None:
            return
        if old.type is None or new.type is None:
            added = old.type is None
            kind = f"{what}-body-added" if added else f"{what}-body-removed"
            shown = new.type if new.type is not None else old.type
            detail = ("now returns " if added else "no longer returns ") + (
                f"`{_annotation(shown, 'response')}`" if shown is not None else "a body"
            )
            self._emit("responses", kind, not added, subject, detail, new.source)
            return
        for kind, breaking, detail in self._type_changes(old.type, new.type, "response"):
            self._emit("responses", f"{what}-{kind}", breaking, subject, detail, new.source)

    # -- slots (parameters, fields) ------------------------------------------------------------

    def _slots(
        self,
        old: list[Slot],
        new: list[Slot],
        direction: Direction,
        group: Group,
        what: str,
        subject: Callable[[Slot], str],
        sink: list[Draft] | None = None,
    ) -> None:
        def emit(kind: str, breaking: bool, slot: Slot, detail: str, source: str) -> None:
            if sink is not None:
                sink.append(
                    Draft(
                        group, f"{what}-{kind}", breaking, subject(slot), detail, source, direction
                    )
                )
            else:
                self._emit(group, f"{what}-{kind}", breaking, subject(slot), detail, source)

        partner = pair_slots(old, new, self._same_slot)
        for slot in old:
            counterpart = partner.get(slot.key)
            if counterpart is None:
                emit("removed", True, slot, f"`{slot.name}` removed", slot.source)
                continue
            if counterpart.name != slot.name:
                detail = f"`{slot.name}` → `{counterpart.name}`"
                if counterpart.wire_name != slot.wire_name:
                    detail += f" (wire name {slot.wire_name} → {counterpart.wire_name})"
                else:
                    detail += f" (same wire name {slot.wire_name})"
                emit("renamed", True, counterpart, detail, counterpart.source)
            elif counterpart.key != slot.key:
                detail = f"same Python name; on the wire {_wire(slot)} → {_wire(counterpart)}"
                emit("wire-name-changed", False, counterpart, detail, counterpart.source)
            for kind, breaking, detail in self._slot_changes(slot, counterpart, direction):
                emit(kind, breaking, counterpart, detail, counterpart.source)
        for slot in unpaired(new, partner):
            breaking = direction == "request" and slot.required
            needs = "required" if slot.required else "optional"
            detail = f"new {needs} `{slot.name}: {_annotation(slot.type, direction)}`"
            emit("added", breaking, slot, detail, slot.source)

    def _same_slot(self, a: Slot, b: Slot) -> bool:
        return a.required == b.required and self.shapes.same(a.type, b.type)

    def _slot_changes(
        self, old: Slot, new: Slot, direction: Direction
    ) -> list[tuple[str, bool, str]]:
        found: list[tuple[str, bool, str]] = []
        if old.required != new.required:
            if new.required:
                found.append(("required", direction == "request", "optional → required"))
            else:
                found.append(("optional", direction == "response", "required → optional"))
        found += self._type_changes(old.type, new.type, direction)
        if old.deprecated != new.deprecated:
            kind = "deprecated" if new.deprecated else "undeprecated"
            found.append((kind, False, "deprecation flag changed"))
        return found

    def _type_changes(
        self, old: ir.TypeRef, new: ir.TypeRef, direction: Direction
    ) -> list[tuple[str, bool, str]]:
        """(kind suffix, breaking, detail) for a type at one place: its core, then its null."""
        found: list[tuple[str, bool, str]] = []
        old_null, old_core = split_null(old)
        new_null, new_core = split_null(new)
        rel = self._core_rel(old_core, new_core, direction)
        shown = self._describe(old, new, direction)
        if rel != "same":
            found.append((f"type-{_REL_WORD[rel]}", _breaks(rel, direction), shown))
        if old_null != new_null and rel != "changed":  # a changed type says it all
            kind = "nullable" if new_null else "non-nullable"
            breaking = new_null if direction == "response" else not new_null
            found.append((kind, breaking, shown))
        return found

    def _describe(self, old: ir.TypeRef, new: ir.TypeRef, direction: Direction) -> str:
        """`old` → `new` as annotations; a named union that kept its name is spelled out."""
        before, after = _annotation(old, direction), _annotation(new, direction)
        if before == after:
            before += self._expansion(self.old, old, direction)
            after += self._expansion(self.new, new, direction)
        return f"`{before}` → `{after}`"

    def _expansion(self, api: ir.Api, type_ref: ir.TypeRef, direction: Direction) -> str:
        core = split_null(type_ref)[1]
        if isinstance(core, ir.AliasRef):
            return f" = {_annotation(alias_type(api, core), direction)}"
        return ""

    # -- types ---------------------------------------------------------------------------------

    def _rel(self, old: ir.TypeRef, new: ir.TypeRef, direction: Direction) -> Rel:
        old_null, old_core = split_null(old)
        new_null, new_core = split_null(new)
        rel = self._core_rel(old_core, new_core, direction)
        if old_null != new_null:
            rel = _join(rel, "wider" if new_null else "narrower")
        return rel

    def _core_rel(self, old: ir.TypeRef, new: ir.TypeRef, direction: Direction) -> Rel:
        if isinstance(old, ir.AliasRef) and isinstance(new, ir.AliasRef):
            return self._visit_alias(old.name, new.name, direction)
        if isinstance(old, ir.AliasRef):
            return self._core_rel(alias_type(self.old, old), new, direction)
        if isinstance(new, ir.AliasRef):
            return self._core_rel(old, alias_type(self.new, new), direction)
        if isinstance(old, ir.Nullable) or isinstance(new, ir.Nullable):
            return self._rel(old, new, direction)
        if isinstance(old, ir.UnionOf) or isinstance(new, ir.UnionOf):
            return self._union_rel(union_members(old), union_members(new), direction)
        if isinstance(old, ir.ModelRef) and isinstance(new, ir.ModelRef):
            self._visit_model(old.name, new.name, direction)
            return "same"
        if isinstance(old, ir.EnumRef) and isinstance(new, ir.EnumRef):
            self._visit_enum(old.name, new.name, direction)
            return "same"
        if isinstance(old, ir.ListOf) and isinstance(new, ir.ListOf):
            return self._rel(old.item, new.item, direction)
        if isinstance(old, ir.MapOf) and isinstance(new, ir.MapOf):
            return self._rel(old.value, new.value, direction)
        return _scalar_rel(base_kind(self.old, old), base_kind(self.new, new), old, new)

    def _union_rel(
        self, old: Sequence[ir.TypeRef], new: Sequence[ir.TypeRef], direction: Direction
    ) -> Rel:
        """Variants pair by name, then by shape (models, enums: class names aside), then — for
        scalars and containers — by kind; a named variant left unpaired was removed or added."""
        pairs, pending, new_left = pair_variants(old, new, self.shapes)
        rel: Rel = "same"
        for before, after in pairs:
            rel = _join(rel, self._rel(before, after, direction))
        if new_left:
            rel = _join(rel, "wider")
        if pending:
            rel = _join(rel, "narrower")
        return rel

    # -- named types: visited once per direction, reached by operations --------------------------

    def _enter(self, key: PairKey) -> bool:
        """Record that the current place reaches `key`; True when `key` is new (compute it)."""
        if self.stack:
            self.edges.setdefault(self.stack[-1], {})[key] = None
        else:
            self.direct.setdefault(self.op_label, {})[key] = None
        if key in self.edges:
            return False
        self.edges[key] = {}
        return True

    def _visit_alias(self, old_name: str, new_name: str, direction: Direction) -> Rel:
        key: PairKey = ("alias", old_name, new_name, direction)
        if not self._enter(key):
            return self.alias_rel.get(key, "same")  # "same" while in progress (recursion)
        self.stack.append(key)
        try:
            rel = self._core_rel(
                alias_type(self.old, ir.AliasRef(old_name)),
                alias_type(self.new, ir.AliasRef(new_name)),
                direction,
            )
        finally:
            self.stack.pop()
        self.alias_rel[key] = rel
        return rel

    def _visit_model(self, old_name: str, new_name: str, direction: Direction) -> None:
        key: PairKey = ("model", old_name, new_name, direction)
        if not self._enter(key):
            return
        old_model, new_model = self.old.named(old_name), self.new.named(new_name)
        if not isinstance(old_model, ir.Model) or not isinstance(new_model, ir.Model):
            return
        drafts: list[Draft] = []
        self.pair_drafts[key] = drafts
        self.stack.append(key)
        try:
            self._slots(
                [field_slot(f) for f in old_model.fields],
                [field_slot(f) for f in new_model.fields],
                direction,
                "models",
                "field",
                lambda s: f"{new_name}.{s.name}",
                sink=drafts,
            )
        finally:
            self.stack.pop()
        # `additionalProperties: false`: the constructor takes no `additional_properties=`.
        old_closed = bool(getattr(old_model, "closed", False))
        new_closed = bool(getattr(new_model, "closed", False))
        if old_closed != new_closed:
            kind = "model-closed" if new_closed else "model-opened"
            breaking = new_closed and direction == "request"
            detail = (
                "no extra keys any more (the constructor loses `additional_properties=`)"
                if new_closed
                else "extra keys accepted (the constructor takes `additional_properties=`)"
            )
            drafts.append(
                Draft("models", kind, breaking, new_name, detail, new_model.source, direction)
            )

    def _visit_enum(self, old_name: str, new_name: str, direction: Direction) -> None:
        key: PairKey = ("enum", old_name, new_name, direction)
        if not self._enter(key) or (old_name, new_name) in self.enum_drafts:
            return
        old_enum, new_enum = self.old.named(old_name), self.new.named(new_name)
        if not isinstance(old_enum, ir.Enum) or not isinstance(new_enum, ir.Enum):
            return
        drafts: list[Draft] = []
        self.enum_drafts[(old_name, new_name)] = drafts
        old_members = {m.value: m for m in old_enum.members}
        new_members = {m.value: m for m in new_enum.members}
        for value, member in new_members.items():
            before = old_members.get(value)
            subject = f"{new_name}.{member.name}"
            if before is None:
                detail = f"value {_show_value(value)} added"
                drafts.append(
                    Draft("enums", "enum-value-added", False, subject, detail, new_enum.source)
                )
            elif before.name != member.name:
                detail = f"member `{before.name}` → `{member.name}` (value {_show_value(value)})"
                drafts.append(
                    Draft("enums", "enum-member-renamed", True, subject, detail, new_enum.source)
                )
        for value, member in old_members.items():
            if value not in new_members:
                detail = f"value {_show_value(value)} removed"
                drafts.append(
                    Draft(
                        "enums",
                        "enum-value-removed",
                        True,
                        f"{new_name}.{member.name}",
                        detail,
                        old_enum.source,
                    )
                )

    # -- result --------------------------------------------------------------------------------

    def _finish(self) -> tuple[Change, ...]:
        reach: dict[PairKey, set[str]] = {}
        for label, roots in self.direct.items():
            seen: set[PairKey] = set()
            pending = list(roots)
            while pending:
                key = pending.pop()
                if key in seen:
                    continue
                seen.add(key)
                reach.setdefault(key, set()).add(label)
                pending.extend(self.edges.get(key, {}))
        changes = [
            Change(d.group, d.kind, d.breaking, d.subject, d.detail, d.source, d.direction, labels)
            for d, labels in self.drafts
        ]
        for key, drafts in self.pair_drafts.items():
            labels = tuple(sorted(reach.get(key, ())))
            for d in drafts:
                changes.append(
                    Change(
                        d.group, d.kind, d.breaking, d.subject, d.detail, d.source, key[3], labels
                    )
                )
        changes += self._enum_changes(reach)
        changes += self._renames(reach)
        order = {g: i for i, g in enumerate(GROUPS)}
        changes.sort(key=lambda c: (order[c.group], c.subject.lower(), c.subject))
        return tuple(changes)

    def _enum_changes(self, reach: dict[PairKey, set[str]]) -> list[Change]:
        result: list[Change] = []
        for (old_name, new_name), drafts in self.enum_drafts.items():
            keys = [k for k in reach if k[0] == "enum" and k[1:3] == (old_name, new_name)]
            directions = sorted({k[3] for k in keys})
            labels = tuple(sorted({label for k in keys for label in reach[k]}))
            for d in drafts:
                result.append(
                    Change(
                        d.group,
                        d.kind,
                        d.breaking,
                        d.subject,
                        d.detail,
                        d.source,
                        "+".join(directions),
                        labels,
                    )
                )
        return result

    def _renames(self, reach: dict[PairKey, set[str]]) -> list[Change]:
        found: dict[tuple[str, str, str], tuple[set[str], set[str]]] = {}
        for key, labels in reach.items():
            kind, old_name, new_name, direction = key
            if old_name == new_name:
                continue
            directions, ops = found.setdefault((kind, old_name, new_name), (set(), set()))
            directions.add(direction)
            ops.update(labels)
        result: list[Change] = []
        for (kind, old_name, new_name), (directions, ops) in found.items():
            named = self.new.named(new_name)
            sent = "request" in directions
            how = (
                "users construct it in requests and import it by name"
                if sent
                else "only received; annotations naming it need the new name"
            )
            # Renamed: the old class is gone. Replaced: it still exists, used elsewhere.
            renamed = old_name not in self.new.lookup
            what = "new class name" if renamed else f"another class ({old_name} still exists)"
            result.append(
                Change(
                    "enums" if kind == "enum" else "models",
                    "class-renamed" if renamed else "class-replaced",
                    sent,
                    f"{old_name} → {new_name}",
                    f"same place, {what} ({how})",
                    named.source,
                    "+".join(sorted(directions)),
                    tuple(sorted(ops)),
                )
            )
        return result


def _wire(slot: Slot) -> str:
    where, name = slot.key
    return f"{where} {name}" if where not in ("field", "body") else name


def _scalar_rel(
    old: tuple[str, frozenset[object]],
    new: tuple[str, frozenset[object]],
    old_type: ir.TypeRef,
    new_type: ir.TypeRef,
) -> Rel:
    (old_kind, old_values), (new_kind, new_values) = old, new
    if not old_kind or not new_kind:
        return "same" if old_type == new_type else "changed"
    if old_kind == new_kind:
        if old_values == new_values:
            # An enum → literal (or back) of the same values is still a different type to users.
            same_form = type(old_type) is type(new_type) or not old_values
            return "same" if same_form else "changed"
        if not new_values:
            return "wider"
        if not old_values:
            return "narrower"
        if old_values <= new_values:
            return "wider"
        if new_values <= old_values:
            return "narrower"
        return "changed"
    if new_kind == "any" and not new_values:
        return "wider"
    if old_kind == "any" and not old_values:
        return "narrower"
    if (old_kind, new_kind) in _PRIMITIVE_WIDER and not new_values:
        return "wider"
    if (new_kind, old_kind) in _PRIMITIVE_WIDER and not old_values:
        return "narrower"
    return "changed"


def _annotation(type_ref: ir.TypeRef, direction: Direction) -> str:
    return annotation(type_ref, request=direction == "request")


def _show_value(value: object) -> str:
    return f"`{json.dumps(value, ensure_ascii=False)}`"
