"""Header injection: a header value (parameter, credential, default or extra header, idempotency
key) or name that would not be one header line is refused with a ValueError naming where it came
from, before anything is sent and without retrying. Checked against a real loopback server."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from loopback import Answer, LoopbackServer, Received
from security_helpers import (
    ARGUMENTS,
    HEADER_NAME,
    SECRETS,
    TOKEN_PATH,
    client_class,
    endpoint,
    token_or_echo,
)

BREAKERS = ["\r\n", "\n", "\r", "\x00", "\x0b", "\x1b", "\x7f"]
NO_AUTH = ((),)


@pytest.fixture
def origin(loopback: Callable[..., LoopbackServer]) -> LoopbackServer:
    server = loopback("127.0.0.1")
    server.respond = token_or_echo
    return server


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client() as client:
        yield client


# The fixtures hold a server and a connection pool: each example clears what the server saw.
PROPERTY = settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _client(sdk: ModuleType, origin: LoopbackServer, **kwargs: Any) -> Any:
    kwargs.setdefault("retry_base_delay", 30.0)  # a retry would stall the test, not pass it
    kwargs.setdefault("max_retries", 3)
    return client_class(sdk, origin.url)(**kwargs)


@pytest.mark.parametrize("breaker", BREAKERS)
@pytest.mark.parametrize("scheme", ["bearer", "header", "cookie"])
def test_credential_with_a_line_break_is_refused(
    sdk: ModuleType, origin: LoopbackServer, scheme: str, breaker: str
) -> None:
    secret = f"sk-{scheme}{breaker}X-Injected: yes"
    client = _client(sdk, origin, credentials={scheme: secret})
    with pytest.raises(ValueError) as caught:
        client.request(endpoint(sdk, ((scheme,),)))
    error = caught.value
    assert isinstance(error, sdk._base_client.UnsafeHeaderError)
    assert repr(ARGUMENTS[scheme]) in str(error)  # names the constructor argument ...
    assert repr(scheme) in str(error)  # ... and the security scheme
    assert secret not in str(error) and "X-Injected" not in str(error)  # never the value
    assert origin.requests() == []


@pytest.mark.parametrize("breaker", BREAKERS)
def test_header_parameter_with_a_line_break_is_refused(
    sdk: ModuleType, origin: LoopbackServer, breaker: str
) -> None:
    client = _client(sdk, origin)
    for value in (f"abc{breaker}X-Injected: yes", ["ok", f"b{breaker}c"], {"k": f"v{breaker}"}):
        with pytest.raises(ValueError, match="header parameter 'X-Request-Id'"):
            client.request(endpoint(sdk, NO_AUTH), headers={"X-Request-Id": value})
    assert origin.requests() == []


@pytest.mark.parametrize("breaker", BREAKERS)
def test_default_extra_headers_and_idempotency_key_are_checked(
    sdk: ModuleType, origin: LoopbackServer, breaker: str
) -> None:
    bad = f"v{breaker}X-Injected: yes"
    client = _client(sdk, origin)
    with pytest.raises(ValueError, match="default header 'X-Default'"):
        _client(sdk, origin, default_headers={"X-Default": bad}).request(endpoint(sdk, NO_AUTH))
    options = sdk.RequestOptions(extra_headers={"X-Extra": bad})
    with pytest.raises(ValueError, match="extra header 'X-Extra'"):
        client.request(endpoint(sdk, NO_AUTH), options=options)
    with pytest.raises(ValueError, match="idempotency_key"):
        client.request(
            endpoint(sdk, NO_AUTH, method="POST"),
            body={},
            options=sdk.RequestOptions(idempotency_key=bad),
        )
    assert origin.requests() == []


def test_cookie_parameters_cannot_break_the_cookie_header(
    sdk: ModuleType, origin: LoopbackServer
) -> None:
    client = _client(sdk, origin)
    client.request(endpoint(sdk, NO_AUTH), cookies={"theme": "dark\r\nX-Injected: yes"})
    (received,) = origin.requests()  # the value is percent-encoded: one harmless cookie
    assert received.header("Cookie") == "theme=dark%0D%0AX-Injected:%20yes"
    assert received.header("X-Injected") is None
    with pytest.raises(ValueError, match="cookie parameters"):
        client.request(endpoint(sdk, NO_AUTH), cookies={"bad\nname": "v"})
    assert len(origin.requests()) == 1


@pytest.mark.parametrize("name", ["X Bad", "X:Bad", "X-Bad\r\nX-Injected", "", "X-Bad\x00", "é"])
def test_header_names_must_be_tokens(sdk: ModuleType, origin: LoopbackServer, name: str) -> None:
    client = _client(sdk, origin)
    with pytest.raises(ValueError, match="is not a valid header name"):
        client.request(
            endpoint(sdk, NO_AUTH), options=sdk.RequestOptions(extra_headers={name: "v"})
        )
    with pytest.raises(ValueError, match="header parameter"):
        client.request(endpoint(sdk, NO_AUTH), headers={name: "v"})
    assert origin.requests() == []


@pytest.mark.parametrize(
    ("value", "problem"),
    [(" padded", "whitespace"), ("padded\t", "whitespace"), ("caf\u00e9", "not ASCII")],
)
def test_values_http_cannot_carry_are_refused_with_their_reason(
    sdk: ModuleType, origin: LoopbackServer, value: str, problem: str
) -> None:
    with pytest.raises(ValueError, match=problem):
        _client(sdk, origin).request(endpoint(sdk, NO_AUTH), headers={"X-Value": value})
    assert origin.requests() == []


@pytest.mark.anyio
async def test_async_client_refuses_too(sdk: ModuleType, origin: LoopbackServer) -> None:
    client = client_class(sdk, origin.url, asynchronous=True)(
        credentials={"header": "sk\r\nX-Injected: 1"}, max_retries=3, retry_base_delay=30.0
    )
    async with client:
        with pytest.raises(ValueError, match="'tenant_key'"):
            await client.request(endpoint(sdk, (("header",),)))
        with pytest.raises(ValueError, match="header parameter 'X-Id'"):
            await client.request(endpoint(sdk, NO_AUTH), headers={"X-Id": "a\nb"})
    assert origin.requests() == []


def test_oauth_token_with_a_line_break_is_a_bad_token_response(
    sdk: ModuleType, origin: LoopbackServer
) -> None:
    def respond(received: Received) -> Answer:
        if received.path == TOKEN_PATH:
            return Answer(200, {"access_token": "at-1\r\nX-Injected: yes", "expires_in": 60})
        return Answer(200, {})

    origin.respond = respond
    client = _client(sdk, origin, credentials={"oauth": SECRETS["oauth"]})
    with pytest.raises(sdk.APIResponseValidationError, match="access_token") as caught:
        client.request(endpoint(sdk, (("oauth",),)))
    assert "X-Injected" not in str(caught.value)
    assert [r.path for r in origin.requests()] == [TOKEN_PATH]  # the API was never called


def test_a_request_the_http_library_refuses_is_not_retried(
    sdk: ModuleType, origin: LoopbackServer
) -> None:
    """Headers of the caller's own httpx client are httpx's to check: its refusal (a
    LocalProtocolError) fails at once, it would fail again on every retry."""
    http = httpx.Client(headers={"X-Caller": "a\nb"})
    client = _client(sdk, origin, http_client=http)
    with pytest.raises(sdk.APIConnectionError) as caught:
        client.request(endpoint(sdk, NO_AUTH))
    assert caught.value.attempts == 1
    assert isinstance(caught.value.__cause__, httpx.LocalProtocolError)
    assert origin.requests() == []


# Printable ASCII and tabs inside: what HTTP/1.1 carries as is.
header_text = st.text(
    alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E) | st.just("\t")
)
controls = st.sampled_from([chr(c) for c in (*range(0x00, 0x09), *range(0x0A, 0x20), 0x7F)])


@PROPERTY
@given(text=header_text.map(str.strip))
def test_any_clean_value_arrives_as_sent(
    sdk: ModuleType, origin: LoopbackServer, http: httpx.Client, text: str
) -> None:
    origin.clear()
    client = _client(sdk, origin, credentials={"header": text or "k"}, http_client=http)
    client.request(endpoint(sdk, (("header",),)), headers={"X-Value": text})
    (received,) = origin.requests()
    assert received.header("X-Value") == text
    assert received.header(HEADER_NAME) == (text or "k")


@PROPERTY
@given(before=header_text, control=controls, after=header_text)
def test_any_value_with_a_control_character_is_refused(
    sdk: ModuleType,
    origin: LoopbackServer,
    http: httpx.Client,
    before: str,
    control: str,
    after: str,
) -> None:
    origin.clear()
    value = f"x{before}{control}{after}x"
    client = _client(sdk, origin, credentials={"bearer": value}, http_client=http)
    with pytest.raises(ValueError, match="control character"):
        client.request(endpoint(sdk, NO_AUTH), headers={"X-Value": value})
    with pytest.raises(ValueError, match="'bearer_token'"):
        client.request(endpoint(sdk, (("bearer",),)))
    assert origin.requests() == []
