"""Golden tests: each `tests/golden/<case>/spec.yaml` generates exactly `expected/`, byte for byte.

`pytest --update-goldens` rewrites `expected/` from the generator (review the diff as code).
The static runtime files (`templates/runtime/*.py`, copied verbatim) are left out of goldens: they
are not generated, and `tests/runtime` tests them directly.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import pipeline
from generator.emit.environment import RUNTIME_DIR
from generator.output.write import describe_diff, read_tree

GOLDEN = Path(__file__).resolve().parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "spec.yaml").is_file())
RUNTIME_FILES = {p.name for p in RUNTIME_DIR.glob("*.py")}


def _drop_runtime(root: Path) -> None:
    for path in root.glob("src/*/*.py"):
        if path.name in RUNTIME_FILES:
            path.unlink()


@pytest.mark.parametrize("case", CASES)
def test_golden(case: str, tmp_path: Path, update_goldens: bool) -> None:
    spec = GOLDEN / case / "spec.yaml"
    expected = GOLDEN / case / "expected"
    actual = tmp_path / "out"
    pipeline.generate(spec, actual)
    _drop_runtime(actual)
    if update_goldens:
        shutil.rmtree(expected, ignore_errors=True)
        shutil.copytree(actual, expected)
        return
    assert expected.is_dir(), f"no golden for {case}: run pytest --update-goldens and review"
    if read_tree(actual) != read_tree(expected):
        diff = pipeline.compare_trees(actual, expected)
        pytest.fail(f"{case} differs from its golden:\n{describe_diff(diff, actual, expected)}")


def test_generation_is_byte_identical_across_runs(tmp_path: Path) -> None:
    spec = GOLDEN / "shapes" / "spec.yaml"
    pipeline.generate(spec, tmp_path / "a")
    pipeline.generate(spec, tmp_path / "b")
    assert read_tree(tmp_path / "a") == read_tree(tmp_path / "b")


def test_generated_code_is_stable_under_ruff_format_and_black(tmp_path: Path) -> None:
    """The formats stage runs ruff; black must agree with it on every file (long union
    annotations and conditionals in comprehensions are where the two differ unless we emit
    black's parentheses ourselves)."""
    import subprocess
    import sys

    from .conftest import UPSTREAM_SPEC

    out = tmp_path / "upstream"
    pipeline.generate(UPSTREAM_SPEC, out)
    bin_dir = Path(sys.executable).parent
    for command in (
        [str(bin_dir / "black"), "--check", "-q", "."],
        [str(bin_dir / "ruff"), "format", "--check", "--no-cache", "."],
    ):
        done = subprocess.run(command, cwd=out, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stdout + done.stderr


def test_runtime_files_are_copied_as_ruff_would_leave_them(tmp_path: Path) -> None:
    """The runtime is copied verbatim; ruff (which runs over every generated file) must find
    nothing to change in it, or every generation pays for rewriting it."""
    out = tmp_path / "out"
    pipeline.generate(GOLDEN / "shapes" / "spec.yaml", out)
    (package,) = (p for p in (out / "src").iterdir() if p.is_dir())
    for source in RUNTIME_DIR.glob("*.py"):
        assert (package / source.name).read_bytes() == source.read_bytes(), source.name


@pytest.mark.parametrize("case", CASES)
def test_rendered_models_need_no_import_or_slots_fixes(case: str, tmp_path: Path) -> None:
    """The renderer lays the imports and `__slots__` of model modules (the files whose number
    grows with the spec) out as ruff's fixes would: ruff still checks them, but rewriting
    thousands of files was most of its cost on large specs."""
    import subprocess

    from generator.emit import code as render
    from generator.output.format import FIX_RULES, ruff_binary
    from generator.sdk.layout import LINE_LENGTH
    from generator.sdk.shapes import SdkShape

    api, cfg, _ = pipeline.build_api(GOLDEN / case / "spec.yaml")
    models = {
        relative: text
        for relative, text in render.render_package(SdkShape(api), cfg).items()
        if "/models/" in relative
    }
    assert models
    # The generated package's own line length (ruff's default, 88, would wrap longer imports).
    (tmp_path / "ruff.toml").write_text(f"line-length = {LINE_LENGTH}\n")
    for relative, text in models.items():
        target = tmp_path / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    found = subprocess.run(
        [ruff_binary(), "check", "--no-cache", "--select", FIX_RULES, "--output-format",
         "concise", "."],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert found.returncode == 0, found.stdout


def test_shards_of_the_package_add_up_to_the_whole() -> None:
    """Processes sharing the rendering (pipeline: the docs process takes half the model modules)
    together produce exactly the package, each file once."""
    from generator.emit import code as render
    from generator.emit.shards import Shard
    from generator.sdk.shapes import SdkShape

    api, cfg, _ = pipeline.build_api(GOLDEN / "shapes" / "spec.yaml")
    whole = render.render_package(SdkShape(api), cfg)
    parts = [render.render_package(SdkShape(api), cfg, shard=Shard(i, 3)) for i in range(3)]
    assert all(any("/models/" in p for p in part) for part in parts)  # each got model modules
    assert sum(len(part) for part in parts) == len(whole)
    assert {k: v for part in parts for k, v in part.items()} == whole
