"""A real Prefect server, its live OpenAPI document and the SDK sdkgen generates from it.

``prefect_server`` starts ``$PREFECT_BIN server start`` (Prefect installed from PyPI into its own
venv, `make realserver-install`) once per test session on a free port of 127.0.0.1, with
``PREFECT_HOME`` in a temporary directory: the server creates its embedded SQLite database there,
so every session starts from an empty database. It runs in a process group of its own, which is
terminated (then killed) at the end of the session, also when a test failed, so no process is
left behind.

``prefect_sdk`` fetches the live spec from the running server, runs ``sdkgen generate`` on it
(the CLI, in a subprocess, as a user would) and imports the generated package from its ``src/``.

``PREFECT_BIN`` is set by ``make realserver`` and ``make test``; without it these tests fail
rather than skip (as the Prism tests do).
"""

from __future__ import annotations

import importlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from ..loopback import executable_from_env, log_tail, unused_port

HERE = Path(__file__).resolve().parent
VENDORED_SPEC = HERE / "prefect-openapi.json"
STARTUP_TIMEOUT = 180.0  # seconds; ~15 s on a quiet machine, several times that under load
STOP_TIMEOUT = 15.0
PORT_ATTEMPTS = 3  # a free port can be taken between probing it and the server binding it
API_PREFIX = "/api"  # where Prefect mounts its REST API (the spec's relative server URL)


@dataclass(frozen=True)
class PrefectServer:
    url: str  # http://127.0.0.1:<port>
    home: Path  # PREFECT_HOME: settings and the SQLite database
    log: Path

    @property
    def api_url(self) -> str:
        return self.url + API_PREFIX


@dataclass(frozen=True)
class GeneratedSdk:
    spec: Path  # the live spec as fetched
    root: Path  # the generated package root (pyproject.toml, src/)
    package: ModuleType


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    return "asyncio"


def _prefect_bin() -> Path:
    return executable_from_env(
        "PREFECT_BIN",
        unset_hint="run `make realserver` (it installs Prefect into .cache/realserver/venv and "
        "runs these tests with PREFECT_BIN set)",
        install_hint="run `make realserver-install`",
    )


def _healthy(url: str) -> bool:
    try:
        answer = httpx.get(url + API_PREFIX + "/health", timeout=2.0)
    except httpx.HTTPError:
        return False
    return answer.status_code == 200 and answer.content.strip() == b"true"


def _stop_group(process: subprocess.Popen[bytes]) -> None:
    """Terminate the server's process group (uvicorn and whatever it started), then kill what
    is still there after STOP_TIMEOUT."""
    group = process.pid  # start_new_session: the server leads its own group
    for sig, wait in ((signal.SIGTERM, STOP_TIMEOUT), (signal.SIGKILL, STOP_TIMEOUT)):
        try:
            os.killpg(group, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            continue
        try:
            os.killpg(group, 0)  # children that outlived the leader
        except ProcessLookupError:
            break
    process.poll()


def _start(prefect: Path, home: Path, port: int, log: Path) -> subprocess.Popen[bytes] | str:
    """The running server, or why it did not come up (with the tail of its log)."""
    command = [str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(port)]
    # The REST API alone: no UI, no background services (scheduler, late runs, ...), which
    # would change the database behind the tests' back, no analytics.
    command += ["--no-services", "--no-ui", "--analytics-off"]
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_PROFILES_PATH": str(home / "profiles.toml"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "NO_COLOR": "1",
    }
    with log.open("wb") as out:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=home,
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while not _healthy(url):
        code = process.poll()
        if code is not None:
            _stop_group(process)
            return f"prefect server exited with status {code} before answering:\n{log_tail(log)}"
        if time.monotonic() > deadline:
            _stop_group(process)
            return f"prefect server did not answer within {STARTUP_TIMEOUT:.0f} s:\n{log_tail(log)}"
        time.sleep(0.25)
    return process


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrefectServer]:
    prefect = _prefect_bin()
    problem = ""
    for attempt in range(1, PORT_ATTEMPTS + 1):
        home = tmp_path_factory.mktemp(f"prefect-home-{attempt}")
        port = unused_port()
        log = home / "server.log"
        started = _start(prefect, home, port, log)
        if not isinstance(started, str):
            break
        problem = started
        if "already in use" not in problem.lower():  # Prefect checks, uvicorn fails: both say it
            break
    if isinstance(started, str):
        pytest.fail(f"{problem}\n(full log: {log})", pytrace=False)
    try:
        yield PrefectServer(f"http://127.0.0.1:{port}", home, log)
    finally:
        _stop_group(started)


def _generate(spec: Path, out: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(spec), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.fail(
            f"sdkgen generate failed on the live spec ({done.returncode}):\n{done.stderr}",
            pytrace=False,
        )


@pytest.fixture(scope="session")
def prefect_sdk(
    prefect_server: PrefectServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[GeneratedSdk]:
    """The SDK generated from the spec the running server serves, imported."""
    work = tmp_path_factory.mktemp("prefect-sdk")
    spec = work / "openapi.json"
    answer = httpx.get(prefect_server.api_url + "/openapi.json", timeout=30.0)
    answer.raise_for_status()
    spec.write_bytes(answer.content)
    root = work / "sdk"
    _generate(spec, root)
    with imported_package(root) as package:
        yield GeneratedSdk(spec, root, package)


@contextmanager
def imported_package(root: Path, module: str = "") -> Iterator[ModuleType]:
    """The package generated into `root` (or its `module`), imported from its `src/`; removed
    from `sys.path` and `sys.modules` afterwards."""
    src = root / "src"
    (package_dir,) = src.iterdir()
    sys.path.insert(0, str(src))
    try:
        yield importlib.import_module(f"{package_dir.name}{module}")
    finally:
        sys.path.remove(str(src))
        for name in [n for n in sys.modules if n.split(".")[0] == package_dir.name]:
            del sys.modules[name]
