"""A user handling the SDK's errors: by class, with the attributes the README names."""

from __future__ import annotations

from leonardo_sdk import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    Leonardo,
    MissingCredentialsError,
    NotFoundError,
    RateLimitError,
)
from leonardo_sdk.models import Generation


def status_of(client: Leonardo, generation_id: str) -> str:
    try:
        found = client.generation.get_generation_by_id(generation_id)
    except NotFoundError as exc:
        return f"missing ({exc.status_code}): {exc.body!r}"
    except RateLimitError as exc:
        retry_after = exc.headers.get("retry-after", "?")
        return f"slow down, retry after {retry_after}s"
    except APIStatusError as exc:
        detail = exc.body if isinstance(exc.body, dict) else str(exc.body)
        return f"API error {exc.status_code}: {detail} / {exc.parsed!r}"
    except APITimeoutError:
        return "timed out"
    except APIConnectionError as exc:
        return f"unreachable after {exc.attempts} attempts"
    except APIResponseValidationError as exc:
        return f"unexpected body: {exc.body[:80]}"
    except MissingCredentialsError as exc:
        return f"configure credentials: {exc}"
    generation: Generation | None = found.generations_by_pk
    if generation is None or generation.status is None:
        return "unknown"
    return generation.status.value


def main() -> None:
    try:
        with Leonardo(bearer_auth="token") as client:
            print(status_of(client, "0f2c7a4e"))
    except APIError as exc:  # anything else the SDK raises
        print(type(exc).__name__, exc)


if __name__ == "__main__":
    main()
