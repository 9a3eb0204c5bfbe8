"""The Testsjekkliste wizard driven end to end: choose, review, run, close mid-run, resume,
report a fault, finish and export the protocol."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from kontakt.core.checklist import Verdict
from kontakt.services import checklist_runs, municipality
from kontakt.storage.db import Database, open_database
from kontakt.storage.models import ChangeRequest
from kontakt.storage.patterns import add_version
from kontakt.ui.workspaces.checklist.pages import CHOOSE, REVIEW, RUN, SUMMARY
from kontakt.ui.workspaces.checklist.workspace import ChecklistWorkspace
from tests.unit.ringpattern.builders import demo_document


def _add_version(db: Database) -> None:
    doc = demo_document()
    doc["nodes"][1]["options"]["2"] = "sentralbord"
    with db.transaction() as session:
        add_version(
            session,
            municipality.required_id(db),
            key=doc["id"],
            name=doc["name"],
            document=json.dumps(doc),
            status="draft",
        )


def _workspace(qtbot: QtBot, db: Database) -> ChecklistWorkspace:
    page = ChecklistWorkspace(db)
    qtbot.addWidget(page)
    page.show()
    return page


def test_run_closed_mid_run_resumed_fault_reported_and_protocol_exported(
    qtbot: QtBot,
    demo_db: Database,
    demo_db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _add_version(demo_db)
    page = _workspace(qtbot, demo_db)
    wizard = page.wizard
    assert wizard.currentId() == CHOOSE
    choices = wizard.choose.choices
    assert choices.count() == 1
    assert choices.item(0).text().endswith("Demo kommune, version 1 → 2")
    wizard.next()  # generates off the GUI thread, then shows the cases
    qtbot.waitUntil(lambda: wizard.currentId() == REVIEW, timeout=10_000)
    review = wizard.review
    # The menu pressing nothing, key 2, then the two standing checks.
    assert review.cases.rowCount() == 4
    assert "Press 2" in review.cases.item(1, 1).text()
    # An own case, added and numbered at the end.
    qtbot.keyClicks(review.own_what, "Ring the new number from a mobile")
    qtbot.keyClicks(review.own_expected, "It rings")
    qtbot.mouseClick(review.add, Qt.MouseButton.LeftButton)
    assert review.cases.rowCount() == 5
    for row in (0, 1):  # the no-input call, then a standing check, removed
        review.cases.selectRow(row)
        qtbot.mouseClick(review.remove, Qt.MouseButton.LeftButton)
    assert review.cases.rowCount() == 3
    wizard.next()
    assert wizard.currentId() == RUN
    run_page = wizard.run_page
    assert "Case 1 of 3" in run_page.progress.text()
    assert "Press 2" in run_page.instructions.text()
    assert "«Postmottak»" in run_page.expected.text()
    assert not run_page.report.isEnabled()
    qtbot.mouseClick(run_page.passed, Qt.MouseButton.LeftButton)
    assert "Case 2 of 3" in run_page.progress.text()
    assert run_page.overview.item(0).text() == "T01  Passed"
    assert run_page.overview.currentRow() == 1
    run_id = wizard.run.id if wizard.run else 0
    # A note typed on a case not yet judged is kept too.
    qtbot.keyClicks(run_page.note, "Rang twice before the menu")
    run_page.note.editingFinished.emit()

    # Kontakt is closed mid-run: everything given so far is in the database.
    page.shut_down()
    page.close()
    page.deleteLater()
    demo_db.dispose()
    db = open_database(f"sqlite:///{demo_db_path}")
    page = _workspace(qtbot, db)
    wizard = page.wizard
    choices = wizard.choose.choices
    assert "(1 of 3 done)" in choices.item(0).text()
    choices.setCurrentRow(0)
    wizard.next()
    assert wizard.currentId() == RUN
    run_page = wizard.run_page
    assert "Case 2 of 3" in run_page.progress.text()
    run_page.overview.setCurrentRow(0)  # the list beside jumps to the case clicked
    assert (
        "Case 1 of 3" in run_page.progress.text() and "Passed, recorded" in run_page.recorded.text()
    )
    run_page.overview.setCurrentRow(1)

    assert run_page.note.text() == "Rang twice before the menu"
    # A failed case offers the fault report, prefilled with what was observed.
    run_page.note.clear()
    qtbot.keyClicks(run_page.note, "No UPS on the switch")
    qtbot.mouseClick(run_page.failed, Qt.MouseButton.LeftButton)
    assert run_page.report.isEnabled()
    qtbot.mouseClick(run_page.report, Qt.MouseButton.LeftButton)
    assert wizard.last_fault is not None
    with db.session() as session:
        request = session.get_one(ChangeRequest, wizard.last_fault)
        assert (request.kind, request.state) == ("fault-report", "draft")
        assert request.change["payload"]["observed"] == "No UPS on the switch"
    assert f"Fault report {wizard.last_fault} is made" in run_page.recorded.text()
    assert not run_page.report.isEnabled()  # made once

    qtbot.mouseClick(run_page.following, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(run_page.cannot, Qt.MouseButton.LeftButton)
    wizard.next()
    assert wizard.currentId() == SUMMARY
    assert "Failed: 1" in wizard.summary.text.text()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    wizard.save_path = lambda _name: str(tmp_path / "gone" / "p.xlsx")
    qtbot.mouseClick(wizard.summary.export, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown[0].startswith("The protocol could not be saved: ")
    qtbot.waitUntil(wizard.summary.export.isEnabled, timeout=10_000)
    target = tmp_path / "protokoll.xlsx"
    wizard.save_path = lambda _name: str(target)
    qtbot.mouseClick(wizard.summary.export, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "protokoll.xlsx" in wizard.summary.text.text(), timeout=10_000)
    rows = list(load_workbook(target)["Cases"].iter_rows(values_only=True))
    assert [r[4] for r in rows[1:]] == ["Passed", "Failed", "Cannot test"]
    assert rows[3][2] == "Ring the new number from a mobile"
    wizard.done(1)
    run = checklist_runs.load_run(db, run_id)
    assert run.finished_at is not None
    assert [c.verdict for c in run.cases] == [Verdict.PASSED, Verdict.FAILED, Verdict.CANNOT_TEST]
    assert wizard.currentId() == CHOOSE
    assert wizard.choose.choices.count() == 1  # the finished run is not offered again
    db.dispose()


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


@pytest.mark.parametrize("language", ["nn", "nb", "en"])
def test_every_accelerator_on_each_wizard_page_and_in_the_menus_is_unique(
    qtbot: QtBot, demo_db: Database, config_home: Path, language: str
) -> None:
    from kontakt.ui.app import Translations
    from kontakt.ui.main_window import MainWindow
    from kontakt.ui.workspaces.registry import WORKSPACE_KEYS

    _add_version(demo_db)
    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    translations.use(language)
    try:
        window = MainWindow(translations, demo_db)
        qtbot.addWidget(window)
        window.show()
        window.navigation.setCurrentRow(WORKSPACE_KEYS.index("checklist"))
        page = window.stack.currentWidget()
        assert isinstance(page, ChecklistWorkspace)
        wizard = page.wizard
        menus = [action.text() for action in window.menuBar().actions()]
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentId() == REVIEW, timeout=10_000)
        for expected in (REVIEW, RUN, SUMMARY):
            assert wizard.currentId() == expected
            shown = wizard.currentPage()
            texts = menus + [
                b.text() for b in wizard.findChildren(QAbstractButton) if b.isVisible()
            ]
            texts += [label.text() for label in shown.findChildren(QLabel) if label.buddy()]
            keys = [key for key in map(_mnemonic, texts) if key]
            assert sorted(keys) == sorted(set(keys)), repr(texts)
            assert not [t for t in texts if "—" in t]
            wizard.next()
    finally:
        translations.use("en")


def test_a_stored_version_that_cannot_be_read_says_so(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo_db.transaction() as session:
        add_version(
            session,
            municipality.required_id(demo_db),
            key="demo-sentralbord",
            name="Demo",
            document="{not json",
            status="draft",
        )
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    page = _workspace(qtbot, demo_db)
    page.wizard.next()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown[0].startswith("The checklist cannot be made:")
    assert page.wizard.currentId() == CHOOSE
    assert page.wizard.choose.isComplete()  # the tester can choose again


def test_a_checklist_with_every_case_removed_cannot_be_started(
    qtbot: QtBot, demo_db: Database
) -> None:
    _add_version(demo_db)
    page = _workspace(qtbot, demo_db)
    wizard = page.wizard
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == REVIEW, timeout=10_000)
    commit = wizard.button(wizard.WizardButton.CommitButton)
    assert commit.isEnabled()
    while wizard.review.cases.rowCount():
        wizard.review.cases.selectRow(0)
        qtbot.mouseClick(wizard.review.remove, Qt.MouseButton.LeftButton)
    assert not commit.isEnabled()
    assert checklist_runs.runs(demo_db) == []
