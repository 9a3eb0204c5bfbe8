"""The results of a check: summary with a chart by department, filters, table and detail.

The selected finding stays selected (and in the detail pane) while the table is sorted and
filtered. A filter that leaves nothing shows a hint with a way out in the table's place;
"Clear filters" (also Escape in the search field) shows everything again, and a bar of the
chart filters to its department (choosing it again clears that).
"""

from __future__ import annotations

import html
from collections import Counter

from PySide6.QtCore import QDate, QEvent, QItemSelection, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kontakt.core.collation import norwegian_key
from kontakt.core.contacts.codes import code_title, field_name
from kontakt.core.contacts.directory import TYPE_NAMES, DirectoryEntry
from kontakt.core.contacts.members import PatternMember
from kontakt.core.contacts.model import RECORD_FIELDS, ContactCheckResult, ContactFinding
from kontakt.core.phone_text import national_form
from kontakt.core.severity import Severity
from kontakt.i18n import gui_translate as _translate
from kontakt.ui.widgets.bar_chart import BarChart
from kontakt.ui.workspaces.contacts.findings_model import FindingsFilter, FindingsModel

CHART_DEPARTMENTS = 12


def type_name(number_type: str) -> str:
    """A register number's type in the user's language (as written when unknown)."""
    source = TYPE_NAMES.get(number_type)
    return _translate("DirectoryTypes", source) if source else number_type


