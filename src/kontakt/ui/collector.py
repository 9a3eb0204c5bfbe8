"""Python's cyclic garbage collection, run on the GUI thread only.

Python collects cycles in whichever thread happens to allocate when a threshold is passed.
In a Qt program that is often a worker (a service call building thousands of objects), and
a cycle it collects may hold the wrapper of a widget: shiboken then hands the widget's
deletion to the GUI thread at a moment Qt does not expect, and the process crashes in
`QObject::~QObject` (seen here as a segmentation fault while an import ran). So while the
window runs, automatic collection is off and this timer collects on the GUI thread, one
generation at a time, as the thresholds say (the recipe calibre and other PyQt programs
use). The command line keeps Python's own collection.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500
"""How often the thresholds are looked at: cheap, and soon enough for memory to stay flat."""


class MainThreadCollector(QObject):
    """Turns automatic collection off and collects from a timer on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the oldest generation whose count has passed its threshold."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        """Collect what is left on this thread and give collection back to Python."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
