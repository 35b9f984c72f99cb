"""The errors raised by the SDK.

APIError
├── APIConnectionError          the request got no (complete) response
│   └── APITimeoutError
├── DataValidationError         JSON given to ``Model.from_dict`` does not match the model
│   └── APIResponseValidationError  a success response whose body could not be decoded
├── APIResponseTooLargeError    a body longer than the client's ``max_response_bytes``
├── MissingCredentialsError     an operation needs credentials that were not configured
├── ForeignOriginError          a next-page URL from the server points at another origin
└── APIStatusError              the server answered with an error status (>= 400)
    ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403,
    ├── NotFoundError 404, ConflictError 409, UnprocessableEntityError 422,
    └── RateLimitError 429, InternalServerError >= 500

Messages are built by the client and have credentials scrubbed from them.

Every error pickles (it may cross a process pool): it is rebuilt from its attributes, not by
calling its constructor again with ``args`` (which lack the keyword-only arguments).
"""

from __future__ import annotations

from typing import Any

import httpx

from ._types import JsonValue

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseTooLargeError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DataValidationError",
    "ForeignOriginError",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "status_error_class",
]


def _rebuild(cls: type[APIError], args: tuple[Any, ...], state: dict[str, Any]) -> APIError:
    """Unpickle an error: a new instance of ``cls`` with the ``args`` and attributes it had."""
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class APIError(Exception):
    """Base class of every error the SDK raises.

    ``request`` is the request it concerns, None for an error before any request (the
    subclasses that always have one declare it as not None).
    """

    message: str

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self._request = request

    # A read-only property, so that subclasses can narrow its type (a mutable attribute's
    # type cannot be narrowed by an override).
    @property
    def request(self) -> httpx.Request | None:
        return self._request

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


class APIConnectionError(APIError):
    """No complete response was received (connection refused or reset, DNS failure, ...)."""

    attempts: int

    def __init__(self, message: str, *, request: httpx.Request, attempts: int = 1) -> None:
        super().__init__(message, request=request)
        self._sent = request
        self.attempts = attempts

    @property
    def request(self) -> httpx.Request:
        return self._sent


class APITimeoutError(APIConnectionError):
    """The request timed out on every attempt."""


class DataValidationError(APIError, ValueError):
    """JSON data does not match the type it is decoded into (``Model.from_dict``).

    ``path`` locates the offending value (``generations_by_pk.generated_images[0].url``; ""
    for the value itself) and ``detail`` says what was expected (``expected str, got int``).
    """

    path: str
    detail: str

    def __init__(
        self,
        message: str,
        *,
        path: str = "",
        detail: str = "",
        request: httpx.Request | None = None,
    ) -> None:
        super().__init__(message, request=request)
        self.path = path
        self.detail = detail


class APIResponseValidationError(DataValidationError):
    """A response could not be decoded as declared; ``body`` holds the raw text.

    ``path`` and ``detail`` locate the mismatch inside the body when it is one of the body's
    values (see ``DataValidationError``); both are "" when the body as a whole was refused.
    """

    response: httpx.Response
    status_code: int
    headers: httpx.Headers
    body: str

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: str,
        path: str = "",
        detail: str = "",
    ) -> None:
        super().__init__(message, path=path, detail=detail, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body

    @property
    def request(self) -> httpx.Request:
        return self.response.request


class APIResponseTooLargeError(APIError):
    """The body grew past the client's ``max_response_bytes``; it was not kept.

    ``response`` has the status and headers (its body is unread); ``limit`` is the limit.
    """

    response: httpx.Response
    status_code: int
    headers: httpx.Headers
    limit: int

    def __init__(self, message: str, *, response: httpx.Response, limit: int) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.limit = limit

    @property
    def request(self) -> httpx.Request:
        return self.response.request


class MissingCredentialsError(APIError):
    """An operation requires credentials and none of its accepted ones are configured.

    ``schemes`` lists the accepted alternatives (each a set of scheme names that must all be
    present); ``env_vars`` the environment variables that would provide them.
    """

    schemes: tuple[tuple[str, ...], ...]
    env_vars: tuple[str, ...]

    def __init__(
        self,
        message: str,
        *,
        schemes: tuple[tuple[str, ...], ...] = (),
        env_vars: tuple[str, ...] = (),
    ) -> None:
        super().__init__(message)
        self.schemes = schemes
        self.env_vars = env_vars


class ForeignOriginError(APIError):
    """A next-page URL (a ``Link`` header, a ``next`` field) points at another origin than the
    request that returned it; it is not followed: the request would carry the credentials there.

    ``url`` is that URL; ``request`` the request whose response named it.
    """

    url: str

    def __init__(self, message: str, *, url: str, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)
        self.url = url


class APIStatusError(APIError):
    """The server answered with an error status.

    ``body`` is the parsed JSON body (or the text when it is not JSON, ``None`` when empty);
    ``parsed`` is the typed error model when the operation declares one for this status and the
    body matched it, otherwise ``None``.
    """

    response: httpx.Response
    status_code: int
    headers: httpx.Headers
    body: JsonValue
    parsed: object

    def __init__(
        self, message: str, *, response: httpx.Response, body: JsonValue, parsed: object = None
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body
        self.parsed = parsed

    @property
    def request(self) -> httpx.Request:
        return self.response.request


class BadRequestError(APIStatusError):
    """400 Bad Request."""


class AuthenticationError(APIStatusError):
    """401 Unauthorized."""


class PermissionDeniedError(APIStatusError):
    """403 Forbidden."""


class NotFoundError(APIStatusError):
    """404 Not Found."""


class ConflictError(APIStatusError):
    """409 Conflict."""


class UnprocessableEntityError(APIStatusError):
    """422 Unprocessable Entity."""


class RateLimitError(APIStatusError):
    """429 Too Many Requests."""


class InternalServerError(APIStatusError):
    """Any 5xx status."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an error status (``APIStatusError`` when none is specific)."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)
