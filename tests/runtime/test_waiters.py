"""Waiters (``_waiters``): poll a generated client's operation on a real loopback server until
an acceptor says success or failure, or the time runs out; sync and async."""

from __future__ import annotations

import importlib
import time
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from paging_spec import SPEC
from runtime_helpers import TOKEN, Reply, ScriptedServer, generated_sdk

JSON = {"Content-Type": "application/json"}


def _generation(status: str) -> Reply:
    return Reply(200, {"generations_by_pk": {"id": "g-1", "status": status}}, JSON)


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with generated_sdk(tmp_path_factory.mktemp("waiters"), SPEC) as module:
        yield module


@pytest.fixture(scope="module")
def w(pkg: ModuleType) -> ModuleType:
    return importlib.import_module(f"{pkg.__name__}._waiters")


def _generation_waiter(w: ModuleType, **timing: Any) -> Any:
    """The Leonardo waiter's shape: COMPLETE succeeds, FAILED fails, anything else polls on."""
    path = ("generations_by_pk", "status")
    return w.Waiter(
        acceptors=(
            w.Acceptor("success", "equals", ("COMPLETE",), path),
            w.Acceptor("failure", "equals", ("FAILED",), path),
        ),
        **{"delay": 0.01, "timeout": 5.0, **timing},
    )


def _api(pkg: ModuleType, server: ScriptedServer, asynchronous: bool = False) -> Any:
    cls = pkg.AsyncPagingDemo if asynchronous else pkg.PagingDemo
    return cls(bearer_auth=TOKEN, server_url=server.url, max_retries=0, timeout=5.0).default


