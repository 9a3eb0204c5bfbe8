"""The Kontaktsjekk workspace driven as a user would: choose, confirm, run, filter, export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kontakt.core.severity import Severity
from kontakt.resources import resource_path
from kontakt.services.contacts import preview_mapping
from kontakt.storage.db import Database
from kontakt.storage.models import ChangeRequest, HrmImport, Person
from kontakt.ui.app import Translations
from kontakt.ui.workspaces.contacts.mapping_dialog import MappingDialog
from kontakt.ui.workspaces.contacts.workspace import ContactsWorkspace

DEMO_EXPORT = resource_path("demo", "hrm-export.csv")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translations = Translations(qapp)
    translations.use("en")
    yield


@pytest.fixture
def workspace(qtbot: QtBot, demo_db: Database, english: None) -> ContactsWorkspace:
    page = ContactsWorkspace(demo_db)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def run(qtbot: QtBot, page: ContactsWorkspace, path: Path) -> None:
    page.set_file(path)
    page.run_check(preview_mapping(path).mapping)
    qtbot.waitUntil(lambda: not page.runner.running, timeout=30_000)


def test_check_of_the_demo_export_fills_summary_table_and_chart(
    qtbot: QtBot, workspace: ContactsWorkspace
) -> None:
    run(qtbot, workspace, DEMO_EXPORT)
    result = workspace.results.result
    assert result is not None and result.rows == 300
    model = workspace.results.model
    assert model.rowCount() == len(result.findings) > 0
    assert "300 rows" in workspace.status.text()
    # Per Lie ended in October 2026 and still rings in the demo ring pattern.
    codes = {(f.code, f.employee_id) for f in result.findings}
    assert ("ended-in-pattern", "1004") in codes
    bars = dict(workspace.results.chart.bars())
    assert sum(bars.values()) == len(result.findings)


def test_the_check_keeps_no_copy_of_the_exports_people(
    qtbot: QtBot, workspace: ContactsWorkspace, tmp_path: Path
) -> None:
    export = tmp_path / "visma-eksport.csv"
    export.write_bytes(DEMO_EXPORT.read_bytes())
    run(qtbot, workspace, export)
    assert workspace.results.result is not None
    with workspace.db.session() as session:
        assert session.scalars(select(HrmImport.source_name)).all() == ["hrm-export.csv"]
        assert len(session.scalars(select(Person)).all()) == 300  # the demo's, untouched


def test_filters_narrow_the_table(qtbot: QtBot, workspace: ContactsWorkspace) -> None:
    run(qtbot, workspace, DEMO_EXPORT)
    view = workspace.results
    view.code_filter.setCurrentIndex(view.code_filter.findData("invalid-email"))
    shown = [view.model.finding(r) for r in range(view.model.rowCount())]
    assert shown and all(f.code == "invalid-email" for f in shown)
    assert f"Showing {len(shown)} of" in view.count_label.text()
    view.code_filter.setCurrentIndex(0)
    view.severity_filter.setCurrentIndex(view.severity_filter.findData(Severity.ERROR.value))
    assert all(
        view.model.finding(r).severity is Severity.ERROR for r in range(view.model.rowCount())
    )
    view.severity_filter.setCurrentIndex(0)
    qtbot.keyClicks(view.text_filter, "Per Lie")
    names = {view.model.data(view.model.index(r, 3)) for r in range(view.model.rowCount())}
    assert names == {"Per Lie"}


def test_sorting_by_department_follows_norwegian_order(
    qtbot: QtBot, workspace: ContactsWorkspace
) -> None:
    run(qtbot, workspace, DEMO_EXPORT)
    view = workspace.results
    view.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    departments = [view.model.data(view.model.index(r, 4)) for r in range(view.model.rowCount())]
    seen = list(dict.fromkeys(d for d in departments if d))
    assert seen.index("Teknisk drift") < seen.index("Økonomi")


def test_a_finding_shows_its_row_and_register_entries(
    qtbot: QtBot, workspace: ContactsWorkspace
) -> None:
    run(qtbot, workspace, DEMO_EXPORT)
    view = workspace.results
    qtbot.keyClicks(view.text_filter, "1004")
    view.table.selectRow(0)
    text = view.detail.toPlainText()
    assert "Per Lie" in text and "Row 4 of the export" in text
    assert "+4740000004" in text  # Per's number in the register
    assert "demo-sentralbord" in text  # and the pattern he is still in


def test_the_mapping_is_confirmed_in_a_dialog_and_can_be_saved(
    qtbot: QtBot, workspace: ContactsWorkspace
) -> None:
    workspace.set_file(DEMO_EXPORT)

    def confirm() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MappingDialog):
            QTimer.singleShot(50, confirm)
            return
        assert dialog.boxes["mobile"].currentData() == "Mobil"
        dialog.boxes["work_phone"].setCurrentIndex(0)  # leave the work phone unchecked
        dialog.save_name.setText("Demo-HRM")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(50, confirm)
    workspace.confirm_and_run()
    qtbot.waitUntil(
        lambda: workspace.results.result is not None and not workspace.runner.running,
        timeout=30_000,
    )
    result = workspace.results.result
    assert result is not None and "work_phone" not in result.mapping
    from kontakt.services.contact_data import saved_profiles

    assert [p.name for p in saved_profiles(workspace.db)] == ["Demo-HRM"]


def test_an_unusable_file_is_explained_and_nothing_is_kept(
    qtbot: QtBot, workspace: ContactsWorkspace, tmp_path: Path
) -> None:
    junk = tmp_path / "export.csv"
    junk.write_bytes(b"\x00\x01\x02PK garbage \xff\xfe" * 50)
    workspace.set_file(junk)
    workspace.confirm_and_run()
    qtbot.waitUntil(lambda: not workspace.runner.running, timeout=10_000)
    assert "export.csv" in workspace.status.text()
    assert "cannot be used" in workspace.status.text()
    assert workspace.results.result is None


def test_excel_export_of_the_findings(
    qtbot: QtBot, workspace: ContactsWorkspace, tmp_path: Path
) -> None:
    run(qtbot, workspace, DEMO_EXPORT)
    target = tmp_path / "audit.xlsx"
    workspace.write_excel(target)
    qtbot.waitUntil(lambda: not workspace.runner.running, timeout=30_000)
    assert "Saved the audit" in workspace.status.text()
    book = load_workbook(target)
    assert len(book.sheetnames) >= 3
    findings = book[book.sheetnames[1]]
    assert findings.max_row == len(workspace.results.result.findings) + 1  # type: ignore[union-attr]


def test_ended_employees_become_a_draft_correction_request(
    qtbot: QtBot, workspace: ContactsWorkspace
) -> None:
    run(qtbot, workspace, DEMO_EXPORT)
    view = workspace.results
    view.code_filter.setCurrentIndex(view.code_filter.findData("invalid-email"))
    assert not workspace.correction_button.isEnabled()  # HR's to fix, not IKTNH's
    view.code_filter.setCurrentIndex(view.code_filter.findData("ended-in-pattern"))
    assert workspace.correction_button.isEnabled()

    def yes() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, yes)
    workspace.correction_button.click()
    with workspace.db.session() as session:
        request = session.scalars(select(ChangeRequest)).one()
    assert (request.kind, request.state) == ("contact-correction", "draft")
    corrections = request.change["payload"]["corrections"]
    assert {c["employee_id"] for c in corrections} == {"1004"}


def test_a_dropped_export_is_checked(qtbot: QtBot, workspace: ContactsWorkspace) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(DEMO_EXPORT))])

    def cancel_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MappingDialog):
            QTimer.singleShot(50, cancel_dialog)
            return
        dialog.reject()

    QTimer.singleShot(50, cancel_dialog)
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    workspace.dropEvent(event)
    qtbot.waitUntil(lambda: "not run" in workspace.status.text(), timeout=10_000)
    assert workspace.path == DEMO_EXPORT


def test_a_long_check_can_be_cancelled(
    qtbot: QtBot, workspace: ContactsWorkspace, tmp_path: Path
) -> None:
    import subprocess
    import sys

    export = tmp_path / "big.csv"
    generator = Path(__file__).resolve().parents[1] / "benchmarks" / "make_hrm_export.py"
    subprocess.run(
        [sys.executable, str(generator), "--rows", "40000", "--out", str(export)], check=True
    )
    workspace.set_file(export)
    workspace.run_check(preview_mapping(export).mapping)
    assert workspace.cancel_button.isVisible() and not workspace.run_button.isEnabled()
    qtbot.keyClick(workspace, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not workspace.runner.running, timeout=30_000)
    assert "cancelled" in workspace.status.text()
    assert workspace.results.result is None
    assert workspace.run_button.isEnabled()


def test_a_check_runs_on_an_empty_database_and_says_what_needs_settings(
    qtbot: QtBot, db: Database, english: None
) -> None:
    page = ContactsWorkspace(db)
    qtbot.addWidget(page)
    page.show()
    run(qtbot, page, DEMO_EXPORT)
    result = page.results.result
    assert result is not None and result.rows == 300
    assert "directory-mismatch" in result.skipped_checks  # no register stored
    assert "none stored" in page.inputs_label.text()


def test_a_workbook_with_several_sheets_asks_which_to_check(
    qtbot: QtBot, workspace: ContactsWorkspace, tmp_path: Path
) -> None:
    from openpyxl import Workbook
    from PySide6.QtWidgets import QInputDialog

    book = Workbook()
    book.active.title = "Om eksporten"
    book.active.append(["Laga", "2026-11-25"])
    staff = book.create_sheet("Tilsette")
    staff.append(["Tilsettnr", "Fornamn", "Etternamn", "Mobil", "E-post"])
    staff.append([1001, "Kari", "Nordmann", 41234567, "kari@demo.kommune.no"])
    staff.append([1002, "Ola", "Vik", 12345, "ola@demo.kommune.no"])
    export = tmp_path / "eksport.xlsx"
    book.save(export)
    workspace.set_file(export)

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            assert dialog.comboBoxItems() == ["Om eksporten", "Tilsette"]
            dialog.setTextValue("Tilsette")
            dialog.accept()
        elif isinstance(dialog, MappingDialog):
            dialog.accept()
            return
        QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)
    workspace.confirm_and_run()
    qtbot.waitUntil(
        lambda: workspace.results.result is not None and not workspace.runner.running,
        timeout=30_000,
    )
    result = workspace.results.result
    assert result is not None and result.rows == 2 and workspace.sheet == "Tilsette"
    assert [f.value for f in result.findings if f.code == "invalid-phone"] == ["12345"]
