"""Waiters: poll an operation until the resource it returns reaches a wanted state.

A ``Waiter`` (as boto3 defines them) is a list of ``Acceptor`` s plus timing: each poll's outcome
(the parsed result, the HTTP status, or the error the poll raised) is matched against the
acceptors in order; the first that matches decides: ``success`` returns the result, ``failure``
raises ``WaiterFailureError``, ``retry`` polls again. An outcome no acceptor matches polls again
(an error no acceptor matches is raised as it is; an error an acceptor calls ``success``, such
as a 404 while waiting for a deletion, makes the wait return ``None``).

Polls are spaced by ``delay`` seconds, multiplied by ``backoff`` after each poll up to
``max_delay``, less up to ``jitter`` of it at random (so that many waiters do not poll in step);
after ``max_attempts`` polls or ``timeout`` seconds ``WaiterTimeoutError`` is raised. Both
errors carry the last result and response.
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, Literal, TypeVar, cast

import httpx

from ._exceptions import APIError, APIStatusError
from ._pagination import Path, dig
from ._response import APIResponse

__all__ = [
    "Acceptor",
    "Waiter",
    "WaiterError",
    "WaiterFailureError",
    "WaiterTimeoutError",
    "async_wait",
    "wait",
]

T = TypeVar("T")
E = TypeVar("E", bound="WaiterError")

State = Literal["success", "failure", "retry"]
Matcher = Literal["equals", "any_equals", "all_equal", "status", "error"]


@dataclass(frozen=True, slots=True)
class Acceptor:
    """One rule: when the poll's outcome matches, the waiter goes to ``state``.

    ``matcher``: ``equals`` — the value at ``path`` in the result is one of ``expected``;
    ``any_equals`` / ``all_equal`` — the value at ``path`` is a list with any / every (and at
    least one) element in ``expected``; ``status`` — the HTTP status (of a success or of an
    error) is in ``expected``; ``error`` — the poll raised an ``APIError`` (with a status in
    ``expected`` when ``expected`` is not empty). Paths step through models by attribute name and
    through JSON by key; an enum compares as its value.
    """

    state: State
    matcher: Matcher
    expected: tuple[object, ...] = ()
    path: Path = ()

    def __post_init__(self) -> None:
        if self.state not in ("success", "failure", "retry"):
            raise ValueError(f"unknown acceptor state {self.state!r}")
        if self.matcher not in ("equals", "any_equals", "all_equal", "status", "error"):
            raise ValueError(f"unknown acceptor matcher {self.matcher!r}")

    def matches(self, outcome: _Outcome) -> bool:
        """Whether this acceptor's matcher holds for the outcome of one poll."""
        if self.matcher == "error":
            error = outcome.error
            if error is None:
                return False
            return not self.expected or _status_of(error) in self.expected
        if self.matcher == "status":
            return outcome.status is not None and outcome.status in self.expected
        if outcome.error is not None:
            return False  # a value matcher looks at results, not errors
        value = dig(outcome.value, self.path)
        if self.matcher == "equals":
            return value in self.expected
        if not isinstance(value, (list, tuple)):
            return False
        items = cast("Sequence[object]", value)  # isinstance leaves the items unknown
        values = [v.value if isinstance(v, Enum) else v for v in items]
        if self.matcher == "any_equals":
            return any(v in self.expected for v in values)
        return bool(values) and all(v in self.expected for v in values)


def _status_of(error: APIError) -> int | None:
    return error.status_code if isinstance(error, APIStatusError) else None


@dataclass(frozen=True, slots=True)
class Waiter:
    """A waiter definition; ``max_attempts`` and ``timeout`` may both bound it (first wins)."""

    acceptors: tuple[Acceptor, ...]
    delay: float = 2.0  # seconds before the second poll
    max_delay: float = 30.0  # cap of the delay as backoff grows it
    backoff: float = 1.0  # delay multiplier after each poll (1: a fixed interval)
    jitter: float = 0.0  # fraction of each delay removed at random (0: none)
    max_attempts: int | None = None
    timeout: float | None = 300.0

    def __post_init__(self) -> None:
        if self.delay < 0 or self.max_delay < 0:
            raise ValueError("waiter delays must not be negative")
        if self.backoff < 1:
            raise ValueError(f"backoff must be at least 1, got {self.backoff}")
        if not 0 <= self.jitter <= 1:
            raise ValueError(f"jitter must be between 0 and 1, got {self.jitter}")
        if self.max_attempts is not None and self.max_attempts < 1:
            raise ValueError(f"max_attempts must be at least 1, got {self.max_attempts}")
        if self.max_attempts is None and self.timeout is None:
            raise ValueError("a waiter needs max_attempts or timeout: it would wait forever")


class WaiterError(APIError):
    """A waiter gave up. ``last`` is what the last poll returned (``None`` when it raised:
    see ``last_error``), ``response`` its HTTP response when known, ``attempts`` the polls."""

    last: object
    last_error: APIError | None
    response: httpx.Response | None
    attempts: int

    def __init__(
        self,
        message: str,
        *,
        last: object,
        last_error: APIError | None,
        response: httpx.Response | None,
        attempts: int,
    ) -> None:
        super().__init__(message, request=response.request if response is not None else None)
        self.last = last
        self.last_error = last_error
        self.response = response
        self.attempts = attempts


