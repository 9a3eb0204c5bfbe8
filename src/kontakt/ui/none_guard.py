"""Keep `None` alive under a PySide6 that miscounts it (6.12.0 on CPython 3.11).

That PySide6 gives back `None` from every method that returns nothing (`setPos`,
`QPainterPath.lineTo`, …) without the reference it owes, so each such call lowers `None`'s
reference count by one (measured: 100 calls of `setZValue`, 99 fewer; 6.11.3 counts right).
A few thousand calls, as opening a large ring pattern makes, bring it to zero and CPython
aborts ("deallocating None"). From CPython 3.12 on `None` is immortal and the miscount does
no harm. So the miscount is measured once at start, and only where it is seen is `None`
made as good as immortal, with a count no process reaches.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Final

RESERVE: Final = 1 << 48
PROBE_CALLS: Final = 20


def miscounts_none() -> bool:
    """Whether this PySide6 loses a reference to `None` on a call that returns nothing."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - PROBE_CALLS // 2


def guard_none() -> None:
    """Raise `None`'s reference count out of reach where the miscount is seen (once)."""
    if sys.version_info >= (3, 12) or sys.getrefcount(None) > RESERVE:
        return
    if not miscounts_none():
        return
    count = ctypes.c_ssize_t.from_address(id(None))
    count.value += RESERVE
