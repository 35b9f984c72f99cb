"""Run one function call in a forked child process beside the caller (the other core).

The child inherits everything by fork (nothing is sent to it); only the return value comes back,
pickled. An exception in the child is raised again in the parent as what the user would have
seen inline: an `SdkgenError` with the same message and exit code (its own type when it can be
sent back), a `RecursionError` as such, anything else (a bug) as a `RuntimeError` carrying the
child's traceback. The child is always reaped: `result()` joins it, `cancel()` kills and joins it,
and so does `result()` when interrupted (a signal, Ctrl-C): the child never outlives the wait.

`end_children_with_this_process()` (installed by the `sdkgen` command) makes every child the
process forks, by `multiprocessing` or `subprocess`, die with it, even when it is killed with
SIGKILL: Linux's parent-death signal, set in the child right after the fork.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from generator.errors import SdkgenError

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
            self._receiver.close()
            self._process.join()
            return None
        except BaseException:  # interrupted while waiting: the child must not go on
            self.cancel()
            raise
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


_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """In a freshly forked child: be sent SIGKILL when the parent (the thread that forked)
    ends, however it ends; leave at once when it has ended already (it may die between the fork
    and this call). No-op where Linux's `prctl` is not available."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return
    prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)


def end_children_with_this_process() -> None:
    """Every child forked from now on dies with this process, and takes SIGTERM and SIGINT
    with their default action (the parent's handlers clean up the parent's work, not theirs).
    `subprocess` children get it from `die_with_parent` as `preexec_fn` (see format.py)."""
    forking: list[int] = []

    def before() -> None:
        import ctypes  # noqa: F401 - imported in the parent, once: the child only calls it

        forking[:] = [os.getpid()]

    def in_child() -> None:
        for number in (signal.SIGTERM, signal.SIGINT):
            try:
                signal.signal(number, signal.SIG_DFL)
            except ValueError:  # forked from another thread: not the main one here
                pass
        die_with_parent(forking[0])

    os.register_at_fork(before=before, after_in_child=in_child)
