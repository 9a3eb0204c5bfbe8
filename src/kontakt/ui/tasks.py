"""Running slow work off the GUI thread, with progress, cooperative cancel and a safe end.

The work is a plain function `work(progress, cancelled)` that knows nothing of Qt (a
service call): `progress(done, total)` may be called as often as the work likes (it is
thinned to a few signals a second), and `cancelled()` tells the work to stop.

A widget runs its work through a `TaskRunner`, which delivers progress, the result and the
error on the GUI thread, and only while the widget lives: when the widget is deleted or
the window closes while the work runs, the work is cancelled and what it still reports
goes nowhere. Every task stays referenced until its thread has let go of it, and
`stop_all` ends them before the application goes.
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
STOP_TIMEOUT_S = 30.0


class TaskSignals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    """The exception the work raised (a cancelled task raises what the work raised too)."""
    done = Signal()
    """Emitted last, after `succeeded` or `failed`."""


class Task(QRunnable):
    """One run of `work` on the global thread pool (use it through a `TaskRunner`)."""

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

    def is_finished(self) -> bool:
        return self._finished.is_set()

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
        self.signals.done.emit()
        # Set only now: whoever waits may tear the application down as soon as it is set.
        self._finished.set()

    def wait(self, timeout_s: float = STOP_TIMEOUT_S) -> bool:
        """Block until the work has ended (True), or `timeout_s` has passed (False)."""
        return self._finished.wait(timeout_s)

    def start(self) -> Task:
        _running.keep(self)
        QThreadPool.globalInstance().start(self)
        return self


class _Running:
    """The tasks started, kept until seen to have ended, so none is freed while its thread
    still uses it (ended ones are dropped as the next one starts)."""

    def __init__(self) -> None:
        self.tasks: set[Task] = set()
        self._lock = threading.Lock()

    def keep(self, task: Task) -> None:
        with self._lock:
            self.tasks = {t for t in self.tasks if not t.is_finished()}
            self.tasks.add(task)

    def stop_all(self, timeout_s: float) -> bool:
        with self._lock:
            tasks = list(self.tasks)
        for task in tasks:
            task.cancel()
        return QThreadPool.globalInstance().waitForDone(int(timeout_s * 1000))


_running = _Running()


def stop_all(timeout_s: float = STOP_TIMEOUT_S) -> bool:
    """Cancel every running task and wait until each has returned (False on timeout).

    Call it before the application object goes, so no thread still reports to it."""
    return _running.stop_all(timeout_s)


class TaskRunner(QObject):
    """Runs one piece of work at a time for `owner`, reporting on the GUI thread.

    `run(work, on_result, on_error, on_progress, on_done)`: when the work ends, `on_done()`
    is called first (the runner is idle again, so the widget can reset its buttons), then
    `on_result(value)` or `on_error(exception)`, which may start the next piece of work.
    The runner is a child of `owner`: deleting the owner cancels the work, and nothing
    is delivered to it afterwards.
    """

    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        self._task: Task | None = None
        self._on_result: Callable[[Any], None] = _ignore
        self._on_error: Callable[[Exception], None] = _ignore
        self._on_progress: ProgressFn = _ignore_progress
        self._on_done: Callable[[], None] = _nothing
        current: list[Task | None] = [None]
        self._current = current
        # Runs as the owner is deleted; captures the holder, not the dying runner.
        self.destroyed.connect(lambda: _cancel(current[0]))

    @property
    def running(self) -> bool:
        return self._task is not None

    def run(
        self,
        work: Work,
        on_result: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        on_progress: ProgressFn | None = None,
        on_done: Callable[[], None] | None = None,
    ) -> Task:
        """Start `work` off the GUI thread; refused while another piece of work runs."""
        if self._task is not None:
            raise RuntimeError("the runner is busy")
        self._on_result = on_result
        self._on_error = on_error
        self._on_progress = on_progress or _ignore_progress
        self._on_done = on_done or _nothing
        task = Task(work)
        task.signals.progress.connect(self._progress)
        task.signals.succeeded.connect(self._succeeded)
        task.signals.failed.connect(self._failed)
        self._task = task
        self._current[0] = task
        return task.start()

    def cancel(self) -> None:
        """Ask the running work to stop (its end is reported as usual)."""
        _cancel(self._task)

    def wait(self, timeout_s: float = STOP_TIMEOUT_S) -> None:
        """Wait for the running work to end without cancelling it (a short transaction
        that should finish before the window goes)."""
        if self._task is not None:
            self._task.wait(timeout_s)

    def shut_down(self, timeout_s: float = STOP_TIMEOUT_S) -> None:
        """Cancel the running work and wait for it (the window is closing)."""
        task = self._task
        if task is not None:
            task.cancel()
            task.wait(timeout_s)

    def _progress(self, done: int, total: int) -> None:
        if self._task is not None:
            self._on_progress(done, total)

    def _end(self) -> None:
        self._task = None
        self._current[0] = None
        self._on_done()

    def _succeeded(self, result: object) -> None:
        self._end()
        self._on_result(result)

    def _failed(self, error: Exception) -> None:
        self._end()
        self._on_error(error)


def _cancel(task: Task | None) -> None:
    if task is not None:
        task.cancel()


def _ignore(_value: Any) -> None:
    return None


def _ignore_progress(_done: int, _total: int) -> None:
    return None


def _nothing() -> None:
    return None
