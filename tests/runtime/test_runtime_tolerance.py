"""Responses the spec did not promise (docs/runtime.md), from a real server on 127.0.0.1.

The SDK is generated from `tolerance_spec.SPEC`: undeclared 2xx statuses, empty bodies, bodies
whose content type differs from the declared one, and bodies that do not match their schema.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from runtime_helpers import Reply, ScriptedServer
from tolerance_spec import SPEC

from generator import pipeline

JSON = {"Content-Type": "application/json"}
ITEM = {"id": "i-1", "name": "lamp", "price": 12.5, "tags": ["a"], "images": [{"url": "u"}]}


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("tolerance")
    spec = out / "spec.json"
    spec.write_text(json.dumps(SPEC))
    pipeline.generate(spec, out / "sdk")
    src = out / "sdk" / "src"
    name = next(src.iterdir()).name
    sys.path.insert(0, str(src))
    try:
        yield importlib.import_module(name)
    finally:
        sys.path.remove(str(src))
        for module in [m for m in sys.modules if m.split(".")[0] == name]:
            del sys.modules[module]


def models(pkg: ModuleType) -> Any:
    return importlib.import_module(f"{pkg.__name__}.models")


def api(pkg: ModuleType, server: ScriptedServer) -> Any:
    return pkg.ToleranceDemo(server_url=server.url, max_retries=0, timeout=5.0).default


# -- 1. never refuse a success the server sent -------------------------------------------------


@pytest.mark.parametrize("status", [200, 201, 203, 206, 299])
def test_an_undeclared_2xx_decodes_with_the_one_declared_schema(
    pkg: ModuleType, server: ScriptedServer, status: int
) -> None:
    server.play(Reply(status, ITEM, JSON))
    item = api(pkg, server).create_item(id="i-1")
    assert isinstance(item, models(pkg).Item)
    assert item.to_dict() == ITEM
    raw = api(pkg, server).with_raw_response.create_item(id="i-1")
    assert raw.status_code == status
    assert raw.parse().to_dict() == ITEM


@pytest.mark.parametrize("status", [202, 207, 226])
def test_an_undeclared_2xx_among_several_schemas_is_refused_with_the_body_kept(
    pkg: ModuleType, server: ScriptedServer, status: int
) -> None:
    """200 → Item and 201 → Job: which one a 202 carries is a guess, so it is not made."""
    server.play(Reply(status, {"job_id": "j"}, JSON))
    with pytest.raises(pkg.APIResponseValidationError) as caught:
        api(pkg, server).start_job()
    assert "undeclared status (declared: 200, 201)" in str(caught.value)
    assert caught.value.status_code == status
    assert json.loads(caught.value.body) == {"job_id": "j"}
    raw = api(pkg, server).with_raw_response.start_job()
    assert (raw.status_code, raw.json()) == (status, {"job_id": "j"})


def test_declared_statuses_still_pick_their_own_schema(
    pkg: ModuleType, server: ScriptedServer
) -> None:
    server.play(Reply(201, {"job_id": "j"}, JSON), Reply(200, ITEM, JSON))
    assert isinstance(api(pkg, server).start_job(), models(pkg).Job)
    assert isinstance(api(pkg, server).start_job(), models(pkg).Item)


@pytest.mark.parametrize(
    ("status", "body"), [(204, b""), (205, b""), (200, b""), (200, b"  \n"), (202, b"")]
)
def test_no_body_where_the_return_type_admits_none(
    pkg: ModuleType, server: ScriptedServer, status: int, body: bytes
) -> None:
    """`delete_item` declares 200 → Item and 204 → nothing: it returns `Item | None`."""
    server.play(Reply(status, body, JSON))
    assert api(pkg, server).delete_item("i-1") is None


@pytest.mark.parametrize("status", [200, 201, 204])
def test_no_body_where_the_return_type_needs_one_is_an_error_not_a_hollow_model(
    pkg: ModuleType, server: ScriptedServer, status: int
) -> None:
    server.play(Reply(status, b"", JSON))
    with pytest.raises(pkg.APIResponseValidationError) as caught:
        api(pkg, server).get_item("i-1")
    assert "the body is empty, but the operation declares a JSON body" in str(caught.value)
    assert caught.value.status_code == status


def test_a_body_on_a_status_declared_empty_is_kept_on_the_raw_response(
    pkg: ModuleType, server: ScriptedServer
) -> None:
    server.play(Reply(202, {"queued": 3}, JSON))
    assert api(pkg, server).queue_job() is None
    raw = api(pkg, server).with_raw_response.queue_job()
    assert (raw.status_code, raw.json(), raw.parse()) == (202, {"queued": 3}, None)


def test_an_empty_body_for_an_any_schema_is_none(pkg: ModuleType, server: ScriptedServer) -> None:
    server.play(Reply(200, b"", JSON))
    assert api(pkg, server).export() is None


# -- 2. decode by what arrived, then by what was declared --------------------------------------


@pytest.mark.parametrize(
    ("content_type", "body", "expected"),
    [
        ("text/csv", b"id,name\n1,lamp\n", "id,name\n1,lamp\n"),
        ("text/csv; charset=utf-8", "é,ü\n".encode(), "é,ü\n"),
        ("text/plain", b'{"looks": "like json"}', '{"looks": "like json"}'),
        ("application/xml", b"<a>1</a>", "<a>1</a>"),
        ("application/octet-stream", b"\x00\xffPK", b"\x00\xffPK"),
        ("image/png", b"\x89PNG\r\n", b"\x89PNG\r\n"),
        ("application/json", b'{"a": [1, 2]}', {"a": [1, 2]}),
        ("application/vnd.api+json", b'{"data": []}', {"data": []}),
        ("application/json", b"not json after all", "not json after all"),
    ],
)
def test_an_any_schema_returns_what_arrived(
    pkg: ModuleType, server: ScriptedServer, content_type: str, body: bytes, expected: object
) -> None:
    server.play(Reply(200, body, {"Content-Type": content_type}))
    result = api(pkg, server).export()
    assert result == expected
    assert type(result) is type(expected)


@pytest.mark.parametrize(
    "content_type",
    [
        "application/json",
        "application/problem+json",
        "application/vnd.api+json; charset=utf-8",
        "text/plain",
        "text/html",
        "",
    ],
)
def test_a_model_schema_decodes_a_json_body_whatever_its_label(
    pkg: ModuleType, server: ScriptedServer, content_type: str
) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    server.play(Reply(200, ITEM, headers))
    assert api(pkg, server).get_item("i-1").to_dict() == ITEM


@pytest.mark.parametrize(
    ("content_type", "body", "expected"),
    [
        ("text/plain", b"hello", "hello"),
        ("text/plain; charset=latin-1", "grüß".encode("latin-1"), "grüß"),
        ("application/json", b'"hello"', "hello"),
        ("text/html", b"<b>hi</b>", "<b>hi</b>"),
    ],
)
def test_a_string_schema_takes_the_text_of_a_non_json_body(
    pkg: ModuleType, server: ScriptedServer, content_type: str, body: bytes, expected: str
) -> None:
    server.play(Reply(200, body, {"Content-Type": content_type}))
    assert api(pkg, server).get_name() == expected


def test_a_number_schema_needs_json_even_when_labelled_text(
    pkg: ModuleType, server: ScriptedServer
) -> None:
    server.play(Reply(200, b"42", {"Content-Type": "text/plain"}))
    assert api(pkg, server).get_count() == 42
    server.play(Reply(200, b"forty-two", {"Content-Type": "text/plain"}))
    with pytest.raises(pkg.APIResponseValidationError) as caught:
        api(pkg, server).get_count()
    assert "expected a JSON body, got text/plain: 'forty-two'" in str(caught.value)
    server.play(Reply(200, b'"42"', JSON))
    with pytest.raises(pkg.APIResponseValidationError) as caught:
        api(pkg, server).get_count()
    assert caught.value.detail == "expected int, got str"


def test_a_non_json_body_for_a_model_names_what_arrived(
    pkg: ModuleType, server: ScriptedServer
) -> None:
    server.play(Reply(200, b"<html>maintenance</html>", {"Content-Type": "text/html"}))
    with pytest.raises(pkg.APIResponseValidationError) as caught:
        api(pkg, server).get_item("i-1")
    assert "expected a JSON body, got text/html: '<html>maintenance</html>'" in str(caught.value)
    assert caught.value.body == "<html>maintenance</html>"


@pytest.mark.parametrize("content_type", ["application/problem+json", "application/json"])
def test_error_bodies_decode_by_their_json_media_type(
    pkg: ModuleType, server: ScriptedServer, content_type: str
) -> None:
    server.play(Reply(404, {"detail": "no such item", "code": 4}, {"Content-Type": content_type}))
    with pytest.raises(pkg.NotFoundError) as caught:
        api(pkg, server).get_item("x")
    assert caught.value.parsed == models(pkg).NotFound(detail="no such item", code=4)
