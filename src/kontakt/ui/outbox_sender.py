"""The application's outbox sender: works the outbox while Kontakt runs, off the GUI thread.

A worker object on its own QThread makes a pass (`services.outbox.work_outbox`) a moment
after start (the window's start comes first), then every `interval_s` seconds, and at once
when asked (`send_now`, e.g. the workspace's
"Send no" button). Each pass's result comes to the GUI thread as `status_changed`, so a
workspace can say that requests wait in the outbox because Kontakt is offline. `stop` ends
the loop and waits for the thread; the main window calls it on close (and the application
on quit). A pass cut short loses nothing: every attempt is in the database before it goes.
After each pass it reads IKTNH's operating status (with its ETag) and sends the notices
that concern the municipality as `notices_changed` when they changed.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

if TYPE_CHECKING:
    from kontakt.api.notices import Notice
    from kontakt.services.database import Database
    from kontakt.services.outbox import OutboxState

INTERVAL_S = 60.0
FIRST_DELAY_S = 3.0
STOP_TIMEOUT_MS = 20_000
"""Longer than one request's connect and read timeouts in the window (5 s + 10 s)."""


class _Worker(QObject):
    passed = Signal(object)
    """An OutboxState, after each pass."""
    notices = Signal(object)
    """The notices in force for the municipality (list of Notice), when IKTNH's changed."""

    def __init__(self, db: Database, interval_s: float, first_delay_s: float) -> None:
        super().__init__()
        self._db = db
        self._interval_s = interval_s
        self._first_delay_s = first_delay_s
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._etag: str | None = None

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    @Slot()
    def run(self) -> None:
        # the window's start comes first: the first pass waits a moment (or a "send now")
        self._wake.wait(self._first_delay_s)
        self._wake.clear()
        while not self._stop.is_set():
            self.passed.emit(self._one_pass())
            if not self._stop.is_set():
                self._read_status()
            self._wake.wait(self._interval_s)
            self._wake.clear()

    def _one_pass(self) -> OutboxState:
        from kontakt.services import outbox

        return outbox.work_outbox(self._db, cancelled=self._stop.is_set)

    def _read_status(self) -> None:
        from kontakt.services import operating_status

        found = operating_status.poll(self._db, self._etag)
        if found is None or found[0].not_modified:
            return
        status, kommune = found
        self._etag = status.etag
        self.notices.emit(status.current(kommune))


class OutboxSender(QObject):
    """Owns the worker and its thread; `start` once, `stop` before the application goes."""

    status_changed = Signal(object)
    """An OutboxState, on the GUI thread."""
    notices_changed = Signal(object)
    """IKTNH's notices in force for the municipality (list of Notice), on the GUI thread,
    when they changed (GET /status with its ETag after each pass)."""

    def __init__(
        self,
        db: Database,
        parent: QObject | None = None,
        interval_s: float = INTERVAL_S,
        first_delay_s: float = FIRST_DELAY_S,
    ) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("OutboxSender")
        self._worker = _Worker(db, interval_s, first_delay_s)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.passed.connect(self._passed)
        self._worker.notices.connect(self._noticed)
        self.last_status: OutboxState | None = None
        self.last_notices: list[Notice] | None = None
        """The notices of the last change (None before IKTNH's status was read): a page
        built later shows them at once."""
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def start(self) -> None:
        if not self._thread.isRunning():
            self._thread.start()

    def send_now(self) -> None:
        """Make a pass now rather than at the next interval."""
        self._worker.wake()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def stop(self) -> bool:
        """End the loop and wait for the thread; False when it did not end in time."""
        if not self._thread.isRunning():
            return True
        self._worker.stop()
        self._thread.quit()
        return bool(self._thread.wait(STOP_TIMEOUT_MS))

    @Slot(object)
    def _noticed(self, notices: list[Notice]) -> None:
        self.last_notices = notices
        self.notices_changed.emit(notices)

    @Slot(object)
    def _passed(self, status: OutboxState) -> None:
        self.last_status = status
        self.status_changed.emit(status)
