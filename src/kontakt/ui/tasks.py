"""Running slow work off the GUI thread, with progress and cooperative cancel.

A `Task` wraps a plain function `work(progress, cancelled)`: `progress(done, total)` may be
called as often as the work likes (it is thinned to a few signals a second), and
`cancelled()` tells the work to stop. Results and errors come back as signals, delivered on
the GUI thread. The work itself knows nothing of Qt.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]
Work = Callable[[ProgressFn, CancelledFn], Any]

PROGRESS_INTERVAL_S = 0.1


class TaskSignals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    """The exception the work raised (a cancelled task raises what the work raised too)."""
    done = Signal()
    """Emitted last, after `succeeded` or `failed`."""


class Task(QRunnable):
    """One run of `work` on the global thread pool. Keep a reference while it runs."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self._work = work
        self._cancel = threading.Event()
        self._finished = threading.Event()
        self._last_progress = 0.0

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_progress >= PROGRESS_INTERVAL_S:
            self._last_progress = now
            self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self._work(self._progress, self._cancel.is_set)
        except Exception as error:  # every failure is handed to the GUI to show
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self._finished.set()
        self.signals.done.emit()

    def wait(self, timeout_s: float = 30.0) -> bool:
        """Block until the work has ended (True), or `timeout_s` has passed (False)."""
        return self._finished.wait(timeout_s)

    def start(self) -> Task:
        QThreadPool.globalInstance().start(self)
        return self
