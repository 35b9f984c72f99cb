"""Raw access to a response: status, headers and body, with the typed result on demand."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

__all__ = ["APIResponse", "AsyncAPIResponse"]

T = TypeVar("T")

_UNSET: Any = object()


class APIResponse(Generic[T]):
    """A successful response, returned by ``request_raw`` (error statuses still raise).

    The body has already been read, so the same class serves the sync and the async client.
    ``parse()`` decodes it into the operation's return type (once; the result is cached) and
    raises ``APIResponseValidationError`` when the body does not match.
    """

    __slots__ = ("_parsed", "_parser", "http_response")

    http_response: httpx.Response

    def __init__(
        self, http_response: httpx.Response, parser: Callable[[httpx.Response], T]
    ) -> None:
        self.http_response = http_response
        self._parser = parser
        self._parsed: T = _UNSET

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        """The body parsed as JSON, without decoding it into models."""
        return json.loads(self.http_response.content)

    def parse(self) -> T:
        """The body decoded into the operation's declared return type."""
        if self._parsed is _UNSET:
            self._parsed = self._parser(self.http_response)
        return self._parsed

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<APIResponse [{self.status_code}] {request.method} {request.url.path}>"


AsyncAPIResponse = APIResponse
"""The async client returns the same (already read) response type."""
