"""`--templates DIR`: a template environment where the `.jinja` files of DIR replace the built-in
templates of the same relative path; the others stay the built-in ones.

Only templates can be replaced: the runtime (`templates/runtime/*.py`) is copied into each SDK as
it is, so a runtime file in DIR must equal the built-in one (a copy of the whole templates
directory is accepted) and any other file is refused: a misspelt name would otherwise silently
change nothing.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from generator.emit.environment import TEMPLATES_DIR, make_environment
from generator.errors import ConfigError

_IGNORED_DIRS = frozenset({"__pycache__"})


def environment(directory: Path) -> jinja2.Environment:
    """The environment of the built-in templates with those of `directory` in front."""
    if not directory.is_dir():
        raise ConfigError(f"--templates {directory}: not a directory")
    refused = [
        f"{directory / name}: {why}"
        for name in _files(directory)
        if (why := _refusal(name, directory))
    ]
    if refused:
        built_in = ", ".join(sorted(n for n in _files(TEMPLATES_DIR) if n.endswith(".jinja")))
        raise ConfigError(
            "--templates replaces built-in templates by relative path; "
            + "; ".join(refused)
            + f" (the templates are: {built_in})"
        )
    env = make_environment(TEMPLATES_DIR, auto_reload=False)
    # Compiled templates are cached by name: replaced ones would evict the built-in ones.
    env.bytecode_cache = None
    assert env.loader is not None
    overriding = jinja2.FileSystemLoader(str(directory.resolve()))
    env.loader = jinja2.ChoiceLoader([overriding, env.loader])
    return env


def _files(root: Path) -> list[str]:
    """Files below `root` as relative POSIX paths (no `__pycache__`, no hidden files)."""
    names = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        hidden = any(part.startswith(".") or part in _IGNORED_DIRS for part in relative.parts)
        if path.is_file() and not hidden:
            names.append(relative.as_posix())
    return names


def _refusal(name: str, directory: Path) -> str:
    """Why file `name` of `directory` cannot be used, or '' when it replaces a template or
    repeats a built-in file."""
    built_in = TEMPLATES_DIR / name
    if name.endswith(".jinja") and built_in.is_file():
        return ""
    if not built_in.is_file():
        return "no built-in template has this path"
    if built_in.read_bytes() == (directory / name).read_bytes():
        return ""  # an unchanged copy (of the runtime, say)
    return "only .jinja templates can be replaced (the runtime is copied as it is)"
