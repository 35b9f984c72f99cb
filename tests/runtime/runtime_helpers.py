"""Test helpers: a recording ``httpx.MockTransport`` handler and a scripted real HTTP server."""

from __future__ import annotations

import importlib
import json
import socket
import struct
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
from loopback import ThreadedServer, body_bytes, read_body

TOKEN = "sk-test-4f9c1e7b2a8d"


@contextmanager
def generated_sdk(out: Path, spec: dict[str, Any]) -> Iterator[ModuleType]:
    """Generate an SDK from `spec` into `out` and import it (unloaded again on exit)."""
    from generator import pipeline

    spec_file = out / "spec.json"
    spec_file.write_text(json.dumps(spec))
    pipeline.generate(spec_file, out / "sdk")
    src = out / "sdk" / "src"
    name = next(src.iterdir()).name
    sys.path.insert(0, str(src))
    try:
        yield importlib.import_module(name)
    finally:
        sys.path.remove(str(src))
        for module in [m for m in sys.modules if m.split(".")[0] == name]:
            del sys.modules[module]


# ------------------------------------------------------------------------- mock transport


class Recorder:
    """An ``httpx.MockTransport`` handler that records requests and plays scripted replies."""

    def __init__(self, *replies: httpx.Response | Callable[[httpx.Request], httpx.Response]):
        self.replies = list(replies) or [httpx.Response(200, json={})]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        reply = self.replies[min(len(self.requests), len(self.replies)) - 1]
        if callable(reply):
            return reply(request)
        # A fresh copy each time: httpx binds a response's stream to the request it answers.
        return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def sync_client(self) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self))

    def async_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.MockTransport(self))


# ----------------------------------------------------------------------------- real server


@dataclass
class Reply:
    """What the server does for one request."""

    status: int = 200
    body: bytes | str | object = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    reset: bool = False  # send headers and part of the body, then reset the connection
    endless: bytes = b""  # send this chunk again and again (chunked) until the client leaves


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    at: float


class ScriptedServer(ThreadedServer):
    """A threaded HTTP server on 127.0.0.1 that answers from a script (the last reply repeats)."""

    def __init__(self) -> None:
        self.script: list[Reply] = [Reply()]
        self.seen: list[Seen] = []
        self.sent_bytes = 0  # of endless bodies
        super().__init__("127.0.0.1")
        self._httpd.timeout = 5
        self._httpd.handle_error = self._handle_error  # type: ignore[method-assign]

    @staticmethod
    def _handle_error(request: object, client_address: object) -> None:
        """A client hanging up mid-body (as a size limit makes it) is expected, not news;
        anything else is printed as ``socketserver`` would."""
        error = sys.exc_info()[1]
        if not isinstance(error, ConnectionError):
            traceback.print_exc()

    @property
    def attempts(self) -> int:
        with self._lock:
            return len(self.seen)

    def play(self, *replies: Reply) -> None:
        self.script = list(replies)

    def _record(self, seen: Seen) -> Reply:
        with self._lock:
            self.seen.append(seen)
            if len(self.seen) > 100:
                raise RuntimeError("runaway client: more than 100 requests")
            return self.script[min(len(self.seen), len(self.script)) - 1]

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            timeout = 5

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

            def _serve(self) -> None:
                seen = Seen(
                    self.command, self.path, dict(self.headers), read_body(self), time.monotonic()
                )
                reply = server._record(seen)
                if reply.delay and server._stop.wait(reply.delay):
                    return
                data = body_bytes(reply.body)
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if reply.reset:
                    self.send_header("Content-Length", str(len(data) + 1000))
                    self.end_headers()
                    self.wfile.write(data)
                    self.wfile.flush()
                    # SO_LINGER 0: close() sends a TCP RST instead of a FIN.
                    self.connection.setsockopt(
                        socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                    )
                    self.connection.close()
                    self.close_connection = True
                    return
                if reply.endless:
                    self._send_endless(reply.endless)
                    return
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _send_endless(self, chunk: bytes) -> None:
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                frame = b"%x\r\n%s\r\n" % (len(chunk), chunk)
                self.close_connection = True
                try:
                    while not server._stop.is_set():
                        self.wfile.write(frame)
                        server.sent_bytes += len(chunk)
                except OSError:
                    pass  # the client closed the connection: what it should do

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

        return Handler
