"""The pipeline: load → validate → build → render → format → write, one function per command."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import build, config, load, render, validate
from .docs import render_docs
from .errors import SpecValidationError
from .format import format_tree
from .ir import Api
from .release import package_files
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


def _load(spec_path: Path) -> tuple[load.Spec, validate.PendingValidation]:
    """Load the spec and start validating it beside whatever comes next."""
    spec = load.load_spec(spec_path)
    return spec, validate.PendingValidation(spec)


def _build(
    spec: load.Spec, spec_path: Path, config_path: Path | None
) -> tuple[Api, config.GeneratorConfig]:
    info = spec.root.data.get("info")
    title = str(info.get("title", "")) if isinstance(info, dict) else ""
    cfg = config.load_config(spec_path, config_path, title)
    return build.build_api(spec, cfg), cfg


def _validated(pending: validate.PendingValidation, lenient: bool) -> list[str]:
    """Wait for validation: its problems stop the run, or with `lenient` become warnings."""
    problems = pending.result()
    if problems and not lenient:
        raise SpecValidationError(problems)
    return [f"{loc}: {msg} (invalid OpenAPI, --lenient)" for msg, loc in problems]


def build_api(
    spec_path: Path, config_path: Path | None = None, lenient: bool = False
) -> tuple[Api, config.GeneratorConfig, tuple[str, ...]]:
    """Load, validate and build: everything before rendering."""
    spec, pending = _load(spec_path)
    try:
        api, cfg = _build(spec, spec_path, config_path)
        warnings = _validated(pending, lenient)
    finally:
        pending.cancel()
    return api, cfg, (*warnings, *api.warnings)


def render_all(api: Api, cfg: config.GeneratorConfig) -> dict[str, str]:
    return {**render.render_package(api, cfg), **render_docs(api, cfg)}


def _staged(
    spec_path: Path, out_dir: Path, config_path: Path | None, lenient: bool
) -> tuple[Api, tuple[str, ...], Path]:
    """Build, render and format into a staging directory while validation runs beside; the
    staging directory is returned only once validation passed (else it is removed)."""
    spec, pending = _load(spec_path)
    staging: Path | None = None
    try:
        api, cfg = _build(spec, spec_path, config_path)
        files = {**render_all(api, cfg), **package_files(spec_path, config_path)}
        staging = stage_tree(files, out_dir.resolve().parent, format_tree)
        warnings = _validated(pending, lenient)
    except BaseException:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        pending.cancel()
    return api, (*warnings, *api.warnings), staging


def generate(
    spec_path: Path,
    out_dir: Path,
    config_path: Path | None = None,
    lenient: bool = False,
    on_staged: Callable[[Path], None] | None = None,
) -> Generated:
    started = time.perf_counter()
    api, warnings, staging = _staged(spec_path, out_dir, config_path, lenient)
    try:
        if on_staged is not None:
            on_staged(staging)
        diff = sync_tree(staging, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return Generated(api, warnings, diff, time.perf_counter() - started)


def check(
    spec_path: Path, out_dir: Path, config_path: Path | None = None, lenient: bool = False
) -> str:
    """'' when `out_dir` is exactly what the spec generates, else a summary of the drift."""
    _, _, staging = _staged(spec_path, out_dir, config_path, lenient)
    try:
        diff = compare_trees(staging, out_dir)
        return "" if diff.empty else describe_diff(diff, staging, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
