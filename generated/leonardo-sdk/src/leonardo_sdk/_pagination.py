"""Pagination: every way real APIs split a list into pages, and the page objects that walk them.

A *style* (``OffsetPaging``, ``PageNumberPaging``, ``CursorPaging``, ``LinkHeaderPaging``,
``NextUrlPaging``) knows one thing: given the request that produced a page (a ``PageInfo``) and
what came back (``PageData``: the JSON body, the headers, the item count, the request URL), what
the next request is, or ``None`` at the end of the list.

A *page* (``SyncPage`` / ``AsyncPage``) holds one fetched page: ``items``, ``response`` (the
typed page body), ``has_next_page()``, ``next_page_info()``, ``get_next_page()``, ``iter_pages()``;
iterating it yields every item from this page on, fetching pages as iteration needs them.

Pages are fetched through a *fetch* callable, ``fetch(PageInfo) -> APIResponse[PageT]``: the
generated ``iter_<op>`` method builds it with ``fetcher(self, self.<op>, <the caller's arguments>)``
(``async_fetcher`` on async resources), which calls the operation's raw view with the caller's
arguments updated by ``PageInfo.params``, or sends its request to ``PageInfo.url`` (a next URL the
server gave, on the client's own origin only: see ``SyncResource._at_page``).

Every style stops on a request it already sent (a server repeating a token or URL would loop
forever) and after ``max_pages`` pages when that bound is given.
"""

from __future__ import annotations

import json
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Mapping,
    Sequence,
)
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import httpx

from ._exceptions import APIResponseValidationError, ForeignOriginError
from ._response import APIResponse

if TYPE_CHECKING:
    from ._resource import AsyncResource, SyncResource

__all__ = [
    "AsyncPage",
    "AsyncPager",
    "CursorPaging",
    "LinkHeaderPaging",
    "NextUrlPaging",
    "OffsetPaging",
    "PageData",
    "PageInfo",
    "PageNumberPaging",
    "PagingStyle",
    "SyncPage",
    "aiter_offset_pages",
    "apaginate",
    "async_fetcher",
    "dig",
    "fetcher",
    "iter_offset_pages",
    "link_targets",
    "paginate",
]

T = TypeVar("T")
ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")

Path = tuple[str | int, ...]
"""Keys into parsed JSON (or attributes of a model): ``("response_metadata", "next_cursor")``."""


# -------------------------------------------------------------------------------- reading pages


_MISSING: Any = object()


def dig(value: object, path: Path) -> Any:
    """The value at ``path`` inside ``value`` (mapping keys, sequence indexes, or attributes of a
    model), or ``None`` when any step is missing: a page that lacks a field has no next page."""
    for key in path:
        if isinstance(value, Mapping):
            mapping = cast("Mapping[object, object]", value)  # isinstance leaves items unknown
            value = mapping.get(key, _MISSING)
        elif isinstance(key, int) and isinstance(value, Sequence) and not isinstance(value, str):
            sequence = cast("Sequence[object]", value)  # likewise
            value = sequence[key] if -len(sequence) <= key < len(sequence) else _MISSING
        elif isinstance(key, str):
            value = getattr(value, key, _MISSING)
        else:
            value = _MISSING
        if value is _MISSING:
            return None
    if isinstance(value, Enum):  # a typed model's enum field compares as its wire value
        return value.value
    return value


class PageData:
    """What a style may look at to find the next page; the JSON body is parsed on first use."""

    __slots__ = ("_body", "_response", "count")

    count: int  # items on the page (as the typed page gives them)

    def __init__(self, response: httpx.Response, count: int) -> None:
        self._response = response
        self._body: Any = _MISSING
        self.count = count

    @property
    def headers(self) -> httpx.Headers:
        return self._response.headers

    @property
    def url(self) -> httpx.URL:
        """The URL of the request that produced the page (relative next URLs resolve against it)."""
        return self._response.request.url

    @property
    def request(self) -> httpx.Request:
        return self._response.request

    @property
    def body(self) -> Any:
        """The body as JSON, without decoding it into models: fields keep their wire names."""
        if self._body is _MISSING:
            try:
                self._body = json.loads(self._response.content) if self._response.content else None
            except (ValueError, RecursionError) as err:
                raise APIResponseValidationError(
                    f"a page body is not JSON ({type(err).__name__}: {err})",
                    response=self._response,
                    body=self._response.content.decode("utf-8", "replace"),
                ) from err
        return self._body


