"""The results of a check: summary with a chart by department, filters, table and detail."""

from __future__ import annotations

import html
from collections import Counter

from PySide6.QtCore import QDate, QItemSelection, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kontakt.core.collation import norwegian_key
from kontakt.core.contacts.codes import code_title, field_name
from kontakt.core.contacts.directory import TYPE_NAMES, DirectoryEntry
from kontakt.core.contacts.members import PatternMember
from kontakt.core.contacts.model import ContactCheckResult, ContactFinding
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
        summary = QGridLayout()
        summary.addWidget(self.summary_label, 0, 0, 2, 1)
        summary.addWidget(self.chart_title, 0, 1)
        summary.addWidget(self.chart, 1, 1)
        summary.setColumnStretch(0, 1)
        summary.setColumnStretch(1, 1)

        self.severity_filter = QComboBox()
        self.code_filter = QComboBox()
        self.department_filter = QComboBox()
        self.text_filter = QLineEdit()
        self.text_filter.setClearButtonEnabled(True)
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
        filters.addWidget(self.count_label)
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
        self.detail = QTextBrowser()
        self.detail.setObjectName("findingDetail")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
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
        self._fill_filters()
        self._refresh_summary()
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        self._apply_filter()

    def _fill_filters(self) -> None:
        result = self.result
        for box in (self.severity_filter, self.code_filter, self.department_filter):
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
            departments = set()
            for finding in result.findings:
                record = self.model.record_of(finding)
                departments.add(record.department if record else "")
            for department in sorted(departments, key=norwegian_key):
                self.department_filter.addItem(department or self.tr("(no department)"), department)
        for box in (self.severity_filter, self.code_filter, self.department_filter):
            box.blockSignals(False)

    def _apply_filter(self) -> None:
        severity = self.severity_filter.currentData()
        self.model.set_filter(
            FindingsFilter(
                severity=Severity(severity) if severity else None,
                code=str(self.code_filter.currentData() or ""),
                department=self.department_filter.currentData(),
                text=self.text_filter.text(),
            )
        )
        total = len(self.result.findings) if self.result else 0
        self.count_label.setText(
            self.tr("Showing {shown} of {total} findings").format(
                shown=QLocale().toString(self.model.visible_count()),
                total=QLocale().toString(total),
            )
        )
        self._show_selected()

    def _refresh_summary(self) -> None:
        result = self.result
        if result is None:
            self.summary_label.setText(self.tr("No check has been run yet."))
            self.chart.set_bars([])
            return
        locale = QLocale()
        by_severity = result.counts_by_severity()
        lines = [
            self.tr("<b>{file}</b>: {rows} rows read, checked {date}.").format(
                file=html.escape(result.source),
                rows=locale.toString(result.rows),
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
            record = self.model.record_of(finding)
            per_department[
                record.department if record and record.department else self.tr("(no department)")
            ] += 1
        self.chart.set_bars(per_department.most_common(CHART_DEPARTMENTS))

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
            for name in (
                "employee_id",
                "name",
                "department",
                "title",
                "email",
                "mobile",
                "work_phone",
                "start_date",
                "end_date",
            ):
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
                f"<li>{html.escape(e.number)} ({html.escape(type_name(e.type))}) – "
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
                f"({html.escape(m.number)})</li>"
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
        self.model.retranslate()
        self._fill_filters()
        self._refresh_summary()
        self._apply_filter()
