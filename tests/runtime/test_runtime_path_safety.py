"""Path parameters can never reach another endpoint: each value stays in its own segment.

Checked against a real loopback server, on the request target exactly as it arrives: for any
value, the path has the template's segment count and the server, splitting the raw segment on
the style's literal delimiters and percent-decoding the pieces, gets the value back.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterator
from datetime import date, datetime, timezone
from decimal import Decimal
from types import ModuleType
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from loopback import Answer, LoopbackServer, echo

TEMPLATE = "/items/{id}/detail"
BASE_PATH = "/api/v1"
STYLES = [(style, explode) for style in ("simple", "label", "matrix") for explode in (False, True)]
SETTINGS = settings(max_examples=60, deadline=None)


class Color(enum.Enum):
    RED = "red/../x"
    ONE = 1


@pytest.fixture(scope="module")
def origin() -> Iterator[LoopbackServer]:
    server = LoopbackServer("127.0.0.1").start()
    try:
        yield server
    finally:
        server.stop()


_CLIENTS: dict[tuple[int, int], Any] = {}


def _client(sdk: ModuleType, server: LoopbackServer) -> Any:
    """One client per SDK module and server (building an httpx client per example is slow)."""
    key = (id(sdk), id(server))
    if key not in _CLIENTS:

        class Plain(sdk._base_client.SyncAPIClient):  # type: ignore[misc,name-defined]
            _default_base_url = server.url + BASE_PATH
            _user_agent = "path-test/0"

        _CLIENTS[key] = Plain(max_retries=0)
    return _CLIENTS[key]


def _endpoint(sdk: ModuleType, style: str, explode: bool, template: str = TEMPLATE) -> Any:
    params = () if (style, explode) == ("simple", False) else (_param(sdk, style, explode),)
    return sdk.Endpoint(
        method="GET",
        path=template,
        responses={"200": sdk.ResponseSpec("json")},
        errors={},
        security=(),
        idempotent=True,
        params=params,
    )


def _param(sdk: ModuleType, style: str, explode: bool) -> Any:
    return sdk._base_client.Param("id", "path", style, explode)


# --------------------------------------------------------------------------- the oracle
# What OpenAPI says the (unencoded) serialization is, written independently of the runtime.


def text_of(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return text_of(value.value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def expected_pieces(style: str, explode: bool, value: object) -> tuple[str, list[str]]:
    """(the segment's unencoded form with every piece as text, the pieces in order)."""
    if isinstance(value, dict):
        pairs = [(str(k), text_of(v)) for k, v in value.items()]
        flat = [x for pair in pairs for x in pair]
        if explode:
            joined = [f"{k}={v}" for k, v in pairs]
            if style == "matrix":
                return "".join(";" + pair for pair in joined), flat
            if style == "label":
                return "." + ".".join(joined), flat
            return ",".join(joined), flat
        lead = {"simple": "", "label": ".", "matrix": ";id="}[style]
        return lead + ",".join(flat), flat
    if isinstance(value, list):
        texts = [text_of(v) for v in value]
        if style == "matrix":
            if explode:
                return "".join(f";id={t}" for t in texts), texts
            return ";id=" + ",".join(texts), texts
        if style == "label":
            return "." + ("." if explode else ",").join(texts), texts
        return ",".join(texts), texts
    text = text_of(value)
    if style == "matrix":
        return (f";id={text}" if text else ";id"), [text]
    if style == "label":
        return "." + text, [text]
    return text, [text]


def parse_segment(style: str, explode: bool, raw: str, value: object) -> list[str]:
    """The pieces a server reads from a raw segment: split on the literal delimiters of the
    style, then percent-decoded (a dot segment sent as %2E is read as the dots it stands for)."""
    if raw.upper() in ("%2E", "%2E%2E"):
        raw = unquote(raw)
    if style == "label":
        assert raw.startswith("."), raw
        raw = raw[1:]
    if style == "matrix":
        assert raw.startswith(";"), raw
        if isinstance(value, (list, dict)) and explode:
            pieces = raw[1:].split(";")
            if isinstance(value, dict):
                return [unquote(x) for piece in pieces for x in piece.split("=", 1)]
            return [unquote(piece.split("=", 1)[1]) for piece in pieces]
        name, _, rest = raw[1:].partition("=")
        assert unquote(name) == "id"
        raw = rest
        if not isinstance(value, (list, dict)):
            return [unquote(raw)]
    if not isinstance(value, (list, dict)):
        return [unquote(raw)]
    delimiter = "." if style == "label" and explode else ","
    if raw == "":  # no piece, or one empty piece: OpenAPI serializes [] and [""] alike
        return [] if not value else [""]
    pieces = raw.split(delimiter)
    if isinstance(value, dict) and explode:
        return [unquote(x) for piece in pieces for x in piece.split("=", 1)]
    return [unquote(piece) for piece in pieces]


# ---------------------------------------------------------------------------- strategies

# Text that includes everything that could leave a segment: / ? # % . ; , = and the rest.
nasty_text = st.text(
    alphabet=st.sampled_from(list("/?#%.;,=&+[]{}@:! \\\"'~-_aZ9é\u2603\x00\n")) | st.characters(),
    max_size=12,
)
primitives = (
    nasty_text
    | st.sampled_from([".", "..", "...", "./", "/..", "%2e%2e", "%2F"])
    | st.integers()
    | st.floats()
    | st.booleans()
    | st.dates()
    | st.datetimes(timezones=st.just(timezone.utc))
    | st.sampled_from(list(Color))
    | st.uuids()
    | st.decimals(allow_nan=False, allow_infinity=False)
)


def _item_text(style: str, explode: bool) -> st.SearchStrategy[str]:
    # In exploded label style "." is both the delimiter and an unreserved character that
    # servers may decode from %2E: a dot inside an item is ambiguous by OpenAPI's own rules.
    if style == "label" and explode:
        return nasty_text.filter(lambda t: "." not in t)
    return nasty_text


def values_for(style: str, explode: bool) -> st.SearchStrategy[object]:
    items = _item_text(style, explode) | st.integers() | st.booleans()
    return (
        primitives
        | st.lists(items, max_size=4)
        | st.dictionaries(
            _item_text(style, explode).filter(bool), items, max_size=3
        )  # keys: non-empty text
    )


# ----------------------------------------------------------------------------------- tests


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= char <= "\udfff" for char in text)


