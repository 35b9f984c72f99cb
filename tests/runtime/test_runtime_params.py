"""Parameter serialization (`_params.py`) against the OpenAPI style table, request bodies
(`encode_payload`), OAuth2 client credentials, server variables and streamed responses."""

from __future__ import annotations

import io
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from runtime_helpers import Recorder, Reply, ScriptedServer

BLUE = "blue"
COLORS = ["blue", "black", "brown"]
RGB = {"R": 100, "G": 200, "B": 150}

# The style table of the OpenAPI specification (parameter "color"), one row per style/explode.
# Pipes and brackets are percent-encoded (they are not allowed unencoded in a URI).
QUERY_TABLE = [
    ("form", False, "color=", "color=blue", "color=blue,black,brown", "color=R,100,G,200,B,150"),
    (
        "form",
        True,
        "color=",
        "color=blue",
        "color=blue&color=black&color=brown",
        "R=100&G=200&B=150",
    ),
    (
        "spaceDelimited",
        False,
        None,
        None,
        "color=blue%20black%20brown",
        "color=R%20100%20G%20200%20B%20150",
    ),
    (
        "pipeDelimited",
        False,
        None,
        None,
        "color=blue%7Cblack%7Cbrown",
        "color=R%7C100%7CG%7C200%7CB%7C150",
    ),
    ("deepObject", True, None, None, None, "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150"),
]
PATH_TABLE = [
    (
        "matrix",
        False,
        ";color",
        ";color=blue",
        ";color=blue,black,brown",
        ";color=R,100,G,200,B,150",
    ),
    (
        "matrix",
        True,
        ";color",
        ";color=blue",
        ";color=blue;color=black;color=brown",
        ";R=100;G=200;B=150",
    ),
    ("label", False, ".", ".blue", ".blue,black,brown", ".R,100,G,200,B,150"),
    ("label", True, ".", ".blue", ".blue.black.brown", ".R=100.G=200.B=150"),
    ("simple", False, None, "blue", "blue,black,brown", "R,100,G,200,B,150"),
    ("simple", True, None, "blue", "blue,black,brown", "R=100,G=200,B=150"),
]


def _param(sdk: ModuleType, location: str, style: str, explode: bool, **kw: Any) -> Any:
    return sdk._params.Param("color", location, style, explode, **kw)


@pytest.mark.parametrize(("style", "explode", "empty", "string", "array", "obj"), QUERY_TABLE)
def test_query_styles(
    sdk: ModuleType,
    style: str,
    explode: bool,
    empty: str | None,
    string: str | None,
    array: str | None,
    obj: str,
) -> None:
    encode = sdk._params.encode_query_param
    param = _param(sdk, "query", style, explode)
    for value, expected in (("", empty), (BLUE, string), (COLORS, array), (RGB, obj)):
        if expected is not None:
            assert "&".join(encode("color", value, param)) == expected, value
    assert encode("color", None, param) == [] and encode("color", sdk.NOT_GIVEN, param) == []


@pytest.mark.parametrize(("style", "explode", "empty", "string", "array", "obj"), PATH_TABLE)
def test_path_styles(
    sdk: ModuleType,
    style: str,
    explode: bool,
    empty: str | None,
    string: str,
    array: str,
    obj: str,
) -> None:
    encode = sdk._params.encode_path_param
    param = _param(sdk, "path", style, explode)
    for value, expected in (("", empty), (BLUE, string), (COLORS, array), (RGB, obj)):
        if expected is not None:
            assert encode("color", value, param) == expected, value
    if empty is None:
        with pytest.raises(ValueError, match="must not be empty"):
            encode("color", "", param)


def test_values_are_percent_encoded(sdk: ModuleType) -> None:
    p = sdk._params
    assert p.encode_path_param("x", "a/b c?&é") == "a%2Fb%20c%3F%26%C3%A9"
    assert p.encode_path_param("x", ["a,b", "c"]) == "a%2Cb,c"  # value commas vs delimiters
    assert p.encode_query_param("q", "a b&c=d+é") == ["q=a+b%26c%3Dd%2B%C3%A9"]
    reserved = _param(sdk, "query", "form", True, allow_reserved=True)
    assert p.encode_query_param("q", "/a?b=c&d e#f", reserved) == ["q=/a?b=c&d%20e%23f"]
    as_json = _param(sdk, "query", "form", True, content_type="application/json")
    assert p.encode_query_param("q", {"a": [1, True]}, as_json) == [
        "q=%7B%22a%22%3A%5B1%2Ctrue%5D%7D"
    ]
    nested = _param(sdk, "query", "deepObject", True)
    assert p.encode_query_param("f", {"a": {"b": 1}, "c": [1, 2], "d": None}, nested) == [
        "f%5Ba%5D%5Bb%5D=1",
        "f%5Bc%5D=1",
        "f%5Bc%5D=2",
    ]


