"""Offset/limit pagination helpers."""

from __future__ import annotations

from collections.abc import Sequence
from types import ModuleType

import httpx
import pytest
from runtime_helpers import TOKEN, Recorder


class Pages:
    """A fake list endpoint over ``total`` numbered items that records its calls."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.calls: list[tuple[int, int]] = []

    def __call__(self, offset: int, limit: int) -> Sequence[int]:
        self.calls.append((offset, limit))
        return list(range(offset, min(offset + limit, self.total)))

    async def fetch(self, offset: int, limit: int) -> Sequence[int]:
        return self(offset, limit)


def test_stops_on_short_page(sdk: ModuleType) -> None:
    pages = Pages(7)
    assert list(sdk._pagination.iter_offset_pages(pages, offset=0, limit=3)) == list(range(7))
    assert pages.calls == [(0, 3), (3, 3), (6, 3)]


def test_stops_on_empty_page(sdk: ModuleType) -> None:
    pages = Pages(4)
    assert list(sdk._pagination.iter_offset_pages(pages, offset=0, limit=2)) == [0, 1, 2, 3]
    assert pages.calls == [(0, 2), (2, 2), (4, 2)]


def test_starts_at_offset_and_is_lazy(sdk: ModuleType) -> None:
    pages = Pages(100)
    iterator = sdk._pagination.iter_offset_pages(pages, offset=10, limit=5)
    assert pages.calls == []
    assert [next(iterator) for _ in range(6)] == list(range(10, 16))
    assert pages.calls == [(10, 5), (15, 5)]


def test_offset_advances_by_page_length(sdk: ModuleType) -> None:
    served = [[1, 2, 3], [4, 5, 6], []]
    calls: list[int] = []

    def fetch(offset: int, limit: int) -> list[int]:
        calls.append(offset)
        return served[len(calls) - 1]

    assert list(sdk._pagination.iter_offset_pages(fetch, offset=0, limit=3)) == [1, 2, 3, 4, 5, 6]
    assert calls == [0, 3, 6]


def test_rejects_bad_arguments(sdk: ModuleType) -> None:
    with pytest.raises(ValueError, match="limit"):
        sdk._pagination.iter_offset_pages(Pages(1), offset=0, limit=0)
    with pytest.raises(ValueError, match="offset"):
        sdk._pagination.aiter_offset_pages(Pages(1).fetch, offset=-1, limit=1)


@pytest.mark.anyio
async def test_async_pages(sdk: ModuleType) -> None:
    pages = Pages(5)
    items = [
        item async for item in sdk._pagination.aiter_offset_pages(pages.fetch, offset=0, limit=2)
    ]
    assert items == [0, 1, 2, 3, 4]
    assert pages.calls == [(0, 2), (2, 2), (4, 2)]


def _page(request: httpx.Request) -> httpx.Response:
    offset, limit = int(request.url.params["offset"]), int(request.url.params["limit"])
    ids = range(offset, min(offset + limit, 5))
    return httpx.Response(200, json=[{"id": str(i), "name": f"n{i}"} for i in ids])


def test_through_a_generated_style_method(sdk: ModuleType) -> None:
    rec = Recorder(_page)
    client = sdk.Demo(api_key=TOKEN, http_client=rec.sync_client())
    assert [item.id for item in client.items.iter_all(page_size=2)] == ["0", "1", "2", "3", "4"]
    assert [r.url.query for r in rec.requests] == [
        b"offset=0&limit=2",
        b"offset=2&limit=2",
        b"offset=4&limit=2",
    ]


@pytest.mark.anyio
async def test_async_through_a_generated_style_method(sdk: ModuleType) -> None:
    rec = Recorder(_page)
    client = sdk.AsyncDemo(api_key=TOKEN, http_client=rec.async_client())
    assert [item.id async for item in client.items.iter_all(page_size=5)] == list("01234")
    assert len(rec.requests) == 2  # a full page, then an empty one
