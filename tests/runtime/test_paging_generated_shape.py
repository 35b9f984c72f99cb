"""The shape a generated ``iter_<op>`` method will have (docs/notes-paging.md) type-checks
under ``mypy --strict`` against a generated SDK and pages a real loopback server.

The methods below are what the integrator's templates are to emit; they live here until the
generator emits them, so that the contract they rely on cannot drift unnoticed.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from loopback import LoopbackServer
from paging_spec import SPEC
from runtime_helpers import TOKEN, generated_sdk
from test_paging import ITEMS, FakeAPI

EXAMPLES = '''
"""Generated-style paging methods (see docs/notes-paging.md)."""

from __future__ import annotations

from paging_demo_sdk._pagination import (
    AsyncPager,
    CursorPaging,
    LinkHeaderPaging,
    OffsetPaging,
    SyncPage,
    apaginate,
    async_fetcher,
    fetcher,
    paginate,
)
from paging_demo_sdk._types import NOT_GIVEN, Headers, NotGiven, Query, TimeoutTypes
from paging_demo_sdk.models.item import Item
from paging_demo_sdk.models.list_cursor_response import ListCursorResponse
from paging_demo_sdk.resources.default import AsyncDefaultResource, DefaultResource


class Default(DefaultResource):
    def iter_list_offset(
        self,
        *,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        tag: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Item, list[Item]]:
        """Every item of list_offset, page after page."""
        return paginate(
            OffsetPaging(
                "offset",
                "limit",
                start=0 if isinstance(offset, NotGiven) else offset,
                size=10 if isinstance(limit, NotGiven) else limit,
            ),
            fetcher(
                self,
                self.list_offset,
                tag=tag,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def iter_list_linked(
        self,
        *,
        page: int | NotGiven = NOT_GIVEN,
        per_page: int | NotGiven = NOT_GIVEN,
        tag: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Item, list[Item]]:
        return paginate(
            LinkHeaderPaging(),
            fetcher(
                self,
                self.list_linked,
                page=page,
                per_page=per_page,
                tag=tag,
                extra_headers=extra_headers,
                timeout=timeout,
            ),
        )

    def iter_list_cursor(
        self, *, cursor: str | NotGiven = NOT_GIVEN, tag: str | NotGiven = NOT_GIVEN
    ) -> SyncPage[Item, ListCursorResponse]:
        return paginate(
            CursorPaging(
                "cursor",
                ("response_metadata", "next_cursor"),
                start=None if isinstance(cursor, NotGiven) else cursor,
            ),
            fetcher(self, self.list_cursor, tag=tag),
            lambda page: page.items or [],
        )


class AsyncDefault(AsyncDefaultResource):
    def iter_list_linked(
        self,
        *,
        per_page: int | NotGiven = NOT_GIVEN,
        tag: str | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Item, list[Item]]:
        return apaginate(
            LinkHeaderPaging(),
            async_fetcher(self, self.list_linked, per_page=per_page, tag=tag),
        )


def usage(sync: Default, asynchronous: AsyncDefault) -> None:
    first: SyncPage[Item, list[Item]] = sync.iter_list_offset(limit=3, tag="red")
    ids: list[str] = [item.id for item in first]
    more: bool = first.has_next_page()
    body: list[Item] = first.response
    cursor_page: ListCursorResponse = sync.iter_list_cursor().response
    print(ids, more, body, cursor_page, asynchronous)


async def async_usage(resource: AsyncDefault) -> list[str]:
    page = await resource.iter_list_linked(per_page=3)
    following = await page.get_next_page() if page.has_next_page() else page
    return [item.id async for item in resource.iter_list_linked(per_page=3)] + [
        i.id for i in following.items
    ]
'''


@pytest.fixture(scope="module")
def shaped(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ModuleType, Path]]:
    out = tmp_path_factory.mktemp("paging_shape")
    with generated_sdk(out, SPEC) as module:
        src = out / "sdk" / "src"
        (src / "paging_examples.py").write_text(EXAMPLES)
        yield module, src


def test_the_generated_shape_passes_mypy_strict(shaped: tuple[ModuleType, Path]) -> None:
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed")
    _, src = shaped
    command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental"]
    done = subprocess.run(
        [*command, "--python-version", "3.10", "paging_examples.py"],
        cwd=src,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def _resources(pkg: ModuleType, server: LoopbackServer) -> tuple[Any, Any]:
    examples = importlib.import_module("paging_examples")
    sync = pkg.PagingDemo(bearer_auth=TOKEN, server_url=server.url, max_retries=0)
    asynchronous = pkg.AsyncPagingDemo(bearer_auth=TOKEN, server_url=server.url, max_retries=0)
    return examples.Default(sync), examples.AsyncDefault(asynchronous)


def test_the_generated_shape_pages(
    shaped: tuple[ModuleType, Path], loopback: Callable[..., LoopbackServer]
) -> None:
    pkg, _ = shaped
    api = FakeAPI(loopback())
    sync, _ = _resources(pkg, api.server)
    assert [item.id for item in sync.iter_list_offset(limit=3, tag="red")] == ITEMS
    assert [item.id for item in sync.iter_list_linked(per_page=3, tag="red")] == ITEMS
    assert [item.id for item in sync.iter_list_cursor(tag="red")] == ITEMS
    assert [item.id for item in sync.iter_list_cursor(cursor="c3", tag="red")] == ITEMS[3:]


@pytest.mark.anyio
async def test_the_generated_shape_pages_async(
    shaped: tuple[ModuleType, Path], loopback: Callable[..., LoopbackServer]
) -> None:
    pkg, _ = shaped
    api = FakeAPI(loopback())
    _, asynchronous = _resources(pkg, api.server)
    examples = importlib.import_module("paging_examples")
    assert await examples.async_usage(asynchronous) == ITEMS + ITEMS[3:6]
