"""Decoding responses into generated models: enums through their `_by_value` lookup, lists of
models through `map`, parsed models without a `_given` set. Each must behave exactly like the
plain forms they replace (`Enum(value)`, a list comprehension, `frozenset()`)."""

from __future__ import annotations

import copy
import importlib
import pickle
from collections.abc import Iterator
from datetime import date, datetime, timezone
from types import ModuleType
from typing import Any

import httpx
import pytest
from runtime_helpers import generated_sdk

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Decode Demo", "version": "1.0.0"},
    "servers": [{"url": "https://decode.test"}],
    "paths": {
        "/things/{id}": {
            "get": {
                "operationId": "getThing",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    }
                },
            }
        },
        "/versions": {
            "get": {
                "operationId": "getVersions",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "array",
                                    "items": {"type": "string", "format": "date"},
                                }
                            }
                        },
                    }
                },
            }
        },
    },
    "components": {
        "schemas": {
            "Color": {"type": "string", "enum": ["red", "", "blue"]},
            "Level": {"type": "integer", "enum": [0, 1, 2]},
            "Part": {
                "type": "object",
                "properties": {"color": {"$ref": "#/components/schemas/Color"}},
            },
            "Thing": {
                "type": "object",
                "required": ["level"],
                "properties": {
                    "level": {"$ref": "#/components/schemas/Level"},
                    "color": {"$ref": "#/components/schemas/Color"},
                    "colors": {"type": "array", "items": {"$ref": "#/components/schemas/Color"}},
                    "parts": {"type": "array", "items": {"$ref": "#/components/schemas/Part"}},
                    "days": {"type": "array", "items": {"type": "string", "format": "date"}},
                    "stamps": {
                        "type": "array",
                        "items": {"type": "string", "format": "date-time"},
                    },
                    "byName": {
                        "type": "object",
                        "additionalProperties": {"$ref": "#/components/schemas/Level"},
                    },
                },
            },
        }
    },
}


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with generated_sdk(tmp_path_factory.mktemp("decode"), SPEC) as module:
        yield module


def models(pkg: ModuleType) -> Any:
    return importlib.import_module(f"{pkg.__name__}.models")


def test_enum_lookup_holds_every_member(pkg: ModuleType) -> None:
    m = models(pkg)
    for enum in (m.Color, m.Level):
        assert enum._by_value == enum._value2member_map_
        assert list(enum) == list(enum._by_value.values())


@pytest.mark.parametrize(
    "value",
    ["red", "", "blue", 0, 1, 2, True, False, 1.0, "green", 7, "0", None, 2.5],
)
def test_enum_fields_decode_like_the_enum_call(pkg: ModuleType, value: object) -> None:
    """Known values (falsy ones too), bools and floats equal to members, unknown values."""
    m = models(pkg)
    for enum, field in ((m.Color, "color"), (m.Level, "level")):
        try:
            expected: Any = enum(value)
        except ValueError:
            expected = ValueError
        payload = {"level": 1, field: value}
        if value is None:
            if field == "level":  # required, nullable it is not: decoded as given
                continue
            assert m.Thing.from_dict(payload).color is None
            continue
        if expected is ValueError:
            with pytest.raises(ValueError):
                m.Thing.from_dict(payload)
            continue
        got = getattr(m.Thing.from_dict(payload), field)
        assert type(got) is type(expected) and got == expected and got.name == expected.name
        if expected.name != "UNKNOWN":
            assert got is expected
        if enum is m.Color:  # the same inside a list
            got_list = m.Thing.from_dict({"level": 1, "colors": [value]}).colors
            assert got_list == [expected] and got_list[0].name == expected.name


def test_unknown_enum_values_are_kept_not_remembered(pkg: ModuleType) -> None:
    m = models(pkg)
    thing = m.Thing.from_dict({"level": 1, "color": "green", "parts": [{"color": "mauve"}]})
    assert thing.color.name == "UNKNOWN" and thing.color == "green"
    assert thing.parts[0].color == "mauve"
    assert "green" not in m.Color._by_value and "mauve" not in m.Color._by_value
    assert thing.to_dict() == {"level": 1, "color": "green", "parts": [{"color": "mauve"}]}


