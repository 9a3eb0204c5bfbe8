"""Reading an HRM export (CSV or spreadsheet) into `HrmRecord`s under a column mapping.

`read_table` gives the header and the data rows as text, whatever the file's format (the
`kontakt.core.tables` reading, with the HRM export's error); `to_columns` picks the mapped
columns out of the rows (`to_records`: as record objects).
Every problem with the file is an `HrmImportError` that says what and where, the file named
as it was given (an HRM export and a directory may both be `export.csv`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from kontakt.core.contacts.errors import HrmImportError
from kontakt.core.contacts.model import HrmRecord, HrmRecords
from kontakt.core.tables import table as tables
from kontakt.core.tables.table import ColumnRows, Table


def read_table(path: Path, sheet: str | None = None) -> Table:
    """The HRM export's header and data rows (`tables.read_table`); what makes it unusable
    is an `HrmImportError`."""
    return tables.read_table(path, sheet, HrmImportError)


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
