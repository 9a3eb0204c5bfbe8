"""Reading an XLSX (or XLS/ODS) export into header and rows of text.

python-calamine reads the cells fast. Cells become text as `spec/contacts.md` says: whole
numbers without `.0`, dates as ISO dates, formulas as their stored value. Calamine cannot
give a formula's text, so when a sheet holds formulas, openpyxl (read-only) supplies the
text of those without a stored value. Before anything opens a zip-based workbook, its
central directory is checked, so a zip bomb is refused rather than unpacked, and the
sheet's extent is read from its XML (the `<dimension>` and every cell reference, streamed):
calamine builds the whole range from A1 to the farthest cell, so one cell at `XFD1048576`
in a 2 KB file would ask for 512 GB. A sheet of more than `MAX_CELLS` is refused.

openpyxl reads through `defusedxml` (a dependency: openpyxl uses it when it is installed),
so entity tricks in a sheet are refused, not expanded.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from defusedxml import ElementTree
from python_calamine import CalamineError, CalamineWorkbook

from kontakt.core.tables import errors
from kontakt.core.tables.errors import TableInputError

MAX_UNCOMPRESSED = 1 << 30
"""A workbook that unpacks to more than 1 GiB is refused."""
MAX_RATIO = 100
"""A member that unpacks to more than this many times its packed size is refused..."""
RATIO_FLOOR = 1 << 20
"""...once it unpacks to more than 1 MiB (tiny members may compress very well honestly)."""

MAX_CELLS = 5_000_000
"""A sheet whose range (A1 to its farthest cell) holds more cells is refused: 100,000 rows of
50 columns, far more than an HRM export, and about 200 MB while it is read."""

Cell = int | float | str | bool | dt.date | dt.datetime | dt.time | dt.timedelta


def check_zip(path: Path, error: type[TableInputError] = TableInputError) -> None:
    """Refuse a zip whose central directory promises an absurd size or compression ratio."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise error(errors.NOT_A_WORKBOOK, file=str(path)) from exc
    total = sum(member.file_size for member in members)
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if total > MAX_UNCOMPRESSED or (member.file_size > RATIO_FLOOR and ratio > MAX_RATIO):
            raise error(
                errors.ZIP_BOMB,
                file=str(path),
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


def sheet_names(path: Path, error: type[TableInputError] = TableInputError) -> list[str]:
    """The names of a workbook's sheets, in order; [] for a file that is not a workbook."""
    if not zipfile.is_zipfile(path):
        return []
    check_zip(path, error)
    try:
        return list(CalamineWorkbook.from_path(str(path)).sheet_names)
    except CalamineError as exc:
        # calamine's reason ("File not found '_rels/.rels'") is English and means nothing to
        # a reader: a zip of something else, or a file that only looks like a workbook
        raise error(errors.NOT_A_WORKBOOK, file=str(path)) from exc


def read_workbook(
    path: Path, sheet: str | None, error: type[TableInputError] = TableInputError
) -> list[list[str]]:
    """The rows of sheet `sheet` (default: the first), header first, blank rows left out.

    Raises `error` for a workbook that cannot be read, is refused (zip bomb, a
    sheet beyond `MAX_CELLS`), or lacks the sheet.
    """
    file = str(path)
    is_zip = zipfile.is_zipfile(path)
    if is_zip:
        check_zip(path, error)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        names = list(workbook.sheet_names)
        if not names:
            raise error(errors.EMPTY_FILE, file=file)
        if sheet is not None and sheet not in names:
            raise error(errors.NO_SUCH_SHEET, file=file, sheet=sheet, sheets=", ".join(names))
        name = sheet if sheet is not None else names[0]
        if is_zip:
            check_extent(path, name, error)
        cells: list[list[Cell]] = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except CalamineError as exc:
        raise error(errors.NOT_A_WORKBOOK, file=file) from exc
    try:
        if is_zip and _has_formulas(path):
            _fill_formula_text(path, name, cells)
    except Exception as exc:
        # calamine read the sheet, openpyxl cannot: a damaged or hostile workbook (a
        # DOCTYPE, a duplicate attribute, broken styles) makes openpyxl raise any of a dozen
        # types, from ParseError to TypeError; each is this file's fault, not Kontakt's.
        raise error(errors.BAD_WORKBOOK, file=file, reason=errors.bad_xml()) from exc
    rows = [[cell_text(value) for value in row] for row in cells]
    return [row for row in rows if any(row)]


# Each starts with a literal, which lets the regular expression engine skip ahead fast; an
# attribute named like `…r` matching too would only make the extent larger, never smaller.
_ROW_NUMBER = re.compile(rb'r="([0-9]+)"')
_WIDE_REF = re.compile(rb'r="([A-Z]{2,})[0-9]')
_NARROW_REF = re.compile(rb'r="([A-Z])[0-9]')
_DIMENSION = re.compile(rb'dimension\s+ref="(?:[A-Z]+[0-9]+:)?([A-Z]+)([0-9]+)"')
_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PACKAGE_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def check_extent(path: Path, sheet: str, error: type[TableInputError] = TableInputError) -> None:
    """Refuse sheet `sheet` of an XLSX workbook when its range from A1 to its farthest cell
    (or the extent its `<dimension>` claims) holds more than `MAX_CELLS` cells.

    Streams the sheet's XML in blocks and never builds it. When the workbook does not say
    which member holds the sheet, every worksheet member is measured.
    """
    file = str(path)
    try:
        with zipfile.ZipFile(path) as archive:
            member = _sheet_member(archive, sheet)
            names = archive.namelist()
            members = (
                [member]
                if member is not None
                else [
                    name
                    for name in names
                    if name.startswith("xl/worksheets/") and name.endswith(".xml")
                ]
            )
            for name in members:
                rows, columns = _extent(archive, name)
                if rows * columns > MAX_CELLS:
                    raise error(
                        errors.SHEET_TOO_LARGE,
                        file=file,
                        sheet=sheet,
                        rows=rows,
                        columns=columns,
                        limit=MAX_CELLS // 1_000_000,
                    )
    except (OSError, zipfile.BadZipFile, zlib.error, ValueError, ElementTree.ParseError) as exc:
        # a damaged member, or XML that defusedxml refuses (entities, a DOCTYPE trick)
        raise error(errors.BAD_WORKBOOK, file=file, reason=errors.bad_xml()) from exc


def _extent(archive: zipfile.ZipFile, member: str) -> tuple[int, int]:
    """The farthest row and column that a worksheet member's cells reach (or its
    `<dimension>` claims), read in blocks; the column exactly where it can decide against
    the cap (a sheet within 26 columns whose rows times 26 stay within it may say fewer).

    Exact, but cheap for the common sheet, where no regular expression below matches
    often: the rows come from the `<row r=...>` numbers, then a search for any cell
    reference beyond them (a hostile sheet puts a cell at `A1048576` inside row 2);
    columns past Z need two letters, which a narrow export never has. Only when 26 columns
    times the rows would pass the cap are the single-letter columns gathered. Cells and
    rows without a reference take the place after the one before: they are counted (see
    `_Unreferenced`) and added, which can only make the extent larger.
    """
    rows = columns = 0
    narrow = True  # no column reference of two or more letters seen
    unreferenced = _Unreferenced()
    for text in _blocks(archive, member):
        found = list(map(int, _ROW_NUMBER.findall(text)))
        unreferenced.count(text, len(found))
        for letters, number in _DIMENSION.findall(text):
            found.append(int(number))
            columns = max(columns, _column_number(letters))
        rows = max(rows, *found) if found else rows
        beyond = re.compile(rb'r="([A-Z]+)(%s)"' % _greater_than(rows))
        for letters, number in beyond.findall(text):
            rows = max(rows, int(number))
            narrow = narrow and len(letters) == 1
            columns = max(columns, _column_number(letters))
        wide = _WIDE_REF.findall(text)
        if wide:
            narrow = False
            columns = max(columns, *(_column_number(letters) for letters in set(wide)))
        if (rows + unreferenced.rows) * (columns + unreferenced.cells) > MAX_CELLS:
            break
    else:
        if narrow and (rows + unreferenced.rows) * (26 + unreferenced.cells) > MAX_CELLS:
            for text in _blocks(archive, member):
                letters = set(_NARROW_REF.findall(text))
                columns = max(columns, *map(_column_number, letters)) if letters else columns
    rows += unreferenced.rows
    columns += unreferenced.cells
    return rows, max(columns, 1 if rows else 0)


class _Unreferenced:
    """Counts, over a worksheet's blocks, the rows without `r=` and the most cells without
    `r=` in one row: each such cell sits one column right of the cell before it.

    A tag is `<c` followed by a blank, `>` or `/`; one with a reference is `<c r="`, as
    Excel, LibreOffice and openpyxl write it (a reference placed later among the attributes
    is counted as none: larger, never smaller). Text cannot hold a `<`, so every match is
    a tag. Blocks without such a cell (the common case) cost a few counts each.
    """

    _ODD = re.compile(rb"<c[\t\n\r>/]")  # a cell tag with no attribute, or not `<c `

    def __init__(self) -> None:
        self.rows = 0
        self.cells = 0
        self._open_row = 0  # cells without `r=` so far in the row a block ended in

    def count(self, text: bytes, referenced_rows: int) -> None:
        """Count `text`, in which `referenced_rows` rows have their number."""
        self.rows += max(text.count(b"<row") - referenced_rows, 0)
        if text.count(b"<c ") <= text.count(b'<c r="') and not self._ODD.search(text):
            self._open_row = 0 if b"<row" in text else self._open_row
            return
        counts = [self._in(chunk) for chunk in text.split(b"<row")]
        counts[0] += self._open_row
        self._open_row = counts[-1]
        self.cells = max(self.cells, *counts)

    def _in(self, chunk: bytes) -> int:
        return chunk.count(b"<c ") + len(self._ODD.findall(chunk)) - chunk.count(b'<c r="')


def _greater_than(number: int) -> bytes:
    """A regular expression for the decimal numbers (no leading zero) greater than `number`."""
    digits = str(number)
    options = [b"[1-9][0-9]{%d,}" % len(digits)]  # more digits
    for i, digit in enumerate(digits):
        if digit != "9":
            rest = len(digits) - i - 1
            low = int(digit) + 1
            if i == 0 and low == 0:
                continue
            options.append(b"%s[%d-9][0-9]{%d}" % (digits[:i].encode(), low, rest))
    return b"(?:" + b"|".join(options) + b")"


def _blocks(archive: zipfile.ZipFile, member: str) -> Iterator[bytes]:
    """The member's bytes in blocks of about a megabyte, each starting with the last 64
    bytes of the one before (a reference cut by a block's end is whole in the next; one
    found twice changes no maximum)."""
    with archive.open(member) as stream:
        tail = b""
        while block := stream.read(1 << 20):
            text = tail + block
            tail = text[-64:]
            yield text


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - ord("A") + 1
    return number


def _sheet_member(archive: zipfile.ZipFile, sheet: str) -> str | None:
    """The archive member that holds the sheet named `sheet`, as the workbook's
    relationships say (None when the workbook is not laid out as XLSX)."""
    try:
        workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except KeyError:
        return None
    ids = {
        element.get("name"): element.get(f"{_REL_NS}id")
        for element in workbook.iter(f"{_MAIN_NS}sheet")
    }
    targets = {
        element.get("Id"): element.get("Target", "")
        for element in relations.iter(f"{_PACKAGE_REL_NS}Relationship")
    }
    target = targets.get(ids.get(sheet))
    if not target:
        return None
    member = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
    member = posixpath.normpath(member)
    return member if member in archive.namelist() else None


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