@dataclass(frozen=True)
class PageInfo:
    """The request of one page: the operation's arguments to change (``params``, by argument
    name) and, for the URL styles, the absolute URL to send it to instead of its own path."""

    params: Mapping[str, object] = field(default_factory=dict[str, object])
    url: str | None = None

    def key(self) -> tuple[str | None, str]:
        """What two requests that are the same page share (repr: values need not be hashable)."""
        return self.url, repr(sorted(self.params.items(), key=lambda item: item[0]))


# ------------------------------------------------------------------------------------- styles


class PagingStyle:
    """How one operation pages; subclasses say how a page leads to the next request."""

    max_pages: int | None = None  # stop after this many pages (None: until the list ends)

    def first(self) -> PageInfo:
        """The request of the first page: what the style adds to the caller's arguments."""
        return PageInfo()

    def next_page(self, current: PageInfo, page: PageData) -> PageInfo | None:
        """The request of the page after `page` (fetched with `current`), or None: the last."""
        raise NotImplementedError


def _check_bound(max_pages: int | None) -> int | None:
    if max_pages is not None and max_pages < 1:
        raise ValueError(f"max_pages must be at least 1, got {max_pages}")
    return max_pages


def _int_param(info: PageInfo, name: str, default: int) -> int:
    value = info.params.get(name, default)
    return value if isinstance(value, int) and not isinstance(value, bool) else default


class OffsetPaging(PagingStyle):
    """``offset`` / ``limit`` arguments: the offset advances by each page's length; a page
    shorter than ``size`` (when the size is known) or an empty one ends the list."""

    def __init__(
        self,
        offset: str = "offset",
        limit: str = "limit",
        *,
        start: int = 0,
        size: int | None = None,
        max_pages: int | None = None,
    ) -> None:
        _check(start, 1 if size is None else size)
        self.offset, self.limit, self.start, self.size = offset, limit, start, size
        self.max_pages = _check_bound(max_pages)

    def first(self) -> PageInfo:
        params: dict[str, object] = {self.offset: self.start}
        if self.size is not None:
            params[self.limit] = self.size
        return PageInfo(params)

    def next_page(self, current: PageInfo, page: PageData) -> PageInfo | None:
        if page.count == 0 or (self.size is not None and page.count < self.size):
            return None
        offset = _int_param(current, self.offset, self.start) + page.count
        return PageInfo({**current.params, self.offset: offset})


class PageNumberPaging(PagingStyle):
    """``page`` / ``per_page`` (or ``size``) arguments: the page number counts up from
    ``start``; a page shorter than ``size`` (when known) or an empty one ends the list."""

    def __init__(
        self,
        page: str = "page",
        size_param: str = "per_page",
        *,
        start: int = 1,
        size: int | None = None,
        max_pages: int | None = None,
    ) -> None:
        if size is not None and size < 1:
            raise ValueError(f"the page size must be at least 1, got {size}")
        self.page, self.size_param, self.start, self.size = page, size_param, start, size
        self.max_pages = _check_bound(max_pages)

    def first(self) -> PageInfo:
        params: dict[str, object] = {self.page: self.start}
        if self.size is not None:
            params[self.size_param] = self.size
        return PageInfo(params)

    def next_page(self, current: PageInfo, page: PageData) -> PageInfo | None:
        if page.count == 0 or (self.size is not None and page.count < self.size):
            return None
        number = _int_param(current, self.page, self.start) + 1
        return PageInfo({**current.params, self.page: number})


class CursorPaging(PagingStyle):
    """A token argument (``cursor``, ``page_token``, ``starting_after``...) set from the page.

    Either the token is found at ``token_path`` in the body (``("nextPageToken",)``,
    ``("response_metadata", "next_cursor")``): the list ends when there is none (missing, null or
    ""), and an empty page that still carries one goes on (Google documents such pages); or,
    Stripe's form (``has_more_path`` given): the list goes on while ``has_more`` is true, with the
    ``id_field`` of the page's last item (found at ``items_path`` in the body) as the token.
    ``start`` is the caller's own first token, if any.
    """

    def __init__(
        self,
        param: str = "cursor",
        token_path: Path = ("next_cursor",),
        *,
        has_more_path: Path | None = None,
        items_path: Path = ("data",),
        id_field: str = "id",
        start: object = None,
        max_pages: int | None = None,
    ) -> None:
        self.param, self.token_path, self.start = param, token_path, start
        self.has_more_path, self.items_path, self.id_field = has_more_path, items_path, id_field
        self.max_pages = _check_bound(max_pages)

    def first(self) -> PageInfo:
        return PageInfo({} if self.start is None else {self.param: self.start})

    def next_page(self, current: PageInfo, page: PageData) -> PageInfo | None:
        body = page.body
        if self.has_more_path is not None:
            if dig(body, self.has_more_path) is not True:
                return None
            items = body if self.items_path == () else dig(body, self.items_path)
            if not isinstance(items, list) or not items:
                return None  # "more" but nothing to continue after: no way to ask for it
            last = cast("list[object]", items)[-1]  # isinstance leaves the items unknown
            token = dig(last, (self.id_field,))
        else:
            token = dig(body, self.token_path)
        if token is None or token == "":
            return None
        return PageInfo({**current.params, self.param: token})


