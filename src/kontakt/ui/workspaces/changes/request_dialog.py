"""One change request opened whole in a dialog (Enter on the list): its facts, the
corrections it lists in a table, and the request as it goes to IKTNH (JSON)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kontakt.core.changes.words import kind_name, state_name
from kontakt.core.contacts.codes import CODES, PHONE_FIELDS, code_title, field_name
from kontakt.core.contacts.codes import FIELD_NAMES as CONTACT_FIELDS
from kontakt.core.contacts.dates import parse_date
from kontakt.core.phone_text import national_form
from kontakt.i18n import gui_translate as _translate
from kontakt.services.changes_approval import RequestDetail, description
from kontakt.ui.widgets.rows_model import RowsModel

ModelIndex = QModelIndex | QPersistentModelIndex


def when(moment: datetime) -> str:
    """A moment in local time as the user's language writes it (24.11.2026 08.00)."""
    # the format is itself a translated text: Norwegian writes 24.11.2026 08.00
    return moment.astimezone().strftime(
        QCoreApplication.translate("ChangeRequestsPage", "%Y-%m-%d %H:%M")
    )


def _by(who: str, moment: datetime) -> str:
    """Who did something, and when: "Kari Nordmann (kari), 24.11.2026 08.00"."""
    return QCoreApplication.translate("ChangeRequestsPage", "{who}, {when}").format(
        who=who, when=when(moment)
    )


CORRECTION_COLUMNS = ("employee_id", "name", "code", "field", "value", "end_date")


class CorrectionsModel(RowsModel[Mapping[str, Any]]):
    """The corrections a contact-correction request lists."""

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Employee number"),
            self.tr("Name"),
            self.tr("Finding"),
            self.tr("Field"),
            self.tr("Value"),
            self.tr("End date"),
        )

    def cell(self, correction: Mapping[str, Any], column: int, role: int) -> str | None:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        name = CORRECTION_COLUMNS[column]
        value = str(correction.get(name) or "")
        if name == "code" and value in CODES:
            return code_title(value, _translate)
        if name == "field" and value in CONTACT_FIELDS:
            return field_name(value, _translate)
        if name == "end_date":
            day = parse_date(value)  # as the HRM export wrote it
            return (
                day.strftime(QCoreApplication.translate("ChangeRequestsPage", "%Y-%m-%d"))
                if day
                else value
            )
        if name == "value" and correction.get("field") in PHONE_FIELDS:
            return national_form(value)
        return value


class ChangeDialog(QDialog):
    """One change request, whole: what it is, what it lists, and the document itself."""

    def __init__(self, request: RequestDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = request.row
        kind = kind_name(row.kind, _translate)
        self.setWindowTitle(
            self.tr("Change request {number} – {kind}").format(number=row.number, kind=kind)
        )
        self.resize(820, 560)
        form = QFormLayout()
        payload = request.change.get("payload")
        payload = payload if isinstance(payload, Mapping) else {}
        facts = [
            (self.tr("Kind:"), kind),
            (self.tr("Status:"), state_name(row.state, _translate)),
            (self.tr("Made:"), when(row.created_at)),
            (self.tr("What it holds:"), description(row, _translate)),
            (self.tr("Summary:"), row.summary),
        ]
        if row.changed_by and row.changed_at is not None:
            facts.append((self.tr("Last changed:"), _by(row.changed_by, row.changed_at)))
        if row.approved_by and row.approved_at is not None:
            facts.append((self.tr("Approved:"), _by(row.approved_by, row.approved_at)))
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
