"""Format stage: ruff (import order, unused imports, then the formatter) over generated files.

ruff is given the files to format by name, not a directory to walk: the walk would also look at
everything else in the tree (and, with the staging directory inside a git checkout, at that
checkout's ignore files). The list is exactly what `ruff check .` / `ruff format .` run from the
package root would pick (same extensions, same excluded directories), so the bytes are the same.
`ruff format` also formats the Python code blocks of markdown files, so the docs go through it.

ruff runs as a child that dies with the generator (`fork.die_with_parent`), and a `Formatter`
can be stopped from another thread (a signal in the main thread while ruff runs in a helper
thread): the running ruff is killed and no further one started, so nothing keeps writing into a
staging directory being removed.

A failing ruff is reported with what it printed (trimmed), never an empty message: `ruff format`
runs without `--quiet`, which would also silence its errors (a file that does not parse); those
are parsed into `FormatError.parse_failures` so that the render stage can say which template
produced the file (`generator/emit/origins.py`).
"""

from __future__ import annotations

import os
import re
import subprocess
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.errors import OutputError
from generator.output.fork import die_with_parent

LINT_SUFFIXES = frozenset({".py", ".pyi", ".ipynb"})
"""Files `ruff check` lints."""
FORMAT_SUFFIXES = LINT_SUFFIXES | {".md"}
"""Files `ruff format` formats (markdown: its Python code blocks)."""
RUFF_EXCLUDED_DIRS = frozenset(
    {
        ".bzr", ".direnv", ".eggs", ".git", ".git-rewrite", ".hg", ".ipynb_checkpoints",
        ".mypy_cache", ".nox", ".pants.d", ".pyenv", ".pytest_cache", ".pytype", ".ruff_cache",
        ".svn", ".tox", ".venv", ".vscode", "__pypackages__", "_build", "buck-out", "dist",
        "node_modules", "site-packages", "venv",
    }
)  # fmt: skip
"""ruff's default `exclude`: a directory walk skips these, so a file below one stays as is."""
FIX_RULES = "I001,F401,RUF022,RUF023"
"""Import order, unused imports, `__all__` / `__slots__` order."""
_ARGUMENT_BUDGET = 30_000 if os.name == "nt" else 500_000
"""Characters of file names per ruff invocation (Windows limits a command line to 32,767)."""
_SHOWN_LINES = 20
_SHOWN_CHARS = 3_000
"""How much of a failing ruff's output an error message quotes."""
_PARSE_FAILURE = re.compile(
    r"^error: Failed to parse (?P<path>.+?):(?P<line>\d+):(?P<column>\d+): (?P<message>.*)$",
    re.MULTILINE,
)
"""How `ruff format` reports a file it cannot parse (on stderr; ruff 0.4 to 0.17 at least)."""


def ruff_binary() -> str:
    try:
        from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - ruff is a dependency of sdkgen
        return "ruff"
    return str(find_ruff_bin())


def ruff_targets(paths: Iterable[str], suffixes: frozenset[str]) -> list[str]:
    """Those of `paths` (relative POSIX paths) a ruff directory walk would pick, sorted."""
    picked = []
    for path in paths:  # string operations: pathlib objects cost ~10 µs each, ×27,000 on GitHub
        *directories, name = path.split("/")
        stem, dot, extension = name.rpartition(".")
        if dot and stem and f".{extension}" in suffixes:
            if not RUFF_EXCLUDED_DIRS.intersection(directories):
                picked.append(path)
    return sorted(picked)


def format_files(root: Path, paths: Iterable[str]) -> list[str]:
    """Run ruff over those of `paths` (relative to `root`, its pyproject.toml configuring ruff)
    that it formats; returns them (their bytes may have changed)."""
    return Formatter().format(root, paths)


class FormattingStopped(OutputError):
    """`Formatter.stop()` was called while formatting."""


@dataclass(frozen=True)
class ParseFailure:
    """A file ruff could not parse: its path relative to the formatted root, 1-based line and
    column, ruff's message."""

    path: str
    line: int
    column: int
    message: str