def _followed(url: object, page: PageData) -> PageInfo | None:
    """A next URL as the next request: resolved against the page's URL, on its origin only."""
    if not isinstance(url, str) or not url.strip():
        return None
    try:
        target = page.url.join(url.strip())
    except httpx.InvalidURL:
        return None  # not a URL: the list cannot go on from it
    if _origin(target) != _origin(page.url):
        scheme, host, port = _origin(target)
        raise ForeignOriginError(
            f"not following a next-page URL on another origin ({scheme}://{host}:{port}): "
            "the request would carry the client's credentials there",
            url=url,
            request=page.request,
        )
    return PageInfo(url=str(target))


_DEFAULT_PORTS = {"http": 80, "https": 443}


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return (
        url.scheme,
        url.host,
        url.port if url.port is not None else _DEFAULT_PORTS.get(url.scheme),
    )


class LinkHeaderPaging(PagingStyle):
    """RFC 8288 ``Link: <url>; rel="next"`` response headers (GitHub): the list ends on a page
    without a ``next`` link. The link is followed on the client's own origin only."""

    def __init__(self, rel: str = "next", *, max_pages: int | None = None) -> None:
        self.rel = rel.lower()
        self.max_pages = _check_bound(max_pages)

    def next_page(self, current: PageInfo, page: PageData) -> PageInfo | None:
        for value in page.headers.get_list("link"):
            for target, params in link_targets(value):
                if self.rel in params.get("rel", "").lower().split():
                    return _followed(target, page)
        return None


class NextUrlPaging(PagingStyle):
    """A next-page URL in the body at ``path``: ``next`` of Django REST framework's
    ``{count, next, previous, results}``, Azure's ``nextLink``. The list ends when it is
    missing, null or ""; it is followed on the client's own origin only."""

    def __init__(self, path: Path = ("next",), *, max_pages: int | None = None) -> None:
        self.path = path
        self.max_pages = _check_bound(max_pages)

    def next_page(self, current: PageInfo, page: PageData) -> PageInfo | None:
        return _followed(dig(page.body, self.path), page)


def link_targets(header: str) -> list[tuple[str, dict[str, str]]]:
    """The links of one ``Link`` header value (RFC 8288 section 3): ``(target, params)`` pairs,
    parameter names in lower case, quoted values unquoted (a comma or ``;`` inside quotes or
    inside ``<...>`` does not split). A malformed link is skipped, not an error."""
    links: list[tuple[str, dict[str, str]]] = []
    i, n = 0, len(header)
    while i < n:
        start = header.find("<", i)
        if start < 0:
            break
        end = header.find(">", start + 1)
        if end < 0:
            break
        target = header[start + 1 : end].strip()
        params: dict[str, str] = {}
        i = end + 1
        while i < n:
            while i < n and header[i] in " \t":
                i += 1
            if i >= n or header[i] == ",":
                i += 1
                break
            if header[i] != ";":  # junk between links: skip to the next link
                i = header.find(",", i)
                i = n if i < 0 else i + 1
                break
            i += 1
            name_start = i
            while i < n and header[i] not in "=;,":
                i += 1
            name = header[name_start:i].strip().lower().rstrip("*")
            value = ""
            if i < n and header[i] == "=":
                i += 1
                while i < n and header[i] in " \t":
                    i += 1
                if i < n and header[i] == '"':
                    i += 1
                    chars: list[str] = []
                    while i < n and header[i] != '"':
                        if header[i] == "\\" and i + 1 < n:
                            i += 1
                        chars.append(header[i])
                        i += 1
                    i += 1  # the closing quote
                    value = "".join(chars)
                else:
                    value_start = i
                    while i < n and header[i] not in ";,":
                        i += 1
                    value = header[value_start:i].strip()
            if name and name not in params:  # RFC 8288: the first occurrence of rel counts
                params[name] = value
        if target:
            links.append((target, params))
    return links


