"""The Kontaktsjekk workspace: choose an export, confirm its columns, run, read, export.

The check runs off the GUI thread with progress and cancel; its inputs besides the export
(number register, ring-pattern members, e-mail domains) come from the database, and its
reference date from the page's `today` (tests set it: a finding such as "ended but still in
a ring pattern" depends on the date). A check result makes one correction request at most
(`services.correction_drafts`); the button says when it has been made.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kontakt.core.contacts.errors import ContactInputError
from kontakt.core.contacts.model import ContactCheckResult, ContactFinding
from kontakt.core.safe_files import FileWriteError
from kontakt.i18n import gui_translate as _translate
from kontakt.i18n import user_settings
from kontakt.services import contact_data, correction_drafts, municipality
from kontakt.services.contacts import (
    CheckCancelled,
    ContactCheckRequest,
    MappingPreview,
    preview_mapping,
    run_contact_check,
    workbook_sheets,
)
from kontakt.ui.tasks import CancelledFn, ProgressFn, TaskRunner, Work
from kontakt.ui.workspaces.base import Workspace
from kontakt.ui.workspaces.contacts.mapping_dialog import MappingDialog
from kontakt.ui.workspaces.contacts.results_view import ResultsView
from kontakt.ui.workspaces.registry import workspace_title

if TYPE_CHECKING:
    from kontakt.services.database import Database

EXPORT_SUFFIXES = (".csv", ".txt", ".xlsx")
FOLDER_KEY = "contacts/last_folder"
"""Where the last export was opened from (QSettings): the open dialog starts there."""


class ContactsWorkspace(Workspace):
    """Check an HRM export against the number register and the ring patterns."""

    key = "contacts"

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        """The check's reference date: the one place the page reads the clock."""
        self.request: correction_drafts.ResultRequest | None = None
        """The correction request made from the shown result, if any."""
        self.setAcceptDrops(True)
        self.path: Path | None = None
        self.sheet: str | None = None
        self.inputs = contact_data.stored_inputs(db)
        self.runner = TaskRunner(self)

        self.heading = QLabel()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.choose_file)
        self.file_label = QLabel()
        self.file_label.setObjectName("fileLabel")
        self.inputs_label = QLabel()
        self.inputs_label.setWordWrap(True)
        self.run_button = QPushButton()
        self.run_button.clicked.connect(self.confirm_and_run)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self._status: Callable[[], str] = str
        self.status.setWordWrap(True)
        self.status.setObjectName("checkStatus")
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_excel)
        self.correction_button = QPushButton()
        self.correction_button.setObjectName("correctionButton")
        self.correction_button.clicked.connect(self.make_correction_request)

        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.run_button)
        top.addWidget(self.cancel_button)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.correction_button)
        actions.addWidget(self.export_button)
        self.results = ResultsView()
        self.results.selection_changed.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.intro):
            layout.addWidget(widget)
        layout.addLayout(top)
        layout.addWidget(self.inputs_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        layout.addLayout(actions)
        QShortcut(QKeySequence.StandardKey.Open, self, self.choose_file)
        QShortcut(QKeySequence("Ctrl+R"), self, self.confirm_and_run)
        QShortcut(QKeySequence("Escape"), self, self.cancel)
        self.retranslate()

    # -- texts ------------------------------------------------------------------------------
    def title(self) -> str:
        return workspace_title(self.key)

    def retranslate(self) -> None:
        self.heading.setText(f"<h2>{html.escape(self.title())}</h2>")
        self.intro.setText(
            self.tr(
                "Check the municipality's HRM export: missing and invalid numbers and e-mail "
                "addresses, duplicates, and employees who have left but are still in ring "
                "patterns or the number register."
            )
        )
        self.open_button.setText(self.tr("&Open HRM export…"))
        self.run_button.setText(self.tr("&Run check"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.export_button.setText(self.tr("E&xport to Excel…"))
        self._show_file()
        self._show_inputs()
        self.results.retranslate()
        self._update_buttons()
        self.status.setText(self._status())

    def _say(self, status: Callable[[], str]) -> None:
        """Show `status` in the status line, and again in the new language when the user
        switches (it is kept as the way to say it, not as the words)."""
        self._status = status
        self.status.setText(status())

    def activated(self) -> None:
        self.inputs = contact_data.stored_inputs(self.db)
        self._show_inputs()

    def _show_file(self) -> None:
        self.file_label.setText(
            html.escape(str(self.path))
            if self.path
            else self.tr("No export chosen. Open one, or drag a CSV or XLSX file here.")
        )

    def _show_inputs(self) -> None:
        inputs = self.inputs
        register = (
            self.tr("%Ln number(s)", "", len(inputs.directory))
            if inputs.directory
            else self.tr("none stored (those checks are skipped)")
        )
        domains = ", ".join(inputs.domains) or self.tr("none set (see Settings)")
        self.inputs_label.setText(
            self.tr(
                "Compared with: number register: {register} · ring patterns: {patterns} · "
                "e-mail domains: {domains}"
            ).format(register=register, patterns=inputs.patterns, domains=domains)
        )

    def _update_buttons(self) -> None:
        running = self.runner.running
        result = self.results.result
        self.open_button.setEnabled(not running)
        self.run_button.setEnabled(not running and self.path is not None)
        self.export_button.setEnabled(not running and result is not None)
        self._update_correction_button(running)

    def _update_correction_button(self, running: bool) -> None:
        """Make, add to, or (greyed) say that the result's correction request is made."""
        selected = self.results.selected_findings()
        codes = {f.code for f in selected} if selected else self.results.model.visible_codes()
        wanted = bool(codes & contact_data.IKTNH_CODES)
        request = self.request
        if request is None:
            self.correction_button.setText(self.tr("Make &correction request"))
            self.correction_button.setToolTip(
                self.tr(
                    "A change request (draft) to IKTNH for the chosen finding, or for all the "
                    "shown findings IKTNH must act on: ended employees in ring patterns or with "
                    "numbers, and register mismatches."
                )
            )
            self.correction_button.setEnabled(not running and wanted)
            return
        addable = (
            request.is_draft and wanted and bool(request.missing(self._findings_for_correction()))
        )
        if addable:
            self.correction_button.setText(
                self.tr("Add to &correction request {number}").format(number=request.number)
            )
            self.correction_button.setToolTip(
                self.tr(
                    "This check already has a correction request (a draft): the chosen "
                    "findings that it does not hold yet are added to it."
                )
            )
        else:
            self.correction_button.setText(
                self.tr("Correction request {number} made").format(number=request.number)
            )
            self.correction_button.setToolTip(
                self.tr(
                    "This check's correction request holds these findings. See it under "
                    "Change requests."
                )
            )
        self.correction_button.setEnabled(not running and addable)

    # -- choosing the file ------------------------------------------------------------------
    def start_folder(self) -> Path:
        """Where the open dialog starts: the folder of the chosen export, else the one the
        last export came from, else the home folder (never a folder that is not there)."""
        saved = user_settings().value(FOLDER_KEY)
        for candidate in (
            self.path.parent if self.path else None,
            Path(saved) if isinstance(saved, str) and saved else None,
        ):
            if candidate is not None and candidate.is_dir():
                return candidate
        return Path.home()

    def choose_file(self) -> None:
        if self.runner.running:
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open HRM export"),
            str(self.start_folder()),  # a folder, so the dialog proposes no file name
            self.tr("HRM exports (*.csv *.txt *.xlsx);;All files (*)"),
        )
        if name:
            self.set_file(Path(name))

    def _remember_folder(self, path: Path) -> None:
        settings = user_settings()
        settings.setValue(FOLDER_KEY, str(path.parent))
        settings.sync()

    def set_file(self, path: Path) -> None:
        self.path = path
        self.sheet = None
        self._remember_folder(path)
        self._show_file()
        self.status.clear()
        self._update_buttons()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if (
            len(urls) == 1
            and urls[0].isLocalFile()
            and urls[0].toLocalFile().lower().endswith(EXPORT_SUFFIXES)
        ):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.set_file(Path(event.mimeData().urls()[0].toLocalFile()))
        event.acceptProposedAction()
        self.confirm_and_run()

    # -- running ----------------------------------------------------------------------------
    def confirm_and_run(self) -> None:
        """Read the headers (off the GUI thread), let the user confirm them, then check."""
        if self.path is None or self.runner.running:
            return
        if not self._choose_sheet():
            return
        path, sheet = self.path, self.sheet
        self._start(
            lambda progress, cancelled: preview_mapping(path, sheet),
            self._confirm_mapping,
            self.tr("Reading {file} …").format(file=path.name),
        )

    def _choose_sheet(self) -> bool:
        """For a workbook with several sheets, ask which one holds the employees."""
        assert self.path is not None
        try:
            sheets = workbook_sheets(self.path)
        except ContactInputError as error:
            self._failed(error)
            return False
        if len(sheets) < 2:
            self.sheet = None
            return True
        current = sheets.index(self.sheet) if self.sheet in sheets else 0
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("Choose sheet"),
            self.tr("{file} has several sheets. Which one lists the employees?").format(
                file=self.path.name
            ),
            sheets,
            current,
            False,
        )
        if ok:
            self.sheet = chosen
        return ok

    def _confirm_mapping(self, preview: MappingPreview) -> None:
        assert self.path is not None
        dialog = MappingDialog(self.path.name, preview, contact_data.saved_profiles(self.db), self)
        if not dialog.exec():
            self._say(lambda: self.tr("The check was not run."))
            return
        profile = dialog.profile_to_save()
        if profile is not None:
            try:
                contact_data.save_profile(self.db, profile)
            except municipality.NoMunicipality:
                QMessageBox.information(
                    self,
                    self.tr("Profile not saved"),
                    self.tr(
                        "Set up the municipality in Settings first: profiles are kept for it. "
                        "The check runs with the columns you chose."
                    ),
                )
        self.run_check(dialog.mapping())

    def run_check(self, mapping: dict[str, str]) -> None:
        """Check the chosen export with `mapping` (field -> header) against the database."""
        assert self.path is not None
        self.inputs = contact_data.stored_inputs(self.db)
        self._show_inputs()
        request = ContactCheckRequest(
            hrm_path=self.path,
            sheet=self.sheet,
            overrides=mapping,
            directory=self.inputs.directory,
            members=self.inputs.members,
            domains=self.inputs.domains,
            today=self.today(),
        )
        self._start(
            lambda progress, cancelled: run_contact_check(request, progress, cancelled),
            self._show_result,
            self.tr("Checking {file} …").format(file=self.path.name),
        )

    def _start(self, work: Work, on_success: Callable[[Any], None], message: str) -> None:
        self.runner.run(work, on_success, self._failed, self._progress, self._finished)
        self._say(lambda: message)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self._update_buttons()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self._update_buttons()

    def cancel(self) -> None:
        if self.runner.running:
            self.runner.cancel()
            self._say(lambda: self.tr("Stopping …"))

    def shut_down(self) -> None:
        """Stop running work and wait for it, before the window goes (no half-written file,
        no signal to a deleted widget)."""
        self.runner.shut_down()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, CheckCancelled):
            self._say(lambda: self.tr("The check was cancelled. Nothing was changed."))
        elif isinstance(error, ContactInputError):
            self._say(
                lambda: self.tr("The export cannot be used: {problem}").format(
                    problem=error.message(_translate)
                )
            )
        elif isinstance(error, FileWriteError):
            self._say(lambda: error.message(_translate))
        else:
            self._say(
                lambda: self.tr("Something went wrong: {problem}").format(
                    problem=str(error) or type(error).__name__
                )
            )

    def _show_result(self, result: ContactCheckResult) -> None:
        self.request = correction_drafts.request_for_result(self.db, result)
        self.results.show_result(
            result, list(self.inputs.directory or []), list(self.inputs.members or [])
        )
        self._say(lambda: self._checked_text(result))

    def _checked_text(self, result: ContactCheckResult) -> str:
        checked = self.tr("Checked %Ln row(s): {findings}.", "", result.rows).format(
            findings=self.tr("%Ln finding(s)", "", len(result.findings))
        )
        # how the export was read (mixed encodings) is said with the result, not lost
        notices = [notice.message(_translate) for notice in result.notices]
        return " ".join([checked, *notices])

    # -- what comes out ---------------------------------------------------------------------
    def export_excel(self) -> None:
        result = self.results.result
        if result is None or self.runner.running:
            return
        suggested = (self.path.parent if self.path else Path.home()) / self.tr(
            "contact check {date}.xlsx"
        ).format(date=result.today.isoformat())
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to Excel"), str(suggested), self.tr("Excel workbooks (*.xlsx)")
        )
        if name:
            self.write_excel(Path(name) if name.endswith(".xlsx") else Path(name + ".xlsx"))

    def write_excel(self, path: Path) -> None:
        """Write the audit workbook of the current result to `path` off the GUI thread."""
        from kontakt.services.contacts import export_audit

        result = self.results.result
        assert result is not None
        municipality = self.inputs.municipality

        def work(progress: ProgressFn, cancelled: CancelledFn) -> Path:
            return export_audit(
                path,
                result,
                municipality=municipality,
                translate=_translate,
                progress=progress,
                cancel=cancelled,
            )

        self._start(work, self._saved, self.tr("Writing {file} …").format(file=path.name))

    def _saved(self, written: Path) -> None:
        self._say(lambda: self.tr("Saved the audit to {path}.").format(path=written))

    def _findings_for_correction(self) -> list[ContactFinding]:
        return self.results.selected_findings() or self.results.visible_findings()

    def make_correction_request(self) -> None:
        result = self.results.result
        findings = contact_data.correction_findings(self._findings_for_correction())
        if self.request is not None:
            findings = self.request.missing(findings)
        if result is None or not findings:
            return
        if self.request is None:
            question = self.tr(
                "Make a draft change request to IKTNH with %n correction(s)? You approve and "
                "send it under Change requests.",
                "",
                len(findings),
            )
        else:
            question = self.tr(
                "Add %n correction(s) to the draft change request {number}? You approve and "
                "send it under Change requests.",
                "",
                len(findings),
            ).format(number=self.request.number)
        answer = QMessageBox.question(self, self.tr("Correction request"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        summary = self.tr("Contact corrections from the check of {file}").format(file=result.source)
        try:
            requested = correction_drafts.request_corrections(self.db, result, findings, summary)
        except municipality.NoMunicipality:
            self._say(
                lambda: self.tr(
                    "Set up the municipality in Settings first: change requests are made for it."
                )
            )
            return
        self.request = correction_drafts.request_for_result(self.db, result)
        if requested.made:
            message = self.tr(
                "Draft change request {number} made with %n correction(s).", "", requested.added
            )
        else:
            message = self.tr(
                "%n correction(s) added to the draft change request {number}.",
                "",
                requested.added,
            )
        self._say(lambda: message.format(number=requested.number))
        self._update_buttons()
