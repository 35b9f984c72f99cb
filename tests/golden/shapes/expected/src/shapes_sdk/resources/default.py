"""Operations of the default resource."""

# The raw and streaming views build their resource from the viewed one's `_client`:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from .._base_client import Endpoint, RequestOptions, ResponseSpec
from .._resource import (
    AsyncResource,
    AsyncStreamContext,
    SyncResource,
    as_raw,
    as_raw_async,
    as_streamed,
    as_streamed_async,
)
from .._response import APIResponse, StreamedResponse
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
        self._resource = DefaultResource(resource._client, raw=True)

    def get_tree(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[Node]:
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
            APIResponse[Node]: The response: its status and headers, `.parse()` for the decoded
                body, `.content`.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_raw(self._resource.get_tree)(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )


class DefaultResourceWithStreamingResponse:
    """Operations of DefaultResource as context managers of a streamed response."""

    def __init__(self, resource: DefaultResource) -> None:
        self._resource = DefaultResource(resource._client, stream=True)

    def get_tree(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> StreamedResponse[Node]:
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
            StreamedResponse[Node]: The response as a `with` context manager: the body is streamed
                (`.iter_bytes()`, `.parse()`) and closed on exit.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed(self._resource.get_tree)(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )


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
        self._resource = AsyncDefaultResource(resource._client, raw=True)

    async def get_tree(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[Node]:
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
            APIResponse[Node]: The response: its status and headers, `.parse()` for the decoded
                body, `.content`.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return await as_raw_async(self._resource.get_tree)(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )


class AsyncDefaultResourceWithStreamingResponse:
    """Operations of AsyncDefaultResource as context managers of a streamed response."""

    def __init__(self, resource: AsyncDefaultResource) -> None:
        self._resource = AsyncDefaultResource(resource._client, stream=True)

    def get_tree(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> AsyncStreamContext[Node]:
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
            AsyncStreamContext[Node]: The response as an `async with` context manager: the request
                is sent on entry, the body streamed and closed on exit.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed_async(self._resource.get_tree)(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