def test_headers_and_cookies(sdk: ModuleType) -> None:
    p = sdk._params
    assert p.encode_header_param("X", COLORS) == "blue,black,brown"
    assert p.encode_header_param("X", RGB) == "R,100,G,200,B,150"
    assert p.encode_header_param("X", RGB, _param(sdk, "header", "simple", True)) == (
        "R=100,G=200,B=150"
    )
    assert p.encode_header_param("X", True) == "true" and p.encode_header_param("X", None) is None
    assert p.encode_cookie_param("c", "a b;c") == ["c=a%20b%3Bc"]
    assert p.encode_cookie_param("c", COLORS) == ["c=blue", "c=black", "c=brown"]
    assert p.encode_cookie_param("c", COLORS, _param(sdk, "cookie", "form", False)) == [
        "c=blue,black,brown"
    ]
    assert p.encode_cookie_param("c", RGB) == ["R=100", "G=200", "B=150"]


def test_endpoint_params_reach_the_wire(sdk: ModuleType) -> None:
    endpoint = sdk.Endpoint(
        method="GET",
        path="/things/{ids}",
        responses={"200": sdk.ResponseSpec("json")},
        errors={},
        security=(),
        idempotent=True,
        params=(
            sdk._params.Param("ids", "path", "label", True),
            sdk._params.Param("f", "query", "deepObject", True),
            sdk._params.Param("h", "header", "simple", True),
            sdk._params.Param("c", "cookie", "form", False),
        ),
    )
    rec = Recorder(httpx.Response(200, json={}))
    client = sdk.Demo(http_client=rec.sync_client())
    client.request(
        endpoint,
        path_params={"ids": [1, 2]},
        query={"f": {"a": 1}, "plain": ["x", "y"], "none": None},
        headers={"h": {"k": "v"}, "skip": sdk.NOT_GIVEN},
        cookies={"c": ["a", "b"], "d": 1},
        options=sdk.RequestOptions(extra_query={"plain": "z"}),
    )
    assert rec.last.url.raw_path == b"/v1/things/.1.2?f%5Ba%5D=1&plain=z"
    assert rec.last.headers["h"] == "k=v" and "skip" not in rec.last.headers
    assert rec.last.headers["Cookie"] == "c=a,b; d=1"


# ------------------------------------------------------------------------------ bodies


def test_payload_encodings(sdk: ModuleType, tmp_path: Path) -> None:
    encode = sdk._base_client.encode_payload
    json_body = encode({"a": [1, None]}, "application/merge-patch+json")
    assert (json_body.content_type, json_body.content) == (
        "application/merge-patch+json",
        b'{"a":[1,null]}',
    )
    assert encode(None, "application/json").content == b"null"
    assert encode(sdk.NOT_GIVEN, "application/json").empty
    form = encode({"a": "x y", "b": [1, 2], "c": None}, "application/x-www-form-urlencoded")
    assert form.content == b"a=x+y&b=1&b=2"
    assert encode("é", "text/plain").content == "é".encode()
    path = tmp_path / "f.bin"
    path.write_bytes(b"abc")
    upload = encode(path, "application/octet-stream")
    assert upload.upload is not None and upload.upload.length() == 3
    assert b"".join(upload.upload) == b"abc" and b"".join(upload.upload) == b"abc"  # re-readable
    tupled = encode(("x.gif", b"GIF", "image/gif"), "application/octet-stream")
    assert (tupled.content_type, tupled.content) == ("image/gif", b"GIF")
    parts = encode(
        {"f": path, "g": [io.BytesIO(b"1"), b"2"], "m": {"k": 1}, "n": 5, "o": None},
        "multipart/form-data",
    ).parts
    assert [(name, filename, media) for name, filename, _, media in parts] == [
        ("f", "f.bin", "application/octet-stream"),
        ("g", "g", "application/octet-stream"),
        ("g", "g", "application/octet-stream"),
        ("m", None, "application/json"),
        ("n", None, None),
    ]
    merged = encode({"a": 1}, "application/json", {"b": 2})
    assert json.loads(merged.content) == {"a": 1, "b": 2}
    with pytest.raises(TypeError, match="extra_body"):
        encode(b"raw", "application/octet-stream", {"b": 2})
    with pytest.raises(TypeError, match="mapping"):
        encode([1], "multipart/form-data")


def test_retried_upload_sends_the_file_again(sdk: ModuleType, tmp_path: Path) -> None:
    endpoint = sdk.Endpoint(
        "PUT", "/f", {"200": sdk.ResponseSpec("empty")}, {}, (), True, content_type="image/png"
    )
    path = tmp_path / "a.png"
    path.write_bytes(b"png-bytes")
    rec = Recorder(httpx.Response(503), httpx.Response(200))
    client = sdk.Demo(http_client=rec.sync_client(), retry_base_delay=0.0)
    with path.open("rb") as file:
        file.read(4)
        client.request(endpoint, body=file)
    assert [r.content for r in rec.requests] == [b"bytes", b"bytes"]
    assert rec.last.headers["Content-Length"] == "5"
    assert rec.last.headers["Content-Type"] == "image/png"


# ------------------------------------------------------------- auth and server variables