class FormatError(OutputError):
    """ruff failed; the message quotes its output, `parse_failures` lists the files it could not
    parse (maybe none: e.g. an invalid ruff configuration)."""

    def __init__(self, message: str, parse_failures: Sequence[ParseFailure] = ()) -> None:
        super().__init__(message)
        self.parse_failures = tuple(parse_failures)

    def __reduce__(self) -> tuple[object, ...]:
        return (FormatError, (str(self), self.parse_failures))


class Formatter:
    """`format_files`, stoppable from another thread by `stop()`."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running: subprocess.Popen[str] | None = None
        self._stopped = False

    def format(self, root: Path, paths: Iterable[str]) -> list[str]:
        paths = list(paths)
        lint = ruff_targets(paths, LINT_SUFFIXES)
        formatted = ruff_targets(paths, FORMAT_SUFFIXES)
        ruff = ruff_binary()
        fix = [ruff, "check", "--quiet", "--no-cache", "--fix", "--select", FIX_RULES]
        fix.append("--exit-zero")
        for batch in _batches(lint):
            self._run(root, [*fix, "--", *batch])
        for batch in _batches(formatted):
            self._run(root, [ruff, "format", "--no-cache", "--", *batch])
        return formatted

    def stop(self) -> None:
        """Kill the running ruff (if any) and start no other; `format` then raises."""
        with self._lock:
            self._stopped = True
            if self._running is not None:
                self._running.kill()

    def _run(self, root: Path, command: list[str]) -> None:
        parent = os.getpid()
        with self._lock:
            if self._stopped:
                raise FormattingStopped("formatting was stopped")
            process = subprocess.Popen(
                command,
                cwd=root,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                preexec_fn=(lambda: die_with_parent(parent)) if os.name == "posix" else None,
            )
            self._running = process
        try:
            stdout, stderr = process.communicate()
        except BaseException:
            process.kill()
            process.wait()
            raise
        finally:
            with self._lock:
                self._running = None
        if self._stopped:
            raise FormattingStopped("formatting was stopped")
        if process.returncode != 0:
            raise _failure(root, command, process.returncode, stdout, stderr)


def _failure(
    root: Path, command: Sequence[str], code: int, stdout: str, stderr: str
) -> FormatError:
    failures = [
        ParseFailure(
            _relative(root, match["path"]),
            int(match["line"]),
            int(match["column"]),
            match["message"],
        )
        for match in _PARSE_FAILURE.finditer(stderr)
    ]
    output = "\n".join(part for part in (stderr.strip(), stdout.strip()) if part)
    message = f"formatting the generated code failed (ruff {command[1]}, exit code {code})"
    return FormatError(f"{message}:\n{trimmed(output)}" if output else message, failures)


def trimmed(text: str, lines: int = _SHOWN_LINES, chars: int = _SHOWN_CHARS) -> str:
    """The start of `text`: at most `lines` lines and about `chars` characters, saying how much
    was left out."""
    kept = text.splitlines()[:lines]
    while len(kept) > 1 and sum(len(line) + 1 for line in kept) > chars:
        kept.pop()
    shown = "\n".join(kept)[:chars]
    rest = len(text.splitlines()) - len(kept)
    return shown + (f"\n... ({rest} more lines)" if rest > 0 else "")


def _relative(root: Path, path: str) -> str:
    """ruff names a file as it was given (relative to `root`), or absolute in some versions."""
    candidate = Path(path)
    if not candidate.is_absolute():
        return candidate.as_posix()
    for base in (root, root.resolve()):
        if candidate.is_relative_to(base):
            return candidate.relative_to(base).as_posix()
    return path


def _batches(paths: Sequence[str]) -> list[list[str]]:
    batches: list[list[str]] = []
    size = _ARGUMENT_BUDGET
    for path in paths:
        if size + len(path) + 1 > _ARGUMENT_BUDGET:
            batches.append([])
            size = 0
        batches[-1].append(path)
        size += len(path) + 1
    return batches
