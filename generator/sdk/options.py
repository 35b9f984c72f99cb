"""The keyword arguments every generated method takes besides the operation's own (per-call
options), listed once: the build stage keeps parameter names off them, the code templates write
the signature and the `RequestOptions.of(...)` call from them, the docs write one table row each.
The runtime's `RequestOptions.of` takes exactly these names (tests/test_sdk_shapes.py checks it).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CallOption:
    name: str
    annotation: str  # in the generated signature
    default: str  # Python expression
    docs_type: str  # Markdown of the type column of the docs' Parameters table
    description: str  # Markdown (trusted: written here, not taken from a spec)


CALL_OPTIONS: tuple[CallOption, ...] = (
    CallOption(
        "extra_headers",
        "Headers | None",
        "None",
        "*dict\\[str, str\\]*",
        "Additional HTTP headers for this request; they override the SDK's.",
    ),
    CallOption(
        "extra_query",
        "Query | None",
        "None",
        "*dict\\[str, object\\]*",
        "Additional query parameters for this request.",
    ),
    CallOption(
        "extra_body",
        "Body | None",
        "None",
        "*dict\\[str, object\\]*",
        "Additional JSON properties merged into the request body.",
    ),
    CallOption(
        "timeout",
        "TimeoutTypes | NotGiven",
        "NOT_GIVEN",
        "*float* \\| [httpx.Timeout](https://www.python-httpx.org/advanced/timeouts/) \\| *None*",
        "Overrides the client's timeout for this request, in seconds.",
    ),
    CallOption(
        "max_retries",
        "int | NotGiven",
        "NOT_GIVEN",
        "*int*",
        "Overrides the client's maximum number of retries for this request.",
    ),
    CallOption(
        "idempotency_key",
        "str | None",
        "None",
        "*str*",
        "Sent as the `Idempotency-Key` header; lets a POST or PATCH be retried safely.",
    ),
)
CALL_OPTION_NAMES: tuple[str, ...] = tuple(option.name for option in CALL_OPTIONS)
# What the options' annotations and defaults need from the runtime's `_types` module.
CALL_OPTION_TYPES: tuple[str, ...] = (
    "NOT_GIVEN",
    "Body",
    "Headers",
    "NotGiven",
    "Query",
    "TimeoutTypes",
)
