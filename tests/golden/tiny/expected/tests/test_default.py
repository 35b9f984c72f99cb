"""Generated tests of the default resource: each operation, sync and async, against a mock of the API answering with the spec's examples."""

from __future__ import annotations

import asyncio
import re

import pytest

from tiny_sdk._serde import to_jsonable
from tiny_sdk.models import Thing

from .conftest import MockAPI, Prism


def test_get_thing(mock_api: MockAPI) -> None:
    expected = Thing(id="3fa85f64-5717-4562-b3fc-2c963f66afa6")
    mock_api.reply(200, body=to_jsonable(expected), content_type="application/json")

    client = mock_api.client()
    operation = client.default.get_thing
    result = operation("3fa85f64-5717-4562-b3fc-2c963f66afa6")
    assert mock_api.request.method == "GET"
    assert re.search("/things/[^/]+$", mock_api.request.url.path)
    assert result == expected


def test_get_thing_async(mock_api: MockAPI) -> None:
    expected = Thing(id="3fa85f64-5717-4562-b3fc-2c963f66afa6")
    mock_api.reply(200, body=to_jsonable(expected), content_type="application/json")

    async def call() -> object:
        async with mock_api.async_client() as client:
            operation = client.default.get_thing
            return await operation("3fa85f64-5717-4562-b3fc-2c963f66afa6")

    result = asyncio.run(call())
    assert mock_api.request.method == "GET"
    assert re.search("/things/[^/]+$", mock_api.request.url.path)
    assert result == expected


@pytest.mark.prism
def test_get_thing_against_prism(prism: Prism) -> None:
    client = prism.client()
    operation = client.default.get_thing
    result = operation("3fa85f64-5717-4562-b3fc-2c963f66afa6")
    assert result is not None
