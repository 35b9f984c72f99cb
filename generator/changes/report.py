"""The diff report: the changes with their bump, and its three formats.

Entries are grouped (operations, parameters, request body fields, responses, models and fields,
enums), each with its kind (`field-required`, `enum-value-added`...), breaking or compatible, the
SDK subject (`resource.method(arg=)`, `Model.attribute`), the JSON pointer, and for models and
enums the direction and the operations reaching them; then counts by kind and the bump. Text,
markdown (PR comments; spec text escaped) or JSON.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal

from generator.changes.change import GROUP_TITLES, GROUPS, Change, Group
from generator.changes.semver import Bump, bump_version, implied_bump
from generator.escaping import md_code, md_text

Format = Literal["text", "markdown", "json"]

_MAX_OPERATIONS_SHOWN = 5


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
