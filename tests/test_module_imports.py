"""Every module of the generator imports alone in a fresh interpreter: an import cycle between
modules shows up only when the cycle's second module is imported first (`from generator import
release` raised ImportError while `pipeline` imported `release` and `release` imported
`pipeline`), so each module is tried on its own, in its own process."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import generator

MODULES = sorted(
    f"generator.{info.name}" for info in pkgutil.iter_modules(generator.__path__) if info.name
)


def test_the_package_has_modules() -> None:
    assert {"generator.pipeline", "generator.release", "generator.cli"} <= set(MODULES)


@pytest.mark.parametrize("module", MODULES)
def test_module_imports_alone_in_a_fresh_interpreter(module: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", f"import {module}"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
