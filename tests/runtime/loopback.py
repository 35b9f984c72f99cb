"""A real HTTP server on a loopback address, for the security tests of the runtime.

Each server is a threaded stdlib ``http.server`` bound to one address of 127.0.0.0/8 (the tests
use 127.0.0.1 and 127.0.0.2 as two origins), optionally behind TLS with a throwaway self-signed
certificate. It records every request exactly as it arrived — the raw request target, every
header line, the body — and answers with what ``respond`` returns for it.
"""

from __future__ import annotations

import json
import shutil
import ssl
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Self
from urllib.parse import unquote


@dataclass(frozen=True)
class Received:
    """One request as the server saw it."""

    method: str
    target: str  # the raw request target: path and query, percent-encoding as sent
    headers: tuple[tuple[str, str], ...]  # every header line, in order
    body: bytes

    @property
    def path(self) -> str:
        return self.target.partition("?")[0]

    @property
    def query(self) -> str:
        return self.target.partition("?")[2]

    @property
    def segments(self) -> list[str]:
        """The raw path segments (after the leading "/"), still percent-encoded."""
        return self.path.split("/")[1:]

    def header(self, name: str) -> str | None:
        values = [v for k, v in self.headers if k.lower() == name.lower()]
        return ", ".join(values) if values else None

    def raw_text(self) -> str:
        """Everything the client sent, request line, headers and body, as text."""
        lines = [f"{self.method} {self.target}", *(f"{k}: {v}" for k, v in self.headers)]
        return "\n".join(lines) + "\n\n" + self.body.decode("utf-8", "replace")

    def decoded_text(self) -> str:
        """``raw_text`` with percent-encoding undone too (a secret must not hide in it)."""
        return self.raw_text() + "\n" + unquote(self.target)


@dataclass
class Answer:
    status: int = 200
    body: bytes | str | object = b"{}"
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})


Responder = Callable[["Received"], Answer]


def echo(received: Received) -> Answer:
    """The default answer: 200 with a JSON description of the request."""
    return Answer(200, {"method": received.method, "target": received.target})


def read_body(handler: BaseHTTPRequestHandler) -> bytes:
    """The request body the handler is serving (by its Content-Length)."""
    length = int(handler.headers.get("Content-Length") or 0)
    return handler.rfile.read(length) if length else b""


def body_bytes(payload: bytes | str | object) -> bytes:
    """A reply body as bytes: bytes as they are, text UTF-8, anything else as JSON."""
    if not isinstance(payload, (bytes, str)):
        payload = json.dumps(payload)
    return payload.encode() if isinstance(payload, str) else payload


class ThreadedServer:
    """A threaded stdlib HTTP server on one loopback address (optionally behind TLS), served
    from a daemon thread; subclasses give the request handler (``_handler_class``)."""

    def __init__(self, host: str = "127.0.0.1", tls: ssl.SSLContext | None = None) -> None:
        self.host = host
        self._lock = threading.Lock()
        self._stop = threading.Event()  # set by stop(): a handler waiting on it gives up
        self._httpd = ThreadingHTTPServer((host, 0), self._handler_class())
        self._httpd.daemon_threads = True
        self._httpd.block_on_close = False
        self.scheme = "http"
        if tls is not None:
            self._httpd.socket = tls.wrap_socket(self._httpd.socket, server_side=True)
            self.scheme = "https"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}"

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        raise NotImplementedError


class LoopbackServer(ThreadedServer):
    """Records every request as it arrived and answers with what ``respond`` returns."""

    def __init__(self, host: str = "127.0.0.1", tls: ssl.SSLContext | None = None) -> None:
        self.respond: Responder = echo
        self.received: list[Received] = []
        super().__init__(host, tls)

    def requests(self) -> list[Received]:
        with self._lock:
            return list(self.received)

    def clear(self) -> None:
        with self._lock:
            self.received.clear()

    def _record(self, received: Received) -> Answer:
        with self._lock:
            self.received.append(received)
            if len(self.received) > 500:
                raise RuntimeError("runaway client: more than 500 requests")
        return self.respond(received)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            timeout = 5
            disable_nagle_algorithm = True  # headers and body go out as two writes

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

            def _serve(self) -> None:
                answer = server._record(
                    Received(self.command, self.path, tuple(self.headers.items()), read_body(self))
                )
                data = body_bytes(answer.body)
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _serve

        return Handler


def self_signed_tls(directory: Path) -> tuple[ssl.SSLContext, Path] | None:
    """A server TLS context with a fresh self-signed certificate for 127.0.0.1 and the
    certificate's path (for the client to trust), or None when openssl is not installed."""
    openssl = shutil.which("openssl")
    if openssl is None:
        return None
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
        + ["-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"]
        + ["-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context, cert
