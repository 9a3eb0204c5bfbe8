"""Endringsbestillingar: the municipality's change requests with state and kind, a detail
view (what is asked, a ring pattern's diff in words, the approval, every delivery attempt,
IKTNH's status, reason and comments), "Approve and sign" after a confirmation of exactly
what is signed, drafts opened (Enter) and deleted (Delete, with confirmation; Edit ▸ Undo
brings a draft back), and "Send now" through the application's outbox sender.

Banners above the list say when requests wait because Kontakt is offline (or cannot send),
and which of IKTNH's operating notices concern the municipality.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QObject,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
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

from kontakt.api.notices import Notice, notice_text
from kontakt.core.catalogue.document import amount_text
from kontakt.core.changes.approval import Kind
from kontakt.core.changes.states import State
from kontakt.core.changes.words import kind_name, state_name
from kontakt.core.contacts.codes import CODES, FIELD_NAMES, code_title, field_name
from kontakt.core.phone_text import national_form
from kontakt.core.ringpattern.diff_text import diff_lines
from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate
from kontakt.i18n import gui_translate as _translate
from kontakt.services import changes_approval as changes
from kontakt.services import checklist_runs
from kontakt.services.changes_approval import (
    ChangeError,
    DeletedDraft,
    RequestDetail,
    RequestRow,
    description,
)
from kontakt.services.signing_keys import KeyStoreError
from kontakt.ui.widgets.rows_model import RowsModel
from kontakt.ui.workspaces.base import Workspace
from kontakt.ui.workspaces.changes.approve_dialog import ApproveDialog
from kontakt.ui.workspaces.changes.key_dialog import KeyDialog
from kontakt.ui.workspaces.changes.request_dialog import ChangeDialog, when
from kontakt.ui.workspaces.registry import PURPOSES, workspace_title

if TYPE_CHECKING:
    from kontakt.services.database import Database
    from kontakt.services.outbox import OutboxState
    from kontakt.ui.outbox_sender import OutboxSender


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


class RequestsModel(RowsModel[RequestRow]):
    """The change requests, newest first: number, kind, state, what it holds, made, and
    whether a test run of it passed every case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.verified: set[int] = set()

    def set_rows(self, rows: list[RequestRow], verified: set[int]) -> None:
        self.verified = verified
        self.replace_rows(rows)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("No."),
            self.tr("Kind"),
            self.tr("State"),
            self.tr("What it holds"),
            self.tr("Made"),
            self.tr("Tested"),
        )

    def cell(self, row: RequestRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return row.summary or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            str(row.number),
            kind_name(row.kind, _translate),
            state_name(row.state, _translate),
            description(row, _translate),
            when(row.created_at),
            self.tr("verified") if row.number in self.verified else "",
        )[column]


def _paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{html.escape(line)}</p>" for line in lines)


def _known(name: Callable[[str, Translate], str], known: Mapping[str, object], key: Any) -> str:
    """`key` in words when it is one of `known`, else as the request holds it."""
    return name(key, _translate) if key in known else str(key or "")


def _asked(detail: RequestDetail) -> str:
    """What the request asks, in words where Kontakt knows the kind."""
    payload = detail.change.get("payload")
    payload = payload if isinstance(payload, Mapping) else {}
    if detail.row.kind == Kind.RING_PATTERN and detail.pattern_diff is not None:
        lines = diff_lines(detail.pattern_diff, _translate)
        if detail.baseline_version is not None:
            lines.insert(
                0,
                QCoreApplication.translate(
                    "ChangeRequestsPage", "Compared with version {version} of the current set-up:"
                ).format(version=detail.baseline_version),
            )
        return _paragraphs(lines)
    corrections = payload.get("corrections")
    if detail.row.kind == Kind.CONTACT_CORRECTION and isinstance(corrections, list):
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
    if detail.row.kind == Kind.FAULT_REPORT:
        return _paragraphs(_fault_report(payload))
    if detail.row.kind == Kind.PHONE_ORDER:
        return _paragraphs(_phone_order(payload))
    text = json.dumps(payload, ensure_ascii=False, indent=2)
    return f"<pre>{html.escape(text)}</pre>"


