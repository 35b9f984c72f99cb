"""The pipeline: load → validate → build → render → format → write, one function per command."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Generic, TypeVar, cast

import jinja2

from generator import config
from generator.emit import code as render
from generator.emit import custom, docs, origins, overrides, sdk_tests
from generator.emit.environment import shared_environment
from generator.emit.shards import WHOLE, Shard
from generator.errors import SpecValidationError
from generator.ir import build
from generator.ir.model import Api
from generator.output.fork import ForkedCall
from generator.output.format import Formatter, format_files
from generator.output.workdirs import run_all
from generator.output.write import (
    Staging,
    TreeDiff,
    compare_staged,
    compare_trees,
    describe_diff,
    planned_staging,
    recover,
    stage_tree,
    sync_tree,
)
from generator.sdk.shapes import SdkShape
from generator.spec import load, swagger2, validate

T = TypeVar("T")

__all__ = ["Generated", "build_api", "check", "compare_trees", "generate"]


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


def _load(
    spec_path: Path, config_path: Path | None, ref_roots: Sequence[Path]
) -> tuple[load.Spec, validate.PendingValidation]:
    """Load the spec (its `$ref`s may read the config's and `ref_roots`' folders too) and start
    validating it beside whatever comes next. A Swagger 2.0 spec is converted to OpenAPI 3.0
    first (its messages still name the 2.0 files: `swagger2.ConvertedDocument`)."""
    spec = load.load_spec(spec_path, config.ref_roots(spec_path, config_path, ref_roots))
    if swagger2.is_swagger2(spec.root):
        spec = swagger2.convert_spec(spec)
    return spec, validate.PendingValidation(spec)


def _build(
    spec: load.Spec, spec_path: Path, config_path: Path | None
) -> tuple[Api, config.GeneratorConfig]:
    info = spec.root.data.get("info")
    title = str(info.get("title", "")) if isinstance(info, dict) else ""
    cfg = config.load_config(spec_path, config_path, title)
    api = build.build_api(spec, cfg)
    if isinstance(spec, swagger2.ConvertedSpec):  # `source` pointers into the 2.0 files
        api = swagger2.with_original_sources(api, spec)
    return api, cfg


def _validated(pending: validate.PendingValidation, lenient: bool) -> list[str]:
    """Wait for validation: its problems stop the run, or with `lenient` become warnings;
    findings stricter than openapi-spec-validator are warnings always."""
    problems = pending.result()
    if problems and not lenient:
        raise SpecValidationError(problems)
    warnings = [f"{loc}: {msg} (invalid OpenAPI, --lenient)" for msg, loc in problems]
    return warnings + [f"{loc}: {msg}" for msg, loc in pending.warnings()]


def build_api(
    spec_path: Path,
    config_path: Path | None = None,
    lenient: bool = False,
    ref_roots: Sequence[Path] = (),
) -> tuple[Api, config.GeneratorConfig, tuple[str, ...]]:
    """Load, validate and build: everything before rendering."""
    spec, pending = _load(spec_path, config_path, ref_roots)
    try:
        api, cfg = _build(spec, spec_path, config_path)
        warnings = _validated(pending, lenient)
    finally:
        pending.cancel()
    return api, cfg, (*warnings, *api.warnings)


FORK_DOCS_MIN_OPERATIONS = 200
"""Below this many operations the docs render too fast for a forked process to pay off (upstream
Leonardo, 58 operations: docs 0.1 s, run 1.15 s forked vs 1.06 s inline; GitHub, 1,223: docs
render 3–4 s beside the code instead of after it)."""


def _fork_docs(api: Api) -> bool:
    if len(api.operations) < FORK_DOCS_MIN_OPERATIONS:
        return False
    import multiprocessing  # only here: small specs never fork, and it costs ~8 ms to import

    return "fork" in multiprocessing.get_all_start_methods()


CHILD_SHARD = Shard(1, 2)
"""The part of the code the docs process renders too: half the model modules, which evens out
the two processes (GitHub: code 1.3 s against docs 0.7 s when the code was not shared)."""


def _stage_docs(
    shape: SdkShape, cfg: config.GeneratorConfig, root: Path, shard: Shard, env: jinja2.Environment
) -> dict[str, str]:
    """Render the docs and that `shard` of the code, write them under `root`; the paths written,
    each with the template that rendered it ('' if unrecorded; runs in a child)."""
    with origins.recording() as recorded:
        files = _render_docs(shape, cfg, env)
        files.update(render.render_package(shape, cfg, env, shard=shard))
    stage_tree(files, root)
    return {path: recorded.get(path, "") for path in files}


def _render_docs(
    shape: SdkShape, cfg: config.GeneratorConfig, env: jinja2.Environment
) -> dict[str, str]:
    """The docs and the SDK's tests (which reuse the docs' example calls)."""
    with origins.reporting("the docs"):
        files = docs.render_docs(shape, cfg, env)
    with origins.reporting("the tests"):
        pages = docs.model_pages(shape.api)
        resources = tuple(docs.resource_doc(shape, cfg, r, pages) for r in shape.api.resources)
        files.update(sdk_tests.render_tests(shape, cfg, env, resources))
    return files


def _customized(
    api: Api, cfg: config.GeneratorConfig, staging: Staging
) -> tuple[config.GeneratorConfig, tuple[str, ...]]:
    """`cfg` with the mixins of the output's `_custom/` folder, the warnings about them; the
    staging learns which output paths the user owns (`write`)."""
    staging.owned = cfg.custom_paths
    found = custom.find_custom_code(staging.out_dir, api, cfg)
    return replace(cfg, mixins=found.mixins), found.warnings


def _customize_files(
    files: dict[str, str],
    templates: Path | None,
    shape: SdkShape,
    cfg: config.GeneratorConfig,
    env: jinja2.Environment,
) -> None:
    """The replacement runtime modules and the new files of `templates` (`emit.overrides`)."""
    if templates is None:
        return
    for name, text in overrides.runtime_files(templates).items():
        files[f"src/{cfg.package_name}/{name}"] = text
    for target, name in overrides.extra_templates(templates).items():
        with origins.rendering(name, target):
            files[target] = env.get_template(name).render(api=shape.api, config=cfg, shape=shape)


def _staged(
    spec_path: Path,
    staging: Staging,
    config_path: Path | None,
    lenient: bool,
    ref_roots: Sequence[Path] = (),
    templates: Path | None = None,
    formatted: bool = True,
) -> tuple[Api, tuple[str, ...]]:
    """Build, render and format into `staging` (made here, see `write.planned_staging`) while
    validation runs in a forked process. On large specs a second forked process renders the docs
    and half the model modules and writes them into the staging directory while this one renders,
    writes and formats the rest of the code (the child's files go through ruff once joined: the
    docs for their Python examples). Returns only once validation passed; on any failure
    (a signal included) ruff is stopped, the docs process killed and reaped and the staging
    directory removed. `templates`: a directory of replacement templates (`emit.overrides`);
    not `formatted`: no ruff, generated Python that does not parse is only warned about."""
    spec, pending = _load(spec_path, config_path, ref_roots)
    docs_job: ForkedCall[dict[str, str]] | None = None
    formatter = Formatter()
    formatting: _Background[list[str]] | None = None
    try:
        api, cfg = _build(spec, spec_path, config_path)
        if templates is None and cfg.templates:  # `--templates` wins over the config's
            templates = Path(cfg.templates)
        env = shared_environment() if templates is None else overrides.environment(templates)
        cfg, custom_warnings = _customized(api, cfg, staging)
        staging.make()
        shape = SdkShape(api)
        shard = WHOLE
        if _fork_docs(api):
            docs_job = ForkedCall(_stage_docs, shape, cfg, staging.root, CHILD_SHARD, env)
            shard = Shard(0, CHILD_SHARD.count)
        with origins.recording() as recorded:
            files = render.render_package(shape, cfg, env, shard=shard)
        if docs_job is None:
            files.update(_render_docs(shape, cfg, env))
        _customize_files(files, templates, shape, cfg, env)
        files.update(config.package_files(spec_path, config_path))
        stage_tree(files, staging.root)
        staging.add(files)
        # ruff works in its own process: while a thread waits for it, this one validates (inline
        # for small specs, where validation is on the critical path).
        if formatted:
            format_all = origins.explained(formatter.format, recorded, env)
            formatting = _Background(format_all, staging.root, list(files))
        pending.result()
        staging.remember(files, formatting.result() if formatting is not None else [])
        if docs_job is not None:
            docs_paths = docs_job.result()
            if docs_paths is None:  # the child died (e.g. out of memory): render here instead
                docs_paths = _stage_docs(shape, cfg, staging.root, CHILD_SHARD, env)
            _no_overlap(files, list(docs_paths))
            staging.add(docs_paths)
            recorded.update(docs_paths)
            if formatted:
                origins.explained(format_files, recorded, env)(staging.root, list(docs_paths))
        warnings = _validated(pending, lenient) + list(custom_warnings)
        if not formatted:  # ruff would have reported these; the tree is written anyway
            warnings += origins.unparsable_warnings(staging.root, list(recorded), recorded, env)
    except BaseException:
        run_all(  # every step, even if a signal interrupts one
            formatter.stop,  # never leave ruff writing into a staging dir being removed
            formatting.wait if formatting is not None else _nothing,
            docs_job.cancel if docs_job is not None else _nothing,
            staging.remove,
        )
        raise
    finally:
        pending.cancel()
    return api, (*warnings, *api.warnings)


def _nothing() -> None:
    pass


class _Background(Generic[T]):
    """`function(*args)` in a thread, its value (or exception) collected by `result()`."""

    def __init__(self, function: Callable[..., T], *args: object) -> None:
        self._value: T | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(function, *args), daemon=True)
        self._thread.start()

    def _run(self, function: Callable[..., T], *args: object) -> None:
        try:
            self._value = function(*args)
        except BaseException as exc:  # handed to the caller by result()
            self._error = exc

    def wait(self) -> None:
        self._thread.join()

    def result(self) -> T:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return cast(T, self._value)


def _no_overlap(code: Mapping[str, str], docs_paths: list[str]) -> None:
    """Code and docs are rendered apart (maybe at the same time): no path may be in both."""
    both = sorted(set(code).intersection(docs_paths))
    if both:
        raise RuntimeError(f"rendered both as code and as docs: {', '.join(both[:5])}")


def generate(
    spec_path: Path,
    out_dir: Path,
    config_path: Path | None = None,
    lenient: bool = False,
    on_staged: Callable[[Path], None] | None = None,
    ref_roots: Sequence[Path] = (),
    on_recovered: Callable[[str], None] | None = None,
    *,
    templates: Path | None = None,
    formatted: bool = True,
) -> Generated:
    """Generate into `out_dir`, all or nothing (`write.sync_tree`). What interrupted runs left
    behind is cleaned up first and reported to `on_recovered` (default: one line on stderr).
    `templates`: replacement templates (`emit.overrides`); not `formatted`: the files as the
    templates wrote them, without ruff (to debug a template)."""
    started = time.perf_counter()
    recovery = recover(out_dir)
    if recovery is not None:
        (on_recovered or _say)(recovery.message())
    staging = planned_staging(out_dir)  # made, and always removed, inside the try
    try:
        api, warnings = _staged(
            spec_path, staging, config_path, lenient, ref_roots, templates, formatted
        )
        if on_staged is not None:
            on_staged(staging.root)
            staging.rescan()
        diff = sync_tree(staging)
    finally:
        staging.remove()
    return Generated(api, warnings, diff, time.perf_counter() - started)


def _say(message: str) -> None:
    print(f"sdkgen: {message}", file=sys.stderr, flush=True)


def check(
    spec_path: Path,
    out_dir: Path,
    config_path: Path | None = None,
    lenient: bool = False,
    ref_roots: Sequence[Path] = (),
    *,
    templates: Path | None = None,
) -> str:
    """'' when `out_dir` is exactly what the spec generates (with `templates`, see `generate`),
    else a summary of the drift."""
    staging = planned_staging(out_dir)
    try:
        _staged(spec_path, staging, config_path, lenient, ref_roots, templates)
        diff = compare_staged(staging)
        return "" if diff.empty else describe_diff(diff, staging.root, staging.out_dir)
    finally:
        staging.remove()
