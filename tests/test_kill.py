"""All or nothing, even when killed: real `sdkgen generate` runs on an existing output, killed
with SIGKILL or SIGTERM at random moments, leave the complete old tree or the complete new one
(byte for byte, modes included), no process, and (after SIGTERM, or after the next run) no work
directory; the next run recovers by itself, says so, and ends with the new tree.

The fast campaign (regular suite) regenerates a 20-operation slice of GitHub's spec, half the time
with the docs and validation forked; the large one (`make test-kill`, part of `make test-large`)
GitHub's whole spec (or `SDKGEN_KILL_SPEC`), `SDKGEN_KILL_POINTS` kills (default 50), every
other run with every fork forced as well. The "new" tree differs from the old
in most files: every description of the spec is changed (tests/kill_support.py has the machinery).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from .kill_support import REPO, Campaign

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="counts a run's processes in /proc (Linux)"
)

SLICE = REPO / "tests" / "specs" / "operations" / "github_slice.json"
GITHUB = REPO / ".cache" / "github-openapi" / "23.0.2" / "api.github.com.json"


def revised(node: Any) -> Any:
    """`node` with " (revised)" appended to every description: most generated files change."""
    if isinstance(node, dict):
        changed = {
            k: v + " (revised)"
            for k, v in node.items()
            if k == "description" and isinstance(v, str)
        }
        return {key: changed.get(key, revised(value)) for key, value in node.items()}
    if isinstance(node, list):
        return [revised(item) for item in node]
    return node


def spec_pair(original: Path, work: Path) -> tuple[Path, Path]:
    variant = work / "revised.json"
    variant.write_text(json.dumps(revised(json.loads(original.read_text()))), encoding="utf-8")
    return original, variant


def campaign(original: Path, tmp_path: Path, seed: int, fork_every: int) -> Campaign:
    specs = spec_pair(original, tmp_path)
    return Campaign(
        specs,
        tmp_path / "parent" / "out",
        tmp_path,
        seed,
        fork=lambda index: fork_every > 0 and index % fork_every == 0,
    )


def test_killed_regenerations_leave_the_old_or_the_new_tree(tmp_path: Path) -> None:
    run = campaign(SLICE, tmp_path, seed=int.from_bytes(os.urandom(4), "big"), fork_every=2)
    (tmp_path / "parent").mkdir()
    try:
        log = run.run(kills=12)
    finally:
        run.close()
    print(f"seed {run.seed}:", *log, sep="\n  ")


@pytest.mark.large
def test_killed_github_regenerations_leave_the_old_or_the_new_tree(tmp_path: Path) -> None:
    spec = Path(os.environ.get("SDKGEN_KILL_SPEC", GITHUB))
    if not spec.is_file():
        pytest.fail(f"{spec} is missing: run `make github-spec` (make test-kill does)")
    kills = int(os.environ.get("SDKGEN_KILL_POINTS", "50"))
    seed = int(os.environ.get("SDKGEN_KILL_SEED", int.from_bytes(os.urandom(4), "big")))
    run = campaign(spec, tmp_path, seed=seed, fork_every=2)
    (tmp_path / "parent").mkdir()
    try:
        log = run.run(kills=kills)
    finally:
        run.close()
    print(f"{spec.name}, seed {seed}, {kills} kills:", *log, sep="\n  ")
