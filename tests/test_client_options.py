"""Client options the README documents, on the committed Leonardo SDK against a real HTTP server
on 127.0.0.1: `with_options` takes the constructor's own credential keywords (`bearer_auth=`),
`LEONARDO_BASE_URL` picks the server when no `server_url` is given, and the backoff settings can
be given to the constructor."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from leonardo_sdk import Leonardo

GENERATION = {"generations_by_pk": {"id": "g1", "status": "COMPLETE"}}


class _Server(ThreadingHTTPServer):
    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.statuses: list[int] = []  # answered first, one each; then 200

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        self.server.requests.append((self.path, dict(self.headers.items())))
        status = self.server.statuses.pop(0) if self.server.statuses else 200
        body = json.dumps(GENERATION if status == 200 else {"error": "busy"}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        del format, args  # quiet


@pytest.fixture
def server() -> Iterator[_Server]:
    srv = _Server()
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def test_with_options_takes_the_constructors_credential_keyword(server: _Server) -> None:
    with Leonardo(bearer_auth="first", server_url=server.url) as client:
        client.with_options(bearer_auth="second").generation.get_generation_by_id("g1")
        client.generation.get_generation_by_id("g1")  # the original keeps its own
    assert [h["Authorization"] for _, h in server.requests] == ["Bearer second", "Bearer first"]


def test_with_options_refuses_a_keyword_the_constructor_does_not_have() -> None:
    client = Leonardo(bearer_auth="first", server_url="http://127.0.0.1:9")
    with pytest.raises(TypeError, match="bearer_token"):
        client.with_options(bearer_token="x")  # type: ignore[arg-type]


def test_the_base_url_environment_variable_picks_the_server(
    server: _Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LEONARDO_BASE_URL", server.url + "/api/")
    with Leonardo(bearer_auth="t") as client:
        assert client.base_url == server.url + "/api"
        assert client.generation.get_generation_by_id("g1").generations_by_pk is not None
    assert server.requests[0][0] == "/api/generations/g1"
    assert Leonardo(bearer_auth="t", server_url="https://x.test").base_url == "https://x.test"


def _retried_call_seconds(server: _Server, **backoff: float) -> float:
    server.statuses[:] = [503]
    with Leonardo(bearer_auth="t", server_url=server.url, **backoff) as client:
        started = time.monotonic()
        client.generation.get_generation_by_id("g1")
        return time.monotonic() - started


def test_backoff_settings_are_constructor_arguments(server: _Server) -> None:
    # the first retry waits min(base, cap) minus up to 25 % jitter
    assert _retried_call_seconds(server, retry_base_delay=5.0, retry_max_delay=0.02) < 0.4
    assert _retried_call_seconds(server, retry_base_delay=0.6, retry_max_delay=8.0) >= 0.45
    assert len(server.requests) == 4
