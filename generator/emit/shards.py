"""How rendering runs in bulk: split into parts that processes share (`Shard`), without the
cyclic garbage collector's passes over a large heap (`gc_paused`)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block (restored after, if it was on).

    Rendering allocates hundreds of thousands of container objects (views, tuples, Jinja
    contexts) beside a large IR: the collector's passes over the whole heap cost ~12 % of
    rendering a big spec, and find next to nothing (~15 k objects for GitHub's 13.5 k files,
    collected when the block ends)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@dataclass(frozen=True)
class Shard:
    """Part `index` of `count`: the model modules are dealt out among the parts (every
    `count`-th one), everything else is in part 0 — so that processes can share the work."""

    index: int = 0
    count: int = 1

    def takes(self, position: int) -> bool:
        return position % self.count == self.index


WHOLE = Shard()