def _send(sdk: ModuleType, server: LoopbackServer, style: str, explode: bool, value: object) -> Any:
    server.clear()
    return _client(sdk, server).request(_endpoint(sdk, style, explode), path_params={"id": value})


def _check_one_segment(
    sdk: ModuleType, server: LoopbackServer, style: str, explode: bool, value: object
) -> None:
    unencoded, pieces = expected_pieces(style, explode, value)
    if _has_surrogate(unencoded):  # no UTF-8 form: refused before any request
        with pytest.raises(ValueError, match="'id' is not valid Unicode text"):
            _send(sdk, server, style, explode, value)
        assert server.requests() == []
        return
    if unencoded == "":
        with pytest.raises(ValueError, match="must not be empty"):
            _send(sdk, server, style, explode, value)
        assert server.requests() == []  # refused before any request
        return
    _send(sdk, server, style, explode, value)
    (received,) = server.requests()
    expected_segments = (BASE_PATH + TEMPLATE).split("/")[1:]
    assert len(received.segments) == len(expected_segments), received.target
    assert received.segments[:2] == ["api", "v1"]
    assert received.segments[2] == "items" and received.segments[4] == "detail"
    assert received.query == ""
    assert parse_segment(style, explode, received.segments[3], value) == pieces


@pytest.mark.parametrize(("style", "explode"), STYLES)
@SETTINGS
@given(data=st.data())
def test_any_value_stays_in_its_segment(
    sdk: ModuleType, origin: LoopbackServer, style: str, explode: bool, data: st.DataObject
) -> None:
    value = data.draw(values_for(style, explode), label="value")
    _check_one_segment(sdk, origin, style, explode, value)


@SETTINGS
@given(value=st.text())
@example(value=".")
@example(value="..")
@example(value="../../admin")
@example(value="a/../b")
@example(value="?admin=1#x")
@example(value="%2e%2e")
@example(value="")
def test_any_string_is_exactly_one_segment(
    sdk: ModuleType, origin: LoopbackServer, value: str
) -> None:
    """The plain case (simple style, a string): the decoded segment is the value itself."""
    if value == "":
        with pytest.raises(ValueError, match="'id' must not be empty"):
            _send(sdk, origin, "simple", False, value)
        assert origin.requests() == []
        return
    _send(sdk, origin, "simple", False, value)
    (received,) = origin.requests()
    assert len(received.segments) == 5, received.target
    assert unquote(received.segments[3]) == value
    assert received.segments[4] == "detail"