def _fault_report(payload: Mapping[str, Any]) -> list[str]:
    """A fault report's case, what was expected and what the tester saw."""
    case = payload.get("case")
    title = case.get("instructions") if isinstance(case, Mapping) else None
    lines = []
    if title:
        lines.append(
            QCoreApplication.translate("ChangeRequestsPage", "Test case: {title}").format(
                title=title
            )
        )
    lines.append(
        QCoreApplication.translate("ChangeRequestsPage", "Expected: {expected}").format(
            expected=payload.get("expected") or "–"
        )
    )
    lines.append(
        QCoreApplication.translate("ChangeRequestsPage", "Observed: {observed}").format(
            observed=payload.get("observed") or "–"
        )
    )
    return lines


def _phone_order(payload: Mapping[str, Any]) -> list[str]:
    """A phone order: for whom, which number and device."""
    order = checklist_runs.phone_order(payload)
    if order is None:
        return [json.dumps(dict(payload), ensure_ascii=False)]
    return [
        QCoreApplication.translate(
            "ChangeRequestsPage", "A phone for {name}: number {number}"
        ).format(name=order.name or "–", number=national_form(order.number)),
        *_ordered_phone(payload),
    ]


def _ordered_phone(payload: Mapping[str, Any]) -> list[str]:
    """What an order from the phone models says of the phone: the model, the e-mail
    licence the municipality pays, set-up help, the ring-pattern group it joins."""
    translate = QCoreApplication.translate
    lines = []
    if payload.get("model"):
        model = f"{payload.get('manufacturer') or ''} {payload['model']}".strip()
        if payload.get("colour"):
            model = f"{model} ({payload['colour']})"
        lines.append(translate("ChangeRequestsPage", "Model: {model}").format(model=model))
    if payload.get("email_on_phone") is True:
        try:
            amount = amount_text(Decimal(str(payload.get("licence_monthly_nok"))))
        except InvalidOperation:
            amount = ""  # the catalogue did not state it
        lines.append(
            translate(
                "ChangeRequestsPage",
                "Municipal e-mail on the phone: the municipality pays {amount} a month "
                "for the licence",
            ).format(amount=amount)
            if amount
            else translate("ChangeRequestsPage", "Municipal e-mail on the phone (a licence cost)")
        )
    if payload.get("setup_help") is True:
        lines.append(translate("ChangeRequestsPage", "Set-up help from IKTNH"))
    group = payload.get("ring_group")
    if isinstance(group, Mapping):
        names = {
            "group": group.get("group_label") or group.get("group") or "–",
            "pattern": group.get("pattern_name") or group.get("pattern") or "–",
            "version": group.get("version") or "–",
        }
        text = (
            translate(
                "ChangeRequestsPage",
                "The mobile already rings in {group} in the ring pattern {pattern}",
            )
            if group.get("already_member") is True
            else translate(
                "ChangeRequestsPage",
                "The mobile rings in {group} in the draft of the ring pattern {pattern} "
                "(version {version})",
            )
        )
        lines.append(text.format(**names))
    return lines


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
                        phone=national_form(str(signed_by.get("phone", ""))),
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
                    ),
                    *_remote_lines(detail.remote_detail or {}),
                ]
            )
        )
    return "".join(parts)


def _remote_lines(remote: Mapping[str, Any]) -> list[str]:
    """IKTNH's reason (for a rejection) and its comments, each with its time."""
    lines = []
    if remote.get("reason"):
        lines.append(
            QCoreApplication.translate("ChangeRequestsPage", "IKTNH's reason: {reason}").format(
                reason=remote["reason"]
            )
        )
    for comment in remote.get("comments") or []:
        if isinstance(comment, Mapping) and comment.get("text"):
            lines.append(
                QCoreApplication.translate(
                    "ChangeRequestsPage", "Comment from IKTNH ({when}): {text}"
                ).format(when=_moment(str(comment.get("at", ""))), text=comment["text"])
            )
    return lines


def _moment(iso: str) -> str:
    try:
        return when(datetime.fromisoformat(iso))
    except ValueError:
        return iso


