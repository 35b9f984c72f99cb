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


# -- the generated SDK, ready to publish ---------------------------------------------------------


@pytest.fixture(scope="module")
def sdk_dists(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """The Leonardo SDK generated with the committed config plus a licence, built into a wheel
    and an sdist by `python -m build` (hatchling from the dev extras, no download)."""
    from generator import pipeline

    scratch = tmp_path_factory.mktemp("sdk-dists")
    spec = scratch / "leonardo.yaml"
    spec.write_text(SPEC.read_text())
    config = (SPEC.parent / "sdkgen.toml").read_text()
    (scratch / "sdkgen.toml").write_text(
        config.replace("[tool.sdkgen]\n", '[tool.sdkgen]\nlicense = "MIT"\n', 1)
    )
    sdk = scratch / "sdk"
    pipeline.generate(spec, sdk)
    dist = scratch / "dist"
    done = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(sdk)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (wheel,) = dist.glob("*.whl")
    (sdist,) = dist.glob("*.tar.gz")
    return sdk, wheel, sdist


def test_generated_sdk_dists_pass_twine_check(sdk_dists: tuple[Path, Path, Path]) -> None:
    _, wheel, sdist = sdk_dists
    done = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", str(wheel), str(sdist)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("PASSED") == 2, done.stdout


def test_generated_sdk_metadata_comes_from_the_config(sdk_dists: tuple[Path, Path, Path]) -> None:
    import email
    import tarfile

    import tomllib

    _, wheel, sdist = sdk_dists
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        metadata = email.message_from_bytes(archive.read(name))
    settings = tomllib.loads((SPEC.parent / "sdkgen.toml").read_text())["tool"]["sdkgen"]
    assert metadata["Name"] == settings["dist_name"]
    assert metadata["Version"] == settings["version"]
    assert metadata["License-Expression"] == "MIT"
    assert set(settings["classifiers"]) <= set(metadata.get_all("Classifier") or [])
    urls = {f"{label}, {url}" for label, url in settings["urls"].items()}
    assert urls == set(metadata.get_all("Project-URL") or [])
    assert metadata["Description-Content-Type"] == "text/markdown"
    # The sdist carries the tests and docs too, so that `pytest` runs from an unpacked sdist.
    with tarfile.open(sdist) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    assert {"tests/conftest.py", "README.md", "pyproject.toml"} <= names
    assert any(n.startswith("docs/") for n in names)


def test_readme_install_line_installs_the_built_wheel(
    sdk_dists: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    """`pip install <dist_name>` as the README says, from the built wheel: pip finds it by that
    name (`--find-links`, no index), and it imports at the config's version."""
    sdk, wheel, _ = sdk_dists
    readme = (sdk / "README.md").read_text()
    # the first is the install from an index; the others install from a checkout or a wheel path
    install_line = next(line for line in readme.splitlines() if line.startswith("pip install "))
    target = tmp_path / "site"
    command = install_line.split()[2:]  # the requirement(s) the README names
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-index", "--no-deps"]
        + ["--find-links", str(wheel.parent), "--target", str(target), *command],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    probe = subprocess.run(
        [sys.executable, "-c", "import leonardo_sdk; print(leonardo_sdk.__file__)"],
        env={**os.environ, "PYTHONPATH": str(target)},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(probe.stdout.strip()).is_relative_to(target)
