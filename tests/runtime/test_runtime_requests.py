"""Request building, auth, options, hooks and response handling, via httpx.MockTransport."""

from __future__ import annotations

import json
import sys
from types import ModuleType
from typing import Any

import httpx
import pytest
from runtime_helpers import TOKEN, Recorder

PY = f"python/{sys.version_info.major}.{sys.version_info.minor}.{sys.version_info.micro}"
BASE = "https://api.demo.test/v1"
ITEM = {"id": "7", "name": "seven", "tags": ["x"]}


def demo(sdk: ModuleType, rec: Recorder, **kwargs: Any) -> Any:
    kwargs.setdefault("api_key", TOKEN)
    return sdk.Demo(http_client=rec.sync_client(), **kwargs)


# ----------------------------------------------------------------------------- the wire


def test_get_sends_exact_request(sdk: ModuleType) -> None:
    rec = Recorder(httpx.Response(200, json=ITEM))
    item = demo(sdk, rec).items.get("a/b c?")
    assert item == sdk.Item(id="7", name="seven", tags=["x"])
    (request,) = rec.requests
    assert request.method == "GET"
    assert str(request.url) == f"{BASE}/items/a%2Fb%20c%3F"
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert request.headers["Accept"] == "application/json"
    assert request.headers["User-Agent"] == f"demo-sdk/1.2.3 {PY}"
    assert "Content-Type" not in request.headers
    assert request.content == b""


def test_query_encoding(sdk: ModuleType) -> None:
    rec = Recorder(httpx.Response(200, json=[ITEM]))
    client = demo(sdk, rec)
    items = client.items.list(offset=0, limit=10, tags=["a", "b c"], archived=False, x_trace_id="t")
    assert items == [sdk.Item(id="7", name="seven", tags=["x"])]
    assert rec.last.url.query == b"offset=0&limit=10&tags=a&tags=b+c&archived=false"
    assert rec.last.headers["X-Trace-Id"] == "t"

    client.items.list()  # every parameter None: no query string at all
    assert str(rec.last.url) == f"{BASE}/items"
    assert "X-Trace-Id" not in rec.last.headers


def test_query_helper_rules(sdk: ModuleType) -> None:
    import enum

    class Color(str, enum.Enum):
        RED = "red"

    encode = sdk._base_client.encode_query
    assert encode(
        {
            "a": None,
            "b": sdk.NOT_GIVEN,
            "c": True,
            "d": [1, None, 2],
            "e": Color.RED,
            "f": {"x": 1, "y": None},
            "g": 1.5,
        }
    ) == [("c", "true"), ("d", "1"), ("d", "2"), ("e", "red"), ("x", "1"), ("g", "1.5")]


def test_post_sends_json_body(sdk: ModuleType) -> None:
    rec = Recorder(httpx.Response(201, json={"id": "1", "name": "n"}))
    item = demo(sdk, rec).items.create(name="n", tags=["t"])
    assert item.id == "1"
    request = rec.last
    assert request.method == "POST"
    assert str(request.url) == f"{BASE}/items"
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {"name": "n", "tags": ["t"]}
    assert "Idempotency-Key" not in request.headers


def test_path_params_are_checked(sdk: ModuleType) -> None:
    rec = Recorder()
    with pytest.raises(ValueError, match="item_id"):
        demo(sdk, rec).items.get("")
    assert rec.requests == []
    with pytest.raises(ValueError, match="missing path parameter"):
        sdk.Demo(api_key=TOKEN, http_client=rec.sync_client()).request(
            sdk._client.GET_ITEM, path_params={}
        )


# ------------------------------------------------------------------------------------ auth


