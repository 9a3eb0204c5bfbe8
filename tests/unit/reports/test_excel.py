"""The shared workbook writer, read back as a spreadsheet user would see the file."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from kontakt.reports.cells import CellValue
from kontakt.reports.excel import (
    LANDSCAPE_WIDTH,
    TICK_ROWS,
    BarChartSpec,
    Column,
    PageFrame,
    ReportCancelled,
    SummaryBlock,
    WorkbookBuilder,
)

INJECTIONS = ["=1+2", "+SUM(A1)", "-3+4", "@cmd", "\tx", '=HYPERLINK("http://x")', "#N/A"]


def write_table(
    path: Path, columns: Sequence[Column], rows: Sequence[Sequence[CellValue]], name: str = "Ark"
) -> openpyxl.Workbook:
    with WorkbookBuilder(title="Test", created=datetime(2025, 3, 2, 9, 0)) as book:
        book.add_table_sheet(name, columns, rows)
        book.save(path)
    return openpyxl.load_workbook(path)


def test_formula_like_text_comes_back_as_the_same_text(tmp_path: Path) -> None:
    wb = write_table(tmp_path / "a.xlsx", [Column("Verdi")], [[v] for v in INJECTIONS])
    cells = [row[0] for row in wb.active.iter_rows(min_row=2)]
    assert [c.value for c in cells] == INJECTIONS
    assert all(c.data_type == "s" for c in cells)
    # Editing such a cell in a spreadsheet keeps it text (no visible apostrophe).
    assert all(c.quotePrefix for c in cells)


def test_text_xml_cannot_hold_is_changed_visibly_not_run(tmp_path: Path) -> None:
    rows = [["\rx"], ["\x00x"], ["a\x07b"], ["_x0041_"]]
    wb = write_table(tmp_path / "a.xlsx", [Column("Verdi")], rows)
    cells = [row[0] for row in wb.active.iter_rows(min_row=2)]
    assert all(c.data_type == "s" for c in cells)
    assert [c.value for c in cells[:3]] == ["\nx", "\ufffdx", "a\ufffdb"]
    # Escaped so that Excel and LibreOffice, which decode _xHHHH_, show the literal text.
    assert cells[3].value == "_x005F_x0041_"


def test_e164_numbers_and_plain_text_are_exactly_as_given(tmp_path: Path) -> None:
    rows = [["+4791234567"], ["Ærleg Øvre Ås"], ["0047 912 34 567"]]
    wb = write_table(tmp_path / "a.xlsx", [Column("Nummer")], rows)
    cells = [row[0] for row in wb.active.iter_rows(min_row=2)]
    assert [(c.value, c.data_type) for c in cells] == [(r[0], "s") for r in rows]
    assert cells[0].quotePrefix and not cells[1].quotePrefix


def test_own_numbers_dates_and_booleans_keep_their_types(tmp_path: Path) -> None:
    columns = [
        Column("Tal", number_format="0.00"),
        Column("Dato"),
        Column("Tid"),
        Column("Ja"),
        Column("ISO-dato", number_format="yyyy-mm-dd"),
    ]
    rows: list[list[CellValue]] = [
        [2.5, date(2025, 3, 1), datetime(2025, 3, 1, 8, 15), True, date(2025, 3, 1)],
    ]
    wb = write_table(tmp_path / "a.xlsx", columns, rows)
    number, day, moment, flag, iso = next(wb.active.iter_rows(min_row=2))
    assert (number.value, number.number_format) == (2.5, "0.00")
    # Dates show as Norwegian readers write them, unless a column asks otherwise.
    assert (day.value, day.number_format) == (datetime(2025, 3, 1), "dd.mm.yyyy")
    assert moment.value == datetime(2025, 3, 1, 8, 15)
    assert moment.number_format == "dd.mm.yyyy hh:mm"
    assert flag.value is True
    assert iso.number_format == "yyyy-mm-dd"


def test_table_sheet_has_bold_frozen_header_table_and_filters(tmp_path: Path) -> None:
    columns = [Column("Namn"), Column("Eining"), Column("Melding", max_width=40)]
    rows = [["Åse", "Skule", "kort"], ["Per", "Helse", "lang " * 30]]
    ws = write_table(tmp_path / "a.xlsx", columns, rows).active
    assert [c.value for c in ws[1]] == ["Namn", "Eining", "Melding"]
    assert all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    (table,) = ws.tables.values()
    assert table.ref == "A1:C3"
    assert table.autoFilter.ref == "A1:C3"
    assert [c.name for c in table.tableColumns] == ["Namn", "Eining", "Melding"]
    assert table.tableStyleInfo.name == "TableStyleMedium2"


def test_columns_are_as_wide_as_their_content_up_to_the_cap(tmp_path: Path) -> None:
    columns = [Column("A"), Column("B", max_width=40)]
    rows = [["Eit ganske langt namn på ei eining", "x" * 200]]
    ws = write_table(tmp_path / "a.xlsx", columns, rows).active
    default = 13  # what a spreadsheet shows for a column without a width
    assert ws.column_dimensions["A"].width > default
    assert ws.column_dimensions["A"].width >= len(rows[0][0])
    assert ws.column_dimensions["B"].width == 40


def test_an_empty_table_is_still_a_valid_table(tmp_path: Path) -> None:
    ws = write_table(tmp_path / "a.xlsx", [Column("A"), Column("B")], []).active
    assert [c.value for c in ws[1]] == ["A", "B"]
    assert next(iter(ws.tables.values())).ref == "A1:B2"


def test_summary_sheet_has_heading_blocks_and_a_bar_chart(tmp_path: Path) -> None:
    path = tmp_path / "s.xlsx"
    with WorkbookBuilder(title="Samandrag", created=datetime(2025, 3, 2, 9, 0)) as book:
        book.add_summary_sheet(
            "Samandrag",
            "Kontaktsjekk",
            [
                SummaryBlock(None, [("Kommune", "=Alver"), ("Dato", date(2025, 3, 1))]),
                SummaryBlock("Funn", [("Feil", 3), ("Åtvaring", 5)]),
            ],
            chart=BarChartSpec("Funn etter alvor", 1),
        )
        book.save(path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Samandrag"]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[0][0] == "Kontaktsjekk"
    assert ["Kommune", "=Alver"] in values
    assert ws["B3"].data_type == "s"
    assert ["Feil", 3] in values and ["Åtvaring", 5] in values
    (chart,) = ws._charts
    ref = chart.series[0].val.numRef.f
    assert ref == "'Samandrag'!$B$7:$B$8"
    assert (wb.properties.title, wb.properties.creator) == ("Samandrag", "Kontakt")
    assert wb.properties.created == datetime(2025, 3, 2, 9, 0)


def test_save_replaces_the_file_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    path.write_bytes(b"old")
    write_table(path, [Column("A")], [["ny"]])
    assert openpyxl.load_workbook(path).active["A2"].value == "ny"
    assert [p.name for p in tmp_path.iterdir()] == ["a.xlsx"]


def test_cancel_stops_the_export_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    streams = tmp_path / "streams"
    streams.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(streams))  # where openpyxl streams sheets
    path = tmp_path / "a.xlsx"
    path.write_bytes(b"old")
    seen: list[int] = []
    with (
        pytest.raises(ReportCancelled),
        WorkbookBuilder(title="T", progress=seen.append, cancel=lambda: len(seen) >= 2) as book,
    ):
        book.add_table_sheet("A", [Column("A")], ([str(i)] for i in range(10 * TICK_ROWS)))
        book.save(path)
    assert seen == [TICK_ROWS, 2 * TICK_ROWS]
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xlsx", "streams"]
    assert list(streams.iterdir()) == []  # no names or numbers left behind


def test_progress_counts_every_row_of_every_table(tmp_path: Path) -> None:
    seen: list[int] = []
    with WorkbookBuilder(title="T", progress=seen.append) as book:
        book.add_table_sheet("A", [Column("A")], [[i] for i in range(TICK_ROWS + 5)])
        book.add_table_sheet("B", [Column("B")], [[1], [2]])
        book.save(tmp_path / "a.xlsx")
    assert seen == [TICK_ROWS, TICK_ROWS + 5, TICK_ROWS + 7]


def test_a_narrow_table_prints_upright_a_wide_one_on_its_side(tmp_path: Path) -> None:
    narrow = write_table(tmp_path / "a.xlsx", [Column("Namn"), Column("Tal")], [["Ås", 1]])
    assert narrow.active.page_setup.orientation == "portrait"
    columns = [Column(f"K{i}", max_width=40) for i in range(6)]
    wide = write_table(tmp_path / "b.xlsx", columns, [["x" * 38] * 6])
    assert wide.active.page_setup.orientation == "landscape"


def test_wrapping_columns_give_way_until_the_table_fits_the_page(tmp_path: Path) -> None:
    columns = [
        Column("Kode", max_width=30),
        Column("Melding", min_width=40, max_width=120, wrap=True),
        Column("Verdi", min_width=10, max_width=80, wrap=True),
    ]
    rows = [["k" * 28, "ord " * 30, "v" * 78]]
    ws = write_table(tmp_path / "a.xlsx", columns, rows).active
    widths = [ws.column_dimensions[c].width for c in "ABC"]
    assert widths[0] == 30  # a column that does not wrap keeps its width
    assert sum(widths) <= LANDSCAPE_WIDTH + 0.5
    assert widths[1] >= 40 and widths[2] >= 10
    assert ws["B2"].alignment.wrap_text and ws["C2"].alignment.wrap_text
    assert ws.row_dimensions[2].height > 15


def test_header_and_footer_texts_are_printed_as_written(tmp_path: Path) -> None:
    frame = PageFrame("Drift & vedlikehald", "01.03.2025", "Side {page} av {pages}")
    with WorkbookBuilder(title="T", frame=frame) as book:
        book.add_table_sheet("Ark", [Column("A")], [["x"]])
        book.save(tmp_path / "a.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "a.xlsx").active
    assert ws.oddHeader.left.text == "Drift && vedlikehald"  # "&" alone would start a code
    assert ws.oddFooter.center.text == "Side &P av &N"