def outbox_banner(status: OutboxState) -> str:
    """The banner for the sender's last pass: why requests wait ("" when none waits)."""
    n = status.waiting
    if not n:
        return ""
    if status.problem == "no-api":
        return QCoreApplication.translate(
            "ChangeRequestsPage",
            "%n change request(s) wait in the outbox: IKTNH's API address is missing. Fill it "
            "in under Settings.",
            "",
            n,
        )
    if status.problem == "insecure-url":
        return QCoreApplication.translate(
            "ChangeRequestsPage",
            "%n change request(s) wait in the outbox: Kontakt sends only over HTTPS. Correct "
            "IKTNH's API address under Settings.",
            "",
            n,
        )
    if status.problem is not None:  # the keyring's reasons: no key, no secure keyring
        return QCoreApplication.translate(
            "ChangeRequestsPage",
            "%n change request(s) wait in the outbox: there is no signing key to send with. "
            "Open Signing key… to make one or to see what is wrong.",
            "",
            n,
        )
    if status.offline:
        return QCoreApplication.translate(
            "ChangeRequestsPage",
            "%n change request(s) wait in the outbox: Kontakt cannot reach IKTNH (offline). "
            "They go by themselves when the connection is back.",
            "",
            n,
        )
    return QCoreApplication.translate(
        "ChangeRequestsPage",
        "%n change request(s) wait in the outbox for their next attempt.",
        "",
        n,
    )


class DeleteDraft(QUndoCommand):
    """Deleting a draft; undone by storing it again as it was."""

    def __init__(self, page: ChangeRequestsWorkspace, row: RequestRow) -> None:
        super().__init__(
            QCoreApplication.translate("ChangeRequestsPage", "Delete draft {number}").format(
                number=row.number
            )
        )
        self.page = page
        self.number = row.number
        self.deleted: DeletedDraft | None = None

    def redo(self) -> None:
        try:
            self.deleted = changes.delete_draft(self.page.db, self.number)
        except ChangeError:  # gone or approved meanwhile: nothing to do or undo
            self.deleted = None
            self.setObsolete(True)
        self.page.refresh()

    def undo(self) -> None:
        if self.deleted is not None:
            changes.restore_draft(self.page.db, self.deleted)
        self.page.refresh(select=self.number)


