"""Measure 1: generation end to end, our generator against openapi-python-client 0.29.1.

Each repetition runs, in this order: our generator on an empty output directory (cold), our
generator again on the unchanged spec and output (re-run), then openapi-python-client (its own
venv, with its default ruff post-hooks on PATH). Every run is a fresh process; wall time, CPU time
and the peak RSS of its process tree are recorded and the medians reported. A failing run becomes
a "failed: <first error line>" row instead of stopping the bench.

Our generator runs as `python -m generator generate …` under `_stage_probe.py`, which adds light
timers around the pipeline stages and counts OpenAPI validation runs (installed lazily; the
overhead is a few function wrappers). So every timed run also tells where its time went, and the
re-run tells whether it validated again; files it rewrote are found by inode and mtime.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _common import (
    BENCH_DIR,
    CACHE,
    ROOT,
    ProcResult,
    Row,
    log,
    median,
    run_measured,
    shorten,
    spread,
)
from peers import OPENAPI_PYTHON_CLIENT, Peer

OUT = CACHE / "out"
PROBES = CACHE / "probe"
SLOW_RUN_S = 300.0
"""A cold run slower than this is not repeated (the median would cost too long to get)."""
# The copy vendored for the tests (tests/reference/), so a fresh clone has it.
UPSTREAM_SPEC = ROOT / "tests" / "reference" / "leonardo-openapi-upstream-2026-04.json"
PEER_NAME = "openapi-python-client 0.29.1"


@dataclass(frozen=True)
class SpecCase:
    key: str
    label: str
    path: Path
    time_limit: float | None  # largest ours/peer time ratio that meets the target
    time_target: str
    memory_target: bool  # "lower peak memory than the peer" is a target on this spec
    runs: int


@dataclass
class Series:
    runs: list[ProcResult] = field(default_factory=list)
    probes: list[dict[str, Any]] = field(default_factory=list)
    failure: str = ""

    def add(self, result: ProcResult, probe: dict[str, Any] | None = None) -> bool:
        if probe and probe.get("stages_s"):  # a failed run still timed the stages it got through
            self.probes.append({**probe, "ok": result.ok})
        if result.ok:
            self.runs.append(result)
            return True
        self.failure = shorten(result.first_error_line())
        return False

    @property
    def wall(self) -> list[float]:
        return [r.wall_s for r in self.runs]

    @property
    def rss_mb(self) -> list[float]:
        return [r.maxrss_kb / 1024 for r in self.runs]

    def median_wall(self) -> float | None:
        return median(self.wall) if self.runs and not self.failure else None

    def median_rss(self) -> float | None:
        return median(self.rss_mb) if self.runs and not self.failure else None

    def cpu(self) -> str:
        return f"{median([r.cpu_s for r in self.runs]):.2f}" if self.runs else ""

    def stage_medians(self) -> dict[str, Any]:
        """Median time of each stage over the runs (in the main process, and in processes it
        started, e.g. validation beside the build), and the validator counts of the worst run.
        Only runs that got through count; only when none did, the partial timings of the
        failed ones (the stages they completed)."""
        probes = [p for p in self.probes if p["ok"]] or self.probes
        if not probes:
            return {}

        def medians(key: str) -> dict[str, float]:
            names = sorted({s for p in probes for s in p.get(key, {})})
            return {
                s: median([float(p[key][s]) for p in probes if s in p.get(key, {})]) for s in names
            }

        result: dict[str, Any] = {
            "stages_s": medians("stages_s"),
            "parallel_s": medians("other_process_stages_s"),
            "total_s": median([float(p.get("total_s", 0.0)) for p in probes]),
            "validator_iter_errors": max(int(p.get("validator_iter_errors", 0)) for p in probes),
            "runs": len(probes),
        }
        if self.failure:
            result["failed"] = self.failure
        return result


def _some(names: list[str], limit: int = 3) -> str:
    if not names:
        return ""
    more = f" and {len(names) - limit} more" if len(names) > limit else ""
    return f"{len(names)}: " + ", ".join(names[:limit]) + more


def child_env(extra_path: Path | None = None) -> dict[str, str]:
    """Environment of every measured child: byte-code cached (in .cache, not in the tree), as
    after a normal pip install, so no run pays for compiling sources the previous one compiled."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(CACHE / "pycache")
    if extra_path is not None:
        env["PATH"] = f"{extra_path}{os.pathsep}{env.get('PATH', '')}"
    return env


def fresh_cache(name: str) -> Path:
    """An empty cache directory for our generator: a cold run must find nothing cached."""
    directory = CACHE / "sdkgen-cache" / name
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    return directory


