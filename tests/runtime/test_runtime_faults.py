"""Fault injection against a real HTTP server on 127.0.0.1 (see ``ScriptedServer``)."""

from __future__ import annotations

import json
import time
from types import ModuleType
from typing import Any

import pytest
from runtime_helpers import TOKEN, Reply, ScriptedServer

ITEM = {"id": "7", "name": "seven"}
OK = Reply(200, ITEM, {"Content-Type": "application/json"})
CREATED = Reply(201, ITEM, {"Content-Type": "application/json"})


def client(sdk: ModuleType, server: ScriptedServer, **kwargs: Any) -> Any:
    kwargs.setdefault("retry_base_delay", 0.01)
    kwargs.setdefault("timeout", 5.0)
    return sdk.Demo(api_key=TOKEN, server_url=server.url, **kwargs)


def test_503_then_200(sdk: ModuleType, server: ScriptedServer) -> None:
    server.play(Reply(503, "busy"), OK)
    with client(sdk, server) as demo:
        assert demo.items.get("7") == sdk.Item(id="7", name="seven")
    assert server.attempts == 2
    assert [s.path for s in server.seen] == ["/items/7", "/items/7"]
    assert server.seen[0].headers["Authorization"] == f"Bearer {TOKEN}"


def test_429_retry_after_is_honoured(sdk: ModuleType, server: ScriptedServer) -> None:
    server.play(Reply(429, "slow down", {"Retry-After": "1"}), OK)
    with client(sdk, server) as demo:
        started = time.monotonic()
        assert demo.items.get("7").id == "7"
        elapsed = time.monotonic() - started
    assert server.attempts == 2
    assert elapsed >= 0.9
    assert server.seen[1].at - server.seen[0].at >= 0.9


def test_connection_reset_mid_response(sdk: ModuleType, server: ScriptedServer) -> None:
    server.play(
        Reply(200, b'{"id": "7", "na', {"Content-Type": "application/json"}, reset=True), OK
    )
    with client(sdk, server) as demo:
        assert demo.items.get("7").id == "7"  # GET: retried
    assert server.attempts == 2


def test_connection_reset_on_post_is_not_retried(sdk: ModuleType, server: ScriptedServer) -> None:
    server.play(
        Reply(201, b'{"id": "7"', {"Content-Type": "application/json"}, reset=True), CREATED
    )
    with client(sdk, server) as demo, pytest.raises(sdk.APIConnectionError) as caught:
        demo.items.create(name="n")
    assert not isinstance(caught.value, sdk.APITimeoutError)
    assert server.attempts == 1


def test_slow_server_times_out(sdk: ModuleType, server: ScriptedServer) -> None:
    server.play(Reply(200, ITEM, {"Content-Type": "application/json"}, delay=2.0))
    with client(sdk, server, timeout=0.2, max_retries=2) as demo:
        with pytest.raises(sdk.APITimeoutError) as caught:
            demo.items.get("7")
    assert server.attempts == 3
    assert caught.value.attempts == 3


def test_per_call_timeout_and_retries(sdk: ModuleType, server: ScriptedServer) -> None:
    server.play(Reply(200, ITEM, {"Content-Type": "application/json"}, delay=2.0))
    with client(sdk, server, max_retries=3) as demo:
        with pytest.raises(sdk.APITimeoutError):
            demo.items.get("7", timeout=0.2, max_retries=1)
    assert server.attempts == 2


def test_non_json_body(sdk: ModuleType, server: ScriptedServer) -> None:
    page = "<html><body>Bad gateway, try later</body></html>"
    server.play(Reply(200, page, {"Content-Type": "text/html"}))
    with client(sdk, server) as demo, pytest.raises(sdk.APIResponseValidationError) as caught:
        demo.items.get("7")
    assert caught.value.body == page
    assert caught.value.status_code == 200
    assert server.attempts == 1


def test_post_500_without_idempotency_key(sdk: ModuleType, server: ScriptedServer) -> None:
    server.play(Reply(500, {"code": "oops", "message": "m"}), CREATED)
    with client(sdk, server) as demo, pytest.raises(sdk.InternalServerError) as caught:
        demo.items.create(name="n")
    assert server.attempts == 1
    assert caught.value.body == {"code": "oops", "message": "m"}
    assert json.loads(server.seen[0].body) == {"name": "n"}
    assert "Idempotency-Key" not in server.seen[0].headers


def test_post_500_with_idempotency_key(sdk: ModuleType, server: ScriptedServer) -> None:
    server.play(Reply(500, "oops"), Reply(500, "oops"), CREATED)
    with client(sdk, server) as demo:
        assert demo.items.create(name="n", idempotency_key="key-42").id == "7"
    assert server.attempts == 3
    assert [s.headers["Idempotency-Key"] for s in server.seen] == ["key-42"] * 3
    assert all(json.loads(s.body) == {"name": "n"} for s in server.seen)


def test_post_500_with_idempotency_key_exhausts_retries(
    sdk: ModuleType, server: ScriptedServer
) -> None:
    server.play(Reply(500, "oops"))
    with client(sdk, server, max_retries=3) as demo, pytest.raises(sdk.InternalServerError):
        demo.items.create(name="n", idempotency_key="key-43")
    assert server.attempts == 4


def test_connection_refused(sdk: ModuleType, server: ScriptedServer) -> None:
    url = server.url
    server.stop()  # nothing listens on the port any more
    demo = sdk.Demo(api_key=TOKEN, server_url=url, retry_base_delay=0.01, timeout=2.0)
    with pytest.raises(sdk.APIConnectionError) as caught:
        demo.items.create(name="n")  # never sent, so even a POST is retried
    assert caught.value.attempts == 3
    demo.close()


@pytest.mark.anyio
async def test_async_faults(sdk: ModuleType, server: ScriptedServer) -> None:
    server.play(Reply(503, "busy"), OK)
    async with sdk.AsyncDemo(
        api_key=TOKEN, server_url=server.url, retry_base_delay=0.01, timeout=0.3
    ) as demo:
        assert (await demo.items.get("7")).id == "7"
        assert server.attempts == 2

        server.play(Reply(200, ITEM, {"Content-Type": "application/json"}, delay=2.0))
        with pytest.raises(sdk.APITimeoutError):
            await demo.items.get("7")
        assert server.attempts == 2 + 3

        server.play(Reply(500, "oops"))
        with pytest.raises(sdk.InternalServerError):
            await demo.items.create(name="n")
        assert server.attempts == 5 + 1
