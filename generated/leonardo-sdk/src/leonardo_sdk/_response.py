"""Raw access to a response: status, headers and body, with the typed result on demand.

``APIResponse`` holds a response whose body has been read; ``StreamedResponse`` /
``AsyncStreamedResponse`` one whose body has not: iterate over it or write it to a file, and close
it (they are context managers; ``with_streaming_response`` hands them out as such).
"""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator, Callable, Iterator
from types import TracebackType
from typing import Any, Generic, TypeVar

import httpx

from ._exceptions import APIResponseValidationError

__all__ = [
    "APIResponse",
    "AsyncAPIResponse",
    "AsyncStreamedResponse",
    "StreamedResponse",
    "text_of",
]

T = TypeVar("T")

_UNSET: Any = object()


def text_of(response: httpx.Response) -> str:
    """The body as text (its charset, else UTF-8), never raising: undecodable bytes become
    U+FFFD. (httpx's ``.text`` raises for some, e.g. ``charset=utf-16`` without a BOM.)"""
    try:
        return response.text
    except (UnicodeError, LookupError):
        return response.content.decode("utf-8", "replace")


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
        return text_of(self.http_response)

    def json(self) -> Any:
        """The body parsed as JSON, without decoding it into models.

        Raises ``APIResponseValidationError`` when it is not JSON (or nested too deeply)."""
        try:
            return json.loads(self.http_response.content)
        except (ValueError, RecursionError) as err:
            raise APIResponseValidationError(
                f"the body is not JSON ({type(err).__name__}: {err})",
                response=self.http_response,
                body=text_of(self.http_response),
            ) from err

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


class _StreamedBase(Generic[T]):
    """What sync and async streamed responses share: the status and headers, read before the
    body."""

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
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers (case-insensitive)."""
        return self.http_response.headers

    @property
    def content_type(self) -> str:
        """The `Content-Type` header, or "" without one."""
        return str(self.http_response.headers.get("content-type", ""))

    def __repr__(self) -> str:
        request = self.http_response.request
        name = type(self).__name__
        return f"<{name} [{self.status_code}] {request.method} {request.url.path}>"


class StreamedResponse(_StreamedBase[T]):
    """A successful response whose body is read as you go (error statuses still raise)."""

    __slots__ = ()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks, decompressed (``Content-Encoding``)."""
        return self.http_response.iter_bytes(chunk_size)

    def iter_raw(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks, as sent (no decompression)."""
        return self.http_response.iter_raw(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        """The body in chunks of text, decoded with the response's charset."""
        return self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        """The body as text, line by line (without line endings)."""
        return self.http_response.iter_lines()

    def read(self) -> bytes:
        """The whole body (read once, kept)."""
        return self.http_response.read()

    def write_to_file(self, path: str | os.PathLike[str], chunk_size: int | None = None) -> int:
        """Stream the body into a file (created or truncated); returns the bytes written."""
        written = 0
        with open(path, "wb") as file:
            for chunk in self.http_response.iter_bytes(chunk_size):
                file.write(chunk)
                written += len(chunk)
        return written

    def parse(self) -> T:
        """Read the body and decode it into the operation's declared return type."""
        if self._parsed is _UNSET:
            self.http_response.read()
            self._parsed = self._parser(self.http_response)
        return self._parsed

    def close(self) -> None:
        """Release the connection without reading the rest of the body (also on `with` exit)."""
        self.http_response.close()

    def __enter__(self) -> StreamedResponse[T]:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncStreamedResponse(_StreamedBase[T]):
    """``async`` twin of ``StreamedResponse``."""

    __slots__ = ()

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body in chunks, decompressed (``Content-Encoding``)."""
        return self.http_response.aiter_bytes(chunk_size)

    def iter_raw(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body in chunks, as sent (no decompression)."""
        return self.http_response.aiter_raw(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        """The body in chunks of text, decoded with the response's charset."""
        return self.http_response.aiter_text(chunk_size)

    def iter_lines(self) -> AsyncIterator[str]:
        """The body as text, line by line (without line endings)."""
        return self.http_response.aiter_lines()

    async def read(self) -> bytes:
        """The whole body (read once, kept)."""
        return await self.http_response.aread()

    async def write_to_file(
        self, path: str | os.PathLike[str], chunk_size: int | None = None
    ) -> int:
        """Stream the body into a file (written from the event loop thread, chunk by chunk)."""
        written = 0
        with open(path, "wb") as file:  # noqa: ASYNC230 - small blocking writes per chunk
            async for chunk in self.http_response.aiter_bytes(chunk_size):
                file.write(chunk)
                written += len(chunk)
        return written

    async def parse(self) -> T:
        """Read the body and decode it into the operation's declared return type."""
        if self._parsed is _UNSET:
            await self.http_response.aread()
            self._parsed = self._parser(self.http_response)
        return self._parsed

    async def close(self) -> None:
        """Release the connection without reading the rest of the body (also on `async with`
        exit)."""
        await self.http_response.aclose()

    async def __aenter__(self) -> AsyncStreamedResponse[T]:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
