"""The contact check's Excel audit (`--xlsx`, and the button in the contacts workspace).

Three kinds of sheet: a summary (municipality, source, dates, counts, skipped checks and a
chart of findings by code), every finding as a filterable table, and one table per
department so each can be handed to the person who answers for it. Texts come translated
through the caller's `translate` and `message`; this module knows no message catalogue.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from kontakt.core.collation import norwegian_key
from kontakt.core.contacts.model import ContactCheckResult, ContactFinding, HrmRecord
from kontakt.core.severity import Severity
from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate, render
from kontakt.reports.cells import CellValue
from kontakt.reports.excel import BarChartSpec, Column, SummaryBlock, WorkbookBuilder

Row = list[CellValue]

_HEADING = QT_TRANSLATE_NOOP("ContactAudit", "Contact check for {municipality}")


def write_contact_audit(
    path: Path,
    result: ContactCheckResult,
    *,
    municipality: str,
    translate: Translate,
    message: Callable[[ContactFinding], str],
    field_label: Callable[[str], str] | None = None,
    code_title: Callable[[str], str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    now: datetime | None = None,
) -> Path:
    """Write the audit of `result` to `path` (replacing it) and return `path`.

    `message` gives a finding's text in the user's language, `field_label` an HRM field's
    and `code_title` a finding code's name (both default to the key itself). `progress(done,
    total)` counts table rows; when `cancel()` turns true the export stops with
    `kontakt.reports.excel.ReportCancelled` and no file is written. `now` is the export time
    (default: the clock).
    """
    exported = now or datetime.now()
    label = field_label or _same
    title_of = code_title or _same
    severity_word = {severity: severity.label(translate) for severity in Severity}
    columns = [
        Column(translate("ContactAudit", "Severity")),
        Column(translate("ContactAudit", "Code")),
        Column(translate("ContactAudit", "Employee ID")),
        Column(translate("ContactAudit", "Name")),
        Column(translate("ContactAudit", "Department")),
        Column(translate("ContactAudit", "Row")),
        Column(translate("ContactAudit", "Field")),
        Column(translate("ContactAudit", "Value")),
        Column(translate("ContactAudit", "Message"), max_width=90),
    ]
    no_department = translate("ContactAudit", "(no department)")
    heading = render(translate, "ContactAudit", _HEADING, {"municipality": municipality})

    people = _records_by_employee(result.records)
    rows: list[Row] = []
    by_department: dict[str, list[Row]] = {}
    # Errors first, then warnings, then information; the check's order within each.
    for finding in sorted(result.findings, key=lambda f: -f.severity.rank):
        record = _record_of(result, people, finding)
        department = record.department if record else ""
        row: Row = [
            severity_word[finding.severity],
            finding.code,
            finding.employee_id or "",
            record.name if record else "",
            department,
            finding.row,
            label(finding.field) if finding.field else "",
            finding.value or "",
            message(finding),
        ]
        rows.append(row)
        by_department.setdefault(department.strip(), []).append(row)

    total = 2 * len(rows)
    report = (lambda done: progress(done, total)) if progress is not None else None
    with WorkbookBuilder(title=heading, created=exported, progress=report, cancel=cancel) as book:
        blocks, chart = _summary(result, translate, municipality, exported, severity_word, title_of)
        book.add_summary_sheet(translate("ContactAudit", "Summary"), heading, blocks, chart=chart)
        book.add_table_sheet(translate("ContactAudit", "Findings"), columns, rows)
        for department in sorted(by_department, key=_department_order):
            book.add_table_sheet(department or no_department, columns, by_department[department])
        return book.save(path)


def _summary(
    result: ContactCheckResult,
    translate: Translate,
    municipality: str,
    exported: datetime,
    severity_word: dict[Severity, str],
    title_of: Callable[[str], str],
) -> tuple[list[SummaryBlock], BarChartSpec]:
    by_code = sorted(result.counts_by_code().items(), key=lambda item: (-item[1], item[0]))
    skipped: Sequence[tuple[str, CellValue]] = [
        (title_of(code), code) for code in result.skipped_checks
    ] or [(translate("ContactAudit", "None"), None)]
    blocks = [
        SummaryBlock(
            None,
            [
                (translate("ContactAudit", "Municipality"), municipality),
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
            [(title_of(code), count) for code, count in by_code],
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


def _same(key: str) -> str:
    return key
