"""Operations of the default resource."""

# The raw and streaming views build their resource from the viewed one's `_client`:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from .._base_client import Endpoint, RequestOptions, ResponseSpec
from .._resource import (
    AsyncResource,
    SyncResource,
    as_raw,
    as_raw_async,
    as_streamed,
    as_streamed_async,
)
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes
from ..models.node import Node

_GET_TREE: Endpoint[Node] = Endpoint(
    method="GET",
    path="/tree",
    responses={
        "200": ResponseSpec("json", Node.from_dict),
    },
    errors={},
    security=(),
    idempotent=True,
)


class DefaultResource(SyncResource):
    """default operations."""

    @property
    def with_raw_response(self) -> DefaultResourceWithRawResponse:
        """The same operations, returning the raw `APIResponse` (status, headers, `.parse()`)."""
        return DefaultResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> DefaultResourceWithStreamingResponse:
        """The same operations as `with` blocks: the body is streamed, closed on exit."""
        return DefaultResourceWithStreamingResponse(self)

    def get_tree(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> Node:
        """getTree

        Args:
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            Node: A recursive structure.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return self._call(
            _GET_TREE,
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )


class DefaultResourceWithRawResponse:
    """Operations of DefaultResource that return `APIResponse[...]`."""

    def __init__(self, resource: DefaultResource) -> None:
        raw = DefaultResource(resource._client, raw=True)
        self.get_tree = as_raw(raw.get_tree)


class DefaultResourceWithStreamingResponse:
    """Operations of DefaultResource as context managers of a streamed response."""

    def __init__(self, resource: DefaultResource) -> None:
        streamed = DefaultResource(resource._client, stream=True)
        self.get_tree = as_streamed(streamed.get_tree)


class AsyncDefaultResource(AsyncResource):
    """default operations."""

    @property
    def with_raw_response(self) -> AsyncDefaultResourceWithRawResponse:
        """The same operations, returning the raw `APIResponse` (status, headers, `.parse()`)."""
        return AsyncDefaultResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncDefaultResourceWithStreamingResponse:
        """The same operations as `async with` blocks: the body is streamed, closed on exit."""
        return AsyncDefaultResourceWithStreamingResponse(self)

    async def get_tree(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> Node:
        """getTree

        Args:
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            Node: A recursive structure.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return await self._call(
            _GET_TREE,
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )


class AsyncDefaultResourceWithRawResponse:
    """Operations of AsyncDefaultResource that return `APIResponse[...]`."""

    def __init__(self, resource: AsyncDefaultResource) -> None:
        raw = AsyncDefaultResource(resource._client, raw=True)
        self.get_tree = as_raw_async(raw.get_tree)


class AsyncDefaultResourceWithStreamingResponse:
    """Operations of AsyncDefaultResource as context managers of a streamed response."""

    def __init__(self, resource: AsyncDefaultResource) -> None:
        streamed = AsyncDefaultResource(resource._client, stream=True)
        self.get_tree = as_streamed_async(streamed.get_tree)
