"""The `iter_<operation>` methods the generator writes for each paging style, detected from the
spec by convention, against the real loopback API of test_paging (seven items, three a page):
every item in order, the caller's filter on every page, the end of the list found, a repeated
token or URL ending it, the same through the async client."""

from __future__ import annotations

import copy
import itertools
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs

import pytest
from loopback import LoopbackServer
from paging_spec import SPEC
from runtime_helpers import TOKEN, generated_sdk
from test_paging import ITEMS, SIZE, FakeAPI

from generator import pipeline

# Like paging_spec, with the `Link` header GitHub declares on its lists: the Link style is
# recognised from the response headers (without it, `page`/`per_page` would be page numbers).
LINKED_SPEC = copy.deepcopy(SPEC)
LINKED_SPEC["paths"]["/linked"]["get"]["responses"]["200"]["headers"] = {
    "Link": {"schema": {"type": "string"}}
}

# style → (iterator method, the caller's arguments besides the filter)
CASES: dict[str, tuple[str, dict[str, Any]]] = {
    "offset": ("iter_offset", {"limit": SIZE}),
    "page_number": ("iter_numbered", {"per_page": SIZE}),
    "cursor": ("iter_cursor", {}),
    "stripe": ("iter_stripe", {"limit": SIZE}),
    "link": ("iter_linked", {"per_page": SIZE}),
    "next_url": ("iter_drf", {}),
}
TOKEN_STYLES = ["cursor", "stripe", "link", "next_url"]


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with generated_sdk(tmp_path_factory.mktemp("paging-generated"), LINKED_SPEC) as module:
        yield module


@pytest.fixture
def api(loopback: Callable[..., LoopbackServer]) -> FakeAPI:
    return FakeAPI(loopback())


def _resource(pkg: ModuleType, api: FakeAPI, asynchronous: bool = False) -> Any:
    cls = pkg.AsyncPagingDemo if asynchronous else pkg.PagingDemo
    return cls(bearer_auth=TOKEN, server_url=api.server.url, max_retries=0, timeout=5.0).default


def _check_requests(api: FakeAPI, count: int) -> None:
    seen = api.server.requests()
    assert len(seen) == count, [r.target for r in seen]
    for request in seen:
        assert parse_qs(request.query)["tag"] == ["red"], request.target
        assert request.header("Authorization") == f"Bearer {TOKEN}"


def test_each_style_is_detected_from_the_spec(tmp_path: Any) -> None:
    import json

    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(LINKED_SPEC), encoding="utf-8")
    api, _, _ = pipeline.build_api(spec)
    styles = {op.operation_id: type(op.pagination).__name__ for op in api.operations}
    assert styles == {
        "listOffset": "OffsetPagination",
        "listNumbered": "PageNumberPagination",
        "listCursor": "CursorPagination",
        "listStripe": "CursorPagination",
        "listLinked": "LinkPagination",
        "listDrf": "NextUrlPagination",
        "getGeneration": "NoneType",
    }


@pytest.mark.parametrize("name", CASES)
def test_every_item_in_order_then_stops(pkg: ModuleType, api: FakeAPI, name: str) -> None:
    method, args = CASES[name]
    page = getattr(_resource(pkg, api), method)(tag="red", **args)
    assert isinstance(page, pkg.SyncPage)
    assert [item.id for item in page] == ITEMS
    _check_requests(api, 3)


@pytest.mark.anyio
@pytest.mark.parametrize("name", CASES)
async def test_async_every_item_in_order_then_stops(
    pkg: ModuleType, api: FakeAPI, name: str
) -> None:
    method, args = CASES[name]
    pager = getattr(_resource(pkg, api, asynchronous=True), method)(tag="red", **args)
    assert api.server.requests() == []  # nothing is sent before the pager is used
    assert [item.id async for item in pager] == ITEMS
    _check_requests(api, 3)


@pytest.mark.parametrize("name", CASES)
def test_pages_one_at_a_time(pkg: ModuleType, api: FakeAPI, name: str) -> None:
    method, args = CASES[name]
    page = getattr(_resource(pkg, api), method)(tag="red", **args)
    sizes = [len(page.items)]
    while page.has_next_page():
        page = page.get_next_page()
        sizes.append(len(page.items))
    # offset and page numbers learn of the end from the short last page, the rest from it
    # carrying no token, link or URL
    assert sizes == [3, 3, 1]


@pytest.mark.parametrize("name", TOKEN_STYLES)
def test_a_repeated_token_or_url_ends_the_list(pkg: ModuleType, api: FakeAPI, name: str) -> None:
    api.mode = "stuck"  # the second page's token / URL, forever
    method, args = CASES[name]
    items = list(getattr(_resource(pkg, api), method)(tag="red", **args))
    assert 0 < len(items) <= 3 * SIZE
    assert len(api.server.requests()) <= 3


@pytest.mark.parametrize("name", ["offset", "page_number"])
def test_an_endless_list_is_fetched_only_as_far_as_it_is_read(
    pkg: ModuleType, api: FakeAPI, name: str
) -> None:
    api.mode = "endless"
    method, args = CASES[name]
    page = getattr(_resource(pkg, api), method)(tag="red", **args)
    assert len(list(itertools.islice(page, 10))) == 10
    assert len(api.server.requests()) == 4  # ceil(10 / 3) pages, no more


def test_a_foreign_next_url_is_refused_unsent(
    pkg: ModuleType, api: FakeAPI, loopback: Callable[..., LoopbackServer]
) -> None:
    other = loopback("127.0.0.2")
    api.mode, api.foreign = "foreign", other.url
    page = _resource(pkg, api).iter_linked(tag="red", per_page=SIZE)
    with pytest.raises(pkg.ForeignOriginError):
        list(page)
    assert other.requests() == []
