"""Python SDK for Leonardo.Ai Generation API."""

from ._client import AsyncLeonardo, Leonardo
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
    "AsyncLeonardo",
    "AsyncStreamedResponse",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DataValidationError",
    "FileContent",
    "InternalServerError",
    "Leonardo",
    "MissingCredentialsError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "StreamedResponse",
    "UnprocessableEntityError",
    "__version__",
]
