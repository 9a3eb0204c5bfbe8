"""The contact check's plain data: an employee row as read, a finding, the whole result.

These are what the checks produce and what the screen, the JSON output and the Excel audit
read; they hold text as the HRM export had it (after cell normalisation), never Qt or
database objects.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from kontakt.core.severity import Severity

FIELDS = (
    "employee_id", "given_name", "family_name", "name", "department", "title",
    "email", "mobile", "work_phone", "start_date", "end_date",
)
"""The HRM fields of `spec/contacts.md`, in the order the spec lists them."""

REQUIRED_FIELDS = ("employee_id",)


@dataclass(frozen=True, slots=True)
class HrmRecord:
    """One data row of an HRM export, mapped onto the spec's fields (empty string = no value).

    `row` is the 1-based data row (the header is row 0), as findings and messages give it.
    """

    row: int
    employee_id: str
    name: str = ""
    department: str = ""
    title: str = ""
    email: str = ""
    mobile: str = ""
    work_phone: str = ""
    start_date: str = ""
    end_date: str = ""


@dataclass(frozen=True, slots=True)
class ContactFinding:
    """One finding of the contact check (`spec/contacts.md`, "Findings").

    `params` fill the placeholders of the code's message in the presentation layer.
    """

    code: str
    severity: Severity
    employee_id: str | None
    row: int | None
    field: str | None
    value: str | None
    params: Mapping[str, str] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class ContactCheckResult:
    """Everything one run of the check found, and what it was run on."""

    source: str
    """The HRM export's file name (no folder: it goes into reports)."""
    rows: int
    records: Sequence[HrmRecord]
    findings: Sequence[ContactFinding]
    mapping: Mapping[str, str]
    """field -> header in the export, for the fields that were mapped."""
    skipped_checks: Sequence[str]
    """Finding codes not checked because a field they need was not mapped."""
    today: date

    def record_at(self, row: int) -> HrmRecord:
        """The record of 1-based data row `row`."""
        return self.records[row - 1]

    def counts_by_code(self) -> dict[str, int]:
        """Number of findings per code, codes in first-seen order."""
        counts: dict[str, int] = {}
        for finding in self.findings:
            counts[finding.code] = counts.get(finding.code, 0) + 1
        return counts

    def counts_by_severity(self) -> dict[Severity, int]:
        """Number of findings per severity (every severity present, 0 where none)."""
        counts = dict.fromkeys(Severity, 0)
        for finding in self.findings:
            counts[finding.severity] += 1
        return counts
