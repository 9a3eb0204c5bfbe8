"""Keep `None` alive under PySide6 6.12.0 on CPython 3.11.

That PySide6 gives back `None` from every method that returns nothing (`setPos`,
`QPainterPath.lineTo`, …) without the reference it owes, so each such call lowers
`None`'s reference count by one (measured: 100 calls of `setZValue`, 100 fewer). A few
thousand calls, as opening a large ring pattern makes, bring it to zero and CPython
aborts ("deallocating None"). From CPython 3.12 on `None` is immortal and the miscount
does no harm; here it is made as good as immortal by giving it a count no process reaches.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Final

RESERVE: Final = 1 << 48


def guard_none() -> None:
    """Raise `None`'s reference count out of reach (once; nothing to do from 3.12)."""
    if sys.version_info >= (3, 12) or sys.getrefcount(None) > RESERVE:
        return
    count = ctypes.c_ssize_t.from_address(id(None))
    count.value += RESERVE
