"""The runtime type-checks strictly, is lint-clean, and keeps `import <sdk>` cheap."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

RUNTIME_DIR = Path(__file__).resolve().parents[2] / "templates" / "runtime"
OWN_FILES = [
    "_types.py",
    "_exceptions.py",
    "_base_client.py",
    "_params.py",
    "_resource.py",
    "_response.py",
    "_pagination.py",
    "_waiters.py",
]

USAGE = """
from __future__ import annotations

import httpx

from demo_sdk import AsyncDemo, Demo, Item
from demo_sdk._response import APIResponse


def sync_usage() -> None:
    with Demo(api_key="k", timeout=httpx.Timeout(3.0)) as client:
        faster: Demo = client.with_options(timeout=1.0, max_retries=0)
        item: Item = faster.items.get("1", extra_headers={"X-A": "b"})
        items: list[Item] = client.items.list(limit=2)
        raw: APIResponse[Item] = client.items.get_raw("1")
        parsed: Item = raw.parse()
        client.items.delete("1")
        print(item, items, parsed, [i.id for i in client.items.iter_all()])


async def async_usage() -> None:
    async with AsyncDemo(api_key="k") as client:
        copy: AsyncDemo = client.with_options(http_client=httpx.AsyncClient())
        item: Item = await copy.items.get("1")
        print(item, [i async for i in client.items.iter_all()])
"""


def _tool(module: str) -> list[str]:
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed")
    return [sys.executable, "-m", module]


def _run(command: list[str], cwd: Path) -> str:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=300)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    return output


def test_assembled_package_passes_mypy_strict(sdk_root: Path) -> None:
    (sdk_root / "usage.py").write_text(USAGE)
    for version in ("3.10", sys.version.split()[0].rsplit(".", 1)[0]):
        _run(
            [*_tool("mypy"), "--strict", "--python-version", version, "--no-incremental"]
            + ["demo_sdk", "usage.py"],
            sdk_root,
        )


def test_runtime_is_lint_clean() -> None:
    files = [str(RUNTIME_DIR / name) for name in OWN_FILES]
    ruff = _tool("ruff")
    settings = ["--isolated", "--line-length", "100", "--target-version", "py310"]
    _run([*ruff, "check", *settings, "--select", "E,F,W,I,B,UP", *files], RUNTIME_DIR)
    _run([*ruff, "format", "--check", *settings, *files], RUNTIME_DIR)
    black = _tool("black")
    _run(
        [*black, "--check", "--line-length", "100", "--target-version", "py310", *files],
        RUNTIME_DIR,
    )


def test_import_pulls_in_nothing_heavy(sdk_root: Path) -> None:
    probe = "; ".join(
        [
            "import sys, httpx",
            "before = set(sys.modules)",
            "import demo_sdk",
            "print(' '.join(sorted(set(sys.modules) - before)))",
        ]
    )
    output = _run([sys.executable, "-c", probe], sdk_root).split()
    extra = {name for name in output if not name.startswith("demo_sdk")}
    # dataclasses: required by the contract, cheap; gc and contextvars (the log filter's view
    # of the sending client): built into the interpreter, free
    assert extra <= {"dataclasses", "gc", "contextvars", "_contextvars"}, extra
