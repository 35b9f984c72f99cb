"""Python SDK for Shapes."""

from ._client import AsyncShapes, Shapes
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
    "AsyncShapes",
    "AsyncStreamedResponse",
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
    "Shapes",
    "StreamedResponse",
    "UnprocessableEntityError",
    "__version__",
]
