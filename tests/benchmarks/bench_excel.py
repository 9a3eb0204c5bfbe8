"""Benchmark: the 100,000-finding contact audit against bare openpyxl writing the same cells.

The baseline writes the same values with openpyxl's write-only mode and nothing else (no
styles, no text neutralisation, no widths, wrapping, row heights, tables, colours or chart),
all findings on one sheet and each department's on its own, from rows prepared (messages
rendered) before the clock starts. The audit's time includes everything
`write_contact_audit` does, rendering the messages too. Target: at most 1.3 times the baseline.

Run: PYTHONPATH=src /work/venv/bin/python tests/benchmarks/bench_excel.py [FINDINGS]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook

from kontakt.core.contacts.codes import code_title, message_renderer
from kontakt.core.contacts.model import ContactCheckResult, ContactFinding, HrmRecord
from kontakt.core.severity import Severity
from kontakt.core.texts import untranslated
from kontakt.reports.contact_audit import write_contact_audit

DEPARTMENTS = [
    "Skule",
    "Barnehage",
    "Helse/omsorg: [vakt]",
    "Økonomi",
    "Kultur",
    "Teknisk drift",
    "Plan og bygg",
    "NAV",
    "Sentraladministrasjonen",
    "Åsane heimeteneste",
    "",
]
CODES = [
    ("invalid-phone", Severity.ERROR, "mobile"),
    ("missing-email", Severity.WARNING, "email"),
    ("duplicate-phone", Severity.WARNING, "mobile"),
    ("not-in-directory", Severity.INFO, "work_phone"),
    ("foreign-email-domain", Severity.WARNING, "email"),
]


def synthetic_result(findings: int) -> ContactCheckResult:
    """`findings` findings over half as many employees; the same every run."""
    rng = random.Random(20250301)
    people = findings // 2
    records = [
        HrmRecord(
            row=i,
            employee_id=str(100000 + i),
            name=f"Tilsett {i} Ølstad-Åsen",
            department=rng.choice(DEPARTMENTS),
            email=f"tilsett{i}@alver.kommune.no",
            mobile=f"+479{rng.randrange(1000000, 9999999)}",
        )
        for i in range(1, people + 1)
    ]
    out: list[ContactFinding] = []
    for n in range(findings):
        record = records[n % people]
        code, severity, field = CODES[rng.randrange(len(CODES))]
        value = record.mobile if field != "email" else record.email
        if n % 997 == 0:
            value = '=HYPERLINK("http://x")'  # outside data trying to be a formula
        found = ContactFinding(code, severity, record.employee_id, record.row, field, value)
        out.append(found)
    result = ContactCheckResult(
        "hrm.csv", people, records, out, {"employee_id": "Ansattnr"}, [], date(2025, 3, 1)
    )
    return result


def bare_rows(result: ContactCheckResult) -> list[list[object]]:
    message = message_renderer(untranslated)
    rows: list[list[object]] = []
    for found in result.findings:
        record = result.record_at(found.row or 1)
        rows.append(
            [
                found.severity.value,
                code_title(found.code, untranslated),
                found.code,
                found.employee_id,
                record.name,
                record.department,
                found.row,
                found.field,
                found.value,
                message(found),
            ]
        )
    return rows


def write_bare(path: Path, rows: list[list[object]]) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Findings")
    departments: dict[object, list[list[object]]] = {}
    for row in rows:
        ws.append(row)
        departments.setdefault(row[5], []).append(row)
    for number, department in enumerate(departments):
        sheet = wb.create_sheet(f"D{number}")
        for row in departments[department]:
            sheet.append(row)
    wb.save(path)


def main() -> None:
    findings = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    result = synthetic_result(findings)
    rows = bare_rows(result)
    with tempfile.TemporaryDirectory() as folder:
        bare_path, audit_path = Path(folder, "bare.xlsx"), Path(folder, "audit.xlsx")
        start = time.perf_counter()
        write_bare(bare_path, rows)
        bare = time.perf_counter() - start
        start = time.perf_counter()
        write_contact_audit(
            audit_path,
            result,
            municipality="Alver",
            translate=untranslated,
            now=datetime(2025, 3, 2, 10, 0),
        )
        audit = time.perf_counter() - start
        sizes = bare_path.stat().st_size, audit_path.stat().st_size
    print(f"findings: {findings:,} (cells written: {2 * findings * 10:,})")
    print(f"bare openpyxl write-only: {bare:.2f} s  ({sizes[0] / 1e6:.1f} MB)")
    print(f"contact audit:            {audit:.2f} s  ({sizes[1] / 1e6:.1f} MB)")
    print(f"ratio audit / bare:       {audit / bare:.2f}x  (target <= 1.30x)")


if __name__ == "__main__":
    main()
