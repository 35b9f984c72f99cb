"""pyright (issue 15): every file of `templates/runtime/` passes pyright's strict mode; in the
committed SDK and in the SDK of Leonardo's whole upstream spec every exported symbol has a known,
unambiguous type and a docstring (`--verifytypes`), and the upstream SDK passes strict mode too
(the committed one: `make pyright`, in `make check`). Needs the pinned pyright: `make
pyright-install` (or `PYRIGHT_BIN`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator import pipeline

from .pyright_support import (
    CONFIG,
    REPO,
    completeness_problems,
    run_pyright,
    strict_problems,
)

UPSTREAM_SPEC = REPO / "tests" / "reference" / "leonardo-openapi-upstream-2026-04.json"
RUNTIME = REPO / "templates" / "runtime"
PACKAGE = "leonardo_sdk"


def test_runtime_passes_pyright_strict() -> None:
    files = sorted(str(path) for path in RUNTIME.glob("*.py"))
    result = run_pyright("-p", str(CONFIG), *files)
    assert strict_problems(result) == []
    assert result["summary"]["filesAnalyzed"] == len(files)


def test_the_committed_sdk_is_fully_typed_and_documented() -> None:
    """The runtime's symbols included (those the public API refers to, exported or not)."""
    result = run_pyright("--verifytypes", PACKAGE, "--ignoreexternal")
    report = result["typeCompleteness"]
    assert Path(report["packageRootDirectory"]).name == PACKAGE
    assert report["exportedSymbolCounts"]["withKnownType"] > 600  # the whole public API counted
    assert completeness_problems(report) == []
    assert report["completenessScore"] == 1


def test_the_upstream_spec_sdk_passes_strict_and_is_fully_typed(tmp_path: Path) -> None:
    """Leonardo's whole public spec (58 operations, 196 models): more shapes than ours."""
    out = tmp_path / "sdk"
    done = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(UPSTREAM_SPEC), "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (package,) = (p for p in (out / "src").iterdir() if (p / "py.typed").exists())
    strict = run_pyright("-p", str(CONFIG), str(package))
    assert strict_problems(strict) == []
    assert strict["summary"]["filesAnalyzed"] > 200
    report = run_pyright(
        "--verifytypes", package.name, "--ignoreexternal", import_root=out / "src"
    )["typeCompleteness"]
    assert Path(report["packageRootDirectory"]) == package
    assert completeness_problems(report) == []


# The test specs with the most shapes: every operation kind, every schema keyword, hostile
# names, spec faults (--lenient), no models or no operations at all.
SHAPE_SPECS = sorted(
    [
        *(REPO / "tests" / "specs" / "operations").glob("*.yaml"),
        *(REPO / "tests" / "specs" / "operations").glob("*.json"),
        *(REPO / "tests" / "specs" / "schemas").glob("*.yaml"),
        *(REPO / "tests" / "specs" / "schemas" / "realworld").glob("*.*"),
    ]
)


def test_sdks_of_the_shape_specs_pass_pyright_strict(tmp_path: Path) -> None:
    """pyright strict over the SDKs of many shapes at once (one run): what Leonardo's specs do
    not have (an SDK without models once returned an untyped `__all__`) fails here."""
    packages: list[str] = []
    for spec in SHAPE_SPECS:
        out = tmp_path / spec.stem
        config = spec.with_suffix(".sdkgen.toml")
        pipeline.generate(spec, out, config if config.is_file() else None, lenient=True)
        packages += [str(p) for p in (out / "src").iterdir() if (p / "py.typed").exists()]
    assert len(packages) == len(SHAPE_SPECS) >= 20
    result = run_pyright("-p", str(CONFIG), *packages, timeout=900)
    assert strict_problems(result) == []
    assert result["summary"]["filesAnalyzed"] > 20 * len(packages)
