"""Base classes of generated resources, and the typed views for raw and streamed responses.

A resource method states its endpoint and arguments and calls `_call`. The raw view is the same
resource class built with `raw=True`, so `client.x.with_raw_response.op(...)` shares every line of
the operation's code and differs only in the return type, which `as_raw` spells for type checkers.
The streaming view (`stream=True`) works the same way: `client.x.with_streaming_response.op(...)`
gives a context manager closing the response on exit (sync: a `StreamedResponse`, the request is
sent by the call; async: an `AsyncStreamContext` that sends it on entering `async with`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, cast

from ._base_client import AsyncAPIClient, Endpoint, RequestOptions, SyncAPIClient
from ._response import APIResponse, AsyncStreamedResponse, StreamedResponse
from ._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from typing_extensions import Self

T = TypeVar("T")
P = ParamSpec("P")


def _resource_repr(resource: object, client: object, raw: bool, stream: bool) -> str:
    """``GenerationResource(client=Leonardo(base_url=...))``; the views say which they are."""
    view = ", raw=True" if raw else ", stream=True" if stream else ""
    return f"{type(resource).__name__}(client={client!r}{view})"


class SyncResource:
    """The base of the generated resource classes: sends their operations through the client
    (as they are, or as raw or streamed responses for the `with_*_response` views)."""

    # A next-page URL given by the server: the calls of this (raw) view go there instead of the
    # endpoint's path and query (see `_at_page`, used by the pagination runtime).
    _page_url: str | None = None

    def __init__(self, client: SyncAPIClient, *, raw: bool = False, stream: bool = False) -> None:
        self._client = client
        self._raw = raw
        self._stream = stream

    def _at_page(self, url: str | None) -> Self:
        """A raw view of this resource whose calls go to ``url`` (a next-page URL on the
        client's origin) when one is given, else to the endpoint's own path."""
        view = type(self)(self._client, raw=True)
        view._page_url = url
        return view

    def __repr__(self) -> str:
        return _resource_repr(self, self._client, self._raw, self._stream)

    def _call(
        self,
        endpoint: Endpoint[T],
        *,
        options: RequestOptions,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        body: object | NotGiven = NOT_GIVEN,
        content_type: str | None = None,
        json: object | NotGiven = NOT_GIVEN,
    ) -> T:
        if self._stream or self._raw:
            args: dict[str, Any] = {
                "path_params": path_params,
                "query": query,
                "headers": headers,
                "cookies": cookies,
                "body": body,
                "content_type": content_type,
                "json": json,
                "options": options,
            }
            if self._page_url is not None:
                return cast(T, self._client.request_url(endpoint, self._page_url, **args))
            if self._stream:
                return cast(T, self._client.request_stream(endpoint, **args))
            return cast(T, self._client.request_raw(endpoint, **args))
        return self._client.request(
            endpoint,
            path_params=path_params,
            query=query,
            headers=headers,
            cookies=cookies,
            body=body,
            content_type=content_type,
            json=json,
            options=options,
        )


class AsyncResource:
    """The base of the generated async resource classes (see `SyncResource`)."""

    # A next-page URL given by the server: the calls of this (raw) view go there instead of the
    # endpoint's path and query (see `_at_page`, used by the pagination runtime).
    _page_url: str | None = None

    def __init__(self, client: AsyncAPIClient, *, raw: bool = False, stream: bool = False) -> None:
        self._client = client
        self._raw = raw
        self._stream = stream

    def _at_page(self, url: str | None) -> Self:
        """A raw view of this resource whose calls go to ``url`` (a next-page URL on the
        client's origin) when one is given, else to the endpoint's own path."""
        view = type(self)(self._client, raw=True)
        view._page_url = url
        return view

    def __repr__(self) -> str:
        return _resource_repr(self, self._client, self._raw, self._stream)

    async def _call(
        self,
        endpoint: Endpoint[T],
        *,
        options: RequestOptions,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        body: object | NotGiven = NOT_GIVEN,
        content_type: str | None = None,
        json: object | NotGiven = NOT_GIVEN,
    ) -> T:
        if self._stream or self._raw:
            args: dict[str, Any] = {
                "path_params": path_params,
                "query": query,
                "headers": headers,
                "cookies": cookies,
                "body": body,
                "content_type": content_type,
                "json": json,
                "options": options,
            }
            if self._page_url is not None:
                return cast(T, await self._client.request_url(endpoint, self._page_url, **args))
            if self._stream:
                return cast(T, await self._client.request_stream(endpoint, **args))
            return cast(T, await self._client.request_raw(endpoint, **args))
        return await self._client.request(
            endpoint,
            path_params=path_params,
            query=query,
            headers=headers,
            cookies=cookies,
            body=body,
            content_type=content_type,
            json=json,
            options=options,
        )


def as_raw(method: Callable[P, T]) -> Callable[P, APIResponse[T]]:
    """Retype a method of a `raw=True` resource: it returns the `APIResponse`, not the model."""
    return cast(Callable[P, APIResponse[T]], method)


def as_raw_async(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[APIResponse[T]]]:
    return cast(Callable[P, Awaitable[APIResponse[T]]], method)


def as_streamed(method: Callable[P, T]) -> Callable[P, StreamedResponse[T]]:
    """Retype a method of a `stream=True` resource: it returns a `StreamedResponse` (a context
    manager closing the response)."""
    return cast(Callable[P, StreamedResponse[T]], method)


class AsyncStreamContext(Generic[T]):
    """``async with``: sends the request on entry, closes the streamed response on exit."""

    __slots__ = ("_response", "_start")

    def __init__(self, start: Callable[[], Awaitable[T]]) -> None:
        self._start = start
        self._response: AsyncStreamedResponse[T] | None = None

    async def __aenter__(self) -> AsyncStreamedResponse[T]:
        self._response = cast(AsyncStreamedResponse[T], await self._start())
        return self._response

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            await self._response.close()


def as_streamed_async(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, AsyncStreamContext[T]]:
    """Wrap a method of a `stream=True` async resource: calling it gives an `async with`
    context manager (the coroutine is only created, and awaited, on entry)."""

    def start(*args: P.args, **kwargs: P.kwargs) -> AsyncStreamContext[T]:
        return AsyncStreamContext(lambda: method(*args, **kwargs))

    return start


__all__ = [
    "AsyncResource",
    "AsyncStreamContext",
    "SyncResource",
    "as_raw",
    "as_raw_async",
    "as_streamed",
    "as_streamed_async",
]
