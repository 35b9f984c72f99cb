"""Where generated text came from: the template behind each generated file, and the errors that
name it.

Two kinds of template bug are turned into one `TemplateError` each, never a traceback:
- a template that fails to load or render (a Jinja syntax error, an undefined name, an exception
  raised from template code): `rendering(template, target)` around the render of one file names
  the template file and line (Jinja keeps template line numbers in the frames of compiled
  template code, and in `TemplateSyntaxError`) and the file being rendered;
- rendered Python that does not parse: ruff reports the generated file, line and column
  (`format.FormatError.parse_failures`); `explained(...)` adds the offending line, the template
  that rendered the file (recorded by `rendering` inside `recording()`) and the template line
  most like the offending one. That last part is a heuristic (difflib over the template's lines,
  the ones it imports included) and the message says so.

Recording costs one dict store per rendered file; everything else runs only once a template
failed.
"""

from __future__ import annotations

import ast
import difflib
import re
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from types import TracebackType

import jinja2
import jinja2.meta

from generator.errors import SdkgenError, TemplateError
from generator.output.format import FormatError, ParseFailure

__all__ = [
    "explained",
    "recording",
    "rendering",
    "reporting",
    "unparsable_warnings",
]

_recorded: ContextVar[dict[str, str] | None] = ContextVar("sdkgen_template_origins", default=None)

NO_FORMAT_HINT = "`sdkgen generate --no-format` writes the generated files unformatted, as they are"


@contextmanager
def recording() -> Iterator[dict[str, str]]:
    """Collect, while the block runs, generated path → template name of every file rendered
    under `rendering` (in this thread)."""
    recorded: dict[str, str] = {}
    token = _recorded.set(recorded)
    try:
        yield recorded
    finally:
        _recorded.reset(token)


class _Rendering:
    """The context manager of `rendering` (a class: entered once per generated file)."""

    __slots__ = ("target", "template")

    def __init__(self, template: str, target: str) -> None:
        self.template = template
        self.target = target

    def __enter__(self) -> None:
        recorded = _recorded.get()
        if recorded is not None and self.template:
            recorded[self.target] = self.template

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if isinstance(error, Exception) and _is_template_fault(error):
            raise template_failure(error, self.target, self.template) from error


def rendering(template: str, target: str) -> _Rendering:
    """Around loading `template` and rendering it into `target`: records which template made
    `target`, and turns a failure of the template into a `TemplateError`."""
    return _Rendering(template, target)


def reporting(what: str) -> _Rendering:
    """Around code that renders several files from templates (e.g. "the docs", whose renderer
    does not say which file it is at): a failure of a template becomes a `TemplateError` saying
    it happened while rendering `what`; nothing is recorded."""
    return _Rendering("", what)


def _is_template_fault(error: Exception) -> bool:
    """Whether `error` is the template's fault: Jinja's own errors, and any other exception
    raised from template code (it went through a template's frame), except the generator's own
    reports (they carry their own location) and running out of stack or memory. Code around the
    templates (building the docs' views, say) raising is a bug of the generator: it keeps its
    traceback."""
    if isinstance(error, (SdkgenError, RecursionError, MemoryError)):
        return False
    if isinstance(error, jinja2.TemplateError):
        return True
    return any(_is_template_file(f.filename) for f in traceback.extract_tb(error.__traceback__))


def template_failure(error: Exception, target: str, template: str = "") -> TemplateError:
    """The `TemplateError` for `error`, raised while rendering `target` from `template`."""
    if isinstance(error, jinja2.TemplateSyntaxError):
        where = _where(error.filename or error.name or template, error.lineno)
        return TemplateError(
            f"{where}: template syntax error (while rendering {target}): {error.message}"
        )
    frames = traceback.extract_tb(error.__traceback__)
    in_template = [f for f in frames if _is_template_file(f.filename)]
    if in_template:
        where = _where(in_template[-1].filename, in_template[-1].lineno)
    else:
        where = _where(template, None) if template else "a template"
    if isinstance(error, jinja2.TemplateNotFound):
        what = f"template not found: {error.name}"
    else:
        what = f"{error} ({type(error).__name__})"
        last = frames[-1] if frames else None
        if (
            not isinstance(error, jinja2.TemplateError)
            and last is not None
            and not _is_template_file(last.filename)
            and Path(last.filename).parent != _JINJA_PACKAGE
        ):  # raised by Python code the template called (a filter, a view): where, for the fix
            what += f", raised at {_where(last.filename, last.lineno)}"
    return TemplateError(f"{where}: template error (while rendering {target}): {what}")


_JINJA_PACKAGE = Path(jinja2.__file__).parent


def _is_template_file(filename: str) -> bool:
    return filename.endswith(".jinja")


def _where(filename: str, line: int | None) -> str:
    shown = _shown_path(filename)
    return f"{shown}:{line}" if line is not None else shown


def _shown_path(filename: str) -> str:
    """`filename` relative to the working directory when below it (as a user types it)."""
    path = Path(filename)
    if not path.is_absolute():
        return filename
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return filename


# -- generated Python that does not parse -------------------------------------------------------

FormatFunction = Callable[[Path, Iterable[str]], list[str]]


def explained(
    format_function: FormatFunction, recorded: Mapping[str, str], env: jinja2.Environment
) -> FormatFunction:
    """`format_function` (e.g. `Formatter.format`), its failure on generated Python that does
    not parse turned into a `TemplateError` naming the generated line and its likely template
    line (templates: `recorded`, as read by `env`); other failures stay as they are."""

    def format_explained(root: Path, paths: Iterable[str]) -> list[str]:
        try:
            return format_function(root, paths)
        except FormatError as error:
            if not error.parse_failures:
                raise
            raise unparsable(root, error.parse_failures, recorded, env) from error

    return format_explained