class ResultsView(QWidget):
    """Everything shown once a check has run. `selection_changed` carries the finding."""

    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: ContactCheckResult | None = None
        self.directory: list[DirectoryEntry] = []
        self.members: list[PatternMember] = []

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart_title = QLabel()
        self.chart = BarChart()
        self.chart.setObjectName("departmentChart")
        self.chart.bar_activated.connect(self._choose_department)
        self._chart_departments: list[str] = []
        summary = QGridLayout()
        summary.addWidget(self.summary_label, 0, 0, 2, 1)
        summary.addWidget(self.chart_title, 0, 1)
        summary.addWidget(self.chart, 1, 1)
        summary.setColumnStretch(0, 1)
        summary.setColumnStretch(1, 1)

        self.severity_filter = QComboBox()
        self.code_filter = QComboBox()
        self.department_filter = QComboBox()
        for box in (self.severity_filter, self.code_filter, self.department_filter):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.text_filter = QLineEdit()
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.installEventFilter(self)
        self.text_filter.setMinimumWidth(self.text_filter.fontMetrics().averageCharWidth() * 24)
        QShortcut(QKeySequence.StandardKey.Find, self, self.text_filter.setFocus)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear_filters)
        self.count_label = QLabel()
        self.severity_label = QLabel()
        self.severity_label.setBuddy(self.severity_filter)
        self.code_label = QLabel()
        self.code_label.setBuddy(self.code_filter)
        self.department_label = QLabel()
        self.department_label.setBuddy(self.department_filter)
        filters = QHBoxLayout()
        for label, widget in (
            (self.severity_label, self.severity_filter),
            (self.code_label, self.code_filter),
            (self.department_label, self.department_filter),
        ):
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.text_filter, 1)
        filters.addWidget(self.clear_button)
        for box in (self.severity_filter, self.code_filter, self.department_filter):
            box.currentIndexChanged.connect(self._apply_filter)
        self.text_filter.textChanged.connect(self._apply_filter)

        self.model = FindingsModel(self)
        self.table = QTableView()
        self.table.setObjectName("findingsTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("noFindingsShown")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_clear_button = QPushButton()  # no accelerator: the filter row's has it
        self.empty_clear_button.clicked.connect(self.clear_filters)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(empty_page)
        self.detail = QTextBrowser()
        self.detail.setObjectName("findingDetail")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table_stack)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        summary_box = QWidget()
        summary_box.setLayout(summary)
        findings_box = QWidget()
        findings_layout = QVBoxLayout(findings_box)
        findings_layout.setContentsMargins(0, 0, 0, 0)
        findings_layout.addLayout(filters)
        findings_layout.addWidget(splitter, 1)
        findings_layout.addWidget(self.count_label)  # below the table: the filter row is full
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(summary_box)
        self.splitter.addWidget(findings_box)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.retranslate()

    # -- content ----------------------------------------------------------------------------
    def show_result(
        self,
        result: ContactCheckResult,
        directory: list[DirectoryEntry],
        members: list[PatternMember],
    ) -> None:
        self.result = result
        self.directory = directory
        self.members = members
        self.model.set_result(result)
        self._fill_filters(keep=False)
        self.text_filter.blockSignals(True)
        self.text_filter.clear()
        self.text_filter.blockSignals(False)
        self._refresh_summary()
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        self._apply_filter()

    def _fill_filters(self, keep: bool = True) -> None:
        """Fill the filter boxes for the result (in the current language); with `keep`, the
        choices made stay chosen where the result still offers them."""
        result = self.result
        boxes = (self.severity_filter, self.code_filter, self.department_filter)
        chosen = [box.currentData() if keep else None for box in boxes]
        for box in boxes:
            box.blockSignals(True)
            box.clear()
        self.severity_filter.addItem(self.tr("All"), None)
        for severity in Severity:
            self.severity_filter.addItem(severity.label(_translate), severity.value)
        self.code_filter.addItem(self.tr("All"), "")
        self.department_filter.addItem(self.tr("All"), None)
        if result is not None:
            for code in sorted(
                result.counts_by_code(), key=lambda c: norwegian_key(code_title(c, _translate))
            ):
                self.code_filter.addItem(code_title(code, _translate), code)
            departments = {self.model.department_of(finding) for finding in result.findings}
            for department in sorted(departments, key=norwegian_key):
                self.department_filter.addItem(department or self.tr("(no department)"), department)
        for box, data in zip(boxes, chosen, strict=True):
            if data is not None:
                box.setCurrentIndex(max(box.findData(data), 0))
            box.blockSignals(False)

    def _apply_filter(self) -> None:
        kept = [self.model.position(i.row()) for i in self.table.selectionModel().selectedRows()]
        severity = self.severity_filter.currentData()
        self.model.set_filter(
            FindingsFilter(
                severity=Severity(severity) if severity else None,
                code=str(self.code_filter.currentData() or ""),
                department=self.department_filter.currentData(),
                text=self.text_filter.text(),
            )
        )
        for position in kept:  # the selection stays on the finding while it is shown
            row = self.model.row_of(position)
            if row is not None:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
        total = len(self.result.findings) if self.result else 0
        shown = self.model.visible_count()
        self.count_label.setText(
            self.tr("Showing {shown} of %Ln finding(s)", "", total).format(
                shown=QLocale().toString(shown)
            )
        )
        filtered = self.filters_active()
        self.clear_button.setEnabled(filtered)
        nothing_shown = self.result is not None and shown == 0
        self.table_stack.setCurrentIndex(1 if nothing_shown else 0)
        self.empty_label.setText(
            self.tr("No findings match the filters.") if filtered else self.tr("No findings.")
        )
        self.empty_clear_button.setVisible(filtered)
        department = self.department_filter.currentData()
        self.chart.set_chosen(
            self._chart_departments.index(department)
            if department in self._chart_departments
            else None
        )
        self._show_selected()

    def filters_active(self) -> bool:
        """Whether any filter narrows the table."""
        return bool(
            self.severity_filter.currentIndex() > 0
            or self.code_filter.currentIndex() > 0
            or self.department_filter.currentIndex() > 0
            or self.text_filter.text()
        )

    def clear_filters(self) -> None:
        """Show every finding again (the selected one stays selected)."""
        for box in (self.severity_filter, self.code_filter, self.department_filter):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.text_filter.blockSignals(True)
        self.text_filter.clear()
        self.text_filter.blockSignals(False)
        self._apply_filter()

    def _choose_department(self, bar: int) -> None:
        """A bar of the chart filters to its department; the chosen bar again clears that."""
        department = self._chart_departments[bar]
        if self.department_filter.currentData() == department:
            self.department_filter.setCurrentIndex(0)
        else:
            self.department_filter.setCurrentIndex(
                max(self.department_filter.findData(department), 0)
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Escape in the search field clears the filters; it reaches the field before the
        # page's own Escape (cancel) only while there is something to clear.
        if (
            watched is self.text_filter
            and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.filters_active()
        ):
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                self.clear_filters()
            return True
        return super().eventFilter(watched, event)

    def _refresh_summary(self) -> None:
        result = self.result
        if result is None:
            self.summary_label.setText(self.tr("No check has been run yet."))
            self._chart_departments = []
            self.chart.set_bars([])
            return
        locale = QLocale()
        by_severity = result.counts_by_severity()
        lines = [
            self.tr("<b>{file}</b>: %Ln row(s) read, checked {date}.", "", result.rows).format(
                file=html.escape(result.source),
                date=locale.toString(
                    QDate(result.today.year, result.today.month, result.today.day),
                    QLocale.FormatType.ShortFormat,
                ),
            )
        ]
        if not result.findings:
            lines.append(self.tr("No findings."))
        else:
            lines.append(
                " · ".join(
                    f"{s.label(_translate)}: {locale.toString(by_severity[s])}" for s in Severity
                )
            )
            lines.append(
                "<br>".join(
                    f"{html.escape(code_title(code, _translate))}: {locale.toString(count)}"
                    for code, count in sorted(
                        result.counts_by_code().items(), key=lambda item: -item[1]
                    )
                )
            )
        if result.skipped_checks:
            lines.append(
                self.tr("Not checked (no column or no input for them): {codes}").format(
                    codes=", ".join(code_title(c, _translate) for c in result.skipped_checks)
                )
            )
        self.summary_label.setText("<p>" + "</p><p>".join(lines) + "</p>")
        per_department: Counter[str] = Counter()
        for finding in result.findings:
            per_department[self.model.department_of(finding)] += 1
        largest = per_department.most_common(CHART_DEPARTMENTS)
        self._chart_departments = [department for department, _ in largest]
        self.chart.set_bars(
            [(department or self.tr("(no department)"), count) for department, count in largest]
        )

    def _show_selected(self, *_: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.result is None:
            hint = self.tr(
                "Choose a finding to see the row of the export and what it was compared with."
            )
            self.detail.setHtml(f"<p><i>{html.escape(hint)}</i></p>")
        else:
            self.detail.setHtml(self.detail_html(self.model.finding(rows[0].row())))
        self.selection_changed.emit()

    def selected_findings(self) -> list[ContactFinding]:
        return [self.model.finding(i.row()) for i in self.table.selectionModel().selectedRows()]

    def visible_findings(self) -> list[ContactFinding]:
        return [self.model.finding(row) for row in range(self.model.visible_count())]

    def detail_html(self, finding: ContactFinding) -> str:
        """The finding, its HRM row, and the register and pattern entries of the employee."""
        from kontakt.core.contacts.codes import finding_message

        parts = [
            f"<h3>{html.escape(code_title(finding.code, _translate))}</h3>",
            f"<p>{html.escape(finding_message(finding, _translate))}</p>",
        ]
        record = self.model.record_of(finding)
        if record is not None:
            heading = self.tr("Row {row} of the export").format(row=record.row)
            parts.append(f"<h4>{html.escape(heading)}</h4><table>")
            for name in RECORD_FIELDS:
                value = getattr(record, name)
                mark = " style='color:#b00020'" if name == finding.field else ""
                parts.append(
                    f"<tr><td>{html.escape(field_name(name, _translate))}</td>"
                    f"<td{mark}><b>{html.escape(value)}</b></td></tr>"
                )
            parts.append("</table>")
        employee = finding.employee_id or ""
        numbers = [e for e in self.directory if employee and e.employee_id == employee]
        if finding.value:
            numbers += [e for e in self.directory if e.number == finding.value and e not in numbers]
        if numbers:
            heading = self.tr("In the number register")
            parts.append(f"<h4>{html.escape(heading)}</h4><ul>")
            parts += [
                f"<li>{html.escape(national_form(e.number))} ({html.escape(type_name(e.type))}) – "
                f"{html.escape(e.name)}</li>"
                for e in numbers
            ]
            parts.append("</ul>")
        in_patterns = [m for m in self.members if employee and m.employee_id == employee]
        if in_patterns:
            heading = self.tr("In ring patterns")
            parts.append(f"<h4>{html.escape(heading)}</h4><ul>")
            parts += [
                f"<li>{html.escape(m.pattern_id)}: {html.escape(m.name)} "
                f"({html.escape(national_form(m.number))})</li>"
                for m in in_patterns
            ]
            parts.append("</ul>")
        return "".join(parts)

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.chart_title.setText(self.tr("Findings by department"))
        self.severity_label.setText(self.tr("&Severity:"))
        self.code_label.setText(self.tr("Fi&nding:"))
        self.department_label.setText(self.tr("&Department:"))
        self.text_filter.setPlaceholderText(self.tr("Search name, employee ID, value …"))
        self.text_filter.setAccessibleName(self.tr("Search the findings"))
        self.clear_button.setText(self.tr("C&lear filters"))
        self.clear_button.setToolTip(
            self.tr("Show all findings again (Escape in the search field)")
        )
        self.empty_clear_button.setText(self.tr("Clear filters"))
        self.chart.setAccessibleName(self.tr("Findings by department"))
        self.chart.setToolTip(
            self.tr("Click a department, or press Enter on it, to show only its findings.")
        )
        self.model.retranslate()
        self._fill_filters()
        self._refresh_summary()
        self._apply_filter()
