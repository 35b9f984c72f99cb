"""Hand-written stand-in for a generated ``_client.py``: models, endpoints, resources, clients."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._base_client import (
    AsyncAPIClient,
    Endpoint,
    RequestOptions,
    ResponseSpec,
    SecurityScheme,
    SyncAPIClient,
)
from ._pagination import aiter_offset_pages, iter_offset_pages
from ._response import APIResponse
from ._types import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes

# ---------------------------------------------------------------------------------- models


@dataclass
class Item:
    id: str
    name: str
    tags: list[str] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: Any) -> Item:
        return cls(id=str(data["id"]), name=str(data["name"]), tags=list(data.get("tags", [])))


@dataclass
class ErrorModel:
    code: str
    message: str

    @classmethod
    def from_dict(cls, data: Any) -> ErrorModel:
        return cls(code=str(data["code"]), message=str(data["message"]))


def _item_list(data: Any) -> list[Item]:
    return [Item.from_dict(entry) for entry in data]


# ------------------------------------------------------------------------------- endpoints

_AUTH = (("bearerAuth",),)
_ERRORS = {"404": ErrorModel.from_dict, "4XX": ErrorModel.from_dict}

GET_ITEM: Endpoint[Item] = Endpoint(
    method="GET",
    path="/items/{item_id}",
    responses={"200": ResponseSpec("json", Item.from_dict)},
    errors=_ERRORS,
    security=_AUTH,
    idempotent=True,
)
LIST_ITEMS: Endpoint[list[Item]] = Endpoint(
    method="GET",
    path="/items",
    responses={"2XX": ResponseSpec("json", _item_list)},
    errors={"default": ErrorModel.from_dict},
    security=_AUTH,
    idempotent=True,
)
CREATE_ITEM: Endpoint[Item] = Endpoint(
    method="POST",
    path="/items",
    responses={"201": ResponseSpec("json", Item.from_dict)},
    errors=_ERRORS,
    security=_AUTH,
    idempotent=False,
)
DELETE_ITEM: Endpoint[None] = Endpoint(
    method="DELETE",
    path="/items/{item_id}",
    responses={"204": ResponseSpec("empty")},
    errors=_ERRORS,
    security=_AUTH,
    idempotent=True,
)
GET_HEALTH: Endpoint[str] = Endpoint(
    method="GET",
    path="/health",
    responses={"200": ResponseSpec("text")},
    errors={},
    security=(),
    idempotent=True,
)
DOWNLOAD: Endpoint[bytes] = Endpoint(
    method="GET",
    path="/files/{path}",
    responses={"200": ResponseSpec("bytes")},
    errors={},
    security=_AUTH,
    idempotent=True,
)


def _options(
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: TimeoutTypes | NotGiven,
    max_retries: int | NotGiven,
    idempotency_key: str | None = None,
) -> RequestOptions:
    return RequestOptions.of(  # as generated methods do
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        max_retries=max_retries,
        idempotency_key=idempotency_key,
    )


# ------------------------------------------------------------------------------- resources


class Items:
    def __init__(self, client: Demo) -> None:
        self._client = client

    def get(
        self,
        item_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Item:
        return self._client.request(
            GET_ITEM,
            path_params={"item_id": item_id},
            options=_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def get_raw(self, item_id: str) -> APIResponse[Item]:
        return self._client.request_raw(GET_ITEM, path_params={"item_id": item_id})

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        tags: Sequence[str] | None = None,
        archived: bool | None = None,
        x_trace_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[Item]:
        return self._client.request(
            LIST_ITEMS,
            query={"offset": offset, "limit": limit, "tags": tags, "archived": archived},
            headers={"X-Trace-Id": x_trace_id} if x_trace_id is not None else None,
            options=_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def iter_all(self, *, page_size: int = 100) -> Iterator[Item]:
        return iter_offset_pages(
            lambda offset, limit: self.list(offset=offset, limit=limit),
            offset=0,
            limit=page_size,
        )

    def create(
        self,
        *,
        name: str,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Item:
        body: dict[str, object] = {"name": name}
        if not isinstance(tags, NotGiven):
            body["tags"] = list(tags)
        return self._client.request(
            CREATE_ITEM,
            json=body,
            options=_options(
                extra_headers, extra_query, extra_body, timeout, max_retries, idempotency_key
            ),
        )

    def delete(self, item_id: str) -> None:
        return self._client.request(DELETE_ITEM, path_params={"item_id": item_id})


class AsyncItems:
    def __init__(self, client: AsyncDemo) -> None:
        self._client = client

    async def get(
        self,
        item_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Item:
        return await self._client.request(
            GET_ITEM,
            path_params={"item_id": item_id},
            options=_options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def get_raw(self, item_id: str) -> APIResponse[Item]:
        return await self._client.request_raw(GET_ITEM, path_params={"item_id": item_id})

    async def list(self, *, offset: int | None = None, limit: int | None = None) -> list[Item]:
        return await self._client.request(LIST_ITEMS, query={"offset": offset, "limit": limit})

    def iter_all(self, *, page_size: int = 100) -> AsyncIterator[Item]:
        return aiter_offset_pages(
            lambda offset, limit: self.list(offset=offset, limit=limit),
            offset=0,
            limit=page_size,
        )

    async def create(self, *, name: str, idempotency_key: str | None = None) -> Item:
        return await self._client.request(
            CREATE_ITEM,
            json={"name": name},
            options=RequestOptions(idempotency_key=idempotency_key),
        )


# --------------------------------------------------------------------------------- clients


class Demo(SyncAPIClient):
    _security_schemes = {"bearerAuth": SecurityScheme("bearer")}
    _env_vars = {"bearerAuth": "DEMO_API_KEY"}
    _credential_args = {"bearerAuth": "api_key"}
    _default_base_url = "https://api.demo.test/v1"
    _user_agent = "demo-sdk/1.2.3"
    _log_env_var = "DEMO_LOG"

    def __init__(
        self,
        *,
        api_key: str | None = None,
        server_url: str | None = None,
        http_client: httpx.Client | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = 2,
        default_headers: Mapping[str, str] | None = None,
        before_request: Sequence[Callable[[httpx.Request], None]] = (),
        after_response: Sequence[Callable[[httpx.Response], None]] = (),
        retry_non_idempotent: bool = False,
        retry_base_delay: float = 0.5,
    ) -> None:
        super().__init__(
            credentials={"bearerAuth": api_key},
            server_url=server_url,
            http_client=http_client,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            before_request=before_request,
            after_response=after_response,
            retry_non_idempotent=retry_non_idempotent,
            retry_base_delay=retry_base_delay,
        )

    @functools.cached_property
    def items(self) -> Items:
        return Items(self)

    def health(self) -> str:
        return self.request(GET_HEALTH)

    def download(self, path: str) -> bytes:
        return self.request(DOWNLOAD, path_params={"path": path})


class AsyncDemo(AsyncAPIClient):
    _security_schemes = {"bearerAuth": SecurityScheme("bearer")}
    _env_vars = {"bearerAuth": "DEMO_API_KEY"}
    _credential_args = {"bearerAuth": "api_key"}
    _default_base_url = "https://api.demo.test/v1"
    _user_agent = "demo-sdk/1.2.3"
    _log_env_var = "DEMO_LOG"

    def __init__(
        self,
        *,
        api_key: str | None = None,
        server_url: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = 2,
        default_headers: Mapping[str, str] | None = None,
        before_request: Sequence[Callable[[httpx.Request], Awaitable[None] | None]] = (),
        after_response: Sequence[Callable[[httpx.Response], Awaitable[None] | None]] = (),
        retry_non_idempotent: bool = False,
        retry_base_delay: float = 0.5,
    ) -> None:
        super().__init__(
            credentials={"bearerAuth": api_key},
            server_url=server_url,
            http_client=http_client,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            before_request=before_request,
            after_response=after_response,
            retry_non_idempotent=retry_non_idempotent,
            retry_base_delay=retry_base_delay,
        )

    @functools.cached_property
    def items(self) -> AsyncItems:
        return AsyncItems(self)

    async def health(self) -> str:
        return await self.request(GET_HEALTH)
