"""The findings table: a model over a check result that filters and sorts itself.

A check of 100,000 rows gives as many findings. A QSortFilterProxyModel would call back
into Python for every comparison; instead the model keeps the order of the visible rows as
a list of indexes and sorts and filters that list in Python (as Anki's browser table does),
and messages are worded only for the rows that are drawn. Sorting moves the view's
selection with the rows (persistent indexes), so a selected finding stays selected.
Employee numbers sort by value, names by family name and then given name, texts in
Norwegian order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from kontakt.core.collation import PersonKey, norwegian_key, number_key, person_key, split_name
from kontakt.core.contacts.codes import code_title, field_name, message_renderer
from kontakt.core.contacts.model import ContactCheckResult, ContactFinding, HrmRecord, HrmRecords
from kontakt.core.severity import Severity
from kontakt.core.texts import QT_TRANSLATE_NOOP
from kontakt.i18n import gui_translate as _translate

COLUMNS = (
    QT_TRANSLATE_NOOP("FindingsModel", "Severity"),
    QT_TRANSLATE_NOOP("FindingsModel", "Finding"),
    QT_TRANSLATE_NOOP("FindingsModel", "Employee ID"),
    QT_TRANSLATE_NOOP("FindingsModel", "Name"),
    QT_TRANSLATE_NOOP("FindingsModel", "Department"),
    QT_TRANSLATE_NOOP("FindingsModel", "Row"),
    QT_TRANSLATE_NOOP("FindingsModel", "Field"),
    QT_TRANSLATE_NOOP("FindingsModel", "Value"),
    QT_TRANSLATE_NOOP("FindingsModel", "Message"),
)
SEVERITY, CODE, EMPLOYEE, NAME, DEPARTMENT, ROW, FIELD, VALUE, MESSAGE = range(len(COLUMNS))

SEVERITY_COLOURS = {
    Severity.ERROR: QColor("#b00020"),
    Severity.WARNING: QColor("#9a5b00"),
    Severity.INFO: QColor("#305080"),
}
FindingRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class FindingsFilter:
    """What the user narrowed the table to; empty values mean "all"."""

    severity: Severity | None = None
    code: str = ""
    department: str | None = None
    text: str = ""


class FindingsModel(QAbstractTableModel):
    """Read-only table of a result's findings, with `set_filter` and `sort`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._result: ContactCheckResult | None = None
        self._index_by_employee: dict[str, int] = {}
        self._visible: list[int] = []
        self._visible_codes: set[str] = set()
        self._filter = FindingsFilter()
        self._messages: dict[int, str] = {}
        self._message: Callable[[ContactFinding], str] = message_renderer(_translate)
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._keys: dict[int, list[Any]] = {}
        """Sort keys by column, one for each finding of the result (made when first sorted
        by that column, dropped with the result or the language)."""

    # -- data in ----------------------------------------------------------------------------
    def set_result(self, result: ContactCheckResult | None) -> None:
        self.beginResetModel()
        self._result = result
        self._index_by_employee = {}
        if result is not None:
            records = result.records
            # read from the column: making 100,000 records to read one field takes seconds
            employees = (
                records.column("employee_id")
                if isinstance(records, HrmRecords)
                else [record.employee_id for record in records]
            )
            for index, employee in enumerate(employees or ()):
                self._index_by_employee.setdefault(employee, index)
        self._messages.clear()
        self._keys.clear()
        self._visible = self._matching()
        if self._sort is not None:
            self._sort_visible(*self._sort)
        self.endResetModel()

    def set_filter(self, wanted: FindingsFilter) -> None:
        self.beginResetModel()
        self._filter = wanted
        self._visible = self._matching()
        if self._sort is not None:
            self._sort_visible(*self._sort)
        self.endResetModel()

    def retranslate(self) -> None:
        """Drop worded messages so they are worded again in the new language, and sort
        again: titles and messages sort differently in another language."""
        self._message = message_renderer(_translate)
        self._messages.clear()
        self._keys.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._visible:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._visible) - 1, len(COLUMNS) - 1)
            )
            if self._sort is not None:
                self._sort_again()

    # -- reading ----------------------------------------------------------------------------
    def finding(self, row: int) -> ContactFinding:
        assert self._result is not None
        return self._result.findings[self._visible[row]]

    def position(self, row: int) -> int:
        """Where the finding shown in `row` is in the result (it stays there whatever the
        sort and filter)."""
        return self._visible[row]

    def row_of(self, position: int) -> int | None:
        """The row that shows the result's finding number `position`; None when filtered out."""
        try:
            return self._visible.index(position)
        except ValueError:
            return None

    def _index_of(self, finding: ContactFinding) -> int | None:
        """The 0-based record of the finding's row, else of its employee, if any."""
        if self._result is None:
            return None
        if finding.row:
            return finding.row - 1 if finding.row <= len(self._result.records) else None
        return self._index_by_employee.get(finding.employee_id or "")

    def record_of(self, finding: ContactFinding) -> HrmRecord | None:
        index = self._index_of(finding)
        return None if index is None or self._result is None else self._result.records[index]

    def cell_of(self, finding: ContactFinding, field: str) -> str:
        """The finding's employee's `field` (a name of `RECORD_FIELDS`, or `given_name` or
        `family_name`), "" when unknown; read from the export's columns where it can be."""
        index = self._index_of(finding)
        if index is None or self._result is None:
            return ""
        records = self._result.records
        if not isinstance(records, HrmRecords):
            record = records[index]
            return str(getattr(record, field, ""))
        column = records.column(field)
        if column is not None:
            return column[index]
        if field == "name":  # joined from given and family names, as a record joins them
            given, family = (self.cell_of(finding, f) for f in ("given_name", "family_name"))
            return f"{given} {family}".strip()
        return ""

    def department_of(self, finding: ContactFinding) -> str:
        return self.cell_of(finding, "department")

    def visible_count(self) -> int:
        return len(self._visible)

    def visible_codes(self) -> set[str]:
        """The finding codes among the rows shown (kept as the filter runs, not counted
        again for each question: a large check has 100,000 findings)."""
        return set(self._visible_codes)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _translate("FindingsModel", COLUMNS[section])
        return super().headerData(section, orientation, role)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        position = self._visible[index.row()]
        assert self._result is not None
        finding = self._result.findings[position]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            if column == MESSAGE:
                text = self._messages.get(position)
                if text is None:
                    text = self._messages[position] = self._message(finding)
                return text
            return self._text(finding, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == SEVERITY:
            return QBrush(SEVERITY_COLOURS[finding.severity])
        if role == FindingRole:
            return finding
        return None

    def _text(self, finding: ContactFinding, column: int) -> str:
        if column == SEVERITY:
            return finding.severity.label(_translate)
        if column == CODE:
            return code_title(finding.code, _translate)
        if column == EMPLOYEE:
            return finding.employee_id or ""
        if column == ROW:
            return str(finding.row) if finding.row else ""
        if column == FIELD:
            return field_name(finding.field, _translate) if finding.field else ""
        if column == VALUE:
            return finding.value or ""
        return self.cell_of(finding, "name" if column == NAME else "department")

    # -- filter and sort --------------------------------------------------------------------
    def _matching(self) -> list[int]:
        self._visible_codes = set()
        if self._result is None:
            return []
        wanted = self._filter
        needle = wanted.text.casefold().strip()
        keep = []
        for position, finding in enumerate(self._result.findings):
            if wanted.severity is not None and finding.severity is not wanted.severity:
                continue
            if wanted.code and finding.code != wanted.code:
                continue
            if wanted.department is not None or needle:
                department = self.department_of(finding)
                if wanted.department is not None and department != wanted.department:
                    continue
                if (
                    needle
                    and needle
                    not in " ".join(
                        (
                            finding.employee_id or "",
                            finding.value or "",
                            department,
                            self.cell_of(finding, "name"),
                        )
                    ).casefold()
                ):
                    continue
            keep.append(position)
            self._visible_codes.add(finding.code)
        return keep

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._sort == (column, order):
            return  # the view asks twice (its header and itself); the rows stay sorted
        self._sort = (column, order)
        self._sort_again()

    def _sort_again(self) -> None:
        """Put the rows in the order of `_sort`, the view's selection moving with its rows."""
        assert self._sort is not None
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()  # the view's selection and current row
        positions = [self._visible[index.row()] for index in kept]
        self._sort_visible(*self._sort)
        if kept:
            rows = {position: row for row, position in enumerate(self._visible)}
            self.changePersistentIndexList(
                kept,
                [
                    self.index(rows[position], index.column())
                    for position, index in zip(positions, kept, strict=True)
                ],
            )
        self.layoutChanged.emit()

    def _sort_visible(self, column: int, order: Qt.SortOrder) -> None:
        assert self._result is not None or not self._visible
        keys = self._keys.get(column)
        if keys is None:
            findings = self._result.findings if self._result else ()
            keys = self._keys[column] = list(map(self._sort_key(column), range(len(findings))))
        self._visible.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)

    def _sort_key(self, column: int) -> Callable[[int], Any]:
        """The sort key of `column` for a finding's position in the result."""
        findings = self._result.findings if self._result else ()
        if column == SEVERITY:
            return lambda position: -findings[position].severity.rank
        if column == ROW:
            return lambda position: findings[position].row or 0
        if column == EMPLOYEE:
            return lambda position: number_key(findings[position].employee_id or "")
        if column == NAME:
            return lambda position: self._person_key(findings[position])
        if column == MESSAGE:
            return lambda position: norwegian_key(self._message(findings[position]))
        return lambda position: norwegian_key(self._text(findings[position], column))

    def _person_key(self, finding: ContactFinding) -> PersonKey:
        """Family name, then given names: from their own columns where the export has them,
        else from the full name (its last word taken as the family name)."""
        records = self._result.records if self._result is not None else None
        if isinstance(records, HrmRecords) and records.column("family_name") is not None:
            return person_key(
                self.cell_of(finding, "given_name"), self.cell_of(finding, "family_name")
            )
        return person_key(*split_name(self.cell_of(finding, "name")))
