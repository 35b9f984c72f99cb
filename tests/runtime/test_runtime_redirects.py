"""Credentials never leave their origin on redirects; redirects are capped; 303 means GET.

Real servers on two loopback addresses (127.0.0.1 and 127.0.0.2), another port of the first,
and an HTTPS server for a scheme change. Every kind of credential carrier is declared (bearer,
basic, an API key in a header, the query and a cookie, OAuth2 client credentials); each test
first proves the origin really received the credentials, then that the other origin got none.
"""

from __future__ import annotations

import base64
import ssl
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from loopback import Answer, LoopbackServer, Received, echo, self_signed_tls
from security_helpers import (
    COOKIE_NAME,
    HEADER_NAME,
    OAUTH_TOKEN,
    QUERY_NAME,
    SECRETS,
    TOKEN_PATH,
    client_class,
    endpoint,
    token_or_echo,
)

# One Authorization kind per group (they share the header) with all the other carriers.
GROUPS = {
    "bearer": ("bearer", "header", "query", "cookie"),
    "basic": ("basic", "header", "query", "cookie"),
    "oauth": ("oauth", "header", "query", "cookie"),
}
REDIRECTS = [301, 302, 303, 307, 308]


def _basic(pair: tuple[str, str]) -> str:
    return base64.b64encode(":".join(pair).encode()).decode()


def sent_secrets(group: tuple[str, ...]) -> list[str]:
    """What the group's credentials look like on the wire (basic auth as base64 too)."""
    found: list[str] = []
    for name in group:
        value = SECRETS[name]
        if name == "basic":
            assert isinstance(value, tuple)
            found += [value[1], _basic(value)]
        elif name == "oauth":
            assert isinstance(value, tuple)
            found += [value[1], OAUTH_TOKEN]
        else:
            assert isinstance(value, str)
            found.append(value)
    return found


def assert_authenticated(received: Received, group: tuple[str, ...]) -> None:
    """The request carried every credential of the group (so that their absence elsewhere
    means something)."""
    authorization = received.header("Authorization") or ""
    for name in group:
        if name == "bearer":
            assert authorization == f"Bearer {SECRETS['bearer']}"
        elif name == "basic":
            assert isinstance(SECRETS["basic"], tuple)
            assert authorization == f"Basic {_basic(SECRETS['basic'])}"
        elif name == "oauth":
            assert authorization == f"Bearer {OAUTH_TOKEN}"
        elif name == "header":
            assert received.header(HEADER_NAME) == SECRETS["header"]
        elif name == "query":
            assert f"{QUERY_NAME}={SECRETS['query']}" in received.query.split("&")
        elif name == "cookie":
            assert f"{COOKIE_NAME}={SECRETS['cookie']}" in (received.header("Cookie") or "")


def assert_no_credentials(received: Received, group: tuple[str, ...]) -> None:
    text = received.decoded_text()
    for secret in sent_secrets(group):
        assert secret not in text, f"{secret!r} reached {received.target}"
    for header in ("Authorization", "Cookie", HEADER_NAME, "Proxy-Authorization"):
        assert received.header(header) is None, header
    assert QUERY_NAME not in received.query


def redirect_to(url: str, status: int = 302) -> Callable[[Received], Answer]:
    """Answer the API calls (not the token requests) with a redirect to ``url``."""

    def respond(received: Received) -> Answer:
        if received.path.endswith(TOKEN_PATH):
            return token_or_echo(received)
        if received.path.startswith("/landing"):
            return echo(received)
        return Answer(status, b"", {"Location": url})

    return respond


@pytest.fixture
def servers(loopback: Callable[..., LoopbackServer]) -> dict[str, LoopbackServer]:
    """The origin (127.0.0.1), another host (127.0.0.2), another port of the origin's host."""
    return {
        "origin": loopback("127.0.0.1"),
        "other host": loopback("127.0.0.2"),
        "other port": loopback("127.0.0.1"),
    }


@pytest.fixture(params=["own pool", "caller's client"])
def http_client(request: pytest.FixtureRequest) -> Iterator[httpx.Client | None]:
    """The SDK's own pool, or a caller's httpx client that follows redirects by itself."""
    if request.param == "own pool":
        yield None
        return
    with httpx.Client(follow_redirects=True) as client:
        yield client


def _client(sdk: ModuleType, base_url: str, **kwargs: Any) -> Any:
    kwargs.setdefault("credentials", SECRETS)
    kwargs.setdefault("max_retries", 0)
    return client_class(sdk, base_url)(**kwargs)