def test_lists_and_maps_of_models_and_enums(pkg: ModuleType) -> None:
    m = models(pkg)
    payload = {
        "level": 0,
        "colors": ["blue", "", "red"],
        "parts": [{"color": "red"}, {}, {"color": ""}],
        "byName": {"a": 2, "b": 0},
    }
    thing = m.Thing.from_dict(payload)
    assert thing.level is m.Level.VALUE_0
    assert thing.colors == [m.Color.BLUE, m.Color.VALUE, m.Color.RED]
    assert [type(p) for p in thing.parts] == [m.Part] * 3
    assert [p.color for p in thing.parts] == [m.Color.RED, None, m.Color.VALUE]
    assert thing.by_name == {"a": m.Level.VALUE_2, "b": m.Level.VALUE_0}
    assert thing.to_dict() == payload


def test_parsed_models_know_what_was_present(pkg: ModuleType) -> None:
    m = models(pkg)
    thing = m.Thing.from_dict({"level": 2, "color": None, "extra": [1]})
    assert thing.fields_set == {"level", "color"}
    assert thing.additional_properties == {"extra": [1]}
    assert thing.to_dict() == {"level": 2, "color": None, "extra": [1]}
    for clone in (copy.copy(thing), copy.deepcopy(thing), pickle.loads(pickle.dumps(thing))):
        assert clone == thing and clone.fields_set == {"level", "color"}
    built = m.Thing(level=m.Level.VALUE_1, color=None)
    assert built.fields_set == {"level", "color"} and built.to_dict() == {"level": 1, "color": None}


@pytest.mark.parametrize(
    "body, path, detail",
    [
        ({"level": ["not", "hashable"]}, "level", "unhashable type: 'list'"),
        ({"level": "high"}, "level", "'high' is not a valid Level"),  # no pseudo-member either
        ({"level": 1, "parts": [{"color": {"x": 1}}]}, "parts[0].color", "unhashable type: 'dict'"),
        ({"level": 1, "parts": 5}, "parts", "expected list, got int"),
        ({"color": "red"}, "level", "required property is missing"),
    ],
)
def test_bad_payloads_raise_response_validation_errors(
    pkg: ModuleType, body: object, path: str, detail: str
) -> None:
    client = pkg.DecodeDemo(
        http_client=httpx.Client(
            transport=httpx.MockTransport(lambda request: httpx.Response(200, json=body))
        )
    )
    with pytest.raises(pkg.APIResponseValidationError) as caught:
        client.default.get_thing("1")  # untagged operations live on `default`
    message = str(caught.value)
    assert "GET https://decode.test/things/1 returned 200 OK" in message
    assert f"body does not match the declared schema: {path}: {detail}" in message
    assert (caught.value.path, caught.value.detail) == (path, detail)


def test_lists_of_dates_decode_through_the_imported_parsers(pkg: ModuleType) -> None:
    """Lists decode through `map(parse_date, …)`: the module must import the parser it only
    names, in a resource (a top-level response) and in a model."""
    body = ["2024-01-31", "2026-04-01"]
    client = pkg.DecodeDemo(
        http_client=httpx.Client(
            transport=httpx.MockTransport(lambda request: httpx.Response(200, json=body))
        )
    )
    assert client.default.get_versions() == [date(2024, 1, 31), date(2026, 4, 1)]
    thing = models(pkg).Thing.from_dict(
        {"level": 0, "days": ["2024-01-31"], "stamps": ["2024-01-31T10:00:00Z"]}
    )
    assert thing.days == [date(2024, 1, 31)]
    assert thing.stamps == [datetime(2024, 1, 31, 10, tzinfo=timezone.utc)]
    assert thing.to_dict()["days"] == ["2024-01-31"]
