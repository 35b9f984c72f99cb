"""Kill real `sdkgen generate` runs at random moments, check what they leave (test_kill.py).

Each run is a real process in its own session (so that every process it starts can be found
afterwards: they keep its session id), staging in RAM in a private directory under /dev/shm and
in a private temporary directory (so that leftovers are exactly this campaign's).
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from generator.output.write import STAGING_PREFIX

REPO = Path(__file__).resolve().parent.parent

LAUNCHER = """
import sys
from pathlib import Path
from generator import pipeline
from generator.spec import validate
from generator.output import write
write._MEMORY_FS = Path(sys.argv.pop(1))
if sys.argv.pop(1) == "fork":  # the forked docs and validation processes, even on a small spec
    pipeline.FORK_DOCS_MIN_OPERATIONS = 0
    validate.FORK_ABOVE_BYTES = 0
from generator.__main__ import run
run()
"""
"""`sdkgen` as installed (`generator.__main__.run`: signal handlers, child binding), with the
RAM staging area moved to a private directory and, optionally, every fork forced."""


def tree_digest(root: Path) -> str:
    """One hash of everything under `root` (and itself): names, types, modes, file bytes, link
    targets. Links are not followed."""
    digest = hashlib.sha256()
    for directory, subdirectories, files in os.walk(root):  # links to directories: not entered
        subdirectories.sort()
        base = Path(directory)
        for path in [
            *([base] if base == root else []),
            *(base / n for n in sorted(subdirectories + files)),
        ]:
            info = os.lstat(path)
            digest.update(f"{path.relative_to(root).as_posix()}\0{info.st_mode:o}\0".encode())
            if stat.S_ISLNK(info.st_mode):
                digest.update(os.readlink(path).encode())
            elif stat.S_ISREG(info.st_mode):
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def session_processes(session: int) -> list[str]:
    """Live (not zombie) processes of `session`, as 'pid command' lines (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            text = (entry / "stat").read_text()
        except OSError:
            continue
        fields = text[text.rindex(")") + 2 :].split()
        if fields[0] != "Z" and int(fields[3]) == session:
            found.append(f"{entry.name} {text[text.index('(') : text.rindex(')') + 1]}")
    return found


def wait_for_session_to_end(session: int, limit: float = 20.0) -> list[str]:
    """The processes of `session` still alive after up to `limit` seconds (none, we hope)."""
    deadline = time.monotonic() + limit
    while (alive := session_processes(session)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return alive


@dataclass
class Campaign:
    """Random kills of `sdkgen generate` on `out`, alternating between two specs."""

    specs: tuple[Path, Path]
    out: Path
    work: Path
    seed: int
    fork: Callable[[int], bool] = field(default=lambda index: False)
    log: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        memory = Path("/dev/shm") if Path("/dev/shm").is_dir() else self.work
        self.ram = Path(tempfile.mkdtemp(prefix="sdkgen-kill-", dir=memory))  # private
        self.tmp = self.work / "tmp"
        self.tmp.mkdir(parents=True, exist_ok=True)
        self.cache = self.work / "validation-cache"

    def note(self, line: str) -> None:
        """Log a kill's outcome (also printed at once: a long campaign shows its progress)."""
        self.log.append(line)
        print(line, file=sys.stderr, flush=True)

    def close(self) -> None:
        shutil.rmtree(self.ram, ignore_errors=True)

    def command(self, spec: Path, forked: bool) -> list[str]:
        return [
            sys.executable,
            "-c",
            LAUNCHER,
            str(self.ram),
            "fork" if forked else "inline",
            "generate",
            str(spec),
            "-o",
            str(self.out),
        ]

    def environment(self, fresh_cache: bool) -> dict[str, str]:
        cache = self.cache if not fresh_cache else self.work / f"cache-{time.monotonic_ns()}"
        return {**os.environ, "TMPDIR": str(self.tmp), "SDKGEN_CACHE_DIR": str(cache)}

    def start(self, spec: Path, forked: bool, fresh_cache: bool = False) -> subprocess.Popen[str]:
        return subprocess.Popen(
            self.command(spec, forked),
            cwd=REPO,
            env=self.environment(fresh_cache),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )

    def complete(self, spec: Path, forked: bool = False) -> tuple[float, str]:
        """A run to its end: its duration and stderr (it must succeed)."""
        started = time.monotonic()
        process = self.start(spec, forked)
        stdout, stderr = process.communicate()
        assert process.returncode == 0, f"{process.returncode}: {stderr}{stdout}"
        return time.monotonic() - started, stderr

    def leftovers(self) -> list[Path]:
        """Work directories anywhere a run keeps them."""
        places = (self.out.parent, self.ram, self.tmp)
        return sorted(p for place in places for p in place.glob(f"{STAGING_PREFIX}*"))

    def kill_once(
        self, index: int, spec: Path, delay: float, number: signal.Signals, digests: dict[str, str]
    ) -> None:
        """Start a run towards `spec`, send `number` after `delay` seconds, check the output
        holds one of `digests`, no process of the run is left, and (SIGTERM) no work dir."""
        forked = self.fork(index)
        # Every other run validates afresh: for a large spec, in a forked process to kill too.
        process = self.start(spec, forked, fresh_cache=index % 2 == 0)
        time.sleep(delay)
        process.send_signal(number)  # to the generator only, as CI or the OOM killer would
        _, stderr = process.communicate()
        outcome = f"#{index} {number.name} after {delay:.2f}s: exit {process.returncode}"
        alive = wait_for_session_to_end(process.pid)
        assert not alive, f"{outcome}: processes of the run survive: {alive}"
        assert "Traceback" not in stderr, f"{outcome}: {stderr}"
        digest = tree_digest(self.out)
        assert digest in digests, f"{outcome}: the output is neither the old nor the new tree"
        left = self.leftovers()
        self.note(f"{outcome}, {digests[digest]} tree, {len(left)} work dirs left")
        if number == signal.SIGTERM or process.returncode == 0:
            assert not left, f"{outcome}: work directories left behind: {left}"

    def run(self, kills: int) -> list[str]:
        """Reference trees of both specs (cold runs elsewhere), then `kills` random kills, each
        followed by a complete run that must recover and end with the new tree exactly."""
        rng = random.Random(self.seed)
        digests = []
        final = self.out
        for number, spec in enumerate(self.specs):
            self.out = self.work / f"reference-{number}"
            self.complete(spec)
            digests.append(tree_digest(self.out))
        self.out = final
        shutil.copytree(self.work / "reference-0", self.out, symlinks=True)
        duration, _ = self.complete(self.specs[1])  # a changing run: how long one takes
        assert tree_digest(self.out) == digests[1], "a changing run did not give the new tree"
        current = 1
        for index in range(kills):
            target = 1 - current
            number = rng.choice([signal.SIGKILL, signal.SIGTERM])
            delay = rng.uniform(0, duration * 1.1)
            names = {digests[current]: "old", digests[target]: "new"}
            self.kill_once(index, self.specs[target], delay, number, names)
            had_leftovers = bool(self.leftovers())
            _, stderr = self.complete(self.specs[target])
            assert tree_digest(self.out) == digests[target], f"#{index}: not the new tree"
            assert not self.leftovers(), f"#{index}: work directories after a complete run"
            if had_leftovers:
                assert "recovered from an interrupted run" in stderr, stderr
            current = target
        return self.log