class WaiterFailureError(WaiterError):
    """An acceptor said ``failure``: the resource reached a state it will not leave."""

    acceptor: Acceptor

    def __init__(self, message: str, *, acceptor: Acceptor, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.acceptor = acceptor


class WaiterTimeoutError(WaiterError):
    """The wanted state was not reached within the timeout or the number of attempts."""


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What one poll gave: its result, or the error it raised (an acceptor matches either)."""

    value: object  # the parsed result (None when the poll raised)
    status: int | None
    response: httpx.Response | None
    error: APIError | None


def _outcome_of(result: object) -> _Outcome:
    if isinstance(result, APIResponse):  # a raw view was polled: match on its parsed body
        response = cast("APIResponse[object]", result)  # isinstance leaves its type unknown
        return _Outcome(response.parse(), response.status_code, response.http_response, None)
    return _Outcome(result, None, None, None)


def _outcome_of_error(error: APIError) -> _Outcome:
    response = error.response if isinstance(error, APIStatusError) else None
    return _Outcome(None, _status_of(error), response, error)


class _Run:
    """The bookkeeping of one wait: attempts, the deadline and the next delay."""

    def __init__(
        self,
        waiter: Waiter,
        timeout: float | None,
        interval: float | None,
        clock: Callable[[], float],
        rand: Callable[[], float],
    ) -> None:
        if interval is not None and interval < 0:
            raise ValueError(f"interval must not be negative, got {interval}")
        self.waiter = waiter
        self.clock = clock
        self.rand = rand
        limit = waiter.timeout if timeout is None else timeout
        self.deadline = None if limit is None else clock() + limit
        # An explicit interval is a fixed spacing: no backoff, no jitter.
        self.fixed = interval is not None
        self.delay = waiter.delay if interval is None else interval
        self.attempts = 0
        self.last = _Outcome(None, None, None, None)

    def decide(self, outcome: _Outcome) -> State | None:
        """The state the outcome leads to; ``None``: no acceptor matched."""
        self.attempts += 1
        self.last = outcome
        for acceptor in self.waiter.acceptors:
            if acceptor.matches(outcome):
                if acceptor.state == "failure":
                    raise self._error(
                        WaiterFailureError,
                        f"the waiter reached a failure state after {self.attempts} poll(s)",
                        acceptor=acceptor,
                    )
                return acceptor.state
        return None

    def next_sleep(self) -> float:
        """Seconds to sleep before the next poll; raises ``WaiterTimeoutError`` when out of
        attempts or time. The last sleep is cut short to poll once more at the deadline."""
        waiter = self.waiter
        if waiter.max_attempts is not None and self.attempts >= waiter.max_attempts:
            raise self._timeout(f"{self.attempts} poll(s)")
        delay = self.delay
        if not self.fixed:
            delay = min(delay, waiter.max_delay)
            delay -= delay * waiter.jitter * self.rand()
            self.delay = min(self.delay * waiter.backoff, waiter.max_delay)
        if self.deadline is not None:
            remaining = self.deadline - self.clock()
            if remaining <= 0:
                raise self._timeout(f"the timeout ({self.attempts} poll(s))")
            delay = min(delay, remaining)
        return max(delay, 0.0)

    def _timeout(self, what: str) -> WaiterTimeoutError:
        return self._error(WaiterTimeoutError, f"the wanted state was not reached within {what}")

    def _error(self, cls: type[E], message: str, **extra: Any) -> E:
        last = self.last
        return cls(
            message,
            last=last.value,
            last_error=last.error,
            response=last.response,
            attempts=self.attempts,
            **extra,
        )


def wait(
    poll: Callable[[], T],
    waiter: Waiter,
    *,
    timeout: float | None = None,
    interval: float | None = None,
    sleep: Callable[[float], object] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
    rand: Callable[[], float] = random.random,
) -> T:
    """Call ``poll`` until an acceptor of ``waiter`` says success, and return that result.

    ``timeout`` (seconds) and ``interval`` (a fixed spacing of polls) override the waiter's.
    ``sleep``, ``clock`` and ``rand`` are there for tests.
    """
    run = _Run(waiter, timeout, interval, clock, rand)
    while True:
        try:
            result = poll()
        except APIError as error:
            state = run.decide(_outcome_of_error(error))
            if state is None:
                raise
            if state == "success":  # e.g. a 404 when waiting for a deletion: no result
                return cast(T, None)
        else:
            if run.decide(_outcome_of(result)) == "success":
                return result
        sleep(run.next_sleep())


async def async_wait(
    poll: Callable[[], Awaitable[T]],
    waiter: Waiter,
    *,
    timeout: float | None = None,
    interval: float | None = None,
    sleep: Callable[[float], Awaitable[object]] | None = None,
    clock: Callable[[], float] = time.monotonic,
    rand: Callable[[], float] = random.random,
) -> T:
    """Async twin of ``wait``: ``poll`` is an async callable; ``sleep`` defaults to
    ``asyncio.sleep`` (imported here: importing asyncio costs more than the rest of the SDK)."""
    if sleep is None:
        import asyncio

        sleep = asyncio.sleep
    run = _Run(waiter, timeout, interval, clock, rand)
    while True:
        try:
            result = await poll()
        except APIError as error:
            state = run.decide(_outcome_of_error(error))
            if state is None:
                raise
            if state == "success":  # e.g. a 404 when waiting for a deletion: no result
                return cast(T, None)
        else:
            if run.decide(_outcome_of(result)) == "success":
                return result
        await sleep(run.next_sleep())