# -------------------------------------------------------------------------------------- pages


def _default_items(page: Any) -> Sequence[Any]:
    if isinstance(page, Sequence) and not isinstance(page, (str, bytes)):
        return cast("Sequence[object]", page)  # isinstance leaves the items unknown
    raise TypeError(f"a page of type {type(page).__name__} needs items=: it is not a list")


class _PageBase(Generic[ItemT, PageT]):
    """What sync and async pages share: the items, the raw response, the next page's request."""

    __slots__ = ("_info", "_items_of", "_next", "_number", "_raw", "_seen", "_style", "items")

    items: Sequence[ItemT]

    def __init__(
        self,
        style: PagingStyle,
        items_of: Callable[[PageT], Sequence[ItemT]],
        info: PageInfo,
        raw: APIResponse[PageT],
        number: int,
        seen: frozenset[tuple[str | None, str]],
    ) -> None:
        self._style = style
        self._items_of = items_of
        self._info = info
        self._raw = raw
        self._number = number  # 1 for the first page
        self._seen = seen | {info.key()}  # every request sent up to this page, for the loop stop
        self.items = items_of(raw.parse())
        self._next: PageInfo | None = _MISSING

    @property
    def response(self) -> PageT:
        """The typed page body."""
        return self._raw.parse()

    @property
    def http_response(self) -> httpx.Response:
        return self._raw.http_response

    @property
    def info(self) -> PageInfo:
        """The request that produced this page."""
        return self._info

    def next_page_info(self) -> PageInfo | None:
        """The request of the next page, or ``None`` when this is the last one: the style says
        the list ends, the next request was already sent (a server repeating itself), or
        ``max_pages`` pages were fetched. Raises ``ForeignOriginError`` when the next URL is on
        another origin."""
        if self._next is _MISSING:
            bound = self._style.max_pages
            upcoming: PageInfo | None = None
            if bound is None or self._number < bound:
                data = PageData(self._raw.http_response, len(self.items))
                upcoming = self._style.next_page(self._info, data)
                if upcoming is not None and upcoming.key() in self._seen:
                    upcoming = None
            self._next = upcoming
        return self._next

    def has_next_page(self) -> bool:
        """Whether a page follows this one (the style found its request, not seen before)."""
        return self.next_page_info() is not None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} #{self._number}: {len(self.items)} items>"


