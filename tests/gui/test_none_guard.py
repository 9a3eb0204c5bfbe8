"""A long session of Qt calls does not wear `None` out (PySide6 6.12.0 on CPython 3.11)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys
    references = sys.getrefcount(None)
    import kontakt.ui  # guards None where this PySide6 miscounts it
    from PySide6.QtCore import QObject

    probe = QObject()
    for _ in range(2 * references + 100_000):
        probe.setObjectName("x")  # returns nothing: the call that miscounts
    print("alive")
    """
)


def test_calls_that_return_nothing_leave_none_alive() -> None:
    # More such calls than None has references: with the miscount and no guard, CPython
    # aborts with "deallocating None" (a ring pattern of 500 cards makes thousands).
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "alive"
