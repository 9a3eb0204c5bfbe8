"""Reading an HRM export (CSV or spreadsheet) into `HrmRecord`s under a column mapping.

`read_table` gives the header and the data rows as text, whatever the file's format;
`to_records` picks the mapped columns out of each row. Every problem with the file is an
`HrmImportError` that says what and where.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from kontakt.core.contacts import errors
from kontakt.core.contacts.csv_table import read_csv
from kontakt.core.contacts.errors import HrmImportError
from kontakt.core.contacts.model import HrmRecord
from kontakt.core.contacts.xlsx_table import read_workbook

_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
"""The start of an old binary Excel (.xls) file, which calamine reads too."""
_ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class Table:
    """An export's header (stripped) and its data rows (data row n is `rows[n - 1]`)."""

    file: str
    headers: list[str]
    rows: list[list[str]]


def read_table(path: Path, sheet: str | None = None) -> Table:
    """The header and data rows of `path`: CSV text, or a workbook's sheet (default first).

    The format is told by the content, not the file name. Raises `HrmImportError` for a
    file that cannot be read, is empty, binary, a refused workbook, has only a header, or
    a row with more (non-empty) cells than the header has columns.
    """
    file = path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise HrmImportError(errors.UNREADABLE, file=file, reason=exc.strerror or str(exc)) \
            from exc
    if not data:
        raise HrmImportError(errors.EMPTY_FILE, file=file)
    if data.startswith((_ZIP_MAGIC, _OLE_MAGIC)):
        del data  # the workbook reader opens the file itself
        rows = read_workbook(path, sheet)
    else:
        rows = read_csv(path, data)
    if not rows:
        raise HrmImportError(errors.EMPTY_FILE, file=file)
    headers = [header.strip() for header in rows[0]]
    data_rows = rows[1:]
    if not data_rows:
        raise HrmImportError(errors.NO_DATA_ROWS, file=file)
    width = len(headers)
    for number, row in enumerate(data_rows, start=1):
        if len(row) > width and any(cell.strip() for cell in row[width:]):
            raise HrmImportError(errors.RAGGED_ROW, file=file, row=number, cells=len(row),
                                 columns=width)
    return Table(file, headers, data_rows)


def to_records(table: Table, mapping: Mapping[str, str]) -> list[HrmRecord]:
    """One record a data row, the mapped cells stripped of surrounding blanks.

    Where the export has given and family names but no full name, `name` joins them.
    Short rows are read as if the missing cells were empty.
    """
    index = {name: table.headers.index(header) for name, header in mapping.items()}
    width = len(table.headers)
    columns = [index.get(name, width) for name in _RECORD_FIELDS]
    given, family = index.get("given_name", width), index.get("family_name", width)
    joined = "name" not in index and ("given_name" in index or "family_name" in index)
    empty = [""] * (width + 1)
    records: list[HrmRecord] = []
    append = records.append
    for number, row in enumerate(table.rows, start=1):
        if len(row) != width + 1:
            row = (row + empty)[: width + 1]  # one spare empty cell for unmapped fields
        employee_id, name, department, title, email, mobile, work, start, end = (
            row[i].strip() for i in columns)
        if joined:
            name = f"{row[given].strip()} {row[family].strip()}".strip()
        append(HrmRecord(number, employee_id, name, department, title, email, mobile, work,
                         start, end))
    return records


_RECORD_FIELDS: Sequence[str] = (
    "employee_id", "name", "department", "title", "email", "mobile", "work_phone",
    "start_date", "end_date")
"""The fields of `HrmRecord` after `row`, in its order."""
