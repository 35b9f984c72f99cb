"""Render stage, code: the shapes (`sdk.shapes`) laid out by the templates into the text of every
file of the generated package (path → content), plus the runtime copied verbatim."""

from __future__ import annotations

from typing import Any

import jinja2

from generator.config import GeneratorConfig
from generator.emit import origins
from generator.emit.environment import RUNTIME_DIR, shared_environment
from generator.emit.shards import WHOLE, Shard, gc_paused
from generator.sdk.layout import LINE_LENGTH
from generator.sdk.shapes import SdkShape


def render_package(
    shape: SdkShape,
    config: GeneratorConfig,
    env: jinja2.Environment | None = None,
    *,
    shard: Shard = WHOLE,
) -> dict[str, str]:
    """Every file of the package (code, runtime, pyproject), by path from the package root; with
    a `shard`, only that part of them."""
    with gc_paused():
        return _render_package(shape, config, env or shared_environment(), shard)


def _render_package(
    shape: SdkShape, config: GeneratorConfig, env: jinja2.Environment, shard: Shard
) -> dict[str, str]:
    api = shape.api
    pkg = f"src/{config.package_name}"
    files: dict[str, str] = {}
    context: dict[str, Any] = {"api": api, "config": config}
    templates: dict[str, jinja2.Template] = {}

    def render(template: str, target: str, **extra: Any) -> None:
        with origins.rendering(template, target):  # records target → template; names failures
            if template not in templates:
                templates[template] = env.get_template(template)
            files[target] = templates[template].render(**context, **extra)

    ordered = shape.model_modules
    for position, (name, members) in enumerate(ordered):
        if shard.takes(position):
            module = shape.model_module(name, members)
            render("src/models/module.py.jinja", f"{pkg}/models/{module.name}.py", module=module)
    if shard.index != 0:
        return files

    for runtime_file in sorted(RUNTIME_DIR.glob("*.py")):
        files[f"{pkg}/{runtime_file.name}"] = runtime_file.read_text(encoding="utf-8")
    files[f"{pkg}/py.typed"] = ""
    render("package/pyproject.toml.jinja", "pyproject.toml", line_length=LINE_LENGTH)
    render("src/__init__.py.jinja", f"{pkg}/__init__.py")
    render("src/_version.py.jinja", f"{pkg}/_version.py")
    render("src/_client.py.jinja", f"{pkg}/_client.py", env_log=f"{config.env_prefix}_LOG")
    exports = [(m.name, name) for name, members in ordered for m in members]
    render("src/models/__init__.py.jinja", f"{pkg}/models/__init__.py", exports=exports)

    resources = list(shape.resources.values())
    for rv in resources:
        render(
            "src/resources/resource.py.jinja", f"{pkg}/resources/{rv.resource.module}.py", view=rv
        )
    render("src/resources/__init__.py.jinja", f"{pkg}/resources/__init__.py", resources=resources)
    return files
