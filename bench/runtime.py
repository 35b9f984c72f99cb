"""Measure 2: the generated client at run time, against raw httpx and Speakeasy's SDK.

Per-call figures come from `runtime_worker.py percall`, which times our client and raw httpx in
one process, alternating them round by round (the same for Speakeasy, in its own venv, against its
own raw baseline). Import + construct and peak memory use one fresh interpreter per sample.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _common import (
    BENCH_DIR,
    MAIN_PYTHON,
    Row,
    format_value,
    log,
    median,
    run_measured,
    shorten,
    spread,
)
from canned import IMAGES_PER_GENERATION, LIST_GENERATIONS, write_fixtures
from generation import child_env
from peers import SPEAKEASY, ensure

WORKER = BENCH_DIR / "runtime_worker.py"
SPEAKEASY_NAME = "Speakeasy leonardo-ai-sdk 7.0.0"


class WorkerError(RuntimeError):
    pass


def worker(python: Path, *args: str, timeout_s: float = 900) -> dict[str, Any]:
    done = run_measured([str(python), str(WORKER), *args], env=child_env(), timeout_s=timeout_s)
    if not done.ok:
        raise WorkerError(
            shorten(
                done.stderr.strip().splitlines()[-1]
                if done.stderr.strip()
                else done.first_error_line()
            )
        )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def per_call(fixtures: Path, rounds: int, budget: float) -> tuple[list[Row], dict[str, Any]]:
    speakeasy = ensure(SPEAKEASY)
    log("bench: runtime per call: ours vs raw httpx")
    ours = worker(
        MAIN_PYTHON,
        "percall",
        str(fixtures),
        "--targets",
        "raw,ours",
        "--rounds",
        str(rounds),
        "--budget",
        str(budget),
    )
    log("bench: runtime per call: Speakeasy vs raw httpx")
    peer_failure = ""
    theirs: dict[str, Any] = {}
    try:
        theirs = worker(
            speakeasy.python,
            "percall",
            str(fixtures),
            "--targets",
            "raw,speakeasy",
            "--rounds",
            str(rounds),
            "--budget",
            str(budget),
        )
    except WorkerError as exc:
        peer_failure = str(exc)
    rows: list[Row] = []
    labels = {
        "get": ("get_generation_by_id", 1.25),
        "create": ("create_generation (10 body fields)", 1.25),
        "list": (
            f"get_generations_by_user_id ({LIST_GENERATIONS:,} generations × "
            f"{IMAGES_PER_GENERATION} images, typed)",
            2.0,
        ),
    }
    for op, (label, limit) in labels.items():
        ours_s = ours["per_call_s"]["ours"][op]
        raw_s = ours["per_call_s"]["raw"][op]
        unit = "ms" if op == "list" else "us"
        scale = 1e3 if unit == "ms" else 1e6
        detail = {
            "calls per round": str(ours["calls_per_round"][op]),
            f"ours rounds ({unit})": spread([v * scale for v in ours_s]),
            f"raw rounds ({unit})": spread([v * scale for v in raw_s]),
        }
        speakeasy_median = None
        if theirs:
            sp = median(theirs["per_call_s"]["speakeasy"][op]) * scale
            sp_raw = median(theirs["per_call_s"]["raw"][op]) * scale
            speakeasy_median = sp
            detail["Speakeasy / its own raw baseline"] = (
                f"{format_value(sp, unit)} / {format_value(sp_raw, unit)} = {sp / sp_raw:.2f}×"
            )
        rows.append(
            Row(
                "runtime",
                f"{label}: per call",
                median(ours_s) * scale,
                median(raw_s) * scale,
                unit,
                "raw httpx + json.loads",
                f"≤ {limit:g}× raw",
                limit,
                runs=len(ours_s),
                detail=detail,
            )
        )
        rows.append(
            Row(
                "runtime",
                f"{label}: per call vs Speakeasy",
                median(ours_s) * scale,
                speakeasy_median,
                unit,
                SPEAKEASY_NAME,
                "— (informative)",
                None,
                peer_failure=peer_failure,
                runs=len(ours_s),
            )
        )
    return rows, {"ours": ours, "speakeasy": theirs, "speakeasy_failure": peer_failure}


def import_construct(samples: int) -> tuple[list[Row], dict[str, Any]]:
    speakeasy = ensure(SPEAKEASY)
    targets = {"httpx": MAIN_PYTHON, "ours": MAIN_PYTHON, "speakeasy": speakeasy.python}
    for target, python in targets.items():  # compile byte-code once, untimed
        worker(python, "import", "--target", target)
    times: dict[str, list[float]] = {t: [] for t in targets}
    log(f"bench: import + construct: {samples} fresh interpreters per target")
    failures: dict[str, str] = {}
    for _ in range(samples):
        for target, python in targets.items():  # interleaved
            if target in failures:
                continue
            try:
                times[target].append(worker(python, "import", "--target", target)["seconds"])
            except WorkerError as exc:
                failures[target] = str(exc)
    ms = {t: [v * 1e3 for v in vs] for t, vs in times.items()}
    ours = median(ms["ours"]) if ms["ours"] else None
    base = median(ms["httpx"]) if ms["httpx"] else None
    peer = median(ms["speakeasy"]) if ms["speakeasy"] else None
    rows = [
        Row(
            "runtime",
            "import + construct the client (fresh interpreter)",
            ours,
            base,
            "ms",
            "`import httpx`",
            "≤ 1.5× import httpx",
            1.5,
            failure=failures.get("ours", ""),
            runs=len(ms["ours"]),
            detail={"ours (ms)": spread(ms["ours"]), "import httpx (ms)": spread(ms["httpx"])},
        ),
        Row(
            "runtime",
            "import + construct vs Speakeasy",
            ours,
            peer,
            "ms",
            SPEAKEASY_NAME,
            "— (informative)",
            None,
            failure=failures.get("ours", ""),
            peer_failure=failures.get("speakeasy", ""),
            runs=len(ms["ours"]),
            detail={"Speakeasy (ms)": spread(ms["speakeasy"])},
        ),
    ]
    return rows, {"import_ms": ms}


def memory(fixtures: Path, samples: int) -> tuple[list[Row], dict[str, Any]]:
    speakeasy = ensure(SPEAKEASY)
    targets = {"raw": MAIN_PYTHON, "ours": MAIN_PYTHON, "speakeasy": speakeasy.python}
    results: dict[str, dict[str, list[dict[str, float]]]] = {}
    failures: dict[str, str] = {}
    log(f"bench: peak memory of the {LIST_GENERATIONS:,}-generation parse, {samples} processes")
    for mode in ("rss", "tracemalloc"):
        for _ in range(samples):
            for target, python in targets.items():
                if target in failures:
                    continue
                try:
                    sample = worker(
                        python, "memory", str(fixtures), "--target", target, "--mode", mode
                    )
                except WorkerError as exc:
                    failures[target] = str(exc)
                    continue
                results.setdefault(mode, {}).setdefault(target, []).append(sample)

    def peak(mode: str, target: str, key: str = "peak_kb") -> float | None:
        values = [s[key] / 1024 for s in results.get(mode, {}).get(target, [])]
        return median(values) if values else None

    detail = {
        f"{mode} {key} (MB) raw/ours/Speakeasy": " / ".join(
            "—" if (v := peak(mode, t, key)) is None else f"{v:.1f}"
            for t in ("raw", "ours", "speakeasy")
        )
        for mode in ("rss", "tracemalloc")
        for key in ("peak_kb", "retained_kb")
    }
    rows = [
        Row(
            "runtime",
            f"{LIST_GENERATIONS:,}-generation parse: peak RSS above baseline",
            peak("rss", "ours"),
            peak("rss", "speakeasy"),
            "MB",
            SPEAKEASY_NAME,
            "< Speakeasy",
            1.0,
            strict=True,
            failure=failures.get("ours", ""),
            peer_failure=failures.get("speakeasy", ""),
            runs=samples,
            detail=detail,
        ),
        Row(
            "runtime",
            f"{LIST_GENERATIONS:,}-generation parse: peak Python heap (tracemalloc)",
            peak("tracemalloc", "ours"),
            peak("tracemalloc", "speakeasy"),
            "MB",
            SPEAKEASY_NAME,
            "— (informative)",
            None,
            failure=failures.get("ours", ""),
            peer_failure=failures.get("speakeasy", ""),
            runs=samples,
        ),
    ]
    return rows, {"memory": results}


def client_profiles(fixtures: Path) -> tuple[list[Row], dict[str, Any]]:
    """cProfile of our client and of raw httpx on each call (evidence, no rows)."""
    log("bench: profiling the client calls")
    profiles: dict[str, dict[str, Any]] = {}
    for op, calls in (("get", 2000), ("create", 2000), ("list", 10)):
        for target in ("raw", "ours"):
            profiles.setdefault(op, {})[target] = worker(
                MAIN_PYTHON,
                "profile",
                str(fixtures),
                "--target",
                target,
                "--op",
                op,
                "--calls",
                str(calls),
            )
    return [], {"client_profiles": profiles}


def run(
    rounds: int, budget: float, import_samples: int, memory_samples: int
) -> tuple[list[Row], dict[str, Any]]:
    fixtures = write_fixtures()
    rows: list[Row] = []
    extras: dict[str, Any] = {}
    parts: list[Callable[[], tuple[list[Row], dict[str, Any]]]] = [
        lambda: per_call(fixtures, rounds, budget),
        lambda: import_construct(import_samples),
        lambda: memory(fixtures, memory_samples),
        lambda: client_profiles(fixtures),
    ]
    for part in parts:
        try:
            part_rows, part_extra = part()
        except WorkerError as exc:
            rows.append(
                Row("runtime", "client runtime", None, None, "", "", "", None, failure=str(exc))
            )
            continue
        rows += part_rows
        extras.update(part_extra)
    return rows, extras