class Sleeps:
    """A recording sleep (sync and async) that does not sleep."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.delays.append(seconds)


def test_success_returns_the_final_result(
    pkg: ModuleType, w: ModuleType, server: ScriptedServer
) -> None:
    server.play(_generation("PENDING"), _generation("PENDING"), _generation("COMPLETE"))
    api, sleeps = _api(pkg, server), Sleeps()
    result = w.wait(lambda: api.get_generation("g-1"), _generation_waiter(w), sleep=sleeps)
    assert type(result).__name__ == "GetGenerationResponse"
    assert result.generations_by_pk.status.value == "COMPLETE"
    assert server.attempts == 3 and len(sleeps.delays) == 2
    assert all(s.path == "/generations/g-1" for s in server.seen)


def test_failure_raises_promptly_with_the_last_result(
    pkg: ModuleType, w: ModuleType, server: ScriptedServer
) -> None:
    server.play(_generation("PENDING"), _generation("FAILED"), _generation("COMPLETE"))
    api = _api(pkg, server)
    with pytest.raises(w.WaiterFailureError) as caught:
        w.wait(lambda: api.get_generation("g-1"), _generation_waiter(w), sleep=Sleeps())
    error = caught.value
    assert isinstance(error, pkg.APIError) and isinstance(error, w.WaiterError)
    assert error.last.generations_by_pk.status.value == "FAILED"
    assert error.attempts == 2 and server.attempts == 2
    assert error.acceptor.state == "failure"


def test_timeout_raises_with_the_last_result(
    pkg: ModuleType, w: ModuleType, server: ScriptedServer
) -> None:
    server.play(_generation("PENDING"))
    api = _api(pkg, server)
    started = time.monotonic()
    with pytest.raises(w.WaiterTimeoutError) as caught:
        w.wait(lambda: api.get_generation("g-1"), _generation_waiter(w), timeout=0.3, interval=0.05)
    elapsed = time.monotonic() - started
    assert 0.3 <= elapsed < 2.0
    error = caught.value
    assert isinstance(error, pkg.APIError)
    assert error.last.generations_by_pk.status.value == "PENDING"
    assert error.attempts == server.attempts >= 3


def test_max_attempts_bounds_the_polls(
    pkg: ModuleType, w: ModuleType, server: ScriptedServer
) -> None:
    server.play(_generation("PENDING"))
    api = _api(pkg, server)
    waiter = _generation_waiter(w, max_attempts=4, timeout=None)
    with pytest.raises(w.WaiterTimeoutError, match="4 poll"):
        w.wait(lambda: api.get_generation("g-1"), waiter, sleep=Sleeps())
    assert server.attempts == 4


def test_status_and_error_acceptors_on_a_raw_view(
    pkg: ModuleType, w: ModuleType, server: ScriptedServer
) -> None:
    """A 404 while the resource is not there yet is a retry; an error nothing accepts raises."""
    missing = Reply(404, {"detail": "no such generation"}, JSON)
    server.play(missing, missing, _generation("COMPLETE"))
    api = _api(pkg, server)
    waiter = w.Waiter(
        acceptors=(
            w.Acceptor("retry", "status", (404,)),
            w.Acceptor("success", "status", (200,)),
        ),
        delay=0.0,
    )
    raw = w.wait(lambda: api.with_raw_response.get_generation("g-1"), waiter, sleep=Sleeps())
    assert raw.status_code == 200 and server.attempts == 3

    server.seen.clear()
    server.play(Reply(500, {"detail": "boom"}, JSON))
    with pytest.raises(pkg.InternalServerError):
        w.wait(lambda: api.get_generation("g-1"), waiter, sleep=Sleeps())
    assert server.attempts == 1

    server.seen.clear()
    server.play(Reply(403, {"detail": "no"}, JSON))
    fail_on_error = w.Waiter(acceptors=(w.Acceptor("failure", "error", (403,)),), delay=0.0)
    with pytest.raises(w.WaiterFailureError) as caught:
        w.wait(lambda: api.get_generation("g-1"), fail_on_error, sleep=Sleeps())
    assert caught.value.last is None
    assert caught.value.last_error.status_code == 403
    assert caught.value.response.status_code == 403


def test_backoff_is_capped_and_jitter_only_shortens(w: ModuleType) -> None:
    statuses = iter(["A"] * 6 + ["DONE"])
    waiter = w.Waiter(
        acceptors=(w.Acceptor("success", "equals", ("DONE",), ("s",)),),
        delay=1.0,
        backoff=2.0,
        max_delay=5.0,
        timeout=None,
        max_attempts=10,
    )
    sleeps = Sleeps()
    assert w.wait(lambda: {"s": next(statuses)}, waiter, sleep=sleeps) == {"s": "DONE"}
    assert sleeps.delays == [1.0, 2.0, 4.0, 5.0, 5.0, 5.0]

    jittered = w.Waiter(
        acceptors=waiter.acceptors, delay=4.0, jitter=0.5, timeout=None, max_attempts=3
    )
    sleeps = Sleeps()
    values = iter([0.0, 1.0])
    with pytest.raises(w.WaiterTimeoutError):
        w.wait(lambda: {"s": "A"}, jittered, sleep=sleeps, rand=lambda: next(values))
    assert sleeps.delays == [4.0, 2.0]


def test_the_last_sleep_stops_at_the_deadline(w: ModuleType) -> None:
    now = [100.0]
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        now[0] += seconds

    waiter = w.Waiter(acceptors=(w.Acceptor("success", "equals", (1,), ("n",)),), delay=4.0)
    with pytest.raises(w.WaiterTimeoutError) as caught:
        w.wait(lambda: {"n": 0}, waiter, timeout=10.0, sleep=sleep, clock=lambda: now[0])
    assert sleeps == [4.0, 4.0, 2.0]  # a last poll at the deadline, then the error
    assert caught.value.attempts == 4


def test_list_matchers(w: ModuleType) -> None:
    outcome = w._Outcome(
        {"images": [{"s": "ok"}, {"s": "ok"}], "tags": ["a", "b"]}, 200, None, None
    )
    assert w.Acceptor("success", "any_equals", ("b",), ("tags",)).matches(outcome)
    assert not w.Acceptor("success", "all_equal", ("b",), ("tags",)).matches(outcome)
    assert w.Acceptor("success", "all_equal", ("a", "b"), ("tags",)).matches(outcome)
    empty = w._Outcome({"tags": []}, 200, None, None)
    assert not w.Acceptor("success", "all_equal", ("a",), ("tags",)).matches(empty)
    assert not w.Acceptor("success", "any_equals", ("a",), ("missing",)).matches(empty)


def test_bad_definitions(w: ModuleType) -> None:
    with pytest.raises(ValueError, match="forever"):
        w.Waiter(acceptors=(), timeout=None)
    with pytest.raises(ValueError, match="matcher"):
        w.Acceptor("success", "path")
    with pytest.raises(ValueError, match="backoff"):
        w.Waiter(acceptors=(), backoff=0.5)


@pytest.mark.anyio
async def test_async_success_failure_and_timeout(
    pkg: ModuleType, w: ModuleType, server: ScriptedServer
) -> None:
    api, sleeps = _api(pkg, server, asynchronous=True), Sleeps()
    server.play(_generation("PENDING"), _generation("COMPLETE"))
    result = await w.async_wait(
        lambda: api.get_generation("g-1"), _generation_waiter(w), sleep=sleeps.asleep
    )
    assert result.generations_by_pk.status.value == "COMPLETE"
    assert server.attempts == 2 and len(sleeps.delays) == 1

    server.seen.clear()
    server.play(_generation("FAILED"))
    with pytest.raises(w.WaiterFailureError) as failed:
        await w.async_wait(lambda: api.get_generation("g-1"), _generation_waiter(w))
    assert failed.value.last.generations_by_pk.status.value == "FAILED"
    assert server.attempts == 1

    server.seen.clear()
    server.play(_generation("PENDING"))
    started = time.monotonic()
    with pytest.raises(w.WaiterTimeoutError) as timed_out:
        await w.async_wait(
            lambda: api.get_generation("g-1"), _generation_waiter(w), timeout=0.3, interval=0.05
        )
    assert 0.3 <= time.monotonic() - started < 2.0
    assert timed_out.value.attempts == server.attempts >= 3
    assert timed_out.value.last.generations_by_pk.status.value == "PENDING"


def test_the_leonardo_waiter_of_the_notes(server: ScriptedServer) -> None:
    """The definition docs/notes-paging.md gives the templates, on the committed Leonardo SDK."""
    leonardo = pytest.importorskip("leonardo_sdk")
    waiters = importlib.import_module("leonardo_sdk._waiters")
    status = ("generations_by_pk", "status")
    waiter = waiters.Waiter(
        acceptors=(
            waiters.Acceptor("success", "equals", ("COMPLETE",), status),
            waiters.Acceptor("failure", "equals", ("FAILED",), status),
        ),
        delay=2.0,
        backoff=1.5,
        max_delay=10.0,
        jitter=0.2,
        timeout=300.0,
    )
    server.play(_generation("PENDING"), _generation("COMPLETE"))
    client = leonardo.Leonardo(bearer_auth=TOKEN, server_url=server.url, max_retries=0)
    sleeps = Sleeps()
    done = waiters.wait(lambda: client.generation.get_generation_by_id("g-1"), waiter, sleep=sleeps)
    assert type(done).__name__ == "GetGenerationByIdResponse"
    assert done.generations_by_pk.status.value == "COMPLETE"
    assert 1.6 <= sleeps.delays[0] <= 2.0 and server.attempts == 2
    assert server.seen[0].headers.get("Authorization") == f"Bearer {TOKEN}"
