"""Offset/limit pagination: iterate over items across pages."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import TypeVar

__all__ = ["aiter_offset_pages", "iter_offset_pages"]

T = TypeVar("T")


def _check(offset: int, limit: int) -> None:
    if limit < 1:
        raise ValueError(f"limit must be at least 1, got {limit}")
    if offset < 0:
        raise ValueError(f"offset must not be negative, got {offset}")


def iter_offset_pages(
    fetch: Callable[[int, int], Sequence[T]], *, offset: int = 0, limit: int
) -> Iterator[T]:
    """Yield the items of successive pages, calling ``fetch(offset, limit)`` lazily.

    The offset advances by the size of each page; iteration stops after an empty page or a page
    shorter than ``limit``.
    """
    _check(offset, limit)
    return _iter_pages(fetch, offset, limit)


def _iter_pages(fetch: Callable[[int, int], Sequence[T]], offset: int, limit: int) -> Iterator[T]:
    while True:
        page = fetch(offset, limit)
        yield from page
        if len(page) < limit:
            return
        offset += len(page)


def aiter_offset_pages(
    fetch: Callable[[int, int], Awaitable[Sequence[T]]], *, offset: int = 0, limit: int
) -> AsyncIterator[T]:
    """Async twin of ``iter_offset_pages``; ``fetch`` is an async callable."""
    _check(offset, limit)
    return _aiter_pages(fetch, offset, limit)


async def _aiter_pages(
    fetch: Callable[[int, int], Awaitable[Sequence[T]]], offset: int, limit: int
) -> AsyncIterator[T]:
    while True:
        page = await fetch(offset, limit)
        for item in page:
            yield item
        if len(page) < limit:
            return
        offset += len(page)
