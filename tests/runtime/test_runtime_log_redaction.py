"""No credential in any log line, from the SDK or from httpx / httpcore, at any level, nor in
repr() / str() of clients, requests, responses and exceptions.

Every record is captured (root logger at DEBUG: caplog, and a handler of our own on the root
that formats each record with its traceback) across real loopback round trips: successes, an
error status, a cross-origin redirect, retries after a refused connection, OAuth2 tokens.
"""

from __future__ import annotations

import base64
import logging
import socket
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from loopback import Answer, LoopbackServer, Received, echo
from security_helpers import (
    QUERY_NAME,
    SECRETS,
    TOKEN_PATH,
    client_class,
    endpoint,
    every_secret,
    token_or_echo,
)

SERVER_SESSION = "srv-session-1f4e8b"  # a credential the server hands out (Set-Cookie)
GROUPS = [
    ("bearer", "header", "query", "cookie"),
    ("basic", "header", "query", "cookie"),
    ("oauth", "header", "query", "cookie"),
]


class Everything(logging.Handler):
    """Keeps every record, formatted as a real log file would show it (traceback included)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        self.records: list[logging.LogRecord] = []
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        self.lines.append(self.format(record))


@pytest.fixture
def everything(caplog: pytest.LogCaptureFixture) -> Iterator[Everything]:
    caplog.set_level(logging.DEBUG)  # the root logger
    handler = Everything()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)


def _all_secrets() -> list[str]:
    basic = SECRETS["basic"]
    oauth = SECRETS["oauth"]
    assert isinstance(basic, tuple) and isinstance(oauth, tuple)
    return [
        *every_secret(),
        base64.b64encode(":".join(basic).encode()).decode(),
        base64.b64encode(":".join(oauth).encode()).decode(),
    ]


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _respond(other: LoopbackServer) -> Callable[[Received], Answer]:
    """The origin: tokens; /things echoes the API key in a response header and sets a server
    session cookie; /denied is a 401 whose body repeats the bearer token; /away redirects to
    another host (with the API key in the Location)."""

    def respond(received: Received) -> Answer:
        if received.path.startswith("/denied"):
            body = {"error": f"token {SECRETS['bearer']} / key {SECRETS['header']} refused"}
            return Answer(401, body)
        if received.path.startswith("/away"):
            location = f"{other.url}/landing?{QUERY_NAME}={SECRETS['query']}"
            return Answer(302, b"", {"Location": location})
        if received.path.endswith(TOKEN_PATH):
            return token_or_echo(received)
        answer = echo(received)
        answer.headers["Set-Cookie"] = f"sid={SERVER_SESSION}; HttpOnly"
        answer.headers["X-Echo-Key"] = str(SECRETS["header"])
        return answer

    return respond


def test_no_credential_in_any_log_record_or_repr(
    sdk: ModuleType,
    loopback: Callable[..., LoopbackServer],
    everything: Everything,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DEMO_LOG", "debug")  # the SDK's own stderr handler too
    origin, other = loopback("127.0.0.1"), loopback("127.0.0.2")
    origin.respond = _respond(other)
    seen_requests: list[httpx.Request] = []
    texts: list[str] = []
    client = client_class(sdk, origin.url)(
        credentials=SECRETS,
        max_retries=1,
        retry_base_delay=0,
        before_request=[seen_requests.append],
    )
    texts += [repr(client), str(client)]
    for group in GROUPS:
        raw = client.request_raw(endpoint(sdk, (group,), path="/things"))
        texts += [repr(raw), repr(raw.http_response), repr(raw.http_response.request)]
        client.request(endpoint(sdk, (group,), path="/away"))
        with pytest.raises(sdk.AuthenticationError) as denied:
            client.request(endpoint(sdk, (group,), path="/denied"))
        texts += [str(denied.value), repr(denied.value), repr(denied.value.request)]
        texts += [repr(denied.value.response)]
    unreachable = client.with_options(server_url=f"http://127.0.0.1:{_closed_port()}")
    with pytest.raises(sdk.APIConnectionError) as refused:
        unreachable.request(endpoint(sdk, (GROUPS[0],)))
    texts += [str(refused.value), repr(refused.value), repr(refused.value.request)]
    texts += [repr(request) for request in seen_requests] + [str(r) for r in seen_requests]
    client.close()

    stderr = capsys.readouterr().err
    texts += [stderr, caplog.text, *everything.lines]
    texts += [record.getMessage() for record in caplog.records]
    for text in texts:
        for secret in [*_all_secrets(), SERVER_SESSION]:
            assert secret not in text, f"{secret!r} in {text[:300]!r}"

    # The libraries really logged what they log (the test would pass vacuously otherwise).
    by_logger = {record.name for record in everything.records}
    assert {"httpx", "httpcore.http11", "httpcore.connection", "demo_sdk"} <= by_logger
    httpx_lines = [r.getMessage() for r in everything.records if r.name == "httpx"]
    assert any(f"{QUERY_NAME}=***" in line for line in httpx_lines), httpx_lines
    assert any("(b'Set-Cookie', b'***')" in line for line in everything.lines)
    assert any("Retrying GET" in line for line in everything.lines)
    assert other.requests(), "the redirect was followed"


@pytest.mark.anyio
async def test_async_client_keeps_logs_clean(
    sdk: ModuleType, loopback: Callable[..., LoopbackServer], everything: Everything
) -> None:
    origin, other = loopback("127.0.0.1"), loopback("127.0.0.2")
    origin.respond = _respond(other)
    async with client_class(sdk, origin.url, asynchronous=True)(
        credentials=SECRETS, max_retries=0
    ) as client:
        for group in GROUPS:
            await client.request(endpoint(sdk, (group,), path="/things"))
            await client.request(endpoint(sdk, (group,), path="/away"))
    assert any(r.name == "httpx" for r in everything.records)
    for line in everything.lines:
        for secret in [*_all_secrets(), SERVER_SESSION]:
            assert secret not in line


def test_log_filter_is_installed_once_and_only_on_library_loggers(
    sdk: ModuleType, loopback: Callable[..., LoopbackServer]
) -> None:
    client_class(sdk, loopback("127.0.0.1").url)()
    client_class(sdk, "https://x.test")()
    redact = sdk._base_client._RedactCredentials
    for name in ("httpx", "httpcore.http11", "httpcore.connection", "demo_sdk"):
        filters = [f for f in logging.getLogger(name).filters if isinstance(f, redact)]
        assert len(filters) == 1, name
    assert not any(isinstance(f, redact) for f in logging.getLogger().filters)
    # Outside a call the filter has no secrets: it changes nothing but credential headers.
    record = logging.LogRecord("httpx", logging.INFO, __file__, 1, "GET %s", ("/a?k=v",), None)
    assert sdk._base_client._REDACT_CREDENTIALS.filter(record)
    assert record.getMessage() == "GET /a?k=v"


# Realistic secrets: a recognisable prefix and then anything HTTP can carry (quotes, %, &, =,
# +, spaces, backslashes ...), so that they can only show up in a log by being leaked.
secret_text = st.text(
    alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=6, max_size=30
).map(lambda text: "sk-" + text)


def _echo_key(received: Received) -> Answer:
    """Echo the request, and the API key back in a response header (httpcore logs those)."""
    answer = echo(received)
    answer.headers["X-Echo"] = received.header("X-Tenant-Key") or ""
    return answer


@pytest.fixture(scope="module")
def echo_origin() -> Iterator[LoopbackServer]:
    server = LoopbackServer("127.0.0.1").start()
    server.respond = _echo_key
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client() as client:
        yield client


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(secret=secret_text)
def test_any_secret_stays_out_of_every_log_line(
    sdk: ModuleType,
    echo_origin: LoopbackServer,
    http: httpx.Client,
    everything: Everything,
    secret: str,
) -> None:
    echo_origin.clear()
    everything.records.clear()
    everything.lines.clear()
    credentials: dict[str, Any] = {
        "query": secret,
        "header": secret[::-1] + "x",
        "bearer": secret + "b",
    }
    seen: list[httpx.Request] = []
    client = client_class(sdk, echo_origin.url)(
        credentials=credentials, max_retries=0, http_client=http, before_request=[seen.append]
    )
    client.request(endpoint(sdk, (("query", "header", "bearer"),)))
    (received,) = echo_origin.requests()
    assert received.header("X-Tenant-Key") == credentials["header"]  # it was really sent
    texts = [*everything.lines, *map(repr, seen), repr(client)]
    assert any("HTTP Request" in line for line in everything.lines)
    for text in texts:
        for value in credentials.values():
            assert value not in text, (value, text)