class ChangeRequestsWorkspace(Workspace):
    """The change requests: list, detail, open, delete drafts, approve and sign, send now."""

    key = "changes"

    def __init__(
        self, db: Database, sender: OutboxSender | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.outbox_sender = sender
        self.undo = QUndoStack(self)
        self.sending = False
        self.dialog: ApproveDialog | None = None
        self.opened: ChangeDialog | None = None
        self.message: QMessageBox | None = None
        self.heading = QLabel()
        self.purpose = QLabel()
        self.purpose.setWordWrap(True)
        self.notices = QLabel()
        self.notices.setObjectName("noticesBanner")
        self.notices.setWordWrap(True)
        self.notices.setStyleSheet(
            "QLabel { background: #fde2e1; border: 1px solid #c0392b; padding: 6px; }"
        )
        self.notices.hide()
        self.banner = QLabel()
        self.banner.setObjectName("outboxBanner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { background: #fff4ce; border: 1px solid #c69500; padding: 6px; }"
        )
        self.banner.hide()
        self.count = QLabel()
        self.send_status = QLabel()
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
        # Enter and a double click (as the platform has it) open the request
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.installEventFilter(self)  # the Delete key in the table deletes a draft
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.approve_button = QPushButton()
        self.approve_button.clicked.connect(self.approve_selected)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_selected)
        self.send_button = QPushButton()
        self.send_button.clicked.connect(self.send_now)
        self.send_button.setVisible(sender is not None)
        self.key_button = QPushButton()
        self.key_button.clicked.connect(self.show_key)
        self.key_dialog: KeyDialog | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        for button in (
            self.open_button,
            self.delete_button,
            self.approve_button,
            self.copy_button,
            self.send_button,
            self.key_button,
        ):
            buttons.addWidget(button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.purpose, self.notices, self.banner):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.send_status)
        layout.addWidget(splitter, 1)
        if sender is not None:
            sender.status_changed.connect(self.show_outbox)
            sender.notices_changed.connect(self.show_notices)
        self.retranslate()
        self.refresh()
        if sender is not None and sender.last_status is not None:
            self.show_outbox(sender.last_status)
        if sender is not None and sender.last_notices is not None:
            self.show_notices(sender.last_notices)

    def title(self) -> str:
        return workspace_title(self.key)

    def undo_stack(self) -> QUndoStack:
        return self.undo

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

    def retranslate(self) -> None:
        self.heading.setText(f"<h2>{html.escape(self.title())}</h2>")
        self.purpose.setText(QCoreApplication.translate("Workspaces", PURPOSES[self.key]))
        self.open_button.setText(self.tr("&Open…"))
        self.delete_button.setText(self.tr("&Delete draft…"))
        self.approve_button.setText(self.tr("&Approve and sign…"))
        self.copy_button.setText(self.tr("&New draft from this"))
        self.send_button.setText(self.tr("&Send now"))
        self.key_button.setText(self.tr("Signing &key…"))
        self.model.retranslate()
        self._show_count()
        self._show_detail()

    def activated(self) -> None:
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        """Read the requests again; keep (or move) the selection to request `select`."""
        chosen = select if select is not None else self.selected_number()
        self.model.set_rows(
            changes.requests(self.db), checklist_runs.verified_change_requests(self.db)
        )
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
        drafts = sum(1 for r in rows if r.is_draft)
        waiting = sum(1 for r in rows if r.state == State.QUEUED)
        self.count.setText(
            self.tr("{requests}, {drafts}; {waiting}.").format(
                requests=self.tr("%n change request(s) stored", "", len(rows)),
                drafts=self.tr("%n draft(s)", "", drafts),
                waiting=self.tr("%n waiting in the outbox", "", waiting),
            )
        )

    def selected_row(self) -> RequestRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def selected_number(self) -> int | None:
        row = self.selected_row()
        return None if row is None else row.number

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_detail()

    def _detail(self) -> RequestDetail | None:
        number = self.selected_number()
        if number is None:
            return None
        try:
            return changes.detail(self.db, number)
        except ChangeError:  # gone meanwhile
            return None

    def _show_detail(self) -> None:
        detail = self._detail()
        if detail is None:
            self.detail.setHtml(html.escape(self.tr("Choose a change request to see it whole.")))
        else:
            self.detail.setHtml(detail_html(detail))
        self.open_button.setEnabled(detail is not None)
        self.delete_button.setEnabled(detail is not None and detail.is_draft)
        self.approve_button.setEnabled(detail is not None and detail.is_draft)
        self.copy_button.setEnabled(detail is not None and not detail.is_draft)
        self.send_button.setEnabled(
            not self.sending and any(r.state == State.QUEUED for r in self.model.rows)
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

    def open_selected(self) -> None:
        """The selected request whole in a dialog: its corrections and its JSON."""
        detail = self._detail()
        if detail is None:
            return
        self.opened = ChangeDialog(detail, self)
        self.opened.open()

    def delete_selected(self) -> None:
        """Delete the selected draft once the user confirms (Edit ▸ Undo brings it back)."""
        row = self.selected_row()
        if row is None or not row.is_draft:
            return
        self.message = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete draft"),
            self.tr(
                "Delete the draft {number} ({what})? Edit ▸ Undo brings it back while Kontakt "
                "is open."
            ).format(number=row.number, what=description(row, _translate)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        self.message.setDefaultButton(QMessageBox.StandardButton.No)
        box = self.message

        def answered(button: object) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:  # type: ignore[arg-type]
                self.undo.push(DeleteDraft(self, row))

        box.buttonClicked.connect(answered)
        box.open()

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
        if self.outbox_sender is not None:
            self.outbox_sender.send_now()  # approved means ordered: it goes at once when it can

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
        """Ask the application's outbox sender for a pass now; its result comes back as
        `show_outbox`."""
        if self.outbox_sender is None or self.sending:
            return
        self.sending = True
        self.send_button.setEnabled(False)
        self.send_status.setText(self.tr("Sending the outbox to IKTNH…"))
        self.outbox_sender.send_now()

    def show_outbox(self, status: OutboxState) -> None:
        """The sender's pass is done: the list again, what this pass did, the banner."""
        report = status.report
        if self.sending:
            self.sending = False
            if report is not None:
                self.send_status.setText(
                    self.tr("{delivered}; {refused}.").format(
                        delivered=self.tr(
                            "%n change request(s) delivered", "", len(report.delivered)
                        ),
                        refused=self.tr("%n refused by IKTNH", "", len(report.refused)),
                    )
                )
            else:
                self.send_status.setText("")
        text = outbox_banner(status)
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        self.refresh()

    def show_notices(self, notices: Sequence[Notice]) -> None:
        """IKTNH's notices in force for the municipality, in the banner (hidden when none)."""
        lines = [notice_text(n, _translate, when) for n in notices]
        if lines:
            heading = self.tr("%n notice(s) from IKTNH", "", len(lines))
            self.notices.setText(
                f"<b>{html.escape(heading)}</b>"
                + "".join(f"<br>{html.escape(line)}" for line in lines)
            )
        self.notices.setVisible(bool(lines))
