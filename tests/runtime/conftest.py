"""Fixtures for the runtime tests.

``sdk`` assembles a throwaway package, ``demo_sdk``, from ``templates/runtime/*.py`` plus the
hand-written ``demo_sdk_src/`` files (a stand-in for what the generator emits) and imports it.
``server`` starts a real, scripted HTTP server on 127.0.0.1 for fault-injection tests;
``loopback`` starts recording servers on any loopback address (two origins for redirect tests).
"""

from __future__ import annotations

import importlib
import logging
import shutil
import ssl
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # for runtime_helpers, any import mode

from loopback import LoopbackServer  # noqa: E402
from runtime_helpers import ScriptedServer  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
RUNTIME_DIR = REPO / "templates" / "runtime"
DEMO_SRC = Path(__file__).resolve().parent / "demo_sdk_src"
PACKAGE = "demo_sdk"


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def sdk_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory holding the assembled ``demo_sdk`` package."""
    root = tmp_path_factory.mktemp("sdk")
    package = root / PACKAGE
    package.mkdir()
    runtime_files = sorted(RUNTIME_DIR.glob("*.py"))
    assert runtime_files, f"no runtime files in {RUNTIME_DIR}"
    for source in [*runtime_files, *sorted(DEMO_SRC.glob("*.py"))]:
        shutil.copy(source, package / source.name)
    (package / "py.typed").write_text("")
    return root


@pytest.fixture(scope="session")
def sdk(sdk_root: Path) -> Iterator[ModuleType]:
    sys.path.insert(0, str(sdk_root))
    try:
        module = importlib.import_module(PACKAGE)
        assert Path(module.__file__ or "").parent == sdk_root / PACKAGE
        yield module
    finally:
        sys.path.remove(str(sdk_root))
        for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]:
            del sys.modules[name]


@pytest.fixture(autouse=True)
def _clean_env_and_logging(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("DEMO_API_KEY", raising=False)
    monkeypatch.delenv("DEMO_LOG", raising=False)
    yield
    logger = logging.getLogger(PACKAGE)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
    logger.setLevel(logging.NOTSET)
    # Body logging off again, as the SDK's import leaves it ($DEMO_LOG=debug turns it on).
    logging.getLogger(f"{PACKAGE}.body").setLevel(logging.CRITICAL + 1)


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    scripted = ScriptedServer()
    scripted.start()
    try:
        yield scripted
    finally:
        scripted.stop()


@pytest.fixture
def loopback() -> Iterator[Callable[..., LoopbackServer]]:
    """Start real servers on loopback addresses: ``loopback("127.0.0.2")``; all are stopped at
    the end of the test. Two addresses (or two ports) are two origins."""
    started: list[LoopbackServer] = []

    def start(host: str = "127.0.0.1", tls: ssl.SSLContext | None = None) -> LoopbackServer:
        server = LoopbackServer(host, tls).start()
        started.append(server)
        return server

    try:
        yield start
    finally:
        for server in started:
            server.stop()
