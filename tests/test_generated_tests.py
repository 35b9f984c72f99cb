"""The tests generated with every SDK (`templates/tests/`): they pass on the SDK they come with,
they fail when the SDK sends another request or decodes another value, and there is one per
operation and variant. The committed SDK's own run is in the Makefile (`make test`), as a
consumer runs it: `pytest generated/leonardo-sdk`."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator import pipeline
from generator.ir import model as ir

from .conftest import REPO

SHAPES = REPO / "tests" / "golden" / "shapes" / "spec.yaml"


def _run_pytest(sdk: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """pytest on the SDK's tests in a process of its own, with the SDK's `src` importable."""
    env = {**os.environ, "PYTHONPATH": str(sdk / "src")}
    env.pop("PRISM_BIN", None)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:xdist", "-p", "no:randomly", *args],
        cwd=sdk,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def _counts(output: str) -> dict[str, int]:
    return {word: int(n) for n, word in re.findall(r"(\d+) (passed|failed|skipped|error)", output)}


@pytest.fixture(scope="module")
def shapes(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ir.Api]:
    out = tmp_path_factory.mktemp("shapes") / "sdk"
    generated = pipeline.generate(SHAPES, out)
    return out, generated.api


def test_generated_tests_pass_one_per_operation_and_variant(shapes: tuple[Path, ir.Api]) -> None:
    sdk, api = shapes
    done = _run_pytest(sdk)
    assert done.returncode == 0, done.stdout + done.stderr
    counts = _counts(done.stdout)
    operations = sum(len(r.operations) for r in api.resources)
    assert operations > 0
    # sync and async per operation pass; the Prism twin of each is skipped without Prism.
    assert counts.get("passed") == 2 * operations, done.stdout
    assert counts.get("skipped") == operations, done.stdout


def test_generated_tests_fail_when_the_sdk_sends_another_request(
    shapes: tuple[Path, ir.Api], tmp_path: Path
) -> None:
    sdk, api = shapes
    op = api.resources[0].operations[0]
    module = sdk / "src" / "shapes_sdk" / "resources" / f"{api.resources[0].module}.py"
    text = module.read_text()
    wrong = f'path="{op.path}/elsewhere"'
    assert f'path="{op.path}"' in text
    module.write_text(text.replace(f'path="{op.path}"', wrong, 1))
    try:
        done = _run_pytest(sdk, "-k", f"test_{op.name} and not prism")
    finally:
        module.write_text(text)
    assert done.returncode == 1, done.stdout
    assert _counts(done.stdout).get("failed") == 2, done.stdout  # sync and async


def test_generated_tests_fail_when_the_sdk_decodes_another_value(
    shapes: tuple[Path, ir.Api],
) -> None:
    """A model decoder that drops the fields it reads: the decoded value no longer equals the
    spec's example, and the tests of the operations returning it say so."""
    sdk, _ = shapes
    models = sdk / "src" / "shapes_sdk" / "models"
    serde = sdk / "src" / "shapes_sdk" / "_serde.py"
    original = serde.read_text()
    broken = original.replace(
        "            return cls._from_json(data)",
        "            return cls._from_json({})",
        1,
    )
    assert broken != original and models.is_dir()
    serde.write_text(broken)
    try:
        done = _run_pytest(sdk, "-m", "not prism")
    finally:
        serde.write_text(original)
    assert _counts(done.stdout).get("failed", 0) > 0, done.stdout


SPECS = REPO / "tests" / "specs"


@pytest.mark.parametrize(
    ("spec", "config"),
    [
        ("operations/nested.yaml", "operations/nested.sdkgen.toml"),  # client.a.b.c calls
        ("operations/github_slice.json", None),  # deprecated required fields, pages
        ("schemas/realworld/jira_recursive_aliases.json", None),  # a recursive alias response
        ("schemas/surface31.yaml", None),  # every schema keyword of 3.1
        ("schemas/realworld/ipinfodb.com.json", None),  # no operations at all
        ("operations/test_name_clash.yaml", None),  # test_merge_async twice, unless told apart
    ],
)
def test_generated_tests_pass_on_tricky_specs(
    spec: str, config: str | None, tmp_path: Path
) -> None:
    out = tmp_path / "sdk"
    generated = pipeline.generate(
        SPECS / spec, out, SPECS / config if config else None, lenient=True
    )
    done = _run_pytest(out, "-m", "not prism")
    assert done.returncode == 0, done.stdout + done.stderr
    operations = len(generated.api.operations)
    assert _counts(done.stdout).get("passed", 0) == 2 * operations, done.stdout
