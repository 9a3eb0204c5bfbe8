"""A table read from a file (CSV text or a workbook's sheet): its header and data rows.

`read_table` tells the format by the content, `csv_table` and `xlsx_table` read each. The
rows are text; what a column means is the business of `mapping` and the reader of each kind
of table (HRM export, number register, call records).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import overload

from kontakt.core.reasons import os_reason
from kontakt.core.tables import errors
from kontakt.core.tables.csv_table import decode, delimiter_of, first_line, parse_csv, plain_table
from kontakt.core.tables.errors import InputNotice, TableInputError

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


def read_table(
    path: Path, sheet: str | None = None, error: type[TableInputError] = TableInputError
) -> Table:
    """The header and data rows of `path`: CSV text, or a workbook's sheet (default first).

    The format is told by the content, not the file name. Raises `error` for a
    file that cannot be read, is empty, binary, a refused workbook, has only a header, or
    a row with more (non-empty) cells than the header has columns, and for a `sheet` asked
    of a CSV file.
    """
    file = str(path)
    notices: list[InputNotice] = []
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise error(errors.UNREADABLE, file=file, reason=os_reason(exc)) from exc
    if not data:
        raise error(errors.EMPTY_FILE, file=file)
    if data.startswith((_ZIP_MAGIC, _OLE_MAGIC)):
        del data  # the workbook reader opens the file itself
        from kontakt.core.tables.xlsx_table import read_workbook  # (not needed for CSV)

        rows = read_workbook(path, sheet, error)
    else:
        if sheet is not None:
            raise error(errors.SHEET_ON_CSV, file=file, sheet=sheet)
        text = decode(data, file, error, notices)
        del data  # the bytes are no longer needed while the rows are made
        if not text or text.isspace():
            raise error(errors.EMPTY_FILE, file=file)
        plain = plain_table(text, delimiter_of(first_line(text)))
        if plain is not None:  # the common case: read by columns, no list per row
            del text
            header, columns = plain
            if not columns[0]:
                raise error(errors.NO_DATA_ROWS, file=file)
            headers = [cell.strip() for cell in header]
            return Table(file, headers, ColumnRows(columns), tuple(notices))
        rows = parse_csv(text, file, error)
        del text
    if not rows:
        raise error(errors.EMPTY_FILE, file=file)
    headers = [header.strip() for header in rows[0]]
    data_rows = rows[1:]
    if not data_rows:
        raise error(errors.NO_DATA_ROWS, file=file)
    width = len(headers)
    if max(map(len, data_rows)) > width:  # a long row may have blank cells at its end
        for number, row in enumerate(data_rows, start=1):
            if len(row) > width and any(cell.strip() for cell in row[width:]):
                raise error(errors.RAGGED_ROW, file=file, row=number, cells=len(row), columns=width)
    return Table(file, headers, data_rows, tuple(notices))
