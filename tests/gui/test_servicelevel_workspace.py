"""The Servicegrad workspace imports the demo call records and shows what they say."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kontakt.core.servicelevel.figures import Goal
from kontakt.resources import resource_path
from kontakt.services import servicelevel
from kontakt.storage.db import Database
from kontakt.storage.models import CallImport, CallRecord
from kontakt.ui.app import Translations
from kontakt.ui.workspaces.contacts.mapping_dialog import MappingDialog
from kontakt.ui.workspaces.servicelevel.heat_map import EMPTY, MET, cell_colour
from kontakt.ui.workspaces.servicelevel.workspace import ServiceLevelWorkspace

CALLS = resource_path("demo") / "calls.csv"


@pytest.fixture
def english(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp)
    translations.use("en")
    yield translations
    translations.use("en")


def idle(qtbot: QtBot, page: ServiceLevelWorkspace) -> None:
    qtbot.waitUntil(lambda: not page.runner.running, timeout=60_000)


def test_the_demo_records_are_imported_measured_and_explained(
    qtbot: QtBot, english: Translations, demo_db: Database, tmp_path: Path
) -> None:
    page = ServiceLevelWorkspace(demo_db)
    qtbot.addWidget(page)
    page.show()
    page.activated()
    idle(qtbot, page)
    # the demo ships with its call records: figures and a heat map on the first start
    assert page.status.text().startswith("calls.csv: 2,292 calls from 26.10.2026 to 15.11.2026")
    assert page.summary_model.rowCount() == 4 and page.export_button.isEnabled()
    assert "call records the telephony platform exports" in page.purpose.text()
    page.import_file(CALLS)
    assert page.cancel_button.isEnabled()
    idle(qtbot, page)
    assert page.status.text().startswith("calls.csv: 2,292 calls from 26.10.2026 to 15.11.2026")

    # the summary: every queue and group of the demo, met or missed in a sign and a word
    model = page.summary_model
    labels = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert labels == ["Byggesak", "Heimetenesta vakttelefon", "Helse og omsorg", "Sentralbordet"]
    results = {model.index(r, 7).data() for r in range(model.rowCount())}
    assert results == {"✔ Met"}
    assert "Sentralbordet, Monday 09–11:" in page.explanations.text()
    assert "The queue has 3 members; Erlang C recommends" in page.explanations.text()

    # the heat map of the switchboard: Monday at nine is missed, Sunday at nine has no calls
    page.target_box.setCurrentIndex(page.target_box.findData("sentralbord"))
    target = page.heat_map.target()
    assert target is not None and target.target == "sentralbord"
    monday_nine = target.hour(0, 9)
    assert not monday_nine.figures.meets and cell_colour(monday_nine, 80) not in (MET, EMPTY)
    assert cell_colour(target.hour(6, 9), 80) == EMPTY
    assert page.heat_map.cell_text(0, 9).startswith("Monday 09–10: ")
    assert "answered within 20 s (target 80 %): missed" in page.heat_map.cell_text(0, 9)
    assert page.heat_map.cell_text(6, 9) == "Sunday 09–10: no calls in open time"

    # a click on the cell: its calls, and what the pattern did then
    rect = page.heat_map.cell_rect(0, 9)
    qtbot.mouseClick(page.heat_map, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert page.calls_model.rowCount() == monday_nine.figures.offered
    assert page.calls_model.index(0, 1).data() == "56 10 00 00"
    assert "The queue has 3 members" in page.pattern_then.text()
    assert "Postmottak" in page.pattern_then.text()
    assert "Opening hours then: open." in page.pattern_then.text()
    times = [page.calls_model.index(r, 0).data() for r in range(page.calls_model.rowCount())]
    moments = [datetime.strptime(text, "%d.%m.%Y %H.%M") for text in times]
    assert moments == sorted(moments)

    # by keyboard alone: arrows move, the focused cell's figures are read out, Enter opens it
    heat_map = page.heat_map
    heat_map.setFocus()
    qtbot.keyClick(heat_map, Qt.Key.Key_Right)
    qtbot.keyClick(heat_map, Qt.Key.Key_Right)
    assert heat_map.accessibleDescription() == heat_map.cell_text(0, 11)
    assert heat_map.accessibleDescription().startswith("Monday 11–12: ")
    qtbot.keyClick(heat_map, Qt.Key.Key_Down)
    assert heat_map.accessibleDescription().startswith("Tuesday 11–12: ")
    qtbot.keyClick(heat_map, Qt.Key.Key_Return)
    assert page.calls_model.rowCount() == target.hour(1, 11).figures.offered > 0
    assert "The queue has 3 members" in page.pattern_then.text()

    # a cell whose service level is reached but whose answer rate is not says so
    page.target_box.setCurrentIndex(page.target_box.findData("byggesak"))
    assert page.heat_map.cell_text(0, 11) == (
        "Monday 11–12: 9 calls, 89 % answered within 20 s (target 80 %): missed. "
        "89 % were answered (at least 90 %). Erlang C recommends 1."
    )
    page.target_box.setCurrentIndex(page.target_box.findData("sentralbord"))
    page.set_absent({"kari", "ola"})
    assert "The queue has 3 members, of whom 1 can ring (2 marked absent)" in (
        page.explanations.text()
    )

    # the weeks and the staffing
    assert [label for label, _ in page.trend.bars()] == [
        "Week 44 2026",
        "Week 45 2026",
        "Week 46 2026",
    ]
    staffing = page.staffing_model
    assert staffing.rowCount() == sum(1 for cell in target.hours if cell.figures.offered)
    assert "overstates" in page.caveat.text()

    # a stricter target, saved in the database and measured at once
    page.add_goal_row("Sentralbordet", Goal(95, 10))
    page.save_targets()
    idle(qtbot, page)
    row = labels.index("Sentralbordet")
    assert model.index(row, 7).data() == "✘ Missed"
    assert model.index(row, 3).data() == "95 % within 10 s"
    assert model.index(row, 7).data(Qt.ItemDataRole.BackgroundRole) is not None

    # no calling number in the database or the Excel report: only keyed hashes
    with open(CALLS, encoding="utf-8", newline="") as handle:
        callers = {row["A-nummer"] for row in csv.DictReader(handle, delimiter=";")}
    with demo_db.session() as session:
        stored = session.scalars(select(CallRecord)).all()
        assert len(stored) == 2292
        hashes = {r.caller_hash for r in stored}
        assert all(h is not None and len(h) == 64 for h in hashes) and not hashes & callers
        every_value = {str(v) for r in stored for v in vars(r).values()}
        assert not every_value & callers
    report = tmp_path / "servicegrad.xlsx"
    page.export_to(report)
    idle(qtbot, page)
    assert page.status.text() == f"Saved {report}."
    book = openpyxl.load_workbook(report)
    cells = {str(c.value) for ws in book for row in ws.iter_rows() for c in row}
    assert not cells & callers and not cells & hashes
    assert book.sheetnames[:3] == ["Summary", "Targets", "Heat map Byggesak"]
    # percentages as Norwegian writes them: "85 %", with the space
    heat = book["Heat map Byggesak"]
    formats = {c.number_format for row in heat.iter_rows() for c in row if c.value is not None}
    assert '[<0.8]"✘ "0\\ %;0\\ %' in formats and not any("0%" in f for f in formats)

    # dropped callers, and an unknown result named by its row, leave the stored calls alone
    page.keep_callers.setChecked(False)
    page.import_file(CALLS)
    idle(qtbot, page)
    with demo_db.session() as session:
        assert session.scalars(select(CallImport.callers_kept)).all() == [False]
        assert set(session.scalars(select(CallRecord.caller_hash))) == {None}
    bad = tmp_path / "bad.csv"
    bad.write_text(CALLS.read_text(encoding="utf-8").replace("Besvart", "Parkert", 1), "utf-8")
    page.import_file(bad)
    idle(qtbot, page)
    assert page.status.text().startswith("The call records cannot be used: ")
    assert 'row 1, column "Utfall": "Parkert"' in page.status.text()
    with demo_db.session() as session:
        assert len(session.scalars(select(CallRecord.id)).all()) == 2292

    # headers Kontakt does not know: the columns are asked for, and saved as a profile
    odd = tmp_path / "odd.csv"
    odd.write_text(
        "When;Dialled;Line;Waited;Outcome\n2026-11-23 09:00;56100000;Helse;12;answered\n",
        encoding="utf-8",
    )

    def choose(dialog: MappingDialog) -> None:
        for field, header in (("start", "When"), ("entry", "Dialled"), ("target", "Line")):
            dialog.boxes[field].setCurrentIndex(dialog.boxes[field].findData(header))
        dialog.boxes["wait_s"].setCurrentIndex(dialog.boxes["wait_s"].findData("Waited"))
        dialog.boxes["result"].setCurrentIndex(dialog.boxes["result"].findData("Outcome"))
        dialog.save_name.setText("Telefoni")
        dialog.accept()

    when_modal(MappingDialog, choose)
    page.import_file(odd)
    idle(qtbot, page)
    assert page.status.text().startswith("odd.csv: 1 call from 23.11.2026 to 23.11.2026")
    (profile,) = servicelevel.call_profiles(demo_db)
    assert (profile.name, profile.kind, profile.mapping["start"]) == ("Telefoni", "calls", "When")


def when_modal(kind: type, act: Callable[..., None], tries: int = 500) -> None:
    """Do `act(dialog)` as soon as a modal dialog of `kind` is shown."""

    def look(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        elif left:
            QTimer.singleShot(20, lambda: look(left - 1))

    QTimer.singleShot(20, lambda: look(tries))
