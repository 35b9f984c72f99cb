"""Running the pinned pyright (`make pyright-install`, or `PYRIGHT_BIN`) and reading its JSON
reports, for tests/test_pyright.py and the large specs' tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
# Strict mode, Python 3.10 (the generated SDK's floor).
CONFIG = REPO / "tests" / "pyrightconfig.sdk.json"


def pyright_binary() -> Path:
    given = os.environ.get("PYRIGHT_BIN")
    binary = (
        Path(given) if given else REPO / ".cache" / "pyright" / "node_modules" / ".bin" / "pyright"
    )
    if not binary.exists():
        pytest.skip(f"pyright not installed at {binary}: run `make pyright-install`")
    return binary


def run_pyright(
    *args: str, import_root: Path | None = None, timeout: float = 600
) -> dict[str, Any]:
    """pyright's `--outputjson` report of a run with `args`."""
    # The test venv first on PATH: pyright resolves httpx (and, for --verifytypes, the SDK)
    # through the first python there (--verifytypes ignores --pythonpath); `import_root` is put
    # on that python's path for an SDK not installed in it.
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    if import_root is not None:
        env["PYTHONPATH"] = str(import_root)
    done = subprocess.run(
        [str(pyright_binary()), "--outputjson", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=timeout,
        check=False,
    )
    assert done.stdout, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def strict_problems(result: dict[str, Any]) -> list[str]:
    """The errors and warnings of a checking run, as `file:line: message`."""
    return [
        f"{Path(d['file']).name}:{d['range']['start']['line'] + 1}: {d['message']}"
        for d in result["generalDiagnostics"]
        if d["severity"] in ("error", "warning")
    ]


def completeness_problems(report: dict[str, Any]) -> list[str]:
    """What keeps a `--verifytypes` report (its `typeCompleteness`) from 100%: symbols of the
    public interface (exported, or referred to by it) of unknown or ambiguous type, and missing
    docstrings."""
    problems = sorted(
        s["name"] for s in report["symbols"] if not s["isTypeKnown"] or s["isTypeAmbiguous"]
    )
    for count in ("missingFunctionDocStringCount", "missingClassDocStringCount"):
        if report[count]:
            problems.append(f"{count}: {report[count]}")
    return problems
