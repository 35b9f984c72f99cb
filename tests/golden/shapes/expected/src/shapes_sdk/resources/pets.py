"""Operations of the pets resource."""

# The raw and streaming views build their resource from the viewed one's `_client`:
# private to the package, not to each class.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from datetime import date

from .._base_client import Endpoint, RequestOptions, ResponseSpec
from .._pagination import (
    AsyncPager,
    OffsetPaging,
    SyncPage,
    apaginate,
    async_fetcher,
    fetcher,
    paginate,
)
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
from .._serde import encode_base64, format_date
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes
from ..models.kind import Kind
from ..models.list_pets_response import ListPetsResponse
from ..models.pet import Pet
from ..models.problem import Problem

_LIST_PETS: Endpoint[ListPetsResponse] = Endpoint(
    method="GET",
    path="/pets",
    responses={
        "200": ResponseSpec("json", ListPetsResponse.from_dict),
    },
    errors={},
    security=(("apiKey",),),
    idempotent=True,
)

_CREATE_PET: Endpoint[Pet] = Endpoint(
    method="POST",
    path="/pets",
    responses={
        "201": ResponseSpec("json", Pet.from_dict),
    },
    errors={
        "422": Problem.from_dict,
    },
    security=(("apiKey",),),
    idempotent=False,
)

_DELETE_PET: Endpoint[None] = Endpoint(
    method="DELETE",
    path="/pets/{petId}",
    responses={
        "204": ResponseSpec("empty"),
    },
    errors={},
    security=(("apiKey",),),
    idempotent=True,
)


