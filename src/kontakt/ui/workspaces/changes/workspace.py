"""The Endringsbestillingar page: the municipality's change requests, each opened whole, and
drafts deleted (with confirmation; Edit ▸ Undo brings a deleted draft back).

Approving, signing and sending come in a later version; the page says so.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kontakt.core.contacts.codes import CODES, PHONE_FIELDS, code_title, field_name
from kontakt.core.contacts.codes import FIELD_NAMES as CONTACT_FIELDS
from kontakt.core.contacts.dates import parse_date
from kontakt.core.phone_text import national_form
from kontakt.i18n import gui_translate as _translate
from kontakt.services import changes
from kontakt.services.changes import ChangeSummary, DeletedDraft
from kontakt.ui.workspaces.base import Workspace
from kontakt.ui.workspaces.registry import PURPOSES, workspace_title

if TYPE_CHECKING:
    from kontakt.services.database import Database

ModelIndex = QModelIndex | QPersistentModelIndex


def when(moment: datetime) -> str:
    """A time stamp in local time, as the user's language writes it (24.11.2026 08.00)."""
    # the format is itself a translated text: Norwegian writes 24.11.2026 08.00
    return moment.astimezone().strftime(
        QCoreApplication.translate("ChangesModel", "%Y-%m-%d %H:%M")
    )


class ChangesModel(QAbstractTableModel):
    """The change requests, newest first, one a row."""

    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.requests: list[ChangeSummary] = []

    def set_requests(self, requests: list[ChangeSummary]) -> None:
        self.beginResetModel()
        self.requests = requests
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.requests)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Kind"), self.tr("Made"), self.tr("What it holds"), self.tr("Status"))[
            section
        ]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        request = self.requests[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return request.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return request.summary or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            changes.kind_name(request.kind, _translate),
            when(request.created_at),
            changes.description(request, _translate),
            changes.state_name(request.state, _translate),
        )[index.column()]

    def request_at(self, row: int) -> ChangeSummary:
        return self.requests[row]


CORRECTION_COLUMNS = ("employee_id", "name", "code", "field", "value", "end_date")


