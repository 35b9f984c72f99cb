"""Measure 3: a cProfile of the slowest stage of our generator on the largest spec that generates.

The stage breakdown comes from the untimed probe run of `generation.py` (light timers, no
profiler); then one more probe run records that stage, and only that stage, with cProfile. The
summary keeps the functions with the most own time and the most cumulative time, with their share
of the stage.
"""

from __future__ import annotations

import pstats
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _common import ROOT, log
from generation import OUT, PROBES, fresh_cache, run_ours


@dataclass
class ProfileSummary:
    spec_label: str
    stage: str
    stage_s: float
    stages_s: dict[str, float]
    total_s: float
    top_own: list[tuple[str, int, float, float]] = field(default_factory=list)
    top_cumulative: list[tuple[str, int, float, float]] = field(default_factory=list)
    profile_file: str = ""
    profiled_s: float = 0.0  # the stage's time under cProfile (slower than stage_s)
    run_failed: str = ""  # the generator failed later in this run (after the profiled stage)
    error: str = ""


def _where(filename: str, line: int, name: str) -> str:
    if filename == "~":
        return name
    path = Path(filename)
    if "site-packages/" in filename:
        text = filename.split("site-packages/", 1)[1]
    elif path.is_absolute() and path.resolve().is_relative_to(ROOT):
        text = str(path.resolve().relative_to(ROOT))
    else:
        text = path.name  # the standard library, frozen modules
    return f"{text}:{line}({name})"


def summarise(prof_file: Path, limit: int = 15) -> tuple[float, list[Any], list[Any]]:
    """(profiled stage total, top by own time, top by cumulative time) of one cProfile dump.

    Only the stage was recorded, so its functions are the roots of the call graph: their
    cumulative times add up to the stage (under the profiler's overhead); shares are taken of
    that. (Recursive calls, e.g. `str.join` inside Jinja's output, can show a cumulative time
    close to the whole.)"""
    stats = pstats.Stats(str(prof_file))
    entries = stats.stats  # type: ignore[attr-defined]
    rows: list[tuple[str, int, float, float]] = []
    roots = 0.0  # the stage functions themselves: called from outside the recorded code
    for (filename, line, name), (_cc, ncalls, tottime, cumtime, callers) in entries.items():
        rows.append((_where(filename, line, name), ncalls, tottime, cumtime))
        if not callers:
            roots += cumtime
    total = roots or max((r[3] for r in rows), default=0.0)
    own = sorted(rows, key=lambda r: r[2], reverse=True)[:limit]
    cumulative = sorted(rows, key=lambda r: r[3], reverse=True)[:limit]
    return total, own, cumulative


def profile_stage(
    key: str,
    label: str,
    spec: Path,
    slowest: str,
    stages_s: dict[str, float],
    cold: dict[str, Any],
    timeout_s: float,
) -> tuple[ProfileSummary, bool]:
    """One cold run with cProfile on `slowest` (whichever process runs it); (summary, run ok)."""
    stage = slowest.removesuffix(" (parallel)")
    log(f"bench: profiling stage {stage!r} on {label}")
    out = OUT / f"profile-{key}"
    shutil.rmtree(out, ignore_errors=True)
    name = f"{key}-profile-{stage.replace(':', '-')}"
    cache = fresh_cache(f"{key}-profile")  # profile a cold run, as timed
    done, _ = run_ours(spec, out, name, timeout_s, cache, profile_stage=stage)
    shutil.rmtree(out, ignore_errors=True)
    dumps = sorted(PROBES.glob(f"{name}.prof.*"))
    summary = ProfileSummary(label, slowest, stages_s[slowest], stages_s, float(cold["total_s"]))
    summary.run_failed = str(cold.get("failed", ""))
    if dumps:
        merged = PROBES / f"{name}.prof"
        pstats.Stats(*[str(d) for d in dumps]).dump_stats(str(merged))
        summary.profiled_s, summary.top_own, summary.top_cumulative = summarise(merged)
        summary.profile_file = str(merged.relative_to(ROOT))
    elif not done.ok:
        summary.error = done.first_error_line()
    return summary, done.ok


def run(
    candidates: list[tuple[str, str, Path, dict[str, Any]]], timeout_s: float
) -> list[ProfileSummary]:
    """Profile the slowest stage of each candidate in turn — (key, label, spec, median stage
    times of its cold runs), largest spec first — until one whose run generated successfully.

    When the slowest stage runs in a parallel process (validation beside the build), the slowest
    stage of the main process is profiled too: both bound the wall time. A spec whose run failed
    is still profiled when its stages were timed up to the failure (the slowest of those stages
    is real work); the next spec is then profiled as well."""
    summaries: list[ProfileSummary] = []
    for key, label, spec, cold in candidates:
        stages = cold.get("stages_s")
        if not isinstance(stages, dict) or not stages:
            continue
        stages_s = {str(k): float(v) for k, v in stages.items()}
        for k, v in (cold.get("parallel_s") or {}).items():  # e.g. validation beside the build
            stages_s[f"{k} (parallel)"] = float(v)
        slowest = max(stages_s, key=lambda k: stages_s[k])
        targets = [slowest]
        if slowest.endswith(" (parallel)"):
            main = {k: v for k, v in stages_s.items() if "(parallel)" not in k and "wait" not in k}
            if main:
                targets.append(max(main, key=lambda k: main[k]))
        ok = False
        for target in targets:
            summary, ok = profile_stage(key, label, spec, target, stages_s, cold, timeout_s)
            summaries.append(summary)
        if ok:
            break
    return summaries
