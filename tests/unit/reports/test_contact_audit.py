"""The contact check's Excel audit, reopened and read as the person who gets it would."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from kontakt.core.contacts.model import ContactCheckResult, ContactFinding, HrmRecord
from kontakt.core.severity import Severity
from kontakt.reports.contact_audit import write_contact_audit
from kontakt.reports.excel import ReportCancelled

NN = {
    ("ContactAudit", "Severity"): "Alvor",
    ("ContactAudit", "Code"): "Kode",
    ("ContactAudit", "Employee ID"): "Tilsettnr.",
    ("ContactAudit", "Name"): "Namn",
    ("ContactAudit", "Department"): "Eining",
    ("ContactAudit", "Row"): "Rad",
    ("ContactAudit", "Field"): "Felt",
    ("ContactAudit", "Value"): "Verdi",
    ("ContactAudit", "Message"): "Melding",
    ("ContactAudit", "Summary"): "Samandrag",
    ("ContactAudit", "Findings"): "Funn",
    ("ContactAudit", "(no department)"): "(inga eining)",
    ("ContactAudit", "Municipality"): "Kommune",
    ("ContactAudit", "Contact check for {municipality}"): "Kontaktsjekk for {municipality}",
    ("Severity", "Error"): "Feil",
    ("Severity", "Warning"): "Åtvaring",
    ("Severity", "Information"): "Informasjon",
}


def nn_translate(context: str, source: str, disambiguation: str = "", n: int = -1) -> str:
    """A translate function with a few Nynorsk entries; English where it has none."""
    return NN.get((context, source), source)


def finding_message(finding: ContactFinding) -> str:
    """Stands in for the check's translated message catalogue."""
    return f"Funn {finding.code} på rad {finding.row}"


def make_result(records: list[HrmRecord], findings: list[ContactFinding]) -> ContactCheckResult:
    return ContactCheckResult(
        source="hrm-eksport.csv",
        rows=len(records),
        records=records,
        findings=findings,
        mapping={"employee_id": "Tilsettnr", "mobile": "Mobil"},
        skipped_checks=["foreign-email-domain"],
        today=date(2025, 3, 1),
    )


def finding(record: HrmRecord, code: str, value: str, severity: Severity) -> ContactFinding:
    return ContactFinding(code, severity, record.employee_id, record.row, "mobile", value)


@pytest.fixture
def small_result() -> ContactCheckResult:
    """Five employees in four departments (one blank), findings of every severity."""
    records = [
        HrmRecord(1, "1001", name="Åse Ølstad", department="Skule", mobile="+4791234567"),
        HrmRecord(2, "1002", name="Bjørn Bø", department="Økonomi", mobile="12"),
        HrmRecord(3, "1003", name="Cato Ås", department="Barnehage", mobile=""),
        HrmRecord(4, "1004", name="Dina Dal", department="", mobile="99"),
        HrmRecord(5, "1005", name="Eli Eide", department="Skule", mobile="+4791234567"),
    ]
    findings = [
        finding(records[0], "duplicate-phone", "+4791234567", Severity.WARNING),
        finding(records[4], "duplicate-phone", "+4791234567", Severity.WARNING),
        finding(records[1], "invalid-phone", "12", Severity.ERROR),
        finding(records[2], "missing-mobile", "", Severity.WARNING),
        finding(records[3], "not-in-directory", "99", Severity.INFO),
    ]
    return make_result(records, findings)


HEADERS = ["Alvor", "Kode", "Tilsettnr.", "Namn", "Eining", "Rad", "Felt", "Verdi", "Melding"]


def export(path: Path, result: ContactCheckResult, **options: object) -> openpyxl.Workbook:
    write_contact_audit(
        path,
        result,
        municipality="Alver",
        translate=nn_translate,
        message=finding_message,
        now=datetime(2025, 3, 2, 10, 30),
        **options,  # type: ignore[arg-type]
    )
    return openpyxl.load_workbook(path)


def data_rows(ws: openpyxl.worksheet.worksheet.Worksheet) -> list[list[object]]:
    return [[c.value for c in row] for row in ws.iter_rows(min_row=2) if row[0].value]


def test_sheets_are_summary_findings_then_departments_in_norwegian_order(
    tmp_path: Path, small_result: ContactCheckResult
) -> None:
    wb = export(tmp_path / "audit.xlsx", small_result)
    assert wb.sheetnames == [
        "Samandrag",
        "Funn",
        "Barnehage",
        "Skule",
        "Økonomi",
        "(inga eining)",
    ]


