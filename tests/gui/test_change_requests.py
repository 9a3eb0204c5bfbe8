"""Endringsbestillingar: a draft approved and signed through the confirmation, as a user
would do it; what the confirmation shows is exactly what is signed and stored."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import rfc8785
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from kontakt.api.notices import Notice
from kontakt.core.changes.approval import verify_body
from kontakt.core.phone_text import national_form
from kontakt.core.texts import untranslated
from kontakt.resources import resource_path
from kontakt.services import changes_approval, contact_data, correction_drafts, signing_keys
from kontakt.services.contacts import ContactCheckRequest, preview_mapping, run_contact_check
from kontakt.services.outbox import OutboxState
from kontakt.storage.db import Database
from kontakt.storage.models import (
    ChangeRequest,
    DeliveryAttempt,
    Municipality,
    TestCaseResult,
    TestRun,
)
from kontakt.ui.app import Translations
from kontakt.ui.outbox_sender import OutboxSender
from kontakt.ui.workspaces.changes.requests import ChangeRequestsWorkspace
from tests.unit.keys.memory import MemoryKeyring, memory_keyring, no_keyring

__all__ = ["memory_keyring", "no_keyring"]  # fixtures

DEMO_PATTERN = resource_path("demo", "demo-sentralbord.ringpattern.json")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp)  # kept: its translators go with it
    translations.use("en")
    yield translations


def draft(db: Database, tmp_path: Path) -> int:
    document = json.loads(DEMO_PATTERN.read_text(encoding="utf-8"))
    document["entries"][1]["label"] = "Heimetenesta (ny)"
    path = tmp_path / "ny.ringpattern.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return changes_approval.draft_pattern_change(db, path, untranslated, "Ny tekst")


def page_for(qtbot: QtBot, db: Database) -> ChangeRequestsWorkspace:
    """The page as the window builds it, with an outbox sender (not started: nothing is
    sent unless a test starts it)."""
    page = ChangeRequestsWorkspace(db, OutboxSender(db))
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    return page


def stored(db: Database, number: int) -> ChangeRequest:
    with db.session() as session:
        row = session.get(ChangeRequest, number)
        assert row is not None
        return row


def test_approve_and_sign_through_the_confirmation(
    qtbot: QtBot,
    demo_db: Database,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    english: Translations,
) -> None:
    key = signing_keys.create_key(demo_db)
    number = draft(demo_db, tmp_path)
    page = page_for(qtbot, demo_db)
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 2)) == "Draft"
    page.table.selectRow(0)
    shown = page.detail.toPlainText()
    assert "Changed number 56 10 05 00:" in shown and "→ Heimetenesta (ny)" in shown
    assert "Not approved yet." in shown
    assert "Compared with version 1 of the current set-up:" in shown
    assert page.approve_button.isEnabled() and not page.copy_button.isEnabled()
    assert not page.send_button.isHidden()  # the outbox is there: the request can be sent

    page.approve_button.click()
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    row = stored(demo_db, number)
    assert dialog.signed.toPlainText().encode() == rfc8785.dumps(row.change)
    assert key.key_id in [label.text() for label in dialog.findChildren(QLabel)]
    dialog.approve_button.click()

    row = stored(demo_db, number)
    assert row.state == "queued"
    assert row.signed_change == dialog.signed.toPlainText().encode()
    assert row.body is not None and verify_body(row.body, key.jwk) == row.change
    assert page.model.data(page.model.index(0, 2)) == "Waiting in the outbox"
    shown = page.detail.toPlainText()
    assert (
        "Approved by Ikt-kontakt i Demo kommune (ikt-kontakt@demo.kommune.no, 56 10 00 00)" in shown
    )
    assert "The signature verifies against your key." in shown and key.key_id in shown
    assert not page.approve_button.isEnabled() and page.copy_button.isEnabled()

    page.copy_button.click()
    assert page.model.rowCount() == 2 and page.selected_number() != number
    assert page.model.data(page.model.index(0, 2)) == "Draft"


def test_cancelling_the_confirmation_signs_nothing(
    qtbot: QtBot,
    demo_db: Database,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    english: Translations,
) -> None:
    signing_keys.create_key(demo_db)
    number = draft(demo_db, tmp_path)
    page = page_for(qtbot, demo_db)
    page.table.selectRow(0)
    page.approve_button.click()
    assert page.dialog is not None
    page.dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    row = stored(demo_db, number)
    assert (row.state, row.approval, row.body) == ("draft", None, None)
    assert page.approve_button.isEnabled()


def test_without_a_keyring_the_page_says_how_to_fix_it(
    qtbot: QtBot, demo_db: Database, no_keyring: None, tmp_path: Path, english: Translations
) -> None:
    number = draft(demo_db, tmp_path)
    page = page_for(qtbot, demo_db)
    page.table.selectRow(0)
    page.approve_button.click()
    assert page.message is not None and page.message.isVisible()
    text = page.message.text()
    assert "No secure keyring" in text and "PYTHON_KEYRING_BACKEND" in text
    assert page.dialog is None and stored(demo_db, number).state == "draft"


def test_a_contact_correction_draft_from_the_check_is_read_and_approved(
    qtbot: QtBot, demo_db: Database, memory_keyring: MemoryKeyring, english: Translations
) -> None:
    inputs = contact_data.stored_inputs(demo_db)
    export = resource_path("demo", "hrm-export.csv")
    result = run_contact_check(
        ContactCheckRequest(
            hrm_path=export,
            overrides=preview_mapping(export).mapping,
            directory=inputs.directory,
            members=inputs.members,
            domains=inputs.domains,
            today=dt.date(2026, 11, 24),
        )
    )
    made = correction_drafts.request_corrections(demo_db, result, result.findings, "Retting")
    signing_keys.create_key(demo_db)
    page = page_for(qtbot, demo_db)
    page.table.selectRow(0)
    first = stored(demo_db, made.number).change["payload"]["corrections"][0]
    assert f"{first['name']} ({first['employee_id']}): " in page.detail.toPlainText()
    page.approve_button.click()
    assert page.dialog is not None
    page.dialog.approve_button.click()
    row = stored(demo_db, made.number)
    assert row.state == "queued" and row.body is not None
    # the check's own rule holds: nothing more goes into a request once it is approved
    again = correction_drafts.request_corrections(demo_db, result, result.findings, "Retting")
    assert (again.number, again.added) == (made.number, 0)


def test_the_page_speaks_nynorsk(
    qtbot: QtBot,
    qapp: QApplication,
    demo_db: Database,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    translations = Translations(qapp)
    translations.use("nn")
    try:
        signing_keys.create_key(demo_db)
        number = draft(demo_db, tmp_path)
        changes_approval.approve(
            demo_db, number, changes_approval.to_sign(demo_db, number).canonical
        )
        page = page_for(qtbot, demo_db)
        page.table.selectRow(0)
        assert page.approve_button.text() == "&Godkjenn og signer …"
        assert page.model.data(page.model.index(0, 2)) == "Ventar i utboksen"
        assert page.count.text() == (
            "1 endringsbestilling er lagra, 0 utkast; 1 ventar i utboksen."
        )
        shown = page.detail.toPlainText()
        assert "Endra nummer 56 10 05 00:" in shown
        assert "Signaturen stemmer med nøkkelen din." in shown
        assert re.search(r"Signert: \d\d\.\d\d\.\d{4} \d\d\.\d\d", shown)
    finally:
        translations.use("en")


def test_the_key_dialog_makes_exports_and_rotates_the_key(
    qtbot: QtBot, db: Database, memory_keyring: MemoryKeyring, tmp_path: Path, english: Translations
) -> None:
    page = page_for(qtbot, db)
    page.key_button.click()
    dialog = page.key_dialog
    assert dialog is not None and dialog.isVisible()
    assert "You have no signing key yet" in dialog.status.text()
    assert not dialog.export_button.isEnabled()
    dialog.create_button.click()
    key = signing_keys.current_key(db)
    assert key is not None and key.key_id in dialog.status.text()
    assert json.loads(dialog.public.toPlainText().split("\n\n")[0]) == key.jwk
    assert "PRIVATE" not in dialog.public.toPlainText()
    assert not dialog.create_button.isEnabled() and dialog.export_button.isEnabled()

    dialog.export_to(tmp_path / "ikt.jwk")
    assert json.loads((tmp_path / "ikt.jwk").read_text())["kid"] == key.key_id
    assert (tmp_path / "ikt.pem").read_text().startswith("-----BEGIN PUBLIC KEY-----")
    dialog.export_to(tmp_path / "nowhere" / "ikt.jwk")
    assert "Cannot write" in dialog.status.text()

    dialog.rotate_button.click()
    assert dialog.question is not None and dialog.question.isVisible()
    dialog.question.button(QMessageBox.StandardButton.Yes).click()
    new = signing_keys.current_key(db)
    assert new is not None and new.key_id != key.key_id and new.key_id in dialog.status.text()


def test_the_key_dialog_without_a_keyring_says_how_to_fix_it(
    qtbot: QtBot, db: Database, no_keyring: None, english: Translations
) -> None:
    page = page_for(qtbot, db)
    page.key_button.click()
    dialog = page.key_dialog
    assert dialog is not None
    assert "No secure keyring" in dialog.status.text()
    assert not dialog.create_button.isEnabled() and not dialog.export_button.isEnabled()


def test_the_detail_shows_every_attempt_and_iktnhs_status(
    qtbot: QtBot,
    demo_db: Database,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    english: Translations,
) -> None:
    signing_keys.create_key(demo_db)
    number = draft(demo_db, tmp_path)
    changes_approval.approve(demo_db, number, changes_approval.to_sign(demo_db, number).canonical)
    with demo_db.transaction() as session:  # as the outbox sender records them
        session.add(
            DeliveryAttempt(
                change_request_id=number, outcome="retry", http_status=503, detail="busy"
            )
        )
        session.add(DeliveryAttempt(change_request_id=number, outcome="delivered", http_status=201))
        row = session.get_one(ChangeRequest, number)
        row.state, row.remote_id, row.remote_status = "delivered", "CR-17", "received"
    page = page_for(qtbot, demo_db)
    page.table.selectRow(0)
    shown = page.detail.toPlainText()
    assert re.search(r"to be tried again \(HTTP 503\) busy", shown)
    assert re.search(r"delivered \(HTTP 201\)", shown)
    assert "IKTNH's case: CR-17, status: received" in shown
    assert page.model.data(page.model.index(0, 2)) == "Delivered"


# -- drafts: listed, opened, deleted with undo ---------------------------------------------


def correction_drafts_of(db: Database, *groups: str) -> list[int]:
    """Contact-correction drafts from the demo check: one per group of findings."""
    inputs = contact_data.stored_inputs(db)
    export = resource_path("demo", "hrm-export.csv")
    result = run_contact_check(
        ContactCheckRequest(
            hrm_path=export,
            overrides=preview_mapping(export).mapping,
            directory=inputs.directory,
            members=inputs.members,
            domains=inputs.domains,
            today=dt.date(2026, 12, 1),
        )
    )
    numbers = []
    for code in groups:
        found = [f for f in result.findings if f.code == code]
        numbers.append(contact_data.draft_contact_correction(db, result, found, code))
    return numbers


def answer(page: ChangeRequestsWorkspace, button: QMessageBox.StandardButton) -> None:
    box = page.message
    assert box is not None and box.isVisible()
    box.button(button).click()


def test_drafts_are_listed_opened_and_deleted_with_undo(
    qtbot: QtBot, demo_db: Database, english: Translations
) -> None:
    page = page_for(qtbot, demo_db)
    assert page.count.text() == "No change requests are stored yet."
    assert not page.delete_button.isEnabled()
    correction_drafts_of(demo_db, "ended-in-pattern")
    page.activated()
    assert page.model.rowCount() == 1
    row = [page.model.index(0, c).data() for c in range(4)]
    assert row[1:] == [
        "Contact correction",
        "Draft",
        "Correction of contact details for 1 employee",
    ]
    assert page.count.text() == "1 change request stored, 1 draft; 0 waiting in the outbox."

    page.table.selectRow(0)
    page.open_selected()
    dialog = page.opened
    assert dialog is not None and dialog.isVisible()
    assert dialog.tabs.tabText(0) == "1 correction"
    assert dialog.corrections.index(0, 0).data() == "1004"
    assert dialog.corrections.index(0, 5).data() == "2026-10-31"
    assert '"contact-correction"' in dialog.document.toPlainText()
    dialog.close()

    assert page.delete_button.isEnabled()
    page.delete_button.click()
    answer(page, QMessageBox.StandardButton.No)
    assert page.model.rowCount() == 1  # not confirmed: kept
    page.delete_button.click()
    answer(page, QMessageBox.StandardButton.Yes)
    assert page.model.rowCount() == 0 and changes_approval.requests(demo_db) == []
    page.undo_stack().undo()
    assert [r.kind for r in changes_approval.requests(demo_db)] == ["contact-correction"]
    assert page.model.rowCount() == 1 and page.selected_number() is not None
    page.undo_stack().redo()
    assert changes_approval.requests(demo_db) == []


def test_an_approved_request_is_not_deleted(
    qtbot: QtBot,
    demo_db: Database,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    english: Translations,
) -> None:
    signing_keys.create_key(demo_db)
    number = draft(demo_db, tmp_path)
    changes_approval.approve(demo_db, number, changes_approval.to_sign(demo_db, number).canonical)
    page = page_for(qtbot, demo_db)
    page.table.selectRow(0)
    assert not page.delete_button.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.message is None and stored(demo_db, number).state == "queued"


def test_two_drafts_are_counted_in_the_plural(
    qtbot: QtBot, demo_db: Database, english: Translations
) -> None:
    correction_drafts_of(demo_db, "ended-in-pattern", "ended-has-number")
    page = page_for(qtbot, demo_db)
    assert page.count.text() == "2 change requests stored, 2 drafts; 0 waiting in the outbox."
    descriptions = [page.model.index(row, 3).data() for row in range(2)]
    assert descriptions[1] == "Correction of contact details for 1 employee"
    assert re.fullmatch(r"Correction of contact details for [2-9]\d* employees", descriptions[0])


def test_the_keyboard_opens_and_deletes_a_draft(
    qtbot: QtBot, demo_db: Database, english: Translations
) -> None:
    correction_drafts_of(demo_db, "ended-in-pattern")
    page = page_for(qtbot, demo_db)
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.opened is not None and page.opened.isVisible()
    page.opened.close()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    answer(page, QMessageBox.StandardButton.Yes)
    assert changes_approval.requests(demo_db) == []


# -- what IKTNH says, and what waits ---------------------------------------------------------


def test_iktnhs_reason_and_comments_are_in_the_detail(
    qtbot: QtBot,
    demo_db: Database,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    english: Translations,
) -> None:
    signing_keys.create_key(demo_db)
    number = draft(demo_db, tmp_path)
    changes_approval.approve(demo_db, number, changes_approval.to_sign(demo_db, number).canonical)
    with demo_db.transaction() as session:  # as the outbox's status poll stores them
        row = session.get_one(ChangeRequest, number)
        row.state, row.remote_id, row.remote_status = "rejected", "CR-9", "rejected"
        row.remote_detail = {
            "reason": "Nummeret finst ikkje.",
            "comments": [{"at": "2026-12-01T09:15:00+00:00", "text": "Sjekk nummeret."}],
        }
    page = page_for(qtbot, demo_db)
    page.table.selectRow(0)
    shown = page.detail.toPlainText()
    assert "IKTNH's reason: Nummeret finst ikkje." in shown
    assert re.search(r"Comment from IKTNH \(2026-12-01 \d\d:15\): Sjekk nummeret\.", shown)
    assert page.model.data(page.model.index(0, 2)) == "Rejected by IKTNH"


def test_fault_reports_and_phone_orders_are_listed_in_their_own_words(
    qtbot: QtBot, demo_db: Database, english: Translations
) -> None:
    with demo_db.transaction() as session:
        municipality_id = session.query(Municipality).one().id
        for kind, payload in (
            (
                "fault-report",
                {
                    "case": {"instructions": "Ring 56 10 00 00"},
                    "expected": "Svar",
                    "observed": "Opptatt",
                },
            ),
            ("phone-order", {"name": "Kari Nordmann", "number": "+4741234567", "device": "mobile"}),
        ):
            session.add(
                ChangeRequest(
                    municipality_id=municipality_id,
                    kind=kind,
                    state="draft",
                    summary=kind,
                    change={"kind": kind, "payload": payload},
                    idempotency_key=kind,
                )
            )
    page = page_for(qtbot, demo_db)
    assert [page.model.index(r, 1).data() for r in range(2)] == ["Phone order", "Fault report"]
    page.table.selectRow(1)
    shown = page.detail.toPlainText()
    assert "Test case: Ring 56 10 00 00" in shown and "Observed: Opptatt" in shown
    page.table.selectRow(0)
    number = national_form("+4741234567")  # the national form, not the stored one
    assert f"A phone for Kari Nordmann: number {number}" in page.detail.toPlainText()


def test_a_request_whose_every_case_passed_is_marked_verified(
    qtbot: QtBot,
    demo_db: Database,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    english: Translations,
) -> None:
    signing_keys.create_key(demo_db)
    number = draft(demo_db, tmp_path)
    page = page_for(qtbot, demo_db)
    assert page.model.index(0, 5).data() == ""
    with demo_db.transaction() as session:
        municipality_id = session.query(Municipality).one().id
        run = TestRun(municipality_id=municipality_id, change_request_id=number, title="Test")
        run.cases = [TestCaseResult(position=0, case={"id": "a"}, verdict="passed")]
        session.add(run)
    page.refresh()
    assert page.model.index(0, 5).data() == "verified"


def test_the_banner_says_requests_wait_because_kontakt_is_offline(
    qtbot: QtBot, demo_db: Database, english: Translations
) -> None:
    page = page_for(qtbot, demo_db)
    assert page.banner.isHidden()
    page.show_outbox(OutboxState(2, offline=True))
    assert page.banner.isVisible()
    assert "2 change requests wait in the outbox: Kontakt cannot reach IKTNH" in page.banner.text()
    page.show_outbox(OutboxState(1, problem="no-api"))
    assert "IKTNH's API address is missing" in page.banner.text()
    page.show_outbox(OutboxState(0))
    assert page.banner.isHidden()


def test_an_outage_notice_is_said_plainly(
    qtbot: QtBot, demo_db: Database, english: Translations
) -> None:
    page = page_for(qtbot, demo_db)
    assert page.notices.isHidden()
    since = dt.datetime(2026, 12, 1, 7, 30, tzinfo=dt.UTC)
    until = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)
    outage = Notice(
        "n1",
        "outage",
        "Telefonibrot",
        "Innringing til sentralbordet feilar.",
        ("telephony",),
        ("4631",),
        since,
        until,
        None,
    )
    page.show_notices([outage])
    text = page.notices.text()
    assert page.notices.isVisible() and "1 notice from IKTNH" in text
    assert "Outage: Telefonibrot. Affected: telephony. From 2026-12-01 " in text
    assert " to 2026-12-01 " in text and "Innringing til sentralbordet feilar." in text
    page.show_notices([])
    assert page.notices.isHidden()
