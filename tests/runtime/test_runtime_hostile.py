"""Hostile responses from a real server on 127.0.0.1 give the SDK's typed errors, never a foreign
exception: JSON nested 100,000 deep, numbers past Python's digit limit, invalid UTF-8, and bodies
too large (or endless) for a non-streaming call (`max_response_bytes`)."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from runtime_helpers import Reply, ScriptedServer, generated_sdk
from tolerance_spec import SPEC

JSON = {"Content-Type": "application/json"}
DEEP_ARRAY = b"[" * 100_000 + b"]" * 100_000
DEEP_OBJECT = b'{"a":' * 100_000 + b"1" + b"}" * 100_000
DEEP_FIELD = b'{"id": "1", "name": ' + DEEP_ARRAY + b"}"
HUGE_INT = b'{"id": "1", "price": 1' + b"0" * 5000 + b"}"
HUGE_COUNT = b"9" * 100_000
BAD_UTF8 = [b'{"id": "\xff\xfe"}', b'{"id": "\xc3\x28"}', b'\xed\xa0\x80{"id": "1"}']


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with generated_sdk(tmp_path_factory.mktemp("hostile"), SPEC) as module:
        yield module


def client(pkg: ModuleType, server: ScriptedServer, **options: Any) -> Any:
    sdk = pkg.ToleranceDemo(server_url=server.url, max_retries=0, timeout=10.0)
    for name, value in options.items():
        setattr(sdk, name, value)
    return sdk


# -- nesting --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body", [DEEP_ARRAY, DEEP_OBJECT, DEEP_FIELD], ids=["array", "object", "field"]
)
def test_deep_json_is_a_validation_error_from_every_entry_point(
    pkg: ModuleType, server: ScriptedServer, body: bytes
) -> None:
    server.play(Reply(200, body, JSON))
    api = client(pkg, server).default
    with pytest.raises(pkg.APIResponseValidationError, match="nested too deeply"):
        api.get_item("1")
    with pytest.raises(pkg.APIResponseValidationError, match="nested too deeply"):
        api.export()
    raw = api.with_raw_response.get_item("1")
    with pytest.raises(pkg.APIResponseValidationError, match="nested too deeply"):
        raw.parse()
    with pytest.raises(pkg.APIResponseValidationError, match="RecursionError"):
        raw.json()
    with api.with_streaming_response.get_item("1") as streamed:
        with pytest.raises(pkg.APIResponseValidationError, match="nested too deeply"):
            streamed.parse()


@pytest.mark.parametrize("body", [DEEP_ARRAY, DEEP_OBJECT])
@pytest.mark.parametrize("status", [404, 422, 500])
def test_deep_json_in_an_error_body_keeps_the_status_error(
    pkg: ModuleType, server: ScriptedServer, body: bytes, status: int
) -> None:
    server.play(Reply(status, body, JSON))
    with pytest.raises(pkg.APIStatusError) as caught:
        client(pkg, server).default.get_item("1")
    assert caught.value.status_code == status
    assert caught.value.body == body.decode()
    assert caught.value.parsed is None


@pytest.mark.parametrize("depth", [10, 300, 900, 2_000, 100_000])
def test_deep_but_valid_recursive_models_decode_or_refuse_cleanly(
    pkg: ModuleType, server: ScriptedServer, depth: int
) -> None:
    body = '{"value": 1, "child": ' * depth + '{"value": 0}' + "}" * depth
    server.play(Reply(200, body, JSON))
    try:
        node = client(pkg, server).default.get_tree()
    except pkg.APIResponseValidationError as error:
        assert "nested too deeply" in str(error)
        assert depth > 100  # shallow trees always decode
    else:
        levels = 0
        while node.child is not None:
            node, levels = node.child, levels + 1
        assert levels == depth


@pytest.mark.anyio
async def test_deep_json_async(pkg: ModuleType, server: ScriptedServer) -> None:
    server.play(Reply(200, DEEP_ARRAY, JSON), Reply(404, DEEP_OBJECT, JSON))
    api = pkg.AsyncToleranceDemo(server_url=server.url, max_retries=0, timeout=10.0).default
    with pytest.raises(pkg.APIResponseValidationError, match="nested too deeply"):
        await api.get_item("1")
    with pytest.raises(pkg.NotFoundError):
        await api.get_item("1")


# -- numbers and text -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "body"),
    [
        (lambda api: api.get_item("1"), HUGE_INT),
        (lambda api: api.get_count(), HUGE_COUNT),
        (lambda api: api.export(), HUGE_COUNT),
        (lambda api: api.list_items(), b"[" + HUGE_INT + b"]"),
    ],
)
def test_numbers_past_the_digit_limit_are_validation_errors(
    pkg: ModuleType, server: ScriptedServer, call: Any, body: bytes
) -> None:
    server.play(Reply(200, body, JSON))
    api = client(pkg, server).default
    try:
        result = call(api)
    except pkg.APIResponseValidationError as error:
        assert "digits" in str(error) or "integer string conversion" in str(error)
    else:  # an `{}` schema falls back to the text: nothing is lost
        assert result == body.decode()
    with pytest.raises(pkg.APIResponseValidationError, match="not JSON"):
        api.with_raw_response.get_count().json()


def test_huge_exponents_and_numbers_in_error_bodies(
    pkg: ModuleType, server: ScriptedServer
) -> None:
    server.play(Reply(200, b'{"id": "1", "price": 1e999999}', JSON))
    assert client(pkg, server).default.get_item("1").price == float("inf")
    server.play(Reply(404, b'{"detail": "x", "code": 1' + b"0" * 5000 + b"}", JSON))
    with pytest.raises(pkg.NotFoundError) as caught:
        client(pkg, server).default.get_item("1")
    assert isinstance(caught.value.body, str) and caught.value.parsed is None


@pytest.mark.parametrize("body", BAD_UTF8)
def test_invalid_utf8_json_is_a_validation_error(
    pkg: ModuleType, server: ScriptedServer, body: bytes
) -> None:
    server.play(Reply(200, body, JSON))
    with pytest.raises(pkg.APIResponseValidationError) as caught:
        client(pkg, server).default.get_item("1")
    assert "expected a JSON body" in str(caught.value)
    server.play(Reply(400, body, JSON))
    with pytest.raises(pkg.BadRequestError) as error:
        client(pkg, server).default.get_item("1")
    assert isinstance(error.value.body, str)


@pytest.mark.parametrize(
    "content_type", ["text/plain", "text/plain; charset=utf-8", "text/plain; charset=nope-42"]
)
@pytest.mark.parametrize("body", BAD_UTF8)
def test_invalid_utf8_text_is_decoded_with_replacement(
    pkg: ModuleType, server: ScriptedServer, body: bytes, content_type: str
) -> None:
    server.play(Reply(200, body, {"Content-Type": content_type}))
    text = client(pkg, server).default.get_name()
    assert isinstance(text, str) and "\N{REPLACEMENT CHARACTER}" in text


# -- size -----------------------------------------------------------------------------------------

LIMIT = 64 * 1024


@pytest.mark.parametrize("status", [200, 404])
def test_a_declared_length_over_the_limit_is_refused_before_reading(
    pkg: ModuleType, server: ScriptedServer, status: int
) -> None:
    server.play(Reply(status, b"x" * (LIMIT + 1), JSON))
    with pytest.raises(pkg.APIResponseTooLargeError) as caught:
        client(pkg, server, max_response_bytes=LIMIT).default.get_item("1")
    assert (caught.value.limit, caught.value.status_code) == (LIMIT, status)
    assert f"larger than max_response_bytes ({LIMIT:,} bytes)" in str(caught.value)


def test_a_body_at_the_limit_is_read(pkg: ModuleType, server: ScriptedServer) -> None:
    padded = json.dumps({"id": "1", "name": ""}).encode()
    body = padded[:-2] + b" " * (LIMIT - len(padded)) + padded[-2:]
    assert len(body) == LIMIT
    server.play(Reply(200, body, JSON))
    assert client(pkg, server, max_response_bytes=LIMIT).default.get_item("1").id == "1"


def test_an_endless_body_is_cut_at_the_limit(pkg: ModuleType, server: ScriptedServer) -> None:
    server.play(Reply(200, endless=b"[1, 2, 3, 4] " * 1000))
    with pytest.raises(pkg.APIResponseTooLargeError):
        client(pkg, server, max_response_bytes=LIMIT).default.export()
    # What the server managed to write before the client hung up: the limit plus socket buffers.
    assert server.sent_bytes < 32 * 1024 * 1024


def test_a_compressed_body_is_limited_by_its_decoded_size(
    pkg: ModuleType, server: ScriptedServer
) -> None:
    bomb = gzip.compress(b" " * (32 * 1024 * 1024))  # 32 MiB of JSON whitespace in ~32 KiB
    assert len(bomb) < LIMIT
    server.play(Reply(200, bomb, {**JSON, "Content-Encoding": "gzip"}))
    with pytest.raises(pkg.APIResponseTooLargeError):
        client(pkg, server, max_response_bytes=LIMIT).default.get_item("1")
    server.play(Reply(200, gzip.compress(b'{"id": "7"}'), {**JSON, "Content-Encoding": "gzip"}))
    assert client(pkg, server, max_response_bytes=LIMIT).default.get_item("1").id == "7"


def test_the_limit_is_a_documented_default_copied_by_with_options(
    pkg: ModuleType, server: ScriptedServer
) -> None:
    sdk = client(pkg, server)
    assert sdk.max_response_bytes == 64 * 1024 * 1024
    sdk.max_response_bytes = LIMIT
    server.play(Reply(200, b"x" * (LIMIT + 1), JSON))
    with pytest.raises(pkg.APIResponseTooLargeError):
        sdk.with_options(timeout=5.0).default.get_item("1")
    sdk.max_response_bytes = None
    server.play(Reply(200, b" " * (2 * LIMIT) + b'{"id": "1"}', JSON))
    assert sdk.default.get_item("1").id == "1"


def test_streaming_calls_are_not_limited(pkg: ModuleType, server: ScriptedServer) -> None:
    server.play(Reply(200, b"z" * (4 * LIMIT), {"Content-Type": "text/csv"}))
    api = client(pkg, server, max_response_bytes=LIMIT).default
    with api.with_streaming_response.export() as streamed:
        assert sum(len(chunk) for chunk in streamed.iter_bytes()) == 4 * LIMIT


@pytest.mark.anyio
async def test_size_limit_async(pkg: ModuleType, server: ScriptedServer) -> None:
    sdk = pkg.AsyncToleranceDemo(server_url=server.url, max_retries=0, timeout=10.0)
    sdk.max_response_bytes = LIMIT
    server.play(Reply(200, endless=b"0" * 4096))
    with pytest.raises(pkg.APIResponseTooLargeError):
        await sdk.default.export()
    server.play(Reply(500, b"e" * (LIMIT + 1)))
    with pytest.raises(pkg.APIResponseTooLargeError):
        await sdk.default.get_item("1")
    server.play(Reply(200, b'{"id": "1"}', JSON))
    assert (await sdk.default.get_item("1")).id == "1"


# -- anything at all ------------------------------------------------------------------------------

_CONTENT_TYPES = st.one_of(
    st.sampled_from(
        [
            "",
            "application/json",
            "application/problem+json",
            "application/json; charset=utf-16",
            "text/plain",
            "text/csv; charset=latin-1",
            "text/html; charset=bogus",
            "application/octet-stream",
            "image/png",
        ]
    ),
    st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=30),
)
_BODIES = st.one_of(
    st.binary(max_size=300),
    st.sampled_from([b"[" * 5_000 + b"]" * 5_000, HUGE_INT, *BAD_UTF8, b"null"]),
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
        lambda children: (
            st.lists(children, max_size=3)
            | st.dictionaries(st.sampled_from(["id", "url", "images", "detail", "x"]), children)
        ),
        max_leaves=10,
    ).map(lambda value: json.dumps(value).encode()),
)
_CALLS = [
    lambda api: api.get_item("1"),
    lambda api: api.list_items(),
    lambda api: api.delete_item("1"),
    lambda api: api.lookup_item("1"),
    lambda api: api.export(),
    lambda api: api.get_name(),
    lambda api: api.get_count(),
    lambda api: api.start_job(),
    lambda api: api.queue_job(),
    lambda api: api.get_tree(),
    lambda api: api.with_raw_response.get_item("1").parse(),
    lambda api: api.with_raw_response.export().json(),
]


@pytest.fixture
def shared_api(pkg: ModuleType, server: ScriptedServer) -> Iterator[Any]:
    """One client for every example of a property test (its pool stays warm)."""
    sdk = client(pkg, server)
    yield sdk.default
    sdk.close()


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    status=st.sampled_from([200, 201, 202, 203, 206, 400, 404, 409, 422, 500]),
    content_type=_CONTENT_TYPES,
    body=_BODIES,
    call=st.sampled_from(_CALLS),
)
def test_any_body_with_any_content_type_raises_only_the_sdks_errors(
    pkg: ModuleType,
    server: ScriptedServer,
    shared_api: Any,
    status: int,
    content_type: str,
    body: bytes,
    call: Any,
) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    server.seen.clear()  # one server for all examples: its runaway guard counts per example
    server.play(Reply(status, body, headers))
    try:
        call(shared_api)
    except pkg.APIError as error:
        assert type(error).__module__.startswith(pkg.__name__)
        if isinstance(error, pkg.APIStatusError):
            assert error.status_code == status >= 400
