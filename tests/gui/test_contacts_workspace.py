"""The Kontaktsjekk workspace driven as a user would: choose, confirm, run, filter, export.

The page checks with a fixed reference date (its `today`), so no test depends on the clock.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
)
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
CHECKED_ON = dt.date(2026, 11, 24)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translations = Translations(qapp)
    translations.use("en")
    yield


@pytest.fixture
def workspace(qtbot: QtBot, demo_db: Database, english: None) -> ContactsWorkspace:
    page = ContactsWorkspace(demo_db, today=lambda: CHECKED_ON)
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
    assert result is not None and result.rows == 300 and result.today == CHECKED_ON
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
    assert "40 00 00 04" in text  # Per's number in the register, written nationally
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
    page = ContactsWorkspace(db, today=lambda: CHECKED_ON)
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


# -- helpers for the tests below ------------------------------------------------------------
def write_export(folder: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    """An export of (employee number, given name, family name, department) rows, each with
    a mobile number too short to be valid, so each person has one finding."""
    lines = ["Tilsettnr;Fornamn;Etternamn;Avdeling;Mobil"]
    lines += [
        f"{number};{given};{family};{department};12345"
        for number, given, family, department in rows
    ]
    path = folder / "eksport.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def column_texts(page: ContactsWorkspace, column: int) -> list[str]:
    model = page.results.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def selected_name(page: ContactsWorkspace) -> str:
    (index,) = page.results.table.selectionModel().selectedRows()
    return str(page.results.model.data(index.siblingAtColumn(3)))


def detail_name(page: ContactsWorkspace) -> str:
    found = re.search(r"Name\s*(.+)", page.results.detail.toPlainText())
    assert found, page.results.detail.toPlainText()
    return found.group(1).strip()


# -- the selection follows the finding -----------------------------------------------------
def test_a_selected_finding_stays_selected_when_the_table_is_sorted(
    qtbot: QtBot, workspace: ContactsWorkspace
) -> None:
    run(qtbot, workspace, DEMO_EXPORT)
    view = workspace.results
    view.table.selectRow(0)
    chosen = selected_name(workspace)
    assert detail_name(workspace) == chosen
    for column in (3, 2, 4):
        for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
            view.table.sortByColumn(column, order)
            assert selected_name(workspace) == chosen  # the highlight moved with the row
            assert detail_name(workspace) == chosen  # and the detail still shows it
    assert view.table.selectionModel().selectedRows()[0].row() != 0


def test_a_selected_finding_stays_selected_through_filtering(
    qtbot: QtBot, workspace: ContactsWorkspace
) -> None:
    run(qtbot, workspace, DEMO_EXPORT)
    view = workspace.results
    qtbot.keyClicks(view.text_filter, "Per Lie")
    view.table.selectRow(view.model.rowCount() - 1)
    chosen = view.selected_findings()
    view.text_filter.clear()
    assert view.model.rowCount() > 1
    assert view.selected_findings() == chosen
    assert "Per Lie" in view.detail.toPlainText()
    qtbot.keyClicks(view.text_filter, "Kari Nordmann")  # Per's finding is filtered out
    assert view.selected_findings() == []
    assert "Choose a finding" in view.detail.toPlainText()


def test_names_sort_by_family_name_then_given_name_in_norwegian_order(
    qtbot: QtBot, workspace: ContactsWorkspace, tmp_path: Path
) -> None:
    # In code-point order (or by given name) these come out quite differently.
    export = write_export(
        tmp_path,
        [
            ("1", "Åse", "Zahl", "A"),
            ("2", "Berit", "Ås", "A"),
            ("3", "Anne", "Aasen", "A"),
            ("4", "Ola", "Østby", "A"),
            ("5", "Zara", "Ærlig", "A"),
            ("6", "Arne", "Aasen", "A"),
        ],
    )
    run(qtbot, workspace, export)
    workspace.results.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    names = list(dict.fromkeys(n for n in column_texts(workspace, 3) if n))
    assert names == [
        "Åse Zahl",
        "Zara Ærlig",
        "Ola Østby",
        "Berit Ås",
        "Anne Aasen",
        "Arne Aasen",
    ]


def test_employee_numbers_sort_as_numbers(
    qtbot: QtBot, workspace: ContactsWorkspace, tmp_path: Path
) -> None:
    export = write_export(
        tmp_path, [(n, "Kari", f"Nordmann{n}", "A") for n in ("100", "9", "1010", "10", "2")]
    )
    run(qtbot, workspace, export)
    workspace.results.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    ours = {"100", "9", "1010", "10", "2"}  # (the stored ring pattern adds others)
    numbers = [n for n in column_texts(workspace, 2) if n in ours]
    assert list(dict.fromkeys(numbers)) == ["2", "9", "10", "100", "1010"]


# -- filters --------------------------------------------------------------------------------
def test_an_empty_filter_result_says_so_and_offers_to_clear_the_filters(
    qtbot: QtBot, workspace: ContactsWorkspace
) -> None:
    run(qtbot, workspace, DEMO_EXPORT)
    view = workspace.results
    total = view.model.rowCount()
    assert not view.clear_button.isEnabled()
    view.severity_filter.setCurrentIndex(view.severity_filter.findData(Severity.ERROR.value))
    qtbot.keyClicks(view.text_filter, "nobody by this name")
    assert view.model.rowCount() == 0
    assert not view.table.isVisible()
    assert view.empty_label.isVisible()
    assert view.empty_label.text() == "No findings match the filters."
    assert view.empty_clear_button.isVisible() and view.clear_button.isEnabled()
    view.empty_clear_button.click()
    assert view.model.rowCount() == total and view.table.isVisible()
    assert view.severity_filter.currentIndex() == 0 and view.text_filter.text() == ""
    assert not view.clear_button.isEnabled()


def test_escape_in_the_search_field_clears_every_filter(
    qtbot: QtBot, workspace: ContactsWorkspace
) -> None:
    run(qtbot, workspace, DEMO_EXPORT)
    view = workspace.results
    total = view.model.rowCount()
    view.code_filter.setCurrentIndex(view.code_filter.findData("invalid-email"))
    qtbot.keyClicks(view.text_filter, "kommune")
    assert view.model.rowCount() < total
    view.text_filter.setFocus()
    qtbot.keyClick(view.text_filter, Qt.Key.Key_Escape)
    assert view.model.rowCount() == total
    assert view.code_filter.currentIndex() == 0 and view.text_filter.text() == ""


def test_the_filter_boxes_are_wide_enough_for_their_texts(
    qtbot: QtBot, workspace: ContactsWorkspace
) -> None:
    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    translations.use("nn")
    try:
        run(qtbot, workspace, DEMO_EXPORT)
        view = workspace.results
        for box in (view.severity_filter, view.code_filter, view.department_filter):
            longest = max(
                box.fontMetrics().horizontalAdvance(box.itemText(i)) for i in range(box.count())
            )
            for i in range(box.count()):
                box.setCurrentIndex(i)
                assert box.width() > longest, box.itemText(i)
            box.setCurrentIndex(0)
    finally:
        translations.use("en")


def test_a_bar_of_the_chart_filters_to_its_department(
    qtbot: QtBot, workspace: ContactsWorkspace
) -> None:
    from kontakt.ui.widgets.bar_chart import ROW_HEIGHT

    run(qtbot, workspace, DEMO_EXPORT)
    view = workspace.results
    chart = view.chart
    total = view.model.rowCount()
    label, count = chart.bars()[1]
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(20, 2 + ROW_HEIGHT + 5))
    assert view.department_filter.currentText() == label
    assert view.model.rowCount() == count
    assert set(column_texts(workspace, 4)) == {label}
    assert chart.chosen() == 1
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(20, 2 + ROW_HEIGHT + 5))
    assert view.department_filter.currentIndex() == 0 and view.model.rowCount() == total
    assert chart.chosen() is None
    # and with the keyboard: Tab to the chart, Down to the third bar, Enter
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert view.department_filter.currentText() == chart.bars()[2][0]
    assert chart.focusPolicy() & Qt.FocusPolicy.TabFocus
    view.clear_button.click()
    assert chart.chosen() is None and view.model.rowCount() == total


# -- one correction request per check result -------------------------------------------------
def answer_yes() -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()


def test_a_check_result_makes_one_correction_request_also_after_a_restart(
    qtbot: QtBot, workspace: ContactsWorkspace
) -> None:
    run(qtbot, workspace, DEMO_EXPORT)
    button = workspace.correction_button
    assert button.isEnabled() and button.text() == "Make &correction request"
    QTimer.singleShot(0, answer_yes)
    button.click()
    with workspace.db.session() as session:
        (request,) = session.scalars(select(ChangeRequest)).all()
    assert not button.isEnabled()
    assert button.text() == f"Correction request {request.id} made"
    button.click()  # a second click does nothing: no dialog, no second draft
    # The next start: a new page over the same database checks the same export again.
    again = ContactsWorkspace(workspace.db, today=lambda: CHECKED_ON)
    qtbot.addWidget(again)
    run(qtbot, again, DEMO_EXPORT)
    assert not again.correction_button.isEnabled()
    assert again.correction_button.text() == f"Correction request {request.id} made"
    with workspace.db.session() as session:
        assert len(session.scalars(select(ChangeRequest)).all()) == 1


def test_a_later_choice_from_the_same_result_is_added_to_its_draft(
    qtbot: QtBot, workspace: ContactsWorkspace
) -> None:
    run(qtbot, workspace, DEMO_EXPORT)
    view = workspace.results
    view.code_filter.setCurrentIndex(view.code_filter.findData("ended-in-pattern"))
    view.table.selectRow(0)
    QTimer.singleShot(0, answer_yes)
    workspace.correction_button.click()
    view.table.clearSelection()
    view.clear_filters()
    button = workspace.correction_button
    assert button.isEnabled() and button.text().startswith("Add to &correction request")
    QTimer.singleShot(0, answer_yes)
    button.click()
    assert "added to the draft change request" in workspace.status.text()
    with workspace.db.session() as session:
        (request,) = session.scalars(select(ChangeRequest)).all()
    assert len(request.change["payload"]["corrections"]) > 1
    assert not button.isEnabled()


# -- keys, texts, dialogs -----------------------------------------------------------------
def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


@pytest.mark.parametrize("language", ["nn", "nb", "en"])
def test_every_accelerator_on_the_page_and_in_the_menus_is_unique(
    qtbot: QtBot, demo_db: Database, config_home: Path, language: str
) -> None:
    from kontakt.ui.main_window import MainWindow
    from kontakt.ui.workspaces.registry import WORKSPACE_KEYS

    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    translations.use(language)
    try:
        window = MainWindow(translations, demo_db)
        qtbot.addWidget(window)
        window.navigation.setCurrentRow(WORKSPACE_KEYS.index("contacts"))
        page = window.stack.currentWidget()
        assert isinstance(page, ContactsWorkspace)
        texts = [action.text() for action in window.menuBar().actions()]
        texts += [button.text() for button in page.findChildren(QAbstractButton)]
        texts += [label.text() for label in page.findChildren(QLabel) if label.buddy()]
        keys = [key for key in map(mnemonic, texts) if key]
        assert len(keys) >= 10
        assert sorted(keys) == sorted(set(keys)), texts
        assert not [t for t in texts if "—" in t]  # titles use " – "
    finally:
        translations.use("en")


def test_the_open_dialog_starts_in_a_folder_that_exists_with_no_file_name(
    qtbot: QtBot, workspace: ContactsWorkspace, config_home: Path, tmp_path: Path
) -> None:
    seen: dict[str, str] = {}

    def look_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, look_and_close)
            return
        seen["folder"] = dialog.directory().absolutePath()
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        seen["name"] = name.text() if name is not None else ""
        dialog.reject()

    assert workspace.start_folder() == Path.home()
    QTimer.singleShot(50, look_and_close)
    workspace.choose_file()
    assert seen == {"folder": str(Path.home()), "name": ""}
    # The folder of the last export opened is where the next page starts.
    folder = tmp_path / "eksportar"
    folder.mkdir()
    workspace.set_file(folder / "hrm.csv")
    later = ContactsWorkspace(workspace.db)
    qtbot.addWidget(later)
    assert later.start_folder() == folder
    folder.rmdir()  # gone since: the home folder, not a folder that is not there
    assert later.start_folder() == Path.home()


def test_changing_the_language_keeps_the_filters_and_the_selected_finding(
    qtbot: QtBot, workspace: ContactsWorkspace
) -> None:
    run(qtbot, workspace, DEMO_EXPORT)
    view = workspace.results
    view.code_filter.setCurrentIndex(view.code_filter.findData("ended-in-pattern"))
    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    view.table.selectRow(0)
    chosen = view.selected_findings()
    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    translations.use("nn")
    try:
        assert view.code_filter.currentData() == "ended-in-pattern"
        assert view.selected_findings() == chosen
        assert "Rad" in view.detail.toPlainText()
    finally:
        translations.use("en")


def test_the_status_line_follows_a_change_of_language(
    qtbot: QtBot, workspace: ContactsWorkspace
) -> None:
    run(qtbot, workspace, DEMO_EXPORT)
    assert workspace.status.text().startswith("Checked 300 rows")
    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    try:
        translations.use("nb")
        assert workspace.status.text().startswith("Sjekket 300 rader"), workspace.status.text()
        translations.use("nn")
        assert workspace.status.text().startswith("Sjekka 300 rader"), workspace.status.text()
    finally:
        translations.use("en")
