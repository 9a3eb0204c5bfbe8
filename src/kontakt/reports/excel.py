"""The shared Excel writer: one streaming workbook with summary and table sheets.

Every Kontakt report that goes to Excel is built with `WorkbookBuilder`: it writes in
openpyxl's write-only mode (rows stream to disk, so 100,000-row exports stay fast and small
in memory), turns every value into a safe cell (`kontakt.reports.cells`), gives sheets legal
unique names, and saves through a temporary file in the target folder that is renamed into
place only when complete, so a failed or cancelled export leaves no half-written file.

Layout rules live here once: a table sheet is a real Excel table (styled, with filters) under
a bold frozen header, columns as wide as their content (sampled, capped); a summary sheet is
a title over blocks of label/value pairs, optionally with a bar chart of one block.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import chain, islice
from pathlib import Path
from types import TracebackType

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from kontakt.reports.cells import CellValue, RowMaker, clean_text, display_width
from kontakt.reports.sheetnames import SheetNames

WIDTH_SAMPLE = 2000
"""Rows read ahead to size the columns (write-only sheets fix widths before the rows)."""
TICK_ROWS = 1024
"""Rows between progress reports and cancel checks."""

_FILTER_BUTTON = 3  # characters the header's filter drop-down covers
# Named in full: a Font without a name falls back to a serif face in LibreOffice.
_TITLE_FONT = Font(name="Calibri", family=2, bold=True, size=14)
_BOLD = Font(name="Calibri", family=2, bold=True, size=11)
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")
_LINE_HEIGHT = 15  # points: a line of 11-point text


class ReportCancelled(Exception):
    """The export was cancelled; no file was written."""


@dataclass(frozen=True, slots=True)
class Column:
    """A table sheet column: its header text, optional number format, width bounds."""

    header: str
    number_format: str | None = None
    min_width: float = 6
    max_width: float = 60
    wrap: bool = False
    """Long texts wrap onto more lines (top-aligned) instead of running on."""


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
        _set_widths(ws, [min(max(labels) + 2, 60), min(max([*values, 8]) + 2, 60)])
        _print_across(ws)
        ws.append([maker.text(heading, font=_TITLE_FONT)])
        row = 1
        ranges: list[tuple[int, int]] = []
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
            ws.add_chart(_bar_chart(ws, chart, first, last), "D3")
        return title

    def add_table_sheet(
        self,
        name: str,
        columns: Sequence[Column],
        rows: Iterable[Sequence[CellValue]],
        *,
        style: str = "TableStyleMedium2",
    ) -> str:
        """A sheet holding `rows` as an Excel table under `columns`; its name."""
        ws, title = self._sheet(name)
        maker = RowMaker(ws, [column.number_format for column in columns])
        pending = iter(rows)
        sample = list(islice(pending, WIDTH_SAMPLE))
        widths = _column_widths(columns, sample)
        _set_widths(ws, widths)
        ws.freeze_panes = "A2"
        _print_across(ws)
        ws.print_title_rows = "1:1"  # the header on every printed page
        headers = _unique([column.header for column in columns])
        ws.append([maker.text(header, font=_BOLD) for header in headers])
        written = 0
        append = ws.append
        make_row: Callable[[Sequence[CellValue]], list[object]] = maker.row
        wrapped = {i: int(widths[i]) - 2 for i, column in enumerate(columns) if column.wrap}
        if wrapped:
            make_row = _wrapping(ws, make_row, list(wrapped))
        for values in chain(sample, pending):
            if wrapped:
                # Spreadsheets do not grow a row for wrapped text on their own.
                lines = max(_lines(values[i], width) for i, width in wrapped.items())
                if lines > 1:
                    ws.row_dimensions[written + 2] = RowDimension(ws, ht=_LINE_HEIGHT * lines)
            append(make_row(values))
            written += 1
            if written % TICK_ROWS == 0:
                self._tick(TICK_ROWS)
        self._tick(written % TICK_ROWS)
        # Excel wants at least one data row in a table; an empty one shows as a blank row.
        ref = f"A1:{get_column_letter(len(columns))}{max(written, 1) + 1}"
        self._tables += 1
        table = Table(displayName=f"Table{self._tables}", ref=ref)
        table.tableColumns = [
            TableColumn(id=i, name=clean_text(h)) for i, h in enumerate(headers, 1)
        ]
        table.autoFilter = AutoFilter(ref=ref)
        table.tableStyleInfo = TableStyleInfo(name=style, showRowStripes=True)
        ws.tables.add(table)  # add_table would warn that write-only needs the columns set
        return title

    def save(self, path: Path) -> Path:
        """Write the workbook to `path` (replacing it) all at once; returns `path`."""
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        os.close(fd)
        try:
            self._wb.save(temporary)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return path

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
            if ws._writer is not None:
                with contextlib.suppress(OSError, ValueError):
                    ws._writer.cleanup()

    def _sheet(self, name: str) -> tuple[WriteOnlyWorksheet, str]:
        # Sheets added first keep their names: add fixed sheets before ones named by data.
        title = self._names.claim(name)
        return self._wb.create_sheet(title), title

    def _tick(self, rows: int) -> None:
        self._rows += rows
        if self._cancel is not None and self._cancel():
            raise ReportCancelled
        if self._progress is not None:
            self._progress(self._rows)


def _lines(value: CellValue, width: int) -> int:
    if not isinstance(value, str) or width <= 0:
        return 1
    return sum(max(1, -(-len(line) // width)) for line in value.split("\n"))


def _wrapping(
    ws: WriteOnlyWorksheet,
    make_row: Callable[[Sequence[CellValue]], list[object]],
    columns: Sequence[int],
) -> Callable[[Sequence[CellValue]], list[object]]:
    """`make_row` with the texts of `columns` wrapping, and every cell aligned at the top
    (rows grow with the wrapped text)."""
    templates = {}
    for alignment in (_WRAP, _TOP):
        template = WriteOnlyCell(ws)
        template.alignment = alignment
        templates[alignment] = template

    def row(values: Sequence[CellValue]) -> list[object]:
        cells = make_row(values)
        for index, cell in enumerate(cells):
            alignment = _WRAP if index in columns else _TOP
            if isinstance(cell, Cell):
                cell.alignment = alignment
                continue
            styled = Cell(ws, row=1, column=1, style_array=templates[alignment]._style)
            styled.value = cell
            if isinstance(cell, str):
                styled.data_type = "s"
            cells[index] = styled
        return cells

    return row


def _column_widths(columns: Sequence[Column], sample: Sequence[Sequence[CellValue]]) -> list[float]:
    widths = []
    for index, column in enumerate(columns):
        content = max((display_width(row[index]) for row in sample), default=0)
        wanted = max(content, len(column.header) + _FILTER_BUTTON) + 2
        widths.append(min(max(wanted, column.min_width), column.max_width))
    return widths


def _set_widths(ws: WriteOnlyWorksheet, widths: Sequence[float]) -> None:
    for index, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(index)].width = width


def _print_across(ws: WriteOnlyWorksheet) -> None:
    # Printed, a sheet is read across: landscape, every column (and a chart beside them)
    # on one page width.
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


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
    chart.width = 16
    chart.height = max(7.5, 0.7 * (last - first + 1) + 3)
    return chart