def test_auth_from_environment(sdk: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEMO_API_KEY", "from-env")
    rec = Recorder(httpx.Response(200, json=ITEM))
    sdk.Demo(http_client=rec.sync_client()).items.get("1")
    assert rec.last.headers["Authorization"] == "Bearer from-env"
    demo(sdk, rec, api_key="from-arg").items.get("1")  # the argument wins
    assert rec.last.headers["Authorization"] == "Bearer from-arg"


def test_missing_credentials_raise_before_sending(sdk: ModuleType) -> None:
    rec = Recorder(httpx.Response(200, json=ITEM))
    client = sdk.Demo(http_client=rec.sync_client())
    with pytest.raises(sdk.MissingCredentialsError) as caught:
        client.items.get("1")
    assert rec.requests == []
    message = str(caught.value)
    assert "GET /items/{item_id}" in message
    assert "api_key=" in message and "DEMO_API_KEY" in message and "Demo()" in message
    assert caught.value.env_vars == ("DEMO_API_KEY",)
    assert isinstance(caught.value, sdk.APIError)

    rec.replies = [httpx.Response(200, text="ok")]
    assert client.health() == "ok"  # operations without security need no credentials
    assert "Authorization" not in rec.last.headers


def _multi_auth_client(sdk: ModuleType) -> type[Any]:
    Scheme = sdk.SecurityScheme

    class Multi(sdk._base_client.SyncAPIClient):  # type: ignore[misc,name-defined]
        _security_schemes = {
            "basic": Scheme("basic"),
            "header": Scheme("apikey_header", "X-API-Key"),
            "query": Scheme("apikey_query", "api_key"),
            "cookie": Scheme("apikey_cookie", "session"),
        }
        _env_vars = {"basic": "MULTI_BASIC", "header": "MULTI_KEY"}
        _default_base_url = "https://multi.test"
        _user_agent = "multi/0"

    return Multi


def _endpoint(sdk: ModuleType, security: tuple[tuple[str, ...], ...], **kw: Any) -> Any:
    fields: dict[str, Any] = {
        "method": "GET",
        "path": "/x",
        "responses": {"200": sdk.ResponseSpec("json")},
        "errors": {},
        "security": security,
        "idempotent": True,
    }
    fields.update(kw)
    return sdk.Endpoint(**fields)


def test_other_security_schemes(sdk: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    Multi = _multi_auth_client(sdk)
    rec = Recorder(httpx.Response(200, json={}))
    client = Multi(
        credentials={"basic": "ann:p@ss", "header": "hk", "query": "q k", "cookie": "c1"},
        http_client=rec.sync_client(),
    )
    client.request(_endpoint(sdk, (("basic",),)))
    assert rec.last.headers["Authorization"] == "Basic YW5uOnBAc3M="  # base64("ann:p@ss")
    client.request(_endpoint(sdk, (("header", "query", "cookie"),)))
    assert rec.last.headers["X-API-Key"] == "hk"
    assert rec.last.url.params["api_key"] == "q k"
    assert rec.last.headers["Cookie"] == "session=c1"
    assert "Authorization" not in rec.last.headers

    # The first satisfiable alternative is used; an empty alternative means "optional".
    partial = Multi(credentials={"query": "q"}, http_client=rec.sync_client())
    partial.request(_endpoint(sdk, (("header",), ("query",))))
    assert rec.last.url.params["api_key"] == "q"
    partial.request(_endpoint(sdk, ((), ("header",))))
    assert "X-API-Key" not in rec.last.headers
    with pytest.raises(sdk.MissingCredentialsError) as caught:
        partial.request(_endpoint(sdk, (("basic",), ("header", "cookie"))))
    message = str(caught.value)
    assert "MULTI_BASIC" in message and "MULTI_KEY" in message
    assert "credentials={'cookie': ...}" in message
    assert caught.value.schemes == (("basic",), ("header", "cookie"))

    monkeypatch.setenv("MULTI_KEY", "env-key")
    Multi(http_client=rec.sync_client()).request(_endpoint(sdk, (("header",),)))
    assert rec.last.headers["X-API-Key"] == "env-key"

    with pytest.raises(ValueError, match="unknown security scheme"):
        Multi(credentials={"nope": "x"})


# --------------------------------------------------------------------- options and config


def test_timeouts(sdk: ModuleType) -> None:
    rec = Recorder(httpx.Response(200, json=ITEM))
    client = demo(sdk, rec)
    client.items.get("1")
    assert rec.last.extensions["timeout"] == {
        "connect": 5.0,
        "read": 60.0,
        "write": 60.0,
        "pool": 60.0,
    }
    demo(sdk, rec, timeout=2.5).items.get("1")
    assert rec.last.extensions["timeout"] == dict.fromkeys(
        ("connect", "read", "write", "pool"), 2.5
    )
    client.items.get("1", timeout=httpx.Timeout(1.0, read=9.0))
    assert rec.last.extensions["timeout"]["read"] == 9.0
    client.items.get("1", timeout=None)
    assert rec.last.extensions["timeout"]["read"] is None

    # A caller's http_client brings its own timeout unless one is given explicitly.
    own = httpx.Client(transport=httpx.MockTransport(rec), timeout=3.0)
    sdk.Demo(api_key=TOKEN, http_client=own).items.get("1")
    assert rec.last.extensions["timeout"]["read"] == 3.0


def test_per_call_options(sdk: ModuleType) -> None:
    rec = Recorder(httpx.Response(201, json={"id": "1", "name": "n"}))
    client = demo(sdk, rec, default_headers={"X-Team": "a", "X-Env": "prod"})
    client.items.create(
        name="n",
        extra_headers={"X-Team": "b", "X-Extra": "1"},
        extra_query={"dry_run": True},
        extra_body={"color": "red"},
        idempotency_key="key-1",
    )
    request = rec.last
    assert request.headers["X-Team"] == "b"
    assert request.headers["X-Env"] == "prod"
    assert request.headers["X-Extra"] == "1"
    assert request.headers["Idempotency-Key"] == "key-1"
    assert request.url.query == b"dry_run=true"
    assert json.loads(request.content) == {"name": "n", "color": "red"}


def test_server_url_override(sdk: ModuleType) -> None:
    rec = Recorder(httpx.Response(200, json=ITEM))
    client = demo(sdk, rec, server_url="http://localhost:8080/base/")
    assert client.base_url == "http://localhost:8080/base"
    client.items.get("1")
    assert str(rec.last.url) == "http://localhost:8080/base/items/1"


def test_with_options_copies_and_shares_the_pool(sdk: ModuleType) -> None:
    rec = Recorder(httpx.Response(200, json=ITEM))
    client = demo(sdk, rec, default_headers={"X-A": "1"})
    client.items.get("1")  # caches the `items` resource on the original
    copy = client.with_options(
        timeout=7.0, default_headers={"X-B": "2"}, credentials={"bearerAuth": "other"}
    )
    assert type(copy) is sdk.Demo
    copy.items.get("1")
    assert rec.last.extensions["timeout"]["read"] == 7.0
    assert rec.last.headers["X-A"] == "1" and rec.last.headers["X-B"] == "2"
    assert rec.last.headers["Authorization"] == "Bearer other"

    client.items.get("1")  # the original is unchanged
    assert rec.last.extensions["timeout"]["read"] == 60.0
    assert "X-B" not in rec.last.headers
    assert rec.last.headers["Authorization"] == f"Bearer {TOKEN}"

    assert len(rec.requests) == 3


def test_with_options_copy_does_not_close_the_shared_pool(sdk: ModuleType) -> None:
    client = sdk.Demo(api_key=TOKEN)  # owns its pool
    copy = client.with_options(max_retries=0)
    copy.close()
    assert not client.is_closed
    client.close()
    assert copy.is_closed  # the pool is shared


def test_context_manager_closes_only_its_own_pool(sdk: ModuleType) -> None:
    rec = Recorder(httpx.Response(200, json=ITEM))
    mine = rec.sync_client()
    with sdk.Demo(api_key=TOKEN, http_client=mine) as client:
        client.items.get("1")
    assert not mine.is_closed

    with sdk.Demo(api_key=TOKEN) as owned:
        assert not owned.is_closed
    assert owned.is_closed


def test_max_retries_validation(sdk: ModuleType) -> None:
    with pytest.raises(ValueError, match="max_retries"):
        sdk.Demo(api_key=TOKEN, max_retries=-1)
    with pytest.raises(ValueError, match="max_retries"):
        sdk.Demo(api_key=TOKEN).with_options(max_retries=-1)
    with pytest.raises(ValueError, match="max_retries"):
        sdk.Demo(api_key=TOKEN).items.get("1", max_retries=-1)


def test_repr_shows_no_credentials(sdk: ModuleType) -> None:
    text = repr(sdk.Demo(api_key=TOKEN))
    assert TOKEN not in text
    assert text.startswith("Demo(base_url='https://api.demo.test/v1'")
    assert "bearerAuth" in text


# ----------------------------------------------------------------------------------- hooks


def test_hooks_run_on_every_attempt(sdk: ModuleType) -> None:
    rec = Recorder(httpx.Response(503), httpx.Response(200, json=ITEM))
    seen: list[str] = []

    def sign(request: httpx.Request) -> None:
        seen.append(f"before {request.method}")
        request.headers["X-Signature"] = "sig"

    def observe(response: httpx.Response) -> None:
        seen.append(f"after {response.status_code}")

    client = demo(sdk, rec, before_request=[sign], after_response=[observe], retry_base_delay=0)
    client.items.get("1")
    assert seen == ["before GET", "after 503", "before GET", "after 200"]
    assert all(r.headers["X-Signature"] == "sig" for r in rec.requests)


def test_sync_client_rejects_async_hooks(sdk: ModuleType) -> None:
    async def hook(request: httpx.Request) -> None:
        pass

    rec = Recorder(httpx.Response(200, json=ITEM))
    with pytest.raises(TypeError, match="async"):
        demo(sdk, rec, before_request=[hook]).items.get("1")
    assert rec.requests == []


# ------------------------------------------------------------------------------- responses


def test_response_kinds(sdk: ModuleType) -> None:
    rec = Recorder(httpx.Response(200, text="all good"))
    client = demo(sdk, rec)
    assert client.health() == "all good"
    rec.replies = [httpx.Response(200, content=b"\x00\xffbin")]
    assert client.download("dir/file.bin") == b"\x00\xffbin"
    assert str(rec.last.url) == f"{BASE}/files/dir%2Ffile.bin"
    rec.replies = [httpx.Response(204)]
    assert client.items.delete("1") is None
    assert rec.last.method == "DELETE"
    rec.replies = [httpx.Response(206, json=[])]  # matched by "2XX"
    assert client.items.list() == []


def test_raw_response(sdk: ModuleType) -> None:
    rec = Recorder(httpx.Response(200, json=ITEM, headers={"X-Request-Id": "r1"}))
    raw = demo(sdk, rec).items.get_raw("7")
    assert isinstance(raw, sdk.APIResponse)
    assert raw.status_code == 200
    assert raw.headers["X-Request-Id"] == "r1"
    assert raw.http_response.request is rec.last
    assert raw.json() == ITEM
    assert json.loads(raw.text) == ITEM
    assert raw.parse() == sdk.Item(id="7", name="seven", tags=["x"])
    assert raw.parse() is raw.parse()  # decoded once


def test_raw_response_errors(sdk: ModuleType) -> None:
    rec = Recorder(httpx.Response(404, json={"code": "nf", "message": "gone"}))
    client = demo(sdk, rec)
    with pytest.raises(sdk.NotFoundError):
        client.items.get_raw("7")  # error statuses still raise
    rec.replies = [httpx.Response(200, text="not json")]
    raw = client.items.get_raw("7")  # decoding happens in parse()
    assert raw.text == "not json"
    with pytest.raises(sdk.APIResponseValidationError):
        raw.parse()


def test_invalid_success_bodies(sdk: ModuleType) -> None:
    rec = Recorder(httpx.Response(200, text="<html>oops</html>"))
    client = demo(sdk, rec)
    with pytest.raises(sdk.APIResponseValidationError) as caught:
        client.items.get("1")
    assert caught.value.body == "<html>oops</html>"
    assert caught.value.status_code == 200
    assert "expected a JSON body" in str(caught.value)

    rec.replies = [httpx.Response(200, json={"id": "1"})]  # JSON, but "name" is missing
    with pytest.raises(sdk.APIResponseValidationError, match="does not match") as caught:
        client.items.get("1")
    assert caught.value.body == '{"id":"1"}'
    assert isinstance(caught.value.__cause__, KeyError)

    rec.replies = [httpx.Response(304)]  # not a success, and not declared
    with pytest.raises(sdk.APIResponseValidationError, match="undeclared status"):
        client.items.get("1")


@pytest.mark.parametrize(
    ("status", "name"),
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (403, "PermissionDeniedError"),
        (404, "NotFoundError"),
        (409, "ConflictError"),
        (418, "APIStatusError"),
        (422, "UnprocessableEntityError"),
        (429, "RateLimitError"),
        (500, "InternalServerError"),
        (503, "InternalServerError"),
    ],
)
def test_status_errors(sdk: ModuleType, status: int, name: str) -> None:
    body = {"code": "c", "message": "m"}
    rec = Recorder(httpx.Response(status, json=body, headers={"X-Request-Id": "r9"}))
    with pytest.raises(sdk.APIStatusError) as caught:
        demo(sdk, rec, max_retries=0).items.get("42")
    error = caught.value
    assert type(error) is getattr(sdk, name)
    assert error.status_code == status
    assert error.headers["X-Request-Id"] == "r9"
    assert error.body == body
    assert error.response.status_code == status
    assert error.request is rec.last
    # GET_ITEM declares "404" and "4XX" error schemas but nothing for 5xx
    assert error.parsed == (sdk.ErrorModel("c", "m") if status < 500 else None)
    assert str(error).startswith(f"GET {BASE}/items/42 returned {status} ")
    assert '"code":"c"' in str(error)


def test_error_models_by_range_and_default(sdk: ModuleType) -> None:
    rec = Recorder(httpx.Response(500, json={"code": "boom", "message": "x"}))
    client = demo(sdk, rec, max_retries=0)
    with pytest.raises(sdk.InternalServerError) as caught:
        client.items.list()  # LIST_ITEMS declares only "default"
    assert caught.value.parsed == sdk.ErrorModel("boom", "x")

    rec.replies = [httpx.Response(404, json={"unexpected": True})]
    with pytest.raises(sdk.NotFoundError) as not_found:
        client.items.get("1")
    assert not_found.value.parsed is None  # decoder failed
    assert not_found.value.body == {"unexpected": True}

    rec.replies = [httpx.Response(404, text="plain words " * 40)]
    with pytest.raises(sdk.NotFoundError) as text_error:
        client.items.get("1")
    assert text_error.value.body == "plain words " * 40
    assert text_error.value.parsed is None
    assert str(text_error.value).endswith("...")  # the excerpt is short
    assert len(str(text_error.value)) < 300

    rec.replies = [httpx.Response(404)]
    with pytest.raises(sdk.NotFoundError) as empty:
        client.items.get("1")
    assert empty.value.body is None
    assert str(empty.value) == f"GET {BASE}/items/1 returned 404 Not Found"


# ----------------------------------------------------------------------------------- async


@pytest.mark.anyio
async def test_async_client_end_to_end(sdk: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEMO_API_KEY", "env-token")
    rec = Recorder(httpx.Response(503), httpx.Response(200, json=ITEM))
    calls: list[str] = []

    async def async_hook(request: httpx.Request) -> None:
        calls.append("async-before")
        request.headers["X-Async"] = "yes"

    def sync_hook(response: httpx.Response) -> None:
        calls.append(f"sync-after {response.status_code}")

    async with sdk.AsyncDemo(
        http_client=rec.async_client(),
        before_request=[async_hook],
        after_response=[sync_hook],
        retry_base_delay=0,
    ) as client:
        item = await client.items.get("a/b", extra_query={"v": 2})
        assert item == sdk.Item(id="7", name="seven", tags=["x"])
        assert str(rec.last.url) == f"{BASE}/items/a%2Fb?v=2"
        assert rec.last.headers["Authorization"] == "Bearer env-token"
        assert rec.last.headers["X-Async"] == "yes"
        assert rec.last.headers["User-Agent"] == f"demo-sdk/1.2.3 {PY}"
        assert calls == ["async-before", "sync-after 503", "async-before", "sync-after 200"]

        rec.replies = [httpx.Response(200, json=ITEM)]
        raw = await client.items.get_raw("7")
        assert raw.status_code == 200 and raw.parse().id == "7"

        copy = client.with_options(max_retries=0)
        assert type(copy) is sdk.AsyncDemo
        rec.replies = [httpx.Response(500, json={"code": "c", "message": "m"})]
        before = len(rec.requests)
        with pytest.raises(sdk.InternalServerError):
            await copy.items.get("7")
        assert len(rec.requests) == before + 1

        rec.replies = [httpx.Response(200, text="ok")]
        assert await client.health() == "ok"
    assert not rec.requests[-1].headers.get("Authorization")  # health needs no auth


@pytest.mark.anyio
async def test_async_missing_credentials_and_pool(sdk: ModuleType) -> None:
    rec = Recorder(httpx.Response(200, json=ITEM))
    mine = rec.async_client()
    async with sdk.AsyncDemo(http_client=mine) as client:
        with pytest.raises(sdk.MissingCredentialsError):
            await client.items.get("1")
    assert rec.requests == []
    assert not mine.is_closed
    await mine.aclose()

    owned = sdk.AsyncDemo(api_key=TOKEN)
    async with owned:
        pass
    assert owned.is_closed
