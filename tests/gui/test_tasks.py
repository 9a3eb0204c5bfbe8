"""Background work through `TaskRunner`: progress, cancel, result and error on the GUI
thread, and nothing reported to a widget that is gone."""

from __future__ import annotations

import gc
import threading
import time

import pytest
from PySide6.QtCore import QObject, QThread, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kontakt.ui.collector import INTERVAL_MS
from kontakt.ui.tasks import CancelledFn, ProgressFn, TaskRunner


class Cancelled(Exception):
    pass


class Recorder:
    """What a widget sees of one piece of work, and on which thread it saw it."""

    def __init__(self) -> None:
        self.progress: list[tuple[int, int]] = []
        self.results: list[object] = []
        self.errors: list[Exception] = []
        self.done = 0
        self.threads: set[QThread] = set()

    def _seen(self) -> None:
        self.threads.add(QThread.currentThread())

    def on_progress(self, done: int, total: int) -> None:
        self._seen()
        self.progress.append((done, total))

    def on_result(self, value: object) -> None:
        self._seen()
        self.results.append(value)

    def on_error(self, error: Exception) -> None:
        self._seen()
        self.errors.append(error)

    def on_done(self) -> None:
        self._seen()
        self.done += 1

    def ended(self) -> bool:
        return bool(self.results or self.errors)


def run(runner: TaskRunner, work: object, seen: Recorder) -> None:
    runner.run(work, seen.on_result, seen.on_error, seen.on_progress, seen.on_done)  # type: ignore[arg-type]


@pytest.fixture
def owner(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_progress_and_result_arrive_on_the_gui_thread(qtbot: QtBot, owner: QWidget) -> None:
    runner = TaskRunner(owner)
    seen = Recorder()

    def count(progress: ProgressFn, cancelled: CancelledFn) -> int:
        for done in range(1, 4):
            progress(done, 3)
        return 42

    run(runner, count, seen)
    assert runner.running
    qtbot.waitUntil(seen.ended)
    assert seen.results == [42] and seen.errors == []
    assert seen.progress[-1] == (3, 3)
    assert seen.done == 1 and not runner.running
    assert seen.threads == {QApplication.instance().thread()}  # type: ignore[union-attr]


def test_an_error_is_handed_back_not_raised(qtbot: QtBot, owner: QWidget) -> None:
    runner = TaskRunner(owner)
    seen = Recorder()

    def broken(progress: ProgressFn, cancelled: CancelledFn) -> None:
        raise ValueError("kolonne 3 manglar")

    run(runner, broken, seen)
    qtbot.waitUntil(seen.ended)
    assert [str(e) for e in seen.errors] == ["kolonne 3 manglar"] and seen.done == 1


def test_cancel_stops_the_work(qtbot: QtBot, owner: QWidget) -> None:
    runner = TaskRunner(owner)
    seen = Recorder()
    started = threading.Event()
    steps: list[int] = []

    def endless(progress: ProgressFn, cancelled: CancelledFn) -> None:
        started.set()
        while not cancelled():
            steps.append(1)
            threading.Event().wait(0.001)
        raise Cancelled

    run(runner, endless, seen)
    assert started.wait(10)
    runner.cancel()
    qtbot.waitUntil(seen.ended)
    assert len(seen.errors) == 1 and isinstance(seen.errors[0], Cancelled)
    assert not runner.running


def test_the_next_work_can_start_from_the_result(qtbot: QtBot, owner: QWidget) -> None:
    runner = TaskRunner(owner)
    seen = Recorder()

    def then_more(value: object) -> None:
        seen.results.append(value)
        if value == 1:
            runner.run(lambda p, c: 2, then_more, seen.on_error, on_done=seen.on_done)

    runner.run(lambda p, c: 1, then_more, seen.on_error, on_done=seen.on_done)
    qtbot.waitUntil(lambda: len(seen.results) == 2)
    assert seen.results == [1, 2] and seen.done == 2 and not runner.running


def test_one_piece_of_work_at_a_time(qtbot: QtBot, owner: QWidget) -> None:
    runner = TaskRunner(owner)
    release = threading.Event()
    seen = Recorder()
    run(runner, lambda p, c: release.wait(10), seen)
    with pytest.raises(RuntimeError):
        run(runner, lambda p, c: None, Recorder())
    release.set()
    qtbot.waitUntil(seen.ended)


def test_deleting_the_owner_mid_work_cancels_it_and_reports_nothing(
    qtbot: QtBot, capfd: pytest.CaptureFixture[str]
) -> None:
    owner = QWidget()
    runner = TaskRunner(owner)
    seen = Recorder()
    started, owner_gone, finished = threading.Event(), threading.Event(), threading.Event()
    saw_cancel: list[bool] = []

    def slow(progress: ProgressFn, cancelled: CancelledFn) -> str:
        started.set()
        owner_gone.wait(10)
        saw_cancel.append(cancelled())
        progress(1, 1)  # reported after the owner went: must go nowhere
        finished.set()
        return "late"

    run(runner, slow, seen)
    assert started.wait(10)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(runner))
    owner_gone.set()
    assert finished.wait(10)
    qtbot.wait(200)  # let any queued report arrive, if one were still connected
    assert saw_cancel == [True]
    assert seen.progress == [] and seen.results == [] and seen.done == 0
    err = capfd.readouterr().err
    assert "Traceback" not in err and "RuntimeError" not in err


def _alive(obj: object) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(obj))


def test_once_shut_down_returns_the_work_no_longer_reports(
    qtbot: QtBot, owner: QWidget, capfd: pytest.CaptureFixture[str]
) -> None:
    import shiboken6

    runner = TaskRunner(owner)
    started = threading.Event()

    def until_cancelled(progress: ProgressFn, cancelled: CancelledFn) -> None:
        started.set()
        while not cancelled():
            threading.Event().wait(0.001)
        raise Cancelled

    task = runner.run(until_cancelled, _ignore, _ignore)
    assert started.wait(10)
    runner.shut_down()
    # What the application's end does to every Qt object: the closing window waited for
    # the work, so nothing of it may still be reporting.
    shiboken6.delete(task.signals)
    assert QThreadPool.globalInstance().waitForDone(10_000)
    err = capfd.readouterr().err
    assert "Signal source has been deleted" not in err and "Traceback" not in err


def _ignore(_value: object) -> None:
    return None


def test_cycles_are_collected_on_the_gui_thread_while_a_worker_allocates(
    qtbot: QtBot, qapp: QApplication
) -> None:
    # A cycle collected on a worker can hold a widget's wrapper, whose deletion then
    # crashes Qt (seen as a segmentation fault during an import): every collection
    # while the window runs happens on the GUI thread.
    threads: list[str] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    def allocate(progress: ProgressFn, cancelled: CancelledFn) -> int:
        made = []
        deadline = time.monotonic() + 3 * INTERVAL_MS / 1000
        while time.monotonic() < deadline:  # kept alive: far past generation 0's threshold
            made.extend([i] for i in range(10_000))
            time.sleep(0.01)
        return min(len(made), 300_000)

    results: list[int] = []
    gc.callbacks.append(note)
    try:
        runner = TaskRunner(QObject())
        runner.run(allocate, results.append, pytest.fail)
        qtbot.waitUntil(lambda: results == [300_000], timeout=20_000)
        qtbot.wait(2 * INTERVAL_MS)
    finally:
        gc.callbacks.remove(note)
    assert threads, "nothing was collected while the worker allocated"
    assert set(threads) == {threading.main_thread().name}
