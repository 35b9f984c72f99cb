"""What the tests that start a real server on 127.0.0.1 share: the server's executable named by
an environment variable (set by the Makefile), a free port, the tail of the server's log."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest


def executable_from_env(variable: str, *, unset_hint: str, install_hint: str) -> Path:
    """The executable `$variable` names; without one the test fails (never skips) saying how
    to get it."""
    value = os.environ.get(variable, "")
    if not value:
        pytest.fail(f"{variable} is not set: {unset_hint}", pytrace=False)
    path = Path(value)
    if not (path.is_file() and os.access(path, os.X_OK)):
        pytest.fail(f"{variable}={value} is not an executable file: {install_hint}", pytrace=False)
    return path


def unused_port() -> int:
    """A port of 127.0.0.1 free right now (another process may take it before the server
    binds it: callers retry)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def log_tail(log: Path, lines: int = 40) -> str:
    try:
        text = log.read_text(encoding="utf-8", errors="replace")
    except OSError as err:
        return f"(no log: {err})"
    return "\n".join(text.splitlines()[-lines:]) or "(empty log)"
