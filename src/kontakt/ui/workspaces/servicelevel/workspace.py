"""The Servicegrad workspace: import call records, see the figures against the targets.

Import a CSV or XLSX of call records (off the GUI thread, with progress and cancel; the
column mapping is asked for when a required field has no column), then read per target
whether it is met (coloured, and marked with a sign and a word), the hours of the week as a
heat map (hover for figures, click a cell for its calls and what the ring pattern did
then), the service level week by week, and the staffing Erlang C estimates. Targets are
edited in their own tab and saved in the database.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kontakt.core.safe_files import FileWriteError, write_error
from kontakt.core.servicelevel import explain
from kontakt.core.servicelevel.figures import Goal, TargetReport
from kontakt.core.servicelevel.records import CALL_FIELDS
from kontakt.core.tables.errors import TableInputError
from kontakt.i18n import gui_translate as _translate
from kontakt.services import servicelevel
from kontakt.services.database import StorageError, error_text
from kontakt.services.municipality import NoMunicipality
from kontakt.services.servicelevel import Analysis, CallsRequest, ImportCancelled
from kontakt.ui.tasks import CancelledFn, ProgressFn, TaskRunner
from kontakt.ui.widgets.bar_chart import BarChart
from kontakt.ui.workspaces.base import Workspace
from kontakt.ui.workspaces.registry import PURPOSES, workspace_title
from kontakt.ui.workspaces.servicelevel.heat_map import HeatMap
from kontakt.ui.workspaces.servicelevel.models import CallsModel, StaffingModel, SummaryModel

if TYPE_CHECKING:
    from kontakt.services.database import Database

_GOAL_COLUMNS = 5


class ServiceLevelWorkspace(Workspace):
    key = "servicelevel"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.analysis: Analysis | None = None
        self.runner = TaskRunner(self)
        self._loaded = False

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.purpose = QLabel()
        self.purpose.setWordWrap(True)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.choose_file)
        self.keep_callers = QCheckBox()
        self.keep_callers.setChecked(True)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.cancel_button.setEnabled(False)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.choose_export)
        self.export_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        for widget in (self.import_button, self.keep_callers, self.progress, self.cancel_button):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.export_button)

        self.summary_model = SummaryModel(parent=self)
        self.summary = _table(self.summary_model)
        self.explanations = QLabel()
        self.explanations.setWordWrap(True)
        self.explanations.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanations.setAlignment(Qt.AlignmentFlag.AlignTop)
        summary_page = QWidget()
        summary_layout = QVBoxLayout(summary_page)
        summary_layout.addWidget(self.summary, 1)
        # a long list of misses scrolls instead of squeezing the table to two rows
        explanations_area = QScrollArea()
        explanations_area.setWidgetResizable(True)
        explanations_area.setWidget(self.explanations)
        summary_layout.addWidget(explanations_area, 1)

        self.target_box = QComboBox()
        self.target_box.currentIndexChanged.connect(self._show_target)
        self.target_label = QLabel()
        self.target_label.setBuddy(self.target_box)
        self.heat_map = HeatMap()
        self.heat_map.cell_activated.connect(self.show_cell)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.cell_heading = QLabel()
        self.pattern_then = QLabel()
        self.pattern_then.setWordWrap(True)
        self.calls_model = CallsModel(parent=self)
        self.calls = _table(self.calls_model)
        heat_page = QWidget()
        heat_layout = QVBoxLayout(heat_page)
        heat_layout.addWidget(self.heat_map, 3)
        heat_layout.addWidget(self.legend)
        heat_layout.addWidget(self.cell_heading)
        heat_layout.addWidget(self.pattern_then)
        heat_layout.addWidget(self.calls, 2)

        self.trend = BarChart()
        trend_page = QWidget()
        trend_layout = QVBoxLayout(trend_page)
        self.trend_note = QLabel()
        trend_layout.addWidget(self.trend_note)
        trend_layout.addWidget(self.trend)
        trend_layout.addStretch(1)

        self.staffing_model = StaffingModel(parent=self)
        self.staffing = _table(self.staffing_model)
        self.caveat = QLabel()
        self.caveat.setWordWrap(True)
        self.absent: set[str] = set()
        self.absent_label = QLabel()
        self.absent_list = QListWidget()
        self.absent_list.itemChanged.connect(self._absent_changed)
        self.absent_label.setBuddy(self.absent_list)
        absent_column = QVBoxLayout()
        absent_column.addWidget(self.absent_label)
        absent_column.addWidget(self.absent_list)
        staffing_row = QHBoxLayout()
        staffing_row.addWidget(self.staffing, 3)
        staffing_row.addLayout(absent_column, 1)
        staffing_page = QWidget()
        staffing_layout = QVBoxLayout(staffing_page)
        staffing_layout.addWidget(self.caveat)
        staffing_layout.addLayout(staffing_row)

        self.goals = QTableWidget(0, _GOAL_COLUMNS)
        self.goals.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_goal = QPushButton()
        self.add_goal.clicked.connect(lambda: self.add_goal_row("", Goal()))
        self.remove_goal = QPushButton()
        self.remove_goal.clicked.connect(self._remove_goal_row)
        self.save_goals = QPushButton()
        self.save_goals.clicked.connect(self.save_targets)
        self.goals_note = QLabel()
        self.goals_note.setWordWrap(True)
        goal_buttons = QHBoxLayout()
        for button in (self.add_goal, self.remove_goal, self.save_goals):
            goal_buttons.addWidget(button)
        goal_buttons.addStretch(1)
        goals_page = QWidget()
        goals_layout = QVBoxLayout(goals_page)
        goals_layout.addWidget(self.goals_note)
        goals_layout.addWidget(self.goals)
        goals_layout.addLayout(goal_buttons)

        self.tabs = QTabWidget()
        for page in (summary_page, heat_page, trend_page, staffing_page, goals_page):
            self.tabs.addTab(page, "")
        chooser = QHBoxLayout()
        chooser.addWidget(self.target_label)
        chooser.addWidget(self.target_box, 1)
        chooser.addStretch(2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.purpose)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addLayout(chooser)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    # -- texts ------------------------------------------------------------------------------
    def title(self) -> str:
        return workspace_title(self.key)

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.purpose.setText(_translate("Workspaces", PURPOSES[self.key]))
        self.import_button.setText(self.tr("&Import call records …"))
        self.keep_callers.setText(
            self.tr("Count repeat callers (the numbers themselves are never stored)")
        )
        self.keep_callers.setToolTip(
            self.tr(
                "To count callers who ring more than once, Kontakt keeps a code made from each "
                "calling number with a key only this database has; the number cannot be read "
                "back from it. Untick to keep nothing about the callers."
            )
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.export_button.setText(self.tr("&Export to Excel …"))
        self.target_label.setText(self.tr("&Target:"))
        for index, text in enumerate(
            (
                self.tr("Summary"),
                self.tr("Heat map"),
                self.tr("Week by week"),
                self.tr("Staffing"),
                self.tr("Targets"),
            )
        ):
            self.tabs.setTabText(index, text)
        self.legend.setText(
            self.tr(
                "Green: the target is met. Red, with a cross: missed (darker is further off). "
                "Grey: no calls in open time. Click an hour to see its calls."
            )
        )
        self.trend_note.setText(self.tr("Share answered within the target time, per ISO week (%)."))
        self.caveat.setText(_translate("ServiceLevel", explain.CAVEAT))
        self.absent_label.setText(self.tr("Members &marked absent (they cannot ring):"))
        self.goals.setHorizontalHeaderLabels(
            [
                self.tr("Number or queue/group"),
                self.tr("Answered within (%)"),
                self.tr("Within (s)"),
                self.tr("Highest abandon rate (%)"),
                self.tr("Lowest answer rate (%)"),
            ]
        )
        self.goals_note.setText(
            self.tr(
                "A target applies to calls in open time. Name an entry number or a queue or "
                "group (its id or label in the ring pattern). Targets not listed get the "
                "defaults: 80 % within 20 s, at most 5 % abandoned, at least 90 % answered."
            )
        )
        self.add_goal.setText(self.tr("Add"))
        self.remove_goal.setText(self.tr("Remove"))
        self.save_goals.setText(self.tr("Save targets"))
        for model in (self.summary_model, self.staffing_model, self.calls_model):
            model.retranslate()
        if self.analysis is not None:
            self._show_analysis(self.analysis)
        elif not self.status.text():
            self.status.setText(self.tr("No call records are imported yet."))

    # -- loading ----------------------------------------------------------------------------
    def activated(self) -> None:
        if not self._loaded:
            self._loaded = True
            self._load_targets()
            self.refresh()

    def refresh(self) -> None:
        """Compute the figures of the stored calls again (off the GUI thread)."""
        if self.runner.running:
            return
        self._start(
            lambda progress, cancelled: servicelevel.analyse_stored(self.db), self._loaded_analysis
        )

    def _loaded_analysis(self, analysis: Analysis | None) -> None:
        self.analysis = analysis
        if analysis is None:
            self.status.setText(self.tr("No call records are imported yet."))
            self.export_button.setEnabled(False)
            return
        self._show_analysis(analysis)

    # -- importing --------------------------------------------------------------------------
    def choose_file(self) -> None:
        if self.runner.running:
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open call records"),
            str(Path.home()),
            self.tr("Call records (*.csv *.txt *.xlsx);;All files (*)"),
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path, mapping: dict[str, str] | None = None) -> None:
        """Import the call records in `path`; asks for the columns when a required field
        has none (or takes `mapping`)."""
        if self.runner.running:
            return
        if mapping is None:
            try:
                preview = servicelevel.preview_calls(path)
            except TableInputError as error:
                self._failed(error)
                return
            if any(name not in preview.mapping for name in CALL_FIELDS.required):
                from kontakt.ui.workspaces.contacts.mapping_dialog import MappingDialog

                dialog = MappingDialog(
                    path.name, preview, servicelevel.call_profiles(self.db), self, CALL_FIELDS
                )
                if not dialog.exec():
                    return
                mapping = dialog.mapping()
                profile = dialog.profile_to_save()
                if profile is not None:
                    try:
                        servicelevel.save_call_profile(self.db, profile)
                    except StorageError as error:
                        self._failed(error)
                        return
        request = CallsRequest(path, overrides=mapping or {})
        keep = self.keep_callers.isChecked()

        def work(progress: ProgressFn, cancelled: CancelledFn) -> Analysis | None:
            servicelevel.import_calls(
                self.db, request, keep_callers=keep, progress=progress, cancel=cancelled
            )
            return servicelevel.analyse_stored(self.db)

        self.status.setText(self.tr("Importing {file} …").format(file=path.name))
        self._start(work, self._imported)

    def _imported(self, analysis: Analysis | None) -> None:
        self._loaded_analysis(analysis)

    def _start(self, work: Any, on_result: Any) -> None:
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.import_button.setEnabled(False)
        self.runner.run(work, on_result, self._failed, self._progress, self._finished)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finished(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setEnabled(False)
        self.import_button.setEnabled(True)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, ImportCancelled):
            self.status.setText(self.tr("The import was cancelled. Nothing was changed."))
        elif isinstance(error, TableInputError):
            self.status.setText(
                self.tr("The call records cannot be used: {problem}").format(
                    problem=error.message(_translate)
                )
            )
        elif isinstance(error, (FileWriteError, OSError)):
            self.status.setText(
                write_error(Path(getattr(error, "filename", "") or ""), error).message(_translate)
                if isinstance(error, OSError)
                else error.message(_translate)
            )
        elif isinstance(error, NoMunicipality):
            self.status.setText(
                self.tr(
                    "There is no municipality to import for. Set it up first (File ▸ Settings)."
                )
            )
        elif isinstance(error, StorageError):  # a reader, or the database refused
            self.status.setText(error_text(_translate, error))
        else:
            self.status.setText(
                self.tr("Something went wrong: {problem}").format(
                    problem=str(error) or type(error).__name__
                )
            )

    def shut_down(self) -> None:
        self.runner.shut_down()

    def choose_export(self) -> None:
        if self.analysis is None or self.runner.running:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the service level"),
            str(Path.home() / "servicegrad.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        """Write the Excel report of what is shown to `path` (off the GUI thread)."""
        analysis = self.analysis
        if analysis is None or self.runner.running:
            return

        def work(progress: ProgressFn, cancelled: CancelledFn) -> Path:
            servicelevel.export_report(path, analysis.report, analysis.pattern, _translate)
            return path

        self.status.setText(self.tr("Exporting …"))
        self._start(work, self._exported)

    def _exported(self, path: Path) -> None:
        self.status.setText(self.tr("Saved {file}.").format(file=str(path)))

    # -- showing ----------------------------------------------------------------------------
    def _show_analysis(self, analysis: Analysis) -> None:
        report = analysis.report
        self.status.setText(
            self.tr("{file}: %Ln call(s) from {first} to {last}.", "", report.calls).format(
                file=Path(analysis.calls.file).name,
                first=f"{report.first:%d.%m.%Y}",
                last=f"{report.last:%d.%m.%Y}",
            )
        )
        self.export_button.setEnabled(True)
        self.summary_model.replace_rows(report.targets)
        self._list_members(analysis)
        self._show_explanations()
        chosen = self.target_box.currentData()
        self.target_box.blockSignals(True)
        self.target_box.clear()
        for target in report.targets:
            self.target_box.addItem(target.label, target.target)
        found = self.target_box.findData(chosen)
        self.target_box.setCurrentIndex(max(found, 0))
        self.target_box.blockSignals(False)
        self._show_target()

    def _list_members(self, analysis: Analysis) -> None:
        self.absent_list.blockSignals(True)
        self.absent_list.clear()
        members = analysis.pattern.members if analysis.pattern is not None else {}
        for member_id, member in members.items():
            item = QListWidgetItem(member.name or member_id)
            item.setData(Qt.ItemDataRole.UserRole, member_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = member_id in self.absent
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.absent_list.addItem(item)
        self.absent_list.blockSignals(False)

    def set_absent(self, member_ids: set[str]) -> None:
        """Mark these members as away (as ticking them in the list does)."""
        for row in range(self.absent_list.count()):
            item = self.absent_list.item(row)
            away = item.data(Qt.ItemDataRole.UserRole) in member_ids
            item.setCheckState(Qt.CheckState.Checked if away else Qt.CheckState.Unchecked)

    def _absent_changed(self) -> None:
        self.absent = {
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.absent_list.item(row) for row in range(self.absent_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        }
        self._show_explanations()

    def _show_explanations(self) -> None:
        analysis = self.analysis
        if analysis is None:
            return
        report = analysis.report
        lines = [
            explain.explain(miss, analysis.pattern, _translate, self.absent)
            for target in report.targets
            for miss in explain.misses(target)
        ]
        hints = explain.closed_hints(report, _translate)
        parts = []
        if lines:
            parts.append(self.tr("Where targets are missed:"))
            parts.extend(f"• {line}" for line in lines)
        if hints:
            parts.append(self.tr("Calls in closed time:"))
            parts.extend(f"• {hint}" for hint in hints)
        self.explanations.setText("\n".join(parts))

    def current_target(self) -> TargetReport | None:
        if self.analysis is None:
            return None
        key = self.target_box.currentData()
        return next((t for t in self.analysis.report.targets if t.target == key), None)

    def _show_target(self) -> None:
        target = self.current_target()
        self.heat_map.set_target(target)
        self.calls_model.replace_rows([])
        self.cell_heading.clear()
        self.pattern_then.clear()
        if target is None:
            self.trend.set_bars([])
            self.staffing_model.replace_rows([])
            return
        self.trend.set_bars(
            [
                (
                    self.tr("Week {week} {year}").format(week=week, year=year),
                    round((figures.service_level or 0) * 100),
                )
                for (year, week), figures in sorted(target.weeks.items())
            ]
        )
        self.staffing_model.members = target.members
        self.staffing_model.replace_rows([cell for cell in target.hours if cell.figures.offered])

    def show_cell(self, weekday: int, hour: int) -> None:
        """List the calls of one hour of the week and what the ring pattern did then."""
        target = self.current_target()
        if target is None or self.analysis is None:
            return
        detail = servicelevel.cell_detail(
            self.analysis, target, weekday, hour, _translate, self.absent
        )
        self.cell_heading.setText(self.heat_map.cell_text(weekday, hour))
        self.calls_model.replace_rows(detail.calls)
        if detail.pattern_then:
            self.pattern_then.setText(
                self.tr("What the ring pattern did then: {text}").format(
                    text=" ".join(detail.pattern_then)
                )
            )
        else:
            self.pattern_then.setText(self.tr("No ring pattern to compare with."))

    # -- targets ----------------------------------------------------------------------------
    def _load_targets(self) -> None:
        self.goals.setRowCount(0)
        for name, goal in servicelevel.saved_targets(self.db).items():
            self.add_goal_row(name, goal)

    def add_goal_row(self, name: str, goal: Goal) -> None:
        row = self.goals.rowCount()
        self.goals.insertRow(row)
        values = (
            name,
            explain.number_text(goal.percent),
            str(goal.within_s),
            explain.number_text(goal.max_abandon_percent),
            explain.number_text(goal.min_answer_percent),
        )
        for column, value in enumerate(values):
            self.goals.setItem(row, column, QTableWidgetItem(value))

    def _remove_goal_row(self) -> None:
        row = self.goals.currentRow()
        if row >= 0:
            self.goals.removeRow(row)

    def edited_targets(self) -> dict[str, Goal] | None:
        """The targets as the table holds them; None (and a message) when a cell is not a
        number."""
        goals: dict[str, Goal] = {}
        for row in range(self.goals.rowCount()):
            cells = [
                (self.goals.item(row, c) or QTableWidgetItem("")).text().strip()
                for c in range(_GOAL_COLUMNS)
            ]
            if not cells[0]:
                continue
            try:
                numbers = [float(text.replace(",", ".")) for text in cells[1:]]
            except ValueError:
                self.status.setText(
                    self.tr("Row {row} of the targets: write the figures as numbers.").format(
                        row=row + 1
                    )
                )
                return None
            if not all(0 <= n <= 100 for n in (numbers[0], numbers[2], numbers[3])):
                self.status.setText(
                    self.tr("Row {row} of the targets: a percentage is between 0 and 100.").format(
                        row=row + 1
                    )
                )
                return None
            goals[cells[0]] = Goal(numbers[0], int(numbers[1]), numbers[2], numbers[3])
        return goals

    def save_targets(self) -> None:
        goals = self.edited_targets()
        if goals is None:
            return
        try:
            servicelevel.save_targets(self.db, goals)
        except (NoMunicipality, StorageError) as error:
            self._failed(error)
            return
        self.status.setText(self.tr("The targets are saved."))
        self.refresh()


def _table(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # columns as wide as their texts, so "80 % innan 20 s" is never broken over two lines
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    return view
