"""Exports made to hurt: sparse and oversized sheets, XML tricks, mixed encodings; each is
refused or read with a notice, never a crash, and every message names the file as given."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

from kontakt.core.contacts.errors import HrmImportError
from kontakt.core.contacts.hrm_import import read_table
from kontakt.core.tables import errors
from kontakt.core.tables.xlsx_table import MAX_CELLS
from tests.unit.contacts import exports
from tests.unit.contacts.workbooks import (
    BROKEN_STYLES,
    FORMULA_ROW,
    HEADER_ROW,
    sheet_xml,
    write_workbook,
)

SRC = Path(__file__).parents[3] / "src"


def kontakt(*args: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(SRC)}
    environment.pop("KONTAKT_DB_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "kontakt", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


def one_cell_at(ref: str, row: int) -> str:
    return sheet_xml(
        f'{HEADER_ROW}<row r="{row}"><c r="{ref}" t="inlineStr"><is><t>x</t></is></c></row>'
    )


@pytest.mark.parametrize(
    ("sheet", "size"),
    [
        (one_cell_at("XFD1048576", 1048576), (1048576, 16384)),
        (one_cell_at("ZZ100000", 100000), (100000, 702)),
        (sheet_xml(HEADER_ROW, dimension="A1:XFD1048576"), (1048576, 16384)),
        # cells placed beyond their own row's number
        (
            sheet_xml(
                f'{HEADER_ROW}<row r="2"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c>'
                '<c r="XFD2" t="inlineStr"><is><t>x</t></is></c></row>'
            ),
            (1048576, 16384),
        ),
        (one_cell_at("J600000", 600000), (600000, 10)),
        # cells without a reference, each one column right of the one before
        (
            sheet_xml(
                f'{HEADER_ROW}<row r="1048576">{"<c/>" * 20000}'
                '<c t="inlineStr"><is><t>x</t></is></c></row>'
            ),
            (1048576, 20001),
        ),
    ],
)
def test_a_sheet_beyond_the_cap_is_refused_at_once_naming_file_sheet_and_size(
    tmp_path: Path, sheet: str, size: tuple[int, int]
) -> None:
    path = write_workbook(tmp_path / "tiny.xlsx", sheet)
    assert path.stat().st_size < 2048
    started = time.perf_counter()
    with pytest.raises(HrmImportError) as raised:
        read_table(path)
    assert time.perf_counter() - started < 1
    assert raised.value.key == errors.SHEET_TOO_LARGE
    assert raised.value.params["file"] == str(path)
    assert raised.value.params["sheet"] == "Tilsette"
    assert (raised.value.params["rows"], raised.value.params["columns"]) == size


def test_a_sheet_just_within_the_cap_is_read(tmp_path: Path) -> None:
    rows = MAX_CELLS // 26
    path = write_workbook(tmp_path / "wide.xlsx", one_cell_at(f"Z{rows}", rows))
    table = read_table(path)
    assert table.headers[0] == "Ansattnr" and table.rows[-1][25] == "x"


def test_cells_and_rows_without_references_are_read(tmp_path: Path) -> None:
    cells = "".join(f'<c t="inlineStr"><is><t>{text}</t></is></c>' for text in ("1001", "Kari"))
    sheet = sheet_xml(
        '<row><c t="inlineStr"><is><t>Ansattnr</t></is></c>'
        f'<c t="inlineStr"><is><t>Fornavn</t></is></c></row><row>{cells}</row>'
    )
    table = read_table(write_workbook(tmp_path / "plain.xlsx", sheet))
    assert table.headers == ["Ansattnr", "Fornavn"] and list(table.rows) == [["1001", "Kari"]]


def test_the_sparse_workbook_is_refused_by_the_command_not_killing_it(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "sparse.xlsx", one_cell_at("XFD1048576", 1048576))
    done = kontakt("--lang", "en", "check-contacts", str(path))
    assert done.returncode == 2
    assert str(path) in done.stderr and "Tilsette" in done.stderr
    assert "Traceback" not in done.stderr


DOCTYPE = '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaa">]>'


@pytest.mark.parametrize(
    ("sheet", "styles"),
    [
        (sheet_xml(HEADER_ROW + FORMULA_ROW, prolog=DOCTYPE), None),
        (sheet_xml(HEADER_ROW + '<row r="2"><c r="A2" t="n" t="s"><f>1+1</f></c></row>'), None),
        (sheet_xml(HEADER_ROW + FORMULA_ROW), BROKEN_STYLES),
    ],
    ids=["doctype", "duplicate-attribute", "broken-styles"],
)
def test_xml_the_formula_reader_refuses_is_a_message_and_exit_2(
    tmp_path: Path, sheet: str, styles: str | None
) -> None:
    path = write_workbook(tmp_path / "hostile.xlsx", sheet, styles=styles)
    done = kontakt("--lang", "nn", "check-contacts", str(path))
    assert done.returncode == 2
    assert str(path) in done.stderr and "DOCTYPE" in done.stderr
    assert "Traceback" not in done.stderr and "Error" not in done.stderr


def test_openpyxl_reads_through_defusedxml() -> None:
    assert openpyxl.DEFUSEDXML is True


def test_a_csv_of_mixed_encodings_is_read_right_with_a_notice_naming_the_lines(
    tmp_path: Path,
) -> None:
    path = tmp_path / "hrm.csv"
    good = exports.write_csv(tmp_path / "utf8.csv").read_bytes()
    lines = good.split(b"\r\n")
    lines[3] = lines[3].decode("utf-8").encode("cp1252")  # row 3 pasted from another export
    path.write_bytes(b"\r\n".join(lines))
    table = read_table(path)
    assert [row[1:3] for row in table.rows[:3]] == [
        ["Kari", "Nordmann"],
        ["Åse", "Sæbø"],
        ["Ola", "Vik"],
    ]
    assert "Ingeniør" in table.rows[2]
    (notice,) = table.notices
    assert notice.params == {"file": str(path), "utf8": 3, "other": 4}
    done = kontakt("--lang", "en", "check-contacts", str(path), "--today", "2026-11-25")
    assert done.returncode == 0
    assert f"{path}: the file mixes two encodings: line 3 is UTF-8, line 4" in done.stderr


def test_a_plain_windows_1252_file_has_no_notice(tmp_path: Path) -> None:
    table = read_table(exports.write_csv(tmp_path / "hrm.csv", encoding="cp1252"))
    assert table.notices == () and table.rows[1][2] == "Sæbø"


def test_a_sheet_asked_of_a_csv_file_is_refused(tmp_path: Path) -> None:
    path = exports.write_csv(tmp_path / "hrm.csv")
    with pytest.raises(HrmImportError) as raised:
        read_table(path, sheet="Ark1")
    assert raised.value.key == errors.SHEET_ON_CSV
    done = kontakt("--lang", "en", "check-contacts", str(path), "--sheet", "Ark1")
    assert done.returncode == 2 and "has no sheets" in done.stderr


def test_messages_name_the_file_as_given_so_two_exports_can_be_told_apart(
    tmp_path: Path,
) -> None:
    (tmp_path / "hrm").mkdir()
    (tmp_path / "telefoni").mkdir()
    hrm = exports.write_csv(tmp_path / "hrm" / "export.csv")
    directory = tmp_path / "telefoni" / "export.csv"
    directory.write_text("nummer;type\n", encoding="utf-8")
    done = kontakt("--lang", "en", "check-contacts", str(hrm), "--directory", str(directory))
    assert done.returncode == 2
    assert str(directory) in done.stderr
