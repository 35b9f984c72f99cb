"""Any operation: parameters, bodies, responses, security and servers, end to end.

Each spec in `tests/specs/operations/` is generated (through `pipeline.generate`) into its own
package, imported, and driven through `httpx.MockTransport`: the tests assert the exact request on
the wire (method, URL with the encoded path and query, headers, cookies, body bytes, multipart
parts) and the typed result. Streaming downloads and uploads also run against a real loopback
server. One batched `mypy --strict` and `ruff check` covers every generated package.
"""

from __future__ import annotations

import base64
import email.parser
import email.policy
import importlib
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator import pipeline

from .conftest import UPSTREAM_SPEC

sys.path.insert(0, str(Path(__file__).resolve().parent / "runtime"))
from runtime_helpers import Recorder, Reply, ScriptedServer  # noqa: E402

SPECS = Path(__file__).resolve().parent / "specs" / "operations"
PACKAGES = {
    "params": "op_params_sdk",
    "bodies": "op_bodies_sdk",
    "responses": "op_responses_sdk",
    "security": "op_security_sdk",
    "edge": "op_edge_sdk",
    "nested": "op_nested_sdk",
    # 20 tricky operations of GitHub's spec with what they reference (tests/specs/tools/).
    "github_slice": "github_slice_sdk",
}


# ------------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("operations")
    for name in PACKAGES:
        json_spec = SPECS / f"{name}.json"
        spec = json_spec if json_spec.is_file() else SPECS / f"{name}.yaml"
        config = SPECS / f"{name}.sdkgen.toml"
        result = pipeline.generate(spec, root / name, config if config.is_file() else None)
        assert all("discriminator ignored" in w for w in result.warnings), result.warnings
        sys.path.insert(0, str(root / name / "src"))
    yield root
    for name in PACKAGES:
        sys.path.remove(str(root / name / "src"))
    for package in PACKAGES.values():
        for module in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[module]


def _package(generated: Path, name: str) -> ModuleType:
    return importlib.import_module(PACKAGES[name])


@pytest.fixture(scope="module")
def params(generated: Path) -> ModuleType:
    return _package(generated, "params")


@pytest.fixture(scope="module")
def bodies(generated: Path) -> ModuleType:
    return _package(generated, "bodies")


@pytest.fixture(scope="module")
def responses(generated: Path) -> ModuleType:
    return _package(generated, "responses")


@pytest.fixture(scope="module")
def security(generated: Path) -> ModuleType:
    return _package(generated, "security")


@pytest.fixture(scope="module")
def edge(generated: Path) -> ModuleType:
    return _package(generated, "edge")


@pytest.fixture(scope="module")
def nested(generated: Path) -> ModuleType:
    return _package(generated, "nested")


