"""Google-style docstrings of generated methods and model classes, as an IDE shows them on hover:
summary, description, `Args:` (every argument, per-call options included), `Returns:`,
`Raises:`; a model's `Attributes:`.

The text is built here as raw `SpecText` (it holds spec text) and is made safe only where it is
printed, by `escaping.py_docstring`: nothing here escapes, so nothing here can be the reason a
docstring breaks. What this module guarantees is the layout: argument descriptions are
dedented and re-indented under their entry, so spec text can never start a line at an entry's
indentation (a description cannot add or hide an argument), and long lines are wrapped.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from generator import escaping
from generator.ir import model as ir
from generator.sdk.layout import LINE_LENGTH
from generator.sdk.options import CALL_OPTIONS
from generator.sdk.statuses import error_class

# Where the docstring of a method starts (class body, then method body): wrap to fit there.
METHOD_INDENT = 8
CLASS_INDENT = 4
ENTRY = "    "  # an entry of a section (`Args:`...), relative to the docstring
CONTINUATION = "        "  # the further lines of an entry
MAX_ENUM_VALUES = 40  # more allowed values than this are left to the enum's own docs


@dataclass(frozen=True)
class ArgumentFacts:
    """What the docstring says about one argument (its IR facts, whatever its origin)."""

    name: str
    description: str | None
    type: ir.TypeRef | None = None  # None: no allowed values to list
    default: ir.JsonValue = None
    has_default: bool = False
    deprecated: bool = False
    fallback: str = ""  # said when the spec does not describe it


def argument_facts(op: ir.Operation) -> dict[str, ArgumentFacts]:
    """By Python name: the facts of every argument an operation's method takes from the spec."""
    facts: dict[str, ArgumentFacts] = {}
    for p in op.parameters:
        facts[p.name] = ArgumentFacts(
            p.name,
            p.description,
            p.type,
            p.default,
            p.has_default,
            p.deprecated,
            f"The `{p.wire_name}` {p.location} parameter.",
        )
    body = op.body
    if body is not None and body.flattened:
        for f in body.fields:
            facts[f.name] = ArgumentFacts(
                f.name,
                f.description,
                f.type,
                f.default,
                f.has_default,
                f.deprecated,
                f"The `{f.wire_name}` property of the request body.",
            )
    elif body is not None:
        facts["body"] = ArgumentFacts(
            "body", body.description, body.type, fallback="The request body."
        )
    return facts


def operation_docstrings(
    op: ir.Operation,
    api: ir.Api,
    arguments: Sequence[ArgumentFacts],
    returns: Sequence[tuple[str, str | None]],
) -> list[escaping.SpecText]:
    """The docstrings of an operation's methods, one per `returns` entry (the annotation it
    returns and what that is; None: the operation's decoded result): the same summary, `Args:`
    (`arguments` in signature order, then `options.CALL_OPTIONS`) and `Raises:` each."""
    width = LINE_LENGTH - METHOD_INDENT
    summary = (op.summary or "").strip() or op.operation_id
    head = [_wrap_text(summary, width)]
    description = (op.description or "").strip()
    if description and description != summary:
        head.append(_wrap_text(escaping.normalize_doc(description), width))
    if op.deprecated:
        head.append("Deprecated: this operation may be removed from the API.")
    head.append(_args(arguments, api, width))
    raises = "Raises:\n" + "\n".join(_entry(n, t, width) for n, t in _raises(op))
    return [
        escaping.SpecText(
            "\n\n".join(
                [
                    *head,
                    "Returns:\n" + _entry(annotation, text or _returns_text(op), width),
                    raises,
                ]
            )
        )
        for annotation, text in returns
    ]