def run_ours(
    spec: Path,
    out: Path,
    name: str,
    timeout_s: float,
    cache: Path,
    profile_stage: str = "",
) -> tuple[ProcResult, dict[str, Any]]:
    """One run of our generator (through the stage probe) with `cache` as its cache directory
    (validation results); the probe's JSON when it finished."""
    result_json = PROBES / f"{name}.json"
    result_json.parent.mkdir(parents=True, exist_ok=True)
    result_json.unlink(missing_ok=True)
    from peers import sdkgen_python

    command = [str(sdkgen_python()), str(BENCH_DIR / "_stage_probe.py"), str(result_json)]
    if profile_stage:
        for old in PROBES.glob(f"{name}.prof.*"):
            old.unlink()
        command += ["--cprofile", profile_stage, str(result_json.with_suffix(".prof"))]
    command += ["--", "generate", str(spec), "-o", str(out)]
    env = child_env()
    env["SDKGEN_CACHE_DIR"] = str(cache)
    env["XDG_CACHE_HOME"] = str(cache)
    done = run_measured(command, env=env, timeout_s=timeout_s)
    probe: dict[str, Any] = {}
    if result_json.is_file():
        probe = json.loads(result_json.read_text())
    if not done.ok:
        probe["error"] = shorten(done.first_error_line())
    return done, probe


def run_peer(peer: Peer, spec: Path, out: Path, timeout_s: float) -> ProcResult:
    cli = peer.bin / "openapi-python-client"
    command = [str(cli), "generate", "--path", str(spec), "--output-path", str(out), "--overwrite"]
    return run_measured(command, env=child_env(peer.bin), timeout_s=timeout_s)


Snapshot = dict[str, tuple[int, int, str]]


def snapshot(root: Path) -> Snapshot:
    """inode, mtime and content hash of every file under `root`."""
    result: Snapshot = {}
    for path in root.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            stat = path.stat()
            digest = hashlib.sha1(path.read_bytes(), usedforsecurity=False).hexdigest()
            result[path.relative_to(root).as_posix()] = (stat.st_ino, stat.st_mtime_ns, digest)
    return result


def rewritten(before: Snapshot, after: Snapshot) -> tuple[list[str], list[str]]:
    """(files written again with the same bytes, files whose bytes changed or that appeared or
    went away). Only the first break "rewrite no unchanged file"; the second mean the output
    changed between two runs on the same spec (nondeterminism, or inputs edited meanwhile)."""
    same_bytes, changed = [], []
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name), after.get(name)
        if old is None or new is None or old[2] != new[2]:
            changed.append(name)
        elif old[:2] != new[:2]:
            same_bytes.append(name)
    return same_bytes, changed


def count_files(root: Path) -> int:
    return sum(1 for p in root.rglob("*") if p.is_file()) if root.is_dir() else 0


def warm_up(peer: Peer, spec: Path) -> None:
    """Compile byte-code of both tools once (into the pycache prefix), untimed."""
    out = OUT / "warm-up"
    shutil.rmtree(out, ignore_errors=True)
    run_ours(spec, out / "ours", "warm-up", 600, fresh_cache("warm-up"))
    run_peer(peer, spec, out / "peer", 600)
    shutil.rmtree(out, ignore_errors=True)


