"""Python SDK for Tiny."""

from ._client import AsyncTiny, Tiny
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseTooLargeError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DataValidationError,
    InternalServerError,
    MissingCredentialsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._response import APIResponse, AsyncStreamedResponse, StreamedResponse
from ._types import NOT_GIVEN, FileContent, NotGiven
from ._version import __version__

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseTooLargeError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncStreamedResponse",
    "AsyncTiny",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DataValidationError",
    "FileContent",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "StreamedResponse",
    "Tiny",
    "UnprocessableEntityError",
    "__version__",
]
