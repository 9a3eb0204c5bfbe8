"""A read-only table of plain rows: the one Qt model behind Kontakt's simple lists.

A subclass says its column headers and what a row shows in a column; the counting, the
headers and the reset when new rows come are written once here. (Tables that filter, sort
or grow large, such as the contact check's findings, have models of their own.)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Row = TypeVar("Row")
ModelIndex = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel, Generic[Row]):
    """`rows`, one a table row; `headers()` names the columns, `cell()` fills them."""

    def __init__(self, rows: Sequence[Row] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = list(rows)

    def replace_rows(self, rows: Sequence[Row]) -> None:
        """Show `rows` instead of what was shown (views keep no stale selection)."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def retranslate(self) -> None:
        """The language changed: headers and cells are asked for again."""
        last = len(self.headers()) - 1
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, last))

    def headers(self) -> tuple[str, ...]:
        """The column headers, in the user's language."""
        raise NotImplementedError

    def cell(self, row: Row, column: int, role: int) -> Any:
        """What `row` shows in `column` for `role` (None: nothing)."""
        raise NotImplementedError

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers()[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(self.rows[index.row()], index.column(), role)