class CorrectionsModel(QAbstractTableModel):
    """The corrections a contact-correction request lists."""

    def __init__(self, corrections: Sequence[Mapping[str, Any]], parent: QWidget | None = None):
        super().__init__(parent)
        self.corrections = list(corrections)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.corrections)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(CORRECTION_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Employee number"),
            self.tr("Name"),
            self.tr("Finding"),
            self.tr("Field"),
            self.tr("Value"),
            self.tr("End date"),
        )[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        correction = self.corrections[index.row()]
        name = CORRECTION_COLUMNS[index.column()]
        value = str(correction.get(name) or "")
        if name == "code" and value in CODES:
            return code_title(value, _translate)
        if name == "field" and value in CONTACT_FIELDS:
            return field_name(value, _translate)
        if name == "end_date":
            day = parse_date(value)  # as the HRM export wrote it
            return (
                day.strftime(QCoreApplication.translate("ChangesModel", "%Y-%m-%d"))
                if day
                else value
            )
        if name == "value" and correction.get("field") in PHONE_FIELDS:
            return national_form(value)
        return value


class ChangeDialog(QDialog):
    """One change request, whole: what it is, what it lists, and the document itself."""

    def __init__(self, request: ChangeSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        kind = changes.kind_name(request.kind, _translate)
        self.setWindowTitle(
            self.tr("Change request {number} – {kind}").format(number=request.id, kind=kind)
        )
        self.resize(820, 560)
        form = QFormLayout()
        payload = request.change.get("payload")
        payload = payload if isinstance(payload, Mapping) else {}
        facts = [
            (self.tr("Kind:"), kind),
            (self.tr("Status:"), changes.state_name(request.state, _translate)),
            (self.tr("Made:"), when(request.created_at)),
            (self.tr("What it holds:"), changes.description(request, _translate)),
            (self.tr("Summary:"), request.summary),
        ]
        if payload.get("source"):
            facts.append((self.tr("From the check of:"), str(payload["source"])))
        for label, value in facts:
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, text)
        self.tabs = QTabWidget()
        self.corrections = CorrectionsModel(request.corrections(), self)
        if self.corrections.rowCount():
            table = QTableView()
            table.setModel(self.corrections)
            table.verticalHeader().hide()
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
            self.tabs.addTab(table, self.tr("%n correction(s)", "", self.corrections.rowCount()))
        self.document = QPlainTextEdit(
            json.dumps(dict(request.change), ensure_ascii=False, indent=2)
        )
        self.document.setReadOnly(True)
        self.tabs.addTab(self.document, self.tr("As sent to IKTNH (JSON)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)


class DeleteDraft(QUndoCommand):
    """Deleting a draft; undone by storing it again as it was."""

    def __init__(self, page: ChangesWorkspace, request: ChangeSummary) -> None:
        super().__init__(
            QCoreApplication.translate("ChangesWorkspace", "Delete draft {number}").format(
                number=request.id
            )
        )
        self.page = page
        self.request_id = request.id
        self.deleted: DeletedDraft | None = None

    def redo(self) -> None:
        try:
            self.deleted = changes.delete_draft(self.page.db, self.request_id)
        except changes.NotADraft:  # gone or approved meanwhile: nothing to do or undo
            self.deleted = None
            self.setObsolete(True)
        self.page.refresh()

    def undo(self) -> None:
        if self.deleted is not None:
            changes.restore_draft(self.page.db, self.deleted)
        self.page.refresh()


class ChangesWorkspace(Workspace):
    """The change requests: list, open, delete drafts."""

    key = "changes"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo = QUndoStack(self)
        self.heading = QLabel()
        self.purpose = QLabel()
        self.purpose.setWordWrap(True)
        self.not_yet = QLabel()
        self.not_yet.setWordWrap(True)
        self.not_yet.setObjectName("notYet")
        self.count = QLabel()
        self.model = ChangesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # Enter and a double click (as the platform has it) open the request
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.installEventFilter(self)  # the Delete key in the table deletes a draft
        self.dialog: ChangeDialog | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.purpose, self.not_yet):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return workspace_title(self.key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    def undo_stack(self) -> QUndoStack:
        return self.undo

    def retranslate(self) -> None:
        self.heading.setText(f"<h2>{html.escape(self.title())}</h2>")
        self.purpose.setText(QCoreApplication.translate("Workspaces", PURPOSES[self.key]))
        self.not_yet.setText(
            "<i>"
            + html.escape(
                self.tr(
                    "Approving and sending come in a later version of Kontakt. Until then you "
                    "can read each request and delete drafts you do not want."
                )
            )
            + "</i>"
        )
        self.open_button.setText(self.tr("&Open…"))
        self.delete_button.setText(self.tr("&Delete draft…"))
        self._show_count()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, ChangesModel.COLUMNS - 1)

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Read the change requests again, keeping the selection on the same request."""
        selected = self.selected()
        self.model.set_requests(changes.change_requests(self.db))
        if selected is not None:
            for row, request in enumerate(self.model.requests):
                if request.id == selected.id:
                    self.table.selectRow(row)
        self._show_count()
        self._update_buttons()

    def _show_count(self) -> None:
        requests = self.model.requests
        drafts = sum(1 for r in requests if r.is_draft)
        if not requests:
            self.count.setText(self.tr("No change requests are stored yet."))
            return
        self.count.setText(
            self.tr("{requests}, {drafts}.").format(
                requests=self.tr("%n change request(s) stored", "", len(requests)),
                drafts=self.tr("%n draft(s)", "", drafts),
            )
        )

    def selected(self) -> ChangeSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.request_at(rows[0].row()) if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        request = self.selected()
        self.open_button.setEnabled(request is not None)
        self.delete_button.setEnabled(request is not None and request.is_draft)

    def open_selected(self) -> None:
        request = self.selected()
        if request is None:
            return
        self.dialog = ChangeDialog(request, self)
        self.dialog.open()

    def delete_selected(self) -> None:
        request = self.selected()
        if request is None or not request.is_draft:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete draft"),
            self.tr(
                "Delete the draft {number} ({what})? Edit ▸ Undo brings it back while Kontakt "
                "is open."
            ).format(number=request.id, what=changes.description(request, _translate)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.undo.push(DeleteDraft(self, request))
