"""Every pagination style of ``_pagination``, driven through a generated client against a real
loopback server that pages a list of seven items the way each kind of API does.

The tests build the page objects by hand, as a generated ``iter_<op>`` does
(``paginate(style, fetcher(resource, resource.<op>, **args))``), to reach every option of each
style; test_paging_generated.py drives the methods the generator writes.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs

import pytest
from loopback import Answer, LoopbackServer, Received
from paging_spec import SPEC
from runtime_helpers import TOKEN, generated_sdk

ITEMS = [f"i{n}" for n in range(7)]
SIZE = 3  # items per page: 3 + 3 + 1


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with generated_sdk(tmp_path_factory.mktemp("paging"), SPEC) as module:
        # the runtime modules the generated code does not import yet
        module._pagination = importlib.import_module(f"{module.__name__}._pagination")
        yield module


class FakeAPI:
    """Answers the list operations of ``paging_spec`` over ``ITEMS``.

    ``mode``: "" pages normally; "stuck" repeats the second page's token / URL forever;
    "endless" never ends (a new token / URL, full pages, on every request); "foreign" names a
    next URL on ``foreign`` (another origin).
    """

    def __init__(self, server: LoopbackServer) -> None:
        self.server = server
        self.mode = ""
        self.foreign = ""
        server.respond = self

    def __call__(self, received: Received) -> Answer:
        query = {k: v[-1] for k, v in parse_qs(received.query).items()}
        handler: Callable[[dict[str, str]], Answer] = getattr(self, received.path.strip("/"))
        return handler(query)

    def _slice(self, start: int, size: int = SIZE) -> list[dict[str, str]]:
        if self.mode in ("endless", "stuck"):
            return [{"id": f"x{start + n}"} for n in range(size)]
        return [{"id": i, "name": i.upper()} for i in ITEMS[start : start + size]]

    def _next_url(self, path: str, number: int, extra: str = "") -> str | None:
        if self.mode == "foreign":
            return f"{self.foreign}/{path}?page={number}"
        if self.mode == "stuck":
            number = 2
        if self.mode != "endless" and (number - 1) * SIZE >= len(ITEMS):
            return None
        return f"/{path}?page={number}{extra}"

    def offset(self, q: dict[str, str]) -> Answer:
        return Answer(200, self._slice(int(q["offset"]), int(q["limit"])))

    def numbered(self, q: dict[str, str]) -> Answer:
        return Answer(
            200, self._slice((int(q["page"]) - 1) * int(q["per_page"]), int(q["per_page"]))
        )

    def cursor(self, q: dict[str, str]) -> Answer:
        start = int(q.get("cursor", "c0")[1:])
        token: str | None = f"c{start + SIZE}"
        if self.mode == "stuck":
            token = "c3"
        elif self.mode != "endless" and start + SIZE >= len(ITEMS):
            token = ""  # as "no more" as a missing or null token
        return Answer(
            200, {"items": self._slice(start), "response_metadata": {"next_cursor": token}}
        )

    def stripe(self, q: dict[str, str]) -> Answer:
        after = q.get("starting_after")
        ids = [i["id"] for i in self._slice(0, 100)] if self.mode == "" else None
        if self.mode == "":
            start = 0 if after is None else ids.index(after) + 1  # type: ignore[union-attr]
        else:
            start = 0 if after is None else int(after[1:]) + 1
            if self.mode == "stuck":
                start = 0
        page = self._slice(start, int(q["limit"]))
        more = self.mode != "" or start + len(page) < len(ITEMS)
        return Answer(200, {"data": page, "has_more": more})

    def linked(self, q: dict[str, str]) -> Answer:
        number = int(q.get("page", "1"))
        page = self._slice((number - 1) * int(q["per_page"]), int(q["per_page"]))
        links = [f'<{self.server.url}/linked?page=1>; rel="first"']
        # Relative, without the caller's `tag`/`per_page`: the client keeps them itself.
        target = self._next_url("linked", number + 1)
        if target is not None:
            links.append(f'<{target}>; title="a, b; c"; rel="next"')
        headers = {"Content-Type": "application/json", "Link": ", ".join(links)}
        return Answer(200, page, headers)

    def drf(self, q: dict[str, str]) -> Answer:
        number = int(q.get("page", "1"))
        target = self._next_url("drf", number + 1, "&tag=" + q.get("tag", ""))
        if target is not None and target.startswith("/"):
            target = self.server.url + target  # DRF gives absolute URLs, with the filters
        body = {"count": len(ITEMS), "next": target, "previous": None}
        return Answer(200, {**body, "results": self._slice((number - 1) * SIZE)})


@pytest.fixture
def api(loopback: Callable[..., LoopbackServer]) -> FakeAPI:
    return FakeAPI(loopback())


@dataclass(frozen=True)
class Case:
    op: str
    style: Callable[[Any], Any]  # _pagination -> style
    args: dict[str, Any]  # the caller's own arguments besides tag
    items: Callable[[Any], Any] | None = None  # typed page -> items


CASES = {
    "offset": Case("list_offset", lambda p: p.OffsetPaging("offset", "limit", size=SIZE), {}),
    "page_number": Case(
        "list_numbered", lambda p: p.PageNumberPaging("page", "per_page", size=SIZE), {}
    ),
    "cursor": Case(
        "list_cursor",
        lambda p: p.CursorPaging("cursor", ("response_metadata", "next_cursor")),
        {},
        lambda page: page.items,
    ),
    "stripe": Case(
        "list_stripe",
        lambda p: p.CursorPaging("starting_after", has_more_path=("has_more",)),
        {"limit": SIZE},
        lambda page: page.data,
    ),
    "link": Case("list_linked", lambda p: p.LinkHeaderPaging(), {"per_page": SIZE}),
    "next_url": Case(
        "list_drf", lambda p: p.NextUrlPaging(("next",)), {}, lambda page: page.results
    ),
}
URL_STYLES = ["link", "next_url"]


def _client(pkg: ModuleType, api: FakeAPI, asynchronous: bool = False) -> Any:
    cls = pkg.AsyncPagingDemo if asynchronous else pkg.PagingDemo
    return cls(bearer_auth=TOKEN, server_url=api.server.url, max_retries=0, timeout=5.0).default


def _pages(pkg: ModuleType, api: FakeAPI, name: str, **style_args: Any) -> Any:
    """The first page of the case's operation, as a generated sync ``iter_<op>`` returns it."""
    case, paging = CASES[name], pkg._pagination
    resource = _client(pkg, api)
    style = case.style(paging)
    for key, value in style_args.items():
        setattr(style, key, value)
    fetch = paging.fetcher(resource, getattr(resource, case.op), tag="red", **case.args)
    return paging.paginate(style, fetch, *([case.items] if case.items else []))