class PetsResource(SyncResource):
    """pets operations."""

    @property
    def with_raw_response(self) -> PetsResourceWithRawResponse:
        """The same operations, returning the raw `APIResponse` (status, headers, `.parse()`)."""
        return PetsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> PetsResourceWithStreamingResponse:
        """The same operations as `with` blocks: the body is streamed, closed on exit."""
        return PetsResourceWithStreamingResponse(self)

    def list_pets(
        self,
        *,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        kind: Kind | str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> ListPetsResponse:
        """listPets

        Args:
            offset: The `offset` query parameter. Defaults to `0`.
            limit: The `limit` query parameter. Defaults to `20`.
            kind: The `kind` query parameter. Allowed values: `"cat"`, `"dog"`, `"3-legged"`, `\""`.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            ListPetsResponse: A page of pets.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return self._call(
            _LIST_PETS,
            query={
                "offset": offset,
                "limit": limit,
                "kind": kind,
            },
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def iter_pets(
        self,
        *,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        kind: Kind | str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> SyncPage[Pet, ListPetsResponse]:
        """Every item across the pages of list_pets. Iterate the returned page (`for` / `async for`)
        for all items, fetched as the loop needs them, or use it as a page: `.items`,
        `.has_next_page()`, `.get_next_page()`, `.iter_pages()`. Pages: the offset advances by each
        page's size; a short or empty page ends the list; a page seen before also ends it.

        Args:
            offset: The `offset` query parameter. Defaults to `0`.
            limit: The `limit` query parameter. Defaults to `20`.
            kind: The `kind` query parameter. Allowed values: `"cat"`, `"dog"`, `"3-legged"`, `\""`.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return paginate(
            OffsetPaging(
                "offset",
                "limit",
                start=0 if isinstance(offset, NotGiven) else offset,
                size=20 if isinstance(limit, NotGiven) else limit,
            ),
            fetcher(
                self,
                self.list_pets,
                kind=kind,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
            items=lambda _page: _page.items or [],
        )

    def create_pet(
        self,
        *,
        name: str,
        kind: Kind | str,
        tag: str | None | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        user_id_2: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN,
        birthday: date | NotGiven = NOT_GIVEN,
        photo: bytes | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> Pet:
        """createPet

        Args:
            name: Name with "quotes", a \\ backslash and \x7b{ braces }}.
            kind: The `kind` property of the request body. Allowed values: `"cat"`, `"dog"`,
                `"3-legged"`, `\""`.
            tag: The `tag` property of the request body.
            class_: A Python keyword as a name.
            user_id_2: The `userId` property of the request body.
            user_id: The `user_id` property of the request body.
            birthday: The `birthday` property of the request body.
            photo: The `photo` property of the request body.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            Pet: Created.

        Raises:
            UnprocessableEntityError: HTTP 422: Invalid..
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        _body: dict[str, object] = {}
        _body["name"] = name
        _body["kind"] = kind
        if not isinstance(tag, NotGiven):
            _body["tag"] = tag
        if not isinstance(class_, NotGiven):
            _body["class"] = class_
        if not isinstance(user_id_2, NotGiven):
            _body["userId"] = user_id_2
        if not isinstance(user_id, NotGiven):
            _body["user_id"] = user_id
        if not isinstance(birthday, NotGiven):
            _body["birthday"] = format_date(birthday)
        if not isinstance(photo, NotGiven):
            _body["photo"] = encode_base64(photo)
        return self._call(
            _CREATE_PET,
            body=_body,
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def delete_pet(
        self,
        pet_id: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> None:
        """deletePet

        Args:
            pet_id: The `petId` path parameter.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            None: Deleted.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return self._call(
            _DELETE_PET,
            path_params={
                "petId": pet_id,
            },
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )


class PetsResourceWithRawResponse:
    """Operations of PetsResource that return `APIResponse[...]`."""

    def __init__(self, resource: PetsResource) -> None:
        self._resource = PetsResource(resource._client, raw=True)

    def list_pets(
        self,
        *,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        kind: Kind | str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[ListPetsResponse]:
        """listPets

        Args:
            offset: The `offset` query parameter. Defaults to `0`.
            limit: The `limit` query parameter. Defaults to `20`.
            kind: The `kind` query parameter. Allowed values: `"cat"`, `"dog"`, `"3-legged"`, `\""`.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            APIResponse[ListPetsResponse]: The response: its status and headers, `.parse()` for the
                decoded body, `.content`.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_raw(self._resource.list_pets)(
            offset=offset,
            limit=limit,
            kind=kind,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def create_pet(
        self,
        *,
        name: str,
        kind: Kind | str,
        tag: str | None | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        user_id_2: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN,
        birthday: date | NotGiven = NOT_GIVEN,
        photo: bytes | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[Pet]:
        """createPet

        Args:
            name: Name with "quotes", a \\ backslash and \x7b{ braces }}.
            kind: The `kind` property of the request body. Allowed values: `"cat"`, `"dog"`,
                `"3-legged"`, `\""`.
            tag: The `tag` property of the request body.
            class_: A Python keyword as a name.
            user_id_2: The `userId` property of the request body.
            user_id: The `user_id` property of the request body.
            birthday: The `birthday` property of the request body.
            photo: The `photo` property of the request body.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            APIResponse[Pet]: The response: its status and headers, `.parse()` for the decoded body,
                `.content`.

        Raises:
            UnprocessableEntityError: HTTP 422: Invalid..
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_raw(self._resource.create_pet)(
            name=name,
            kind=kind,
            tag=tag,
            class_=class_,
            user_id_2=user_id_2,
            user_id=user_id,
            birthday=birthday,
            photo=photo,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def delete_pet(
        self,
        pet_id: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[None]:
        """deletePet

        Args:
            pet_id: The `petId` path parameter.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            APIResponse[None]: The response: its status and headers, `.parse()` for the decoded
                body, `.content`.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_raw(self._resource.delete_pet)(
            pet_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )


class PetsResourceWithStreamingResponse:
    """Operations of PetsResource as context managers of a streamed response."""

    def __init__(self, resource: PetsResource) -> None:
        self._resource = PetsResource(resource._client, stream=True)

    def list_pets(
        self,
        *,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        kind: Kind | str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> StreamedResponse[ListPetsResponse]:
        """listPets

        Args:
            offset: The `offset` query parameter. Defaults to `0`.
            limit: The `limit` query parameter. Defaults to `20`.
            kind: The `kind` query parameter. Allowed values: `"cat"`, `"dog"`, `"3-legged"`, `\""`.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            StreamedResponse[ListPetsResponse]: The response as a `with` context manager: the body
                is streamed (`.iter_bytes()`, `.parse()`) and closed on exit.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed(self._resource.list_pets)(
            offset=offset,
            limit=limit,
            kind=kind,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def create_pet(
        self,
        *,
        name: str,
        kind: Kind | str,
        tag: str | None | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        user_id_2: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN,
        birthday: date | NotGiven = NOT_GIVEN,
        photo: bytes | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> StreamedResponse[Pet]:
        """createPet

        Args:
            name: Name with "quotes", a \\ backslash and \x7b{ braces }}.
            kind: The `kind` property of the request body. Allowed values: `"cat"`, `"dog"`,
                `"3-legged"`, `\""`.
            tag: The `tag` property of the request body.
            class_: A Python keyword as a name.
            user_id_2: The `userId` property of the request body.
            user_id: The `user_id` property of the request body.
            birthday: The `birthday` property of the request body.
            photo: The `photo` property of the request body.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            StreamedResponse[Pet]: The response as a `with` context manager: the body is streamed
                (`.iter_bytes()`, `.parse()`) and closed on exit.

        Raises:
            UnprocessableEntityError: HTTP 422: Invalid..
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed(self._resource.create_pet)(
            name=name,
            kind=kind,
            tag=tag,
            class_=class_,
            user_id_2=user_id_2,
            user_id=user_id,
            birthday=birthday,
            photo=photo,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def delete_pet(
        self,
        pet_id: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> StreamedResponse[None]:
        """deletePet

        Args:
            pet_id: The `petId` path parameter.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            StreamedResponse[None]: The response as a `with` context manager: the body is streamed
                (`.iter_bytes()`, `.parse()`) and closed on exit.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed(self._resource.delete_pet)(
            pet_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )


class AsyncPetsResource(AsyncResource):
    """pets operations."""

    @property
    def with_raw_response(self) -> AsyncPetsResourceWithRawResponse:
        """The same operations, returning the raw `APIResponse` (status, headers, `.parse()`)."""
        return AsyncPetsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncPetsResourceWithStreamingResponse:
        """The same operations as `async with` blocks: the body is streamed, closed on exit."""
        return AsyncPetsResourceWithStreamingResponse(self)

    async def list_pets(
        self,
        *,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        kind: Kind | str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> ListPetsResponse:
        """listPets

        Args:
            offset: The `offset` query parameter. Defaults to `0`.
            limit: The `limit` query parameter. Defaults to `20`.
            kind: The `kind` query parameter. Allowed values: `"cat"`, `"dog"`, `"3-legged"`, `\""`.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            ListPetsResponse: A page of pets.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return await self._call(
            _LIST_PETS,
            query={
                "offset": offset,
                "limit": limit,
                "kind": kind,
            },
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    def iter_pets(
        self,
        *,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        kind: Kind | str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> AsyncPager[Pet, ListPetsResponse]:
        """Every item across the pages of list_pets. Iterate the returned page (`for` / `async for`)
        for all items, fetched as the loop needs them, or use it as a page: `.items`,
        `.has_next_page()`, `.get_next_page()`, `.iter_pages()`. Pages: the offset advances by each
        page's size; a short or empty page ends the list; a page seen before also ends it.

        Args:
            offset: The `offset` query parameter. Defaults to `0`.
            limit: The `limit` query parameter. Defaults to `20`.
            kind: The `kind` query parameter. Allowed values: `"cat"`, `"dog"`, `"3-legged"`, `\""`.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return apaginate(
            OffsetPaging(
                "offset",
                "limit",
                start=0 if isinstance(offset, NotGiven) else offset,
                size=20 if isinstance(limit, NotGiven) else limit,
            ),
            async_fetcher(
                self,
                self.list_pets,
                kind=kind,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
            items=lambda _page: _page.items or [],
        )

    async def create_pet(
        self,
        *,
        name: str,
        kind: Kind | str,
        tag: str | None | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        user_id_2: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN,
        birthday: date | NotGiven = NOT_GIVEN,
        photo: bytes | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> Pet:
        """createPet

        Args:
            name: Name with "quotes", a \\ backslash and \x7b{ braces }}.
            kind: The `kind` property of the request body. Allowed values: `"cat"`, `"dog"`,
                `"3-legged"`, `\""`.
            tag: The `tag` property of the request body.
            class_: A Python keyword as a name.
            user_id_2: The `userId` property of the request body.
            user_id: The `user_id` property of the request body.
            birthday: The `birthday` property of the request body.
            photo: The `photo` property of the request body.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            Pet: Created.

        Raises:
            UnprocessableEntityError: HTTP 422: Invalid..
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        _body: dict[str, object] = {}
        _body["name"] = name
        _body["kind"] = kind
        if not isinstance(tag, NotGiven):
            _body["tag"] = tag
        if not isinstance(class_, NotGiven):
            _body["class"] = class_
        if not isinstance(user_id_2, NotGiven):
            _body["userId"] = user_id_2
        if not isinstance(user_id, NotGiven):
            _body["user_id"] = user_id
        if not isinstance(birthday, NotGiven):
            _body["birthday"] = format_date(birthday)
        if not isinstance(photo, NotGiven):
            _body["photo"] = encode_base64(photo)
        return await self._call(
            _CREATE_PET,
            body=_body,
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )

    async def delete_pet(
        self,
        pet_id: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> None:
        """deletePet

        Args:
            pet_id: The `petId` path parameter.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            None: Deleted.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return await self._call(
            _DELETE_PET,
            path_params={
                "petId": pet_id,
            },
            options=RequestOptions.of(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
            ),
        )


class AsyncPetsResourceWithRawResponse:
    """Operations of AsyncPetsResource that return `APIResponse[...]`."""

    def __init__(self, resource: AsyncPetsResource) -> None:
        self._resource = AsyncPetsResource(resource._client, raw=True)

    async def list_pets(
        self,
        *,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        kind: Kind | str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[ListPetsResponse]:
        """listPets

        Args:
            offset: The `offset` query parameter. Defaults to `0`.
            limit: The `limit` query parameter. Defaults to `20`.
            kind: The `kind` query parameter. Allowed values: `"cat"`, `"dog"`, `"3-legged"`, `\""`.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            APIResponse[ListPetsResponse]: The response: its status and headers, `.parse()` for the
                decoded body, `.content`.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return await as_raw_async(self._resource.list_pets)(
            offset=offset,
            limit=limit,
            kind=kind,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    async def create_pet(
        self,
        *,
        name: str,
        kind: Kind | str,
        tag: str | None | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        user_id_2: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN,
        birthday: date | NotGiven = NOT_GIVEN,
        photo: bytes | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[Pet]:
        """createPet

        Args:
            name: Name with "quotes", a \\ backslash and \x7b{ braces }}.
            kind: The `kind` property of the request body. Allowed values: `"cat"`, `"dog"`,
                `"3-legged"`, `\""`.
            tag: The `tag` property of the request body.
            class_: A Python keyword as a name.
            user_id_2: The `userId` property of the request body.
            user_id: The `user_id` property of the request body.
            birthday: The `birthday` property of the request body.
            photo: The `photo` property of the request body.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            APIResponse[Pet]: The response: its status and headers, `.parse()` for the decoded body,
                `.content`.

        Raises:
            UnprocessableEntityError: HTTP 422: Invalid..
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return await as_raw_async(self._resource.create_pet)(
            name=name,
            kind=kind,
            tag=tag,
            class_=class_,
            user_id_2=user_id_2,
            user_id=user_id,
            birthday=birthday,
            photo=photo,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    async def delete_pet(
        self,
        pet_id: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> APIResponse[None]:
        """deletePet

        Args:
            pet_id: The `petId` path parameter.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            APIResponse[None]: The response: its status and headers, `.parse()` for the decoded
                body, `.content`.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return await as_raw_async(self._resource.delete_pet)(
            pet_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )


class AsyncPetsResourceWithStreamingResponse:
    """Operations of AsyncPetsResource as context managers of a streamed response."""

    def __init__(self, resource: AsyncPetsResource) -> None:
        self._resource = AsyncPetsResource(resource._client, stream=True)

    def list_pets(
        self,
        *,
        offset: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        kind: Kind | str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> AsyncStreamContext[ListPetsResponse]:
        """listPets

        Args:
            offset: The `offset` query parameter. Defaults to `0`.
            limit: The `limit` query parameter. Defaults to `20`.
            kind: The `kind` query parameter. Allowed values: `"cat"`, `"dog"`, `"3-legged"`, `\""`.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            AsyncStreamContext[ListPetsResponse]: The response as an `async with` context manager:
                the request is sent on entry, the body streamed and closed on exit.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed_async(self._resource.list_pets)(
            offset=offset,
            limit=limit,
            kind=kind,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def create_pet(
        self,
        *,
        name: str,
        kind: Kind | str,
        tag: str | None | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        user_id_2: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN,
        birthday: date | NotGiven = NOT_GIVEN,
        photo: bytes | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> AsyncStreamContext[Pet]:
        """createPet

        Args:
            name: Name with "quotes", a \\ backslash and \x7b{ braces }}.
            kind: The `kind` property of the request body. Allowed values: `"cat"`, `"dog"`,
                `"3-legged"`, `\""`.
            tag: The `tag` property of the request body.
            class_: A Python keyword as a name.
            user_id_2: The `userId` property of the request body.
            user_id: The `user_id` property of the request body.
            birthday: The `birthday` property of the request body.
            photo: The `photo` property of the request body.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            AsyncStreamContext[Pet]: The response as an `async with` context manager: the request is
                sent on entry, the body streamed and closed on exit.

        Raises:
            UnprocessableEntityError: HTTP 422: Invalid..
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed_async(self._resource.create_pet)(
            name=name,
            kind=kind,
            tag=tag,
            class_=class_,
            user_id_2=user_id_2,
            user_id=user_id,
            birthday=birthday,
            photo=photo,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )

    def delete_pet(
        self,
        pet_id: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
    ) -> AsyncStreamContext[None]:
        """deletePet

        Args:
            pet_id: The `petId` path parameter.
            extra_headers: Additional HTTP headers for this request; they override the SDK's.
            extra_query: Additional query parameters for this request.
            extra_body: Additional JSON properties merged into the request body.
            timeout: Overrides the client's timeout for this request, in seconds.
            max_retries: Overrides the client's maximum number of retries for this request.
            idempotency_key: Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried
                safely.

        Returns:
            AsyncStreamContext[None]: The response as an `async with` context manager: the request
                is sent on entry, the body streamed and closed on exit.

        Raises:
            APIStatusError: Any other error status the server responds with.
            APITimeoutError: The request timed out (after the retries).
            APIConnectionError: The server could not be reached (after the retries).
            APIResponseValidationError: The response body is not what the spec declares.
        """
        return as_streamed_async(self._resource.delete_pet)(
            pet_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
