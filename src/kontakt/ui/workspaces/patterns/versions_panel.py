"""The versions panel: the current set-up (what IKTNH runs) and the drafts, a comparison
with the current set-up, ordering the change, and a new version as a deliberate step.

"Compare with the current set-up" diffs the pattern being edited against the newest
baseline (`kontakt.core.ringpattern.diff`, off the GUI thread, again after each edit
while it is on): the cards are marked on the canvas (`comparison`) and each change is
listed in words (`diff_text.diff_lines`). "Order this change" saves the pattern and makes a
ring-pattern change request (a draft) from that version
(`services.changes_approval.order_version`); the version is then ordered, and shows the
request that ordered it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kontakt.core.changes.words import state_name
from kontakt.core.ringpattern import Pattern, PatternDiff, diff
from kontakt.core.ringpattern.diff import PARTS
from kontakt.core.ringpattern.diff_text import diff_lines
from kontakt.core.ringpattern.messages import moment_text
from kontakt.core.texts import QT_TRANSLATE_NOOP
from kontakt.i18n import gui_translate
from kontakt.services import changes_approval
from kontakt.services import patterns as pattern_service
from kontakt.services.patterns import VersionRow
from kontakt.ui.tasks import TaskRunner
from kontakt.ui.workspaces.patterns.comparison import card_marks, ghosts

if TYPE_CHECKING:
    from kontakt.ui.workspaces.patterns.editor import PatternEditor

STATUSES: Final = {
    "baseline": QT_TRANSLATE_NOOP("PatternsModel", "Current set-up"),
    "draft": QT_TRANSLATE_NOOP("PatternsModel", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("PatternsModel", "Ordered"),
    "superseded": QT_TRANSLATE_NOOP("PatternsModel", "Superseded"),
}


def status_name(status: str) -> str:
    """A version's status in words (an unknown one as it is stored)."""
    source = STATUSES.get(status)
    return QCoreApplication.translate("PatternsModel", source) if source else status


