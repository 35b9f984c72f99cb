"""How generated Python lines are laid out: the line length of the generated package and the
few constructs laid out in Python rather than in templates (a signature's parameter line, import
lines), written the way ruff and black format them so that the format stage has little to
rewrite."""

from __future__ import annotations

from generator import escaping
from generator.sdk.codec import is_top_level_union

LINE_LENGTH = 100  # of the generated package: its pyproject.toml gets it for ruff and black


def param(name: str, annotation_text: str, default: str | None = None, indent: int = 8) -> str:
    """One parameter line of a signature, `name: annotation[ = default],`. A top-level union
    that makes the line too long is parenthesized, as black does (ruff formats it otherwise, and
    keeps black's form once written); black splits any other annotation at its own brackets and
    drops parentheses around it, which ruff would keep."""
    suffix = f" = {default}," if default else ","
    if indent + len(f"{name}: {annotation_text}{suffix}") > LINE_LENGTH and is_top_level_union(
        annotation_text
    ):
        annotation_text = f"({annotation_text})"
    return f"{name}: {annotation_text}{suffix}"


def from_import(module: str, names: list[str]) -> str:
    """`from module import names`, wrapped one name per line when too long, as ruff lays it out."""
    line = f"from {module} import {', '.join(names)}"
    if len(line) <= LINE_LENGTH:
        return line
    return f"from {module} import (\n" + "".join(f"    {n},\n" for n in names) + ")"


def grouped(imports: list[str]) -> tuple[str, ...]:
    """Import lines with a blank line between the standard library's and the package's own
    (relative) ones, as isort/ruff lay them out: ruff still checks and fixes the order, but has
    nothing to rewrite in the usual case (that rewrite was most of its time on large specs)."""
    split = next((i for i, line in enumerate(imports) if line.startswith("from .")), len(imports))
    if 0 < split < len(imports):
        return (*imports[:split], "", *imports[split:])
    return tuple(imports)


def py_value(value: object) -> str:
    """A JSON value as a Python literal (strings through the escaping helper)."""
    if isinstance(value, str):
        return escaping.py_str(value)
    if isinstance(value, (bool, int, float)) or value is None:
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(py_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_value(k)}: {py_value(v)}" for k, v in value.items()) + "}"
    return escaping.py_str(str(value))
