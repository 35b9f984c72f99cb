"""A user configuring clients: constructor settings, `with_options` with the constructor's own
keyword names, per-call options."""

from __future__ import annotations

import os

import httpx
from leonardo_sdk import Leonardo


def clients() -> tuple[Leonardo, Leonardo]:
    base = Leonardo(
        bearer_auth=os.environ.get("LEONARDO_API_KEY", "token"),
        timeout=httpx.Timeout(30.0, connect=5.0),
        max_retries=4,
        retry_base_delay=1.0,
        retry_max_delay=20.0,
        default_headers={"X-Team": "art"},
    )
    other_key = base.with_options(bearer_auth="another-key", timeout=300.0, max_retries=0)
    return base, other_key


def call_with_options(client: Leonardo) -> None:
    result = client.generation.delete_generation_by_id(
        "g1",
        timeout=5.0,
        max_retries=1,
        extra_headers={"X-Debug": "1"},
        extra_query={"trace": True},
        idempotency_key="cleanup-g1",
    )
    print(result.delete_generations_by_pk)


if __name__ == "__main__":
    first, second = clients()
    print(first.base_url, second.timeout, second.max_retries)
    call_with_options(second)
