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
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from kontakt.core.changes.approval import verify_body
from kontakt.core.texts import untranslated
from kontakt.resources import resource_path
from kontakt.services import changes_approval, contact_data, correction_drafts, signing_keys
from kontakt.services.contacts import ContactCheckRequest, preview_mapping, run_contact_check
from kontakt.storage.db import Database
from kontakt.storage.models import ChangeRequest, DeliveryAttempt
from kontakt.ui.app import Translations
from kontakt.ui.workspaces.changes.requests import ChangeRequestsWorkspace
from tests.unit.keys.memory import MemoryKeyring, memory_keyring, no_keyring

__all__ = ["memory_keyring", "no_keyring"]  # fixtures

DEMO_PATTERN = resource_path("demo", "demo-sentralbord.ringpattern.json")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    Translations(qapp).use("en")
    yield


def draft(db: Database, tmp_path: Path) -> int:
    document = json.loads(DEMO_PATTERN.read_text(encoding="utf-8"))
    document["entries"][1]["label"] = "Heimetenesta (ny)"
    path = tmp_path / "ny.ringpattern.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return changes_approval.draft_pattern_change(db, path, untranslated, "Ny tekst")


def page_for(qtbot: QtBot, db: Database) -> ChangeRequestsWorkspace:
    page = ChangeRequestsWorkspace(db)
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
    qtbot: QtBot, demo_db: Database, memory_keyring: MemoryKeyring, tmp_path: Path, english: None
) -> None:
    key = signing_keys.create_key(demo_db)
    number = draft(demo_db, tmp_path)
    page = page_for(qtbot, demo_db)
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 2)) == "Draft"
    page.table.selectRow(0)
    shown = page.detail.toPlainText()
    assert "Number +4756100500 changes: label." in shown and "Not approved yet." in shown
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
    assert "Approved by Ikt-kontakt i Demo kommune" in shown
    assert "The signature verifies against your key." in shown and key.key_id in shown
    assert not page.approve_button.isEnabled() and page.copy_button.isEnabled()

    page.copy_button.click()
    assert page.model.rowCount() == 2 and page.selected_number() != number
    assert page.model.data(page.model.index(0, 2)) == "Draft"


def test_cancelling_the_confirmation_signs_nothing(
    qtbot: QtBot, demo_db: Database, memory_keyring: MemoryKeyring, tmp_path: Path, english: None
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
    qtbot: QtBot, demo_db: Database, no_keyring: None, tmp_path: Path, english: None
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
    qtbot: QtBot, demo_db: Database, memory_keyring: MemoryKeyring, english: None
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
        assert page.count.text() == "1 endringsbestilling; 1 ventar i utboksen."
        shown = page.detail.toPlainText()
        assert "Nummer +4756100500 blir endra: namn." in shown
        assert "Signaturen stemmer med nøkkelen din." in shown
        assert re.search(r"Signert: \d\d\.\d\d\.\d{4} \d\d\.\d\d", shown)
    finally:
        translations.use("en")


def test_the_key_dialog_makes_exports_and_rotates_the_key(
    qtbot: QtBot, db: Database, memory_keyring: MemoryKeyring, tmp_path: Path, english: None
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
    qtbot: QtBot, db: Database, no_keyring: None, english: None
) -> None:
    page = page_for(qtbot, db)
    page.key_button.click()
    dialog = page.key_dialog
    assert dialog is not None
    assert "No secure keyring" in dialog.status.text()
    assert not dialog.create_button.isEnabled() and not dialog.export_button.isEnabled()


def test_the_detail_shows_every_attempt_and_iktnhs_status(
    qtbot: QtBot, demo_db: Database, memory_keyring: MemoryKeyring, tmp_path: Path, english: None
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