def _apages(pkg: ModuleType, api: FakeAPI, name: str, **style_args: Any) -> Any:
    case, paging = CASES[name], pkg._pagination
    resource = _client(pkg, api, asynchronous=True)
    style = case.style(paging)
    for key, value in style_args.items():
        setattr(style, key, value)
    fetch = paging.async_fetcher(resource, getattr(resource, case.op), tag="red", **case.args)
    return paging.apaginate(style, fetch, *([case.items] if case.items else []))


def _check_requests(api: FakeAPI, count: int) -> None:
    """``count`` requests, each with the caller's filter exactly once and the credentials."""
    seen = api.server.requests()
    assert len(seen) == count, [r.target for r in seen]
    for request in seen:
        assert parse_qs(request.query)["tag"] == ["red"], request.target
        assert request.header("Authorization") == f"Bearer {TOKEN}"


@pytest.mark.parametrize("name", CASES)
def test_every_item_in_order_then_stops(pkg: ModuleType, api: FakeAPI, name: str) -> None:
    assert [item.id for item in _pages(pkg, api, name)] == ITEMS
    _check_requests(api, 3)


@pytest.mark.anyio
@pytest.mark.parametrize("name", CASES)
async def test_async_every_item_in_order_then_stops(
    pkg: ModuleType, api: FakeAPI, name: str
) -> None:
    pager = _apages(pkg, api, name)
    assert api.server.requests() == []  # nothing is sent before iterating
    assert [item.id async for item in pager] == ITEMS
    _check_requests(api, 3)


