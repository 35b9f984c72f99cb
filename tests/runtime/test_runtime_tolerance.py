"""Responses the spec did not promise (docs/runtime.md), from a real server on 127.0.0.1.

The SDK is generated from `tolerance_spec.SPEC`: undeclared 2xx statuses, empty bodies, bodies
whose content type differs from the declared one, and bodies that do not match their schema.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from runtime_helpers import Reply, ScriptedServer, generated_sdk
from tolerance_spec import SPEC

JSON = {"Content-Type": "application/json"}
ITEM = {"id": "i-1", "name": "lamp", "price": 12.5, "tags": ["a"], "images": [{"url": "u"}]}


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with generated_sdk(tmp_path_factory.mktemp("tolerance"), SPEC) as module:
        yield module


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


# -- 3. errors explain themselves ---------------------------------------------------------------


def test_a_mismatch_deep_in_the_body_names_its_path(
    pkg: ModuleType, server: ScriptedServer
) -> None:
    body = {"items_by_pk": {"id": "i-1", "images": [{"url": "a"}, {"url": 5}]}}
    server.play(Reply(200, body, JSON))
    with pytest.raises(pkg.APIResponseValidationError) as caught:
        api(pkg, server).lookup_item("i-1")
    error = caught.value
    assert str(error).endswith(
        "body does not match the declared schema: items_by_pk.images[1].url: expected str, got int"
    )
    assert (error.path, error.detail) == ("items_by_pk.images[1].url", "expected str, got int")
    assert isinstance(error, pkg.DataValidationError)  # one `except` for bodies and from_dict
    assert json.loads(error.body) == body
    with pytest.raises(pkg.APIResponseValidationError) as again:
        api(pkg, server).with_raw_response.lookup_item("i-1").parse()
    assert again.value.path == error.path


_FIELDS = {  # Item's scalar fields: wire name -> (the JSON classes it accepts, the expectation)
    "id": ((str,), "expected str"),
    "name": ((str,), "expected str"),
    "price": ((int, float), "expected int or float"),
    "active": ((bool,), "expected bool"),
}
_IMAGE_FIELDS = {"url": ((str,), "expected str"), "width": ((int,), "expected int")}
_WRONG_VALUES = st.one_of(
    st.integers(),
    st.floats(allow_nan=False),
    st.booleans(),
    st.text(max_size=5),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


def _wrong_for(accepted: tuple[type, ...]) -> st.SearchStrategy[object]:
    def fits(value: object) -> bool:
        if isinstance(value, bool):
            return bool in accepted
        return isinstance(value, accepted)

    return _WRONG_VALUES.filter(lambda value: not fits(value))


def _type_name(value: object) -> str:
    return type(value).__name__


@st.composite
def _corrupted_lookup(draw: st.DrawFn) -> tuple[dict[str, Any], str, str]:
    """A valid `Lookup` body with one scalar replaced by a value of another JSON type, the path
    of that value and the expectation the error must state."""
    images = draw(
        st.lists(
            st.fixed_dictionaries(
                {"url": st.text(max_size=8)}, optional={"width": st.integers(0, 9999)}
            ),
            max_size=4,
        )
    )
    item: dict[str, Any] = {"id": draw(st.text(max_size=8)), "images": images}
    item.update(draw(st.fixed_dictionaries({}, optional={"name": st.text(max_size=8)})))
    targets = [(("items_by_pk", name), spec) for name, spec in _FIELDS.items()]
    targets += [
        (("items_by_pk", "images", index, name), spec)
        for index in range(len(images))
        for name, spec in _IMAGE_FIELDS.items()
    ]
    location, (accepted, expectation) = draw(st.sampled_from(targets))
    wrong = draw(_wrong_for(accepted))
    container: Any = item
    for segment in location[1:-1]:
        container = container[segment]
    container[location[-1]] = wrong
    path = "".join(f"[{s}]" if isinstance(s, int) else f".{s}" for s in location).lstrip(".")
    return {"items_by_pk": item}, path, f"{expectation}, got {_type_name(wrong)}"


@settings(max_examples=100, deadline=None)
@given(case=_corrupted_lookup())
def test_from_dict_names_the_path_of_any_mistyped_scalar(
    pkg: ModuleType, case: tuple[dict[str, Any], str, str]
) -> None:
    body, path, detail = case
    with pytest.raises(pkg.DataValidationError) as caught:
        models(pkg).Lookup.from_dict(body)
    assert (caught.value.path, caught.value.detail) == (path, detail)
    assert str(caught.value) == f"{path}: {detail}"


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=6),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(
            st.sampled_from(["id", "name", "price", "images", "cover", "url", "status", "x"]),
            children,
            max_size=4,
        )
    ),
    max_leaves=12,
)


@settings(max_examples=200, deadline=None)
@given(data=_JSON)
def test_from_dict_on_any_json_decodes_or_raises_the_sdks_error(
    pkg: ModuleType, data: object
) -> None:
    for model in (models(pkg).Item, models(pkg).Lookup, models(pkg).Node):
        try:
            decoded = model.from_dict(data)
        except pkg.DataValidationError as error:
            assert isinstance(error, ValueError)
            assert str(error).endswith(error.detail) and error.detail
        else:
            assert decoded.to_dict() == data


@pytest.mark.parametrize(
    ("data", "path", "detail"),
    [
        ("not an object", "", "expected dict, got str"),
        ([{"id": "1"}], "", "expected dict, got list"),
        ({"name": "no id"}, "id", "required property is missing"),
        ({"id": "1", "cover": "u"}, "cover", "expected dict, got str"),
        ({"id": "1", "cover": {}}, "cover.url", "required property is missing"),
        ({"id": "1", "images": [{"url": "a"}, 3]}, "images[1]", "expected dict, got int"),
        ({"id": "1", "tags": "a,b"}, "tags", "expected list, got str"),
        # a list of models given a string or an object: iterating them must not pass for a list
        ({"id": "1", "images": ""}, "images", "expected list, got str"),
        ({"id": "1", "images": {}}, "images", "expected list, got dict"),
        ({"id": "1", "images": {"url": "a"}}, "images", "expected list, got dict"),
        ({"id": "1", "status": ["new"]}, "status", "unhashable type: 'list'"),
        ({"id": None}, "id", "expected str, got None"),
    ],
)
def test_from_dict_errors_on_shapes(pkg: ModuleType, data: object, path: str, detail: str) -> None:
    with pytest.raises(pkg.DataValidationError) as caught:
        models(pkg).Item.from_dict(data)
    assert (caught.value.path, caught.value.detail) == (path, detail)
    assert not isinstance(caught.value.__cause__, pkg.DataValidationError)


@pytest.mark.parametrize(
    ("status", "body", "parsed"),
    [
        (404, {"detail": "no such item"}, {"detail": "no such item"}),
        (404, {"message": "another shape"}, None),  # no declared property: not a hollow model
        (404, {"detail": 7}, None),  # mistyped
        (404, [], None),
        (404, "plain text", None),
        (
            422,
            {"detail": [{"loc": ["body"], "msg": "bad"}]},
            {"detail": [{"loc": ["body"], "msg": "bad"}]},
        ),
        (422, {"detail": "not a list"}, None),
        (422, {"errors": []}, None),  # its required property is missing
    ],
)
def test_an_error_body_not_matching_its_schema_leaves_parsed_empty(
    pkg: ModuleType, server: ScriptedServer, status: int, body: object, parsed: object
) -> None:
    server.play(Reply(status, body, JSON))
    with pytest.raises(pkg.APIStatusError) as caught:
        api(pkg, server).get_item("i-1")
    error = caught.value
    assert error.status_code == status
    assert error.body == body
    assert (error.parsed.to_dict() if error.parsed is not None else None) == parsed
