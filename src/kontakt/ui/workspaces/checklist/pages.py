"""The four pages of the test checklist wizard: choose, review, run, summary.

The pages show and collect; what they ask for (make the cases, save a verdict, report a
fault, export) the wizard does (`workspace.ChecklistWizard`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from kontakt.core.checklist import CaseKind, TestCase, Verdict
from kontakt.core.checklist.model import VERDICT_WORDS, numbered
from kontakt.i18n import gui_translate as _translate
from kontakt.services import checklist_runs

if TYPE_CHECKING:
    from kontakt.ui.workspaces.checklist.workspace import ChecklistWizard

CHOOSE, REVIEW, RUN, SUMMARY = range(4)
ROLE = Qt.ItemDataRole.UserRole


class ChoosePage(QWizardPage):
    """A run to resume, or a change to make a new checklist for."""

    def __init__(self, wizard: ChecklistWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.ready = False
        """The cases for the chosen change are made: the next page may open."""
        self.choices = QListWidget()
        self.choices.itemSelectionChanged.connect(self.completeChanged)
        self.choices.itemDoubleClicked.connect(lambda _item: wizard.next())
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.choices)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose the change to test"))
        self.hint.setText(
            self.tr(
                "Go on with a test run you have started, or choose a change request or two "
                "versions of a ring pattern to make a new checklist for."
            )
        )

    def initializePage(self) -> None:
        self.retranslate()
        self.choices.clear()
        db = self.owner.db
        for run in checklist_runs.runs(db, unfinished=True):
            text = self.tr("Go on: {title} ({done} of {total} done)").format(
                title=run.title, done=run.done, total=run.total
            )
            item = QListWidgetItem(text)
            item.setData(ROLE, ("run", run.id))
            self.choices.addItem(item)
        self._sources = checklist_runs.sources(db, _translate)
        verified = checklist_runs.verified_change_requests(db)
        for index, source in enumerate(self._sources):
            text = self.tr("New checklist: {title}").format(title=source.title)
            if source.change_request_id in verified:
                text += " – " + self.tr("verified")
            item = QListWidgetItem(text)
            item.setData(ROLE, ("source", index))
            self.choices.addItem(item)
        if self.choices.count():
            self.choices.setCurrentRow(0)
        else:
            self.hint.setText(self.tr("There is no change to test yet."))

    def isComplete(self) -> bool:
        return self.choices.currentItem() is not None and not self.owner.runner.running

    def validatePage(self) -> bool:
        item = self.choices.currentItem()
        if item is None:
            return False
        if self.ready:
            self.ready = False
            return True
        kind, value = item.data(ROLE)
        if kind == "run":
            self.owner.open_run(int(value))
            return True
        self.owner.generate(self._sources[int(value)])
        return False  # the review page opens when the cases are ready

    def nextId(self) -> int:
        return RUN if self.owner.run is not None else REVIEW


class ReviewPage(QWizardPage):
    """The generated cases: remove some, add the tester's own."""

    def __init__(self, wizard: ChecklistWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.cases = QTableWidget(0, 3)
        self.cases.setWordWrap(True)
        self.cases.setAlternatingRowColors(True)
        self.cases.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cases.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cases.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cases.verticalHeader().setVisible(False)
        header = self.cases.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        model = self.cases.model()
        model.rowsInserted.connect(self.completeChanged)
        model.rowsRemoved.connect(self.completeChanged)
        # Wrapped text is as tall as its column is narrow: measure again when widths change.
        header.sectionResized.connect(lambda *_: self.cases.resizeRowsToContents())
        self.remove = QPushButton()
        self.remove.clicked.connect(self._remove)
        self.own_what = QLineEdit()
        self.own_expected = QLineEdit()
        self.add = QPushButton()
        self.add.clicked.connect(self._add)
        self.what_label, self.expected_label = QLabel(), QLabel()
        self.what_label.setBuddy(self.own_what)
        self.expected_label.setBuddy(self.own_expected)
        own = QHBoxLayout()
        for widget in (
            self.what_label,
            self.own_what,
            self.expected_label,
            self.own_expected,
            self.add,
        ):
            own.addWidget(widget)
        # Starting saves the run: from then on it is resumed, not made again.
        self.setCommitPage(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.cases, 1)
        layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(own)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check the cases"))
        self.setSubTitle(
            self.tr("Remove what does not apply and add your own cases, then start the test.")
        )
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Start the test"))
        self.remove.setText(self.tr("&Remove the case"))
        self.add.setText(self.tr("&Add"))
        self.what_label.setText(self.tr("Own case: &what to do"))
        self.expected_label.setText(self.tr("e&xpected"))
        self.cases.setHorizontalHeaderLabels(
            [self.tr("What is tested"), self.tr("How to test"), self.tr("Expected result")]
        )

    def initializePage(self) -> None:
        self.retranslate()
        self.cases.setRowCount(0)
        for case in self.owner.pending:
            self._show(case)
        self.cases.resizeRowsToContents()

    def _show(self, case: TestCase) -> None:
        row = self.cases.rowCount()
        self.cases.insertRow(row)
        for column, text in enumerate((case.reason, case.instructions, case.expected)):
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            item.setData(ROLE, case)
            self.cases.setItem(row, column, item)
        self.cases.resizeRowToContents(row)

    def _remove(self) -> None:
        row = self.cases.currentRow()
        if row >= 0:
            self.cases.removeRow(row)

    def _add(self) -> None:
        what = self.own_what.text().strip()
        if not what:
            self.own_what.setFocus()
            return
        case = TestCase(
            "",
            CaseKind.OWN,
            self.tr("Added by the tester."),
            what,
            self.own_expected.text().strip(),
        )
        self._show(case)
        self.own_what.clear()
        self.own_expected.clear()

    def chosen(self) -> list[TestCase]:
        items = (self.cases.item(row, 0) for row in range(self.cases.rowCount()))
        return numbered([item.data(ROLE) for item in items if item is not None])

    def isComplete(self) -> bool:
        return self.cases.rowCount() > 0

    def validatePage(self) -> bool:
        self.owner.start(self.chosen())
        return True


class RunPage(QWizardPage):
    """One case at a time: what to do, what should happen, the verdict and a note; the
    list beside it shows every case with its verdict and jumps to the one clicked."""

    def __init__(self, wizard: ChecklistWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.position = 0
        self.overview = QListWidget()
        self.overview.setMaximumWidth(260)
        self.overview.currentRowChanged.connect(self._picked)
        self.progress = QLabel()
        self.progress.setObjectName("caseHeading")
        self.reason, self.instructions = QLabel(), QLabel()
        self.expected, self.recorded = QLabel(), QLabel()
        for label in (self.reason, self.instructions, self.expected, self.recorded):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLineEdit()
        self.note.editingFinished.connect(self.keep_note)
        self.reason_label, self.how_label = QLabel(), QLabel()
        self.expected_label, self.note_label = QLabel(), QLabel()
        self.note_label.setBuddy(self.note)
        for label in (self.reason_label, self.how_label, self.expected_label, self.note_label):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        self.passed, self.failed, self.cannot = QPushButton(), QPushButton(), QPushButton()
        self.passed.clicked.connect(lambda: self._give(Verdict.PASSED))
        self.failed.clicked.connect(lambda: self._give(Verdict.FAILED))
        self.cannot.clicked.connect(lambda: self._give(Verdict.CANNOT_TEST))
        self.previous, self.following = QPushButton(), QPushButton()
        self.previous.clicked.connect(lambda: self.show_case(self.position - 1))
        self.following.clicked.connect(lambda: self.show_case(self.position + 1))
        self.report = QPushButton()
        self.report.clicked.connect(self._report)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.reason_label, self.reason)
        form.addRow(self.how_label, self.instructions)
        form.addRow(self.expected_label, self.expected)
        form.addRow(self.note_label, self.note)
        verdicts = QHBoxLayout()
        for button in (self.passed, self.failed, self.cannot):
            verdicts.addWidget(button)
        verdicts.addStretch(1)
        verdicts.addWidget(self.previous)
        verdicts.addWidget(self.following)
        details = QVBoxLayout()
        details.addWidget(self.progress)
        details.addLayout(form)
        details.addLayout(verdicts)
        details.addWidget(self.recorded)
        details.addWidget(self.report, 0, Qt.AlignmentFlag.AlignLeft)
        details.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.overview)
        layout.addLayout(details, 1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Run the tests"))
        self.reason_label.setText(self.tr("What is tested"))
        self.how_label.setText(self.tr("How to test"))
        self.expected_label.setText(self.tr("Expected result"))
        self.note_label.setText(self.tr("N&ote (what you observed)"))
        self.passed.setText(self.tr("&Passed"))
        self.failed.setText(self.tr("F&ailed"))
        self.cannot.setText(self.tr("&Cannot test"))
        self.previous.setText(self.tr("Previo&us case"))
        self.following.setText(self.tr("Ne&xt case"))
        self.report.setText(self.tr("&Report to IKTNH's service desk"))
        if self.owner.run is not None and self.position >= 0:
            self.show_case(self.position)

    def initializePage(self) -> None:
        self.position = -1  # a run just opened: nothing typed here belongs to it
        self.retranslate()
        run = self.owner.run
        assert run is not None
        following = run.next_position()
        self.show_case(following if following is not None else 0)

    def _picked(self, row: int) -> None:
        if row >= 0 and row != self.position:
            self.show_case(row)

    def _fill_overview(self) -> None:
        run = self.owner.run
        assert run is not None
        self.overview.blockSignals(True)
        self.overview.clear()
        for item in run.cases:
            verdict = _translate("ChecklistWords", VERDICT_WORDS[item.verdict])
            self.overview.addItem(f"{item.case.id}  {verdict}")
        self.overview.setCurrentRow(self.position)
        self.overview.blockSignals(False)

    def keep_note(self) -> None:
        """Save the note typed on the shown case (a verdict saves it too)."""
        run = self.owner.run
        if run is None or not 0 <= self.position < len(run.cases):
            return
        if self.note.text() != run.cases[self.position].note:
            self.owner.save_note(self.position, self.note.text())

    def show_case(self, position: int) -> None:
        self.keep_note()
        run = self.owner.run
        assert run is not None
        position = max(0, min(position, len(run.cases) - 1))
        self.position = position
        self._fill_overview()
        item = run.cases[position]
        case = item.case
        self.progress.setText(
            "<h3>"
            + self.tr("Case {number} of {total}: {id}").format(
                number=position + 1, total=len(run.cases), id=case.id
            )
            + "</h3>"
        )
        self.reason.setText(case.reason)
        self.instructions.setText(case.instructions)
        self.expected.setText(case.expected)
        self.note.setText(item.note)
        if item.verdict is Verdict.NOT_TESTED:
            self.recorded.setText(self.tr("Not tested yet."))
        else:
            when = item.recorded_at.astimezone() if item.recorded_at else None
            self.recorded.setText(
                self.tr("{verdict}, recorded {when} by {tester}.").format(
                    verdict=_translate("ChecklistWords", VERDICT_WORDS[item.verdict]),
                    when=when.strftime("%d.%m.%Y %H.%M") if when else "",
                    tester=item.recorded_by or run.tester,
                )
            )
        fault = (
            checklist_runs.fault_report_for(self.owner.db, run.id, position)
            if item.verdict is Verdict.FAILED
            else None
        )
        if fault is not None:
            self.recorded.setText(
                self.recorded.text()
                + " "
                + self.tr(
                    "Fault report {number} is made: approve and send it under Change requests."
                ).format(number=fault)
            )
        self.report.setEnabled(item.verdict is Verdict.FAILED and fault is None)
        self.previous.setEnabled(position > 0)
        self.following.setEnabled(position < len(run.cases) - 1)
        self.completeChanged.emit()

    def _give(self, verdict: Verdict) -> None:
        run = self.owner.run
        assert run is not None
        self.owner.record(self.position, verdict, self.note.text())
        if verdict is Verdict.FAILED:
            self.show_case(self.position)  # stay: the fault can be reported from here
            return
        following = self.owner.run.next_position() if self.owner.run else None
        self.show_case(following if following is not None else self.position)

    def _report(self) -> None:
        self.owner.report_fault(self.position, self.note.text())

    def isComplete(self) -> bool:
        return self.owner.run is not None


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ChecklistWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.export = QPushButton()
        self.export.clicked.connect(wizard.export_protocol)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.export, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Summary"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close the run"))
        self.export.setText(self.tr("E&xport the test protocol…"))

    def initializePage(self) -> None:
        self.retranslate()
        run = self.owner.run
        assert run is not None
        counts = {v: sum(c.verdict is v for c in run.cases) for v in Verdict}
        lines = [
            self.tr("{title}, tested by {tester}.").format(title=run.title, tester=run.tester),
            "",
            *(f"{_translate('ChecklistWords', VERDICT_WORDS[v])}: {counts[v]}" for v in Verdict),
        ]
        if counts[Verdict.PASSED] == len(run.cases):
            lines.append(self.tr("Every case passed: the change is verified."))
        elif counts[Verdict.FAILED]:
            lines.append(self.tr("Some cases failed: report them to IKTNH's service desk."))
        self.text.setText("\n".join(lines))