@pytest.mark.parametrize("name", [n for n in CASES if n not in ("offset", "page_number")])
def test_a_repeated_token_or_url_ends_the_list(pkg: ModuleType, api: FakeAPI, name: str) -> None:
    api.mode = "stuck"
    ids = [item.id for item in _pages(pkg, api, name)]
    assert len(ids) == 2 * SIZE
    _check_requests(api, 2)  # the third request would repeat the second


@pytest.mark.parametrize("name", CASES)
def test_max_pages_bounds_an_endless_list(pkg: ModuleType, api: FakeAPI, name: str) -> None:
    api.mode = "endless"
    ids = [item.id for item in _pages(pkg, api, name, max_pages=4)]
    assert len(ids) == len(set(ids)) == 4 * SIZE
    _check_requests(api, 4)


@pytest.mark.anyio
@pytest.mark.parametrize("name", CASES)
async def test_async_bounded(pkg: ModuleType, api: FakeAPI, name: str) -> None:
    api.mode = "endless"
    ids = [item.id async for item in _apages(pkg, api, name, max_pages=2)]
    assert len(ids) == len(set(ids)) == 2 * SIZE
    _check_requests(api, 2)


@pytest.mark.parametrize("name", URL_STYLES)
def test_a_foreign_next_url_is_refused_unsent(
    pkg: ModuleType, api: FakeAPI, loopback: Callable[..., LoopbackServer], name: str
) -> None:
    other = loopback("127.0.0.2")
    api.mode, api.foreign = "foreign", other.url
    page = _pages(pkg, api, name)
    assert len(page.items) == SIZE
    with pytest.raises(pkg.APIError) as caught:
        page.has_next_page()
    error = caught.value
    assert type(error).__name__ == "ForeignOriginError"
    assert error.url.startswith(other.url)
    assert other.url.split("://")[1] in str(error)
    with pytest.raises(pkg.APIError):
        list(page)
    assert other.requests() == []
    _check_requests(api, 1)


@pytest.mark.anyio
@pytest.mark.parametrize("name", URL_STYLES)
async def test_async_foreign_next_url_is_refused_unsent(
    pkg: ModuleType, api: FakeAPI, loopback: Callable[..., LoopbackServer], name: str
) -> None:
    other = loopback("127.0.0.2")
    api.mode, api.foreign = "foreign", other.url
    with pytest.raises(pkg.APIError, match="another origin"):
        [item async for item in _apages(pkg, api, name)]
    assert other.requests() == []


def test_the_client_also_refuses_a_foreign_page_url(pkg: ModuleType, api: FakeAPI) -> None:
    """The resource's next-URL path checks the origin itself, not only the page objects."""
    resource = _client(pkg, api)
    with pytest.raises(pkg.APIError, match="another origin"):
        resource._at_page("http://127.0.0.2:1/drf?page=2").list_drf()
    with pytest.raises(pkg.APIError, match="another origin"):  # another port is another origin
        resource._at_page(f"https://{api.server.url.split('://')[1]}/drf").list_drf()
    assert api.server.requests() == []


