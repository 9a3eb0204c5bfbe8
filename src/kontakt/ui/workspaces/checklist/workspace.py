"""The Testsjekkliste workspace: a wizard from a change to a signed-off test protocol.

Choose the change (a ring-pattern change request or two versions of a pattern) or a run to
resume → review the generated cases, add or remove own ones → run them one by one (pass,
fail or cannot test, a note; the time and tester are recorded) → summary and protocol.
Each verdict is saved the moment it is given (`services.checklist_runs`), so closing
Kontakt mid-run loses nothing and the run goes on where it stopped. Generating the cases
runs off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from kontakt.core.checklist import TestCase, Verdict
from kontakt.core.ringpattern import PatternError
from kontakt.core.ringpattern.messages import error_message
from kontakt.i18n import choose_language
from kontakt.i18n import gui_translate as _translate
from kontakt.services import checklist_runs
from kontakt.services.checklist_runs import Run, Source
from kontakt.ui.tasks import CancelledFn, ProgressFn, TaskRunner
from kontakt.ui.workspaces.base import Workspace
from kontakt.ui.workspaces.checklist.pages import (
    CHOOSE,
    ChoosePage,
    ReviewPage,
    RunPage,
    SummaryPage,
)
from kontakt.ui.workspaces.registry import workspace_title

if TYPE_CHECKING:
    from kontakt.services.database import Database


class ChecklistWizard(QWizard):
    """The four pages over one run; `db` is where the run is saved as it goes."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.run: Run | None = None
        self.source: Source | None = None
        self.pending: list[TestCase] = []
        self.runner = TaskRunner(self)
        self.save_path: Callable[[str], str] = self._ask_path
        """Asks where to save the protocol (tests answer without a dialog)."""
        self.last_fault: int | None = None
        self.choose, self.review = ChoosePage(self), ReviewPage(self)
        self.run_page, self.summary = RunPage(self), SummaryPage(self)
        for page_id, page in enumerate((self.choose, self.review, self.run_page, self.summary)):
            self.setPage(page_id, page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)

    # -- what the pages ask for -------------------------------------------------------------
    def generate(self, source: Source) -> None:
        """Make the cases for `source` off the GUI thread; the review page opens after."""
        language = choose_language()

        def work(progress: ProgressFn, cancelled: CancelledFn) -> list[TestCase]:
            return checklist_runs.cases_for(source, _translate, language=language)

        self.source = source
        self.choose.hint.setText(self.tr("Making the checklist …"))
        self.choose.completeChanged.emit()
        self.runner.run(work, self._generated, self._failed, on_done=self._generation_done)

    def _generation_done(self) -> None:
        self.choose.retranslate()
        self.choose.completeChanged.emit()

    def _generated(self, cases: list[TestCase]) -> None:
        self.pending = cases
        self.run = None
        self.choose.ready = True
        self.next()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, PatternError):
            text = self.tr("The checklist cannot be made: {reason}").format(
                reason=error_message(error, _translate)
            )
        else:
            text = self.tr("Something went wrong while making the checklist: {reason}").format(
                reason=error
            )
        QMessageBox.warning(self, self.tr("Test checklist"), text)

    def start(self, cases: list[TestCase]) -> None:
        assert self.source is not None
        run_id = checklist_runs.start_run(
            self.db,
            self.source.title,
            cases,
            tester=checklist_runs.tester_name(self.db),
            change_request_id=self.source.change_request_id,
        )
        self.open_run(run_id)

    def open_run(self, run_id: int) -> None:
        self.run = checklist_runs.load_run(self.db, run_id)

    def record(self, position: int, verdict: Verdict, note: str) -> None:
        assert self.run is not None
        checklist_runs.record(self.db, self.run.id, position, verdict, note)
        self.run = checklist_runs.load_run(self.db, self.run.id)

    def save_note(self, position: int, note: str) -> None:
        assert self.run is not None
        checklist_runs.save_note(self.db, self.run.id, position, note)
        self.run = checklist_runs.load_run(self.db, self.run.id)

    def report_fault(self, position: int, observed: str) -> int:
        assert self.run is not None
        if observed != self.run.cases[position].note:
            self.record(position, Verdict.FAILED, observed)
        case = self.run.cases[position].case
        summary = self.tr("Fault found in test {id}: {reason}").format(
            id=case.id, reason=case.reason
        )
        number = checklist_runs.report_fault(self.db, self.run.id, position, summary)
        self.last_fault = number
        self.run_page.show_case(position)
        return number

    def export_protocol(self) -> None:
        """Ask where, then write the run's protocol off the GUI thread."""
        assert self.run is not None
        path = self.save_path(f"testprotokoll-{self.run.id}.xlsx")
        if not path or self.runner.running:
            return
        db, run_id, target = self.db, self.run.id, Path(path)

        def work(progress: ProgressFn, cancelled: CancelledFn) -> Path:
            return checklist_runs.export_protocol(db, run_id, target, _translate)

        self.summary.export.setEnabled(False)
        self.runner.run(
            work,
            self._exported,
            self._export_failed,
            on_done=lambda: self.summary.export.setEnabled(True),
        )

    def _exported(self, path: Path) -> None:
        self.summary.text.setText(
            self.summary.text.text() + "\n" + self.tr("Saved: {path}").format(path=path)
        )

    def _export_failed(self, error: Exception) -> None:
        reason = error.strerror or str(error) if isinstance(error, OSError) else str(error)
        QMessageBox.warning(
            self,
            self.tr("Test checklist"),
            self.tr("The protocol could not be saved: {reason}").format(reason=reason),
        )

    def _ask_path(self, name: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the test protocol"), name, self.tr("Excel workbook (*.xlsx)")
        )
        return path

    def done(self, result: int) -> None:
        # Finishing closes the run; the wizard stays on the page, ready for the next one.
        if result and self.run is not None:
            checklist_runs.finish_run(self.db, self.run.id)
        self.run = None
        self.restart()


class ChecklistWorkspace(Workspace):
    key = "checklist"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.heading = QLabel()
        self.heading.setObjectName("workspaceHeading")
        self.wizard = ChecklistWizard(db, self)
        self.wizard.setWindowFlags(Qt.WindowType.Widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.wizard, 1)
        self.retranslate()
        self.wizard.restart()

    def title(self) -> str:
        return workspace_title(self.key)

    def retranslate(self) -> None:
        self.heading.setText(f"<h2>{self.title()}</h2>")
        self.wizard.setWindowTitle(self.title())
        page = self.wizard.currentPage()
        if hasattr(page, "retranslate"):
            page.retranslate()

    def activated(self) -> None:
        if self.wizard.currentId() == CHOOSE:
            self.wizard.choose.initializePage()

    def shut_down(self) -> None:
        self.wizard.runner.shut_down()
