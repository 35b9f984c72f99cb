"""`python -m generator` and the `sdkgen` command: `cli.main` run as a short-lived process."""

from __future__ import annotations

import gc
import os
import signal
import sys


def run() -> None:
    """Run the command line and leave without tearing the interpreter down.

    A generation allocates a large, mostly acyclic object graph (the spec, the IR, rendered
    text) and then exits: cyclic GC passes over it find next to nothing, and finalising every
    module and object at exit costs more than the small-spec run's whole build stage (~35 ms of
    ~290). Everything the CLI writes is closed by then (files are written whole, forked helpers
    joined, staging removed); the standard streams are flushed here. `cli.main` itself (what
    tests and library users call) does neither.
    """
    gc.disable()
    if hasattr(signal, "SIGPIPE"):
        # Like any command-line tool, end quietly when the reader of our output goes away
        # (`sdkgen … | head`) rather than with a BrokenPipeError traceback: by the time anything
        # is printed, the work is done and written.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    from .cli import main

    code = main()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing left to deliver
            pass
    os._exit(code)


if __name__ == "__main__":
    run()
