"""A schedule's calendar in the inspector: the week as a grid painted by mouse or keyboard,
the exact hours as text, closed dates, yearly closed days, special hours and the public
holidays of the coming year.

The pattern's calendar is the only truth: every change is one edit of it through
`kontakt.core.ringpattern.edit.set_calendar`, pushed on the editor's undo stack, and the
widgets are filled again from the pattern after each edit, undo and redo. The grid shows
half hours; hours that do not fit it (08:10–15:35) are kept as written, drawn as partly
open cells and shown exactly in the day's text field, and only the cells the user paints
change. Text that cannot be read stays where it was typed, with a message saying where
and why, and changes nothing.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kontakt.core.ringpattern import Calendar, Node, NodeType, Pattern, PatternError
from kontakt.core.ringpattern import edit as edits
from kontakt.core.ringpattern.diff_text import WEEKDAY_NAMES
from kontakt.core.ringpattern.hours import (
    Cell,
    Period,
    cells,
    coming_holidays,
    month_day_text,
    open_minutes,
    painted_week,
    parse_date,
    parse_month_day,
    parse_periods,
    period_text,
    periods_text,
    spans,
    time_text,
    with_closed_dates,
    with_closed_yearly,
    with_day,
    with_public_holidays,
    with_special_hours,
)
from kontakt.core.ringpattern.messages import day_text, error_message, holiday_name, word
from kontakt.core.ringpattern.model import WEEKDAYS
from kontakt.core.ringpattern.schedule import MINUTES_PER_DAY
from kontakt.i18n import gui_translate

if TYPE_CHECKING:
    from kontakt.ui.workspaces.patterns.editor import PatternEditor

STEP: Final = 30
"""Minutes in a row of the week grid."""
ROWS: Final = MINUTES_PER_DAY // STEP
FIRST_SHOWN_ROW: Final = 7 * 60 // STEP
"""The grid opens scrolled to 07.00, where the working day begins."""
HOME_COUNTRY: Final = "NO"
SPECIAL_TAB: Final = 2
"""The tab of special hours (after the week and the closed days)."""
OPEN_COLOUR: Final = QColor("#009E73")
"""Okabe–Ito bluish green; partly open cells are hatched in it and marked ◐ as well."""
PARTLY_SIGN: Final = "◐"

Paint = tuple[int, int, int, int, bool]
"""A painted rectangle of the grid: first and last day column, first and last row, and
whether it is painted open (else closed)."""


def weekday_name(column: int) -> str:
    return gui_translate("PatternDiff", WEEKDAY_NAMES[column])


class WeekModel(QAbstractTableModel):
    """The week in half hours: a column per weekday, a row per half hour; while the mouse
    paints, the rectangle shows what it will become."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.weekly: dict[str, tuple[Period, ...]] = {}
        self.week: list[list[Cell]] = [[Cell.CLOSED] * ROWS for _ in WEEKDAYS]
        self.preview: Paint | None = None

    def set_weekly(self, weekly: dict[str, tuple[Period, ...]]) -> None:
        self.weekly = weekly
        self.week = [cells(weekly.get(day, ()), STEP) for day in WEEKDAYS]
        self._changed()

    def set_preview(self, preview: Paint | None) -> None:
        self.preview = preview
        self._changed()

    def _changed(self) -> None:
        self.dataChanged.emit(self.index(0, 0), self.index(ROWS - 1, len(WEEKDAYS) - 1))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(WEEKDAYS) - 1)
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, ROWS - 1)
        self._changed()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else ROWS

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(WEEKDAYS)

    def cell(self, row: int, column: int) -> Cell:
        """What the cell shows: the calendar's state, or what the mouse is painting."""
        preview = self.preview
        if preview is not None:
            first, last, top, bottom, is_open = preview
            if first <= column <= last and top <= row <= bottom:
                return Cell.OPEN if is_open else Cell.CLOSED
        return self.week[column][row]

    def cell_text(self, row: int, column: int) -> str:
        """The cell in words, for screen readers and tooltips ("Monday 08.00–08.30, open")."""
        start = row * STEP
        state = self.cell(row, column)
        if state is Cell.PARTLY:
            inside = [
                period_text(max(s, start), min(e, start + STEP), gui_translate)
                for s, e in spans(self.weekly.get(WEEKDAYS[column], ()))
                if open_minutes([(s, e)], start, start + STEP)
            ]
            shown = self.tr("partly open: {periods}").format(periods=", ".join(inside))
        else:
            shown = word(state.value, gui_translate)
        return self.tr("{day} {period}, {state}").format(
            day=weekday_name(column),
            period=period_text(start, start + STEP, gui_translate),
            state=shown,
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid():
            return None
        state = self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return PARTLY_SIGN if state is Cell.PARTLY else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            if state is Cell.OPEN:
                return QBrush(OPEN_COLOUR)
            if state is Cell.PARTLY:
                return QBrush(OPEN_COLOUR, Qt.BrushStyle.BDiagPattern)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell_text(index.row(), index.column())
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return weekday_name(section)[:3]
            if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
                return weekday_name(section)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if section % 2 else time_text(section * STEP, gui_translate)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return period_text(section * STEP, (section + 1) * STEP, gui_translate)
        return None


class WeekGrid(QTableView):
    """The week grid: drag to paint open (starting on a closed cell) or closed (starting on
    an open one), Escape while dragging to call it off; arrows move, Shift+arrows extend,
    Space toggles the chosen cells."""

    painted = Signal(int, int, int, int, bool)

    def __init__(self, model: WeekModel) -> None:
        super().__init__()
        self.week = model
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the grid; arrows move inside it
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(16)
        self.setMinimumHeight(16 * 22)  # 07.00 to 17.00 at a glance
        self._anchor: tuple[int, int] | None = None
        self._open = True

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if event.button() is not Qt.MouseButton.LeftButton or not index.isValid():
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._anchor = (index.row(), index.column())
        self._open = self.week.cell(index.row(), index.column()) is not Cell.OPEN
        self._paint_to(index)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._anchor is None:
            super().mouseMoveEvent(event)
            return
        index = self.indexAt(event.position().toPoint())
        if index.isValid():
            self._paint_to(index)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._anchor is None:
            super().mouseReleaseEvent(event)
            return
        preview = self.week.preview
        self._anchor = None
        self.week.set_preview(None)
        if preview is not None:
            self.painted.emit(*preview)

    def _paint_to(self, index: QModelIndex) -> None:
        assert self._anchor is not None
        row, column = self._anchor
        top, bottom = sorted((row, index.row()))
        first, last = sorted((column, index.column()))
        self.week.set_preview((first, last, top, bottom, self._open))
        chosen = QItemSelection(self.week.index(top, first), self.week.index(bottom, last))
        selection = self.selectionModel()
        selection.select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._anchor is not None and event.key() == Qt.Key.Key_Escape:
            self._anchor = None  # the drag is called off: nothing painted
            self.week.set_preview(None)
            return
        current = self.currentIndex()
        if event.key() != Qt.Key.Key_Space or not current.isValid():
            super().keyPressEvent(event)
            return
        chosen = [*self.selectionModel().selectedIndexes(), current]
        rows = [i.row() for i in chosen]
        columns = [i.column() for i in chosen]
        is_open = self.week.cell(current.row(), current.column()) is not Cell.OPEN
        self.painted.emit(min(columns), max(columns), min(rows), max(rows), is_open)


RowValue = tuple[str, tuple[Period, ...]]
"""A dated row: the date as the document writes it, and its hours (special hours only)."""


class DatedRows(QWidget):
    """Closed dates, yearly closed days or special hours: a table edited in place, a row to
    add a new one and a button to remove the chosen ones."""

    def __init__(
        self,
        read_day: Callable[[str], str],
        show_day: Callable[[str], str],
        changed: Callable[[list[RowValue]], None],
        with_hours: bool = False,
    ) -> None:
        super().__init__()
        self.read_day = read_day
        self.show_day = show_day
        self.changed = changed
        self.with_hours = with_hours
        self.rows: list[RowValue] = []
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.table = QTableWidget(0, 2 if with_hours else 1)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setMaximumHeight(150)
        self.table.itemChanged.connect(self._item_changed)
        self.day_input = QLineEdit()
        self.day_input.returnPressed.connect(self._add)
        self.hours_input = QLineEdit()
        self.hours_input.returnPressed.connect(self._add)
        self.hours_input.setVisible(with_hours)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._remove)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        adding = QHBoxLayout()
        adding.setContentsMargins(0, 0, 0, 0)
        adding.addWidget(self.day_input, 1)
        adding.addWidget(self.hours_input, 1)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.table)
        layout.addLayout(adding)
        layout.addWidget(self.remove_button)
        layout.addWidget(self.message)

    def retranslate(self, caption: str, day: str, example: str) -> None:
        self.caption.setText(caption)
        headers = [day, self.tr("Hours")] if self.with_hours else [day]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(caption)
        self.day_input.setPlaceholderText(example)
        self.day_input.setAccessibleName(self.tr("New: {column}").format(column=day))
        self.hours_input.setPlaceholderText(self.tr("08:00–12:00, or empty for closed"))
        self.hours_input.setAccessibleName(self.tr("New: {column}").format(column=self.tr("Hours")))
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove the chosen"))
        self.show_rows(self.rows)

    def show_rows(self, rows: list[RowValue]) -> None:
        self.rows = rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for row, value in enumerate(rows):
            for column in range(self.table.columnCount()):
                self.table.setItem(row, column, QTableWidgetItem(self._cell_text(value, column)))
        self.table.blockSignals(False)

    def _cell_text(self, value: RowValue, column: int) -> str:
        day, hours = value
        if column == 0:
            return self.show_day(day)
        return periods_text(hours, gui_translate) or word("closed", gui_translate)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        # Screen readers hear the message with the field it is about.
        self.day_input.setAccessibleDescription(text)
        self.table.setAccessibleDescription(text)

    def _column(self, column: int) -> str:
        header = self.table.horizontalHeaderItem(column)
        return header.text() if header is not None else ""

    def _read(self, day_text_: str, hours_text: str) -> RowValue:
        day = self.read_day(day_text_)
        closed = word("closed", gui_translate)
        hours = parse_periods("" if hours_text.strip() == closed else hours_text)
        return day, hours

    def _add(self) -> None:
        try:
            day, hours = self._read(self.day_input.text(), self.hours_input.text())
        except PatternError as error:
            self._say(
                self.tr("{column}: {problem}").format(
                    column=self.day_input.accessibleName(),
                    problem=error_message(error, gui_translate),
                )
            )
            return
        if any(known == day for known, _ in self.rows):
            self._say(self.tr("{day} is in the list already.").format(day=self.show_day(day)))
            return
        self._say("")
        self.day_input.clear()
        self.hours_input.clear()
        self.changed([*self.rows, (day, hours)])

    def _remove(self) -> None:
        chosen = {i.row() for i in self.table.selectedIndexes()}
        if chosen:
            self._say("")
            self.changed([r for row, r in enumerate(self.rows) if row not in chosen])

    def _item_changed(self, item: QTableWidgetItem) -> None:
        row = item.row()
        texts = [(self.table.item(row, c) or QTableWidgetItem()).text() for c in (0, 1)]
        try:
            value = self._read(texts[0], texts[1] if self.with_hours else "")
        except PatternError as error:
            self._say(
                self.tr("Row {row}, {column}: {problem}").format(
                    row=row + 1,
                    column=self._column(item.column()),
                    problem=error_message(error, gui_translate),
                )
            )
            return
        if any(known == value[0] for other, (known, _) in enumerate(self.rows) if other != row):
            self._say(self.tr("{day} is in the list already.").format(day=self.show_day(value[0])))
            return
        self._say("")
        rows = list(self.rows)
        rows[row] = value
        if rows != self.rows:
            self.changed(rows)
        else:  # the same typed another way: shown as usual
            self.table.blockSignals(True)
            item.setText(self._cell_text(value, item.column()))
            self.table.blockSignals(False)


