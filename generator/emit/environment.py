"""The Jinja2 environment of the templates: where they are, how they are compiled and cached,
and the filters and globals they may use. The environment refuses to print spec text that did
not pass an escaping filter (`escaping.guard_output`)."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import jinja2

from generator import escaping
from generator.sdk.codec import annotation
from generator.sdk.layout import param, py_value
from generator.sdk.options import CALL_OPTIONS
from generator.spec.cache import cache_dir


def _templates_dir() -> Path:
    """The templates: inside the package when installed from a wheel, else the checkout's."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "templates"
    return installed if installed.is_dir() else package.parent / "templates"


TEMPLATES_DIR = _templates_dir()
RUNTIME_DIR = TEMPLATES_DIR / "runtime"


def bytecode_cache_dir(templates_dir: Path = TEMPLATES_DIR) -> Path:
    """Where compiled templates are kept: where Python keeps the `.pyc` of a module in
    `templates_dir`, i.e. `<templates>/__pycache__/`, or under `sys.pycache_prefix`
    (`PYTHONPYCACHEPREFIX`) mirrored by absolute path when one is set.

    Like `.pyc` files, they live and die with the sources, not with the user's sdkgen cache: a
    run with an empty `$SDKGEN_CACHE_DIR` does not recompile every template (~0.1 s). Each entry
    is keyed by template name and checked against a hash of the template source and Jinja's
    bytecode version (which includes the Python version), so a stale one is never used.
    """
    if sys.pycache_prefix:
        return Path(sys.pycache_prefix) / templates_dir.resolve().relative_to(
            templates_dir.resolve().anchor
        )
    return templates_dir / "__pycache__"


def _bytecode_cache(templates_dir: Path) -> jinja2.BytecodeCache | None:
    """The compiled-template cache (safe to delete): beside the templates like `.pyc`, else in
    the user cache if that directory is not writable, else none."""
    for directory in (bytecode_cache_dir(templates_dir), cache_dir().parent / "jinja"):
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        return jinja2.FileSystemBytecodeCache(str(directory))
    return None


@functools.cache
def shared_environment() -> jinja2.Environment:
    """The environment of the package templates, created once per process and reused (each
    template is loaded and compiled once; they are not re-checked on disk for changes)."""
    return make_environment(auto_reload=False)


def make_environment(
    templates_dir: Path = TEMPLATES_DIR, *, auto_reload: bool = True
) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        bytecode_cache=_bytecode_cache(templates_dir),
        auto_reload=auto_reload,
        undefined=jinja2.StrictUndefined,
        finalize=escaping.guard_output,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters.update(escaping.jinja_filters())
    env.filters["annotation"] = annotation
    env.filters["request_annotation"] = lambda t: annotation(t, request=True)
    env.filters["py_value"] = py_value
    env.globals["param"] = param
    env.globals["call_options"] = CALL_OPTIONS
    return env
