"""The SDK's changelog (`CHANGELOG.md` beside its config): the markdown entry of one release,
and adding it first among the entries (an entry of the same version rewritten in place)."""

from __future__ import annotations

import re

from generator.changes.change import Change
from generator.changes.report import DiffReport
from generator.escaping import md_code, md_text

CHANGELOG_HEADER = (
    "# Changelog\n\n"
    "Changes to this SDK, newest first. Entries are written by `sdkgen release` from the diff of\n"
    "the OpenAPI spec (breaking or compatible for code using the SDK).\n"
)

_ENTRY_HEADING = re.compile(r"^## (?P<version>\S+) \((?P<date>\d{4}-\d{2}-\d{2})\)\s*$")


def render_entry(report: DiffReport, version: str, date: str) -> str:
    """The markdown changelog section of one release."""
    lines = [f"## {version} ({date})", ""]
    if not report.changes:
        lines += ["No SDK-visible changes (the spec changed in ways the SDK does not show).", ""]
        return "\n".join(lines)
    lines += [
        f"{_count(len(report.breaking), 'breaking change')}, "
        f"{_count(len(report.compatible), 'compatible change')} "
        f"({report.bump} bump from {report.version}).",
        "",
    ]
    for title, changes in (
        ("Breaking changes", report.breaking),
        ("Other changes", report.compatible),
    ):
        if not changes:
            continue
        lines += [f"### {title}", ""]
        lines += [_entry_line(c) for c in changes]
        lines.append("")
    return "\n".join(lines)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _entry_line(change: Change) -> str:
    where = (
        f" ({change.direction})" if change.direction and change.group in ("models", "enums") else ""
    )
    return (
        f"- {md_code(change.subject, table=False)}{where}: {md_text(change.detail)} "
        f"({md_code(change.kind, table=False)})"
    )


def add_entry(changelog: str | None, entry: str) -> str:
    """`changelog` with `entry` first among the entries; an entry of the same version is
    replaced, keeping its date."""
    text = changelog if changelog and changelog.strip() else CHANGELOG_HEADER
    if not text.endswith("\n"):
        text += "\n"
    heading = _ENTRY_HEADING.match(entry.splitlines()[0])
    assert heading is not None
    lines = text.splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if _ENTRY_HEADING.match(line.rstrip("\n"))]
    for position, start in enumerate(starts):
        existing = _ENTRY_HEADING.match(lines[start].rstrip("\n"))
        assert existing is not None
        if existing.group("version") != heading.group("version"):
            continue
        end = starts[position + 1] if position + 1 < len(starts) else len(lines)
        kept = entry.replace(f"({heading.group('date')})", f"({existing.group('date')})", 1)
        return "".join(lines[:start]) + _block(kept) + "".join(lines[end:])
    at = starts[0] if starts else len(lines)
    head = "".join(lines[:at])
    if not head.endswith("\n\n"):
        head = head.rstrip("\n") + "\n\n"
    return head + _block(entry) + "".join(lines[at:])


def _block(entry: str) -> str:
    return entry.rstrip("\n") + "\n\n"
