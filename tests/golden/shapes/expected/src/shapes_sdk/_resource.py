"""Base classes of generated resources, and the typed view that returns raw responses.

A resource method states its endpoint and arguments and calls `_call`. The raw view is the same
resource class built with `raw=True`, so `client.x.with_raw_response.op(...)` shares every line of
the operation's code and differs only in the return type, which `as_raw` spells for type checkers.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import ParamSpec, TypeVar, cast

from ._base_client import AsyncAPIClient, Endpoint, RequestOptions, SyncAPIClient
from ._response import APIResponse
from ._types import NOT_GIVEN, NotGiven

T = TypeVar("T")
P = ParamSpec("P")


class SyncResource:
    def __init__(self, client: SyncAPIClient, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    def _call(
        self,
        endpoint: Endpoint[T],
        *,
        options: RequestOptions,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        json: object | NotGiven = NOT_GIVEN,
    ) -> T:
        if self._raw:
            raw = self._client.request_raw(
                endpoint,
                path_params=path_params,
                query=query,
                headers=headers,
                json=json,
                options=options,
            )
            return cast(T, raw)
        return self._client.request(
            endpoint,
            path_params=path_params,
            query=query,
            headers=headers,
            json=json,
            options=options,
        )


class AsyncResource:
    def __init__(self, client: AsyncAPIClient, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    async def _call(
        self,
        endpoint: Endpoint[T],
        *,
        options: RequestOptions,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        json: object | NotGiven = NOT_GIVEN,
    ) -> T:
        if self._raw:
            raw = await self._client.request_raw(
                endpoint,
                path_params=path_params,
                query=query,
                headers=headers,
                json=json,
                options=options,
            )
            return cast(T, raw)
        return await self._client.request(
            endpoint,
            path_params=path_params,
            query=query,
            headers=headers,
            json=json,
            options=options,
        )


def as_raw(method: Callable[P, T]) -> Callable[P, APIResponse[T]]:
    """Retype a method of a `raw=True` resource: it returns the `APIResponse`, not the model."""
    return cast(Callable[P, APIResponse[T]], method)


def as_raw_async(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[APIResponse[T]]]:
    return cast(Callable[P, Awaitable[APIResponse[T]]], method)


__all__ = ["AsyncResource", "SyncResource", "as_raw", "as_raw_async"]