def pager_docstring(
    summary: str, op: ir.Operation, api: ir.Api, arguments: Sequence[ArgumentFacts]
) -> escaping.SpecText:
    """The docstring of an operation's iterator method: the pager's own summary (trusted), then
    the operation's `Args:` (it takes the same arguments) and what it raises."""
    width = LINE_LENGTH - METHOD_INDENT
    paragraphs = [
        _wrap_text(summary, width),
        _args(arguments, api, width),
        "Raises:\n" + "\n".join(_entry(n, t, width) for n, t in _raises(op)),
    ]
    return escaping.SpecText("\n\n".join(paragraphs))


def waiter_docstring(
    summary: str,
    op: ir.Operation,
    api: ir.Api,
    arguments: Sequence[ArgumentFacts],
    return_annotation: str,
) -> escaping.SpecText:
    """The docstring of a waiter (`wait_for_*`): its own summary (trusted), the polled
    operation's arguments it takes, `timeout` and `interval`, what it returns and raises."""
    width = LINE_LENGTH - METHOD_INDENT
    entries = [_entry(a.name, _argument_text(a, api), width) for a in arguments]
    entries += [
        _entry("timeout", "Seconds to wait in all (default: the waiter's).", width),
        _entry("interval", "Seconds between polls, instead of the waiter's backoff.", width),
    ]
    raises = [
        ("WaiterFailureError", "The work reached a state it will not leave (`.last` holds it)."),
        ("WaiterTimeoutError", "The time or the attempts ran out (`.last` holds the last result)."),
        *_raises(op),
    ]
    paragraphs = [
        _wrap_text(summary, width),
        "Args:\n" + "\n".join(entries),
        "Returns:\n" + _entry(return_annotation, "The result the work ended with.", width),
        "Raises:\n" + "\n".join(_entry(n, t, width) for n, t in raises),
    ]
    return escaping.SpecText("\n\n".join(paragraphs))


def _args(arguments: Sequence[ArgumentFacts], api: ir.Api, width: int) -> str:
    entries = [_entry(a.name, _argument_text(a, api), width) for a in arguments]
    entries += [_entry(o.name, o.description, width) for o in CALL_OPTIONS]
    return "Args:\n" + "\n".join(entries)


def model_docstring(model: ir.Model, fields: Iterable[tuple[str, str]]) -> escaping.SpecText:
    """A model's docstring: its description (and deprecation), then `Attributes:` with each
    field's doc (`fields`: name and text, as the fields' own docstrings say it)."""
    width = LINE_LENGTH - CLASS_INDENT
    paragraphs = []
    # A summary line even without a description: `Attributes:` cannot start the docstring.
    description = (model.description or "").strip() or f"The `{model.name}` model."
    paragraphs.append(_wrap_text(escaping.normalize_doc(description), width))
    if model.deprecated:
        paragraphs.append("Deprecated: constructing it emits a DeprecationWarning.")
    entries = [_entry(name, escaping.normalize_doc(text), width) for name, text in fields]
    if entries:
        paragraphs.append("Attributes:\n" + "\n".join(entries))
    return escaping.SpecText("\n\n".join(paragraphs))


def enum_docstring(enum: ir.Enum) -> escaping.SpecText:
    """An enum's docstring: its description, else what the class is (every class documented)."""
    width = LINE_LENGTH - CLASS_INDENT
    description = escaping.normalize_doc((enum.description or "").strip())
    return escaping.SpecText(
        _wrap_text(
            description
            or f"The values of `{enum.name}` (open: values the API adds later decode too).",
            width,
        )
    )


def _argument_text(a: ArgumentFacts, api: ir.Api) -> str:
    text = escaping.normalize_doc(a.description or "") or a.fallback
    if a.deprecated:  # said first: it matters more than what the argument does
        text = f"Deprecated. {text}".strip()
    notes = []
    values = _allowed_values(a.type, api) if a.type is not None else []
    if values:
        notes.append("Allowed values: " + ", ".join(f"`{v}`" for v in values) + ".")
    if a.has_default:
        notes.append(f"Defaults to `{_python_value(a.default)}`.")
    if not notes:
        return text
    joiner = "" if not text or text[-1:] in ".!?:;" else "."
    return f"{text}{joiner} {' '.join(notes)}".strip()


