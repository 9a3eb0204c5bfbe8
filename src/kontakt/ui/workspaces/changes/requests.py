"""Endringsbestillingar with approval: the list of change requests with state and kind, a
detail view (what is asked, a ring pattern's diff in words, the approval, every delivery
attempt, IKTNH's status), "Approve and sign" after a confirmation of exactly what is signed,
and "Send now" where the outbox sender is part of this Kontakt.

"Send now" calls `kontakt.services.outbox.send_pending` (the delivery's one pass); the
button is shown only when that service is present.
"""

from __future__ import annotations

import html
import importlib
import json
from collections.abc import Callable, Mapping
from datetime import datetime
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kontakt.core.changes.words import diff_in_words, kind_name, state_name
from kontakt.core.contacts.codes import CODES, FIELD_NAMES, code_title, field_name
from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate
from kontakt.i18n import gui_translate as _translate
from kontakt.services import changes_approval as changes
from kontakt.services import municipality, signing_keys
from kontakt.services.changes_approval import ChangeError, RequestDetail, RequestRow
from kontakt.services.signing_keys import KeyStoreError
from kontakt.ui.tasks import CancelledFn, ProgressFn, TaskRunner
from kontakt.ui.workspaces.base import Workspace
from kontakt.ui.workspaces.changes.approve_dialog import ApproveDialog
from kontakt.ui.workspaces.changes.key_dialog import KeyDialog
from kontakt.ui.workspaces.registry import PURPOSES, workspace_title

if TYPE_CHECKING:
    from kontakt.services.database import Database

ModelIndex = QModelIndex | QPersistentModelIndex


def when(moment: datetime) -> str:
    """A moment in local time as the user's language writes it (24.11.2026 08.00)."""
    return moment.astimezone().strftime(
        QCoreApplication.translate("ChangeRequestsPage", "%Y-%m-%d %H:%M")
    )


OUTCOMES = {
    "sending": QT_TRANSLATE_NOOP("ChangeRequestsPage", "on its way"),
    "interrupted": QT_TRANSLATE_NOOP("ChangeRequestsPage", "interrupted"),
    "delivered": QT_TRANSLATE_NOOP("ChangeRequestsPage", "delivered"),
    "refused": QT_TRANSLATE_NOOP("ChangeRequestsPage", "refused"),
    "retry": QT_TRANSLATE_NOOP("ChangeRequestsPage", "to be tried again"),
}
"""A delivery attempt's outcome in words (the outbox sender's words for them)."""

REMOTE_STATUSES = {
    "received": QT_TRANSLATE_NOOP("ChangeRequestsPage", "received"),
    "in_progress": QT_TRANSLATE_NOOP("ChangeRequestsPage", "in progress"),
    "completed": QT_TRANSLATE_NOOP("ChangeRequestsPage", "completed"),
    "rejected": QT_TRANSLATE_NOOP("ChangeRequestsPage", "rejected"),
}
"""IKTNH's status of a request (`spec/api.md`) in words."""


def _word(words: Mapping[str, str], key: str) -> str:
    return QCoreApplication.translate("ChangeRequestsPage", words[key]) if key in words else key


def outbox_service() -> ModuleType | None:
    """`kontakt.services.outbox` when this Kontakt has the outbox sender, else None."""
    try:
        module = importlib.import_module("kontakt.services.outbox")
    except ModuleNotFoundError:
        return None
    return module if hasattr(module, "send_pending") else None


