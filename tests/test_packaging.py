"""sdkgen itself as users install it: a built wheel carries its templates and meta-schemas and
generates the same SDK as the checkout does."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .wheel import build_wheel

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "leonardo-generation.yaml"
COMMITTED = ROOT / "generated" / "leonardo-sdk"


def _shipped(directory: Path, suffixes: tuple[str, ...]) -> set[str]:
    return {
        path.relative_to(directory).as_posix()
        for path in directory.rglob("*")
        if path.is_file()
        and path.suffix in suffixes
        and "__pycache__" not in path.parts
        and not any(part.startswith(".") for part in path.relative_to(directory).parts)
    }


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_wheel(tmp_path_factory.mktemp("build"), sys.executable)


def test_wheel_ships_every_template_and_meta_schema(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    templates = _shipped(ROOT / "templates", (".jinja", ".py"))
    schemas = _shipped(ROOT / "generator" / "spec" / "openapi_schemas", (".json",))
    assert templates and schemas
    assert {f"generator/templates/{t}" for t in templates} <= names
    assert {f"generator/spec/openapi_schemas/{s}" for s in schemas} <= names


def test_installed_wheel_generates_the_committed_sdk(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    out = tmp_path / "sdk"
    env = {**os.environ, "PYTHONPATH": str(site), "SDKGEN_CACHE_DIR": str(tmp_path / "cache")}
    # Run from outside the checkout so nothing can be found relative to it.
    done = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(SPEC), "-o", str(out)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    probe = subprocess.run(
        [sys.executable, "-c", "import generator.emit.environment as r; print(r.TEMPLATES_DIR)"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(probe.stdout.strip()).is_relative_to(site)
    generated = _shipped(out, (".py", ".md", ".toml", ".typed", ""))
    assert generated == _shipped(COMMITTED, (".py", ".md", ".toml", ".typed", ""))
    for relative in generated:
        assert (out / relative).read_bytes() == (COMMITTED / relative).read_bytes(), relative