def unparsable(
    root: Path,
    failures: Sequence[ParseFailure],
    recorded: Mapping[str, str],
    env: jinja2.Environment,
) -> TemplateError:
    """One error for generated files under `root` that do not parse: the first in full, the
    number and names of the others."""
    first, *others = failures
    message = describe(root, first, recorded, env)
    if others:
        names = sorted({f.path for f in others} - {first.path})
        if names:
            listed = ", ".join(names[:5]) + (", ..." if len(names) > 5 else "")
            message += f"\n{len(names)} more generated file(s) do not parse: {listed}"
    return TemplateError(f"{message}\n{NO_FORMAT_HINT}")


def describe(
    root: Path, failure: ParseFailure, recorded: Mapping[str, str], env: jinja2.Environment
) -> str:
    """What is known of one unparsable generated file: its line, its template and the template
    line most like the generated one."""
    lines = _read_lines(root / failure.path)
    text = lines[failure.line - 1] if 0 < failure.line <= len(lines) else ""
    parts = [
        f"generated Python does not parse: {failure.path}:{failure.line}:{failure.column}: "
        f"{failure.message}",
        f"  {failure.line:>5} | {text.rstrip()}",
    ]
    template = recorded.get(failure.path, "")
    if not template:
        parts.append("  (not rendered from a template this run recorded)")
        return "\n".join(parts)
    sources = _template_sources(env, template)
    if not sources:
        parts.append(f"  rendered from template {template}")
        return "\n".join(parts)
    main_file = sources[0][0]
    probe = text if text.strip() else _previous_nonblank(lines, failure.line)
    match = best_template_line(probe, sources)
    if match is None:
        parts.append(f"  rendered from {_shown_path(main_file)}")
    else:
        filename, number, template_text = match
        parts.append(
            f"  rendered from {_shown_path(main_file)}; likely from "
            f"{_shown_path(filename)}:{number} (the template line most like it, a guess):"
        )
        parts.append(f"  {number:>5} | {template_text.rstrip()}")
    return "\n".join(parts)


def _read_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []


def _previous_nonblank(lines: Sequence[str], number: int) -> str:
    """The last non-blank line before line `number` (an error at a blank line or past the end,
    e.g. an unclosed bracket, is usually caused just above)."""
    for line in reversed(lines[: max(number - 1, 0)]):
        if line.strip():
            return line
    return ""


def _template_sources(env: jinja2.Environment, name: str) -> list[tuple[str, str]]:
    """(file, source) of template `name` then of the templates it imports, includes or extends
    (transitively), as `env` loads them; [] when it cannot be read."""
    assert env.loader is not None
    found: list[tuple[str, str]] = []
    pending, seen = [name], {name}
    while pending:
        current = pending.pop(0)
        try:
            source, filename, _ = env.loader.get_source(env, current)
        except jinja2.TemplateNotFound:
            continue
        found.append((filename or current, source))
        try:
            referenced = jinja2.meta.find_referenced_templates(env.parse(source))
        except jinja2.TemplateSyntaxError:
            continue
        for other in referenced:
            if other is not None and other not in seen:
                seen.add(other)
                pending.append(other)
    return found


_MIN_SIMILARITY = 0.3
"""Below this a template line is no better than a guess at random: none is named."""
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}")
"""A Jinja expression, statement or comment within one line."""


def best_template_line(
    generated: str, sources: Sequence[tuple[str, str]]
) -> tuple[str, int, str] | None:
    """(file, 1-based line, text) of the template line most likely to have produced
    `generated` (whitespace ignored); None when none is similar enough.

    A line whose literal text, with anything in its tags, matches `generated` whole could have
    printed it: of those, the one with the most literal text. Otherwise the line whose literal
    text is most like `generated` (difflib). Lines that print nothing (only tags) are skipped;
    of equals the first wins."""
    wanted = " ".join(generated.split())
    if not wanted:
        return None
    matcher = difflib.SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(wanted)  # difflib caches details of the second sequence
    best: tuple[tuple[int, float], str, int, str] | None = None
    for filename, source in sources:
        for number, line in enumerate(source.splitlines(), start=1):
            literal_parts = _TAG.split(" ".join(line.split()))
            literal = "".join(literal_parts)
            if not literal.strip():
                continue
            pattern = ".*?".join(re.escape(part) for part in literal_parts)
            if re.fullmatch(pattern, wanted, re.DOTALL):
                score = (1, float(len(literal)))
            else:
                matcher.set_seq1(literal)
                score = (0, matcher.ratio())
            if best is None or score > best[0]:
                best = (score, filename, number, line)
    if best is None or (best[0][0] == 0 and best[0][1] < _MIN_SIMILARITY):
        return None
    return best[1], best[2], best[3]


def unparsable_warnings(
    root: Path, paths: Iterable[str], recorded: Mapping[str, str], env: jinja2.Environment
) -> list[str]:
    """For an unformatted run (`--no-format`, where ruff does not look at the code): one warning
    per generated Python file under `root` that does not parse, described as `describe` does."""
    warnings = []
    for path in sorted(paths):
        if not path.endswith((".py", ".pyi")):
            continue
        try:
            source = (root / path).read_bytes()
        except OSError:
            continue
        try:
            ast.parse(source, filename=path)
        except SyntaxError as error:
            failure = ParseFailure(path, error.lineno or 1, error.offset or 1, error.msg)
            warnings.append(describe(root, failure, recorded, env))
    return warnings
