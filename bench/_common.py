"""Shared pieces of the benchmarks: paths, running a child process with its resource usage, medians,
and the result rows that `run.py` prints and `report.py` writes into docs/performance.md."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "bench"
CACHE = ROOT / ".cache" / "bench"
MAIN_PYTHON = Path(sys.executable)


@dataclass(frozen=True)
class ProcResult:
    """One finished child process: exit code, wall time, CPU time and the peak RSS of its tree."""

    returncode: int
    wall_s: float
    cpu_s: float
    maxrss_kb: int
    stdout: str
    stderr: str
    timed_out: bool = False

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out

    def first_error_line(self) -> str:
        if self.timed_out:
            return f"timed out after {self.wall_s:.0f} s"
        for text in (self.stderr, self.stdout):
            lines = [line.strip() for line in text.splitlines() if line.strip()]
            if lines and lines[0].startswith("Traceback"):
                return f"uncaught {lines[-1]}"  # the exception, not the traceback's header
            if lines:
                return lines[0]
        return f"exit code {self.returncode}"


def run_measured(
    command: Sequence[str | os.PathLike[str]],
    *,
    cwd: Path = ROOT,
    env: Mapping[str, str] | None = None,
    timeout_s: float = 1800.0,
) -> ProcResult:
    """Run `command`, returning wall time, user+system CPU and the peak RSS of the process tree.

    `os.wait4` returns the child's own usage merged with that of every descendant it waited for
    (Linux RUSAGE_BOTH): `ru_maxrss` is the largest resident set of any one process in the tree
    (e.g. the generator or the `ruff` it runs), not a sum of processes alive at the same time.
    """
    out_path = CACHE / "tmp" / f"proc-{os.getpid()}.out"
    err_path = out_path.with_suffix(".err")
    out_path.parent.mkdir(parents=True, exist_ok=True)
    # Start every measured run with the disk's write-back queue empty: generators create
    # thousands of files, and on this VM the previous run's writes (and the removal of its output)
    # still being flushed slowed the next run's file creation several-fold, whichever ran next.
    os.sync()
    with out_path.open("wb") as out, err_path.open("wb") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(
            [os.fspath(c) for c in command],
            cwd=cwd,
            env=dict(env) if env is not None else None,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            start_new_session=True,
        )
        timed_out = False
        deadline = started + timeout_s
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid == proc.pid:
                break
            if time.perf_counter() > deadline:
                os.killpg(proc.pid, 9)
                timed_out = True
                _, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.002)
        wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped by wait4, not by Popen
    return ProcResult(
        returncode=proc.returncode,
        wall_s=wall,
        cpu_s=usage.ru_utime + usage.ru_stime,
        maxrss_kb=usage.ru_maxrss,
        stdout=out_path.read_text(encoding="utf-8", errors="replace"),
        stderr=err_path.read_text(encoding="utf-8", errors="replace"),
        timed_out=timed_out,
    )


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def spread(values: Sequence[float]) -> str:
    """min–max of the runs, for the detail table."""
    if not values:
        return ""
    return f"{min(values):.3g}–{max(values):.3g}"


@dataclass
class Row:
    """One measure: our figure against the peer's, with the target it is judged by.

    `ratio` is ours / peer (lower is better for time and memory). `limit` is the largest ratio that
    meets the target; None for rows that are only informative. `failure` replaces our figure when
    our side could not be measured (e.g. the generator failed on a spec).
    """

    section: str
    measure: str
    ours: float | None
    peer: float | None
    unit: str
    peer_name: str
    target: str
    limit: float | None
    failure: str = ""
    peer_failure: str = ""
    runs: int = 0
    detail: dict[str, str] = field(default_factory=dict)
    verdict_override: str = ""
    strict: bool = False  # the target is "lower than" (ratio < limit) rather than "at most"

    @property
    def ratio(self) -> float | None:
        if self.ours is None or self.peer is None or self.peer == 0:
            return None
        return self.ours / self.peer

    @property
    def verdict(self) -> str:
        if self.verdict_override:
            return self.verdict_override
        if self.failure:
            informative = self.limit is None and self.target.startswith("—")
            return "failed" if informative else "unmet (failed)"
        if self.limit is None:
            return "—"
        ratio = self.ratio
        if ratio is None:
            return "n/a"
        met = ratio < self.limit if self.strict else ratio <= self.limit
        return "met" if met else "unmet"

    def ours_text(self) -> str:
        if self.failure:
            return f"failed: {self.failure}"
        return format_value(self.ours, self.unit)

    def peer_text(self) -> str:
        if self.peer_failure:
            return f"failed: {self.peer_failure}"
        return format_value(self.peer, self.unit)

    def ratio_text(self) -> str:
        ratio = self.ratio
        return "—" if ratio is None else f"{ratio:.2f}×"


def format_value(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value:.2f} s" if value >= 1 else f"{value * 1e3:.0f} ms"
    if unit == "ms":
        return f"{value:.2f} ms" if value < 10 else f"{value:.0f} ms"
    if unit == "us":
        return f"{value:.0f} µs" if value < 10_000 else f"{value / 1e3:.1f} ms"
    if unit == "MB":
        return f"{value:.1f} MB"
    if unit == "count":
        return f"{value:.0f}"
    return f"{value:.3g} {unit}"


def shorten(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def log(message: str) -> None:
    """Progress goes to stderr; the result lines go to stdout."""
    print(message, file=sys.stderr, flush=True)
