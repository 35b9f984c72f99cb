"""`make bench`: measure the generator and the generated client against their peers.

Prints one line per measure (ours, the peer's figure, the ratio, the target) and writes the tables
into docs/performance.md. Peers live in their own pinned venvs under .cache/bench/venvs (created on
first use); GitHub's spec is fetched from npm into .cache/github-openapi. Figures are medians of
repeated runs, with every baseline measured in the same bench run. Nothing here asserts a time:
the verdicts are reported, never enforced.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import generation
import profiling
import report
import runtime
from _common import CACHE, ROOT, Row, log
from fetch_github_spec import PACKAGE, VERSION
from fetch_github_spec import fetch as fetch_github

PARTS = ("generation", "runtime", "profile")


def _git(*args: str) -> str:
    done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
    return done.stdout.strip()


def header(args: argparse.Namespace, started: datetime, seconds: float) -> list[str]:
    commit = _git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = (
        " (with uncommitted changes)"
        if _git("status", "--porcelain", "--untracked-files=no")
        else ""
    )
    command = "make bench" if os.environ.get("MAKELEVEL") else "python bench/run.py"
    extra = " ".join(shlex.quote(a) for a in sys.argv[1:])
    return [
        f"Measured {started:%Y-%m-%d %H:%M} UTC by `{command}{' ' + extra if extra else ''}` "
        f"in {seconds / 60:.1f} min, on commit {commit}{dirty}; "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}. "
        f"Medians of {args.runs} runs (GitHub's spec: {args.runs_large}); client per-call figures: "
        f"medians of {args.rounds} rounds; imports: {args.import_samples} fresh interpreters; "
        f"memory: {args.memory_samples} fresh processes. Peers: openapi-python-client 0.29.1, "
        f"Speakeasy leonardo-ai-sdk 7.0.0 (pinned in bench/requirements/); GitHub's spec: "
        f"{PACKAGE}@{VERSION}, generated/api.github.com.json. The machine is shared and noisy: "
        "compare ratios (baseline and ours alternate within one run), not absolute figures "
        "across runs.",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", action="append", choices=PARTS, help="run only this part")
    parser.add_argument("--specs", help="comma-separated subset of small,upstream,github")
    parser.add_argument("--runs", type=int, default=5, help="generation runs per small spec")
    parser.add_argument("--runs-large", type=int, default=3, help="generation runs on GitHub's")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds per generation run")
    parser.add_argument("--rounds", type=int, default=15, help="rounds per client call measure")
    parser.add_argument("--budget", type=float, default=0.2, help="seconds per round (baseline)")
    parser.add_argument("--import-samples", type=int, default=15)
    parser.add_argument("--memory-samples", type=int, default=5)
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs alone")
    args = parser.parse_args()
    parts = set(args.only or PARTS)
    only_specs = set(args.specs.split(",")) if args.specs else None

    started_at = datetime.now(timezone.utc)
    started = time.perf_counter()
    rows: list[Row] = []
    extras: dict[str, Any] = {}

    def emit(new_rows: list[Row]) -> None:
        for row in new_rows:
            print(report.line(row), flush=True)
        rows.extend(new_rows)

    github_spec: Path | None = None
    generation_extra: dict[str, Any] = {}
    if parts & {"generation", "profile"} and (only_specs is None or "github" in only_specs):
        try:
            github_spec = fetch_github()
        except (RuntimeError, OSError) as exc:
            emit(
                [
                    Row(
                        "generation",
                        "GitHub REST spec",
                        None,
                        None,
                        "s",
                        "",
                        "",
                        None,
                        failure=f"could not fetch {PACKAGE}@{VERSION}: {exc}",
                    )
                ]
            )
    if parts & {"generation", "profile"}:
        gen_rows, generation_extra = generation.run(
            github_spec, args.runs, args.runs_large, args.timeout, only_specs
        )
        if "generation" in parts:
            emit(gen_rows)
        extras["generation"] = generation_extra
    if "runtime" in parts:
        runtime_rows, extras["runtime"] = runtime.run(
            args.rounds, args.budget, args.import_samples, args.memory_samples
        )
        emit(runtime_rows)
    summaries: list[profiling.ProfileSummary] = []
    if "profile" in parts:
        order = [c for c in generation.spec_cases(github_spec, 1, 1) if c.key in generation_extra]
        candidates = [
            (c.key, c.label, c.path, generation_extra[c.key]["cold"])
            for c in reversed(order)  # the largest spec first
        ]
        summaries = profiling.run(candidates, args.timeout)
        for summary in summaries:
            print(
                f"profile: {summary.spec_label}: {summary.stage} "
                f"({summary.stage_s:.2f} s of {summary.total_s:.2f} s)",
                flush=True,
            )
    # The figures behind docs/performance.md; a --no-write run keeps its own file.
    raw = CACHE / ("results-no-write.json" if args.no_write else "results.json")
    raw.parent.mkdir(parents=True, exist_ok=True)
    raw.write_text(
        json.dumps(
            {"rows": [r.__dict__ | {"verdict": r.verdict} for r in rows], "extras": extras},
            indent=1,
            default=str,
        )
    )
    if not args.no_write:
        doc = report.write(
            rows,
            header(args, started_at, time.perf_counter() - started),
            generation_extra,
            summaries,
            extras.get("runtime") or {},
            [f"Raw figures of this run: `{raw.relative_to(ROOT)}`.", ""],
        )
        log(f"bench: wrote {doc.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
