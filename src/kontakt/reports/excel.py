"""The shared Excel writer: one streaming workbook with summary and table sheets.

Every Kontakt report that goes to Excel is built with `WorkbookBuilder`: it writes in
openpyxl's write-only mode (rows stream to disk, so 100,000-row exports stay fast and small
in memory), turns every value into a safe cell (`kontakt.reports.cells`), gives sheets legal
unique names, and saves through `kontakt.core.safe_files`: a temporary file beside the
target, renamed into place only when complete, so a failed or cancelled export leaves the
old file as it was; a target that is not a regular file is refused. The sheets stream to
temporary files named as Kontakt's, so that the next export removes those a killed one
left in the temporary folder.

Layout rules live here once: a table sheet is a real Excel table (styled, with filters) under
a bold frozen header, columns as wide as their content (sampled, capped) and, where the
columns would not fit an A4 page, long text wrapped in the columns that allow it; rows can
be coloured by conditional formatting (which every spreadsheet program shows, unlike table
styles); a summary sheet is a title over blocks of label/value pairs, optionally with a bar
chart of one block. Every sheet prints on A4 (landscape when wider than a portrait page),
one page wide, the header row repeated on every page, with a header and footer that say
what the report is, when, and which page of how many.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import chain, islice
from pathlib import Path
from types import TracebackType
from typing import Any, cast
from zipfile import ZIP_DEFLATED, ZipFile

from lxml.etree import SerialisationError  # type: ignore[import-untyped]  # no stubs
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import ColorScaleRule, FormulaRule, Rule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import ALL_TEMP_FILES, WorksheetWriter
from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from kontakt.core.safe_files import temporary_file, write_file
from kontakt.reports.cells import CellValue, RowMaker, clean_text, display_width, text_lines
from kontakt.reports.sheetnames import SheetNames

WIDTH_SAMPLE = 2000
"""Rows read ahead to size the columns (write-only sheets fix widths before the rows)."""
TICK_ROWS = 1024
"""Rows between progress reports and cancel checks."""

PORTRAIT_WIDTH = 95
LANDSCAPE_WIDTH = 150
"""Column width units (characters of the default font) that fit across an A4 page within
the margins below, upright and on its side (a tenth smaller on paper: still 10-point
text); wider sheets are scaled down to fit."""
_MARGIN = 0.5  # inches, left and right
_CHART_COLUMNS = 3  # the columns before a summary's chart (it is anchored in column D)
_DEFAULT_COLUMN = 9  # the width of a column nobody set
_UNIT_CM = 0.185  # a column width unit on paper
_CHART_CM = 16.0

_FILTER_BUTTON = 3  # characters the header's filter drop-down covers
# Named in full: a Font without a name falls back to a serif face in LibreOffice.
_TITLE_FONT = Font(name="Calibri", family=2, bold=True, size=14)
_BOLD = Font(name="Calibri", family=2, bold=True, size=11)
_LINE_HEIGHT = 15  # points: a line of 11-point text
_MOST_LINES = 40  # a taller row would not fit a page
_HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="bottom")
_HEADER_BORDER = Border(bottom=Side(style="thin"))


class ReportCancelled(Exception):
    """The export was cancelled; no file was written."""


@dataclass(frozen=True, slots=True)
class Column:
    """A table sheet column: its header text, optional number format, width bounds.

    A `wrap` column's long texts wrap onto more lines; it is the one made narrower (down to
    `min_width`) when the columns would not fit across a printed page.
    """

    header: str
    number_format: str | None = None
    min_width: float = 6
    max_width: float = 60
    wrap: bool = False


@dataclass(frozen=True, slots=True)
class Highlight:
    """Colour the rows whose cell in `column` (0-based) is `value`: `fill` behind, `text` in
    front (RGB hex, e.g. "FFC7CE")."""

    column: int
    value: str
    fill: str
    text: str


@dataclass(frozen=True, slots=True)
class ColourScale:
    """Colour each cell of the columns `first`..`last` (0-based) by its number: `low` at
    `minimum`, `middle` at `midpoint`, `high` at `maximum` and blends between (RGB hex)."""

    first: int
    last: int
    minimum: float
    midpoint: float
    maximum: float
    low: str = "F8696B"
    middle: str = "FFEB84"
    high: str = "63BE7B"


@dataclass(frozen=True, slots=True)
class PageFrame:
    """What each printed page says above and below the sheet: `title` (top left), `date`
    (top right), the sheet's name (top centre) and `page_of` (bottom centre), a text with
    `{page}` and `{pages}` ("Side {page} av {pages}")."""

    title: str
    date: str
    page_of: str


@dataclass(frozen=True, slots=True)
class SummaryBlock:
    """Label/value rows on a summary sheet, under an optional bold heading."""

    heading: str | None
    items: Sequence[tuple[str, CellValue]]


@dataclass(frozen=True, slots=True)
class BarChartSpec:
    """A bar chart of the numbers of one summary block (`block`: its index)."""

    title: str
    block: int
    horizontal: bool = True


class WorkbookBuilder:
    """Builds one report workbook; use as a context manager, finish with `save`.

    `progress(rows)` is told the number of table rows written so far, every `TICK_ROWS`
    rows; `cancel()` is asked as often and, when true, stops the export with
    `ReportCancelled`.
    """

    def __init__(
        self,
        *,
        title: str,
        created: datetime | None = None,
        progress: Callable[[int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
        frame: PageFrame | None = None,
    ) -> None:
        self._wb = Workbook(write_only=True)
        stamp = created or datetime.now()
        self._wb.properties.title = clean_text(title)
        self._wb.properties.creator = "Kontakt"
        self._wb.properties.lastModifiedBy = "Kontakt"
        self._wb.properties.created = stamp
        self._wb.properties.modified = stamp
        self._names = SheetNames()
        self._tables = 0
        self._rows = 0
        self._progress = progress
        self._cancel = cancel
        self._frame = frame

    def __enter__(self) -> WorkbookBuilder:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if kind is not None:
            self.discard()

    def add_summary_sheet(
        self,
        name: str,
        heading: str,
        blocks: Sequence[SummaryBlock],
        *,
        chart: BarChartSpec | None = None,
    ) -> str:
        """A sheet with `heading` over `blocks`, and `chart` to their right; its name."""
        ws, title = self._sheet(name)
        maker = RowMaker(ws, [None, None])
        # The heading is larger but may run on into the next column.
        labels = [len(heading) // 2, *(len(block.heading or "") for block in blocks)]
        labels += [len(label) for block in blocks for label, _ in block.items]
        values = [display_width(v) for b in blocks for _, v in b.items]
        widths = [min(max(labels) + 2, 60), min(max([*values, 8]) + 2, 60)]
        _set_widths(ws, widths)
        # The chart starts one (default-width) column after the values.
        beside = (
            _DEFAULT_COLUMN * (_CHART_COLUMNS - len(widths)) + _CHART_CM / _UNIT_CM
            if chart is not None
            else 0
        )
        self._print_setup(ws, sum(widths) + beside)
        _stream(ws)
        row = 1
        ranges: list[tuple[int, int]] = []
        with _stream_errors():
            ws.append([maker.text(heading, font=_TITLE_FONT)])
            for block in blocks:
                ws.append([])
                row += 1
                if block.heading is not None:
                    ws.append([maker.text(block.heading, font=_BOLD)])
                    row += 1
                ranges.append((row + 1, row + len(block.items)))
                for label, value in block.items:
                    ws.append([maker.text(label), maker.value(value)])
                    row += 1
        if chart is not None and blocks[chart.block].items:
            first, last = ranges[chart.block]
            _as_sheet(ws).add_chart(_bar_chart(ws, chart, first, last), "D3")
        return title

    def add_table_sheet(
        self,
        name: str,
        columns: Sequence[Column],
        rows: Iterable[Sequence[CellValue]],
        *,
        style: str = "TableStyleMedium2",
        highlights: Sequence[Highlight] = (),
        scales: Sequence[ColourScale] = (),
        preface: Sequence[str] = (),
    ) -> str:
        """A sheet holding `rows` as an Excel table under `columns`, its rows coloured by
        `highlights` and its cells by `scales`; its name. The `preface` lines come above the
        table, the first as the sheet's title (a sheet name is cut to 31 characters and is
        not printed), the others as plain lines such as a legend."""
        ws, title = self._sheet(name)
        pending = iter(rows)
        sample = list(islice(pending, WIDTH_SAMPLE))
        widths = _fit_to_page(columns, _column_widths(columns, sample))
        maker = RowMaker(
            ws,
            [column.number_format for column in columns],
            [width if column.wrap else None for column, width in zip(columns, widths, strict=True)],
        )
        _set_widths(ws, widths)
        top = len(preface) + 1  # the header's row
        ws.freeze_panes = f"A{top + 1}"
        self._print_setup(ws, sum(widths))
        ws.print_title_rows = f"1:{top}"  # the title and header on every printed page
        headers = _unique([column.header for column in columns])
        heights = _RowHeights(ws)
        heights.set(
            top,
            max(
                text_lines(h + " " * _FILTER_BUTTON, int(w) - 2)
                for h, w in zip(headers, widths, strict=True)
            ),
        )
        _stream(ws)
        for index, line in enumerate(preface):
            ws.append([maker.text(line, font=_TITLE_FONT if index == 0 else None)])
        ws.append(
            [
                maker.text(header, font=_BOLD, alignment=_HEADER_ALIGNMENT, border=_HEADER_BORDER)
                for header in headers
            ]
        )
        written = 0
        append, make_row, set_height = ws.append, maker.row, heights.set
        with _stream_errors():
            for values in chain(sample, pending):
                row = make_row(values)
                written += 1
                set_height(written + top, maker.lines)
                append(row)
                if written % TICK_ROWS == 0:
                    self._tick(TICK_ROWS)
        self._tick(written % TICK_ROWS)
        # Excel wants at least one data row in a table; an empty one shows as a blank row.
        last_column, last_row = get_column_letter(len(columns)), max(written, 1) + top
        ref = f"A{top}:{last_column}{last_row}"
        for highlight in highlights:
            _as_sheet(ws).conditional_formatting.add(
                f"A{top + 1}:{last_column}{last_row}", _row_rule(highlight, top + 1)
            )
        for scale in scales:
            first, last = get_column_letter(scale.first + 1), get_column_letter(scale.last + 1)
            cells = f"{first}{top + 1}:{last}"
            _as_sheet(ws).conditional_formatting.add(f"{cells}{last_row}", _scale_rule(scale))
        self._tables += 1
        table = Table(displayName=f"Table{self._tables}", ref=ref)
        table.tableColumns = [
            TableColumn(id=i, name=clean_text(h)) for i, h in enumerate(headers, 1)
        ]
        table.autoFilter = AutoFilter(ref=ref)
        # Stripes would show through between coloured rows.
        table.tableStyleInfo = TableStyleInfo(name=style, showRowStripes=not highlights)
        ws.tables.add(table)  # add_table would warn that write-only needs the columns set
        return title

    def save(self, path: Path) -> Path:
        """Write the workbook to `path` (replacing it) all at once; returns `path`.

        Raises `kontakt.core.safe_files.FileWriteError` when it cannot be written (the
        target is not a regular file, its disk is full, ...). Like the `add_*` methods, it
        raises `OSError` when a sheet's stream in the temporary folder cannot be written.
        """
        try:
            with _stream_errors():
                return write_file(path, self._save)
        except BaseException:
            self.discard()
            raise

    def _save(self, path: Path) -> None:
        """`Workbook.save`, with the archive closed even when writing fails: openpyxl leaves
        it open, and its `__del__` would fail again later, printing a traceback."""
        self._wb.properties.modified = datetime.now(tz=UTC).replace(tzinfo=None)  # as openpyxl
        with ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True) as archive:
            ExcelWriter(self._wb, archive).save()

    def discard(self) -> None:
        """Drop what was streamed so far (the sheets' temporary files hold personal data)."""
        for ws in self._wb.worksheets:
            if ws.closed:
                continue
            # openpyxl removes these files only at interpreter exit; an abandoned export
            # must not leave names and numbers in the temp folder until then. Closing the
            # stream first keeps it from writing into a removed file later.
            with contextlib.suppress(Exception):
                ws.close()
            writer = cast(Any, ws)._writer  # openpyxl's stream, not in its stubs
            if writer is not None:
                with contextlib.suppress(OSError, ValueError):
                    writer.cleanup()

    def _sheet(self, name: str) -> tuple[WriteOnlyWorksheet, str]:
        # Sheets added first keep their names: add fixed sheets before ones named by data.
        title = self._names.claim(name)
        return self._wb.create_sheet(title), title

    def _print_setup(self, ws: WriteOnlyWorksheet, width: float) -> None:
        # Printed, a sheet is read across: every column (and a chart beside them) on one
        # A4 page width, on its side only when upright would shrink it.
        sheet = _as_sheet(ws)
        sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        sheet.page_setup.orientation = "portrait" if width <= PORTRAIT_WIDTH else "landscape"
        setup = sheet.sheet_properties.pageSetUpPr
        assert setup is not None  # openpyxl makes one with every sheet
        setup.fitToPage = True
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.page_margins.left = sheet.page_margins.right = _MARGIN
        frame = self._frame
        if frame is None:
            return
        header, footer = sheet.HeaderFooter.oddHeader, sheet.HeaderFooter.oddFooter
        assert header is not None and footer is not None  # made with every sheet
        header.left.text = _frame_text(frame.title)
        header.center.text = "&A"  # the sheet's name: which department's pages these are
        header.right.text = _frame_text(frame.date)
        page_of = _frame_text(frame.page_of).replace("{page}", "&P")
        footer.center.text = page_of.replace("{pages}", "&N")

    def _tick(self, rows: int) -> None:
        self._rows += rows
        if self._cancel is not None and self._cancel():
            raise ReportCancelled
        if self._progress is not None:
            self._progress(self._rows)


def _stream(ws: WriteOnlyWorksheet) -> None:
    """Start the sheet's stream (once its widths and panes are set: they are written first)
    into a temporary file named as Kontakt's instead of openpyxl's `openpyxl.*`."""
    out = str(temporary_file(".xml"))
    writer = WorksheetWriter(_as_sheet(ws), out=out)
    ALL_TEMP_FILES.append(out)  # openpyxl's cleanup (and its exit hook) removes it
    cast(Any, ws)._writer = writer  # the sheet's stream, not in openpyxl's stubs
    writer.write_top()


@contextlib.contextmanager
def _stream_errors() -> Iterator[None]:
    """lxml reports a failed write to a sheet's stream as `SerialisationError("IO_ENOSPC")`:
    turn it into the operating-system error it stands for, in the temporary folder."""
    try:
        yield
    except SerialisationError as exc:
        code = getattr(errno, str(exc).removeprefix("IO_"), errno.EIO)
        where = os.path.join(tempfile.gettempdir(), "sheet.xml")
        raise OSError(code, os.strerror(code), where) from exc


def _column_widths(columns: Sequence[Column], sample: Sequence[Sequence[CellValue]]) -> list[float]:
    widths = []
    for index, column in enumerate(columns):
        content = max((display_width(row[index]) for row in sample), default=0)
        wanted = max(content, len(column.header) + _FILTER_BUTTON) + 2
        widths.append(min(max(wanted, column.min_width), column.max_width))
    return widths


class _RowHeights:
    """Row heights for wrapped text, set on a streaming sheet just before each row is
    written (and dropped after, so 100,000 rows keep no record of them)."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        sheet = _as_sheet(ws)
        self._dimensions = sheet.row_dimensions
        # The writer reads only the height attributes; one shared object per line count.
        self._by_lines = {
            n: RowDimension(sheet, ht=_LINE_HEIGHT * n) for n in range(2, _MOST_LINES + 1)
        }
        self._last: int | None = None

    def set(self, row: int, lines: int) -> None:
        """The height of `lines` lines for `row`, the next row to be written."""
        if self._last is not None:
            del self._dimensions[self._last]
            self._last = None
        if lines > 1:
            self._dimensions[row] = self._by_lines[min(lines, _MOST_LINES)]
            self._last = row


def _fit_to_page(columns: Sequence[Column], widths: Sequence[float]) -> list[float]:
    """`widths`, with the wrapping columns narrowed (each in proportion to what it can give,
    down to its `min_width`) until the whole fits across a landscape page, if it can."""
    excess = sum(widths) - LANDSCAPE_WIDTH
    slack = [
        max(width - column.min_width, 0) if column.wrap else 0
        for column, width in zip(columns, widths, strict=True)
    ]
    if excess <= 0 or not any(slack):
        return list(widths)
    share = min(excess / sum(slack), 1)
    return [round(width - give * share, 1) for width, give in zip(widths, slack, strict=True)]


def _set_widths(ws: WriteOnlyWorksheet, widths: Sequence[float]) -> None:
    for index, width in enumerate(widths, 1):
        _as_sheet(ws).column_dimensions[get_column_letter(index)].width = width


def _frame_text(text: str) -> str:
    # "&" starts a code in a header or footer; "&&" is the character itself.
    return clean_text(text).replace("&", "&&")


def _row_rule(highlight: Highlight, first_row: int) -> Rule:
    # The formula is written for the range's first row and moves down with it; the
    # column is fixed ($) so the whole row takes its colour from that one cell.
    value = highlight.value.replace('"', '""')
    rule: Rule = FormulaRule(  # type: ignore[no-untyped-call]  # untyped in openpyxl's stubs
        formula=[f'${get_column_letter(highlight.column + 1)}{first_row}="{value}"'],
        fill=PatternFill(fill_type="solid", start_color=highlight.fill, end_color=highlight.fill),
        font=Font(color=highlight.text),
    )
    return rule


def _scale_rule(scale: ColourScale) -> Rule:
    rule: Rule = ColorScaleRule(  # type: ignore[no-untyped-call]  # untyped in openpyxl's stubs
        start_type="num",
        start_value=scale.minimum,
        start_color=scale.low,
        mid_type="num",
        mid_value=scale.midpoint,
        mid_color=scale.middle,
        end_type="num",
        end_value=scale.maximum,
        end_color=scale.high,
    )
    return rule


def _unique(headers: Sequence[str]) -> list[str]:
    # An Excel table refuses two columns of one name (two translations may coincide).
    seen: set[str] = set()
    out = []
    for header in headers:
        name, number = header or "Column", 2
        while name.casefold() in seen:
            name, number = f"{header} {number}", number + 1
        seen.add(name.casefold())
        out.append(name)
    return out


def _as_sheet(ws: WriteOnlyWorksheet) -> Worksheet:
    """The layout side of a write-only sheet: openpyxl gives it a worksheet's page set-up,
    dimensions, charts and formatting, which its type stubs do not say."""
    return cast(Worksheet, ws)


def _bar_chart(ws: WriteOnlyWorksheet, spec: BarChartSpec, first: int, last: int) -> BarChart:
    chart = BarChart()
    chart.type = "bar" if spec.horizontal else "col"
    chart.title = spec.title
    chart.legend = None
    chart.add_data(Reference(ws, min_col=2, min_row=first, max_row=last), titles_from_data=False)
    chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    # openpyxl 3.1 writes axes as deleted unless told otherwise; bars run top-down in the
    # order of the table beside them.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.scaling.min = 0
    chart.y_axis.number_format = "0"
    chart.y_axis.majorGridlines = None
    if spec.horizontal:
        chart.x_axis.scaling.orientation = "maxMin"
        chart.y_axis.crosses = "max"  # keeps the count axis below the reversed bars
    # (openpyxl's stubs say int; Excel takes centimetres with decimals)
    cast(Any, chart).width = _CHART_CM
    cast(Any, chart).height = max(7.5, 0.7 * (last - first + 1) + 3)
    return chart