class VersionsPanel(QWidget):
    """The stored versions of the open pattern, and what can be done with them."""

    def __init__(self, editor: PatternEditor) -> None:
        super().__init__()
        self.editor = editor
        self.rows: list[VersionRow] = []
        self.baseline: Pattern | None = None
        self.result: PatternDiff | None = None
        self.runner = TaskRunner(self)
        self.stale = False
        """An edit came while a comparison ran: compare again when it ends."""
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(4)
        self.compare_button = QPushButton()
        self.compare_button.setCheckable(True)
        self.compare_button.toggled.connect(self._compare_toggled)
        self.order_button = QPushButton()
        self.order_button.clicked.connect(self.order)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.editor.new_version)
        self.changes = QListWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.compare_button, self.order_button, self.new_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(buttons)
        left.addWidget(self.list, 1)
        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(self.changes, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.compare_button.setText(self.tr("&Compare with the current set-up"))
        self.order_button.setText(self.tr("&Order this change…"))
        self.new_button.setText(self.tr("&New version"))
        self.new_button.setToolTip(
            self.tr("Store the pattern as a new draft version; later saves update that one.")
        )
        self.list.setHeaderLabels(
            [self.tr("Version"), self.tr("Status"), self.tr("Saved"), self.tr("Ordered by")]
        )
        self.changes.setAccessibleName(self.tr("Changes from the current set-up"))
        self._fill()
        if self.result is not None:
            self._show(self.result)

    # -- the versions --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the versions of the open pattern again (after opening, saving, ordering)."""
        stored = self.editor.stored
        if stored is None:
            return
        try:
            self.rows = pattern_service.versions(self.editor.db, stored.key)
        except LookupError:  # not stored (yet): nothing to list or compare with
            self.rows = []
        baseline = next((r for r in self.rows if r.status == "baseline"), None)
        self.baseline = (
            pattern_service.version_pattern(self.editor.db, stored.key, baseline.number)
            if baseline is not None
            else None
        )
        self.compare_button.setEnabled(self.baseline is not None)
        self._fill()
        if self.compare_button.isChecked():
            self.compare()

    def _fill(self) -> None:
        self.list.clear()
        for row in self.rows:
            saved = row.saved_at if row.saved_at.tzinfo else row.saved_at.replace(tzinfo=UTC)
            request = (
                self.tr("Change request {number} ({state})").format(
                    number=row.request[0], state=state_name(row.request[1], gui_translate)
                )
                if row.request is not None
                else ""
            )
            item = QTreeWidgetItem(
                [
                    str(row.number),
                    status_name(row.status),
                    moment_text(saved.astimezone(), gui_translate),
                    request,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, row.number)
            if row.number == self.editor.draft:
                item.setText(
                    1, self.tr("{status} (open here)").format(status=status_name(row.status))
                )
            self.list.addTopLevelItem(item)
        for column in range(self.list.columnCount()):
            self.list.resizeColumnToContents(column)

    # -- the comparison ------------------------------------------------------------------------
    def _compare_toggled(self, on: bool) -> None:
        if on:
            self.compare()
        else:
            self.result = None
            self.changes.clear()
            self.summary.clear()
            self.editor.scene.compare({}, [])

    def pattern_changed(self) -> None:
        """The pattern being edited changed: a comparison shown is compared again."""
        if self.compare_button.isChecked():
            self.compare()

    def compare(self) -> None:
        """Compare the pattern being edited with the current set-up, off the GUI thread."""
        pattern, baseline = self.editor.pattern, self.baseline
        if pattern is None or baseline is None:
            return
        if self.runner.running:
            self.stale = True
            return
        today = datetime.now().date()
        self.runner.run(
            lambda _progress, _cancelled: diff(baseline, pattern, today),
            lambda result: self._compared(pattern, result),
            lambda error: self.summary.setText(
                self.tr("The comparison failed: {error}").format(error=error)
            ),
            on_done=self._again,
        )

    def _again(self) -> None:
        if self.stale:
            self.stale = False
            self.compare()

    def _compared(self, pattern: Pattern, result: PatternDiff) -> None:
        if pattern is not self.editor.pattern or not self.compare_button.isChecked():
            return
        self.result = result
        self._show(result)
        self.editor.scene.compare(card_marks(result), ghosts(result))

    def _show(self, result: PatternDiff) -> None:
        touched = sum(len(result.touched(part)) for part in PARTS)
        self.summary.setText(
            self.tr("%n change(s) from the current set-up:", "", touched)
            if touched
            else self.tr("The same as the current set-up.")
        )
        self.changes.clear()
        self.changes.addItems(diff_lines(result, gui_translate))

    # -- ordering ------------------------------------------------------------------------------
    def order(self) -> None:
        """Save the pattern and order it from IKTNH: a ring-pattern change request (a draft)
        that the change-requests page shows, linked to the version."""
        editor = self.editor
        if editor.stored is None or editor.pattern is None:
            return
        if editor.draft is None and not editor.is_modified():
            QMessageBox.information(
                self,
                self.tr("Nothing to order"),
                self.tr("There is no draft to order: change the ring pattern first."),
            )
            return
        if editor.is_modified() and not editor.save():
            return
        assert editor.draft is not None
        try:
            number = changes_approval.order_version(
                editor.db, editor.stored.key, editor.draft, gui_translate
            )
        except changes_approval.ChangeError as error:
            QMessageBox.warning(
                self, self.tr("The change cannot be ordered"), error.text(gui_translate)
            )
            return
        editor.draft = None  # ordered: it changes no more, the next save makes a new draft
        self.refresh()
        editor.saved.emit()
        QMessageBox.information(
            self,
            self.tr("Change ordered"),
            self.tr(
                "Change request {number} is made as a draft: approve it under Change requests "
                "to send it to IKTNH. Further edits go into a new draft version."
            ).format(number=number),
        )
