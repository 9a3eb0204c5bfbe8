"""The cycle collector paused while one run makes a great many objects and no cycles."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused() -> Iterator[None]:
    """The cycle collector off for the block, and back on after it if it was on.

    A contact check of 100,000 rows makes about a million objects, none in a cycle, and the
    collector's passes over them cost about a tenth of the check. The collector belongs to
    the whole process, so this is for a process that does one thing (a command); never
    from a GUI worker thread, which would switch it off for the window too.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
