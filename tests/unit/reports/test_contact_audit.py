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
    ("ContactAudit", "Finding"): "Funn",
    ("ContactAudit", "Employee number"): "Tilsettnr.",
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
    ("ContactAudit", "Contact check of {file}"): "Kontaktsjekk av {file}",
    ("ContactAudit", "Checked {date}"): "Sjekka {date}",
    ("ContactAudit", "Page {page} of {pages}"): "Side {page} av {pages}",
    ("ContactCodes", "Duplicate employee number"): "Tilsettnummer på fleire rader",
    ("ContactCodes", "Invalid phone number"): "Ugyldig telefonnummer",
    ("ContactCodes", "Shared phone number"): "Delt telefonnummer",
    ("ContactCodes", "Missing mobile"): "Manglar mobilnummer",
    ("ContactCodes", "Not in the number register"): "Ikkje i nummerregisteret",
    ("ContactFields", "Mobile"): "Mobilnummer",
    ("ContactFindings", '"{value}" is not a valid phone number.'): (
        "«{value}» er ikkje eit gyldig telefonnummer."
    ),
    ("Severity", "Error"): "Feil",
    ("Severity", "Warning"): "Åtvaring",
    ("Severity", "Information"): "Informasjon",
}


def nn_translate(context: str, source: str, disambiguation: str = "", n: int = -1) -> str:
    """A translate function with a few Nynorsk entries; English where it has none."""
    return NN.get((context, source), source)


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


HEADERS = [
    "Alvor",
    "Funn",
    "Kode",
    "Tilsettnr.",
    "Namn",
    "Eining",
    "Rad",
    "Felt",
    "Verdi",
    "Melding",
]