@pytest.mark.parametrize("name", CASES)
def test_page_objects(pkg: ModuleType, api: FakeAPI, name: str) -> None:
    first = _pages(pkg, api, name)
    assert [item.id for item in first.items] == ITEMS[:SIZE]
    assert type(first.response).__name__ != "dict"  # the typed page body
    assert first.http_response.status_code == 200
    assert first.has_next_page()
    info = first.next_page_info()
    assert info is not None and (info.url is not None) == (name in URL_STYLES)
    second = first.get_next_page()
    assert [item.id for item in second.items] == ITEMS[SIZE : 2 * SIZE]
    assert second.info == info
    pages = list(first.iter_pages())
    assert [len(p.items) for p in pages] == [3, 3, 1]
    last = pages[-1]
    assert not last.has_next_page() and last.next_page_info() is None
    with pytest.raises(RuntimeError, match="last page"):
        last.get_next_page()
    assert [item.id for item in second] == ITEMS[SIZE:]  # iterating a page: from it on
    # first + second + 2 (iter_pages fetches again from the first) + 1 (iterating second from
    # it on): a page does not cache its successor, each get_next_page() is a new request.
    assert len(api.server.requests()) == 1 + 1 + 2 + 1


@pytest.mark.anyio
@pytest.mark.parametrize("name", CASES)
async def test_async_page_objects(pkg: ModuleType, api: FakeAPI, name: str) -> None:
    first = await _apages(pkg, api, name)
    assert [item.id for item in first.items] == ITEMS[:SIZE]
    assert first.has_next_page()
    second = await first.get_next_page()
    assert [item.id for item in second.items] == ITEMS[SIZE : 2 * SIZE]
    pages = [page async for page in first.iter_pages()]
    assert [len(p.items) for p in pages] == [3, 3, 1]
    assert not pages[-1].has_next_page()
    with pytest.raises(RuntimeError):
        await pages[-1].get_next_page()
    assert [item.id async for item in first] == ITEMS


def test_per_call_options_are_kept_on_every_page(pkg: ModuleType, api: FakeAPI) -> None:
    paging = pkg._pagination
    for name in ("cursor", "link"):
        api.server.clear()
        case = CASES[name]
        resource = _client(pkg, api)
        fetch = paging.fetcher(
            resource,
            getattr(resource, case.op),
            tag="red",
            extra_headers={"X-Trace": "t-1"},
            extra_query={"trace": "q-1"},
            **case.args,
        )
        items = list(
            paging.paginate(case.style(paging), fetch, *([case.items] if case.items else []))
        )
        assert len(items) == len(ITEMS)
        seen = api.server.requests()
        assert len(seen) == 3
        for request in seen:
            assert request.header("X-Trace") == "t-1"
            assert parse_qs(request.query)["trace"] == ["q-1"], request.target


def test_an_empty_page_with_a_token_goes_on(
    pkg: ModuleType, loopback: Callable[..., LoopbackServer]
) -> None:
    """Google documents empty pages mid-list that still carry a next token."""
    server = loopback()
    bodies = {
        None: {"items": [{"id": "a"}], "response_metadata": {"next_cursor": "t1"}},
        "t1": {"items": [], "response_metadata": {"next_cursor": "t2"}},
        "t2": {"items": [{"id": "b"}], "response_metadata": {}},
    }
    server.respond = lambda r: Answer(200, bodies[parse_qs(r.query).get("cursor", [None])[0]])  # type: ignore[index]
    resource = pkg.PagingDemo(bearer_auth=TOKEN, server_url=server.url, max_retries=0).default
    paging = pkg._pagination
    style = paging.CursorPaging("cursor", ("response_metadata", "next_cursor"))
    page = paging.paginate(style, paging.fetcher(resource, resource.list_cursor), lambda p: p.items)
    assert [item.id for item in page] == ["a", "b"]
    assert len(server.requests()) == 3


def test_offset_style_starts_at_the_callers_offset_and_advances_by_page_length(
    pkg: ModuleType, api: FakeAPI
) -> None:
    paging = pkg._pagination
    resource = _client(pkg, api)
    style = paging.OffsetPaging(start=2, size=2)
    items = list(paging.paginate(style, paging.fetcher(resource, resource.list_offset, tag="red")))
    assert [item.id for item in items] == ITEMS[2:]
    offsets = [parse_qs(r.query)["offset"] for r in api.server.requests()]
    assert offsets == [["2"], ["4"], ["6"]]  # 2 + 2 + 1 items: the short page ends it


