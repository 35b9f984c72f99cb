"""`python -m generator` and the `sdkgen` command: `cli.main` run as a short-lived process."""

from __future__ import annotations

import gc
import os
import signal
import sys
from types import FrameType


class Terminated(BaseException):
    """SIGTERM arrived: unwinds the run like Ctrl-C does, so that every `finally` stops the
    children and removes the staging directories; the process then dies of the signal."""

    def __init__(self, number: int) -> None:
        super().__init__(f"signal {number}")
        self.number = number


def _interrupted(number: int, frame: FrameType | None) -> None:
    """First SIGTERM or SIGINT: unwind (further ones are ignored, so that cleanup completes)."""
    for other in (signal.SIGTERM, signal.SIGINT):
        signal.signal(other, signal.SIG_IGN)
    if number == signal.SIGINT:
        raise KeyboardInterrupt
    raise Terminated(number)


def run() -> None:
    """Run the command line and leave without tearing the interpreter down.

    A generation allocates a large, mostly acyclic object graph (the spec, the IR, rendered
    text) and then exits: cyclic GC passes over it find next to nothing, and finalising every
    module and object at exit costs more than the small-spec run's whole build stage (~35 ms of
    ~290). Everything the CLI writes is closed by then (files are written whole, forked helpers
    joined, staging removed); the standard streams are flushed here. `cli.main` itself (what
    tests and library users call) does neither.

    SIGTERM and SIGINT unwind the run (children killed, staging removed: see `Terminated`);
    every child forked dies with this process even when it is SIGKILLed
    (`fork.end_children_with_this_process`). Ctrl-C still exits with 130, SIGTERM by the signal.
    """
    gc.disable()
    if hasattr(signal, "SIGPIPE"):
        # Like any command-line tool, end quietly when the reader of our output goes away
        # (`sdkgen … | head`) rather than with a BrokenPipeError traceback: by the time anything
        # is printed, the work is done and written.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, _interrupted)
    signal.signal(signal.SIGINT, _interrupted)
    try:
        # Imported inside the try: a signal can arrive while they import (nothing to clean up
        # yet, but the process must still end quietly, not with a traceback).
        from generator.cli import main
        from generator.output.fork import end_children_with_this_process

        end_children_with_this_process()
        code = main()
    except KeyboardInterrupt:  # before `main` took over its own Ctrl-C handling
        _flush()
        os._exit(130)
    except Terminated as terminated:
        _flush()
        signal.signal(terminated.number, signal.SIG_DFL)
        os.kill(os.getpid(), terminated.number)
        os._exit(128 + terminated.number)  # not reached: the signal's default action ends us
    _flush()
    os._exit(code)


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing left to deliver
            pass


if __name__ == "__main__":
    run()
