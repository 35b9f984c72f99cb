"""GitHub's REST API spec (1,200+ operations) generates into a package that imports and type-checks.

Large (`make test-large`, which fetches the spec first with `make github-spec`). The test prints
what it measured: generation time, peak memory, operations, typed responses, warnings, and how
long ruff, mypy (strict, Python 3.10) and pyright (strict; `--verifytypes` completeness) took.
It also writes them to `.cache/github-large-report.json`.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator import pipeline
from generator.ir import build

from .conftest import REPO
from .pyright_support import CONFIG as PYRIGHT_CONFIG
from .pyright_support import completeness_problems, run_pyright, strict_problems

pytestmark = pytest.mark.large

GITHUB_OPENAPI_VERSION = "23.0.2"  # keep in step with the Makefile
SPEC = REPO / ".cache" / "github-openapi" / GITHUB_OPENAPI_VERSION / "api.github.com.json"
PACKAGE = "github_sdk"
CONFIG = """\
dist_name = "github-sdk"
package_name = "github_sdk"
client_name = "GitHub"
env_prefix = "GITHUB"
"""
REPORT: dict[str, Any] = {}


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    if not SPEC.is_file():
        pytest.fail(f"{SPEC} is missing: run `make github-spec` (make test-large does)")
    root = tmp_path_factory.mktemp("github")
    (root / "sdkgen.toml").write_text(CONFIG)
    # A cold run: no validation results cached from earlier runs (the tests below reuse them).
    cache = {"SDKGEN_CACHE_DIR": str(root / "cache")}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(SPEC), "-o", str(root / "sdk")]
        + ["--config", str(root / "sdkgen.toml")],
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
        env={**os.environ, **cache},
    )
    REPORT["generate_seconds"] = round(time.perf_counter() - started, 1)
    # Peak RSS of the children waited for so far: the generator is the first one.
    REPORT["generate_peak_rss_mb"] = round(
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    )
    assert done.returncode == 0, done.stderr[-5000:]
    output = (done.stdout + done.stderr).splitlines()
    REPORT["summary"] = next((line for line in output if "sdkgen: generated" in line), "")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SDKGEN_CACHE_DIR", cache["SDKGEN_CACHE_DIR"])
        yield root / "sdk"
    report = REPO / ".cache" / "github-large-report.json"
    report.write_text(json.dumps(REPORT, indent=2) + "\n")


def _raw_operations() -> dict[str, dict[str, Any]]:
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    found: dict[str, dict[str, Any]] = {}
    for path, item in spec["paths"].items():
        for method in build.HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                found[op.get("operationId") or build.derive_operation_id(method, path)] = op
    return found


def _declares_a_typed_response(op: dict[str, Any]) -> bool:
    responses = op.get("responses") or {}
    successes = [s for s in responses if str(s).startswith("2")] or (
        ["default"] if "default" in responses else []
    )
    return any((responses[s] or {}).get("content") for s in successes)


def test_every_operation_generated_with_a_typed_response(out: Path) -> None:
    raw = _raw_operations()
    api, _, warnings = pipeline.build_api(SPEC, out.parent / "sdkgen.toml")
    by_id = {op.operation_id: op for op in api.operations}
    assert len(api.operations) == len(raw)
    assert set(by_id) == set(raw)
    declared = [op_id for op_id, op in raw.items() if _declares_a_typed_response(op)]
    untyped = [op_id for op_id in declared if by_id[op_id].return_type is None]
    assert untyped == []
    # Each method is in its resource module, sync and async.
    src = out / "src" / PACKAGE / "resources"
    for res in api.resources:
        code = (src / f"{res.module}.py").read_text(encoding="utf-8")
        for op in res.operations:
            # the resource, its raw and its streaming view; the async streamed method is a
            # plain `def` (it returns an `async with` context)
            assert code.count(f"    def {op.name}(\n") == 4, op.name
            assert code.count(f"    async def {op.name}(\n") == 2, op.name
    REPORT.update(
        operations_in_spec=len(raw),
        operations_generated=len(api.operations),
        responses_declared=len(declared),
        responses_typed=len(declared) - len(untyped),
        typed_including_redirect_downloads=sum(op.return_type is not None for op in api.operations),
        models=len(api.models),
        enums=len(api.enums),
        warnings=len(warnings),
    )


def _run(command: list[str], cwd: Path, key: str) -> str:
    started = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=3600, env=env)
    REPORT[f"{key}_seconds"] = round(time.perf_counter() - started, 1)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-10000:]
    return output


def test_package_imports(out: Path) -> None:
    code = (
        "from github_sdk import GitHub, AsyncGitHub\n"
        "client = GitHub()\n"
        "assert client.base_url == 'https://api.github.com'\n"
        "assert callable(client.repos.get) and callable(AsyncGitHub().issues.create)\n"
    )
    _run([sys.executable, "-c", code], out / "src", "import")


def test_ruff_check(out: Path) -> None:
    # PYI041 (`float | int` in model union annotations) belongs to the models' annotations
    # (generator/sdk/codec.py); everything else must be clean.
    ruff = [sys.executable, "-m", "ruff", "check", "--no-cache", "--extend-ignore", "PYI041", "."]
    _run(ruff, out, "ruff")


def test_mypy_strict(out: Path) -> None:
    # The SDK's floor: what passes for 3.10 passes for the later versions' stricter stubs too.
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--python-version"]
    output = _run([*mypy, "3.10", PACKAGE], out / "src", "mypy")
    REPORT["mypy"] = output.strip().splitlines()[-1]


def test_pyright_strict(out: Path) -> None:
    started = time.perf_counter()
    result = run_pyright("-p", str(PYRIGHT_CONFIG), str(out / "src" / PACKAGE), timeout=3600)
    REPORT["pyright_seconds"] = round(time.perf_counter() - started, 1)
    REPORT["pyright_files"] = result["summary"]["filesAnalyzed"]
    assert strict_problems(result)[:50] == []


def test_pyright_type_completeness(out: Path) -> None:
    started = time.perf_counter()
    result = run_pyright(
        "--verifytypes", PACKAGE, "--ignoreexternal", import_root=out / "src", timeout=3600
    )
    REPORT["verifytypes_seconds"] = round(time.perf_counter() - started, 1)
    report = result["typeCompleteness"]
    REPORT["type_completeness"] = report["completenessScore"]
    assert Path(report["packageRootDirectory"]) == out / "src" / PACKAGE
    assert completeness_problems(report)[:50] == []


def test_report(out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Runs last in this module: shows what the other tests measured."""
    with capsys.disabled():
        print("\nGitHub spec:", json.dumps(REPORT, indent=2))
