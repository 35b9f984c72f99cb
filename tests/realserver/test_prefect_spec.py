"""The generator on the real server's spec, without the server: Prefect's live OpenAPI document
(vendored, tests/realserver/prefect-openapi.json; test_prefect_workflow.py checks it is still
what the pinned server serves) generates a package that passes ruff, black and `mypy --strict`.

specs/fastapi_shapes.yaml keeps the shapes of that spec the generated code once got wrong small
enough to read, and checks the decoded values did not change with the annotations.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator import pipeline
from generator.output.format import ruff_binary

from .conftest import HERE, VENDORED_SPEC, imported_package

SHAPES_SPEC = HERE / "specs" / "fastapi_shapes.yaml"
BIN = Path(sys.executable).parent
HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


def _checks(package_root: Path) -> list[list[str]]:
    """The project's standard for generated code, run in the package root (its own config)."""
    (src,) = (package_root / "src").iterdir()
    return [
        [ruff_binary(), "check", "--no-cache", "."],
        [ruff_binary(), "format", "--no-cache", "--check", "."],
        [str(BIN / "black"), "--check", "-q", "."],
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", "/dev/null", f"src/{src.name}"],
    ]


def _assert_clean(package_root: Path) -> None:
    for command in _checks(package_root):
        done = subprocess.run(command, cwd=package_root, capture_output=True, text=True)
        assert done.returncode == 0, f"{' '.join(command[:3])}:\n{done.stdout}{done.stderr}"


def test_prefect_spec_generates_every_operation_into_a_clean_package(tmp_path: Path) -> None:
    spec = json.loads(VENDORED_SPEC.read_text(encoding="utf-8"))
    operations = sum(
        1 for item in spec["paths"].values() for method in item if method in HTTP_METHODS
    )
    result = pipeline.generate(VENDORED_SPEC, tmp_path / "sdk")
    assert sum(len(resource.operations) for resource in result.api.resources) == operations
    _assert_clean(tmp_path / "sdk")


@pytest.fixture(scope="module")
def shapes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, ModuleType]]:
    root = tmp_path_factory.mktemp("fastapi-shapes") / "sdk"
    pipeline.generate(SHAPES_SPEC, root)
    with imported_package(root, ".models") as models:
        yield root, models


def test_fastapi_shapes_pass_ruff_black_and_mypy_strict(
    shapes: tuple[Path, ModuleType],
) -> None:
    _assert_clean(shapes[0])


NUMBERS = st.integers() | st.floats(allow_nan=False, allow_infinity=False)


@given(limit=NUMBERS, retry_delay=NUMBERS | st.none())
def test_int_or_float_fields_keep_the_json_type_they_came_with(
    shapes: tuple[Path, ModuleType], limit: float, retry_delay: float | None
) -> None:
    """Annotated `float` (which accepts ints), an `int | float` field still returns an int as
    the int it was: decoding goes by the value, not by the annotation."""
    models = shapes[1]
    payload = {"id": "0b5c3f6e-0d4e-4a47-9a35-4d1d3c2a6f10", "actions": [], "limit": limit}
    payload["retry_delay"] = retry_delay
    automation = models.Automation.from_dict(payload)
    assert type(automation.limit) is type(limit)
    assert type(automation.retry_delay) is type(retry_delay)
    assert json.dumps(automation.to_dict(), sort_keys=True) == json.dumps(payload, sort_keys=True)
