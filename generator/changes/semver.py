"""Semver: the version bump a list of changes implies, and applying it.

The implied bump: breaking → major; otherwise any change → minor; no SDK-visible change → patch.
Before 1.0 (`0.y.z`) the API is not stable and nothing bumps the major: breaking → minor,
anything else → patch. `bump_version` drops pre-release and local suffixes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

from generator.changes.change import Change, DiffError

Bump = Literal["major", "minor", "patch"]

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
