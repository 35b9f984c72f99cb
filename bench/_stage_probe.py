"""`python -m generator ARGS…` with light timers around each pipeline stage (no profiler).

Usage: python bench/_stage_probe.py OUT_JSON [--cprofile STAGE PROF_FILE] -- generate SPEC -o OUT

The generator runs exactly as `python -m generator` would (runpy, same argv); this wrapper adds
only a timer around each stage function and a counter on the spec validator, both installed
lazily (nothing is imported that the generator itself would not import). Every event is appended
to a log beside OUT_JSON, so work done in a forked process (validation beside the build) counts
too. OUT_JSON gets the exit code and, per stage, the exclusive wall time (a stage called from
inside another, e.g. format inside the staging of the write stage, is subtracted from the outer
one) spent in the main process and in other processes, plus how many times the spec validator
(`generator.spec.validate.iter_findings`: one call is one validation run, counted as one
construction and one iteration) ran — the evidence for "a re-run with an unchanged spec validates
nothing twice".
With `--cprofile`, that stage's calls (and only those) are recorded with cProfile, in whichever
process runs them, into PROF_FILE.<pid>.

Stages are found by name in the `generator` package, so the probe keeps working while the
pipeline is refactored; a stage whose function no longer exists is simply absent.
"""

from __future__ import annotations

import cProfile
import functools
import importlib.abc
import importlib.machinery
import json
import os
import runpy
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, NoReturn

# stage -> (module, attribute or Class.method) of the functions that make it up
STAGES: dict[str, list[tuple[str, str]]] = {
    "load": [("generator.spec.load", "load_spec")],
    "validate": [("generator.spec.validate", "validate_spec")],
    "validate:start": [("generator.spec.validate", "PendingValidation.__init__")],
    "validate:wait": [("generator.spec.validate", "PendingValidation.result")],
    "build": [("generator.ir.build", "build_api")],
    "render": [("generator.emit.code", "render_package"), ("generator.emit.docs", "render_docs")],
    "format": [("generator.output.format", "format_files")],
    "docs:wait": [("generator.output.fork", "ForkedCall.result")],
    "write:stage": [("generator.output.write", "stage_tree")],
    "write:sync": [("generator.output.write", "sync_tree")],
    "write:check": [("generator.output.write", "compare_staged")],
    "write:cleanup": [("generator.output.write", "Staging.remove")],
}
VALIDATOR_MODULE = "generator.spec.validate"
VALIDATOR_FUNCTION = "iter_findings"


