"""How requests are built: the SDK builds `httpx.Request` itself (headers merged with the httpx
client's once, URLs parsed once) unless the httpx client would add more than its headers; either
way the request must be exactly what `httpx.Client.build_request` gives."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from runtime_helpers import TOKEN, Recorder

BASE = "https://api.demo.test/v1"
ITEM = {"id": "7", "name": "seven", "tags": ["x"]}


class _BuildingClient(httpx.Client):
    """An httpx client whose `build_request` is its own: the SDK must call it."""

    built = 0

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        type(self).built += 1
        return super().build_request(*args, **kwargs)


def _wire(request: httpx.Request) -> tuple[object, ...]:
    return (
        request.method,
        str(request.url),
        request.headers.raw,
        request.content,
        request.extensions,
    )


CALLS: dict[str, Callable[[Any], object]] = {
    "get": lambda c: c.items.get("a/b c?"),
    "list": lambda c: c.items.list(offset=0, limit=10, tags=["a", "b"], x_trace_id="t"),
    "create": lambda c: c.items.create(name="n", tags=["t"]),
    "options": lambda c: c.items.create(
        name="n",
        extra_headers={"X-Team": "b", "user-agent": "mine"},
        extra_query={"dry_run": True},
        extra_body={"color": "red"},
        idempotency_key="k",
        timeout=3.0,
    ),
    "delete": lambda c: c.items.delete("1"),
    "text": lambda c: c.health(),
}


@pytest.mark.parametrize("call", sorted(CALLS))
def test_requests_are_what_build_request_gives(sdk: ModuleType, call: str) -> None:
    rec = Recorder(httpx.Response(200, json=ITEM))
    headers = {"X-Client": "1", "User-Agent": "theirs", "Accept": "*/*"}
    plain = httpx.Client(transport=httpx.MockTransport(rec), headers=headers)
    own = _BuildingClient(transport=httpx.MockTransport(rec), headers=headers)
    for http in (plain, own, plain):  # the second plain call uses the prepared headers
        client = sdk.Demo(api_key=TOKEN, http_client=http, default_headers={"X-Env": "prod"})
        try:
            CALLS[call](client)
        except sdk.APIResponseValidationError:
            pass  # the canned body fits some calls only; the request is what is compared
    assert _BuildingClient.built >= 1
    first, second, third = (_wire(r) for r in rec.requests)
    assert first == second == third
    request = rec.requests[0]
    assert request.headers["X-Client"] == "1" and request.headers["X-Env"] == "prod"
    assert request.headers["User-Agent"] != "theirs"  # the SDK's headers win over the client's


def test_changes_to_the_http_client_are_seen(sdk: ModuleType) -> None:
    rec = Recorder(httpx.Response(200, json=ITEM))
    http = rec.sync_client()
    client = sdk.Demo(api_key=TOKEN, http_client=http)
    client.items.get("1")
    assert "X-Late" not in rec.last.headers

    http.headers["X-Late"] = "1"  # changed in place
    client.items.get("1")
    assert rec.last.headers["X-Late"] == "1"
    http.headers["X-Late"] = "2"  # same header count, other value
    client.items.get("1")
    assert rec.last.headers["X-Late"] == "2"
    http.headers = {"X-New": "3"}  # replaced
    client.items.get("1")
    assert rec.last.headers["X-New"] == "3" and "X-Late" not in rec.last.headers
    assert rec.last.headers["Authorization"] == f"Bearer {TOKEN}"

    http.params = {"tenant": "t1"}  # client-wide query parameters
    client.items.get("1")
    assert str(rec.last.url) == f"{BASE}/items/1?tenant=t1"

    http.params = {}
    http.cookies.set("session", "s1", domain="api.demo.test")  # client-wide cookies
    client.items.get("1")
    assert str(rec.last.url) == f"{BASE}/items/1"
    assert rec.last.headers["Cookie"] == "session=s1"


def test_a_response_cookie_is_sent_back(sdk: ModuleType) -> None:
    rec = Recorder(httpx.Response(200, json=ITEM, headers={"Set-Cookie": "sid=abc; Path=/"}))
    client = sdk.Demo(api_key=TOKEN, http_client=rec.sync_client())
    client.items.get("1")
    assert "Cookie" not in rec.last.headers
    client.items.get("1")
    assert rec.last.headers["Cookie"] == "sid=abc"


def test_parsed_urls_are_reused_and_bounded(sdk: ModuleType) -> None:
    rec = Recorder(httpx.Response(200, json=ITEM))
    client = sdk.Demo(api_key=TOKEN, http_client=rec.sync_client())
    client.items.get("1")
    client.items.get("1")
    first, second = rec.requests
    assert first.url == second.url == httpx.URL(f"{BASE}/items/1")
    for n in range(600):  # ever new URLs must not grow the cache without bound
        client.items.get(str(n))
        assert rec.last.url.path == f"/v1/items/{n}"
    assert 0 < len(client._urls) <= 256
    copy = client.with_options(timeout=1.0)
    copy.items.get("x")
    assert copy._urls is client._urls  # shared: the URLs do not depend on the options


def test_request_hooks_may_change_the_request(sdk: ModuleType) -> None:
    rec = Recorder(httpx.Response(200, json=ITEM))

    def hook(request: httpx.Request) -> None:
        request.headers["X-Hooked"] = "1"
        request.url = request.url.copy_add_param("hooked", "1")

    client = sdk.Demo(api_key=TOKEN, http_client=rec.sync_client(), before_request=[hook])
    client.items.get("1")
    client.items.get("1")
    assert str(rec.last.url) == f"{BASE}/items/1?hooked=1"  # not hooked twice
    assert rec.last.headers.get_list("X-Hooked") == ["1"]


def test_upload_and_multipart_through_a_plain_client(sdk: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "f.bin"
    path.write_bytes(b"abc")
    upload = sdk.Endpoint(
        "PUT",
        "/u",
        {"200": sdk.ResponseSpec("empty")},
        {},
        (("bearerAuth",),),
        True,
        content_type="application/octet-stream",
    )
    form = sdk.Endpoint(
        "POST",
        "/f",
        {"200": sdk.ResponseSpec("empty")},
        {},
        (("bearerAuth",),),
        True,
        content_type="multipart/form-data",
    )
    rec = Recorder(httpx.Response(200))
    client = sdk.Demo(api_key=TOKEN, http_client=rec.sync_client())
    client.request(upload, body=path)
    assert rec.last.headers["Content-Length"] == "3"
    assert "Transfer-Encoding" not in rec.last.headers
    assert rec.last.headers["Content-Type"] == "application/octet-stream"
    assert rec.last.read() == b"abc"
    client.request(form, body={"file": path, "name": "n"})
    assert rec.last.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    assert b'filename="f.bin"' in rec.last.read()


def test_request_options_of(sdk: ModuleType) -> None:
    of, options = sdk.RequestOptions.of, sdk.RequestOptions
    assert of() is of() is sdk._base_client._NO_OPTIONS == options()
    given: list[dict[str, Any]] = [
        {"extra_headers": {}},
        {"extra_query": {"a": 1}},
        {"extra_body": {"b": 2}},
        {"timeout": None},  # None (no timeout) is an option, unlike NOT_GIVEN
        {"timeout": 1.5},
        {"max_retries": 0},
        {"idempotency_key": "k"},
    ]
    for kwargs in given:
        assert of(**kwargs) == options(**kwargs) != options()
    with pytest.raises(ValueError, match="max_retries"):
        of(max_retries=-1)


@pytest.mark.anyio
async def test_async_requests_are_built_alike(sdk: ModuleType) -> None:
    rec = Recorder(httpx.Response(200, json=ITEM))
    headers = {"X-Client": "1"}
    sync_http = httpx.Client(transport=httpx.MockTransport(rec), headers=headers)
    async_http = httpx.AsyncClient(transport=httpx.MockTransport(rec), headers=headers)
    sdk.Demo(api_key=TOKEN, http_client=sync_http).items.get("a b")
    async with sdk.AsyncDemo(api_key=TOKEN, http_client=async_http) as client:
        await client.items.get("a b")
        async_http.headers["X-Late"] = "1"
        await client.items.get("a b")
    first, second, third = rec.requests
    assert _wire(first) == _wire(second)
    assert third.headers["X-Late"] == "1" and third.headers["X-Client"] == "1"
