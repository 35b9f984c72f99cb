"""Fixtures of the generated tests: a mock of the API on an `httpx.MockTransport` (`mock_api`)
and, when Prism and the spec are available, a Prism mock server of the spec (`prism`)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tiny_sdk import AsyncTiny, Tiny

CREDENTIALS: dict[str, Any] = {}
SERVER: dict[str, Any] = {"server_url": "https://api.example.com"}
TOKEN_PATHS: list[str] = []
SPEC_ENV_VAR = "TINY_TEST_SPEC"


class MockAPI:
    """Answers every request with the reply set last, and records the requests."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self._reply = httpx.Response(200)

    def reply(
        self, status: int, *, body: object = None, content: bytes = b"", content_type: str = ""
    ) -> None:
        headers = {"content-type": content_type} if content_type else {}
        if body is not None:
            content = json.dumps(body).encode()
            headers.setdefault("content-type", "application/json")
        self._reply = httpx.Response(status, content=content, headers=headers)

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path in TOKEN_PATHS:  # an OAuth2 token request of the client
            return httpx.Response(200, json={"access_token": "test-token", "expires_in": 3600})
        self.requests.append(request)
        return httpx.Response(
            self._reply.status_code, content=self._reply.content, headers=self._reply.headers
        )

    @property
    def request(self) -> httpx.Request:
        assert self.requests, "no request was sent"
        return self.requests[-1]

    def client(self) -> Tiny:
        transport = httpx.MockTransport(self.handle)
        return Tiny(
            **SERVER, **CREDENTIALS, http_client=httpx.Client(transport=transport), max_retries=0
        )

    def async_client(self) -> AsyncTiny:
        transport = httpx.MockTransport(self.handle)
        return AsyncTiny(
            **SERVER,
            **CREDENTIALS,
            http_client=httpx.AsyncClient(transport=transport),
            max_retries=0,
        )


@pytest.fixture
def mock_api() -> MockAPI:
    return MockAPI()


class Prism:
    def __init__(self, url: str) -> None:
        self.url = url

    def client(self) -> Tiny:
        return Tiny(**{**SERVER, "server_url": self.url}, **CREDENTIALS, max_retries=0)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def prism() -> Iterator[Prism]:
    """A Prism mock server of the spec named by the environment variable SPEC_ENV_VAR (Prism:
    `PRISM_BIN`, else `prism` on PATH); the tests using it are skipped without both."""
    binary = os.environ.get("PRISM_BIN") or shutil.which("prism")
    spec = os.environ.get(SPEC_ENV_VAR)
    if not binary or not spec:
        pytest.skip(f"needs Prism (PRISM_BIN or on PATH) and {SPEC_ENV_VAR}")
    port = _free_port()
    command = [binary, "mock", "--host", "127.0.0.1", "--port", str(port), spec]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"Prism did not start: {command}")
                time.sleep(0.2)
        yield Prism(f"http://127.0.0.1:{port}")
    finally:
        server.terminate()
        server.wait(timeout=10)