class CalendarEditor(QWidget):
    """The calendar of the chosen schedule, every change one undoable edit."""

    def __init__(self, editor: PatternEditor, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.editor = editor
        self.today = today
        self.name: str | None = None
        self.node: Node | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self._new_calendar)
        self.shared = QLabel()
        self.shared.setWordWrap(True)
        self.tabs = QTabWidget()
        # The week.
        self.week = WeekModel(self)
        self.grid = WeekGrid(self.week)
        self.grid.painted.connect(self._painted)
        self._scrolled = False
        # What the widgets show now: the calendar's name, its value and today's date.
        self._shown: tuple[object, ...] | None = None
        self.day_edits: dict[str, QLineEdit] = {}
        self.day_labels: dict[str, QLabel] = {}
        self._unread: set[str] = set()
        days = QFormLayout()
        for day in WEEKDAYS:
            field = QLineEdit()
            field.editingFinished.connect(lambda d=day: self._day_typed(d))
            label = QLabel()
            label.setBuddy(field)
            days.addRow(label, field)
            self.day_edits[day] = field
            self.day_labels[day] = label
        self.week_hint = QLabel()
        self.week_hint.setWordWrap(True)
        self.day_message = QLabel()
        self.day_message.setWordWrap(True)
        self.day_message.hide()
        week_page = QWidget()
        week_layout = QVBoxLayout(week_page)
        week_layout.addWidget(self.week_hint)
        week_layout.addWidget(self.grid)
        week_layout.addLayout(days)
        week_layout.addWidget(self.day_message)
        # Closed days.
        self.closed_dates = DatedRows(parse_date, self._date_text, self._closed_dates_changed)
        self.closed_yearly = DatedRows(
            parse_month_day,
            lambda d: month_day_text(d, gui_translate),
            self._closed_yearly_changed,
        )
        closed_page = QWidget()
        closed_layout = QVBoxLayout(closed_page)
        closed_layout.addWidget(self.closed_dates)
        closed_layout.addWidget(self.closed_yearly)
        closed_layout.addStretch(1)
        # Special hours.
        self.special = DatedRows(
            parse_date, self._date_text, self._special_changed, with_hours=True
        )
        special_page = QWidget()
        special_layout = QVBoxLayout(special_page)
        special_layout.addWidget(self.special)
        special_layout.addStretch(1)
        # Public holidays.
        self.follows = QCheckBox()
        self.follows.clicked.connect(self._follows_clicked)
        self.follows_text = QLabel()
        self.follows_text.setWordWrap(True)
        self.holidays = QListWidget()
        self.holidays.itemActivated.connect(self._holiday_chosen)
        self.holidays_hint = QLabel()
        self.holidays_hint.setWordWrap(True)
        holidays_page = QWidget()
        holidays_layout = QVBoxLayout(holidays_page)
        holidays_layout.addWidget(self.follows)
        holidays_layout.addWidget(self.follows_text)
        holidays_layout.addWidget(self.holidays)
        holidays_layout.addWidget(self.holidays_hint)
        for page in (week_page, closed_page, special_page, holidays_page):
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.new_button)
        layout.addWidget(self.shared)
        layout.addWidget(self.tabs)
        self.retranslate()

    def retranslate(self) -> None:
        for index, title in enumerate(
            (
                self.tr("Week"),
                self.tr("Closed days"),
                self.tr("Special hours"),
                self.tr("Public holidays"),
            )
        ):
            self.tabs.setTabText(index, title)
        self.new_button.setText(self.tr("New calendar for this schedule"))
        self.week_hint.setText(
            self.tr(
                "Drag over the grid to make hours open (or closed, starting on an open half"
                " hour). Keyboard: arrows move, Shift+arrows extend, Space switches. Exact"
                " hours below, such as 08:00–15:30."
            )
        )
        self.grid.setAccessibleName(self.tr("Opening hours of the week, by half hour"))
        self.holidays_hint.setText(
            self.tr("Enter or double-click a holiday to give it special hours.")
        )
        for column, day in enumerate(WEEKDAYS):
            self.day_labels[day].setText(f"{weekday_name(column)}:")
            self.day_edits[day].setPlaceholderText(word("closed", gui_translate))
        self.week.retranslate()
        self.closed_dates.retranslate(
            self.tr("Closed dates (municipal closing days):"),
            self.tr("Date"),
            self._date_text("2026-11-24"),
        )
        self.closed_yearly.retranslate(
            self.tr("Closed every year (such as Christmas Eve):"),
            self.tr("Day"),
            month_day_text("12-24", gui_translate),
        )
        self.special.retranslate(
            self.tr(
                "Special hours: dates with their own opening hours, which count before"
                " public holidays and closed dates."
            ),
            self.tr("Date"),
            self._date_text("2026-12-23"),
        )
        self._shown = None
        if self.editor.pattern is not None:
            self.show_calendar(self.editor.pattern, self.node)

    @staticmethod
    def _date_text(iso: str) -> str:
        return day_text(date.fromisoformat(iso), gui_translate)

    def calendar(self) -> Calendar | None:
        pattern = self.editor.pattern
        if pattern is None or self.name is None:
            return None
        return pattern.calendars.get(self.name)

    def show_calendar(self, pattern: Pattern, node: Node | None) -> None:
        """Fill the widgets from the calendar that `node` (a schedule) names."""
        self.node = node
        self.name = node.calendar if node is not None else None
        calendar = pattern.calendars.get(self.name) if self.name is not None else None
        if calendar is None:
            self.status.setText(
                self.tr("The schedule has no calendar yet.")
                if self.name is None
                else self.tr('The calendar "{name}" does not exist.').format(name=self.name)
            )
        else:
            self.status.setText(
                self.tr('<b>Calendar "{name}"</b>').format(name=html.escape(self.name or ""))
            )
        self.new_button.setVisible(calendar is None)
        self.tabs.setVisible(calendar is not None)
        users = sum(
            1 for n in pattern.nodes if n.type is NodeType.SCHEDULE and n.calendar == self.name
        )
        self.shared.setVisible(calendar is not None and users > 1)
        self.shared.setText(
            self.tr("%n schedule(s) use this calendar: a change here changes them all.", "", users)
        )
        shown = (self.name, calendar, self.today())
        if calendar is None or shown == self._shown:
            return  # an edit elsewhere: what is being typed in the lists stays
        if self._shown is None or self._shown[0] != self.name:
            self._unread.clear()  # text typed for another calendar is not this one's
            self.day_message.hide()
        self._shown = shown
        self.week.set_weekly(dict(calendar.weekly))
        if not self._scrolled:
            self._scrolled = True
            self.grid.scrollTo(
                self.week.index(FIRST_SHOWN_ROW, 0), QAbstractItemView.ScrollHint.PositionAtTop
            )
        for day, field in self.day_edits.items():
            if day not in self._unread:
                field.setText(periods_text(calendar.weekly.get(day, ()), gui_translate))
        self.closed_dates.show_rows([(d, ()) for d in calendar.closed_dates or ()])
        self.closed_yearly.show_rows([(d, ()) for d in calendar.closed_yearly or ()])
        self.special.show_rows(list((calendar.special_hours or {}).items()))
        self._show_holidays(calendar)

    def _show_holidays(self, calendar: Calendar) -> None:
        country = calendar.public_holidays
        self.follows.setChecked(country is not None)
        self.follows.setText(
            self.tr("Closed on Norway's public holidays")
            if country in (None, HOME_COUNTRY)
            else self.tr("Closed on the public holidays of {country}").format(country=country)
        )
        self.follows_text.setText(
            self.tr(
                "On these days calls take the schedule's closed-day exit, unless the day has"
                " special hours."
            )
            if country is not None
            else self.tr(
                "This calendar does not follow the public holidays: it keeps its weekly hours"
                " on them."
            )
        )
        self.holidays.clear()
        special = calendar.special_hours or {}
        for day, english in coming_holidays(country or HOME_COUNTRY, self.today()):
            hours = special.get(day.isoformat())
            if hours is not None:
                state = self.tr("special hours: {hours}").format(
                    hours=periods_text(hours, gui_translate) or word("closed", gui_translate)
                )
            elif country is not None:
                state = word("holiday", gui_translate)
            else:
                weekly = calendar.weekly.get(WEEKDAYS[day.weekday()], ())
                state = self.tr("weekly hours: {hours}").format(
                    hours=periods_text(weekly, gui_translate) or word("closed", gui_translate),
                )
            item = QListWidgetItem(
                self.tr("{date} {name}: {state}").format(
                    date=day_text(day, gui_translate),
                    name=holiday_name(english, gui_translate),
                    state=state,
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
            self.holidays.addItem(item)

    def _holiday_chosen(self, item: QListWidgetItem) -> None:
        """Special hours for the chosen holiday: its date filled in, the hours to type."""
        self.tabs.setCurrentIndex(SPECIAL_TAB)
        self.special.day_input.setText(self._date_text(str(item.data(Qt.ItemDataRole.UserRole))))
        self.special.hours_input.setFocus()

    # -- each change one edit ----------------------------------------------------------------
    def _change(self, text: str, change: Callable[[Calendar], Calendar]) -> None:
        calendar, pattern = self.calendar(), self.editor.pattern
        if calendar is None or pattern is None or self.name is None:
            return
        changed = change(calendar)
        if changed != calendar:
            self.editor.edit(text, edits.set_calendar(pattern, self.name, changed))

    def _new_calendar(self) -> None:
        pattern = self.editor.pattern
        if pattern is not None and self.node is not None:
            after, _ = edits.new_calendar(pattern, self.node.id)
            self.editor.edit(self.tr("New calendar"), after)

    def _painted(self, first: int, last: int, top: int, bottom: int, is_open: bool) -> None:
        days = WEEKDAYS[first : last + 1]
        start, end = top * STEP, (bottom + 1) * STEP
        self._change(
            self.tr("Open hours") if is_open else self.tr("Close hours"),
            lambda c: painted_week(c, days, start, end, is_open),
        )

    def _day_typed(self, day: str) -> None:
        calendar = self.calendar()
        if calendar is None:
            return
        field = self.day_edits[day]
        try:
            periods = parse_periods(field.text())
        except PatternError as error:
            self._unread.add(day)
            message = self.tr("{day}: {problem}").format(
                day=weekday_name(WEEKDAYS.index(day)),
                problem=error_message(error, gui_translate),
            )
            self.day_message.setText(message)
            self.day_message.show()
            field.setAccessibleDescription(message)
            return
        self._unread.discard(day)
        field.setAccessibleDescription("")
        if not self._unread:
            self.day_message.hide()
        if periods != calendar.weekly.get(day, ()):
            self._change(self.tr("Change the opening hours"), lambda c: with_day(c, day, periods))

    def _follows_clicked(self, checked: bool) -> None:
        self._change(
            self.tr("Follow the public holidays")
            if checked
            else self.tr("Ignore the public holidays"),
            lambda c: with_public_holidays(c, HOME_COUNTRY if checked else None),
        )

    def _closed_dates_changed(self, rows: Sequence[RowValue]) -> None:
        self._change(
            self.tr("Change the closed dates"),
            lambda c: with_closed_dates(c, (day for day, _ in rows)),
        )

    def _closed_yearly_changed(self, rows: Sequence[RowValue]) -> None:
        self._change(
            self.tr("Change the yearly closed days"),
            lambda c: with_closed_yearly(c, (day for day, _ in rows)),
        )

    def _special_changed(self, rows: Sequence[RowValue]) -> None:
        self._change(
            self.tr("Change the special hours"), lambda c: with_special_hours(c, dict(rows))
        )
