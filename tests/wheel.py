"""Build sdkgen's wheel as a user's `pip install .` would, for the packaging test and the bench."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("generator", "templates", "pyproject.toml", "README.md")
"""What the build reads (pyproject.toml names the packages and their data)."""


def build_wheel(scratch: Path, python: str) -> Path:
    """The wheel of the working tree, built by `python -m pip wheel` under `scratch`.

    Built from a clean copy of the sources: setuptools reuses an in-tree `build/` directory, whose
    leftovers from an earlier build would hide a file missing from the package list."""
    source = scratch / "source"
    caches = shutil.ignore_patterns("__pycache__", ".*_cache", "*.egg-info")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=caches)
        else:
            shutil.copy2(ROOT / name, source / name)
    out = scratch / "wheel"
    done = subprocess.run(
        [python, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(source)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"building the wheel failed:\n{done.stdout}{done.stderr}")
    (wheel,) = out.glob("sdkgen-*.whl")
    return wheel