@pytest.mark.parametrize(
    "value",
    [0, -7, 2**70, 1.5, float("nan"), float("-inf"), True, False, Decimal("1E+3"), Color.ONE],
)
def test_non_string_values(sdk: ModuleType, origin: LoopbackServer, value: object) -> None:
    _check_one_segment(sdk, origin, "simple", False, value)
    _check_one_segment(sdk, origin, "label", True, value)
    _check_one_segment(sdk, origin, "matrix", False, value)


def test_dates_uuids_and_enums(sdk: ModuleType, origin: LoopbackServer) -> None:
    for value in (
        date(2026, 1, 2),
        datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc),
        uuid.UUID(int=5),
        Color.RED,  # its value holds "/../"
    ):
        _check_one_segment(sdk, origin, "simple", False, value)
        _check_one_segment(sdk, origin, "matrix", True, value)


@pytest.mark.parametrize(
    ("a", "b", "decoded"),
    [(".", ".", ".."), (".", "", "."), ("", ".", "."), ("..", "/", "../"), ("a", ".", "a.")],
)
def test_segments_of_several_parameters(
    sdk: ModuleType, origin: LoopbackServer, a: str, b: str, decoded: str
) -> None:
    """Two parameters in one segment can make a dot segment together: still one segment."""
    endpoint = sdk.Endpoint(
        method="GET",
        path="/files/{a}{b}/meta",
        responses={"200": sdk.ResponseSpec("json")},
        errors={},
        security=(),
        idempotent=True,
    )
    origin.clear()
    client = _client(sdk, origin)
    if not a or not b:
        # an empty simple value is refused on its own
        with pytest.raises(ValueError, match="must not be empty"):
            client.request(endpoint, path_params={"a": a, "b": b})
        assert origin.requests() == []
        return
    client.request(endpoint, path_params={"a": a, "b": b})
    (received,) = origin.requests()
    assert len(received.segments) == 5 and received.segments[4] == "meta"
    assert unquote(received.segments[3]) == decoded


def test_empty_array_and_object_are_refused(sdk: ModuleType, origin: LoopbackServer) -> None:
    """``/items/{id}`` with nothing in the segment would be ``/items/``: another endpoint."""
    origin.clear()
    for style, explode, value in [
        ("simple", False, []),
        ("simple", True, {}),
        ("simple", False, [""]),
        ("matrix", True, []),
        ("matrix", True, {}),
    ]:
        with pytest.raises(ValueError, match="'id' must not be empty"):
            _send(sdk, origin, style, explode, value)
    assert origin.requests() == []


def test_generated_style_method_cannot_climb(sdk: ModuleType, origin: LoopbackServer) -> None:
    """``client.items.get("..")`` used to send ``GET /v1``; now ``/v1/items/%2E%2E``."""
    origin.respond = lambda received: Answer(200, {"id": "x", "name": "y"})
    try:
        client = sdk.Demo(api_key="k", server_url=origin.url + "/v1", max_retries=0)
        for value in ("..", ".", "../../etc/passwd", "x?y#z"):
            origin.clear()
            client.items.get(value)
            (received,) = origin.requests()
            assert received.segments[:2] == ["v1", "items"]
            assert len(received.segments) == 3
            assert unquote(received.segments[2]) == value
    finally:
        origin.respond = echo


@pytest.mark.anyio
async def test_async_client_encodes_the_same(sdk: ModuleType, origin: LoopbackServer) -> None:
    class AsyncPlain(sdk._base_client.AsyncAPIClient):  # type: ignore[misc,name-defined]
        _default_base_url = origin.url + BASE_PATH
        _user_agent = "path-test/0"

    async with AsyncPlain(max_retries=0, http_client=httpx.AsyncClient()) as client:
        for value in ("..", ".", "a/b"):
            origin.clear()
            await client.request(_endpoint(sdk, "simple", False), path_params={"id": value})
            (received,) = origin.requests()
            assert len(received.segments) == 5
            assert unquote(received.segments[3]) == value