def measure_spec(case: SpecCase, peer: Peer, timeout_s: float) -> tuple[list[Row], dict[str, Any]]:
    ours_out = OUT / f"ours-{case.key}"
    peer_out = OUT / f"peer-{case.key}"
    cold, rerun, theirs = Series(), Series(), Series()
    rewrites: list[list[str]] = []
    changed: list[list[str]] = []
    peer_files = 0
    planned, index = case.runs, 0
    while index < planned:
        log(f"bench: generate {case.label}: run {index + 1}/{planned}")
        if not cold.failure:
            shutil.rmtree(ours_out, ignore_errors=True)
            cache = fresh_cache(case.key)
            name = f"{case.key}-cold-{index}"
            if cold.add(*run_ours(case.path, ours_out, name, timeout_s, cache)):
                before = snapshot(ours_out)
                name = f"{case.key}-rerun-{index}"
                if rerun.add(*run_ours(case.path, ours_out, name, timeout_s, cache)):
                    same_bytes, different = rewritten(before, snapshot(ours_out))
                    rewrites.append(same_bytes)
                    changed.append(different)
        if not theirs.failure and theirs.add(run_peer(peer, case.path, peer_out, timeout_s)):
            peer_files = count_files(peer_out)
        index += 1
        if index == 1 and cold.runs and cold.runs[0].wall_s > SLOW_RUN_S and planned > 1:
            log(f"bench: a cold run took {cold.runs[0].wall_s:.0f} s: not repeated")
            planned = 1
    ours_files = count_files(ours_out)
    label = case.label
    rows = [
        Row(
            "generation",
            f"generate {label}: time (cold, incl. validation)",
            cold.median_wall(),
            theirs.median_wall(),
            "s",
            PEER_NAME,
            case.time_target,
            case.time_limit,
            failure=cold.failure,
            peer_failure=theirs.failure,
            runs=len(cold.runs),
            detail={
                "ours runs (s)": spread(cold.wall),
                "peer runs (s)": spread(theirs.wall),
                "ours CPU (s)": cold.cpu(),
                "peer CPU (s)": theirs.cpu(),
                "files written (ours/peer)": f"{ours_files}/{peer_files}",
                "ours runs that succeeded before the failure (s)": (
                    spread(cold.wall) if cold.failure else ""
                ),
            },
        ),
        Row(
            "generation",
            f"generate {label}: peak RSS (process tree)",
            cold.median_rss(),
            theirs.median_rss(),
            "MB",
            PEER_NAME,
            "< peer" if case.memory_target else "— (informative)",
            1.0 if case.memory_target else None,
            strict=True,
            failure=cold.failure,
            peer_failure=theirs.failure,
            runs=len(cold.runs),
        ),
    ]
    rerun_failure = cold.failure or rerun.failure
    rows.append(
        Row(
            "generation",
            f"re-run {label}, unchanged spec: time (peer: its regeneration)",
            rerun.median_wall(),
            theirs.median_wall(),
            "s",
            PEER_NAME,
            "— (informative)",
            None,
            failure=rerun_failure,
            peer_failure=theirs.failure,
            runs=len(rerun.runs),
            detail={"ours runs (s)": spread(rerun.wall), "ours CPU (s)": rerun.cpu()},
        )
    )
    if rerun_failure:
        for measure in ("unchanged files rewritten", "OpenAPI validations run again"):
            rows.append(
                Row(
                    "generation",
                    f"re-run {label}: {measure}",
                    None,
                    None,
                    "count",
                    "",
                    "0",
                    None,
                    failure=rerun_failure,
                )
            )
    else:
        worst_run = max(rewrites, key=len) if rewrites else []
        worst = len(worst_run)
        changed_run = max(changed, key=len) if changed else []
        rows.append(
            Row(
                "generation",
                f"re-run {label}: unchanged files rewritten",
                float(worst),
                float(peer_files) if peer_files else None,
                "count",
                PEER_NAME + " (rewrites all)",
                "0",
                None,
                runs=len(rewrites),
                verdict_override="met" if worst == 0 else "unmet",
                detail={
                    "rewritten with the same bytes": _some(worst_run),
                    "bytes changed between the two runs (not counted)": _some(changed_run),
                },
            )
        )
        validations = rerun.stage_medians().get("validator_iter_errors")
        rows.append(
            Row(
                "generation",
                f"re-run {label}: OpenAPI validations run again",
                float(validations) if isinstance(validations, int) else None,
                None,
                "count",
                "",
                "0",
                None,
                runs=len(rerun.probes),
                verdict_override="met" if validations == 0 else "unmet",
            )
        )
    extra = {
        "cold": cold.stage_medians() or {"error": cold.failure},
        "rerun": rerun.stage_medians() or {"error": rerun_failure},
    }
    return rows, extra


def spec_cases(github_spec: Path | None, runs: int, runs_large: int) -> list[SpecCase]:
    small = ROOT / "spec" / "leonardo-generation.yaml"
    cases = [
        SpecCase("small", "leonardo-generation.yaml", small, 1 / 4, "≤ 1/4 of peer", False, runs),
        SpecCase(
            "upstream",
            "Leonardo upstream 2026-04 (full)",
            UPSTREAM_SPEC,
            None,
            "— (informative)",
            False,
            runs,
        ),
    ]
    if github_spec is not None:
        cases.append(
            SpecCase(
                "github",
                "GitHub REST (api.github.com)",
                github_spec,
                1 / 3,
                "≤ 1/3 of peer",
                True,
                runs_large,
            )
        )
    return cases


def run(
    github_spec: Path | None, runs: int, runs_large: int, timeout_s: float, only: set[str] | None
) -> tuple[list[Row], dict[str, Any]]:
    from peers import ensure

    peer = ensure(OPENAPI_PYTHON_CLIENT)
    cases = [c for c in spec_cases(github_spec, runs, runs_large) if only is None or c.key in only]
    warm_up(peer, ROOT / "spec" / "leonardo-generation.yaml")
    rows: list[Row] = []
    extras: dict[str, Any] = {}
    for case in cases:
        if not case.path.is_file():
            missing = f"spec not found: {case.path}"
            rows.append(
                Row("generation", case.label, None, None, "s", "", "", None, failure=missing)
            )
            continue
        case_rows, extras[case.key] = measure_spec(case, peer, timeout_s)
        rows += case_rows
    return rows, extras