class RequestsModel(QAbstractTableModel):
    """The change requests, newest first: number, kind, state, summary, made."""

    COLUMNS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RequestRow] = []

    def set_rows(self, rows: list[RequestRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("No."),
            self.tr("Kind"),
            self.tr("State"),
            self.tr("Summary"),
            self.tr("Made"),
        )[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        return (
            str(row.number),
            kind_name(row.kind, _translate),
            state_name(row.state, _translate),
            row.summary,
            when(row.created_at),
        )[index.column()]


def _paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{html.escape(line)}</p>" for line in lines)


def _known(name: Callable[[str, Translate], str], known: Mapping[str, object], key: Any) -> str:
    """`key` in words when it is one of `known`, else as the request holds it."""
    return name(key, _translate) if key in known else str(key or "")


def _asked(detail: RequestDetail) -> str:
    """What the request asks, in words where Kontakt knows the kind."""
    payload = detail.change.get("payload")
    payload = payload if isinstance(payload, Mapping) else {}
    if detail.row.kind == "ring-pattern" and isinstance(payload.get("diff"), Mapping):
        lines = diff_in_words(payload["diff"], _translate)
        if detail.baseline_version is not None:
            lines.insert(
                0,
                QCoreApplication.translate(
                    "ChangeRequestsPage", "Compared with version {version} of the current set-up:"
                ).format(version=detail.baseline_version),
            )
        return _paragraphs(lines)
    corrections = payload.get("corrections")
    if detail.row.kind == "contact-correction" and isinstance(corrections, list):
        lines = [
            QCoreApplication.translate(
                "ChangeRequestsPage", "{name} ({employee}): {finding} – {field} {value}"
            ).format(
                name=c.get("name", ""),
                employee=c.get("employee_id", ""),
                finding=_known(code_title, CODES, c.get("code")),
                field=_known(field_name, FIELD_NAMES, c.get("field")),
                value=c.get("value", ""),
            )
            for c in corrections
            if isinstance(c, Mapping)
        ]
        return _paragraphs(lines)
    text = json.dumps(payload, ensure_ascii=False, indent=2)
    return f"<pre>{html.escape(text)}</pre>"


def detail_html(detail: RequestDetail) -> str:
    """The detail view of one request, as rich text."""
    row = detail.row
    parts = [
        "<h3>"
        + html.escape(
            QCoreApplication.translate(
                "ChangeRequestsPage", "Change request {number} – {kind}"
            ).format(number=row.number, kind=kind_name(row.kind, _translate))
        )
        + "</h3>",
        _paragraphs(
            [
                QCoreApplication.translate("ChangeRequestsPage", "State: {state}").format(
                    state=state_name(row.state, _translate)
                ),
                QCoreApplication.translate("ChangeRequestsPage", "Made: {when}").format(
                    when=when(row.created_at)
                ),
                QCoreApplication.translate("ChangeRequestsPage", "Summary: {summary}").format(
                    summary=row.summary
                ),
            ]
        ),
        "<h4>"
        + html.escape(QCoreApplication.translate("ChangeRequestsPage", "What is asked"))
        + "</h4>",
        _asked(detail),
        "<h4>"
        + html.escape(QCoreApplication.translate("ChangeRequestsPage", "Approval"))
        + "</h4>",
    ]
    approval = detail.approval
    if approval is None:
        parts.append(
            _paragraphs([QCoreApplication.translate("ChangeRequestsPage", "Not approved yet.")])
        )
    else:
        signed_by = approval.get("signed_by") or {}
        verdict = {
            True: QCoreApplication.translate(
                "ChangeRequestsPage", "The signature verifies against your key."
            ),
            False: QCoreApplication.translate(
                "ChangeRequestsPage", "The signature does NOT verify against the key."
            ),
            None: QCoreApplication.translate(
                "ChangeRequestsPage", "The approving key is not known to this database."
            ),
        }[detail.verified]
        parts.append(
            _paragraphs(
                [
                    QCoreApplication.translate(
                        "ChangeRequestsPage", "Approved by {name} ({email}, {phone})."
                    ).format(
                        name=signed_by.get("name", ""),
                        email=signed_by.get("email", ""),
                        phone=signed_by.get("phone", ""),
                    ),
                    QCoreApplication.translate("ChangeRequestsPage", "Signed: {when}").format(
                        when=_moment(str(approval.get("signed_at", "")))
                    ),
                    QCoreApplication.translate("ChangeRequestsPage", "Key id: {key_id}").format(
                        key_id=approval.get("key_id", "")
                    ),
                    verdict,
                ]
            )
        )
    parts.append(
        "<h4>" + html.escape(QCoreApplication.translate("ChangeRequestsPage", "Delivery")) + "</h4>"
    )
    lines = [
        QCoreApplication.translate("ChangeRequestsPage", "Idempotency key: {key}").format(
            key=row.idempotency_key
        )
    ]
    if not detail.attempts:
        lines.append(QCoreApplication.translate("ChangeRequestsPage", "No delivery attempt yet."))
    for attempt in detail.attempts:
        lines.append(
            QCoreApplication.translate(
                "ChangeRequestsPage", "{when}: {outcome} (HTTP {status}) {detail}"
            ).format(
                when=when(attempt.at),
                outcome=_word(OUTCOMES, attempt.outcome),
                status=attempt.http_status if attempt.http_status is not None else "–",
                detail=attempt.detail,
            )
        )
    parts.append(_paragraphs(lines))
    parts.append(
        "<h4>" + html.escape(QCoreApplication.translate("ChangeRequestsPage", "At IKTNH")) + "</h4>"
    )
    if row.remote_id is None:
        parts.append(
            _paragraphs(
                [QCoreApplication.translate("ChangeRequestsPage", "IKTNH has not received it yet.")]
            )
        )
    else:
        parts.append(
            _paragraphs(
                [
                    QCoreApplication.translate(
                        "ChangeRequestsPage", "IKTNH's case: {id}, status: {status}"
                    ).format(
                        id=row.remote_id, status=_word(REMOTE_STATUSES, row.remote_status or "–")
                    )
                ]
            )
        )
    return "".join(parts)


def _moment(iso: str) -> str:
    try:
        return when(datetime.fromisoformat(iso))
    except ValueError:
        return iso


class ChangeRequestsWorkspace(Workspace):
    """The change requests: list, detail, approve and sign, send now."""

    key = "changes"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.outbox = outbox_service()
        self.runner = TaskRunner(self)
        self.dialog: ApproveDialog | None = None
        self.message: QMessageBox | None = None
        self.heading = QLabel()
        self.purpose = QLabel()
        self.purpose.setWordWrap(True)
        self.count = QLabel()
        self.model = RequestsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.approve_button = QPushButton()
        self.approve_button.clicked.connect(self.approve_selected)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_selected)
        self.send_button = QPushButton()
        self.send_button.clicked.connect(self.send_now)
        self.send_button.setVisible(self.outbox is not None)
        self.key_button = QPushButton()
        self.key_button.clicked.connect(self.show_key)
        self.key_dialog: KeyDialog | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        for button in (self.approve_button, self.copy_button, self.send_button, self.key_button):
            buttons.addWidget(button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.purpose)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return workspace_title(self.key)

    def retranslate(self) -> None:
        self.heading.setText(f"<h2>{html.escape(self.title())}</h2>")
        self.purpose.setText(QCoreApplication.translate("Workspaces", PURPOSES[self.key]))
        self.approve_button.setText(self.tr("&Approve and sign…"))
        self.copy_button.setText(self.tr("&New draft from this"))
        self.send_button.setText(self.tr("&Send now"))
        self.key_button.setText(self.tr("Signing &key…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, RequestsModel.COLUMNS - 1)
        self._show_count()
        self._show_detail()

    def activated(self) -> None:
        self.refresh()

    def shut_down(self) -> None:
        self.runner.shut_down()

    def refresh(self, select: int | None = None) -> None:
        """Read the requests again; keep (or move) the selection to request `select`."""
        chosen = select if select is not None else self.selected_number()
        self.model.set_rows(changes.requests(self.db))
        for position, row in enumerate(self.model.rows):
            if row.number == chosen:
                self.table.selectRow(position)
        self._show_count()
        self._show_detail()

    def _show_count(self) -> None:
        rows = self.model.rows
        if not rows:
            self.count.setText(self.tr("No change requests are stored yet."))
            return
        waiting = sum(1 for r in rows if r.state == "queued")
        self.count.setText(
            self.tr("{requests}; {waiting}.").format(
                requests=self.tr("%n change request(s)", "", len(rows)),
                waiting=self.tr("%n waiting in the outbox", "", waiting),
            )
        )

    def selected_number(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].number if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        number = self.selected_number()
        detail = None
        if number is not None:
            try:
                detail = changes.detail(self.db, number)
            except ChangeError:  # gone meanwhile
                detail = None
        if detail is None:
            self.detail.setHtml(html.escape(self.tr("Choose a change request to see it whole.")))
        else:
            self.detail.setHtml(detail_html(detail))
        self.approve_button.setEnabled(detail is not None and detail.is_draft)
        self.copy_button.setEnabled(detail is not None and not detail.is_draft)
        self.send_button.setEnabled(
            not self.runner.running and any(r.state == "queued" for r in self.model.rows)
        )

    def _problem(self, text: str) -> None:
        """Say what stopped the user's action (a window-modal message, not a nested loop)."""
        self.message = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Change requests"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        self.message.open()

    def approve_selected(self) -> None:
        """Show exactly what approving the selected draft signs; sign when confirmed."""
        number = self.selected_number()
        if number is None:
            return
        try:
            to_sign = changes.to_sign(self.db, number)
        except (ChangeError, KeyStoreError) as exc:
            self._problem(exc.text(_translate))
            return
        self.dialog = ApproveDialog(to_sign, self)
        self.dialog.accepted.connect(lambda: self._approve(to_sign.number, to_sign.canonical))
        self.dialog.open()

    def _approve(self, number: int, shown: bytes) -> None:
        try:
            changes.approve(self.db, number, shown)
        except (ChangeError, KeyStoreError) as exc:
            self._problem(exc.text(_translate))
        self.refresh(select=number)

    def show_key(self) -> None:
        """Your signing key: make, see, export, rotate."""
        self.key_dialog = KeyDialog(self.db, self)
        self.key_dialog.open()

    def copy_selected(self) -> None:
        """A new draft asking what the selected (approved) request asks."""
        number = self.selected_number()
        if number is None:
            return
        try:
            made = changes.new_draft_from(self.db, number)
        except ChangeError as exc:
            self._problem(exc.text(_translate))
            return
        self.refresh(select=made)

    def send_now(self) -> None:
        """One pass of the outbox, off the GUI thread."""
        outbox = self.outbox
        settings = municipality.current(self.db)
        if outbox is None or settings is None or self.runner.running:
            return
        if not settings.api_base_url:
            self._problem(self.tr("Fill in IKTNH's API address under Settings before you send."))
            return
        try:
            key, key_id = signing_keys.signing_key(self.db)
        except KeyStoreError as exc:
            self._problem(exc.text(_translate))
            return
        db, base_url = self.db, settings.api_base_url

        def work(_progress: ProgressFn, cancelled: CancelledFn) -> object:
            return outbox.send_pending(db, key, key_id, base_url, cancelled=cancelled)

        self.send_button.setEnabled(False)
        self.runner.run(work, lambda _report: self.refresh(), self._send_failed)

    def _send_failed(self, error: Exception) -> None:
        self._problem(self.tr("Sending stopped: {reason}").format(reason=error))
        self.refresh()
