"""Work directories of a run: named so that a later run recognises them, locked while their run
lives, and cleaned up (or put back) by the next run after a kill.

A run keeps its work beside the output (`<parent>/.sdkgen-<token>.<role>.<output name>`) and, for
staging, in RAM or the system temporary directory. Each work directory is locked (`flock`, on a
descriptor of the directory itself) as soon as it exists, so the lock lives exactly as long as
the run and the children it forked: the kernel drops it when the last of them dies, SIGKILL
included. Recovery takes every unlocked work directory of the current user as a leftover:

- `stage` (rendering and formatting) and `next` (the new tree being assembled, or the old one
  swapped out of the way) are removed;
- `prev` (the old output renamed aside by the two-rename swap where the filesystem cannot
  exchange atomically) is renamed back into place when the output is missing — a kill between
  the two renames — else removed.
"""

from __future__ import annotations

import enum
import errno
import os
import re
import secrets
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no locks, recovery still removes leftovers
    fcntl = None  # type: ignore[assignment]

from generator.errors import OutputError

PREFIX = ".sdkgen-"
"""Name prefix of every work directory (hidden)."""


class Role(enum.Enum):
    STAGE = "stage"
    NEXT = "next"
    PREV = "prev"


_NAME = re.compile(r"\.sdkgen-[0-9a-f]{12}\.(stage|next|prev)\.(.+)\Z", re.DOTALL)


def work_name(role: Role, output_name: str) -> str:
    return f"{PREFIX}{secrets.token_hex(6)}.{role.value}.{output_name}"


@dataclass
class WorkDir:
    """A directory this run owns, locked from `make()` until `remove()` (or the run's death).

    Made in two steps so that no moment exists at which the directory exists and its owner does
    not know it: `WorkDir(parent, role, output_name)` touches nothing; the caller enters its
    `try` and calls `make()` there; its `finally` calls `remove()`, which is harmless when
    `make()` never ran or was interrupted (a signal) half-way.
    """

    parent: Path
    role: Role
    output_name: str
    path: Path | None = None
    lock: int | None = field(default=None, repr=False)

    @property
    def made(self) -> Path:
        if self.path is None:
            raise RuntimeError("work directory used before make()")
        return self.path

    def make(self) -> Path:
        """Create it, empty, and lock it (`mkdir`: it gets the permissions any new directory
        gets, since a staged tree may become the output itself)."""
        for _ in range(100):
            self.path = self.parent / work_name(self.role, self.output_name)
            try:
                self.path.mkdir()
            except FileExistsError:
                self.path = None  # someone else's: never ours to remove
                continue
            self.lock = lock_directory(self.path, wait=True)
            if self.lock is not None or fcntl is None:
                return self.path
            # Removed by a concurrent recovery between mkdir and lock: take another name.
        self.path = None
        raise FileExistsError(errno.EEXIST, "no unused work directory name", str(self.parent))

    def remove(self) -> None:
        """Delete whatever is at `path` now (links inside are removed, never followed), then
        give up the lock. Interrupted (a signal unwinding the run), it finishes first: the
        handler ignores further signals, so the second attempt runs to the end."""
        try:
            if self.path is not None:
                shutil.rmtree(self.path, ignore_errors=True)
        except BaseException:
            shutil.rmtree(self.made, ignore_errors=True)
            raise
        finally:
            self.release()

    def keep(self) -> None:
        """It became the output: give up the lock, and never remove it."""
        self.release()
        self.path = None

    def release(self) -> None:
        """Give up the lock; the directory stays where it is."""
        if self.lock is not None:
            os.close(self.lock)
            self.lock = None


def create(parent: Path, role: Role, output_name: str) -> WorkDir:
    """A new, empty, locked work directory (for callers that own it from the start)."""
    workdir = WorkDir(parent, role, output_name)
    workdir.make()
    return workdir


def run_all(*steps: Callable[[], object]) -> None:
    """Run every cleanup step even when a signal interrupts one: the interrupted step is run
    once more (the handler ignores further signals), the others still run, and the interruption
    is raised again after the last. Steps must be safe to repeat."""
    interruption: BaseException | None = None
    for step in steps:
        try:
            step()
        except BaseException as exc:
            if interruption is not None:
                raise
            interruption = exc
            step()
    if interruption is not None:
        raise interruption


def lock_directory(path: Path, wait: bool) -> int | None:
    """A descriptor holding an exclusive lock on the directory at `path`; None when it is
    locked by a live run (`wait=False`), is gone, or is not a directory (links are not followed).
    After waiting, the directory is checked to still be the one at `path`."""
    if fcntl is None:
        return None
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    except OSError:
        return None
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        opened, current = os.fstat(descriptor), os.lstat(path)
        if (opened.st_dev, opened.st_ino) == (current.st_dev, current.st_ino):
            return descriptor
    except OSError:
        pass
    os.close(descriptor)
    return None


@dataclass(frozen=True)
class Recovery:
    """What the leftovers of interrupted runs were, and what became of them."""

    removed: tuple[Path, ...]
    restored: tuple[tuple[Path, Path], ...]

    def message(self) -> str:
        parts = []
        if self.restored:
            moves = ", ".join(f"{target} from {source.name}" for source, target in self.restored)
            parts.append(f"restored {moves}")
        if self.removed:
            where = sorted({str(p.parent) for p in self.removed})
            parts.append(
                f"removed {len(self.removed)} leftover work directories in {', '.join(where)}"
            )
        return "recovered from an interrupted run: " + "; ".join(parts)


def recover(places: Iterable[Path]) -> Recovery | None:
    """Clean up after interrupted runs in `places` (the output's parent first); None when there
    was nothing to do."""
    removed: list[Path] = []
    restored: list[tuple[Path, Path]] = []
    for place in dict.fromkeys(places):
        for path, role, output_name in _leftovers(place):
            lock = lock_directory(path, wait=False)
            if lock is None and fcntl is not None:
                continue  # a live run's, or gone meanwhile
            try:
                target = place / output_name
                if role is Role.PREV and not os.path.lexists(target):
                    try:
                        os.rename(path, target)
                    except OSError as exc:
                        raise OutputError(f"cannot restore {target} from {path}: {exc}") from None
                    restored.append((path, target))
                    continue
                shutil.rmtree(path, ignore_errors=True)
                removed.append(path)
            finally:
                if lock is not None:
                    os.close(lock)
    if not (removed or restored):
        return None
    return Recovery(tuple(removed), tuple(restored))


def _leftovers(place: Path) -> list[tuple[Path, Role, str]]:
    """Work directories of this user in `place` (entries that only look like one are ignored)."""
    found = []
    try:
        with os.scandir(place) as entries:
            for entry in entries:
                match = _NAME.match(entry.name)
                if match is None:
                    continue
                try:
                    if not entry.is_dir(follow_symlinks=False):
                        continue
                    if entry.stat(follow_symlinks=False).st_uid != os.geteuid():
                        continue
                except OSError:
                    continue
                found.append((Path(entry.path), Role(match.group(1)), match.group(2)))
    except OSError:
        return []
    return sorted(found, key=lambda item: item[1] is not Role.PREV)  # put back before removing
