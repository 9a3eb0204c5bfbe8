"""The window's outbox sender: delivers while Kontakt runs, off the GUI thread, says when
requests wait because IKTNH cannot be reached, and stops cleanly with the window."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kontakt.core.changes.states import State
from kontakt.services import municipality
from kontakt.storage.db import Database
from kontakt.ui.app import Translations
from kontakt.ui.main_window import MainWindow
from kontakt.ui.outbox_sender import OutboxSender
from kontakt.ui.workspaces.changes.requests import ChangeRequestsWorkspace
from tests.e2e.support import MemoryKeyring, Running, queue, row


def _use_api(db: Database, base_url: str) -> None:
    settings = municipality.current(db)
    assert settings is not None
    municipality.save(db, dataclasses.replace(settings, api_base_url=base_url))


def test_the_sender_delivers_off_the_gui_thread_and_stops(
    qtbot: QtBot,
    running: Running,
    demo_db: Database,
    key: Ed25519PrivateKey,
    keyring_with_key: MemoryKeyring,
) -> None:
    _use_api(demo_db, running.base_url)
    (request_id,) = queue(demo_db, key)
    sender = OutboxSender(demo_db, interval_s=60, first_delay_s=0)
    seen_threads: list[threading.Thread] = []
    sender.status_changed.connect(lambda _s: seen_threads.append(threading.current_thread()))
    with qtbot.waitSignal(sender.status_changed, timeout=10_000) as signal:
        sender.start()
    status = signal.args[0]
    assert status.waiting == 0 and not status.offline and status.problem is None
    assert status.report.delivered == [request_id]
    assert row(demo_db, request_id).state == State.DELIVERED
    assert seen_threads == [threading.main_thread()]  # the result arrives on the GUI thread

    (second,) = queue(demo_db, key)
    with qtbot.waitSignal(sender.status_changed, timeout=10_000):
        sender.send_now()  # at once, not after the 60 s interval
    assert row(demo_db, second).state == State.DELIVERED
    assert sender.stop() and not sender.is_running()


def test_offline_is_said_and_the_request_waits(
    qtbot: QtBot, demo_db: Database, key: Ed25519PrivateKey, keyring_with_key: MemoryKeyring
) -> None:
    _use_api(demo_db, "http://127.0.0.1:9/v1")
    (request_id,) = queue(demo_db, key)
    sender = OutboxSender(demo_db, first_delay_s=0)
    with qtbot.waitSignal(sender.status_changed, timeout=10_000) as signal:
        sender.start()
    assert signal.args[0].offline and signal.args[0].waiting == 1
    assert row(demo_db, request_id).state == State.QUEUED
    assert sender.stop()


def test_without_an_api_address_nothing_is_sent(qtbot: QtBot, demo_db: Database) -> None:
    sender = OutboxSender(demo_db, first_delay_s=0)
    with qtbot.waitSignal(sender.status_changed, timeout=10_000) as signal:
        sender.start()
    assert signal.args[0].problem == "no-api"
    assert sender.stop()


def test_the_main_window_stops_its_sender_on_close(
    qtbot: QtBot, qapp: QApplication, demo_db: Database, config_home: object
) -> None:
    window = MainWindow(Translations(qapp), demo_db)
    qtbot.addWidget(window)
    assert window.outbox_sender is not None
    assert window.outbox_sender.is_running()
    window.close()
    assert not window.outbox_sender.is_running()


def test_notices_that_concern_the_municipality_come_after_a_pass(
    qtbot: QtBot, running: Running, demo_db: Database, keyring_with_key: MemoryKeyring
) -> None:
    _use_api(demo_db, running.base_url)
    running.receiver.add_notice(
        {
            "severity": "outage",
            "title": "Telefoni nede",
            "services": ["telephony"],
            "start": "2026-11-30T08:00:00Z",
        }
    )
    running.receiver.add_notice(
        {"severity": "info", "title": "Anna kommune", "municipalities": ["4631"]}
    )
    sender = OutboxSender(demo_db, first_delay_s=0)
    with qtbot.waitSignal(sender.notices_changed, timeout=10_000) as signal:
        sender.start()
    assert [n.title for n in signal.args[0]] == ["Telefoni nede"]
    with (
        qtbot.assertNotEmitted(sender.notices_changed, wait=300),
        qtbot.waitSignal(sender.status_changed, timeout=10_000),
    ):
        sender.send_now()  # the same ETag: not modified, nothing new to show
    assert sender.stop()


def test_send_now_on_the_page_goes_through_the_windows_sender(
    qtbot: QtBot,
    qapp: QApplication,
    running: Running,
    demo_db: Database,
    key: Ed25519PrivateKey,
    keyring_with_key: MemoryKeyring,
    config_home: object,
) -> None:
    _use_api(demo_db, running.base_url)
    # in force whenever the test runs: a notice that has ended is not shown
    start = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=1)
    running.receiver.add_notice(
        {
            "severity": "outage",
            "title": "Telefoni nede",
            "services": ["telephony"],
            "start": start.isoformat(),
            "end": (start + dt.timedelta(days=1)).isoformat(),
        }
    )
    translations = Translations(qapp)
    translations.use("en")
    window = MainWindow(translations, demo_db)
    qtbot.addWidget(window)
    sender = window.outbox_sender
    assert sender is not None
    (request_id,) = queue(demo_db, key)
    page = window.workspace(window.workspace_keys().index("changes"))
    assert isinstance(page, ChangeRequestsWorkspace) and page.outbox_sender is sender
    assert page.send_button.isEnabled() and page.notices.isHidden()
    # at once, not after the sender's first delay; IKTNH's status is read after the pass
    with qtbot.waitSignals([sender.status_changed, sender.notices_changed], timeout=10_000):
        page.send_button.click()
        assert page.send_status.text() == "Sending the outbox to IKTNH…"
    since = start.astimezone().strftime("%Y-%m-%d %H:%M")
    assert f"Outage: Telefoni nede. Affected: telephony. From {since}" in page.notices.text()
    assert page.send_status.text() == "1 change request delivered; 0 refused by IKTNH."
    assert row(demo_db, request_id).state == State.DELIVERED
    assert page.model.data(page.model.index(0, 2)) == "Delivered"
    assert page.banner.isHidden()
    later = ChangeRequestsWorkspace(demo_db, sender)  # a page built after: the same notices
    qtbot.addWidget(later)
    assert later.notices.text() == page.notices.text()
    window.close()


def test_the_page_says_requests_wait_while_kontakt_is_offline(
    qtbot: QtBot,
    demo_db: Database,
    key: Ed25519PrivateKey,
    keyring_with_key: MemoryKeyring,
    qapp: QApplication,
) -> None:
    _use_api(demo_db, "http://127.0.0.1:9/v1")
    queue(demo_db, key)
    translations = Translations(qapp)
    translations.use("en")
    sender = OutboxSender(demo_db, first_delay_s=0)
    page = ChangeRequestsWorkspace(demo_db, sender)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(sender.status_changed, timeout=10_000):
        sender.start()
    assert page.banner.isVisible()
    assert page.banner.text().startswith(
        "1 change request waits in the outbox: Kontakt cannot reach IKTNH (offline)."
    )
    assert sender.stop()
