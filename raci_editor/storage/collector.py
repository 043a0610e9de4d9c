"""Hold Python's cycle collector while a big matrix is read, checked or set up."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused() -> Iterator[None]:
    """Pause the cycle collector for the block, and let it run as before after it.

    Reading a 10,000 × 200 matrix makes a million small objects that hold no
    cycles, and setting it up tens of thousands more (findings, rows); each
    time enough have piled up the collector walks every object there is,
    which added a fifth to reading and showing a big file and a tenth to
    ``validate``. Nothing is lost by waiting: a cycle left meanwhile is freed
    once the collector runs again (or at exit).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