@pytest.fixture(scope="module")
def github(generated: Path) -> ModuleType:
    return _package(generated, "github_slice")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _no_env_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("OP_SECURITY_API_KEY", "OP_SECURITY_CLIENT_ID", "OP_SECURITY_CLIENT_SECRET"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    scripted = ScriptedServer()
    scripted.start()
    try:
        yield scripted
    finally:
        scripted.stop()


def models(package: ModuleType) -> Any:
    return importlib.import_module(f"{package.__name__}.models")


def multipart(request: httpx.Request) -> list[tuple[dict[str, str], bytes]]:
    """The parts of a multipart request: (headers, body) each, in order."""
    content_type = request.headers["Content-Type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    raw = f"Content-Type: {content_type}\r\n\r\n".encode() + request.content
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
    parts = []
    for part in message.iter_parts():
        headers = {k: str(v) for k, v in part.items()}
        payload = part.get_payload(decode=True)
        parts.append((headers, payload if isinstance(payload, bytes) else b""))
    return parts


# ------------------------------------------------------------------------------ parameters


def test_path_styles_and_encoding(params: ModuleType) -> None:
    rec = Recorder(httpx.Response(204))
    client = params.OpParams(http_client=rec.sync_client())
    point = models(params).Point(x=1, y=2)
    assert client.params.path_styles(["a b", "c/d"], [1, 2], [3, 4], point) is None
    assert rec.last.method == "GET"
    assert rec.last.url.raw_path == b"/v1/styles/a%20b,c%2Fd/.1,2/;matrix=3,4/;x=1;y=2"


def test_required_optional_and_defaults(params: ModuleType) -> None:
    item = {"id": "a/b", "name": "n"}
    rec = Recorder(httpx.Response(200, json=item))
    client = params.OpParams(http_client=rec.sync_client())
    result = client.params.get_item("a/b?#", limit=5)
    assert isinstance(result, models(params).Item) and result.id == "a/b"
    # Optional parameters left out are not sent (the server applies its defaults).
    assert str(rec.last.url) == "https://params.example.test/v1/items/a%2Fb%3F%23?limit=5"
    when = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    client.params.get_item("x", limit=0, verbose=False, when=when)
    assert rec.last.url.raw_path == (
        b"/v1/items/x?limit=0&when=2024-01-02T03%3A04%3A05Z&verbose=false"
    )
    with pytest.raises(TypeError):
        client.params.get_item("x")  # limit is required (its default does not make it optional)


def test_query_styles(params: ModuleType) -> None:
    rec = Recorder(httpx.Response(200, json=[{"id": "1"}]))
    client = params.OpParams(http_client=rec.sync_client())
    m = models(params)
    found = client.params.search(
        tags=["a", "b c"],
        ids=[1, 2],
        words=["x", "y"],
        flags=["p", "q"],
        filter_=m.Filter(status="open", min_price=1.5, owner=m.FilterOwner(name="ann")),
        point=m.Point(x=1, y=2),
        box=m.Point(x=3, y=4),
        next_="/a?b=c&d e",  # builtins get the trailing underscore
        color=m.Color.RED,
        coords=m.Point(x=5, y=6),
    )
    assert [i.id for i in found] == ["1"]
    assert rec.last.url.query.decode() == "&".join(
        [
            "tags=a&tags=b+c",  # form, exploded
            "ids=1,2",  # form, not exploded
            "words=x%20y",  # spaceDelimited
            "flags=p%7Cq",  # pipeDelimited
            "filter%5Bstatus%5D=open&filter%5BminPrice%5D=1.5&filter%5Bowner%5D%5Bname%5D=ann",
            "x=1&y=2",  # an object, form exploded: its properties
            "box=x,3,y,4",  # an object, form not exploded
            "next=/a?b=c&d%20e",  # allowReserved
            "color=red",
            "coords=%7B%22x%22%3A5%2C%22y%22%3A6%7D",  # content: application/json
        ]
    )
    client.params.search()
    assert str(rec.last.url) == "https://params.example.test/v1/search"


def test_header_and_cookie_parameters(params: ModuleType) -> None:
    rec = Recorder(httpx.Response(204))
    client = params.OpParams(http_client=rec.sync_client())
    m = models(params)
    client.params.send_headers(
        x_request_id="r-1",
        x_tags=["a", "b"],
        x_point=m.Point(x=1, y=2),
        x_point_exploded=m.Point(x=3, y=4),
        x_count=0,
        session="s 1;",
        prefs=["a", "b"],
        seen=[1, 2],
    )
    headers = rec.last.headers
    assert headers["X-Request-Id"] == "r-1"
    assert headers["X-Tags"] == "a,b"
    assert headers["X-Point"] == "x,1,y,2"
    assert headers["X-Point-Exploded"] == "x=3,y=4"
    assert headers["X-Count"] == "0"
    assert headers["Cookie"] == "session=s%201%3B; prefs=a,b; seen=1; seen=2"
    client.params.send_headers(x_request_id="r-2")
    assert "X-Tags" not in rec.last.headers and "Cookie" not in rec.last.headers


def test_operations_without_id_or_tag(params: ModuleType) -> None:
    rec = Recorder(httpx.Response(200, text="plain", headers={"Content-Type": "text/plain"}))
    client = params.OpParams(http_client=rec.sync_client())
    # No tag: the default resource; no operationId: named from method and path.
    assert client.default.get_untagged_id_sub_items(5) == "plain"
    assert rec.last.url.path == "/v1/untagged/5/sub-items"
    assert rec.last.headers["Accept"] == "text/plain"
    rec.replies = [httpx.Response(204)]
    assert client.default.delete_untagged_id_sub_items(5) is None
    assert rec.last.method == "DELETE"


# ---------------------------------------------------------------------------------- bodies


def test_json_body_is_the_default_media_type(bodies: ModuleType) -> None:
    rec = Recorder(httpx.Response(201, json={"id": 1, "name": "Rex"}))
    client = bodies.OpBodies(http_client=rec.sync_client())
    pet = client.bodies.create_pet(name="Rex", age=3)
    assert pet.id == 1 and pet.name == "Rex"
    assert rec.last.headers["Content-Type"] == "application/json"
    assert rec.last.content == b'{"name":"Rex","age":3}'


def test_choosing_another_media_type(bodies: ModuleType) -> None:
    rec = Recorder(httpx.Response(201, json={"id": 1, "name": "Rex"}))
    client = bodies.OpBodies(http_client=rec.sync_client())
    client.bodies.create_pet(
        name="Rex & co", tags=["a", "b"], content_type="application/x-www-form-urlencoded"
    )
    assert rec.last.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert rec.last.content == b"name=Rex+%26+co&tags=a&tags=b"
    client.bodies.create_pet(name="Rex", age=2, content_type="multipart/form-data")
    parts = multipart(rec.last)
    assert [(h["Content-Disposition"], body) for h, body in parts] == [
        ('form-data; name="name"', b"Rex"),
        ('form-data; name="age"', b"2"),
    ]


def test_json_array_body(bodies: ModuleType) -> None:
    rec = Recorder(httpx.Response(200, json=[{"id": 1, "name": "a"}]))
    client = bodies.OpBodies(http_client=rec.sync_client())
    pets = client.bodies.create_pets(body=[models(bodies).NewPet(name="a")])
    assert [p.id for p in pets] == [1]
    assert rec.last.content == b'[{"name":"a"}]'


def test_multipart_with_files(bodies: ModuleType, tmp_path: Path) -> None:
    photo = tmp_path / "rex.png"
    photo.write_bytes(b"\x89PNG fake")
    rec = Recorder(httpx.Response(200, json={"stored": 3}))
    client = bodies.OpBodies(http_client=rec.sync_client())
    upload = client.bodies.upload_photos(
        7,
        photo=photo,
        extras=[b"raw bytes", ("notes.txt", io.BytesIO(b"hello"), "text/plain")],
        caption="Hi",
        tags=["a", "b"],
        meta=models(bodies).Meta(source="cam", width=3),
        rating=5,
    )
    assert upload.stored == 3
    request = rec.last
    assert request.method == "POST" and request.url.path == "/pets/7/photos"
    parts = [
        (h["Content-Disposition"], h.get("Content-Type"), body) for h, body in multipart(request)
    ]
    assert parts == [
        ('form-data; name="photo"; filename="rex.png"', "image/png", b"\x89PNG fake"),
        ('form-data; name="extras"; filename="extras"', "application/octet-stream", b"raw bytes"),
        ('form-data; name="extras"; filename="notes.txt"', "text/plain", b"hello"),
        ('form-data; name="caption"', None, b"Hi"),
        ('form-data; name="tags"', None, b"a"),
        ('form-data; name="tags"', None, b"b"),
        ('form-data; name="meta"', "application/json", b'{"source":"cam","width":3}'),
        ('form-data; name="rating"', None, b"5"),
    ]
    assert int(request.headers["Content-Length"]) == len(request.content)


def test_raw_upload_with_content_type_choice(bodies: ModuleType, tmp_path: Path) -> None:
    rec = Recorder(httpx.Response(200, json={"stored": 1}))
    client = bodies.OpBodies(http_client=rec.sync_client())
    client.bodies.put_avatar(7, body=b"\x89PNG")
    assert rec.last.method == "PUT"
    assert rec.last.headers["Content-Type"] == "image/png"  # the first declared
    assert rec.last.content == b"\x89PNG"
    jpeg = tmp_path / "a.jpg"
    jpeg.write_bytes(b"\xff\xd8 jpeg")
    client.bodies.put_avatar(7, body=jpeg, content_type="image/jpeg")
    assert rec.last.headers["Content-Type"] == "image/jpeg"
    assert rec.last.headers["Content-Length"] == str(len(b"\xff\xd8 jpeg"))
    assert rec.last.content == b"\xff\xd8 jpeg"
    with jpeg.open("rb") as file:
        file.read(2)  # an open file is sent from where it is
        client.bodies.put_avatar(7, body=("x.jpg", file, "image/jpeg"))
    assert rec.last.content == b" jpeg" and rec.last.headers["Content-Type"] == "image/jpeg"


def test_text_and_form_bodies(bodies: ModuleType) -> None:
    rec = Recorder(httpx.Response(204), httpx.Response(200, json={"token": "t"}))
    client = bodies.OpBodies(http_client=rec.sync_client())
    assert client.bodies.add_note(body="héllo") is None
    assert rec.last.headers["Content-Type"] == "text/plain"
    assert rec.last.content == "héllo".encode()
    result = client.bodies.login(username="ann", password="p w&", scopes=["a", "b"], remember=True)
    assert result.token == "t"
    assert rec.last.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert rec.last.content == b"username=ann&password=p+w%26&scopes=a&scopes=b&remember=true"


def test_uploads_reach_a_real_server(
    bodies: ModuleType, server: ScriptedServer, tmp_path: Path
) -> None:
    data = bytes(range(256)) * 2048  # 512 KiB
    path = tmp_path / "big.bin"
    path.write_bytes(data)
    server.play(Reply(200, {"stored": 1}, {"Content-Type": "application/json"}))
    with bodies.OpBodies(server_url=server.url, max_retries=0) as client:
        client.bodies.put_avatar(1, body=path, content_type="application/octet-stream")
        client.bodies.upload_photos(2, photo=path, caption="big")
    put, post = server.seen
    assert put.method == "PUT" and put.path == "/pets/1/avatar"
    assert put.headers["Content-Length"] == str(len(data)) and put.body == data
    assert post.path == "/pets/2/photos"
    request = httpx.Request("POST", "http://x", headers=post.headers, content=post.body)
    parts = multipart(request)
    assert parts[0][0]["Content-Disposition"] == 'form-data; name="photo"; filename="big.bin"'
    assert parts[0][1] == data and parts[1][1] == b"big"


@pytest.mark.anyio
async def test_async_upload(bodies: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "a.png"
    path.write_bytes(b"async bytes")
    rec = Recorder(httpx.Response(200, json={"stored": 1}))
    async with bodies.AsyncOpBodies(http_client=rec.async_client()) as client:
        await client.bodies.put_avatar(1, body=path)
        await client.bodies.upload_photos(2, photo=path)
    put, post = rec.requests
    assert put.content == b"async bytes" and put.headers["Content-Length"] == "11"
    assert multipart(post)[0][1] == b"async bytes"


# ------------------------------------------------------------------------------- responses


def test_text_binary_and_empty_responses(responses: ModuleType) -> None:
    rec = Recorder(
        httpx.Response(200, text="report", headers={"Content-Type": "text/plain"}),
        httpx.Response(200, content=b"\x00\x01", headers={"X-Checksum": "abc"}),
        httpx.Response(204),
    )
    client = responses.OpResponses(http_client=rec.sync_client())
    assert client.responses.get_report() == "report"
    assert rec.last.headers["Accept"] == "text/plain"
    assert client.responses.download_file("a b.bin") == b"\x00\x01"
    assert rec.last.headers["Accept"] == "application/octet-stream"
    assert rec.last.url.raw_path == b"/files/a%20b.bin"
    assert client.responses.delete_job("j") is None


def test_response_headers_through_the_raw_response(responses: ModuleType) -> None:
    rec = Recorder(httpx.Response(200, content=b"data", headers={"X-Checksum": "abc"}))
    client = responses.OpResponses(http_client=rec.sync_client())
    raw = client.responses.with_raw_response.download_file("f")
    assert raw.headers["X-Checksum"] == "abc" and raw.parse() == b"data"


def test_several_success_responses(responses: ModuleType) -> None:
    m = models(responses)
    rec = Recorder(
        httpx.Response(200, json={"value": 1.5}),
        httpx.Response(202, json={"id": "j", "state": "queued"}),
    )
    client = responses.OpResponses(http_client=rec.sync_client())
    first = client.responses.start_job()
    assert isinstance(first, m.Result) and first.value == 1.5
    second = client.responses.start_job()
    assert isinstance(second, m.Job) and second.state is m.JobState.QUEUED

    rec = Recorder(httpx.Response(200, json={"id": "j", "state": "running"}), httpx.Response(204))
    client = responses.OpResponses(http_client=rec.sync_client())
    job = client.responses.get_job("j")
    assert isinstance(job, m.Job)
    assert client.responses.get_job("j") is None  # 204: the return type is `Job | None`


def test_error_ranges_parse_into_models(responses: ModuleType) -> None:
    m = models(responses)
    rec = Recorder(
        httpx.Response(409, json={"current": "running"}),
        httpx.Response(418, json={"message": "teapot", "code": 7}),
        httpx.Response(503, json={"traceId": "t-1"}),
    )
    client = responses.OpResponses(http_client=rec.sync_client(), max_retries=0)
    with pytest.raises(responses.ConflictError) as conflict:
        client.responses.start_job()
    assert isinstance(conflict.value.parsed, m.Conflict)  # the exact status wins over 4XX
    assert conflict.value.parsed.current == "running"
    with pytest.raises(responses.APIStatusError) as teapot:
        client.responses.start_job()
    assert isinstance(teapot.value.parsed, m.Error) and teapot.value.parsed.code == 7
    assert teapot.value.status_code == 418
    with pytest.raises(responses.InternalServerError) as unavailable:
        client.responses.start_job()
    assert isinstance(unavailable.value.parsed, m.ServerError)
    assert unavailable.value.parsed.trace_id == "t-1"
    assert unavailable.value.headers["content-type"] == "application/json"


def test_default_response(responses: ModuleType) -> None:
    m = models(responses)
    rec = Recorder(
        httpx.Response(500, json={"message": "boom"}),
        httpx.Response(200, json={"ok": True}),
        httpx.Response(404, json={"message": "no file"}),
    )
    client = responses.OpResponses(http_client=rec.sync_client(), max_retries=0)
    with pytest.raises(responses.InternalServerError) as error:
        client.responses.get_job("j")  # `default` is the error model when a 2XX is declared
    assert isinstance(error.value.parsed, m.Error) and error.value.parsed.message == "boom"
    assert client.responses.ping().ok is True  # ... and the success when none is
    with pytest.raises(responses.NotFoundError) as missing:
        client.responses.download_file("f")
    assert missing.value.parsed.message == "no file"


def test_streamed_download_to_a_file(
    responses: ModuleType, server: ScriptedServer, tmp_path: Path
) -> None:
    data = bytes(range(256)) * 8192  # 2 MiB
    server.play(Reply(200, data, {"Content-Type": "application/octet-stream", "X-Checksum": "c"}))
    target = tmp_path / "out.bin"
    with responses.OpResponses(server_url=server.url) as client:
        with client.responses.with_streaming_response.download_file("big") as streamed:
            assert streamed.status_code == 200 and streamed.headers["X-Checksum"] == "c"
            assert not streamed.http_response.is_closed
            assert streamed.write_to_file(target) == len(data)
        assert streamed.http_response.is_closed
        with client.responses.with_streaming_response.download_file("big") as streamed:
            chunks = list(streamed.iter_bytes(65536))
    assert target.read_bytes() == data
    assert b"".join(chunks) == data and len(chunks) > 1
    assert server.seen[0].path == "/files/big"


@pytest.mark.anyio
async def test_async_streamed_download(
    responses: ModuleType, server: ScriptedServer, tmp_path: Path
) -> None:
    data = b"x" * 300_000
    server.play(Reply(200, data, {"Content-Type": "application/octet-stream"}))
    async with responses.AsyncOpResponses(server_url=server.url) as client:
        stream = client.responses.with_streaming_response.download_file("a")
        async with stream as streamed:
            written = await streamed.write_to_file(tmp_path / "a.bin")
        async with client.responses.with_streaming_response.get_report() as streamed:
            text = await streamed.parse()  # parse() reads and decodes
    assert written == len(data) and (tmp_path / "a.bin").read_bytes() == data
    assert text == data.decode()


def test_streamed_error_still_raises(responses: ModuleType) -> None:
    rec = Recorder(httpx.Response(404, json={"message": "gone"}))
    client = responses.OpResponses(http_client=rec.sync_client())
    with pytest.raises(responses.NotFoundError) as missing:
        with client.responses.with_streaming_response.download_file("f"):
            pass
    assert missing.value.parsed.message == "gone"


# -------------------------------------------------------------------- security and servers


def _ok(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/oauth/token":
        return httpx.Response(200, json={"access_token": "tok-1", "expires_in": 3600})
    return (
        httpx.Response(200, json={"name": "me"})
        if "me" in request.url.path or ("oauth" in request.url.path)
        else httpx.Response(204)
    )


def test_server_variables(security: ModuleType) -> None:
    rec = Recorder(_ok)
    client = security.OpSecurity(bearer="t", http_client=rec.sync_client())
    assert client.base_url == "https://eu.security.example.test/v2"
    client.auth.who_am_i()
    assert str(rec.last.url) == "https://eu.security.example.test/v2/me"
    us = security.OpSecurity(bearer="t", region="us", version="v3", http_client=rec.sync_client())
    us.auth.who_am_i()
    assert str(rec.last.url) == "https://us.security.example.test/v3/me"
    explicit = security.OpSecurity(server_url="http://127.0.0.1:9", bearer="t")
    assert explicit.base_url == "http://127.0.0.1:9"


def test_bearer_basic_and_no_auth(security: ModuleType) -> None:
    rec = Recorder(_ok)
    client = security.OpSecurity(bearer="tok", basic="ann:s3cret", http_client=rec.sync_client())
    client.auth.who_am_i()
    assert rec.last.headers["Authorization"] == "Bearer tok"
    client.auth.with_basic()  # the per-operation requirement overrides the global one
    expected = base64.b64encode(b"ann:s3cret").decode()
    assert rec.last.headers["Authorization"] == f"Basic {expected}"
    client.auth.health()  # security: []
    assert "Authorization" not in rec.last.headers
    client.auth.optional_auth()
    assert rec.last.headers["Authorization"] == "Bearer tok"
    anonymous = security.OpSecurity(http_client=rec.sync_client())
    anonymous.auth.optional_auth()  # `{}` among the alternatives: auth is optional
    assert "Authorization" not in rec.last.headers
    with pytest.raises(security.MissingCredentialsError, match="basic="):
        anonymous.auth.with_basic()


def test_api_keys_in_header_query_and_cookie(security: ModuleType) -> None:
    rec = Recorder(_ok)
    both = security.OpSecurity(header_key="h", query_key="q k", http_client=rec.sync_client())
    both.auth.with_keys()
    assert rec.last.headers["X-Api-Key"] == "h"
    assert rec.last.url.query == b"api_key=q+k"
    assert "Cookie" not in rec.last.headers
    cookie = security.OpSecurity(cookie_key="c", header_key="h", http_client=rec.sync_client())
    cookie.auth.with_keys()  # header AND query are not both there: the cookie alternative
    assert rec.last.headers["Cookie"] == "key=c"
    assert "X-Api-Key" not in rec.last.headers and rec.last.url.query == b""


def test_oauth2_client_credentials(security: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    tokens = iter(["tok-1", "tok-2", "tok-3"])
    expires = {"value": 3600}

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            body = {"access_token": next(tokens), "expires_in": expires["value"]}
            return httpx.Response(200, json=body)
        if request.headers.get("Authorization") == "Bearer tok-2":
            return httpx.Response(401, json={"message": "revoked"})
        return httpx.Response(200, json={"name": "svc"})

    rec = Recorder(handler)
    client = security.OpSecurity(
        client_id="cid", client_secret="s&c", http_client=rec.sync_client()
    )
    assert client.auth.with_oauth().name == "svc"
    token_request, call = rec.requests
    assert token_request.method == "POST"
    assert str(token_request.url) == "https://eu.security.example.test/oauth/token"
    basic = base64.b64encode(b"cid:s%26c").decode()  # form-encoded first (RFC 6749 2.3.1)
    assert token_request.headers["Authorization"] == f"Basic {basic}"
    assert token_request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert token_request.content == b"grant_type=client_credentials"
    assert call.headers["Authorization"] == "Bearer tok-1"

    client.auth.with_oauth()  # cached: no second token request
    assert [r.url.path for r in rec.requests].count("/oauth/token") == 1

    # Expired (expires_in 0): fetched again; a 401 with the new token: fetched once more.
    client._tokens["oauth"] = ("tok-1", 0.0)
    client.auth.with_oauth()
    paths = [r.url.path for r in rec.requests[3:]]
    assert paths == ["/oauth/token", "/v2/oauth", "/oauth/token", "/v2/oauth"]
    assert rec.last.headers["Authorization"] == "Bearer tok-3"
    assert "tok-3" not in repr(client) and "s&c" not in repr(client)

    monkeypatch.setenv("OP_SECURITY_CLIENT_ID", "env-id")
    monkeypatch.setenv("OP_SECURITY_CLIENT_SECRET", "env-secret")
    rec2 = Recorder(_ok)
    security.OpSecurity(http_client=rec2.sync_client()).auth.with_oauth()
    env_basic = base64.b64encode(b"env-id:env-secret").decode()
    assert rec2.requests[0].headers["Authorization"] == f"Basic {env_basic}"
    monkeypatch.delenv("OP_SECURITY_CLIENT_SECRET")
    with pytest.raises(security.MissingCredentialsError) as missing:
        security.OpSecurity(http_client=rec2.sync_client()).auth.with_oauth()
    assert "client_id=... and client_secret=..." in str(missing.value)
    assert missing.value.env_vars == ("OP_SECURITY_CLIENT_ID", "OP_SECURITY_CLIENT_SECRET")


@pytest.mark.anyio
async def test_async_oauth2_and_token_errors(security: ModuleType) -> None:
    rec = Recorder(_ok)
    async with security.AsyncOpSecurity(
        client_id="a", client_secret="b", http_client=rec.async_client()
    ) as client:
        assert (await client.auth.with_oauth()).name == "me"
        await client.auth.with_oauth()
    assert [r.url.path for r in rec.requests] == ["/oauth/token", "/v2/oauth", "/v2/oauth"]
    refused = Recorder(httpx.Response(401, json={"error": "invalid_client"}))
    client2 = security.OpSecurity(
        client_id="a", client_secret="b", http_client=refused.sync_client()
    )
    with pytest.raises(security.AuthenticationError):
        client2.auth.with_oauth()


# --------------------------------------------------------------------------- name clashes


def test_name_clashes_and_shared_parameters(edge: ModuleType) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/token":
            return httpx.Response(200, json={"access_token": f"tok-{request.url.host[:4]}"})
        return httpx.Response(201 if "bundles" in request.url.path else 200, json={"name": "t"})

    rec = Recorder(handler)
    client = edge.OpEdge(
        server_url_="bearer-token",  # the scheme is called "server_url": the SDK's name wins
        partner_client_id="p",
        partner_client_secret="q",
        timeout_="slow",  # the server variable "timeout"
        port="8443",
        http_client=rec.sync_client(),
    )
    assert client.base_url == "https://slow.edge.example.test:8443/base"
    thing = client.things.other_create_thing(
        "a b", filter_={"k": "v"}, id_2="hdr", content_type_="q", body=b"\x00raw",
        content_type="application/octet-stream",
    )  # fmt: skip
    assert thing.name == "t"
    request = rec.last
    assert str(request.url) == (
        "https://slow.edge.example.test:8443/base/things/a%20b?filter%5Bk%5D=v&content_type=q"
    )
    assert (
        request.headers["id"] == "hdr" and request.headers["Authorization"] == "Bearer bearer-token"
    )
    assert request.headers["Content-Type"] == "application/octet-stream"
    assert request.headers["Accept"] == "application/json"  # the `Accept` parameter is ignored
    assert request.content == b"\x00raw"
    m = models(edge)
    client.things.create_bundle(items=[m.Thing(name="a"), m.Thing(name="b")], body="text")
    token, bundle = rec.requests[-2:]
    assert str(token.url) == "https://partner.edge.example.test/token"
    assert bundle.headers["Authorization"] == "Bearer tok-part"
    assert [(h["Content-Disposition"], body) for h, body in multipart(bundle)] == [
        ('form-data; name="body"', b"text"),
        ('form-data; name="items"', b'{"name":"a"}'),
        ('form-data; name="items"', b'{"name":"b"}'),
    ]


def test_nested_resources(nested: ModuleType) -> None:
    rec = Recorder(httpx.Response(200, json=[{"name": "r"}]), httpx.Response(204))
    client = nested.OpNested(http_client=rec.sync_client())
    assert [r.name for r in client.repos.list_()] == ["r"]  # operationId "repos/list"
    client.repos.issues()  # a method of repos, so the child resource is `issues_2`
    assert [r.url.path for r in rec.requests] == ["/repos", "/repos/issues-count"]
    issues = client.repos.issues_2
    assert type(issues).__name__ == "ReposIssuesResource" and issues is client.repos.issues_2
    issues.list_("r")  # tag "repos/issues", operationId "repos/issues/list"
    issues.create_issue("r")  # tag "repos.issues": the same resource
    client.admin.users.keys.delete_keys("u")  # intermediate resources created as needed
    assert [(r.method, r.url.path) for r in rec.requests[2:]] == [
        ("GET", "/repos/r/issues"),
        ("POST", "/repos/r/issues"),
        ("DELETE", "/admin/users/u/keys"),
    ]
    assert not hasattr(client, "issues") and not hasattr(client, "users")
    copy = client.with_options(max_retries=0)
    assert copy.repos.issues_2._client is copy  # nested resources follow with_options copies


# --------------------------------------------------------------------- GitHub's spec, sliced


def _example(name: str) -> Any:
    spec = json.loads((SPECS / "github_slice.json").read_text(encoding="utf-8"))
    return spec["components"]["examples"][name]["value"]


def test_github_operation_level_server_and_raw_upload(github: ModuleType) -> None:
    asset = _example("release-asset-response-for-successful-upload")
    rec = Recorder(httpx.Response(201, json=asset))
    client = github.GithubSlice(http_client=rec.sync_client())
    result = client.repos.upload_release_asset("o", "r", 1, name="a b.zip", body=b"PK")
    assert result.name == asset["name"] and result.uploader is not None
    request = rec.last
    # The operation declares its own server (uploads.github.com), used instead of api.github.com.
    assert str(request.url) == "https://uploads.github.com/repos/o/r/releases/1/assets?name=a+b.zip"
    assert request.headers["Content-Type"] == "application/octet-stream"
    assert request.content == b"PK"


def test_github_text_bodies_and_responses(github: ModuleType) -> None:
    rec = Recorder(
        httpx.Response(200, text="<p><b>hi</b></p>", headers={"Content-Type": "text/html"})
    )
    client = github.GithubSlice(http_client=rec.sync_client())
    assert client.markdown.render_raw(body="**hi**") == "<p><b>hi</b></p>"
    assert rec.last.headers["Content-Type"] == "text/plain"
    assert rec.last.headers["Accept"] == "text/html"
    assert rec.last.content == b"**hi**"
    client.markdown.render_raw(body="**hi**", content_type="text/x-markdown")
    assert rec.last.headers["Content-Type"] == "text/x-markdown"
    rec.replies = [httpx.Response(200, text="Keep it logically awesome.")]
    assert client.meta.get_zen() == "Keep it logically awesome."


def test_github_redirect_download_and_unions(github: ModuleType) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "api.github.com" and "tarball" in request.url.path:
            return httpx.Response(302, headers={"Location": "https://codeload.test/x.tgz"})
        if request.url.host == "codeload.test":
            return httpx.Response(200, content=b"\x1f\x8b tar")
        return httpx.Response(200, json=_example("public-user-default-response"))

    rec = Recorder(handler)
    http = httpx.Client(transport=httpx.MockTransport(rec), follow_redirects=True)
    client = github.GithubSlice(http_client=http)
    # Only a 302 is declared: the redirect is followed and the body is the result.
    assert client.repos.download_tarball_archive("o", "r", "main") == b"\x1f\x8b tar"
    user = client.users.get_by_username("octocat")
    assert isinstance(user, (models(github).PublicUser, models(github).PrivateUser))
    assert user.login == "octocat"


# ------------------------------------------------------------------ the upstream Leonardo spec


def test_upstream_leonardo_spec_generates_and_type_checks(tmp_path: Path) -> None:
    if not UPSTREAM_SPEC.is_file():
        pytest.skip(f"{UPSTREAM_SPEC} is not there")
    raw = json.loads(UPSTREAM_SPEC.read_text(encoding="utf-8"))
    declared = [
        op
        for item in raw["paths"].values()
        for method, op in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    ]
    result = pipeline.generate(UPSTREAM_SPEC, tmp_path / "sdk")
    assert len(result.api.operations) == len(declared) == 58
    assert all(op.return_type is not None for op in result.api.operations)
    assert result.warnings == ()
    package = next((tmp_path / "sdk" / "src").iterdir()).name
    _run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", package],
        tmp_path / "sdk" / "src",
    )


# ----------------------------------------------------------------------- static checks


def _run(command: list[str], cwd: Path) -> str:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=600)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    return output


USAGE = """
from __future__ import annotations

from pathlib import Path

from op_bodies_sdk import AsyncOpBodies, OpBodies
from op_bodies_sdk.models import Pet, Upload
from op_responses_sdk import AsyncOpResponses, OpResponses
from op_responses_sdk.models import Job, Result
from op_security_sdk import OpSecurity


def sync_usage(path: Path) -> None:
    bodies = OpBodies()
    pet: Pet = bodies.bodies.create_pet(name="a", content_type="multipart/form-data")
    upload: Upload = bodies.bodies.upload_photos(1, photo=path, extras=[b"x", ("a", b"y", None)])
    responses = OpResponses()
    data: bytes = responses.responses.download_file("f")
    job: Result | Job = responses.responses.start_job()
    maybe: Job | None = responses.responses.get_job("j")
    with responses.responses.with_streaming_response.download_file("f") as streamed:
        streamed.write_to_file(path)
        parsed: bytes = streamed.parse()
    OpSecurity(client_id="a", client_secret="b", region="us")
    print(pet, upload, data, job, maybe, parsed)


async def async_usage(path: Path) -> None:
    async with AsyncOpResponses() as client:
        async with client.responses.with_streaming_response.download_file("f") as streamed:
            async for chunk in streamed.iter_bytes():
                print(chunk)
            data: bytes = await streamed.parse()
    await AsyncOpBodies().bodies.put_avatar(1, body=path, content_type="image/jpeg")
    print(data)
"""


def test_generated_packages_pass_mypy_strict_and_ruff(generated: Path) -> None:
    sources = [p for p in sorted(generated.glob("*/src")) if p.is_dir()]
    packages = [str(next(src.iterdir())) for src in sources]
    (generated / "usage.py").write_text(USAGE)
    env_path = ":".join(str(s) for s in sources)
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *packages, "usage.py"],
        cwd=generated,
        capture_output=True,
        text=True,
        timeout=900,
        env={"MYPYPATH": env_path, "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    # PYI041 (`float | int` in a model's union annotation) comes from the models' annotations
    # (generator/sdk/codec.py), not from operations; ignored here until that is fixed there.
    ruff = [sys.executable, "-m", "ruff", "check", "--no-cache", "--extend-ignore", "PYI041"]
    _run([*ruff, *packages], generated)


def test_undeclared_path_placeholders_become_required_arguments(tmp_path: Path) -> None:
    """A `{name}` no parameter declares (refused by openapi-spec-validator, generated with
    --lenient) is a required string argument, encoded like any path value, and said so in a
    warning; a `{}` placeholder without a name is warned about, not guessed at."""
    spec = SPECS / "undeclared_path_params.yaml"
    result = pipeline.generate(spec, tmp_path / "out", lenient=True)
    assert any("'repo' of '/orgs/{org}/repos/{repo}' is not declared" in w for w in result.warnings)
    assert any("'/files/{}' has a `{}` placeholder without a name" in w for w in result.warnings)
    sys.path.insert(0, str(tmp_path / "out" / "src"))
    try:
        package = importlib.import_module("undeclared_sdk")
        sent: list[str] = []

        def handler(request: httpx.Request) -> httpx.Response:
            sent.append(str(request.url))
            return httpx.Response(200)

        client = package.Undeclared(
            http_client=httpx.Client(transport=httpx.MockTransport(handler))
        )
        client.default.get_repo(7, "a/b c")
        with pytest.raises(TypeError):
            client.default.get_repo(7)  # the synthesized argument is required
        assert sent == ["https://undeclared.example.test/orgs/7/repos/a%2Fb%20c"]
    finally:
        sys.path.remove(str(tmp_path / "out" / "src"))
        for module in [m for m in sys.modules if m.split(".")[0] == "undeclared_sdk"]:
            del sys.modules[module]
