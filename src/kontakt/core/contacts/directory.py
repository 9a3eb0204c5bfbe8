"""The telephony directory: the numbers IKTNH has registered for the municipality.

It comes from the API or as a CSV export with the header `number;type;employee_id;name;site`;
`type` is `mobile`, `desk`, `softphone` or `function` (a shared number not tied to a person).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from kontakt.core.contacts import errors
from kontakt.core.contacts.csv_table import decode
from kontakt.core.contacts.errors import DirectoryError
from kontakt.core.contacts.phones import PhoneClassifier

HEADER = ("number", "type", "employee_id", "name", "site")
TYPES = ("mobile", "desk", "softphone", "function")

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


def read_directory(path: Path, phones: PhoneClassifier | None = None) -> list[DirectoryEntry]:
    """The entries of a directory CSV export; valid numbers normalised to E.164.

    `phones` is the run's classifier, if the caller has one to share.

    Raises `DirectoryError` naming the file, row and column of anything unusable.
    """
    file = path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DirectoryError(errors.UNREADABLE, file=file, reason=exc.strerror or str(exc)) \
            from exc
    text = decode(data, file, DirectoryError)
    if not text.strip():
        raise DirectoryError(errors.EMPTY_FILE, file=file)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";")
    header = tuple(cell.strip().lower() for cell in next(reader))
    if header != HEADER:
        raise DirectoryError(errors.DIRECTORY_HEADER, file=file, expected=";".join(HEADER),
                             found=";".join(header))
    phones = phones or PhoneClassifier()
    entries: list[DirectoryEntry] = []
    for number, row in enumerate(reader, start=1):
        if not any(row):
            continue
        if len(row) != len(HEADER):
            raise DirectoryError(errors.DIRECTORY_CELLS, file=file, row=number, cells=len(row))
        raw, kind, employee_id, name, site = (cell.strip() for cell in row)
        if kind not in TYPES:
            raise DirectoryError(errors.DIRECTORY_TYPE, file=file, row=number, value=kind)
        # a number the library does not judge valid is kept as written: it matches nothing
        entries.append(DirectoryEntry(phones(raw).e164 or raw, kind, employee_id, name, site))
    return entries
