"""The Ringemønster page: the stored ring patterns, importing IKTNH's documents, and the
editor a chosen pattern opens in.

The list shows each pattern's name, versions, what the newest is and what the check finds
in it; an imported document becomes the current set-up of its pattern (the contact check
compares the members with it). "Open" (or a double-click) shows the pattern in the editor;
"Back to the list" returns, asking first when there are unsaved changes.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kontakt.core.ringpattern import PatternError
from kontakt.core.ringpattern.messages import error_message
from kontakt.core.severity import Severity
from kontakt.i18n import gui_translate
from kontakt.services import recovery
from kontakt.services.overview import PatternSummary, overview
from kontakt.services.patterns import open_stored
from kontakt.ui.imports import Importer
from kontakt.ui.widgets.rows_model import RowsModel
from kontakt.ui.workspaces.base import Workspace
from kontakt.ui.workspaces.changes.request_dialog import when
from kontakt.ui.workspaces.patterns.editor import PatternEditor
from kontakt.ui.workspaces.patterns.versions_panel import status_name
from kontakt.ui.workspaces.registry import PURPOSES, workspace_title

if TYPE_CHECKING:
    from kontakt.services.database import Database

ModelIndex = QModelIndex | QPersistentModelIndex


class PatternsModel(RowsModel[PatternSummary]):
    """The stored ring patterns, one a row."""

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Ring pattern"),
            self.tr("Versions"),
            self.tr("Newest version"),
            self.tr("The check finds"),
            self.tr("Saved by"),
        )

    def cell(self, pattern: PatternSummary, column: int, role: int) -> str | None:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return pattern.name
        if column == 1:
            return self.tr("%n version(s)", "", pattern.versions)
        if column == 2:
            return status_name(pattern.latest_status)
        if column == 4:
            if pattern.saved_at is None:
                return pattern.saved_by
            return self.tr("{who}, {when}").format(
                who=pattern.saved_by, when=when(pattern.saved_at)
            )
        if not pattern.readable:
            return self.tr("The document cannot be read")
        return self.tr("{errors}, {warnings}").format(
            errors=self.tr("%n error(s)", "", pattern.findings.get(Severity.ERROR, 0)),
            warnings=self.tr("%n warning(s)", "", pattern.findings.get(Severity.WARNING, 0)),
        )


class PatternsWorkspace(Workspace):
    """The stored ring patterns, their import, and the editor."""

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
        self.import_button = QPushButton()
        self.import_button.clicked.connect(lambda: self.importer.import_pattern())
        self.count = QLabel()
        self.kept_note = QLabel()
        self.kept_note.setObjectName("keptNote")
        self.kept_note.setWordWrap(True)
        self.kept_note.hide()
        self.model = PatternsModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self.open_button = QPushButton()
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_chosen)
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.import_button)
        list_page = QWidget()
        layout = QVBoxLayout(list_page)
        for widget in (self.heading, self.purpose):
            layout.addWidget(widget)
        layout.addLayout(top)
        layout.addWidget(self.kept_note)
        layout.addWidget(self.table, 1)
        self.editor = PatternEditor(db)
        # Its docks would otherwise make the whole window's smallest size theirs.
        self.editor.setMinimumSize(1, 1)
        self.editor.closed.connect(self.show_list)
        self.editor.saved.connect(self.refresh)
        self.pages = QStackedWidget()
        self.pages.addWidget(list_page)
        self.pages.addWidget(self.editor)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return workspace_title(self.key)

    def retranslate(self) -> None:
        self.heading.setText(f"<h2>{html.escape(self.title())}</h2>")
        self.purpose.setText(QCoreApplication.translate("Workspaces", PURPOSES[self.key]))
        self.open_button.setText(self.tr("&Open in the editor"))
        self.import_button.setText(self.tr("&Import ring pattern…"))
        self._show_count()
        self._show_kept()
        self.model.retranslate()

    def refresh(self) -> None:
        """Read the stored patterns again."""
        self.model.replace_rows(list(overview(self.db).patterns))
        self._show_count()
        self._show_kept()

    def _show_kept(self) -> None:
        """Say which patterns have changes kept from an editor that did not close (after a
        crash or a power cut): opening one offers to restore them."""
        names = [
            row.name
            for row in self.model.rows
            if recovery.for_pattern(self.db, row.key).path.exists()
        ]
        self.kept_note.setVisible(bool(names))
        self.kept_note.setText(
            self.tr(
                "Kontakt kept changes that were not saved to: {names}. Open the ring pattern "
                "to restore or discard them."
            ).format(names=", ".join(names))
        )

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

    def _chosen(self) -> None:
        self.open_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _open_chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.open_row(rows[0].row())

    def open_row(self, row: int) -> None:
        """Open the pattern of list row `row` in the editor."""
        key = self.model.rows[row].key
        try:
            stored = open_stored(self.db, key)
        except (PatternError, LookupError) as error:
            text = (
                error_message(error, gui_translate)
                if isinstance(error, PatternError)
                else self.tr("The ring pattern is no longer stored.")
            )
            QMessageBox.warning(self, self.tr("The ring pattern cannot be opened"), text)
            self.refresh()
            return
        self.editor.open(stored)
        self.pages.setCurrentWidget(self.editor)
        self.editor.view.setFocus()

    def show_list(self) -> None:
        self.pages.setCurrentIndex(0)
        self.refresh()

    def undo_stack(self) -> QUndoStack | None:
        return self.editor.stack

    def may_close(self) -> bool:
        return self.editor.may_leave()

    def activated(self) -> None:
        self.refresh()

    def shut_down(self) -> None:
        self.editor.save_docks()
        self.importer.shut_down()
