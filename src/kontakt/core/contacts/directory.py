"""The telephony directory: the numbers IKTNH has registered for the municipality.

It comes from the API or as a CSV export with the header `number;type;employee_id;name;site`;
`type` is `mobile`, `desk`, `softphone` or `function` (a shared number not tied to a person).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kontakt.core.contacts import errors
from kontakt.core.contacts.errors import DirectoryError
from kontakt.core.contacts.model import LazySequence
from kontakt.core.contacts.phones import PhoneClassifier
from kontakt.core.reasons import os_reason
from kontakt.core.tables import errors as table_errors
from kontakt.core.tables.csv_table import decode, lines, plain_table
from kontakt.core.texts import QT_TRANSLATE_NOOP

HEADER = ("number", "type", "employee_id", "name", "site")
TYPES = ("mobile", "desk", "softphone", "function")
TYPE_NAMES = {
    "mobile": QT_TRANSLATE_NOOP("DirectoryTypes", "mobile"),
    "desk": QT_TRANSLATE_NOOP("DirectoryTypes", "desk phone"),
    "softphone": QT_TRANSLATE_NOOP("DirectoryTypes", "softphone"),
    "function": QT_TRANSLATE_NOOP("DirectoryTypes", "shared function number"),
}
"""The number types in words, for people (context "DirectoryTypes")."""

HRM_FIELD_OF_TYPE = {"mobile": "mobile", "desk": "work_phone", "softphone": "work_phone"}
"""Which HRM field holds a number of each directory type (function numbers: none)."""


@dataclass(frozen=True, slots=True)
class DirectoryEntry:
    """One registered number; `number` in E.164 (when valid), `employee_id` empty for
    function numbers."""

    number: str
    type: str
    employee_id: str = ""
    name: str = ""
    site: str = ""


class DirectoryColumns(LazySequence[DirectoryEntry]):
    """Directory entries held as columns (one list per field), made into entries on demand.

    What `read_directory_columns` gives: a directory of 100,000 numbers read without an
    object per entry; the check reads the columns themselves. `names` and `sites` are held
    as read (an entry has them stripped).
    """

    __slots__ = ("employee_ids", "keys", "names", "numbers", "sites", "types")

    def __init__(
        self,
        numbers: list[str],
        types: list[str],
        employee_ids: list[str],
        names: list[str],
        sites: list[str],
        keys: list[str | None] | None = None,
    ) -> None:
        self.numbers, self.types, self.employee_ids = numbers, types, employee_ids
        self.names, self.sites = names, sites
        self.keys = keys
        """`phones.text_key` of each number, when the reader had them at hand."""

    def __len__(self) -> int:
        return len(self.numbers)

    def _item(self, index: int) -> DirectoryEntry:
        return DirectoryEntry(
            self.numbers[index],
            self.types[index],
            self.employee_ids[index],
            self.names[index].strip(),
            self.sites[index].strip(),
        )

    def __iter__(self) -> Iterator[DirectoryEntry]:
        # one entry a row in C: the check's callers iterate over the whole directory
        return map(
            DirectoryEntry,
            self.numbers,
            self.types,
            self.employee_ids,
            map(str.strip, self.names),
            map(str.strip, self.sites),
        )


def read_directory(path: Path, phones: PhoneClassifier | None = None) -> list[DirectoryEntry]:
    """The entries of a directory CSV export; valid numbers normalised to E.164.

    `phones` is the run's classifier, if the caller has one to share.

    Raises `DirectoryError` naming the file, row and column of anything unusable.
    """
    return list(read_directory_columns(path, phones))


def read_directory_columns(path: Path, phones: PhoneClassifier | None = None) -> DirectoryColumns:
    """`read_directory`, the entries held as columns."""
    file = str(path)  # as given: the HRM export may have the same base name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DirectoryError(table_errors.UNREADABLE, file=file, reason=os_reason(exc)) from exc
    text = decode(data, file, DirectoryError)
    del data
    if not text or text.isspace():
        raise DirectoryError(table_errors.EMPTY_FILE, file=file)
    columns = _plain_columns(text, file) or _csv_columns(text, file)
    del text
    raw, kinds, employee_ids, names, sites = columns
    # a number the library does not judge valid is kept as written: it matches nothing
    numbers, keys = (phones or PhoneClassifier()).normal_forms(raw)
    return DirectoryColumns(numbers, kinds, employee_ids, names, sites, keys)


def _plain_columns(text: str, file: str) -> list[list[str]] | None:
    """The columns of a directory that is a plain table (see `plain_table`) with a known
    type in every row; None for any other (the csv module reads it and says what is
    wrong)."""
    plain = plain_table(text, ";")
    if plain is None:
        return None
    header, columns = plain
    _check_header(header, file)
    # names and sites only go into entries: stripped there, when an entry is made
    columns[:3] = [list(map(str.strip, cells)) for cells in columns[:3]]
    if sum(map(columns[1].count, TYPES)) != len(columns[1]):
        return None
    return columns


def _csv_columns(text: str, file: str) -> list[list[str]]:
    """The columns of a directory read by the csv module; raises for an unusable row."""
    reader = csv.reader(lines(text), delimiter=";")
    _check_header(next(reader), file)
    rows = list(reader)
    width = len(HEADER)
    columns = [
        list(map(str.strip, cells)) if j < 3 else list(cells)
        for j, cells in enumerate(zip(*rows, strict=False))
    ]
    if not rows:
        columns = [[] for _ in HEADER]
    # (zip stops at the shortest row: `width` columns means no row is shorter)
    if (
        len(columns) != width
        or max(map(len, rows), default=width) != width
        or sum(map(columns[1].count, TYPES)) != len(rows)
    ):
        columns = _checked_columns(rows, file)  # a blank, short, long or wrong row: find it
    return columns


def _check_header(cells: list[str], file: str) -> None:
    header = tuple(cell.strip().lower() for cell in cells)
    if header != HEADER:
        raise DirectoryError(
            errors.DIRECTORY_HEADER, file=file, expected=";".join(HEADER), found=";".join(header)
        )


def _checked_columns(rows: list[list[str]], file: str) -> list[list[str]]:
    """The columns of the non-blank rows, row by row; raises for the first unusable row."""
    columns: list[list[str]] = [[] for _ in HEADER]
    for number, row in enumerate(rows, start=1):
        if not any(row):
            continue
        if len(row) != len(HEADER):
            raise DirectoryError(errors.DIRECTORY_CELLS, file=file, row=number, cells=len(row))
        cells = [cell.strip() for cell in row]
        if cells[1] not in TYPES:
            raise DirectoryError(errors.DIRECTORY_TYPE, file=file, row=number, value=cells[1])
        for column, cell in zip(columns, cells, strict=True):
            column.append(cell)
    return columns
