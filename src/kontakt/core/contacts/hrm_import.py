"""Reading an HRM export (CSV or spreadsheet) into `HrmRecord`s under a column mapping.

`read_table` gives the header and the data rows as text, whatever the file's format;
`to_columns` picks the mapped columns out of the rows (`to_records`: as record objects).
Every problem with the file is an `HrmImportError` that says what and where, the file named
as it was given (an HRM export and a directory may both be `export.csv`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import overload

from kontakt.core.contacts import errors
from kontakt.core.contacts.csv_table import decode, delimiter_of, first_line, parse_csv, plain_table
from kontakt.core.contacts.errors import HrmImportError, InputNotice
from kontakt.core.contacts.model import HrmRecord, HrmRecords
from kontakt.core.reasons import os_reason

_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
"""The start of an old binary Excel (.xls) file, which calamine reads too."""
_ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class Table:
    """An export's header (stripped) and its data rows (data row n is `rows[n - 1]`), and
    what the user should know about how it was read."""

    file: str
    headers: list[str]
    rows: Sequence[list[str]]
    notices: tuple[InputNotice, ...] = ()


class ColumnRows(Sequence[list[str]]):
    """Data rows held as columns of equal length (as `plain_table` reads a CSV export)."""

    __slots__ = ("columns",)

    def __init__(self, columns: list[list[str]]) -> None:
        self.columns = columns

    def __len__(self) -> int:
        return len(self.columns[0]) if self.columns else 0

    @overload
    def __getitem__(self, index: int) -> list[str]: ...

    @overload
    def __getitem__(self, index: slice) -> list[list[str]]: ...

    def __getitem__(self, index: int | slice) -> list[str] | list[list[str]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return [column[index] for column in self.columns]


def read_table(path: Path, sheet: str | None = None) -> Table:
    """The header and data rows of `path`: CSV text, or a workbook's sheet (default first).

    The format is told by the content, not the file name. Raises `HrmImportError` for a
    file that cannot be read, is empty, binary, a refused workbook, has only a header, or
    a row with more (non-empty) cells than the header has columns, and for a `sheet` asked
    of a CSV file.
    """
    file = str(path)
    notices: list[InputNotice] = []
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise HrmImportError(errors.UNREADABLE, file=file, reason=os_reason(exc)) from exc
    if not data:
        raise HrmImportError(errors.EMPTY_FILE, file=file)
    if data.startswith((_ZIP_MAGIC, _OLE_MAGIC)):
        del data  # the workbook reader opens the file itself
        from kontakt.core.contacts.xlsx_table import read_workbook  # (not needed for CSV)

        rows = read_workbook(path, sheet)
    else:
        if sheet is not None:
            raise HrmImportError(errors.SHEET_ON_CSV, file=file, sheet=sheet)
        text = decode(data, file, notices=notices)
        del data  # the bytes are no longer needed while the rows are made
        if not text or text.isspace():
            raise HrmImportError(errors.EMPTY_FILE, file=file)
        plain = plain_table(text, delimiter_of(first_line(text)))
        if plain is not None:  # the common case: read by columns, no list per row
            del text
            header, columns = plain
            if not columns[0]:
                raise HrmImportError(errors.NO_DATA_ROWS, file=file)
            headers = [cell.strip() for cell in header]
            return Table(file, headers, ColumnRows(columns), tuple(notices))
        rows = parse_csv(text, file)
        del text
    if not rows:
        raise HrmImportError(errors.EMPTY_FILE, file=file)
    headers = [header.strip() for header in rows[0]]
    data_rows = rows[1:]
    if not data_rows:
        raise HrmImportError(errors.NO_DATA_ROWS, file=file)
    width = len(headers)
    if max(map(len, data_rows)) > width:  # a long row may have blank cells at its end
        for number, row in enumerate(data_rows, start=1):
            if len(row) > width and any(cell.strip() for cell in row[width:]):
                raise HrmImportError(
                    errors.RAGGED_ROW, file=file, row=number, cells=len(row), columns=width
                )
    return Table(file, headers, data_rows, tuple(notices))


def to_records(table: Table, mapping: Mapping[str, str]) -> list[HrmRecord]:
    """One record a data row, as `to_columns` reads them."""
    return list(to_columns(table, mapping))


def to_columns(table: Table, mapping: Mapping[str, str]) -> HrmRecords:
    """The records of the data rows, the mapped cells stripped of surrounding blanks.

    Where the export has given and family names but no full name, `name` joins them.
    Short rows are read as if the missing cells were empty. The records are held column
    by column (see `HrmRecords`); the table can be let go afterwards.
    """
    index = {name: table.headers.index(header) for name, header in mapping.items()}
    width = len(table.headers)
    rows = table.rows
    columns: Sequence[Sequence[str]]
    if isinstance(rows, ColumnRows):
        columns = rows.columns
    else:
        if min(map(len, rows), default=width) < width:  # rare: pad only then, into a copy
            padding = [""] * width
            rows = [row if len(row) >= width else row + padding[len(row) :] for row in rows]
        # one pass over the rows for all columns (zip stops at the shortest row: `width`)
        columns = list(zip(*rows, strict=False)) if rows else [() for _ in range(width)]
    cells = {name: columns[i] for name, i in index.items()}
    if "name" not in index and ("given_name" in index or "family_name" in index):
        return HrmRecords(len(rows), cells, cells.get("given_name"), cells.get("family_name"))
    return HrmRecords(len(rows), cells)