def test_bad_style_arguments(pkg: ModuleType) -> None:
    paging = pkg._pagination
    with pytest.raises(ValueError, match="limit"):
        paging.OffsetPaging(size=0)
    with pytest.raises(ValueError, match="offset"):
        paging.OffsetPaging(start=-1)
    with pytest.raises(ValueError, match="max_pages"):
        paging.LinkHeaderPaging(max_pages=0)


# -- the pieces, directly -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            '<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=9>; '
            'rel="last"',
            [
                ("https://api.github.com/x?page=2", "next"),
                ("https://api.github.com/x?page=9", "last"),
            ],
        ),
        # commas and semicolons inside quotes and inside <...>; several rel values; case
        ('</a?x=1,2;3>; title="p, q; r"; REL="prev  NEXT"', [("/a?x=1,2;3", "prev  NEXT")]),
        # a token (unquoted) value, an escaped quote, a parameter without value, extra spaces
        (
            ' <b> ;rel=next ; hreflang ; title="say \\"hi\\"" ,<c>;rel=last',
            [("b", "next"), ("c", "last")],
        ),
        # the first rel wins (RFC 8288 3.3); junk between links is skipped
        ("<d>; rel=next; rel=prev, garbage, <e>; rel=last", [("d", "next"), ("e", "last")]),
        ("", []),
        ("<unterminated; rel=next", []),
    ],
)
def test_link_header_parsing(pkg: ModuleType, header: str, expected: list[tuple[str, str]]) -> None:
    links = pkg._pagination.link_targets(header)
    assert [(target, params.get("rel")) for target, params in links] == expected


def test_link_paging_finds_next_among_several_rels(pkg: ModuleType) -> None:
    import httpx

    paging = pkg._pagination
    request = httpx.Request("GET", "https://h.example/v1/items?per_page=2")
    link = '<https://h.example/v1/items?page=1>; rel="prev first", <items?page=3>; rel="last next"'
    response = httpx.Response(200, headers={"Link": link}, request=request)
    info = paging.LinkHeaderPaging().next_page(paging.PageInfo(), paging.PageData(response, 2))
    assert info.url == "https://h.example/v1/items?page=3"  # relative: against the request URL
    bare = httpx.Response(200, headers={"Link": '<x>; rel="prev"'}, request=request)
    assert paging.LinkHeaderPaging().next_page(paging.PageInfo(), paging.PageData(bare, 2)) is None


def test_next_page_url_keeps_the_callers_query_once(pkg: ModuleType) -> None:
    base_client = importlib.import_module(f"{pkg.__name__}._base_client")
    own = "https://h.example/v1/items?tag=red&tags=a&tags=b&per_page=3&key=s%20k"
    assert (
        base_client.next_page_url(own, "/v1/items?page=2&per_page=3")
        == "https://h.example/v1/items?page=2&per_page=3&tag=red&tags=a&tags=b&key=s%20k"
    )
    # what the server wrote is kept as written, even a different value of the caller's filter
    assert (
        base_client.next_page_url(
            own, "https://h.example:443/v1/items?tag=blue&tags=c&key=x&per_page=3"
        )
        == "https://h.example/v1/items?tag=blue&tags=c&key=x&per_page=3"  # :443 is the default
    )
    for foreign in ("http://h.example/v1/items", "https://h.example:8443/", "//evil.example/x"):
        with pytest.raises(pkg.APIError, match="another origin"):
            base_client.next_page_url(own, foreign)


def test_dig_steps_through_json_and_models(pkg: ModuleType) -> None:
    dig = pkg._pagination.dig
    body = {"response_metadata": {"next_cursor": "abc"}, "data": [{"id": "x"}, {"id": "y"}]}
    assert dig(body, ("response_metadata", "next_cursor")) == "abc"
    assert dig(body, ("data", -1, "id")) == "y"
    assert dig(body, ("data", 5, "id")) is None
    assert dig(body, ("missing", "next_cursor")) is None
    assert dig([1, 2], ()) == [1, 2]
