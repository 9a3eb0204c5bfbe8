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
from typing import Any, cast

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.styles import Alignment, Border, Font
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
_WRAP = Alignment(wrap_text=True)
_NO_WRAP = 1 << 30  # a width no text reaches


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


def text_lines(text: str, per_line: int) -> int:
    """About how many lines `text` takes wrapped at `per_line` characters (a spreadsheet
    does not fit row heights to wrapped text by itself: LibreOffice overlaps the rows)."""
    return sum(max(1, -(-len(line) // max(per_line, 1))) for line in text.split("\n"))


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
    style or a forced text type become `Cell` objects. A text longer than its column's
    `wrap_widths` entry (or of more than one line) wraps within the column; None: it may
    run on.
    """

    def __init__(
        self,
        ws: WriteOnlyWorksheet,
        number_formats: Sequence[str | None],
        wrap_widths: Sequence[float | None] = (),
    ) -> None:
        self._ws = ws
        self._texts: dict[tuple[Font | None, Alignment | None, Border | None, bool], Cell] = {}
        # Two characters short of the width: proportional letters vary, and the cell pads.
        self._wrap = [_NO_WRAP if width is None else int(width) - 2 for width in wrap_widths]
        self._wrap += [_NO_WRAP] * (len(number_formats) - len(wrap_widths))
        self.lines = 1
        self._formats = [
            _template(ws, number_format=fmt) if fmt is not None else None for fmt in number_formats
        ]
        self._dates = {
            date: _template(ws, number_format=DATE_FORMAT),
            datetime: _template(ws, number_format=DATETIME_FORMAT),
        }

    def text(
        self,
        value: str,
        *,
        font: Font | None = None,
        alignment: Alignment | None = None,
        border: Border | None = None,
    ) -> str | Cell:
        """`value` as a text cell, in `font`, `alignment` and `border` if given (headings,
        wrapped text)."""
        quoted = needs_quote(value)
        value = clean_text(value)
        if not quoted and font is None and alignment is None and border is None:
            return value
        key = (font, alignment, border, quoted)
        template = self._texts.get(key)
        if template is None:
            styles: dict[str, object] = {"quotePrefix": quoted}
            for name, style in (("font", font), ("alignment", alignment), ("border", border)):
                if style is not None:
                    styles[name] = style
            template = _template(self._ws, **styles)
            self._texts[key] = template
        cell = Cell(self._ws, row=1, column=1, style_array=_style_of(template))
        cell.value = value
        cell.data_type = "s"  # never a formula or an error value, whatever the text
        return cell

    def value(self, value: CellValue, column: int = -1) -> object:
        """`value` ready to append in 0-based `column` (-1: no column format)."""
        if isinstance(value, str):
            wraps = column >= 0 and (len(value) > self._wrap[column] or "\n" in value)
            return self.text(value, alignment=_WRAP if wraps else None)
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
        """One row of cells, column formats applied; `lines` is then the most lines a
        wrapped text of it takes."""
        out: list[object] = []
        append, wrap = out.append, self._wrap
        lines = 1
        # Plain text that needs nothing is tested inline and passed through: this runs for
        # every cell of a 100,000-row export.
        for column, value in enumerate(values):
            if (
                isinstance(value, str)
                and value
                and len(value) <= wrap[column]
                and not value.startswith(_RISKY_START)
                and value not in _ERROR_TEXTS
                and _NEEDS_CLEANING.search(value) is None
                and "\n" not in value
            ):
                append(value)
            else:
                if isinstance(value, str):
                    lines = max(lines, text_lines(value, wrap[column]))
                append(self.value(value, column))
        self.lines = lines
        return out

    def _styled(self, value: CellValue, template: Cell) -> Cell:
        cell = Cell(self._ws, row=1, column=1, style_array=_style_of(template))
        cell.value = value
        return cell


def _naive(value: date) -> date:
    # Excel has no time zones: an aware time is shown as the local wall-clock time.
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone().replace(tzinfo=None)
    return value


def _style_of(cell: Cell) -> Any:
    # a cell's packed style, shared by the cells made from it (not in openpyxl's stubs)
    return cast(Any, cell)._style
