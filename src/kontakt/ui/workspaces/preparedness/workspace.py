"""The Beredskap workspace: the site list with autonomy bars and each site's path, the
scenario runner with the routes shown, the weaknesses with their measures, the findings,
and the plan (mark reviewed, export to Excel or PDF).

Reading the database and running the check (a sweep of simulated calls) happen off the GUI
thread; so does a scenario. What is due (measures, the plan's review) shows at the top.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kontakt.core.preparedness.check import CheckResult
from kontakt.core.preparedness.scenarios import Kind, Scenario, ScenarioResult, member_names
from kontakt.core.preparedness.sites import Site, SitesError, SitesRegister
from kontakt.core.preparedness.weaknesses import Weakness, last_review, next_review_due
from kontakt.core.ringpattern.messages import node_name
from kontakt.core.safe_files import FileWriteError, write_error
from kontakt.core.tables.errors import TableInputError
from kontakt.i18n import gui_translate
from kontakt.services import preparedness
from kontakt.services.database import StorageError, error_text
from kontakt.services.preparedness import PreparednessData
from kontakt.ui.tasks import CancelledFn, ProgressFn, TaskRunner
from kontakt.ui.workspaces.base import Workspace
from kontakt.ui.workspaces.preparedness.models import (
    AutonomyBar,
    PreparednessFindingsModel,
    ScenarioModel,
    SitesModel,
    WeaknessModel,
)
from kontakt.ui.workspaces.preparedness.path_view import PathView
from kontakt.ui.workspaces.preparedness.plan_pdf import write_plan_pdf
from kontakt.ui.workspaces.preparedness.site_dialog import SiteDialog
from kontakt.ui.workspaces.preparedness.weakness_dialog import WeaknessDialog
from kontakt.ui.workspaces.registry import workspace_title

if TYPE_CHECKING:
    from kontakt.services.database import Database


@dataclass(frozen=True)
class Loaded:
    data: PreparednessData
    result: CheckResult


def _table(
    model: SitesModel | ScenarioModel | WeaknessModel | PreparednessFindingsModel,
) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().hide()
    return view


class PreparednessWorkspace(Workspace):
    key = "preparedness"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.today: Callable[[], date] = date.today
        """The day the check is for (tests set it)."""
        self.ask_path: Callable[[str, str], str] = self._ask_path
        self.ask_text: Callable[[str, str, str], str | None] = self._ask_text
        self.edit_weakness: Callable[[Weakness], Weakness | None] = self._edit_weakness
        self.ask_site: Callable[[Site], Site | None] = self._ask_site
        self.loaded: Loaded | None = None
        self.results: list[ScenarioResult] = []
        self.loader = TaskRunner(self)
        self.scenario_runner = TaskRunner(self)

        self.heading = QLabel()
        self.heading.setObjectName("workspaceHeading")
        self.reminders = QLabel()
        self.reminders.setWordWrap(True)
        self.reminders.setStyleSheet("color: #9c5700;")
        self.status = QLabel()
        self.tabs = QTabWidget()

        # Sites
        self.sites_model = SitesModel(parent=self)
        self.sites_view = _table(self.sites_model)
        self.sites_view.setItemDelegateForColumn(2, AutonomyBar(self.sites_view))
        self.sites_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.sites_view.setColumnWidth(2, 180)
        # A stretched last column grows to its default width and pushes the bar out of view.
        self.sites_view.horizontalHeader().setStretchLastSection(False)
        self.path_view = PathView()
        path_scroll = QScrollArea()
        path_scroll.setWidget(self.path_view)
        path_scroll.setWidgetResizable(True)
        path_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        path_scroll.setMinimumHeight(  # the hops and, on a narrow screen, the scroll bar
            self.path_view.minimumHeight()
            + path_scroll.horizontalScrollBar().sizeHint().height()
            + 2 * path_scroll.frameWidth()
        )
        self.site_facts = QLabel()
        self.site_facts.setWordWrap(True)
        self.site_findings = QLabel()
        self.site_findings.setWordWrap(True)
        self.site_findings.setTextFormat(Qt.TextFormat.PlainText)
        self.site_findings.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.add_site_button = QPushButton()
        self.add_site_button.clicked.connect(lambda: self.edit_site(None))
        self.edit_site_button = QPushButton()
        self.edit_site_button.clicked.connect(lambda: self.edit_site(self.chosen_site()))
        self.sites_view.doubleClicked.connect(lambda _i: self.edit_site(self.chosen_site()))
        self.remove_site_button = QPushButton()
        self.remove_site_button.clicked.connect(self.remove_site)
        self.target = QSpinBox()
        self.target.setRange(0, 100_000)
        self.target_label = QLabel()
        self.target.editingFinished.connect(self.set_target)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_sites)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_sites)
        site_side = QWidget()
        side = QVBoxLayout(site_side)
        side.addWidget(self.site_facts)
        side.addWidget(path_scroll)
        side.addWidget(self.legend)
        side.addWidget(self.site_findings, 1)
        sites_page = QWidget()
        sites_layout = QVBoxLayout(sites_page)
        self.sites_split = QSplitter()
        self.sites_split.addWidget(self.sites_view)
        self.sites_split.addWidget(site_side)
        self.sites_split.setStretchFactor(1, 2)
        sites_layout.addWidget(self.sites_split, 1)
        row = QHBoxLayout()
        for widget in (
            self.add_site_button,
            self.edit_site_button,
            self.remove_site_button,
            self.target_label,
            self.target,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        sites_layout.addLayout(row)
        self.sites_view.selectionModel().selectionChanged.connect(self._site_chosen)

        # Scenarios
        self.kind = QComboBox()
        self.site_choice = QComboBox()
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 100_000)
        self.minutes.setValue(120)
        self.run_button = QPushButton()
        self.run_button.clicked.connect(self.run_scenario)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.scenario_choice = QComboBox()
        self.scenario_choice.currentIndexChanged.connect(self._show_scenario)
        self.scenario_choice.setVisible(False)
        self.site_label = QLabel()
        self.site_label.setBuddy(self.site_choice)
        self.minutes_label = QLabel()
        self.minutes_label.setBuddy(self.minutes)
        self.lost = QLabel()
        self.lost.setWordWrap(True)
        self.scenario_model = ScenarioModel(parent=self)
        self.scenario_view = _table(self.scenario_model)
        # The two outcomes side by side share the width; the short columns fit their text.
        header = self.scenario_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.scenario_view.selectionModel().selectionChanged.connect(self._entry_chosen)
        self.route = QLabel()
        self.route.setWordWrap(True)
        scenarios_page = QWidget()
        scenarios_layout = QVBoxLayout(scenarios_page)
        controls = QHBoxLayout()
        for control in (
            self.kind,
            self.site_label,
            self.site_choice,
            self.minutes_label,
            self.minutes,
            self.run_button,
        ):
            controls.addWidget(control)
        controls.addStretch(1)
        scenarios_layout.addLayout(controls)
        scenarios_layout.addWidget(self.scenario_choice)
        scenarios_layout.addWidget(self.lost)
        scenarios_layout.addWidget(self.scenario_view, 1)
        scenarios_layout.addWidget(self.route)

        # Weaknesses
        self.weakness_model = WeaknessModel(parent=self)
        self.weakness_view = _table(self.weakness_model)
        self.weakness_view.doubleClicked.connect(lambda _index: self.decide())
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_weakness)
        self.decide_button = QPushButton()
        self.decide_button.clicked.connect(self.decide)
        weak_page = QWidget()
        weak_layout = QVBoxLayout(weak_page)
        weak_layout.addWidget(self.weakness_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.decide_button)
        row.addStretch(1)
        weak_layout.addLayout(row)

        # Findings
        self.findings_model = PreparednessFindingsModel(parent=self)
        self.findings_view = _table(self.findings_model)
        self.register_button = QPushButton()
        self.register_button.clicked.connect(self.register_finding)
        findings_page = QWidget()
        findings_layout = QVBoxLayout(findings_page)
        findings_layout.addWidget(self.findings_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.register_button)
        row.addStretch(1)
        findings_layout.addLayout(row)

        # Plan
        self.review_text = QLabel()
        self.review_text.setWordWrap(True)
        self.review_button = QPushButton()
        self.review_button.clicked.connect(self.mark_reviewed)
        self.xlsx_button = QPushButton()
        self.xlsx_button.clicked.connect(lambda: self.export_plan("xlsx"))
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(lambda: self.export_plan("pdf"))
        self.service_desk = QLineEdit()
        self.deputy = QLineEdit()
        self.fallback = QPlainTextEdit()
        self.fallback.setMaximumHeight(80)
        self.save_texts_button = QPushButton()
        self.save_texts_button.clicked.connect(self.save_plan_texts)
        self.plan_labels = (QLabel(), QLabel(), QLabel())
        self.plan_form = QFormLayout()
        for label, field in zip(
            self.plan_labels, (self.service_desk, self.deputy, self.fallback), strict=True
        ):
            self.plan_form.addRow(label, field)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_texts_button)
        save_row.addStretch(1)
        self.plan_form.addRow(save_row)
        plan_page = QWidget()
        plan_layout = QVBoxLayout(plan_page)
        plan_layout.addWidget(self.review_text)
        plan_layout.addLayout(self.plan_form)
        row = QHBoxLayout()
        for button in (self.review_button, self.xlsx_button, self.pdf_button):
            row.addWidget(button)
        row.addStretch(1)
        plan_layout.addLayout(row)
        plan_layout.addStretch(1)

        for page in (sites_page, scenarios_page, weak_page, findings_page, plan_page):
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.reminders)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self.retranslate()

    # -- the workspace ------------------------------------------------------------------
    def title(self) -> str:
        return workspace_title(self.key)

    def retranslate(self) -> None:
        self.heading.setText(f"<h2>{self.title()}</h2>")
        for index, text in enumerate(
            (
                self.tr("Sites"),
                self.tr("Outage scenarios"),
                self.tr("Weaknesses and measures"),
                self.tr("Findings"),
                self.tr("Preparedness plan"),
            )
        ):
            self.tabs.setTabText(index, text)
        self.add_site_button.setText(self.tr("Add site …"))
        self.edit_site_button.setText(self.tr("Edit site …"))
        self.remove_site_button.setText(self.tr("Remove site"))
        self.target_label.setText(self.tr("Autonomy target"))
        self.target.setSuffix(" " + self.tr("min"))
        self.import_button.setText(self.tr("Import sites …"))
        self.export_button.setText(self.tr("Export sites …"))
        self.run_button.setText(self.tr("&Run"))
        self.site_label.setText(self.tr("S&ite"))
        self.minutes_label.setText(self.tr("&Duration"))
        self.add_button.setText(self.tr("Add weakness …"))
        self.decide_button.setText(self.tr("Decide measure …"))
        self.register_button.setText(self.tr("Register as weakness"))
        self.review_button.setText(self.tr("Mark reviewed"))
        self.save_texts_button.setText(self.tr("Save"))
        for label, text in zip(
            self.plan_labels,
            (
                self.tr("IKTNH's service desk"),
                self.tr("Deputy ICT contact"),
                self.tr("When the platform is down"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.xlsx_button.setText(self.tr("Export plan (Excel) …"))
        self.pdf_button.setText(self.tr("Export plan (PDF) …"))
        self.minutes.setSuffix(" " + self.tr("min"))
        kind = self.kind.currentIndex()
        self.kind.blockSignals(True)
        self.kind.clear()
        for text, value in (
            (self.tr("Power cut at a site"), Kind.POWER.value),
            (self.tr("Network down at a site"), Kind.NETWORK.value),
            (self.tr("Central data room down"), Kind.DATACENTRE.value),
            (self.tr("Mobile network down"), Kind.MOBILE_NETWORK.value),
            (self.tr("Telephony platform down"), Kind.PLATFORM.value),
            (self.tr("Sweep: every outage"), None),
        ):
            self.kind.addItem(text, value)
        self.kind.setCurrentIndex(max(kind, 0))
        self.kind.blockSignals(False)
        self._kind_changed()
        for model in (
            self.sites_model,
            self.scenario_model,
            self.weakness_model,
            self.findings_model,
        ):
            model.retranslate()
        self._show_loaded()

    def activated(self) -> None:
        self.reload()

    def shut_down(self) -> None:
        self.loader.shut_down()
        self.scenario_runner.shut_down()

    # -- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the database and run the check off the GUI thread."""
        if self.loader.running:
            return
        db, today = self.db, self.today()

        def work(progress: ProgressFn, cancelled: CancelledFn) -> Loaded:
            data = preparedness.stored(db)
            return Loaded(data, preparedness.run_check(data, today))

        self.status.setText(self.tr("Checking …"))
        self.loader.run(work, self._loaded, self._failed)

    def _loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self.status.setText("")
        target = loaded.data.register.autonomy_target_min
        self.sites_model.replace_rows(
            [(s, len(loaded.result.for_site(s.id)), target) for s in loaded.data.register.sites]
        )
        today = self.today()
        self.weakness_model.names = loaded.data.register.names
        self.weakness_model.replace_rows([(w, w.unanswered(today)) for w in loaded.data.weaknesses])
        self.findings_model.replace_rows(list(loaded.result.findings))
        current = self.site_choice.currentData()
        self.site_choice.clear()
        for site in loaded.data.register.sites:
            self.site_choice.addItem(site.name or site.id, site.id)
        if current is not None:
            self.site_choice.setCurrentIndex(max(self.site_choice.findData(current), 0))
        self.minutes.setValue(target)
        self.target.setValue(target)
        texts = loaded.data.texts
        self.service_desk.setText(texts.get("service_desk", ""))
        self.deputy.setText(texts.get("deputy", ""))
        self.fallback.setPlainText(texts.get("platform_fallback", ""))
        self._fit_sites()
        if loaded.data.register.sites:
            self.sites_view.selectRow(0)
        self._show_loaded()

    def _fit_sites(self) -> None:
        """Widen the site list to its columns (the autonomy bar included), so no column
        hides behind a horizontal scroll bar; the path gets the rest."""
        view = self.sites_view
        view.resizeColumnsToContents()
        view.setColumnWidth(2, max(view.columnWidth(2), 180))
        wanted = (
            view.horizontalHeader().length()
            + view.verticalScrollBar().sizeHint().width()
            + 2 * view.frameWidth()
        )
        total = sum(self.sites_split.sizes()) or self.sites_split.width()
        left = min(wanted, max(total // 2, 1))
        self.sites_split.setSizes([left, max(total - left, 1)])

    def _failed(self, error: Exception) -> None:
        self.status.setText(self.tr("Something went wrong: {error}").format(error=error))

    def _show_loaded(self) -> None:
        loaded = self.loaded
        if loaded is None:
            return
        today = self.today()
        due = preparedness.reminders(loaded.data, today, gui_translate)
        self.reminders.setText("\n".join(due))
        self.reminders.setVisible(bool(due))
        last = last_review(loaded.data.reviews)
        if last is None:
            self.review_text.setText(self.tr("The plan has never been reviewed."))
        else:
            local = last.at.astimezone()
            nxt = next_review_due(loaded.data.reviews)
            self.review_text.setText(
                self.tr("Last reviewed {date} by {who}. The next review is due {due}.").format(
                    date=local.strftime("%d.%m.%Y"),
                    who=last.by,
                    due=nxt.strftime("%d.%m.%Y") if nxt else "",
                )
            )
        self._site_chosen()

    def _site_chosen(self, *_args: QItemSelection) -> None:
        loaded = self.loaded
        rows = self.sites_view.selectionModel().selectedRows()
        if loaded is None or not rows:
            self.path_view.show_path((), 0)
            self.legend.setText("")
            self.site_facts.setText("")
            self.site_findings.setText("")
            return
        site, _count, target = self.sites_model.rows[rows[0].row()]
        self.path_view.show_path(site.path, target)
        self.legend.setText(self.path_view.legend())
        coverage = {"good": self.tr("good"), "weak": self.tr("weak"), "none": self.tr("none")}
        self.site_facts.setText(
            self.tr(
                "{name}, {address}. Network points: {points}. Wi-Fi: {wifi}. "
                "Mobile coverage indoors: {coverage}."
            ).format(
                name=site.name or site.id,
                address=site.address or "-",
                points=self.tr("enough") if site.network_points_ok else self.tr("too few"),
                wifi=self.tr("yes") if site.wifi else self.tr("no"),
                coverage=coverage.get(site.mobile_coverage, site.mobile_coverage),
            )
        )
        found = loaded.result.for_site(site.id)
        self.site_findings.setText(
            "\n".join(f"• {f.text(gui_translate)}" for f in found) or self.tr("No findings.")
        )

    # -- scenarios ----------------------------------------------------------------------
    def chosen_kind(self) -> Kind | None:
        """The kind of outage chosen; None for the sweep (Qt hands the value back as text)."""
        value = self.kind.currentData()
        return None if value is None else Kind(value)

    def _kind_changed(self) -> None:
        kind = self.chosen_kind()
        at_site = kind in (Kind.POWER, Kind.NETWORK)
        self.site_label.setVisible(at_site)
        self.site_choice.setVisible(at_site)
        self.minutes_label.setVisible(kind is Kind.POWER)
        self.minutes.setVisible(kind is Kind.POWER)

    def chosen_scenarios(self) -> list[Scenario]:
        kind = self.chosen_kind()
        site = self.site_choice.currentData()
        if kind is None:
            from kontakt.core.preparedness.scenarios import sweep_scenarios

            assert self.loaded is not None
            return sweep_scenarios(self.loaded.data.register)
        if kind is Kind.POWER:
            return [Scenario(kind, site, self.minutes.value())] if site else []
        if kind is Kind.NETWORK:
            return [Scenario(kind, site)] if site else []
        return [Scenario(kind)]

    def run_scenario(self) -> None:
        if self.loaded is None or self.scenario_runner.running:
            return
        chosen = self.chosen_scenarios()
        if not chosen:
            return
        data, today = self.loaded.data, self.today()

        def work(progress: ProgressFn, cancelled: CancelledFn) -> list[ScenarioResult]:
            return preparedness.scenarios(data, chosen, today)

        self.run_button.setEnabled(False)
        self.status.setText(self.tr("Simulating calls …"))
        self.scenario_runner.run(
            work,
            self._scenarios_done,
            self._failed,
            on_done=lambda: self.run_button.setEnabled(True),
        )

    def _scenarios_done(self, results: list[ScenarioResult]) -> None:
        self.status.setText("")
        self.results = results
        self.scenario_choice.blockSignals(True)
        self.scenario_choice.clear()
        names = self.loaded.data.register.names if self.loaded else {}
        for result in results:
            lost = len(result.lost_entries())
            self.scenario_choice.addItem(
                self.tr("{name}: %n entry number(s) lost", "", lost).format(
                    name=result.scenario.text(gui_translate, names)
                )
            )
        self.scenario_choice.blockSignals(False)
        self.scenario_choice.setVisible(len(results) > 1)
        self._show_scenario()

    def _show_scenario(self) -> None:
        index = self.scenario_choice.currentIndex()
        if not 0 <= index < len(self.results):
            self.scenario_model.replace_rows([])
            return
        result = self.results[index]
        data = self.loaded.data if self.loaded else PreparednessData(SitesRegister())
        names = member_names(data.patterns, data.directory)
        self.lost.setText(
            self.tr("Lost: {members}").format(
                members=", ".join(names.get(m, m) for m in result.lost_members) or "-"
            )
        )
        self.scenario_model.names = names
        self.scenario_model.replace_rows(list(result.entries))
        if result.entries:
            self.scenario_view.selectRow(0)

    def _entry_chosen(self, *_args: QItemSelection) -> None:
        rows = self.scenario_view.selectionModel().selectedRows()
        if not rows or self.loaded is None:
            self.route.setText("")
            return
        row = self.scenario_model.rows[rows[0].row()]
        pattern = next((p for p in self.loaded.data.patterns if p.id == row.pattern), None)

        def names(route: tuple[str, ...]) -> str:
            if pattern is None:
                return " → ".join(route)
            return " → ".join(node_name(pattern, n, gui_translate) for n in route)

        self.route.setText(
            self.tr("Route normally: {normal}\nRoute during the outage: {during}").format(
                normal=names(row.normal.route), during=names(row.during.route)
            )
        )

    # -- sites, weaknesses, the plan ----------------------------------------------------
    def import_sites(self) -> None:
        path = self.ask_path("open", self.tr("Sites register (*.json *.xlsx)"))
        if not path:
            return
        try:
            register = preparedness.read_sites(path)
        except (SitesError, TableInputError) as exc:
            QMessageBox.warning(self, self.title(), exc.message(gui_translate))
            return
        self._change(lambda: preparedness.save_sites(self.db, register))

    def chosen_site(self) -> Site | None:
        rows = self.sites_view.selectionModel().selectedRows()
        return self.sites_model.rows[rows[0].row()][0] if rows else None

    def edit_site(self, site: Site | None) -> None:
        """Add a site (`None`) or edit one; the register is saved at once."""
        if self.loaded is None:
            return
        edited = self.ask_site(site or Site(""))
        if edited is None:
            return
        register = self.loaded.data.register
        sites = [s for s in register.sites if s.id not in (edited.id, site.id if site else None)]
        index = next((i for i, s in enumerate(register.sites) if site and s.id == site.id), None)
        sites.insert(len(sites) if index is None else index, edited)
        self._change(
            lambda: preparedness.save_sites(self.db, replace(register, sites=tuple(sites)))
        )

    def remove_site(self) -> None:
        site = self.chosen_site()
        if self.loaded is None or site is None:
            return
        register = self.loaded.data.register
        kept = tuple(s for s in register.sites if s.id != site.id)
        self._change(lambda: preparedness.save_sites(self.db, replace(register, sites=kept)))

    def set_target(self) -> None:
        if self.loaded is None:
            return
        register = self.loaded.data.register
        if self.target.value() != register.autonomy_target_min:
            target = self.target.value()
            self._change(
                lambda: preparedness.save_sites(
                    self.db, replace(register, autonomy_target_min=target)
                )
            )

    def export_sites(self) -> None:
        if self.loaded is None:
            return
        path = self.ask_path("save", self.tr("Sites register (*.json)"))
        if path:
            self._write(lambda: preparedness.write_sites(path, self.loaded.data.register), path)  # type: ignore[union-attr]

    def add_weakness(self) -> None:
        edited = self.edit_weakness(Weakness(""))
        if edited is not None and edited.text:
            self._change(lambda: preparedness.save_weakness(self.db, edited))

    def decide(self) -> None:
        rows = self.weakness_view.selectionModel().selectedRows()
        if not rows:
            return
        weakness, _unanswered = self.weakness_model.rows[rows[0].row()]
        edited = self.edit_weakness(weakness)
        if edited is not None:
            self._change(lambda: preparedness.save_weakness(self.db, edited))

    def register_finding(self) -> None:
        rows = self.findings_view.selectionModel().selectedRows()
        if not rows:
            return
        finding = self.findings_model.rows[rows[0].row()]
        self._change(lambda: preparedness.register_finding(self.db, finding, gui_translate))

    def save_plan_texts(self) -> None:
        """Store who to call and what IKTNH can do when the platform is down."""
        texts = {
            "service_desk": self.service_desk.text().strip(),
            "deputy": self.deputy.text().strip(),
            "platform_fallback": self.fallback.toPlainText().strip(),
        }
        self._change(lambda: preparedness.set_plan_texts(self.db, texts))

    def mark_reviewed(self) -> None:
        default = self.loaded.data.contact[0] if self.loaded else ""
        who = self.ask_text(self.tr("Mark reviewed"), self.tr("Reviewed by"), default)
        if not who:
            return
        self._change(lambda: preparedness.mark_reviewed(self.db, who, datetime.now(UTC)))

    def _change(self, work: Callable[[], object]) -> None:
        """Store a change and show it; a refusal (a reader's role) or a lost database is
        said in a message, and nothing is lost from the window."""
        try:
            work()
        except StorageError as error:
            QMessageBox.warning(self, self.tr("Not saved"), error_text(gui_translate, error))
            return
        self.reload()

    def export_plan(self, kind: str) -> None:
        loaded = self.loaded
        if loaded is None:
            return
        pattern = self.tr("Excel workbook (*.xlsx)") if kind == "xlsx" else self.tr("PDF (*.pdf)")
        path = self.ask_path("save", pattern)
        if not path:
            return
        if kind == "xlsx":
            self._write(
                lambda: preparedness.export_plan(
                    Path(path), loaded.data, loaded.result, gui_translate
                ),
                path,
            )
        else:
            sheets = preparedness.plan_sheets(loaded.data, loaded.result, gui_translate)
            self._write(lambda: write_plan_pdf(Path(path), sheets, gui_translate), path)

    def _write(self, write: Callable[[], object], path: str) -> None:
        try:
            write()
        except (FileWriteError, OSError) as exc:
            QMessageBox.warning(
                self, self.title(), write_error(Path(path), exc).message(gui_translate)
            )
            return
        self.status.setText(self.tr("Saved {path}").format(path=path))

    # -- dialogs (tests replace these) --------------------------------------------------
    def _ask_path(self, mode: str, pattern: str) -> str:
        if mode == "open":
            name, _ = QFileDialog.getOpenFileName(self, self.title(), "", pattern)
        else:
            name, _ = QFileDialog.getSaveFileName(self, self.title(), "", pattern)
        return name

    def _ask_text(self, title: str, label: str, default: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label, text=default)
        return text.strip() if ok else None

    def _ask_site(self, site: Site) -> Site | None:
        dialog = SiteDialog(site, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.site()

    def _edit_weakness(self, weakness: Weakness) -> Weakness | None:
        dialog = WeaknessDialog(weakness, self.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.weakness()
