"""`sdkgen diff`: what changed for SDK users between two specs, and the version bump it implies.

Both specs go through the ordinary pipeline (load → validate → build) and the two IRs are compared,
never the raw documents: a `$ref` spelled differently, a property moved into an `allOf` parent, a
reworded description — none of it is reported unless the generated SDK changes.

Matching
--------
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

Classification (direction: in a request users send the value, in a response they receive it)
-----------------------------------------------------------------------------------------------
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

Report
------
Entries are grouped (operations, parameters, request body fields, responses, models and fields,
enums), each with its kind (`field-required`, `enum-value-added`...), breaking or compatible, the
SDK subject (`resource.method(arg=)`, `Model.attribute`), the JSON pointer, and for models and
enums the direction and the operations reaching them; then counts by kind and the bump. Text,
markdown (PR comments; spec text escaped) or JSON.

Semver
------
The implied bump: breaking → major; otherwise any change → minor; no SDK-visible change → patch.
Before 1.0 (`0.y.z`) the API is not stable and nothing bumps the major: breaking → minor,
anything else → patch. `bump_version` drops pre-release and local suffixes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypeAlias

from generator import pipeline
from generator.config import CONFIG_FILE_NAME
from generator.errors import SdkgenError
from generator.escaping import md_code, md_text
from generator.ir import model as ir
from generator.sdk.codec import annotation

EXIT_BREAKING = 1
"""Exit status of `sdkgen diff --fail-on-breaking` when something breaks."""

Direction = Literal["request", "response"]
Rel = Literal["same", "wider", "narrower", "changed"]
Bump = Literal["major", "minor", "patch"]
Group = Literal["operations", "parameters", "request body", "responses", "models", "enums"]
Format = Literal["text", "markdown", "json"]

GROUPS: tuple[Group, ...] = (
    "operations",
    "parameters",
    "request body",
    "responses",
    "models",
    "enums",
)
GROUP_TITLES: dict[Group, str] = {
    "operations": "Operations",
    "parameters": "Parameters",
    "request body": "Request body fields",
    "responses": "Responses",
    "models": "Models and fields",
    "enums": "Enums",
}
_REL_WORD: dict[Rel, str] = {"wider": "widened", "narrower": "narrowed", "changed": "changed"}
_MAX_OPERATIONS_SHOWN = 5


class DiffError(SdkgenError):
    """The diff cannot be computed as asked (e.g. an unknown operationId)."""


@dataclass(frozen=True)
class Change:
    """One SDK-visible change; `source` points into the new spec (into the old for removals)."""

    group: Group
    kind: str
    breaking: bool
    subject: str  # where users see it: `generation.create_generation(seed=)`, `Model.field`
    detail: str
    source: str
    direction: str = ""  # "request", "response", "request+response" or ""
    operations: tuple[str, ...] = ()  # SDK methods (resource.method) that reach the change

    def to_json(self) -> dict[str, object]:
        return {
            "group": self.group,
            "kind": self.kind,
            "breaking": self.breaking,
            "subject": self.subject,
            "detail": self.detail,
            "source": self.source,
            "direction": self.direction,
            "operations": list(self.operations),
        }


@dataclass(frozen=True)
class DiffReport:
    old_label: str
    new_label: str
    changes: tuple[Change, ...]
    version: str  # the version of the SDK generated from the old spec (see `diff_specs`)
    only_operations: tuple[str, ...] = ()
    operation_counts: tuple[int, int] = (0, 0)

    @property
    def breaking(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.breaking)

    @property
    def compatible(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if not c.breaking)

    @property
    def bump(self) -> Bump:
        return implied_bump(self.changes, self.version)

    @property
    def next_version(self) -> str:
        return bump_version(self.version, self.bump)

    def counts(self) -> dict[str, tuple[int, int]]:
        """kind → (breaking, compatible), by kind name."""
        breaking = Counter(c.kind for c in self.changes if c.breaking)
        compatible = Counter(c.kind for c in self.changes if not c.breaking)
        kinds = sorted(set(breaking) | set(compatible))
        return {k: (breaking[k], compatible[k]) for k in kinds}


# -- semver ------------------------------------------------------------------------------------

_RELEASE = re.compile(r"[0-9]+(\.[0-9]+)*")


def _release(version: str) -> tuple[int, int, int]:
    match = _RELEASE.match(version.strip().lstrip("vV"))
    if match is None:
        raise DiffError(f"version {version!r} does not start with a release number (1.2.3)")
    parts = [int(p) for p in match.group(0).split(".")][:3]
    parts += [0] * (3 - len(parts))
    return parts[0], parts[1], parts[2]


def implied_bump(changes: Iterable[Change], version: str) -> Bump:
    """The semver bump for `changes` made to an SDK at `version` (rules in the module doc)."""
    changes = list(changes)
    breaking = any(c.breaking for c in changes)
    if _release(version)[0] == 0:
        return "minor" if breaking else "patch"
    if breaking:
        return "major"
    return "minor" if changes else "patch"


def bump_version(version: str, bump: Bump) -> str:
    major, minor, patch = _release(version)
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def version_key(version: str) -> tuple[int, int, int]:
    """The release numbers of `version`, for ordering."""
    return _release(version)


# -- entry point -------------------------------------------------------------------------------


def diff_specs(
    old_spec: Path,
    new_spec: Path,
    *,
    lenient: bool = False,
    only_operations: Sequence[str] = (),
    new_config: Path | None = None,
) -> tuple[DiffReport, tuple[str, ...]]:
    """Build both specs and compare them; also returns the build warnings (prefixed old/new).

    The version the bump applies to is the one in the config beside the old spec when there is
    one (the released SDK the old spec produced), else the new spec's config version.
    """
    old_api, old_cfg, old_warnings = pipeline.build_api(old_spec, None, lenient)
    new_api, new_cfg, new_warnings = pipeline.build_api(new_spec, new_config, lenient)
    has_old_config = (old_spec.parent / CONFIG_FILE_NAME).is_file()
    version = old_cfg.version if has_old_config else new_cfg.version
    report = diff_apis(
        old_api, new_api, old_spec.name, new_spec.name, version, only_operations=only_operations
    )
    warnings = (
        *(f"old spec: {w}" for w in old_warnings),
        *(f"new spec: {w}" for w in new_warnings),
    )
    return report, warnings


def diff_apis(
    old: ir.Api,
    new: ir.Api,
    old_label: str = "old",
    new_label: str = "new",
    version: str = "0.1.0",
    *,
    only_operations: Sequence[str] = (),
) -> DiffReport:
    selected = tuple(dict.fromkeys(only_operations))
    if selected:
        known = {op.operation_id for api in (old, new) for op in api.operations}
        unknown = [op_id for op_id in selected if op_id not in known]
        if unknown:
            raise DiffError(f"unknown operationId(s) in neither spec: {', '.join(unknown)}")
    comparer = _Comparer(old, new, frozenset(selected))
    changes = comparer.run()
    counts = (len(comparer.old_ops), len(comparer.new_ops))
    return DiffReport(old_label, new_label, changes, version, selected, counts)


# -- comparison --------------------------------------------------------------------------------

PairKey: TypeAlias = "tuple[str, str, str, Direction]"  # (model|enum|alias, old, new, direction)


@dataclass(frozen=True)
class _Draft:
    group: Group
    kind: str
    breaking: bool
    subject: str
    detail: str
    source: str
    direction: str = ""


@dataclass(frozen=True)
class _Slot:
    """A parameter, a body field or a model field: anything with a name, a type and required."""

    key: tuple[str, str]
    name: str
    wire_name: str
    type: ir.TypeRef
    required: bool
    deprecated: bool
    source: str


@dataclass
class _OpInfo:
    label: str  # resource.method
    op: ir.Operation


def _operations(api: ir.Api, selected: frozenset[str]) -> dict[str, _OpInfo]:
    return {
        op.operation_id: _OpInfo(f"{resource.name}.{op.name}", op)
        for resource in api.resources
        for op in resource.operations
        if not selected or op.operation_id in selected
    }


def _split_null(type_ref: ir.TypeRef) -> tuple[bool, ir.TypeRef]:
    if isinstance(type_ref, ir.Nullable):
        return True, _split_null(type_ref.inner)[1]
    return False, type_ref


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


class _Comparer:
    def __init__(self, old: ir.Api, new: ir.Api, selected: frozenset[str]) -> None:
        self.old = old
        self.new = new
        self.old_ops = _operations(old, selected)
        self.new_ops = _operations(new, selected)
        self.drafts: list[tuple[_Draft, tuple[str, ...]]] = []  # operation-level, with labels
        self.pair_drafts: dict[PairKey, list[_Draft]] = {}
        self.enum_drafts: dict[tuple[str, str], list[_Draft]] = {}
        self.edges: dict[PairKey, dict[PairKey, None]] = {}
        self.direct: dict[str, dict[PairKey, None]] = {}
        self.alias_rel: dict[PairKey, Rel] = {}
        self.stack: list[PairKey] = []
        self.op_label = ""
        self._shape_memo: dict[tuple[str, str], bool] = {}

    # -- driver --------------------------------------------------------------------------------

    def run(self) -> tuple[Change, ...]:
        pairs = self._pair_operations()
        for old_info, new_info in pairs:
            self.op_label = new_info.label
            self.direct.setdefault(self.op_label, {})
            self._operation(old_info, new_info)
        return self._finish()

    def _pair_operations(self) -> list[tuple[_OpInfo, _OpInfo]]:
        pairs: list[tuple[_OpInfo, _OpInfo]] = []
        old_left = {k: v for k, v in self.old_ops.items() if k not in self.new_ops}
        new_left = {k: v for k, v in self.new_ops.items() if k not in self.old_ops}
        by_route = {(i.op.method, i.op.path): k for k, i in old_left.items()}
        routed: dict[str, str] = {}  # new operationId → old operationId
        for new_id, info in new_left.items():
            old_id = by_route.pop((info.op.method, info.op.path), None)
            if old_id is not None:
                routed[new_id] = old_id
        matched_old = set(routed.values())
        for op_id, info in self.new_ops.items():
            if op_id in self.old_ops:
                pairs.append((self.old_ops[op_id], info))
            elif op_id in routed:
                pairs.append((self.old_ops[routed[op_id]], info))
            else:
                self._emit(
                    "operations",
                    "operation-added",
                    False,
                    info.label,
                    f"new method ({info.op.method} {info.op.path})",
                    info.op.source,
                    labels=(info.label,),
                )
        for op_id, info in self.old_ops.items():
            if op_id not in self.new_ops and op_id not in matched_old:
                self._emit(
                    "operations",
                    "operation-removed",
                    True,
                    info.label,
                    f"method removed ({info.op.method} {info.op.path})",
                    info.op.source,
                    labels=(info.label,),
                )
        return pairs

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
        draft = _Draft(group, kind, breaking, subject, detail, source, direction)
        self.drafts.append((draft, (self.op_label,) if labels is None else labels))

    # -- operations ----------------------------------------------------------------------------

    def _operation(self, old_info: _OpInfo, new_info: _OpInfo) -> None:
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
            [_param_slot(p) for p in old.parameters],
            [_param_slot(p) for p in new.parameters],
            "request",
            "parameters",
            "parameter",
            lambda s: f"{label}({s.name}=)",
        )
        self._slots(
            _body_slots(old.body),
            _body_slots(new.body),
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
                self._same_shape(t, response.type) for t in old_typed
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
        old: list[_Slot],
        new: list[_Slot],
        direction: Direction,
        group: Group,
        what: str,
        subject: Callable[[_Slot], str],
        sink: list[_Draft] | None = None,
    ) -> None:
        def emit(kind: str, breaking: bool, slot: _Slot, detail: str, source: str) -> None:
            if sink is not None:
                sink.append(
                    _Draft(
                        group, f"{what}-{kind}", breaking, subject(slot), detail, source, direction
                    )
                )
            else:
                self._emit(group, f"{what}-{kind}", breaking, subject(slot), detail, source)

        partner: dict[tuple[str, str], _Slot] = {}  # old key → the new slot it became
        new_keys = {s.key for s in new}
        for slot in old:
            if slot.key in new_keys:
                partner[slot.key] = next(n for n in new if n.key == slot.key)
        # Same Python name, another wire name: the same argument/attribute for users.
        for slot in old:
            if slot.key in partner:
                continue
            same_name = [n for n in self._unpaired(new, partner) if n.name == slot.name]
            if len(same_name) == 1:
                partner[slot.key] = same_name[0]
        # A removed and an added slot at the same index, identical otherwise: a rename.
        for slot in old:
            if slot.key in partner:
                continue
            free = self._unpaired(new, partner)
            candidates = [n for n in free if self._same_slot(slot, n)]
            if len(candidates) != 1 or old.index(slot) != new.index(candidates[0]):
                continue
            rivals = [o for o in old if o.key not in partner and self._same_slot(o, candidates[0])]
            if rivals == [slot]:
                partner[slot.key] = candidates[0]
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
        for slot in self._unpaired(new, partner):
            breaking = direction == "request" and slot.required
            needs = "required" if slot.required else "optional"
            detail = f"new {needs} `{slot.name}: {_annotation(slot.type, direction)}`"
            emit("added", breaking, slot, detail, slot.source)

    @staticmethod
    def _unpaired(new: list[_Slot], partner: dict[tuple[str, str], _Slot]) -> list[_Slot]:
        taken = {s.key for s in partner.values()}
        return [n for n in new if n.key not in taken]

    def _same_slot(self, a: _Slot, b: _Slot) -> bool:
        return a.required == b.required and self._same_shape(a.type, b.type)

    def _slot_changes(
        self, old: _Slot, new: _Slot, direction: Direction
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
        old_null, old_core = _split_null(old)
        new_null, new_core = _split_null(new)
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
        core = _split_null(type_ref)[1]
        if isinstance(core, ir.AliasRef):
            return f" = {_annotation(self._alias_type(api, core), direction)}"
        return ""

    # -- types ---------------------------------------------------------------------------------

    def _rel(self, old: ir.TypeRef, new: ir.TypeRef, direction: Direction) -> Rel:
        old_null, old_core = _split_null(old)
        new_null, new_core = _split_null(new)
        rel = self._core_rel(old_core, new_core, direction)
        if old_null != new_null:
            rel = _join(rel, "wider" if new_null else "narrower")
        return rel

    def _core_rel(self, old: ir.TypeRef, new: ir.TypeRef, direction: Direction) -> Rel:
        if isinstance(old, ir.AliasRef) and isinstance(new, ir.AliasRef):
            return self._visit_alias(old.name, new.name, direction)
        if isinstance(old, ir.AliasRef):
            return self._core_rel(self._alias_type(self.old, old), new, direction)
        if isinstance(new, ir.AliasRef):
            return self._core_rel(old, self._alias_type(self.new, new), direction)
        if isinstance(old, ir.Nullable) or isinstance(new, ir.Nullable):
            return self._rel(old, new, direction)
        if isinstance(old, ir.UnionOf) or isinstance(new, ir.UnionOf):
            return self._union_rel(_variants(old), _variants(new), direction)
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
        return _scalar_rel(self._base_kind(self.old, old), self._base_kind(self.new, new), old, new)

    def _base_kind(self, api: ir.Api, type_ref: ir.TypeRef) -> tuple[str, frozenset[object]]:
        """(kind, allowed values) of scalars: values empty = every value of the kind."""
        if isinstance(type_ref, ir.Primitive):
            return type_ref.kind, frozenset()
        if isinstance(type_ref, ir.LiteralOf):
            return _value_kind(type_ref.value), frozenset({type_ref.value})
        if isinstance(type_ref, ir.EnumRef):
            enum = api.named(type_ref.name)
            if isinstance(enum, ir.Enum):
                return enum.value_kind, frozenset(m.value for m in enum.members)
        return "", frozenset()

    def _union_rel(
        self, old: Sequence[ir.TypeRef], new: Sequence[ir.TypeRef], direction: Direction
    ) -> Rel:
        """Variants pair by name, then by shape (models, enums: class names aside), then — for
        scalars and containers — by kind; a named variant left unpaired was removed or added."""
        pairs: list[tuple[ir.TypeRef, ir.TypeRef]] = []
        new_left = list(new)
        pending = list(old)
        matchers: tuple[Callable[[ir.TypeRef, ir.TypeRef], bool], ...] = (
            _same_name,
            self._same_shape,
            _same_unnamed_kind,
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
        rel: Rel = "same"
        for before, after in pairs:
            rel = _join(rel, self._rel(before, after, direction))
        if new_left:
            rel = _join(rel, "wider")
        if pending:
            rel = _join(rel, "narrower")
        return rel

    def _alias_type(self, api: ir.Api, ref: ir.AliasRef) -> ir.TypeRef:
        alias = api.named(ref.name)
        return alias.type if isinstance(alias, ir.Alias) else ir.Primitive("any")

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
                self._alias_type(self.old, ir.AliasRef(old_name)),
                self._alias_type(self.new, ir.AliasRef(new_name)),
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
        drafts: list[_Draft] = []
        self.pair_drafts[key] = drafts
        self.stack.append(key)
        try:
            self._slots(
                [_field_slot(f) for f in old_model.fields],
                [_field_slot(f) for f in new_model.fields],
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
                _Draft("models", kind, breaking, new_name, detail, new_model.source, direction)
            )

    def _visit_enum(self, old_name: str, new_name: str, direction: Direction) -> None:
        key: PairKey = ("enum", old_name, new_name, direction)
        if not self._enter(key) or (old_name, new_name) in self.enum_drafts:
            return
        old_enum, new_enum = self.old.named(old_name), self.new.named(new_name)
        if not isinstance(old_enum, ir.Enum) or not isinstance(new_enum, ir.Enum):
            return
        drafts: list[_Draft] = []
        self.enum_drafts[(old_name, new_name)] = drafts
        old_members = {m.value: m for m in old_enum.members}
        new_members = {m.value: m for m in new_enum.members}
        for value, member in new_members.items():
            before = old_members.get(value)
            subject = f"{new_name}.{member.name}"
            if before is None:
                detail = f"value {_show_value(value)} added"
                drafts.append(
                    _Draft("enums", "enum-value-added", False, subject, detail, new_enum.source)
                )
            elif before.name != member.name:
                detail = f"member `{before.name}` → `{member.name}` (value {_show_value(value)})"
                drafts.append(
                    _Draft("enums", "enum-member-renamed", True, subject, detail, new_enum.source)
                )
        for value, member in old_members.items():
            if value not in new_members:
                detail = f"value {_show_value(value)} removed"
                drafts.append(
                    _Draft(
                        "enums",
                        "enum-value-removed",
                        True,
                        f"{new_name}.{member.name}",
                        detail,
                        old_enum.source,
                    )
                )

    # -- structural equality (no side effects) ---------------------------------------------------

    def _same_shape(self, old: ir.TypeRef, new: ir.TypeRef) -> bool:
        return self._shape(old, new, set())

    def _shape(self, old: ir.TypeRef, new: ir.TypeRef, assumed: set[tuple[str, str]]) -> bool:
        if isinstance(old, ir.AliasRef):
            key = ("alias:" + old.name, _ref_name(new))
            if key in assumed:
                return True
            assumed.add(key)
            return self._shape(self._alias_type(self.old, old), new, assumed)
        if isinstance(new, ir.AliasRef):
            return self._shape(old, self._alias_type(self.new, new), assumed)
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
            return self._base_kind(self.old, old) == self._base_kind(self.new, new)
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


def _param_slot(p: ir.Parameter) -> _Slot:
    return _Slot(
        (p.location, p.wire_name), p.name, p.wire_name, p.type, p.required, p.deprecated, p.source
    )


def _field_slot(f: ir.Field) -> _Slot:
    return _Slot(
        ("field", f.wire_name), f.name, f.wire_name, f.type, f.required, f.deprecated, f.source
    )


def _body_slots(body: ir.RequestBody | None) -> list[_Slot]:
    """The keyword arguments a request body becomes: its fields, or one `body=`."""
    if body is None:
        return []
    if body.flattened:
        return [_field_slot(f) for f in body.fields]
    return [_Slot(("body", ""), "body", "", body.type, body.required, False, body.source)]


def _wire(slot: _Slot) -> str:
    where, name = slot.key
    return f"{where} {name}" if where not in ("field", "body") else name


def _variants(type_ref: ir.TypeRef) -> tuple[ir.TypeRef, ...]:
    return type_ref.variants if isinstance(type_ref, ir.UnionOf) else (type_ref,)


def _ref_name(type_ref: ir.TypeRef) -> str:
    if isinstance(type_ref, (ir.ModelRef, ir.EnumRef, ir.AliasRef)):
        return type_ref.name
    return repr(type_ref)


def _same_name(old: ir.TypeRef, new: ir.TypeRef) -> bool:
    return old == new


_SCALARS = (ir.Primitive, ir.LiteralOf, ir.EnumRef)
_NAMED = (ir.ModelRef, ir.EnumRef, ir.AliasRef)


def _same_kind(old: ir.TypeRef, new: ir.TypeRef) -> bool:
    """Both scalars, or the same constructor (nullability aside)."""
    old, new = _split_null(old)[1], _split_null(new)[1]
    if isinstance(old, _SCALARS) and isinstance(new, _SCALARS):
        return True
    return type(old) is type(new)


def _same_unnamed_kind(old: ir.TypeRef, new: ir.TypeRef) -> bool:
    named = isinstance(_split_null(old)[1], _NAMED) or isinstance(_split_null(new)[1], _NAMED)
    return not named and _same_kind(old, new)


def _value_kind(value: str | int | bool) -> str:
    if isinstance(value, bool):
        return "bool"
    return "int" if isinstance(value, int) else "str"


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


# -- rendering ---------------------------------------------------------------------------------


def _scope(report: DiffReport) -> str:
    old_count, new_count = report.operation_counts
    if report.only_operations:
        return f"operations {', '.join(report.only_operations)} ({old_count} → {new_count} present)"
    return f"all operations ({old_count} → {new_count})"


def _bump_line(report: DiffReport) -> str:
    why = {
        "major": "breaking changes",
        "minor": "breaking changes before 1.0" if report.breaking else "compatible changes",
        "patch": "no SDK-visible change" if not report.changes else "compatible changes before 1.0",
    }[report.bump]
    return f"{report.bump} ({report.version} → {report.next_version}; {why})"


def _shown_operations(ops: tuple[str, ...]) -> str:
    shown = ", ".join(ops[:_MAX_OPERATIONS_SHOWN])
    if len(ops) > _MAX_OPERATIONS_SHOWN:
        shown += f" and {len(ops) - _MAX_OPERATIONS_SHOWN} more"
    return shown


def _via(change: Change) -> str:
    if change.group not in ("models", "enums") or not change.operations:
        return ""
    return _shown_operations(change.operations)


def _grouped(report: DiffReport) -> Iterator[tuple[Group, list[Change], int]]:
    """(group, its changes, how many break) for each group that has changes, in report order."""
    for group in GROUPS:
        items = [c for c in report.changes if c.group == group]
        if items:
            yield group, items, sum(c.breaking for c in items)


def _where(change: Change) -> str:
    shown = change.direction and change.group in ("models", "enums")
    return f" ({change.direction})" if shown else ""


def render_text(report: DiffReport) -> str:
    lines = [
        f"SDK diff {report.old_label} → {report.new_label}",
        f"scope: {_scope(report)}",
    ]
    for group, items, broken in _grouped(report):
        lines += ["", f"{GROUP_TITLES[group]} ({len(items)}, {broken} breaking)"]
        for c in items:
            mark = "BREAKING  " if c.breaking else "compatible"
            lines.append(f"  {mark} {c.kind}: {c.subject}{_where(c)}: {c.detail}")
            lines.append(f"             at {c.source or '-'}")
            via = _via(c)
            if via:
                lines.append(f"             via {via}")
    if not report.changes:
        lines += ["", "No SDK-visible changes."]
    lines += ["", "Changes by kind (breaking / compatible):"]
    for kind, (broken, fine) in report.counts().items():
        lines.append(f"  {kind}: {broken} / {fine}")
    lines += [
        "",
        f"Total: {len(report.changes)} changes, {len(report.breaking)} breaking, "
        f"{len(report.compatible)} compatible",
        f"Implied version bump: {_bump_line(report)}",
    ]
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    return md_code(text, table=False)


def _md_detail(text: str) -> str:
    """Details hold `code` spans around spec-derived text; keep them, escape everything else."""
    return md_text(text)


def render_markdown(report: DiffReport) -> str:
    lines = [
        f"## SDK diff {_md(report.old_label)} → {_md(report.new_label)}",
        "",
        f"Scope: {md_text(_scope(report))}. "
        f"**{len(report.changes)} changes: {len(report.breaking)} breaking, "
        f"{len(report.compatible)} compatible.**",
    ]
    for group, items, broken in _grouped(report):
        lines += ["", f"### {GROUP_TITLES[group]} ({len(items)}, {broken} breaking)", ""]
        for c in items:
            mark = "**breaking**" if c.breaking else "compatible"
            detail = _md_detail(c.detail)
            line = f"- {mark} · {_md(c.kind)} · {_md(c.subject)}{_where(c)}: {detail}"
            line += f" · {_md(c.source)}" if c.source else ""
            via = _via(c)
            if via:
                line += f" · via {md_text(via)}"
            lines.append(line)
    if not report.changes:
        lines += ["", "No SDK-visible changes."]
    lines += ["", "| kind | breaking | compatible |", "| --- | ---: | ---: |"]
    for kind, (broken, fine) in report.counts().items():
        lines.append(f"| {_md(kind)} | {broken} | {fine} |")
    lines += ["", f"**Implied version bump: {md_text(_bump_line(report))}**"]
    return "\n".join(lines) + "\n"


def render_json(report: DiffReport) -> str:
    document = {
        "old": report.old_label,
        "new": report.new_label,
        "only_operations": list(report.only_operations),
        "operations": {"old": report.operation_counts[0], "new": report.operation_counts[1]},
        "changes": [c.to_json() for c in report.changes],
        "counts": {k: {"breaking": b, "compatible": c} for k, (b, c) in report.counts().items()},
        "breaking": len(report.breaking),
        "compatible": len(report.compatible),
        "version": report.version,
        "bump": report.bump,
        "next_version": report.next_version,
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


RENDERERS: dict[Format, Callable[[DiffReport], str]] = {
    "text": render_text,
    "markdown": render_markdown,
    "json": render_json,
}


def render(report: DiffReport, fmt: Format = "text") -> str:
    return RENDERERS[fmt](report)


def parse_operation_ids(text: str | None) -> tuple[str, ...]:
    """`--only-operations a,b , c` → ("a", "b", "c")."""
    if not text:
        return ()
    return tuple(part.strip() for part in text.split(",") if part.strip())


def main(args: argparse.Namespace) -> int:
    """`sdkgen diff` (arguments parsed by `generator.cli`): print the report, return the status."""
    report, warnings = diff_specs(
        args.old_spec,
        args.new_spec,
        lenient=args.lenient,
        only_operations=parse_operation_ids(args.only_operations),
    )
    for warning in warnings:
        print(f"sdkgen: warning: {warning}", file=sys.stderr)
    sys.stdout.write(render(report, args.format))
    return EXIT_BREAKING if args.fail_on_breaking and report.breaking else 0