class EventLog:
    """Append-only log shared by the main process and any process it forks."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.write_text("")

    def add(self, kind: str, name: str, value: float = 0.0) -> None:
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()}\t{kind}\t{name}\t{value!r}\n")

    def read(self) -> list[tuple[int, str, str, float]]:
        events = []
        for line in self.path.read_text(encoding="utf-8").splitlines():
            pid, kind, name, value = line.split("\t")
            events.append((int(pid), kind, name, float(value)))
        return events


class StageClock:
    def __init__(self, log: EventLog, profile_stage: str | None, prof_file: Path | None) -> None:
        self.log = log
        self._stack: list[list[float]] = []  # [start, time spent in nested stages]
        self.profile_stage = profile_stage
        self.prof_file = prof_file
        self._wrapped: dict[int, tuple[Any, Any]] = {}

    def wrap(self, stage: str, func: Callable[..., Any]) -> Callable[..., Any]:
        profiling = stage == self.profile_stage and self.prof_file is not None

        @functools.wraps(func)
        def timed(*args: Any, **kwargs: Any) -> Any:
            frame = [time.perf_counter(), 0.0]
            self._stack.append(frame)
            profiler = cProfile.Profile() if profiling else None
            if profiler is not None:
                profiler.enable()
            try:
                return func(*args, **kwargs)
            finally:
                if profiler is not None:
                    profiler.disable()
                    profiler.dump_stats(f"{self.prof_file}.{os.getpid()}.{time.monotonic_ns()}")
                self._stack.pop()
                total = time.perf_counter() - frame[0]
                self.log.add("stage", stage, total - frame[1])
                if self._stack:
                    self._stack[-1][1] += total

        return timed

    def register(self, module: ModuleType) -> None:
        """Wrap the stage functions that `module` (just executed) defines."""
        for stage, targets in STAGES.items():
            for module_name, attr in targets:
                if module_name != module.__name__:
                    continue
                owner: Any = module
                *classes, name = attr.split(".")
                for class_name in classes:
                    owner = getattr(owner, class_name, None)
                original = getattr(owner, name, None) if owner is not None else None
                if original is None:
                    continue
                wrapped = self.wrap(stage, original)
                setattr(owner, name, wrapped)
                if not classes:
                    self._wrapped[id(original)] = (original, wrapped)

    def fix_up(self) -> None:
        """Point every `from .x import f` reference in the package at the wrapped function."""
        for loaded in _generator_modules():
            for key, value in list(vars(loaded).items()):
                hit = self._wrapped.get(id(value))
                if hit is not None and hit[0] is value:
                    setattr(loaded, key, hit[1])


def _generator_modules() -> list[ModuleType]:
    return [
        m
        for name, m in list(sys.modules.items())
        if m is not None and (name == "generator" or name.startswith("generator."))
    ]


def count_validator(module: ModuleType, log: EventLog) -> None:
    """Count every validation run of the generator's own validator (one call of
    `iter_findings` per run, whether inline or in the forked process)."""
    original: Any = getattr(module, VALIDATOR_FUNCTION, None)
    if original is None:
        return

    @functools.wraps(original)
    def counting(*args: Any, **kwargs: Any) -> Any:
        log.add("validator", "constructed")
        log.add("validator", "iter_errors")
        return original(*args, **kwargs)

    setattr(module, VALIDATOR_FUNCTION, counting)


class PatchOnImport(importlib.abc.MetaPathFinder):
    """Calls `on_load(module)` right after a watched module executes (nothing is imported early)."""

    def __init__(
        self, on_load: Callable[[ModuleType], None], watched: Callable[[str], bool]
    ) -> None:
        self.on_load = on_load
        self.watched = watched

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if not self.watched(fullname):
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None and spec.loader is not None:
                loader: Any = spec.loader
                loader.exec_module = _then(loader.exec_module, self.on_load)
                return spec
        return None


def _then(
    exec_module: Callable[[ModuleType], None], on_load: Callable[[ModuleType], None]
) -> Callable[[ModuleType], None]:
    def exec_then_patch(module: ModuleType) -> None:
        exec_module(module)
        on_load(module)

    return exec_then_patch


def summarise(events: list[tuple[int, str, str, float]], main_pid: int) -> dict[str, Any]:
    stages: dict[str, float] = {}
    elsewhere: dict[str, float] = {}
    calls: dict[str, int] = {}
    validator = {"constructed": 0, "iter_errors": 0}
    for pid, kind, name, value in events:
        if kind == "stage":
            target = stages if pid == main_pid else elsewhere
            target[name] = target.get(name, 0.0) + value
            calls[name] = calls.get(name, 0) + 1
        elif kind == "validator":
            validator[name] = validator.get(name, 0) + 1
    return {
        "stages_s": stages,
        "other_process_stages_s": elsewhere,
        "stage_calls": calls,
        "validator_constructed": validator["constructed"],
        "validator_iter_errors": validator["iter_errors"],
    }


def main() -> int:
    argv = sys.argv[1:]
    out_json = Path(argv.pop(0))
    profile_stage: str | None = None
    prof_file: Path | None = None
    if argv and argv[0] == "--cprofile":
        profile_stage, prof_file = argv[1], Path(argv[2])
        argv = argv[3:]
    if argv and argv[0] == "--":
        argv = argv[1:]
    log = EventLog(out_json.with_suffix(".events"))
    clock = StageClock(log, profile_stage, prof_file)

    def watched(name: str) -> bool:
        return name in (VALIDATOR_MODULE, "generator") or name.startswith("generator.")

    def on_load(module: ModuleType) -> None:
        if module.__name__ == VALIDATOR_MODULE:
            count_validator(module, log)
        if module.__name__ == "generator" or module.__name__.startswith("generator."):
            clock.register(module)
            clock.fix_up()

    sys.meta_path.insert(0, PatchOnImport(on_load, watched))
    sys.argv = ["generator", *argv]
    main_pid = os.getpid()
    started = time.perf_counter()
    rc: int = 0
    error = ""

    def finish(returncode: int) -> None:
        total = time.perf_counter() - started
        result = {"returncode": returncode, "total_s": total, **summarise(log.read(), main_pid)}
        if error:
            result["error"] = error
        out_json.write_text(json.dumps(result, indent=2))

    # The generator leaves through os._exit (no interpreter teardown): record the run first.
    real_exit = os._exit

    def recording_exit(code: int) -> NoReturn:
        if os.getpid() == main_pid:
            finish(code)
        real_exit(code)

    os._exit = recording_exit
    try:
        runpy.run_module("generator", run_name="__main__", alter_sys=True)
    except SystemExit as exc:
        rc = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException as exc:  # a crash of the generator: recorded, then re-raised
        rc, error = 1, f"uncaught {type(exc).__name__}: {exc}"
        raise
    finally:
        if os.getpid() == main_pid:  # not in a forked child that unwinds through here
            finish(rc)
    return rc


if __name__ == "__main__":
    sys.exit(main())