@pytest.mark.parametrize("status", REDIRECTS)
@pytest.mark.parametrize("target", ["other host", "other port"])
@pytest.mark.parametrize("group", list(GROUPS))
def test_cross_origin_redirect_sends_no_credential(
    sdk: ModuleType,
    servers: dict[str, LoopbackServer],
    http_client: httpx.Client | None,
    status: int,
    target: str,
    group: str,
) -> None:
    origin, other = servers["origin"], servers[target]
    # A hostile Location may even copy the API key into the query it redirects to.
    location = f"{other.url}/landing?{QUERY_NAME}={SECRETS['query']}&page=2"
    origin.respond = redirect_to(location, status)
    client = _client(sdk, origin.url, http_client=http_client)
    result = client.request(endpoint(sdk, (GROUPS[group],)))
    assert result["target"] == "/landing?page=2"
    api_calls = [r for r in origin.requests() if r.path == "/things"]
    assert len(api_calls) == 1
    assert_authenticated(api_calls[0], GROUPS[group])
    (landed,) = other.requests()
    assert_no_credentials(landed, GROUPS[group])


@pytest.mark.parametrize("group", list(GROUPS))
def test_same_origin_redirect_keeps_every_credential(
    sdk: ModuleType,
    servers: dict[str, LoopbackServer],
    http_client: httpx.Client | None,
    group: str,
) -> None:
    origin = servers["origin"]
    for location in ("/landing", f"{origin.url}/landing?page=2"):
        origin.clear()
        origin.respond = redirect_to(location, 307)
        client = _client(sdk, origin.url, http_client=http_client)
        client.request(endpoint(sdk, (GROUPS[group],)))
        calls = [r for r in origin.requests() if r.path != TOKEN_PATH]
        assert [r.path for r in calls] == ["/things", "/landing"]
        for received in calls:
            assert_authenticated(received, GROUPS[group])


def test_leaving_the_origin_once_drops_credentials_for_the_rest_of_the_chain(
    sdk: ModuleType, servers: dict[str, LoopbackServer]
) -> None:
    """origin -> other host -> back to the origin: the credentials do not come back."""
    origin, other = servers["origin"], servers["other host"]
    origin.respond = redirect_to(f"{other.url}/bounce", 302)
    other.respond = lambda r: Answer(302, b"", {"Location": f"{origin.url}/landing"})
    group = GROUPS["bearer"]
    _client(sdk, origin.url).request(endpoint(sdk, (group,)))
    first, last = origin.requests()
    assert first.path == "/things" and last.path == "/landing"
    assert_authenticated(first, group)
    assert_no_credentials(other.requests()[0], group)
    assert_no_credentials(last, group)


@pytest.mark.parametrize(
    ("status", "method", "body_kept"),
    [(303, "GET", False), (302, "GET", False), (301, "GET", False), (307, "POST", True)]
    + [(308, "POST", True)],
)
def test_post_redirects_follow_httpx_semantics(
    sdk: ModuleType, servers: dict[str, LoopbackServer], status: int, method: str, body_kept: bool
) -> None:
    origin, other = servers["origin"], servers["other host"]
    origin.respond = redirect_to(f"{other.url}/landing", status)
    client = _client(sdk, origin.url, credentials={"header": SECRETS["header"]})
    client.request(
        endpoint(sdk, (("header",),), method="POST"),
        body={"prompt": "a cat"},
        options=sdk.RequestOptions(idempotency_key="idem-1"),
    )
    (landed,) = other.requests()
    assert landed.method == method
    assert landed.body == (b'{"prompt":"a cat"}' if body_kept else b"")
    assert (landed.header("Content-Length") is not None) == body_kept
    assert landed.header("Idempotency-Key") == "idem-1"  # not a credential: kept
    assert_no_credentials(landed, ("header",))


@pytest.mark.parametrize("limit", [None, 0, 3])
def test_redirects_are_capped_and_not_retried(
    sdk: ModuleType, servers: dict[str, LoopbackServer], limit: int | None
) -> None:
    origin = servers["origin"]
    origin.respond = lambda r: Answer(302, b"", {"Location": f"/loop/{len(origin.received)}"})
    http = httpx.Client(follow_redirects=True) if limit is None else None
    if limit is not None:
        http = httpx.Client(follow_redirects=True, max_redirects=limit)
    assert http is not None
    client = _client(sdk, origin.url, http_client=http, max_retries=2, retry_base_delay=30.0)
    with pytest.raises(sdk.APIConnectionError, match="redirects") as caught:
        client.request(endpoint(sdk, (("bearer",),)))
    assert isinstance(caught.value.__cause__, httpx.TooManyRedirects)
    assert caught.value.attempts == 1
    allowed = http.max_redirects
    assert len(origin.requests()) == allowed + 1  # the first request and `allowed` redirects


def test_a_client_that_does_not_follow_redirects_gets_the_redirect(
    sdk: ModuleType, servers: dict[str, LoopbackServer]
) -> None:
    origin, other = servers["origin"], servers["other host"]
    origin.respond = redirect_to(f"{other.url}/landing", 302)
    with httpx.Client(follow_redirects=False) as http:
        client = _client(sdk, origin.url, http_client=http)
        response = client.request_raw(
            sdk.Endpoint("GET", "/things", {"302": sdk.ResponseSpec("empty")}, {}, (), True)
        )
    assert response.status_code == 302
    assert other.requests() == []


