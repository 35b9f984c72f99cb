"""The waiter the committed Leonardo SDK ships (`sdkgen.toml` `[waiters.wait_for_generation]`):
`client.generation.wait_for_generation(id)` polls getGenerationById on a real loopback server
until the generation is COMPLETE (returned) or FAILED (raised at once), or the time runs out;
sync and async."""

from __future__ import annotations

import time
from typing import Any

import leonardo_sdk
import pytest
from leonardo_sdk import AsyncLeonardo, Leonardo
from runtime_helpers import Reply, ScriptedServer

JSON = {"Content-Type": "application/json"}
GENERATION = "0a1b2c3d-1111-2222-3333-444455556666"


def _generation(status: str) -> Reply:
    body = {"generations_by_pk": {"id": GENERATION, "status": status, "generated_images": []}}
    return Reply(200, body, JSON)


def _client(server: ScriptedServer, asynchronous: bool = False) -> Any:
    cls = AsyncLeonardo if asynchronous else Leonardo
    return cls(bearer_auth="t0ken", server_url=server.url, max_retries=0, timeout=5.0)


def _polled(server: ScriptedServer) -> list[str]:
    return [seen.path for seen in server.seen]


def test_returns_the_complete_generation(server: ScriptedServer) -> None:
    server.play(_generation("PENDING"), _generation("PENDING"), _generation("COMPLETE"))
    result = _client(server).generation.wait_for_generation(GENERATION, interval=0.01)
    assert result.generations_by_pk is not None
    assert result.generations_by_pk.status == "COMPLETE"
    assert _polled(server) == [f"/generations/{GENERATION}"] * 3
    assert all(
        {k.lower(): v for k, v in s.headers.items()}["authorization"] == "Bearer t0ken"
        for s in server.seen
    )


def test_a_failed_generation_raises_at_once(server: ScriptedServer) -> None:
    server.play(_generation("PENDING"), _generation("FAILED"), _generation("COMPLETE"))
    with pytest.raises(leonardo_sdk.WaiterFailureError) as caught:
        _client(server).generation.wait_for_generation(GENERATION, interval=0.01)
    assert len(server.seen) == 2  # not polled again after FAILED
    assert caught.value.last.generations_by_pk.status == "FAILED"
    assert isinstance(caught.value, leonardo_sdk.APIError)


def test_the_timeout_raises_with_the_last_result(server: ScriptedServer) -> None:
    server.play(_generation("PENDING"))
    started = time.monotonic()
    with pytest.raises(leonardo_sdk.WaiterTimeoutError) as caught:
        _client(server).generation.wait_for_generation(GENERATION, timeout=0.3, interval=0.05)
    assert time.monotonic() - started < 3.0
    assert caught.value.last.generations_by_pk.status == "PENDING"
    assert 2 <= len(server.seen) <= 10


@pytest.mark.anyio
async def test_async_returns_the_complete_generation(server: ScriptedServer) -> None:
    server.play(_generation("PENDING"), _generation("COMPLETE"))
    async with _client(server, asynchronous=True) as client:
        result = await client.generation.wait_for_generation(GENERATION, interval=0.01)
    assert result.generations_by_pk.status == "COMPLETE"
    assert len(server.seen) == 2


@pytest.mark.anyio
async def test_async_failure_and_timeout(server: ScriptedServer) -> None:
    server.play(_generation("FAILED"))
    async with _client(server, asynchronous=True) as client:
        with pytest.raises(leonardo_sdk.WaiterFailureError):
            await client.generation.wait_for_generation(GENERATION, interval=0.01)
        server.play(_generation("PENDING"))
        with pytest.raises(leonardo_sdk.WaiterTimeoutError):
            await client.generation.wait_for_generation(GENERATION, timeout=0.2, interval=0.05)
