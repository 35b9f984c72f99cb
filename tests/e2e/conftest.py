"""The Prism mock server the end-to-end tests talk to.

``prism_url`` starts ``$PRISM_BIN mock <spec>`` once per test session (once per xdist worker) on
a free port of 127.0.0.1 and yields its base URL. Prism validates every request against the
spec (422 with a ``validation`` list when it does not match, 401 when the bearer token is
missing) and, with ``--errors``, answers 500 when its own mocked response violates the spec.
Static mode (``--dynamic=false``) answers with the spec's examples; a request may still ask for
a schema-generated body with ``Prefer: dynamic=true``, which ``--seed`` makes deterministic.

``PRISM_BIN`` is set by ``make test``; without it these tests fail rather than skip.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ..loopback import executable_from_env
from ..loopback import log_tail as _tail
from ..loopback import unused_port as _free_port

SPEC = Path(__file__).resolve().parents[2] / "spec" / "leonardo-generation.yaml"
STARTUP_TIMEOUT = 60.0
STOP_TIMEOUT = 10.0
PORT_ATTEMPTS = 3  # a free port can be taken between probing it and Prism binding it
SEED = "sdkgen-e2e"


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    return "asyncio"


def _prism_bin() -> Path:
    return executable_from_env(
        "PRISM_BIN",
        unset_hint="run `make prism`, then PRISM_BIN=$PWD/.cache/prism/node_modules/.bin/prism "
        "pytest tests/e2e (`make test` does both)",
        install_hint="run `make prism` (it installs .cache/prism/node_modules/.bin/prism)",
    )


def _listening(port: int, log: Path) -> bool:
    # Prism has said it listens on the port, and the port answers. The log line is what tells
    # our Prism from whatever else might have taken the port since `_free_port` probed it.
    try:
        said = f"Prism is listening on http://127.0.0.1:{port}" in log.read_text(errors="replace")
    except OSError:
        return False
    if not said:
        return False
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=STOP_TIMEOUT)


def _start(prism: Path, port: int, log: Path) -> subprocess.Popen[bytes] | str:
    """The running server, or why it did not come up (the tail of its log)."""
    command = [
        str(prism),
        "mock",
        str(SPEC),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--errors",  # request and response violations are answered as errors, not warnings
        "--dynamic=false",  # answer with the spec's examples
        "--seed",
        SEED,  # deterministic bodies for requests sending `Prefer: dynamic=true`
    ]
    env = {**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"}
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, env=env
        )
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while True:
        code = process.poll()
        if code is not None:
            return f"Prism exited with status {code} before listening:\n{_tail(log)}"
        if _listening(port, log):
            return process
        if time.monotonic() > deadline:
            _stop(process)
            waited = f"{STARTUP_TIMEOUT:.0f} s"
            return f"Prism did not listen on port {port} within {waited}:\n{_tail(log)}"
        time.sleep(0.1)


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a Prism mock of the Leonardo spec, running for the whole session."""
    prism = _prism_bin()
    logs = tmp_path_factory.mktemp("prism")
    problem = ""
    for attempt in range(1, PORT_ATTEMPTS + 1):
        port = _free_port()
        log = logs / f"prism-{attempt}.log"
        started = _start(prism, port, log)
        if not isinstance(started, str):
            break
        problem = started
        if "EADDRINUSE" not in problem:
            pytest.fail(f"{problem}\n(full log: {log})", pytrace=False)
    else:
        pytest.fail(f"{problem}\n(full log: {log})", pytrace=False)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        _stop(started)
