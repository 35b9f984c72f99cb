"""Every module of the generator imports alone in a fresh interpreter: an import cycle between
modules shows up only when the cycle's second module is imported first (`from generator import
release` raised ImportError while `pipeline` imported `release` and `release` imported
`pipeline`), so each module is tried on its own, in its own process."""

from __future__ import annotations

import ast
import graphlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import generator

MODULES = sorted(
    info.name for info in pkgutil.walk_packages(generator.__path__, "generator.") if info.name
)


def test_the_package_has_modules() -> None:
    assert {
        "generator.pipeline",
        "generator.changes.release",
        "generator.cli",
        "generator.emit.code",
    } <= set(MODULES)


@pytest.mark.parametrize("module", MODULES)
def test_module_imports_alone_in_a_fresh_interpreter(module: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", f"import {module}"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr


def _imported_generator_modules(path: Path, module: str) -> set[str]:
    """The generator modules `module` imports anywhere (top level or inside a function)."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return {name for name in found if name in MODULES and name != module}


def test_no_import_cycles() -> None:
    """The generator's modules import each other as a directed acyclic graph (imports inside
    functions count: a lazy import hides a cycle from the first test, not from the design)."""
    root = Path(generator.__file__).parent
    graph: dict[str, set[str]] = {}
    for module in MODULES:
        relative = Path(*module.split(".")[1:])
        path = root / relative / "__init__.py"
        if not path.exists():
            path = (root / relative).with_suffix(".py")
        graph[module] = _imported_generator_modules(path, module)
    order = list(graphlib.TopologicalSorter(graph).static_order())  # raises CycleError
    assert set(order) == set(MODULES)