def _allowed_values(type_ref: ir.TypeRef, api: ir.Api) -> list[str]:
    """The values a closed set of choices offers (an enum, literals), as Python code; [] for
    any other type (lists of enums included: the item type's docs list those)."""
    if isinstance(type_ref, ir.Nullable):
        return _allowed_values(type_ref.inner, api)
    if isinstance(type_ref, ir.EnumRef):
        enum = api.lookup.get(type_ref.name)
        if isinstance(enum, ir.Enum) and len(enum.members) <= MAX_ENUM_VALUES:
            return [_python_value(m.value) for m in enum.members]
        return []
    if isinstance(type_ref, ir.LiteralOf):
        return [_python_value(type_ref.value)]
    if isinstance(type_ref, ir.UnionOf) and all(
        isinstance(v, ir.LiteralOf) for v in type_ref.variants
    ):
        return [_python_value(v.value) for v in type_ref.variants if isinstance(v, ir.LiteralOf)]
    return []


def _returns_text(op: ir.Operation) -> str:
    described = [escaping.normalize_doc(r.description or "") for r in op.responses]
    text = next((d for d in described if d), "")
    if op.return_type is None:
        return text or "Nothing: the response has no body."
    return text or "The decoded response body."


def _raises(op: ir.Operation) -> list[tuple[str, str]]:
    """The exceptions a call can raise: those of the declared error statuses first (one entry
    per class, its statuses and descriptions), then the ones every call can raise."""
    by_class: dict[str, list[str]] = {}
    for r in op.errors:
        status = "any other error status" if r.status == "default" else f"HTTP {r.status}"
        description = escaping.normalize_doc(r.description or "")
        by_class.setdefault(error_class(r.status), []).append(
            f"{status}: {description}" if description else status
        )
    entries = [(name, "; ".join(texts) + ".") for name, texts in by_class.items()]
    if "APIStatusError" not in by_class:
        entries.append(("APIStatusError", "Any other error status the server responds with."))
    entries += [
        ("APITimeoutError", "The request timed out (after the retries)."),
        ("APIConnectionError", "The server could not be reached (after the retries)."),
        ("APIResponseValidationError", "The response body is not what the spec declares."),
    ]
    return entries


def _entry(name: str, text: str, width: int) -> str:
    """`    name: text` with further lines under it, wrapped to `width`."""
    lines = text.split("\n") if text else [""]
    first = _wrap_line(f"{ENTRY}{name}: {lines[0]}".rstrip(), width, CONTINUATION)
    rest = [
        _wrap_line(CONTINUATION + line, width, CONTINUATION) if line else "" for line in lines[1:]
    ]
    return "\n".join([first, *rest])


def _wrap_text(text: str, width: int) -> str:
    """Each line of `text` wrapped to `width` on its own, so the author's structure (lists,
    paragraphs, code indented or fenced, tables) stays; indented and table lines are kept."""
    out: list[str] = []
    fenced = False
    for line in text.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        keep = fenced or line[:1].isspace() or line.startswith("|")
        out.append(line if keep else _wrap_line(line, width, ""))
    return "\n".join(out)


def _wrap_line(line: str, width: int, continuation: str) -> str:
    if len(line) <= width:
        return line
    indent = line[: len(line) - len(line.lstrip(" "))]
    wrapped = textwrap.wrap(
        line.lstrip(" "),
        width=width,
        initial_indent=indent,
        subsequent_indent=continuation or indent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return "\n".join(wrapped) if wrapped else line


def _python_value(value: ir.JsonValue) -> str:
    """A JSON value as the Python a caller would write (`True`, `None`, `"text"`)."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, (int, float)):
        return repr(value)
    return json.dumps(value, ensure_ascii=False)
