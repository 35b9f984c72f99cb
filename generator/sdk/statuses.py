"""Which exception class the SDK raises for an error status: the docs' Errors tables and the
docstrings' `Raises:` name the class the runtime raises (`_exceptions.status_error_class`;
tests/test_docs.py checks both agree on every status)."""

from __future__ import annotations

# The exception class the runtime raises for a status (`_exceptions.status_error_class`).
STATUS_ERRORS = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
}


def error_class(status: str) -> str:
    """The class the runtime raises for a declared error status ("404", "4XX", "default")."""
    if status.isdigit():
        code = int(status)
        return "InternalServerError" if code >= 500 else STATUS_ERRORS.get(code, "APIStatusError")
    return "InternalServerError" if status.upper() == "5XX" else "APIStatusError"
