"""The real Swagger 2.0 specs (Docker Engine, Argo Workflows; provenance in
tests/specs/swagger2/README.md) generate SDKs that import and pass ruff, every operation of the
2.0 file generated (sync and async); `mypy --strict` on them takes over a minute on a shared
machine, so those two tests are `large` (make test-large). Each module prints what it measured.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import pipeline
from generator.ir import build

from .conftest import REPO

SPECS = REPO / "tests" / "specs" / "swagger2"
CASES = {
    "docker": (SPECS / "docker-engine.swagger.yaml", "docker_engine_sdk", "DockerEngine", 108),
    "argo": (SPECS / "argo-workflows.swagger.json", "argo_workflows_sdk", "ArgoWorkflows", 73),
}
REPORT: dict[str, dict[str, Any]] = {name: {} for name in CASES}


_OUT: dict[str, Path] = {}


def _out(name: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The SDK generated from the case's spec (once per session), by the CLI, cold cache."""
    if name in _OUT:
        return _OUT[name]
    spec = CASES[name][0]
    root = tmp_path_factory.mktemp(name)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(spec), "-o", str(root / "sdk")],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env={**os.environ, "SDKGEN_CACHE_DIR": str(root / "cache")},
    )
    REPORT[name]["generate_seconds"] = round(time.perf_counter() - started, 2)
    assert done.returncode == 0, done.stderr[-5000:]
    output = (done.stdout + done.stderr).splitlines()
    REPORT[name]["summary"] = next((line for line in output if "sdkgen: generated" in line), "")
    _OUT[name] = root / "sdk"
    return _OUT[name]


def _raw_operations(spec: Path) -> dict[str, dict[str, Any]]:
    text = spec.read_text(encoding="utf-8")
    data = json.loads(text) if spec.suffix == ".json" else yaml.safe_load(text)
    found: dict[str, dict[str, Any]] = {}
    for path, item in data["paths"].items():
        for method in build.HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                found[op.get("operationId") or build.derive_operation_id(method, path)] = op
    return found


def _run(command: list[str], cwd: Path) -> tuple[str, float]:
    started = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=1800, env=env)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-10000:]
    return output, round(time.perf_counter() - started, 1)


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_operation_is_generated(name: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    spec, package, _, count = CASES[name]
    out = _out(name, tmp_path_factory)
    raw = _raw_operations(spec)
    assert len(raw) == count
    api, _, _ = pipeline.build_api(spec)
    assert {op.operation_id for op in api.operations} == set(raw)
    src = out / "src" / package / "resources"
    for resource in api.resources:
        code = (src / f"{resource.module}.py").read_text(encoding="utf-8")
        docs = (out / "docs" / "sdks" / resource.module / "README.md").read_text(encoding="utf-8")
        for op in resource.operations:
            # the resource, its raw and its streaming view; the async streamed method is a
            # plain `def` (it returns an `async with` context)
            assert code.count(f"    def {op.name}(\n") == 4, op.name
            assert code.count(f"    async def {op.name}(\n") == 2, op.name
            assert f"{op.name}(" in docs, op.name
    assert f"generated {count} operations" in REPORT[name]["summary"]
    REPORT[name].update(operations_in_spec=len(raw), operations_generated=len(api.operations))


@pytest.mark.parametrize("name", sorted(CASES))
def test_check_finds_no_drift(name: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    out = _out(name, tmp_path_factory)
    assert pipeline.check(CASES[name][0], out) == ""


@pytest.mark.parametrize("name", sorted(CASES))
def test_package_imports(name: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    _, package, client, _ = CASES[name]
    out = _out(name, tmp_path_factory)
    code = f"from {package} import {client}, Async{client}\n{client}(); Async{client}()\n"
    _run([sys.executable, "-c", code], out / "src")


@pytest.mark.parametrize("name", sorted(CASES))
def test_ruff_check(name: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    out = _out(name, tmp_path_factory)
    _, seconds = _run([sys.executable, "-m", "ruff", "check", "--no-cache", "."], out)
    REPORT[name]["ruff"] = f"clean ({seconds} s)"


@pytest.mark.large
@pytest.mark.parametrize("name", sorted(CASES))
def test_mypy_strict(name: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    _, package, _, _ = CASES[name]
    out = _out(name, tmp_path_factory)
    command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", package]
    output, seconds = _run(command, out / "src")
    REPORT[name]["mypy"] = f"{output.strip().splitlines()[-1]} ({seconds} s)"


def test_report(capsys: pytest.CaptureFixture[str]) -> None:
    """Runs last in this module: shows what the other tests measured."""
    with capsys.disabled():
        print("\nSwagger 2.0 specs:", json.dumps(REPORT, indent=2))
