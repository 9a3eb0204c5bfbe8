"""The contact check's plain data: an employee row as read, a finding, the whole result.

These are what the checks produce and what the screen, the JSON output and the Excel audit
read; they hold text as the HRM export had it (after cell normalisation), never Qt or
database objects.
"""

from __future__ import annotations

import dataclasses
from abc import abstractmethod
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, TypeVar, overload

from kontakt.core.severity import Severity

if TYPE_CHECKING:
    from kontakt.core.tables.errors import InputNotice

FIELDS = (
    "employee_id",
    "given_name",
    "family_name",
    "name",
    "department",
    "title",
    "email",
    "mobile",
    "work_phone",
    "start_date",
    "end_date",
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


RECORD_FIELDS = (
    "employee_id",
    "name",
    "department",
    "title",
    "email",
    "mobile",
    "work_phone",
    "start_date",
    "end_date",
)
"""The fields of `HrmRecord` after `row`, in its order."""


_T = TypeVar("_T")


class LazySequence(Sequence[_T]):
    """A sequence whose items are made when asked for, from what the subclass holds.

    Indexing (negative indices, the range check) and slicing are done here; a subclass
    says how long it is and makes the item at a valid index (`_item`).
    """

    __slots__ = ()

    @abstractmethod
    def _item(self, index: int) -> _T:
        """The item at `index`, 0 <= index < len(self)."""

    @overload
    def __getitem__(self, index: int) -> _T: ...

    @overload
    def __getitem__(self, index: slice) -> list[_T]: ...

    def __getitem__(self, index: int | slice) -> _T | list[_T]:
        length = len(self)
        if isinstance(index, slice):
            return [self._item(i) for i in range(*index.indices(length))]
        if index < 0:
            index += length
        if not 0 <= index < length:
            raise IndexError(f"{type(self).__name__} index out of range")
        return self._item(index)

    def __iter__(self) -> Iterator[_T]:
        return map(self._item, range(len(self)))


class HrmRecords(LazySequence[HrmRecord]):
    """The records of an export, held as one column of cells per field.

    A large export is checked column by column, and one list per field takes far less
    memory than a record object per row; a record is made when it is asked for (it is
    equal to, not the same object as, the one asked for before). Record n (0-based) is
    data row n + 1. Cells are held as read and stripped of surrounding blanks when a
    record or a column is asked for. A field without a column is empty in every record;
    `name`, when the export has given and family names but no full name, joins them.
    """

    __slots__ = ("_columns", "_family", "_given", "_length", "_stripped")

    def __init__(
        self,
        length: int,
        columns: Mapping[str, Sequence[str]],
        given: Sequence[str] | None = None,
        family: Sequence[str] | None = None,
    ) -> None:
        self._length = length
        self._columns = dict(columns)
        self._stripped: set[str] = set()
        self._given, self._family = given, family

    def column(self, field: str) -> Sequence[str] | None:
        """The texts of `field` (stripped), one a row; None when every row leaves it empty.

        Not for `name` when it is joined from given and family names.
        """
        cells = self._columns.get(field)
        if cells is not None and field not in self._stripped:
            # strip() returns the text itself when there is nothing to strip: no copies
            cells = self._columns[field] = list(map(str.strip, cells))
            self._stripped.add(field)
        return cells

    def __len__(self) -> int:
        return self._length

    def _item(self, index: int) -> HrmRecord:
        values = [
            column[index].strip() if column is not None else ""
            for column in map(self._columns.get, RECORD_FIELDS)
        ]
        if self._given is not None or self._family is not None:
            values[1] = self._joined_name(index)
        return HrmRecord(index + 1, *values)

    def _joined_name(self, index: int) -> str:
        given = self._given[index].strip() if self._given is not None else ""
        family = self._family[index].strip() if self._family is not None else ""
        return f"{given} {family}".strip()


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


_SLOTS = [
    getattr(ContactFinding, name).__set__
    for name in ("code", "severity", "employee_id", "row", "field", "value", "params")
]
_NEW = object.__new__


def new_finding(
    code: str,
    severity: Severity,
    employee_id: str | None,
    row: int | None,
    field: str | None,
    value: str | None,
    params: Mapping[str, str],
) -> ContactFinding:
    """`ContactFinding(...)` at half the cost, for checks that make a hundred thousand.

    A frozen dataclass sets each field through `object.__setattr__`; this fills the slots
    directly. The result is an ordinary `ContactFinding`, equal to (and hashed like) one
    made the usual way.
    """
    finding: ContactFinding = _NEW(ContactFinding)
    set_code, set_severity, set_employee, set_row, set_field, set_value, set_params = _SLOTS
    set_code(finding, code)
    set_severity(finding, severity)
    set_employee(finding, employee_id)
    set_row(finding, row)
    set_field(finding, field)
    set_value(finding, value)
    set_params(finding, params)
    return finding


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
    notices: Sequence[InputNotice] = ()
    """What the user should know about how the export was read (mixed encodings)."""

    def record_at(self, row: int) -> HrmRecord:
        """The record of 1-based data row `row`."""
        return self.records[row - 1]

    def counts_by_code(self) -> dict[str, int]:
        """Number of findings per code, codes in first-seen order."""
        counted = getattr(self.findings, "counts_by_code", None)
        if counted is not None:  # a check's own list counts without making each finding
            return dict(counted())
        counts: dict[str, int] = {}
        for finding in self.findings:
            counts[finding.code] = counts.get(finding.code, 0) + 1
        return counts

    def counts_by_severity(self) -> dict[Severity, int]:
        """Number of findings per severity (every severity present, 0 where none)."""
        counted = getattr(self.findings, "counts_by_severity", None)
        if counted is not None:
            return dict(counted())
        counts = dict.fromkeys(Severity, 0)
        for finding in self.findings:
            counts[finding.severity] += 1
        return counts
