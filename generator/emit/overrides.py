"""Replacement templates (`--templates DIR`, or `templates = "DIR"` in `sdkgen.toml`).

What DIR may hold (docs/customization.md), by relative path:

- `<path>.jinja` where a built-in template has that path: replaces it. The built-in one stays
  reachable as `builtin/<path>.jinja`, so a replacement can `{% include %}` or `{% extends %}`
  it and add a section instead of copying the whole template;
- `runtime/<name>.py` where the runtime has that file: copied into the SDK instead of it;
- `extra/<path>.jinja`: a new file, rendered to `<path>` of the output (with `api`, `config` and
  `shape` in its context), e.g. `extra/CONTRIBUTING.md.jinja` → `CONTRIBUTING.md`.

Anything else is refused, naming the file: a misspelt name would otherwise silently change
nothing (an unchanged copy of a built-in file is accepted: a copy of the whole templates folder).
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from generator.emit.environment import RUNTIME_DIR, TEMPLATES_DIR, make_environment
from generator.errors import ConfigError

_IGNORED_DIRS = frozenset({"__pycache__"})
BUILTIN_PREFIX = "builtin"
"""Templates under this prefix are always the built-in ones (`builtin/package/README.md.jinja`)."""
EXTRA_DIR = "extra"
RUNTIME_PREFIX = "runtime/"


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
            "--templates replaces built-in templates by relative path (or adds files under "
            f"{EXTRA_DIR}/); " + "; ".join(refused) + f" (the templates are: {built_in})"
        )
    env = make_environment(TEMPLATES_DIR, auto_reload=False)
    # Compiled templates are cached by name: replaced ones would evict the built-in ones.
    env.bytecode_cache = None
    assert env.loader is not None
    built_in_loader = env.loader
    overriding = jinja2.FileSystemLoader(str(directory.resolve()))
    env.loader = jinja2.ChoiceLoader(
        [jinja2.PrefixLoader({BUILTIN_PREFIX: built_in_loader}), overriding, built_in_loader]
    )
    return env


def runtime_files(directory: Path) -> dict[str, str]:
    """Replacement runtime modules of `directory`: file name (`_base_client.py`) → text."""
    runtime = directory / "runtime"
    if not runtime.is_dir():
        return {}
    return {
        path.name: path.read_text(encoding="utf-8")
        for path in sorted(runtime.glob("*.py"))
        if (RUNTIME_DIR / path.name).is_file()
    }


def extra_templates(directory: Path) -> dict[str, str]:
    """The new files of `directory`: output path → template name (`extra/x.md.jinja` → `x.md`)."""
    root = directory / EXTRA_DIR
    if not root.is_dir():
        return {}
    return {
        name.removeprefix(EXTRA_DIR + "/").removesuffix(".jinja"): name
        for name in _files(directory)
        if name.startswith(EXTRA_DIR + "/") and name.endswith(".jinja")
    }


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
    """Why file `name` of `directory` cannot be used, or '' when it replaces a template or a
    runtime file, adds a file, or repeats a built-in file."""
    built_in = TEMPLATES_DIR / name
    if name.startswith(EXTRA_DIR + "/"):
        return "" if name.endswith(".jinja") else f"files under {EXTRA_DIR}/ must be .jinja"
    if name.startswith(BUILTIN_PREFIX + "/"):
        return f"{BUILTIN_PREFIX}/ names the built-in templates; it cannot be replaced"
    if name.endswith(".jinja") and built_in.is_file():
        return ""
    if name.startswith(RUNTIME_PREFIX) and name.count("/") == 1 and built_in.is_file():
        return ""  # a replacement runtime module
    if not built_in.is_file():
        return "no built-in template has this path"
    if built_in.read_bytes() == (directory / name).read_bytes():
        return ""  # an unchanged copy
    return "only .jinja templates and runtime/*.py can be replaced"