class SyncPage(_PageBase[ItemT, PageT]):
    """One fetched page; iterating it yields its items and those of every later page."""

    __slots__ = ("_fetch",)

    def __init__(
        self,
        style: PagingStyle,
        fetch: Callable[[PageInfo], APIResponse[PageT]],
        items_of: Callable[[PageT], Sequence[ItemT]],
        info: PageInfo,
        number: int = 1,
        seen: frozenset[tuple[str | None, str]] = frozenset(),
    ) -> None:
        self._fetch = fetch
        super().__init__(style, items_of, info, fetch(info), number, seen)

    def get_next_page(self) -> SyncPage[ItemT, PageT]:
        """Fetch the next page; ``RuntimeError`` when there is none (see ``has_next_page``)."""
        info = self.next_page_info()
        if info is None:
            raise RuntimeError("this is the last page: check has_next_page() first")
        return SyncPage(
            self._style, self._fetch, self._items_of, info, self._number + 1, self._seen
        )

    def iter_pages(self) -> Iterator[SyncPage[ItemT, PageT]]:
        """This page and every later one, each fetched when the iteration reaches it."""
        page = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            yield page

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_PageBase[ItemT, PageT]):
    """Async twin of ``SyncPage``: ``await page.get_next_page()``, ``async for`` over items."""

    __slots__ = ("_fetch",)

    def __init__(
        self,
        style: PagingStyle,
        fetch: Callable[[PageInfo], Awaitable[APIResponse[PageT]]],
        items_of: Callable[[PageT], Sequence[ItemT]],
        info: PageInfo,
        raw: APIResponse[PageT],
        number: int = 1,
        seen: frozenset[tuple[str | None, str]] = frozenset(),
    ) -> None:
        self._fetch = fetch
        super().__init__(style, items_of, info, raw, number, seen)

    @classmethod
    async def fetched(
        cls,
        style: PagingStyle,
        fetch: Callable[[PageInfo], Awaitable[APIResponse[PageT]]],
        items_of: Callable[[PageT], Sequence[ItemT]],
        info: PageInfo,
        number: int = 1,
        seen: frozenset[tuple[str | None, str]] = frozenset(),
    ) -> AsyncPage[ItemT, PageT]:
        """Fetch the page `info` asks for (an `async` constructor)."""
        return cls(style, fetch, items_of, info, await fetch(info), number, seen)

    async def get_next_page(self) -> AsyncPage[ItemT, PageT]:
        """Fetch the next page; ``RuntimeError`` when there is none (see ``has_next_page``)."""
        info = self.next_page_info()
        if info is None:
            raise RuntimeError("this is the last page: check has_next_page() first")
        return await AsyncPage[ItemT, PageT].fetched(
            self._style, self._fetch, self._items_of, info, self._number + 1, self._seen
        )

    async def iter_pages(self) -> AsyncIterator[AsyncPage[ItemT, PageT]]:
        """This page and every later one, each fetched when the iteration reaches it."""
        page = self
        yield page
        while page.has_next_page():
            page = await page.get_next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncPager(Generic[ItemT, PageT]):
    """What an async ``iter_<op>`` returns without awaiting: ``await`` it for the first
    ``AsyncPage``, or ``async for`` over it for every item (nothing is sent before either)."""

    __slots__ = ("_fetch", "_items_of", "_style")

    def __init__(
        self,
        style: PagingStyle,
        fetch: Callable[[PageInfo], Awaitable[APIResponse[PageT]]],
        items_of: Callable[[PageT], Sequence[ItemT]],
    ) -> None:
        self._style, self._fetch, self._items_of = style, fetch, items_of

    async def _first(self) -> AsyncPage[ItemT, PageT]:
        return await AsyncPage[ItemT, PageT].fetched(
            self._style, self._fetch, self._items_of, self._style.first()
        )

    def __await__(self) -> Generator[Any, None, AsyncPage[ItemT, PageT]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        first = await self._first()
        async for item in first:
            yield item


def paginate(
    style: PagingStyle,
    fetch: Callable[[PageInfo], APIResponse[PageT]],
    items: Callable[[PageT], Sequence[ItemT]] = _default_items,
) -> SyncPage[ItemT, PageT]:
    """Fetch the first page (``items`` picks the items of a typed page; default: the page
    itself, when it is a list)."""
    return SyncPage(style, fetch, items, style.first())


def apaginate(
    style: PagingStyle,
    fetch: Callable[[PageInfo], Awaitable[APIResponse[PageT]]],
    items: Callable[[PageT], Sequence[ItemT]] = _default_items,
) -> AsyncPager[ItemT, PageT]:
    """Async twin of ``paginate``; nothing is sent until the pager is awaited or iterated."""
    return AsyncPager(style, fetch, items)


# ------------------------------------------------------------------------------- fetch helpers


def fetcher(
    resource: SyncResource, method: Callable[..., PageT], /, *args: Any, **kwargs: Any
) -> Callable[[PageInfo], APIResponse[PageT]]:
    """The fetch callable of ``resource.<method>`` called with the caller's ``args`` and
    ``kwargs``: each page calls the method's raw view with ``kwargs`` updated by the page's
    ``params``, sent to the page's ``url`` when it has one."""
    name = method.__name__

    def fetch(info: PageInfo) -> APIResponse[PageT]:
        # `_at_page` is the runtime's own (private to users, not to the runtime)
        view = resource._at_page(info.url)  # pyright: ignore[reportPrivateUsage]
        raw_method: Callable[..., APIResponse[PageT]] = getattr(view, name)
        return raw_method(*args, **{**kwargs, **info.params})

    return fetch


def async_fetcher(
    resource: AsyncResource, method: Callable[..., Awaitable[PageT]], /, *args: Any, **kwargs: Any
) -> Callable[[PageInfo], Awaitable[APIResponse[PageT]]]:
    """Async twin of ``fetcher``."""
    name = method.__name__

    async def fetch(info: PageInfo) -> APIResponse[PageT]:
        raw_method: Callable[..., Awaitable[APIResponse[PageT]]] = getattr(
            resource._at_page(info.url),  # pyright: ignore[reportPrivateUsage] (as above)
            name,
        )
        return await raw_method(*args, **{**kwargs, **info.params})

    return fetch


# ---------------------------------------------------- offset helpers (used by generated code)


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
