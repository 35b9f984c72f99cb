"""The pipeline: load → validate → build → render → format → write, one function per command."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import build, config, load, render, validate
from .errors import SpecValidationError
from .format import format_tree
from .ir import Api
from .write import TreeDiff, compare_trees, describe_diff, stage_tree, sync_tree


@dataclass(frozen=True)
class Generated:
    api: Api
    warnings: tuple[str, ...]
    diff: TreeDiff
    seconds: float

    def summary(self) -> str:
        changed = len(self.diff.added) + len(self.diff.changed) + len(self.diff.removed)
        return (
            f"generated {len(self.api.operations)} operations, {len(self.api.models)} models, "
            f"{len(self.api.enums)} enums; {len(self.warnings)} warnings; "
            f"{changed} files changed; {self.seconds:.2f}s"
        )


def build_api(spec_path: Path, config_path: Path | None = None, lenient: bool = False) -> tuple[Api, config.GeneratorConfig, tuple[str, ...]]:
    """Load, validate and build: everything before rendering."""
    spec = load.load_spec(spec_path)
    validate.openapi_version(spec.root)
    problems = validate.validate_spec(spec)
    warnings: list[str] = []
    if problems:
        if not lenient:
            raise SpecValidationError(problems)
        warnings += [f"{loc}: {msg} (invalid OpenAPI, --lenient)" for msg, loc in problems]
    info = spec.root.data.get("info")
    title = str(info.get("title", "")) if isinstance(info, dict) else ""
    cfg = config.load_config(spec_path, config_path, title)
    api = build.build_api(spec, cfg)
    return api, cfg, (*warnings, *api.warnings)


def render_all(api: Api, cfg: config.GeneratorConfig) -> dict[str, str]:
    files = render.render_package(api, cfg)
    try:
        from .docs import render_docs
    except ImportError:  # docs stage not present
        return files
    files.update(render_docs(api, cfg))
    return files


def generate(
    spec_path: Path,
    out_dir: Path,
    config_path: Path | None = None,
    lenient: bool = False,
    on_staged: Callable[[Path], None] | None = None,
) -> Generated:
    started = time.perf_counter()
    api, cfg, warnings = build_api(spec_path, config_path, lenient)
    files = render_all(api, cfg)
    staging = stage_tree(files, out_dir.resolve().parent, format_tree)
    try:
        if on_staged is not None:
            on_staged(staging)
        diff = sync_tree(staging, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return Generated(api, warnings, diff, time.perf_counter() - started)


def check(spec_path: Path, out_dir: Path, config_path: Path | None = None, lenient: bool = False) -> str:
    """'' when `out_dir` is exactly what the spec generates, else a readable summary of the drift."""
    api, cfg, _ = build_api(spec_path, config_path, lenient)
    files = render_all(api, cfg)
    staging = stage_tree(files, out_dir.resolve().parent, format_tree)
    try:
        diff = compare_trees(staging, out_dir)
        return "" if diff.empty else describe_diff(diff, staging, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
