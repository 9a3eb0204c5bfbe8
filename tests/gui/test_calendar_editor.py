"""A schedule's calendar in the inspector with real mouse and keyboard events: paint hours
in the week grid, the same by keyboard, exact hours as text, a closed date, undo and redo,
and the coming public holidays in Nynorsk."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from kontakt.core.ringpattern import NodeType, to_document
from kontakt.services.patterns import open_stored
from kontakt.storage.db import Database
from kontakt.ui.app import Translations
from kontakt.ui.workspaces.patterns.calendar_editor import CalendarEditor, WeekGrid
from kontakt.ui.workspaces.patterns.editor import PatternEditor

DEMO_KEY = "demo-sentralbord"
NO = Qt.KeyboardModifier.NoModifier
LEFT = Qt.MouseButton.LeftButton
MON, TUE, THU, SAT, SUN = 0, 1, 3, 5, 6


def row(hour: int, minute: int = 0) -> int:
    return (hour * 60 + minute) // 30


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp)
    translations.use("en")
    yield translations
    translations.use("en")


@pytest.fixture
def editor(qtbot: QtBot, demo_db: Database, translations: Translations) -> PatternEditor:
    editor = PatternEditor(demo_db)
    qtbot.addWidget(editor)
    editor.resize(1400, 1000)
    editor.open(open_stored(demo_db, DEMO_KEY))
    editor.show()
    qtbot.waitExposed(editor)
    editor.scene.select_only(["opningstid"])
    return editor


def cell_point(grid: WeekGrid, hour_row: int, column: int) -> QPoint:
    return grid.visualRect(grid.week.index(hour_row, column)).center()


def paint(grid: WeekGrid, column: int, first: int, last: int) -> None:
    """Press on one half hour, drag to another of the same day, let go."""
    grid.scrollTo(grid.week.index(first, column), QAbstractItemView.ScrollHint.PositionAtCenter)
    start = cell_point(grid, first, column)
    end = cell_point(grid, last, column)
    QTest.mousePress(grid.viewport(), LEFT, NO, start)
    for step in range(1, 4):
        QTest.mouseMove(grid.viewport(), start + (end - start) * step / 3)
    QTest.mouseRelease(grid.viewport(), LEFT, NO, end)


def weekly(editor: PatternEditor) -> dict[str, object]:
    assert editor.pattern is not None
    result: dict[str, object] = to_document(editor.pattern)["calendars"]["kontor"]["weekly"]
    return result


def test_paint_type_and_list_hours_then_undo_and_redo_them(editor: PatternEditor) -> None:
    original = editor.pattern
    assert original is not None
    calendar = editor.inspector.calendar_editor
    assert calendar.isVisibleTo(editor) and calendar.tabs.isVisibleTo(editor)
    grid = calendar.grid
    assert grid.week.cell_text(row(8), MON) == "Monday 08:00–08:30, open"
    # A screen reader reads each cell by that name.
    table = QAccessible.queryAccessibleInterface(grid)
    names = [table.child(i).text(QAccessible.Text.Name) for i in range(table.childCount())]
    assert "Monday 08:00–08:30, open" in names and "Sunday 23:30–24:00, closed" in names
    assert grid.week.cell_text(row(10), SAT) == "Saturday 10:00–10:30, closed"
    # Saturday 10.00-12.00 painted open with the mouse: one undo step.
    steps = editor.stack.count()
    paint(grid, SAT, row(10), row(11, 30))
    assert editor.stack.count() == steps + 1
    assert weekly(editor)["sat"] == [["10:00", "12:00"]]
    assert grid.week.cell_text(row(10), SAT) == "Saturday 10:00–10:30, open"
    assert grid.week.cell_text(row(12), SAT) == "Saturday 12:00–12:30, closed"
    assert calendar.day_edits["sat"].text() == "10:00–12:00"
    # Sunday the same by keyboard: right, Shift+up three times, Space.
    grid.setFocus()
    QTest.keyClick(grid, Qt.Key.Key_Right)
    for _ in range(3):
        QTest.keyClick(grid, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(grid, Qt.Key.Key_Space)
    assert weekly(editor)["sun"] == [["10:00", "12:00"]]
    QTest.keyClick(grid, Qt.Key.Key_Space)  # Space again closes what it opened
    assert weekly(editor)["sun"] == []
    editor.stack.undo()
    assert weekly(editor)["sun"] == [["10:00", "12:00"]]
    # Dragging from an open half hour closes: Monday opens at 09.00.
    paint(grid, MON, row(8), row(8, 30))
    assert weekly(editor)["mon"] == [["09:00", "15:30"]]
    # Hours that do not fit the grid, typed: kept exactly, shown as partly open.
    thursday = calendar.day_edits["thu"]
    thursday.setFocus()
    thursday.selectAll()
    QTest.keyClicks(thursday, "8.10-15.35")
    QTest.keyClick(thursday, Qt.Key.Key_Return)
    assert weekly(editor)["thu"] == [["08:10", "15:35"]]
    assert grid.week.cell(row(8), THU).value == "partly"
    assert grid.week.cell_text(row(8), THU) == "Thursday 08:00–08:30, partly open: 08:10–08:30"
    paint(grid, THU, row(18), row(18, 30))
    assert weekly(editor)["thu"] == [["08:10", "15:35"], ["18:00", "19:00"]]
    # Text that cannot be read changes nothing, stays, and says what is wrong.
    tuesday = calendar.day_edits["tue"]
    tuesday.setFocus()
    tuesday.selectAll()
    QTest.keyClicks(tuesday, "08:00-25:00")
    QTest.keyClick(tuesday, Qt.Key.Key_Return)
    assert weekly(editor)["tue"] == [["08:00", "15:30"]]
    assert calendar.day_message.isVisibleTo(editor)
    assert calendar.day_message.text() == "Tuesday: 25:00 is not a time of day as HH:MM."
    assert tuesday.text() == "08:00-25:00"
    assert tuesday.accessibleDescription() == calendar.day_message.text()  # heard, not only seen
    # A closed date: a bad one is refused with the reason, a good one added.
    calendar.tabs.setCurrentIndex(1)
    dates = calendar.closed_dates
    dates.day_input.setFocus()
    QTest.keyClicks(dates.day_input, "31.02.2027")
    QTest.mouseClick(dates.add_button, LEFT)
    assert dates.message.text() == "New: Date: 31.02.2027 is not a date."
    assert dates.day_input.text() == "31.02.2027"
    dates.day_input.selectAll()
    QTest.keyClicks(dates.day_input, "20.11.2027")
    QTest.mouseClick(dates.add_button, LEFT)
    assert not dates.message.isVisibleTo(editor)
    assert dates.table.item(0, 0).text() == "2027-11-20"
    # Edited in place: a bad date stays, a good one replaces the date.
    dates.table.item(0, 0).setText("2027-11-31")
    assert dates.message.text() == "Row 1, Date: 2027-11-31 is not a date."
    dates.table.item(0, 0).setText("19.11.2027")
    steps = editor.stack.count()
    dates.table.item(0, 0).setText("19.11.2027")  # the same date again: no edit
    assert dates.table.item(0, 0).text() == "2027-11-19" and editor.stack.count() == steps
    done = editor.pattern
    assert done is not None
    assert to_document(done)["calendars"]["kontor"] == {
        "weekly": {
            "mon": [["09:00", "15:30"]],
            "tue": [["08:00", "15:30"]],
            "wed": [["08:00", "15:30"]],
            "thu": [["08:10", "15:35"], ["18:00", "19:00"]],
            "fri": [["08:00", "15:00"]],
            "sat": [["10:00", "12:00"]],
            "sun": [["10:00", "12:00"]],
        },
        "public_holidays": "NO",
        "closed_dates": ["2027-11-19"],
        "closed_yearly": ["12-24", "12-31"],
        "special_hours": {"2026-12-23": [["08:00", "12:00"]]},
    }
    # Undo everything: the grid and the lists show the calendar as opened.
    while editor.stack.canUndo():
        editor.stack.undo()
    assert editor.pattern == original
    assert grid.week.cell_text(row(10), SAT) == "Saturday 10:00–10:30, closed"
    assert calendar.day_edits["thu"].text() == "08:00–15:30"
    assert dates.table.rowCount() == 0
    while editor.stack.canRedo():
        editor.stack.redo()
    assert editor.pattern == done
    assert grid.week.cell_text(row(18), THU) == "Thursday 18:00–18:30, open"
    assert dates.table.item(0, 0).text() == "2027-11-19"
    # Removed again with the button.
    dates.table.selectRow(0)
    QTest.mouseClick(dates.remove_button, LEFT)
    assert to_document(editor.pattern)["calendars"]["kontor"]["closed_dates"] == []


def test_special_hours_and_the_public_holidays_in_nynorsk(
    editor: PatternEditor, translations: Translations, qtbot: QtBot
) -> None:
    translations.use("nn")
    calendar: CalendarEditor = editor.inspector.calendar_editor
    today = date(datetime.now().year, 12, 1)
    calendar.today = lambda: today
    editor.inspector.retranslate()
    assert calendar.tabs.tabText(3) == "Heilagdagar"
    assert calendar.grid.week.cell_text(row(8), MON) == "Måndag 08.00–08.30, ope"
    holidays = [calendar.holidays.item(r).text() for r in range(calendar.holidays.count())]
    year = today.year
    assert holidays[0] == f"25.12.{year} 1. juledag: fridag"
    assert f"01.01.{year + 1} 1. nyttårsdag: fridag" in holidays
    assert calendar.follows.isChecked()
    # Special hours on Christmas Day, chosen in the list of holidays by keyboard.
    calendar.tabs.setCurrentIndex(3)
    calendar.holidays.setFocus()
    calendar.holidays.setCurrentRow(0)
    QTest.keyClick(calendar.holidays, Qt.Key.Key_Return)
    special = calendar.special
    assert calendar.tabs.currentIndex() == 2 and special.day_input.text() == f"25.12.{year}"
    QTest.keyClicks(special.hours_input, "10-14")
    QTest.mouseClick(special.add_button, LEFT)
    holidays = [calendar.holidays.item(r).text() for r in range(calendar.holidays.count())]
    assert holidays[0] == f"25.12.{year} 1. juledag: særskilde opningstider: 10.00–14.00"
    shown = [special.table.item(r, 0).text() for r in range(special.table.rowCount())]
    assert "23.12.2026" in shown and len(shown) == 2
    christmas = shown.index(f"25.12.{year}")
    assert special.table.item(christmas, 1).text() == "10.00–14.00"
    special.table.item(christmas, 1).setText("10.00-25.00")
    problem = "Opningstider: 25.00 er ikkje eit klokkeslett på forma TT:MM."
    assert special.message.text() == f"Rad {christmas + 1}, {problem}"
    special.table.item(christmas, 1).setText("stengt")
    assert editor.pattern is not None
    special_hours = editor.pattern.calendars["kontor"].special_hours
    assert special_hours is not None and special_hours[f"{year}-12-25"] == ()
    holidays = [calendar.holidays.item(r).text() for r in range(calendar.holidays.count())]
    assert holidays[0] == f"25.12.{year} 1. juledag: særskilde opningstider: stengt"
    # No public holidays: the calendar keeps its weekly hours, and validation says so.
    calendar.tabs.setCurrentIndex(3)
    QTest.mouseClick(calendar.follows, LEFT)
    assert editor.pattern is not None
    assert editor.pattern.calendars["kontor"].public_holidays is None
    holidays = [calendar.holidays.item(r).text() for r in range(calendar.holidays.count())]
    friday = f"01.01.{year + 1} 1. nyttårsdag: vanlege opningstider: 08.00–15.00"
    assert (friday in holidays) == (date(year + 1, 1, 1).weekday() == 4)
    qtbot.waitUntil(
        lambda: any(
            "heilagdagane" in editor.findings_list.item(r).text()
            for r in range(editor.findings_list.count())
        ),
        timeout=10_000,
    )
    # A new schedule has no calendar until the button makes one for it.
    node_id = editor.add_node(NodeType.SCHEDULE)
    assert node_id is not None and editor.scene.selected_ids() == [node_id]
    assert calendar.status.text() == "Steget har ingen kalender enno."
    assert calendar.new_button.isVisibleTo(editor) and not calendar.tabs.isVisibleTo(editor)
    QTest.mouseClick(calendar.new_button, LEFT)
    assert editor.pattern.node(node_id).calendar == node_id  # type: ignore[union-attr]
    assert calendar.tabs.isVisibleTo(editor)
    assert editor.inspector.calendar.currentData() == node_id
    calendar.tabs.setCurrentIndex(0)
    paint(calendar.grid, MON, row(9), row(9))
    assert editor.pattern.calendars[node_id].weekly == {"mon": (("09:00", "09:30"),)}