def test_findings_sheet_is_a_filterable_table_in_the_users_language(
    tmp_path: Path, small_result: ContactCheckResult
) -> None:
    labels = {"mobile": "Mobilnummer"}
    ws = export(tmp_path / "audit.xlsx", small_result, field_label=labels.__getitem__)["Funn"]
    assert [c.value for c in ws[1]] == HEADERS
    assert ws.freeze_panes == "A2"
    (table,) = ws.tables.values()
    assert table.ref == "A1:I6"
    rows = data_rows(ws)
    assert [r[0] for r in rows] == ["Feil", "Åtvaring", "Åtvaring", "Åtvaring", "Informasjon"]
    assert rows[0] == [
        "Feil",
        "invalid-phone",
        "1002",
        "Bjørn Bø",
        "Økonomi",
        2,
        "Mobilnummer",
        "12",
        "Funn invalid-phone på rad 2",
    ]
    assert ws.column_dimensions["I"].width > 13  # the messages are readable without dragging


def test_each_department_sheet_holds_that_departments_findings(
    tmp_path: Path, small_result: ContactCheckResult
) -> None:
    wb = export(tmp_path / "audit.xlsx", small_result)
    school = data_rows(wb["Skule"])
    assert [(r[2], r[3], r[7]) for r in school] == [
        ("1001", "Åse Ølstad", "+4791234567"),
        ("1005", "Eli Eide", "+4791234567"),
    ]
    assert [c.value for c in wb["Skule"][1]] == HEADERS
    assert [r[2] for r in data_rows(wb["(inga eining)"])] == ["1004"]
    assert next(iter(wb["Økonomi"].tables.values())).ref == "A1:I2"


def test_summary_gives_the_facts_counts_and_a_chart(
    tmp_path: Path, small_result: ContactCheckResult
) -> None:
    ws = export(tmp_path / "audit.xlsx", small_result, code_title=lambda code: code.upper())[
        "Samandrag"
    ]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[0][0] == "Kontaktsjekk for Alver"
    assert ["Kommune", "Alver"] in values
    assert ["Source file", "hrm-eksport.csv"] in values
    assert ["Date of the check", datetime(2025, 3, 1)] in values
    assert ["Exported", datetime(2025, 3, 2, 10, 30)] in values
    assert ["Rows read", 5] in values
    assert ["Feil", 1] in values and ["Åtvaring", 3] in values and ["Informasjon", 1] in values
    assert ["DUPLICATE-PHONE", 2] in values and ["INVALID-PHONE", 1] in values
    assert ["FOREIGN-EMAIL-DOMAIN", "foreign-email-domain"] in values
    (chart,) = ws._charts
    assert len(chart.series) == 1


def test_outside_text_never_becomes_a_formula(tmp_path: Path) -> None:
    values = ["=1+2", "+SUM(A1)", "-3+4", "@cmd", "\tx", "+4791234567"]
    records = [
        HrmRecord(i, str(1000 + i), name=value, department=value, mobile=value)
        for i, value in enumerate(values, 1)
    ]
    findings = [finding(r, "invalid-phone", r.mobile, Severity.ERROR) for r in records]
    wb = export(tmp_path / "audit.xlsx", make_result(records, findings))
    for sheet in wb.sheetnames[1:]:
        for row in wb[sheet].iter_rows():
            assert all(c.data_type != "f" for c in row)
    rows = data_rows(wb["Funn"])
    assert [(r[3], r[4], r[7]) for r in rows] == [(v, v, v) for v in values]


def test_department_names_from_outside_become_legal_distinct_sheets(tmp_path: Path) -> None:
    records = [
        HrmRecord(1, "1", name="Ås", department="Helse/omsorg: [vakt]*"),
        HrmRecord(2, "2", name="Bø", department="Helse-omsorg (vakt)"),
        HrmRecord(3, "3", name="Æ", department="Samandrag"),
    ]
    findings = [finding(r, "missing-mobile", "", Severity.WARNING) for r in records]
    wb = export(tmp_path / "audit.xlsx", make_result(records, findings))
    assert wb.sheetnames == [
        "Samandrag",
        "Funn",
        "Helse-omsorg (vakt)",
        "Helse-omsorg (vakt) (2)",
        "Samandrag (2)",
    ]
    named = {data_rows(wb[s])[0][4] for s in wb.sheetnames[2:4]}
    assert named == {"Helse/omsorg: [vakt]*", "Helse-omsorg (vakt)"}


def test_no_findings_still_gives_a_complete_workbook(tmp_path: Path) -> None:
    result = make_result([HrmRecord(1, "1", name="Ås")], [])
    wb = export(tmp_path / "audit.xlsx", result)
    assert wb.sheetnames == ["Samandrag", "Funn"]
    assert [c.value for c in wb["Funn"][1]] == HEADERS
    assert len(wb["Samandrag"]._charts) == 1


def test_progress_reaches_the_total_and_cancel_leaves_no_file(
    tmp_path: Path, small_result: ContactCheckResult
) -> None:
    seen: list[tuple[int, int]] = []
    export(tmp_path / "audit.xlsx", small_result, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (10, 10)  # each finding is written twice: in all and in its department

    target = tmp_path / "cancelled.xlsx"
    with pytest.raises(ReportCancelled):
        export(target, small_result, cancel=lambda: True)
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["audit.xlsx"]
