"""Generated tests of the default resource: each operation, sync and async, against a mock of the API answering with the spec's examples."""

from __future__ import annotations

import asyncio
import re

import pytest

from shapes_sdk._serde import to_jsonable
from shapes_sdk.models import Node

from .conftest import MockAPI, Prism


def test_get_tree(mock_api: MockAPI) -> None:
    expected = Node(value="<value>", children=[], parent=None)
    mock_api.reply(200, body=to_jsonable(expected), content_type="application/json")

    client = mock_api.client()
    operation = client.default.get_tree
    result = operation()
    assert mock_api.request.method == "GET"
    assert re.search("/tree$", mock_api.request.url.path)
    assert result == expected


def test_get_tree_async(mock_api: MockAPI) -> None:
    expected = Node(value="<value>", children=[], parent=None)
    mock_api.reply(200, body=to_jsonable(expected), content_type="application/json")

    async def call() -> object:
        async with mock_api.async_client() as client:
            operation = client.default.get_tree
            return await operation()

    result = asyncio.run(call())
    assert mock_api.request.method == "GET"
    assert re.search("/tree$", mock_api.request.url.path)
    assert result == expected


@pytest.mark.prism
def test_get_tree_against_prism(prism: Prism) -> None:
    client = prism.client()
    operation = client.default.get_tree
    result = operation()
    assert result is not None
