"""The contact check's Excel audit (`--xlsx`, and the button in the contacts workspace).

Three kinds of sheet: a summary (municipality, source, dates, counts, skipped checks and a
chart of findings by code), every finding as a filterable table, and one table per
department so each can be handed to the person who answers for it. Each finding row gives
its title in the reader's language and its code in a column of its own, coloured by
severity. Texts come translated through the caller's `translate`; the finding texts are
the contact check's own (`kontakt.core.contacts.codes`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path

from kontakt.core.collation import norwegian_key
from kontakt.core.contacts.codes import CODES, FIELD_NAMES, code_title, field_name, message_renderer
from kontakt.core.contacts.model import ContactCheckResult, ContactFinding, HrmRecord
from kontakt.core.severity import Severity
from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate, render
from kontakt.reports.cells import CellValue
from kontakt.reports.excel import (
    BarChartSpec,
    Column,
    Highlight,
    PageFrame,
    SummaryBlock,
    WorkbookBuilder,
)

Row = list[CellValue]

_HEADING = QT_TRANSLATE_NOOP("ContactAudit", "Contact check for {municipality}")
_HEADING_OF_FILE = QT_TRANSLATE_NOOP("ContactAudit", "Contact check of {file}")
_CHECKED = QT_TRANSLATE_NOOP("ContactAudit", "Checked {date}")
_PAGE_OF = QT_TRANSLATE_NOOP("ContactAudit", "Page {page} of {pages}")

SEVERITY_COLOURS = {
    Severity.ERROR: ("FFC7CE", "9C0006"),
    Severity.WARNING: ("FFEB9C", "7A4500"),
    Severity.INFO: ("DDEBF7", "1F4E78"),
}
"""Background and text colour of each severity's rows (the spreadsheet programs' own
"light red", "yellow" and "light blue" highlights)."""


def write_contact_audit(
    path: Path,
    result: ContactCheckResult,
    *,
    municipality: str,
    translate: Translate,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    now: datetime | None = None,
) -> Path:
    """Write the audit of `result` to `path` (replacing it) and return `path`.

    Findings, fields and codes are named in the language of `translate`. Without a
    `municipality` the title names the checked file instead. `progress(done, total)` counts
    table rows; when `cancel()` turns true the export stops with
    `kontakt.reports.excel.ReportCancelled` and no file is written. `now` is the export
    time (default: the clock).
    """
    exported = now or datetime.now()
    message = message_renderer(translate)
    titles = {code: code_title(code, translate) for code in CODES}
    labels = {field: field_name(field, translate) for field in FIELD_NAMES}
    severity_word = {severity: severity.label(translate) for severity in Severity}
    columns = [
        Column(translate("ContactAudit", "Severity"), max_width=14),
        Column(translate("ContactAudit", "Finding"), min_width=17, max_width=32, wrap=True),
        Column(translate("ContactAudit", "Code"), min_width=12, max_width=24, wrap=True),
        Column(translate("ContactAudit", "Employee number"), max_width=14),
        Column(translate("ContactAudit", "Name"), min_width=14, max_width=28, wrap=True),
        Column(translate("ContactAudit", "Department"), min_width=12, max_width=24, wrap=True),
        Column(translate("ContactAudit", "Row"), max_width=8),
        Column(translate("ContactAudit", "Field"), min_width=15, max_width=18, wrap=True),
        Column(translate("ContactAudit", "Value"), min_width=13, max_width=30, wrap=True),
        Column(translate("ContactAudit", "Message"), min_width=38, max_width=60, wrap=True),
    ]
    highlights = [
        Highlight(0, severity_word[severity], fill, text)
        for severity, (fill, text) in SEVERITY_COLOURS.items()
    ]
    no_department = translate("ContactAudit", "(no department)")
    heading = audit_heading(result, municipality, translate)
    frame = PageFrame(
        heading,
        render(translate, "ContactAudit", _CHECKED, {"date": f"{result.today:%d.%m.%Y}"}),
        translate("ContactAudit", _PAGE_OF),
    )

    people = _records_by_employee(result.records)
    rows: list[Row] = []
    by_department: dict[str, list[Row]] = {}
    # Errors first, then warnings, then information; the check's order within each.
    for finding in sorted(result.findings, key=lambda f: -f.severity.rank):
        record = _record_of(result, people, finding)
        department = record.department if record else ""
        row: Row = [
            severity_word[finding.severity],
            titles[finding.code],
            finding.code,
            finding.employee_id or "",
            record.name if record else "",
            department,
            finding.row,
            labels.get(finding.field, finding.field) if finding.field else "",
            finding.value or "",
            message(finding),
        ]
        rows.append(row)
        by_department.setdefault(department.strip(), []).append(row)

    total = 2 * len(rows)
    report = (lambda done: progress(done, total)) if progress is not None else None
    with WorkbookBuilder(
        title=heading, created=exported, progress=report, cancel=cancel, frame=frame
    ) as book:
        blocks, chart = _summary(result, translate, municipality, exported, severity_word, titles)
        book.add_summary_sheet(translate("ContactAudit", "Summary"), heading, blocks, chart=chart)
        book.add_table_sheet(
            translate("ContactAudit", "Findings"), columns, rows, highlights=highlights
        )
        for department in sorted(by_department, key=_department_order):
            book.add_table_sheet(
                department or no_department,
                columns,
                by_department[department],
                highlights=highlights,
            )
        return book.save(path)


def audit_heading(result: ContactCheckResult, municipality: str, translate: Translate) -> str:
    """The audit's title: the municipality's contact check, or the file's without a name."""
    if municipality.strip():
        return render(translate, "ContactAudit", _HEADING, {"municipality": municipality})
    return render(translate, "ContactAudit", _HEADING_OF_FILE, {"file": result.source})