def export(
    path: Path, result: ContactCheckResult, municipality: str = "Alver", **options: object
) -> openpyxl.Workbook:
    write_contact_audit(
        path,
        result,
        municipality=municipality,
        translate=nn_translate,
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
    ws = export(tmp_path / "audit.xlsx", small_result)["Funn"]
    assert [c.value for c in ws[1]] == HEADERS
    assert ws.freeze_panes == "A2"
    (table,) = ws.tables.values()
    assert table.ref == "A1:J6"
    rows = data_rows(ws)
    assert [r[0] for r in rows] == ["Feil", "Åtvaring", "Åtvaring", "Åtvaring", "Informasjon"]
    # The finding's title in the reader's language, its code beside it.
    assert rows[0] == [
        "Feil",
        "Ugyldig telefonnummer",
        "invalid-phone",
        "1002",
        "Bjørn Bø",
        "Økonomi",
        2,
        "Mobilnummer",
        "12",
        "«12» er ikkje eit gyldig telefonnummer.",
    ]
    assert [r[1] for r in rows[1:]] == [
        "Delt telefonnummer",
        "Delt telefonnummer",
        "Manglar mobilnummer",
        "Ikkje i nummerregisteret",
    ]
    assert ws.column_dimensions["J"].width > 13  # the messages are readable without dragging


def test_each_department_sheet_holds_that_departments_findings(
    tmp_path: Path, small_result: ContactCheckResult
) -> None:
    wb = export(tmp_path / "audit.xlsx", small_result)
    school = data_rows(wb["Skule"])
    assert [(r[3], r[4], r[8]) for r in school] == [
        ("1001", "Åse Ølstad", "+4791234567"),
        ("1005", "Eli Eide", "+4791234567"),
    ]
    assert [c.value for c in wb["Skule"][1]] == HEADERS
    assert [r[3] for r in data_rows(wb["(inga eining)"])] == ["1004"]
    assert next(iter(wb["Økonomi"].tables.values())).ref == "A1:J2"


def test_summary_gives_the_facts_counts_and_a_chart(
    tmp_path: Path, small_result: ContactCheckResult
) -> None:
    ws = export(tmp_path / "audit.xlsx", small_result)["Samandrag"]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[0][0] == "Kontaktsjekk for Alver"
    assert ["Kommune", "Alver"] in values
    assert ["Source file", "hrm-eksport.csv"] in values
    assert ["Date of the check", datetime(2025, 3, 1)] in values
    assert ["Exported", datetime(2025, 3, 2, 10, 30)] in values
    assert ["Rows read", 5] in values
    assert ["Feil", 1] in values and ["Åtvaring", 3] in values and ["Informasjon", 1] in values
    assert ["Delt telefonnummer", 2] in values and ["Ugyldig telefonnummer", 1] in values
    skipped = ["E-mail address outside the municipality's domains", "foreign-email-domain"]
    assert skipped in values
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
    assert [(r[4], r[5], r[8]) for r in rows] == [(v, v, v) for v in values]


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
    named = {data_rows(wb[s])[0][5] for s in wb.sheetnames[2:4]}
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


def test_every_sheet_prints_on_a4_one_page_wide_with_header_rows_repeated(
    tmp_path: Path, small_result: ContactCheckResult
) -> None:
    wb = export(tmp_path / "audit.xlsx", small_result)
    for ws in wb.worksheets:
        assert ws.page_setup.paperSize == 9  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    # The tables are wider than an upright page: on its side, the header on every page.
    for name in wb.sheetnames[1:]:
        assert wb[name].page_setup.orientation == "landscape"
        assert wb[name].print_title_rows == "$1:$1"
    # ... and narrow enough that fitting them to the page leaves the text readable.
    widths = [wb["Funn"].column_dimensions[c].width for c in "ABCDEFGHIJ"]
    assert sum(widths) <= 170


def test_printed_pages_say_what_when_and_which_page_of_how_many(
    tmp_path: Path, small_result: ContactCheckResult
) -> None:
    wb = export(tmp_path / "audit.xlsx", small_result)
    for ws in wb.worksheets:
        header, footer = ws.oddHeader, ws.oddFooter
        assert header.left.text == "Kontaktsjekk for Alver"
        assert header.center.text == "&A"  # the sheet: which department's pages
        assert header.right.text == "Sjekka 01.03.2025"
        assert footer.center.text == "Side &P av &N"


def test_rows_are_coloured_by_severity_with_conditional_formatting(
    tmp_path: Path, small_result: ContactCheckResult
) -> None:
    ws = export(tmp_path / "audit.xlsx", small_result)["Funn"]
    rules = {
        rule.formula[0]: (rule.dxf.fill.fgColor.rgb[-6:], rule.dxf.font.color.rgb[-6:])
        for formatting in ws.conditional_formatting
        for rule in formatting.rules
    }
    assert rules == {
        '$A2="Feil"': ("FFC7CE", "9C0006"),
        '$A2="Åtvaring"': ("FFEB9C", "7A4500"),
        '$A2="Informasjon"': ("DDEBF7", "1F4E78"),
    }
    (formatting,) = {str(f.sqref) for f in ws.conditional_formatting}
    assert formatting == "A2:J6"  # every row of the table, every column


def test_long_messages_wrap_in_a_row_tall_enough_for_them(tmp_path: Path) -> None:
    record = HrmRecord(1, "1001", name="Åse Ølstad", department="Skule", mobile="12")
    result = make_result([record], [finding(record, "invalid-phone", "12 " * 40, Severity.ERROR)])
    ws = export(tmp_path / "audit.xlsx", result)["Funn"]
    message = ws["J2"]
    assert message.alignment.wrap_text
    lines = ws.row_dimensions[2].height / 15
    assert lines * (ws.column_dimensions["J"].width - 2) >= len(message.value)
    assert not ws["D2"].alignment.wrap_text  # short values stay plain cells


def test_without_a_municipality_the_title_names_the_file(
    tmp_path: Path, small_result: ContactCheckResult
) -> None:
    wb = export(tmp_path / "audit.xlsx", small_result, municipality="")
    assert wb["Samandrag"]["A1"].value == "Kontaktsjekk av hrm-eksport.csv"
    assert wb["Funn"].oddHeader.left.text == "Kontaktsjekk av hrm-eksport.csv"
    assert wb.properties.title == "Kontaktsjekk av hrm-eksport.csv"


def test_numbers_and_dates_in_messages_are_written_as_for_a_sentence(tmp_path: Path) -> None:
    records = [
        HrmRecord(1, "1001", name="Åse Ølstad", mobile="+4791234567", end_date="2025-01-31"),
        HrmRecord(2, "1002", name="Bjørn Bø", mobile="91234567"),
    ]
    findings = [
        ContactFinding(
            "duplicate-phone",
            Severity.WARNING,
            "1002",
            2,
            "mobile",
            "91234567",
            {"e164": "+4791234567", "others": "1001"},
        ),
        ContactFinding(
            "ended-has-number",
            Severity.WARNING,
            "1001",
            1,
            "work_phone",
            "+4756370000",
            {"end_date": "2025-01-31"},
        ),
    ]
    rows = data_rows(export(tmp_path / "audit.xlsx", make_result(records, findings))["Funn"])
    assert [row[9] for row in rows] == [
        "91 23 45 67 is also given for employee number 1001.",
        "The employment ended 31.01.2025, but the number register still has 56 37 00 00 "
        "for the employee.",
    ]
