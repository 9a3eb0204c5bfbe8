"""Reading an XLSX (or XLS/ODS) HRM export into header and rows of text.

python-calamine reads the cells fast. Cells become text as `spec/contacts.md` says: whole
numbers without `.0`, dates as ISO dates, formulas as their stored value. Calamine cannot
give a formula's text, so when a sheet holds formulas, openpyxl (read-only) supplies the
text of those without a stored value. Before anything opens a zip-based workbook, its
central directory is checked, so a zip bomb is refused rather than unpacked.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

from python_calamine import CalamineError, CalamineWorkbook

from kontakt.core.contacts import errors
from kontakt.core.contacts.errors import HrmImportError

MAX_UNCOMPRESSED = 1 << 30
"""A workbook that unpacks to more than 1 GiB is refused."""
MAX_RATIO = 100
"""A member that unpacks to more than this many times its packed size is refused..."""
RATIO_FLOOR = 1 << 20
"""...once it unpacks to more than 1 MiB (tiny members may compress very well honestly)."""

Cell = int | float | str | bool | dt.date | dt.datetime | dt.time | dt.timedelta


def check_zip(path: Path) -> None:
    """Refuse a zip whose central directory promises an absurd size or compression ratio."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise HrmImportError(errors.BAD_WORKBOOK, file=path.name, reason=str(exc)) from exc
    total = sum(member.file_size for member in members)
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if total > MAX_UNCOMPRESSED or (member.file_size > RATIO_FLOOR and ratio > MAX_RATIO):
            raise HrmImportError(
                errors.ZIP_BOMB,
                file=path.name,
                member=member.filename,
                size=total // (1 << 20),
                ratio=int(ratio),
            )


def cell_text(value: Cell) -> str:
    """One cell as text: `41002001.0` → `41002001`, a date → `2026-11-25`."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def sheet_names(path: Path) -> list[str]:
    """The names of a workbook's sheets, in order; [] for a file that is not a workbook."""
    if not zipfile.is_zipfile(path):
        return []
    check_zip(path)
    try:
        return list(CalamineWorkbook.from_path(str(path)).sheet_names)
    except CalamineError as exc:
        raise HrmImportError(errors.BAD_WORKBOOK, file=path.name, reason=str(exc)) from exc


def read_workbook(path: Path, sheet: str | None) -> list[list[str]]:
    """The rows of sheet `sheet` (default: the first), header first, blank rows left out."""
    file = path.name
    is_zip = zipfile.is_zipfile(path)
    if is_zip:
        check_zip(path)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        names = list(workbook.sheet_names)
        if not names:
            raise HrmImportError(errors.EMPTY_FILE, file=file)
        if sheet is not None and sheet not in names:
            raise HrmImportError(
                errors.NO_SUCH_SHEET, file=file, sheet=sheet, sheets=", ".join(names)
            )
        name = sheet if sheet is not None else names[0]
        cells: list[list[Cell]] = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except CalamineError as exc:
        raise HrmImportError(errors.BAD_WORKBOOK, file=file, reason=str(exc)) from exc
    try:
        if is_zip and _has_formulas(path):
            _fill_formula_text(path, name, cells)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        # calamine read the sheet, openpyxl cannot: a damaged or unusual workbook
        raise HrmImportError(errors.BAD_WORKBOOK, file=file, reason=str(exc)) from exc
    rows = [[cell_text(value) for value in row] for row in cells]
    return [row for row in rows if any(row)]


_FORMULA = re.compile(rb"<(?:\w+:)?f[ >/]")


def _has_formulas(path: Path) -> bool:
    """Whether a worksheet holds a formula (`<f>`, or `<x:f>` with a namespace prefix);
    read in blocks, so a large sheet is never held whole."""
    with zipfile.ZipFile(path) as archive:
        for member in archive.infolist():
            if member.filename.startswith("xl/worksheets/") and member.filename.endswith(".xml"):
                with archive.open(member) as stream:
                    tail = b""
                    while block := stream.read(1 << 20):
                        if _FORMULA.search(tail + block):
                            return True
                        tail = block[-16:]
    return False


def _fill_formula_text(path: Path, sheet: str, cells: list[list[Cell]]) -> None:
    """Put the formula text (`=2+5`) into the cells whose formula has no stored value."""
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=False)
    try:
        for r, row in enumerate(workbook[sheet].iter_rows(values_only=True)):
            for c, value in enumerate(row):
                if isinstance(value, str) and value.startswith("="):
                    while len(cells) <= r:
                        cells.append([])
                    line = cells[r]
                    while len(line) <= c:
                        line.append("")
                    if line[c] == "":
                        line[c] = value
    finally:
        workbook.close()