def test_token_request_redirected_elsewhere_loses_the_client_secret(
    sdk: ModuleType, servers: dict[str, LoopbackServer]
) -> None:
    origin, other = servers["origin"], servers["other host"]
    origin.respond = lambda r: Answer(307, b"", {"Location": f"{other.url}{TOKEN_PATH}"})
    client = _client(sdk, origin.url, credentials={"oauth": SECRETS["oauth"]})
    with pytest.raises(sdk.APIResponseValidationError, match="not a token response"):
        client.request(endpoint(sdk, (("oauth",),)))
    (token_call,) = origin.requests()
    assert token_call.path == TOKEN_PATH and token_call.header("Authorization")
    (landed,) = other.requests()
    assert landed.method == "POST" and landed.body == b"grant_type=client_credentials"
    assert_no_credentials(landed, ("oauth",))


def test_caller_client_auth_is_not_sent_to_another_origin(
    sdk: ModuleType, servers: dict[str, LoopbackServer]
) -> None:
    """httpx would apply the caller's ``auth=`` on every hop; across origins it is dropped."""
    origin, other = servers["origin"], servers["other host"]
    origin.respond = redirect_to(f"{other.url}/landing", 302)
    with httpx.Client(follow_redirects=True, auth=("caller", "caller-pw-4b1e")) as http:
        _client(sdk, origin.url, http_client=http, credentials={}).request(endpoint(sdk, ((),)))
    assert origin.requests()[0].header("Authorization")
    (landed,) = other.requests()
    assert landed.header("Authorization") is None


@pytest.mark.anyio
@pytest.mark.parametrize("group", list(GROUPS))
async def test_async_client_follows_the_same_policy(
    sdk: ModuleType, servers: dict[str, LoopbackServer], group: str
) -> None:
    origin, other = servers["origin"], servers["other host"]
    origin.respond = redirect_to(f"{other.url}/landing", 307)
    async with httpx.AsyncClient(follow_redirects=True) as http:
        client = client_class(sdk, origin.url, asynchronous=True)(
            credentials=SECRETS, http_client=http, max_retries=0
        )
        await client.request(endpoint(sdk, (GROUPS[group],)))
    assert_authenticated(next(r for r in origin.requests() if r.path == "/things"), GROUPS[group])
    (landed,) = other.requests()
    assert_no_credentials(landed, GROUPS[group])


def test_a_scheme_change_is_another_origin_even_on_the_same_host(sdk: ModuleType) -> None:
    """http -> https on the same host: httpx keeps Authorization there, the SDK does not."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.scheme == "http":
            return httpx.Response(301, headers={"Location": "https://api.test/things"})
        return httpx.Response(200, json={})

    with httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=True) as http:
        _client(sdk, "http://api.test", http_client=http).request(
            endpoint(sdk, (GROUPS["bearer"],))
        )
    first, second = seen
    assert first.headers["Authorization"] == f"Bearer {SECRETS['bearer']}"
    assert second.url.scheme == "https"
    for name in ("Authorization", "Cookie", HEADER_NAME):
        assert name not in second.headers
    assert QUERY_NAME not in second.url.params


def test_redirect_to_https_on_a_real_tls_server(
    sdk: ModuleType,
    loopback: Callable[..., LoopbackServer],
    tmp_path: Path,
) -> None:
    tls = self_signed_tls(tmp_path)
    if tls is None:
        pytest.skip("openssl is not installed")
    context, certificate = tls
    origin, secure = loopback("127.0.0.1"), loopback("127.0.0.1", context)
    origin.respond = redirect_to(f"{secure.url}/landing", 308)
    with httpx.Client(
        follow_redirects=True, verify=ssl.create_default_context(cafile=str(certificate))
    ) as http:
        _client(sdk, origin.url, http_client=http).request(endpoint(sdk, (GROUPS["basic"],)))
    assert_authenticated(origin.requests()[0], GROUPS["basic"])
    (landed,) = secure.requests()
    assert_no_credentials(landed, GROUPS["basic"])


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("https://a.test/x", "https://a.test:443/y", True),
        ("http://a.test/x", "http://a.test:80/y?q", True),
        ("http://a.test/x", "https://a.test/x", False),
        ("https://a.test/x", "https://a.test:8443/x", False),
        ("https://a.test/x", "https://b.a.test/x", False),
        ("https://A.test/x", "https://a.test/x", True),
    ],
)
def test_origin_is_scheme_host_and_port(sdk: ModuleType, a: str, b: str, same: bool) -> None:
    origin = sdk._base_client.origin
    assert (origin(httpx.URL(a)) == origin(httpx.URL(b))) is same
