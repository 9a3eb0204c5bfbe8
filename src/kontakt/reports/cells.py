"""Values to worksheet cells that show exactly what was written and never run as formulas.

Every `str` is treated as outside data. It is always stored as a text cell (openpyxl would
otherwise make `=…` a formula and `#N/A` an error value). A text that begins with a character
a spreadsheet reads as the start of a formula (`= + - @`, tab, CR, LF, NUL) gets the
`quotePrefix` cell style as well: the visible text stays exactly the value (no apostrophe is
shown; `+4791234567` stays readable), and editing the cell in Excel or LibreOffice keeps it
text instead of evaluating it. What XML cannot carry is changed visibly rather than dropped:
control characters become U+FFFD, CR becomes a line break (an XML reader would make it one
anyway), and a literal `_xHHHH_` is escaped so that Excel does not decode it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date, datetime

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

CellValue = str | int | float | bool | date | None
"""What a report puts in a cell; `datetime` is a `date`."""

DATE_FORMAT = "dd.mm.yyyy"  # Norwegian readers: 24.11.2026
DATETIME_FORMAT = "dd.mm.yyyy hh:mm"

_RISKY_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\x00")
_ERROR_TEXTS = frozenset(ERROR_CODES)
_NEEDS_CLEANING = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\r\ufffe\uffff]|_x[0-9A-Fa-f]{4}_")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ESCAPE_LIKE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")


def clean_text(value: str) -> str:
    """`value` as an XML text cell can hold it (see the module docstring)."""
    if _NEEDS_CLEANING.search(value) is None:
        return value
    value = _ILLEGAL.sub("\ufffd", value).replace("\r\n", "\n").replace("\r", "\n")
    return _ESCAPE_LIKE.sub(r"_x005F_\1", value)


def needs_quote(value: str) -> bool:
    """True when a spreadsheet would read `value` typed into a cell as other than text."""
    return value.startswith(_RISKY_START) or value in _ERROR_TEXTS


def display_width(value: CellValue) -> int:
    """Characters `value` takes on screen in its widest line (for column widths)."""
    if value is None:
        return 0
    if isinstance(value, datetime):
        return len(DATETIME_FORMAT)
    if isinstance(value, date):
        return len(DATE_FORMAT)
    text = value if isinstance(value, str) else str(value)
    if "\n" in text:
        return max(len(line) for line in text.split("\n"))
    return len(text)


def _template(ws: WriteOnlyWorksheet, **styles: object) -> Cell:
    # Setting styles on one cell registers them with the workbook once; cells then copy
    # its style array instead of looking each style up again.
    cell = WriteOnlyCell(ws)
    for name, value in styles.items():
        setattr(cell, name, value)
    return cell


class RowMaker:
    """Turns rows of `CellValue`s into what a write-only worksheet appends, per column format.

    Plain values go through as they are (openpyxl's fastest path); only cells that need a
    style or a forced text type become `Cell` objects.
    """

    def __init__(self, ws: WriteOnlyWorksheet, number_formats: Sequence[str | None]) -> None:
        self._ws = ws
        self._texts: dict[tuple[Font | None, bool], Cell] = {}
        self._formats = [
            _template(ws, number_format=fmt) if fmt is not None else None for fmt in number_formats
        ]
        self._dates = {
            date: _template(ws, number_format=DATE_FORMAT),
            datetime: _template(ws, number_format=DATETIME_FORMAT),
        }

    def text(self, value: str, *, font: Font | None = None) -> str | Cell:
        """`value` as a text cell, in `font` if given (headings)."""
        quoted = needs_quote(value)
        value = clean_text(value)
        if not quoted and font is None:
            return value
        template = self._texts.get((font, quoted))
        if template is None:
            styles: dict[str, object] = {"quotePrefix": quoted}
            if font is not None:
                styles["font"] = font
            template = _template(self._ws, **styles)
            self._texts[font, quoted] = template
        cell = Cell(self._ws, row=1, column=1, style_array=template._style)
        cell.value = value
        cell.data_type = "s"  # never a formula or an error value, whatever the text
        return cell

    def value(self, value: CellValue, column: int = -1) -> object:
        """`value` ready to append in 0-based `column` (-1: no column format)."""
        if isinstance(value, str):
            return self.text(value)
        if value is None or isinstance(value, bool):
            return value
        if isinstance(value, float) and not math.isfinite(value):
            return str(value)
        template = self._formats[column] if column >= 0 else None
        if isinstance(value, date):
            kind = datetime if isinstance(value, datetime) else date
            return self._styled(_naive(value), template or self._dates[kind])
        return value if template is None else self._styled(value, template)

    def row(self, values: Sequence[CellValue]) -> list[object]:
        """One row of cells, column formats applied."""
        out: list[object] = []
        append = out.append
        # Plain text that needs nothing is tested inline and passed through: this runs for
        # every cell of a 100,000-row export.
        for column, value in enumerate(values):
            if (
                isinstance(value, str)
                and value
                and not value.startswith(_RISKY_START)
                and value not in _ERROR_TEXTS
                and _NEEDS_CLEANING.search(value) is None
            ):
                append(value)
            else:
                append(self.value(value, column))
        return out

    def _styled(self, value: CellValue, template: Cell) -> Cell:
        cell = Cell(self._ws, row=1, column=1, style_array=template._style)
        cell.value = value
        return cell


def _naive(value: date) -> date:
    # Excel has no time zones: an aware time is shown as the local wall-clock time.
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone().replace(tzinfo=None)
    return value