class _OAuthDemo:
    @staticmethod
    def make(sdk: ModuleType) -> Any:
        class OAuthDemo(sdk._base_client.SyncAPIClient):  # type: ignore[misc,name-defined]
            _security_schemes = {
                "cc": sdk.SecurityScheme("oauth2_client_credentials", token_url="/token")
            }
            _env_vars = {"cc": ("DEMO_CLIENT_ID", "DEMO_CLIENT_SECRET")}
            _credential_args = {"cc": ("client_id", "client_secret")}
            _default_base_url = "https://{region}.demo.test/{v}"
            _server_variables = {"region": "eu", "v": "v1"}

        return OAuthDemo


def test_oauth2_token_fetch_cache_and_refresh(
    sdk: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    tokens = iter(["t1", "t2"])
    endpoint = sdk.Endpoint("GET", "/x", {"200": sdk.ResponseSpec("empty")}, {}, (("cc",),), True)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/token":
            return httpx.Response(200, json={"access_token": next(tokens), "expires_in": 120})
        return httpx.Response(200)

    rec = Recorder(handler)
    cls = _OAuthDemo.make(sdk)
    client = cls(credentials={"cc": ("id", "secret")}, http_client=rec.sync_client())
    assert client.base_url == "https://eu.demo.test/v1"
    client.request(endpoint)
    client.request(endpoint)
    assert [r.url.path for r in rec.requests] == ["/token", "/v1/x", "/v1/x"]
    assert str(rec.requests[0].url) == "https://eu.demo.test/token"
    assert rec.last.headers["Authorization"] == "Bearer t1"
    token, expires_at = client._tokens["cc"]
    assert token == "t1" and expires_at is not None  # 120 s minus a 12 s margin
    client._tokens["cc"] = ("t1", 0.0)  # expired
    client.request(endpoint)
    assert rec.last.headers["Authorization"] == "Bearer t2"
    assert "t2" in client._secrets and "secret" in client._secrets
    with pytest.raises(ValueError, match="unknown server variable"):
        cls(server_variables={"zone": "x"})
    assert cls(server_variables={"region": "us"}).base_url == "https://us.demo.test/v1"
    monkeypatch.setenv("DEMO_CLIENT_ID", "a")
    with pytest.raises(sdk.MissingCredentialsError) as missing:
        cls(http_client=rec.sync_client()).request(endpoint)
    assert "client_id=... and client_secret=..." in str(missing.value)
    monkeypatch.setenv("DEMO_CLIENT_SECRET", "b")
    assert cls()._credentials == {"cc": ("a", "b")}


def test_basic_auth_accepts_a_pair(sdk: ModuleType) -> None:
    headers = httpx.Headers()
    schemes = {"b": sdk.SecurityScheme("basic")}
    sdk._base_client.apply_auth(("b",), schemes, {"b": ("u", "p:w")}, headers, [], [])
    assert headers["Authorization"] == "Basic dTpwOnc="


# ------------------------------------------------------------------------------ streaming


def test_streamed_response(sdk: ModuleType, server: ScriptedServer, tmp_path: Path) -> None:
    data = b"0123456789" * 50_000
    server.play(Reply(200, data))
    endpoint = sdk.Endpoint("GET", "/blob", {"200": sdk.ResponseSpec("bytes")}, {}, (), True)
    with sdk.Demo(server_url=server.url) as client:
        with client.request_stream(endpoint) as streamed:
            assert streamed.headers["Content-Length"] == str(len(data))
            written = streamed.write_to_file(tmp_path / "blob")
        assert streamed.http_response.is_closed
        with client.request_stream(endpoint) as streamed:
            assert streamed.parse() == data
    assert written == len(data) and (tmp_path / "blob").read_bytes() == data


@pytest.mark.anyio
async def test_async_streamed_response(sdk: ModuleType, server: ScriptedServer) -> None:
    server.play(Reply(200, b"abc" * 1000))
    endpoint = sdk.Endpoint("GET", "/blob", {"200": sdk.ResponseSpec("bytes")}, {}, (), True)
    async with sdk.AsyncDemo(server_url=server.url) as client:
        streamed = await client.request_stream(endpoint)
        async with streamed:
            chunks = [chunk async for chunk in streamed.iter_bytes()]
    assert b"".join(chunks) == b"abc" * 1000


def test_operation_servers_and_relative_urls(sdk: ModuleType) -> None:
    rec = Recorder(httpx.Response(204))
    own = sdk.Endpoint(
        "GET", "/x", {"204": sdk.ResponseSpec("empty")}, {}, (), True, server_url="/v2"
    )
    elsewhere = sdk.Endpoint(
        "GET", "/x", {"204": sdk.ResponseSpec("empty")}, {}, (), True, server_url="https://up.test"
    )
    client = sdk.Demo(http_client=rec.sync_client())
    client.request(own)
    assert str(rec.last.url) == "https://api.demo.test/v2/x"
    client.request(elsewhere)
    assert str(rec.last.url) == "https://up.test/x"
    relative = sdk.Demo(server_url="/api/v3", http_client=rec.sync_client())
    with pytest.raises(ValueError, match="server URL '/api/v3' is relative"):
        relative.request(sdk.Endpoint("GET", "/x", {}, {}, (), True))
