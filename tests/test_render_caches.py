"""The render stage's reuse mechanisms: shared environment, compiled-template cache location,
GC pause, views computed once, memoized type Markdown, table rows computed in Python.

Their output is covered by the goldens (byte-identical to the code before they existed); these
tests pin what each mechanism promises on its own.
"""

from __future__ import annotations

import gc
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from generator import escaping, pipeline
from generator.config import GeneratorConfig
from generator.emit import docs, shards
from generator.emit import environment as render
from generator.ir import model as ir
from generator.sdk.shapes import SdkShape

from .conftest import SPEC


@pytest.fixture(scope="module")
def leonardo() -> tuple[ir.Api, object]:
    api, cfg, _ = pipeline.build_api(SPEC)
    return api, cfg


def test_shared_environment_is_created_once_and_does_not_reload() -> None:
    env = render.shared_environment()
    assert render.shared_environment() is env
    assert env.auto_reload is False
    assert env.finalize is escaping.guard_output  # the SpecText tripwire is still on
    assert env.get_template("docs/model.md.jinja") is env.get_template("docs/model.md.jinja")


def test_compiled_templates_live_beside_the_templates_like_pyc(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "pycache_prefix", None)
    assert render.bytecode_cache_dir(tmp_path) == tmp_path / "__pycache__"
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path / "prefix"))
    mirrored = render.bytecode_cache_dir(tmp_path / "templates")
    assert mirrored == tmp_path / "prefix" / (tmp_path / "templates").relative_to("/")


def test_compiled_templates_do_not_depend_on_the_sdkgen_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A cold run (empty $SDKGEN_CACHE_DIR) finds the compiled templates where Python would."""
    monkeypatch.setattr(sys, "pycache_prefix", None)
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "empty" / "validation"))
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "t.jinja").write_text("{{ x }}\n")
    env = render.make_environment(templates)
    assert env.get_template("t.jinja").render(x="a") == "a\n"
    assert list((templates / "__pycache__").glob("__jinja2_*.cache"))
    assert not (tmp_path / "empty").exists()
    # a changed source is recompiled, not served from the stale entry
    (templates / "t.jinja").write_text("{{ x }}!\n")
    assert render.make_environment(templates).get_template("t.jinja").render(x="a") == "a!\n"


def test_unwritable_template_dir_falls_back_to_the_user_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "pycache_prefix", None)
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "cache" / "validation"))
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "__pycache__").write_text("a file where the directory would go")
    cache = render._bytecode_cache(templates)
    assert cache is not None
    assert Path(cache.directory) == tmp_path / "cache" / "jinja"  # type: ignore[attr-defined]


@pytest.mark.parametrize("enabled", [True, False])
def test_gc_paused_restores_the_collector_state(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        with shards.gc_paused():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
        with pytest.raises(RuntimeError), shards.gc_paused():
            raise RuntimeError
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_the_docs_describe_the_shape_the_code_is_rendered_from(
    leonardo: tuple[ir.Api, object],
) -> None:
    """One shape per API, computed once, read by both stages: what the docs call an operation's
    iterator is what its shape names it (changed in the shape, changed in the docs)."""
    api, cfg = leonardo
    assert isinstance(cfg, GeneratorConfig)
    shape = SdkShape(api)
    assert shape.resources is shape.resources
    for resource in api.resources:
        assert shape.resource(resource) is shape.resources[resource.module]
    module, resource_shape = next(
        (m, r) for m, r in shape.resources.items() if any(o.pager for o in r.operations)
    )
    paged = next(o for o in resource_shape.operations if o.pager is not None)
    assert paged.pager is not None
    renamed = replace(paged, pager=replace(paged.pager, name="iter_renamed_in_the_shape"))
    operations = tuple(renamed if o is paged else o for o in resource_shape.operations)
    shape.resources[module] = replace(resource_shape, operations=operations)
    page = docs.render_docs(shape, cfg)[f"docs/sdks/{module}/README.md"]
    assert "iter_renamed_in_the_shape" in page
    assert paged.pager.name not in page.replace("iter_renamed_in_the_shape", "")


def test_type_markdown_memo_is_per_page_directory(leonardo: tuple[ir.Api, object]) -> None:
    api, _ = leonardo
    pages = docs.model_pages(api)
    here, there = docs.TypeLinks(pages, ""), docs.TypeLinks(pages, "../../models/")
    for model in api.models:
        for field in model.fields:
            for request in (False, True):
                expected = docs.TypeLinks(pages, "")  # a fresh memo: computed from scratch
                first = docs.type_markdown(field.type, here, request=request)
                assert first == docs.type_markdown(field.type, expected, request=request)
                assert docs.type_markdown(field.type, here, request=request) == first
                assert docs.type_markdown(field.type, there, request=request) == first.replace(
                    "](", "](../../models/"
                )


def test_row_cells() -> None:
    row = docs.Row(
        name="max_size",
        type="*int*",
        required=False,
        description=escaping.SpecText("Largest <size> | in bytes"),
        default="`10`",
        deprecated=True,
        read_only=True,
        wire_name="maxSize",
    )
    assert row.cells == docs.Cells(
        "`max_size`",
        "*int*",
        ":heavy_minus_sign:",
        ":warning: **DEPRECATED** **Read-only.** Largest &lt;size&gt; \\| in bytes. "
        "Default: `10`. JSON name: `maxSize`.",
    )
    bare = docs.Row(name="id", type="*str*", required=True, description=None)
    assert bare.cells == docs.Cells("`id`", "*str*", ":heavy_check_mark:", "")
