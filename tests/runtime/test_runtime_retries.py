"""The retry policy: which failures are retried, how often, and how long the client waits."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
import pytest
from runtime_helpers import TOKEN, Recorder

ITEM = {"id": "7", "name": "seven"}
CREATED = httpx.Response(201, json=ITEM)


def fast(sdk: ModuleType, rec: Recorder, **kwargs: Any) -> Any:
    """A client with no backoff, so retries cost no time."""
    return sdk.Demo(api_key=TOKEN, http_client=rec.sync_client(), retry_base_delay=0, **kwargs)


def raises(error: type[Exception]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error("simulated", request=request)

    return handler


# ---------------------------------------------------------------------------- idempotent


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
def test_get_retries_transient_statuses(sdk: ModuleType, status: int) -> None:
    rec = Recorder(httpx.Response(status), httpx.Response(200, json=ITEM))
    assert fast(sdk, rec).items.get("1").id == "7"
    assert len(rec.requests) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_get_does_not_retry_client_errors(sdk: ModuleType, status: int) -> None:
    rec = Recorder(httpx.Response(status), httpx.Response(200, json=ITEM))
    with pytest.raises(sdk.APIStatusError):
        fast(sdk, rec).items.get("1")
    assert len(rec.requests) == 1


def test_retry_budget(sdk: ModuleType) -> None:
    rec = Recorder(httpx.Response(500))
    with pytest.raises(sdk.InternalServerError):
        fast(sdk, rec).items.get("1")  # default: 2 retries
    assert len(rec.requests) == 3

    rec.requests.clear()
    with pytest.raises(sdk.InternalServerError):
        fast(sdk, rec, max_retries=4).items.get("1")
    assert len(rec.requests) == 5

    rec.requests.clear()
    with pytest.raises(sdk.InternalServerError):
        fast(sdk, rec, max_retries=4).items.get("1", max_retries=0)  # per call wins
    assert len(rec.requests) == 1

    rec.requests.clear()
    with pytest.raises(sdk.InternalServerError):
        fast(sdk, rec).with_options(max_retries=1).items.get("1")
    assert len(rec.requests) == 2


@pytest.mark.parametrize("error", [httpx.ReadError, httpx.RemoteProtocolError, httpx.ConnectError])
def test_get_retries_transport_errors(sdk: ModuleType, error: type[Exception]) -> None:
    rec = Recorder(raises(error), httpx.Response(200, json=ITEM))
    assert fast(sdk, rec).items.get("1").id == "7"
    assert len(rec.requests) == 2


def test_transport_errors_after_retries(sdk: ModuleType) -> None:
    rec = Recorder(raises(httpx.ReadTimeout))
    with pytest.raises(sdk.APITimeoutError) as timed_out:
        fast(sdk, rec).items.get("1")
    assert len(rec.requests) == 3
    assert timed_out.value.attempts == 3
    assert "timed out after 3 attempts" in str(timed_out.value)
    assert isinstance(timed_out.value.__cause__, httpx.ReadTimeout)

    rec = Recorder(raises(httpx.ConnectError))
    with pytest.raises(sdk.APIConnectionError) as failed:
        fast(sdk, rec).items.get("1")
    assert type(failed.value) is sdk.APIConnectionError
    assert "failed after 3 attempts (ConnectError: simulated)" in str(failed.value)


# ------------------------------------------------------------------------ non-idempotent


@pytest.mark.parametrize("status", [408, 409, 500, 502, 504])
def test_post_is_not_retried_when_it_may_have_taken_effect(sdk: ModuleType, status: int) -> None:
    rec = Recorder(httpx.Response(status), CREATED)
    with pytest.raises(sdk.APIStatusError):
        fast(sdk, rec).items.create(name="n")
    assert len(rec.requests) == 1


@pytest.mark.parametrize("status", [429, 503])
def test_post_is_retried_when_it_surely_did_not_take_effect(sdk: ModuleType, status: int) -> None:
    rec = Recorder(httpx.Response(status), CREATED)
    assert fast(sdk, rec).items.create(name="n").id == "7"
    assert len(rec.requests) == 2


def test_post_transport_errors(sdk: ModuleType) -> None:
    for error in (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout):
        rec = Recorder(raises(error), CREATED)  # the request never left: safe to retry
        assert fast(sdk, rec).items.create(name="n").id == "7"
        assert len(rec.requests) == 2
    for error in (httpx.ReadError, httpx.ReadTimeout, httpx.RemoteProtocolError):
        rec = Recorder(raises(error), CREATED)  # it may have been processed: do not repeat
        with pytest.raises(sdk.APIConnectionError):
            fast(sdk, rec).items.create(name="n")
        assert len(rec.requests) == 1


def test_idempotency_key_makes_post_retryable(sdk: ModuleType) -> None:
    rec = Recorder(httpx.Response(500), httpx.Response(500), CREATED)
    assert fast(sdk, rec).items.create(name="n", idempotency_key="k-1").id == "7"
    assert [r.headers["Idempotency-Key"] for r in rec.requests] == ["k-1"] * 3

    rec = Recorder(raises(httpx.ReadError), CREATED)
    assert fast(sdk, rec).items.create(name="n", idempotency_key="k-2").id == "7"
    assert len(rec.requests) == 2


def test_retry_non_idempotent_flag(sdk: ModuleType) -> None:
    rec = Recorder(httpx.Response(500), CREATED)
    assert fast(sdk, rec, retry_non_idempotent=True).items.create(name="n").id == "7"
    assert len(rec.requests) == 2
    rec = Recorder(httpx.Response(500), CREATED)
    with pytest.raises(sdk.InternalServerError):
        fast(sdk, rec).with_options(retry_non_idempotent=False).items.create(name="n")
    assert len(rec.requests) == 1


# --------------------------------------------------------------------------- Retry-After


def test_long_retry_after_is_not_waited_for(sdk: ModuleType) -> None:
    rec = Recorder(httpx.Response(429, headers={"Retry-After": "120"}), httpx.Response(200))
    with pytest.raises(sdk.RateLimitError):
        fast(sdk, rec).items.get("1")
    assert len(rec.requests) == 1


def test_retry_after_zero_retries_at_once(sdk: ModuleType) -> None:
    rec = Recorder(
        httpx.Response(503, headers={"Retry-After": "0"}), httpx.Response(200, json=ITEM)
    )
    # A long base delay proves Retry-After replaced the backoff.
    client = sdk.Demo(api_key=TOKEN, http_client=rec.sync_client(), retry_base_delay=10)
    started = time.monotonic()
    assert client.items.get("1").id == "7"
    assert time.monotonic() - started < 5
    assert len(rec.requests) == 2


def test_retry_after_parsing(sdk: ModuleType) -> None:
    parse = sdk._base_client.retry_after_seconds
    now = 1_700_000_000.0
    date = email.utils.formatdate(now + 30, usegmt=True)
    assert parse(httpx.Headers({"Retry-After": "2"})) == 2.0
    assert parse(httpx.Headers({"Retry-After": "1.5"})) == 1.5
    assert parse(httpx.Headers({"Retry-After": date}), now=now) == 30.0
    past = email.utils.formatdate(now - 30, usegmt=True)
    assert parse(httpx.Headers({"Retry-After": past}), now=now) == 0.0
    for bad in ("soon", "-1", "nan", "inf", ""):
        assert parse(httpx.Headers({"Retry-After": bad})) is None
    assert parse(httpx.Headers()) is None


def test_retry_delay_decisions(sdk: ModuleType) -> None:
    delay = sdk._base_client.retry_delay
    later = email.utils.formatdate(None, usegmt=True)  # "now" as an HTTP date
    told = httpx.Response(503, headers={"Retry-After": later})
    assert 0.0 <= delay(attempt=0, max_retries=2, retry_any=True, response=told) <= 1.0
    seconds = httpx.Response(429, headers={"Retry-After": "60"})
    assert delay(attempt=0, max_retries=2, retry_any=False, response=seconds) == 60.0
    assert delay(attempt=2, max_retries=2, retry_any=True, response=seconds) is None
    assert delay(attempt=0, max_retries=2, retry_any=False, response=httpx.Response(500)) is None
    backoff = delay(attempt=1, max_retries=2, retry_any=True, response=httpx.Response(500))
    assert 0.75 <= backoff <= 1.0  # 0.5 s * 2**1, minus up to 25 % jitter
    error = httpx.ReadError("x")
    assert delay(attempt=0, max_retries=1, retry_any=False, error=error) is None
    assert delay(attempt=0, max_retries=1, retry_any=True, error=error) is not None
    assert (
        delay(attempt=0, max_retries=1, retry_any=True, error=httpx.TooManyRedirects("x")) is None
    )


def test_backoff_is_exponential_capped_and_jittered(sdk: ModuleType) -> None:
    backoff = sdk._base_client.backoff_delay
    for retry in range(12):
        ceiling = min(0.5 * 2**retry, 8.0)
        samples = [backoff(retry, 0.5, 8.0) for _ in range(50)]
        assert all(0.75 * ceiling <= s <= ceiling for s in samples)
        assert len(set(samples)) > 1  # jitter
    assert backoff(10_000, 0.5, 8.0) <= 8.0  # no overflow for absurd retry counts


# ----------------------------------------------------------------------------------- async


@pytest.mark.anyio
async def test_async_retry_policy(sdk: ModuleType) -> None:
    rec = Recorder(httpx.Response(503), httpx.Response(200, json=ITEM))
    client = sdk.AsyncDemo(api_key=TOKEN, http_client=rec.async_client(), retry_base_delay=0)
    assert (await client.items.get("1")).id == "7"
    assert len(rec.requests) == 2

    rec = Recorder(httpx.Response(500), CREATED)
    client = sdk.AsyncDemo(api_key=TOKEN, http_client=rec.async_client(), retry_base_delay=0)
    with pytest.raises(sdk.InternalServerError):
        await client.items.create(name="n")
    assert len(rec.requests) == 1
    rec.requests.clear()
    assert (await client.items.create(name="n", idempotency_key="k")).id == "7"
    assert len(rec.requests) == 2

    rec = Recorder(raises(httpx.ReadTimeout))
    client = sdk.AsyncDemo(api_key=TOKEN, http_client=rec.async_client(), retry_base_delay=0)
    with pytest.raises(sdk.APITimeoutError):
        await client.items.get("1")
    assert len(rec.requests) == 3
