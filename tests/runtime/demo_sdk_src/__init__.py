"""A tiny SDK assembled by the tests from templates/runtime plus the hand-written _client.py."""

from ._base_client import Endpoint, RequestOptions, ResponseSpec, SecurityScheme
from ._client import AsyncDemo, Demo, ErrorModel, Item
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
from ._response import APIResponse
from ._types import NOT_GIVEN, NotGiven

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseTooLargeError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncDemo",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DataValidationError",
    "Demo",
    "Endpoint",
    "ErrorModel",
    "InternalServerError",
    "Item",
    "MissingCredentialsError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestOptions",
    "ResponseSpec",
    "SecurityScheme",
    "UnprocessableEntityError",
]
