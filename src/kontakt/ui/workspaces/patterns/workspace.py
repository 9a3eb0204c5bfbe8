"""The Ringemønster page: which ring patterns are stored, and importing IKTNH's documents.

The editor comes in a later version; until then the page lists the stored patterns (name,
versions, what the newest is, what the check finds in it) and imports a document, which
becomes the current set-up of its pattern (the contact check compares the members with it).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kontakt.core.severity import Severity
from kontakt.core.texts import QT_TRANSLATE_NOOP
from kontakt.services.overview import PatternSummary, overview
from kontakt.ui.imports import Importer
from kontakt.ui.workspaces.base import Workspace
from kontakt.ui.workspaces.registry import PURPOSES, workspace_title

if TYPE_CHECKING:
    from kontakt.services.database import Database

ModelIndex = QModelIndex | QPersistentModelIndex

STATUSES = {
    "baseline": QT_TRANSLATE_NOOP("PatternsModel", "Current set-up"),
    "draft": QT_TRANSLATE_NOOP("PatternsModel", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("PatternsModel", "Ordered"),
    "superseded": QT_TRANSLATE_NOOP("PatternsModel", "Superseded"),
}


class PatternsModel(QAbstractTableModel):
    """The stored ring patterns, one a row."""

    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.patterns: list[PatternSummary] = []

    def set_patterns(self, patterns: list[PatternSummary]) -> None:
        self.beginResetModel()
        self.patterns = patterns
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.patterns)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Ring pattern"),
            self.tr("Versions"),
            self.tr("Newest version"),
            self.tr("The check finds"),
        )[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        pattern = self.patterns[index.row()]
        column = index.column()
        if column == 0:
            return pattern.name
        if column == 1:
            return self.tr("%n version(s)", "", pattern.versions)
        if column == 2:
            source = STATUSES.get(pattern.latest_status)
            return (
                QCoreApplication.translate("PatternsModel", source)
                if source
                else pattern.latest_status
            )
        if not pattern.readable:
            return self.tr("The document cannot be read")
        return self.tr("{errors}, {warnings}").format(
            errors=self.tr("%n error(s)", "", pattern.findings.get(Severity.ERROR, 0)),
            warnings=self.tr("%n warning(s)", "", pattern.findings.get(Severity.WARNING, 0)),
        )


class PatternsWorkspace(Workspace):
    """The stored ring patterns and their import."""

    key = "ringpattern"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.importer = Importer(db, self)
        self.importer.imported.connect(self.refresh)
        self.importer.busy.connect(self._busy)
        self.heading = QLabel()
        self.purpose = QLabel()
        self.purpose.setWordWrap(True)
        self.not_yet = QLabel()
        self.not_yet.setWordWrap(True)
        self.not_yet.setObjectName("notYet")
        self.import_button = QPushButton()
        self.import_button.clicked.connect(lambda: self.importer.import_pattern())
        self.count = QLabel()
        self.model = PatternsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.purpose, self.not_yet):
            layout.addWidget(widget)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return workspace_title(self.key)

    def retranslate(self) -> None:
        self.heading.setText(f"<h2>{html.escape(self.title())}</h2>")
        self.purpose.setText(QCoreApplication.translate("Workspaces", PURPOSES[self.key]))
        self.not_yet.setText(
            "<i>"
            + html.escape(
                self.tr(
                    "The editor comes in a later version of Kontakt. Until then, import the "
                    "ring patterns IKTNH runs (JSON documents): the contact check compares "
                    "their members with the HRM export."
                )
            )
            + "</i>"
        )
        self.import_button.setText(self.tr("&Import ring pattern…"))
        self._show_count()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, PatternsModel.COLUMNS - 1)

    def refresh(self) -> None:
        """Read the stored patterns again."""
        self.model.set_patterns(list(overview(self.db).patterns))
        self._show_count()

    def _busy(self, running: bool) -> None:
        self.import_button.setEnabled(not running)
        if running:
            self.count.setText(self.tr("Importing …"))
        else:
            self._show_count()

    def _show_count(self) -> None:
        count = self.model.rowCount()
        self.count.setText(
            self.tr("%n ring pattern(s) stored.", "", count)
            if count
            else self.tr("No ring patterns are stored yet.")
        )

    def activated(self) -> None:
        self.refresh()

    def shut_down(self) -> None:
        self.importer.shut_down()
