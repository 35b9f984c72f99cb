"""Run one function call in a forked child process beside the caller (the other core).

The child inherits everything by fork (nothing is sent to it); only the return value comes back,
pickled. An exception in the child is raised again in the parent as what the user would have
seen inline: an `SdkgenError` with the same message and exit code (its own type when it can be
sent back), a `RecursionError` as such, anything else (a bug) as a `RuntimeError` carrying the
child's traceback. The child is always reaped: `result()` joins it, `cancel()` kills and joins it.
"""

from __future__ import annotations

import pickle
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .errors import SdkgenError

if TYPE_CHECKING:  # multiprocessing itself is imported when a call is forked (small specs never)
    import multiprocessing.process

T = TypeVar("T")


class ForwardedError(SdkgenError):
    """An `SdkgenError` raised in a child process whose type cannot travel back (its constructor
    takes other arguments): same message, same exit code."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code

    def __reduce__(self) -> tuple[Any, ...]:
        return (ForwardedError, (str(self), self.exit_code))


class ForkedCall(Generic[T]):
    """`function(*args)` running in a forked child; `result()` waits for its value."""

    def __init__(self, function: Callable[..., T], *args: Any) -> None:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        self._receiver, sender = context.Pipe(duplex=False)
        self._process: multiprocessing.process.BaseProcess = context.Process(
            target=_call_and_send, args=(function, args, sender), daemon=True
        )
        self._process.start()
        sender.close()

    def result(self) -> T | None:
        """The child's return value; None when it died without answering (killed, out of memory),
        so the caller can do the work itself. Its exception, translated, if it raised one."""
        try:
            kind, payload = self._receiver.recv()
        except (EOFError, OSError):
            return None
        finally:
            self._receiver.close()
            self._process.join()
        if kind == "ok":
            return payload  # type: ignore[no-any-return]
        raise _rebuilt(kind, payload)

    def cancel(self) -> None:
        """Stop the child if it still runs, and reap it (no zombie)."""
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._receiver.close()


def _call_and_send(function: Callable[..., Any], args: tuple[Any, ...], sender: Any) -> None:
    try:
        try:
            value = function(*args)
        except SdkgenError as exc:
            sender.send(("sdkgen", _portable(exc)))
        except RecursionError as exc:
            sender.send(("recursion", str(exc)))
        except BaseException as exc:  # a bug: reported with the child's traceback
            sender.send(("crash", f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}"))
        else:
            sender.send(("ok", value))
    finally:
        sender.close()


def _portable(exc: SdkgenError) -> SdkgenError:
    """`exc` itself when it survives pickling, else a `ForwardedError` saying the same."""
    try:
        copy = pickle.loads(pickle.dumps(exc))
    except Exception:
        copy = None
    if isinstance(copy, SdkgenError) and str(copy) == str(exc):
        return exc
    return ForwardedError(str(exc), exc.exit_code)


def _rebuilt(kind: str, payload: Any) -> BaseException:
    if kind == "sdkgen" and isinstance(payload, SdkgenError):
        return payload
    if kind == "recursion":
        return RecursionError(payload)
    return RuntimeError(f"a forked child process failed: {payload}")