def _summary(
    result: ContactCheckResult,
    translate: Translate,
    municipality: str,
    exported: datetime,
    severity_word: dict[Severity, str],
    titles: Mapping[str, str],
) -> tuple[list[SummaryBlock], BarChartSpec]:
    by_code = sorted(result.counts_by_code().items(), key=lambda item: (-item[1], item[0]))
    skipped: Sequence[tuple[str, CellValue]] = [
        (titles[code], code) for code in result.skipped_checks
    ] or [(translate("ContactAudit", "None"), None)]
    blocks = [
        SummaryBlock(
            None,
            [
                (translate("ContactAudit", "Municipality"), municipality or None),
                (translate("ContactAudit", "Source file"), result.source),
                (translate("ContactAudit", "Date of the check"), result.today),
                (translate("ContactAudit", "Exported"), exported.replace(microsecond=0)),
                (translate("ContactAudit", "Rows read"), result.rows),
                (translate("ContactAudit", "Findings"), len(result.findings)),
            ],
        ),
        SummaryBlock(
            translate("ContactAudit", "Findings by severity"),
            [
                (severity_word[severity], count)
                for severity, count in result.counts_by_severity().items()
            ],
        ),
        SummaryBlock(
            translate("ContactAudit", "Findings by code"),
            [(titles[code], count) for code, count in by_code],
        ),
        SummaryBlock(
            translate("ContactAudit", "Not checked (no column or no input for them)"), skipped
        ),
    ]
    # By code says most; with no findings the (all-zero) severities keep a chart in place.
    chart_block = 2 if by_code else 1
    chart = BarChartSpec(blocks[chart_block].heading or "", chart_block)
    return blocks, chart


def _records_by_employee(records: Sequence[HrmRecord]) -> dict[str, HrmRecord]:
    people: dict[str, HrmRecord] = {}
    for record in records:
        people.setdefault(record.employee_id, record)
    return people


def _record_of(
    result: ContactCheckResult, people: dict[str, HrmRecord], finding: ContactFinding
) -> HrmRecord | None:
    if finding.row is not None and 0 < finding.row <= len(result.records):
        return result.record_at(finding.row)
    return people.get(finding.employee_id or "")


def _department_order(department: str) -> tuple[bool, tuple[str, str]]:
    # The findings without a department come last, after Å.
    return department == "", norwegian_key(department)
