"""pyright on the runtime (issue 15): every file of `templates/runtime/` passes pyright's strict
mode, and in the committed SDK every symbol the runtime defines has a known, unambiguous type
(`--verifytypes`). The rest of the SDK (generated from `templates/src/`) is reported by
`make pyright`. Needs the pinned pyright: `make pyright-install` (or `PYRIGHT_BIN`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
RUNTIME = REPO / "templates" / "runtime"
CONFIG = REPO / "tests" / "pyrightconfig.sdk.json"
PACKAGE = "leonardo_sdk"


def _pyright() -> Path:
    given = os.environ.get("PYRIGHT_BIN")
    binary = (
        Path(given) if given else REPO / ".cache" / "pyright" / "node_modules" / ".bin" / "pyright"
    )
    if not binary.exists():
        pytest.skip(f"pyright not installed at {binary}: run `make pyright-install`")
    return binary


def _run(*args: str) -> dict[str, Any]:
    # The test venv first on PATH: pyright resolves httpx (and, for --verifytypes, the SDK)
    # through the first python there (--verifytypes ignores --pythonpath).
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(
        [str(_pyright()), "--outputjson", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=600,
        check=False,
    )
    assert done.stdout, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_runtime_passes_pyright_strict() -> None:
    files = sorted(str(path) for path in RUNTIME.glob("*.py"))
    result = _run("-p", str(CONFIG), *files)
    problems = [
        f"{Path(d['file']).name}:{d['range']['start']['line'] + 1}: {d['message']}"
        for d in result["generalDiagnostics"]
        if d["severity"] in ("error", "warning")
    ]
    assert problems == []
    assert result["summary"]["filesAnalyzed"] == len(files)


def test_runtime_symbols_have_known_types_in_the_sdk() -> None:
    runtime_modules = {f"{PACKAGE}.{path.stem}" for path in RUNTIME.glob("*.py")}
    result = _run("--verifytypes", PACKAGE, "--ignoreexternal")
    report = result["typeCompleteness"]
    assert Path(report["packageRootDirectory"]).name == PACKAGE  # the SDK was found
    symbols = report["symbols"]
    # Symbols of runtime modules, and members of their classes (`..._serde.BaseModel.__hash__`)
    from_runtime = [s for s in symbols if ".".join(s["name"].split(".")[:2]) in runtime_modules]
    assert from_runtime  # the report does cover the runtime
    incomplete = sorted(
        {s["name"] for s in from_runtime if not s["isTypeKnown"] or s["isTypeAmbiguous"]}
    )
    assert incomplete == []
