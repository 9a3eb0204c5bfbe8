"""Reading HRM exports: formats, cells, bad files (via `kontakt check-contacts`), mappings."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest

from kontakt.cli import main
from kontakt.core.contacts.errors import HrmImportError
from kontakt.core.contacts.hrm_import import read_table
from kontakt.core.contacts.mapping import HRM_FIELDS
from kontakt.core.tables.mapping import MappingProfile, automatic_mapping, fold, resolve_mapping
from tests.unit.contacts import exports


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", "check-contacts", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_comma_and_tab_separated_with_quoted_line_breaks(tmp_path: Path) -> None:
    comma = tmp_path / "comma.csv"
    comma.write_text(
        'Employee ID,Name,Mobile\n7,"Nordmann, Kari\nsecond line",91234567\n', encoding="utf-8"
    )
    table = read_table(comma)
    assert table.headers == ["Employee ID", "Name", "Mobile"]
    assert table.rows == [["7", "Nordmann, Kari\nsecond line", "91234567"]]
    tab = exports.write_csv(tmp_path / "tab.txt", delimiter="\t")
    assert read_table(tab).rows[1][1] == "Åse"


def test_workbook_cells_become_text_as_the_spec_says(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.title = "Other"
    sheet = workbook.create_sheet("HRM")
    sheet.append(["Ansattnr", "Mobil", "Sluttdato", "Telefon"])
    sheet.append([2001.0, 41002001.0, dt.datetime(2026, 3, 1), "=2+5"])
    workbook.save(tmp_path / "hrm.xlsx")
    table = read_table(tmp_path / "hrm.xlsx", sheet="HRM")
    assert table.rows == [["2001", "41002001", "2026-03-01", "=2+5"]]


def test_a_missing_sheet_names_the_sheets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hrm = exports.write_xlsx(tmp_path / "hrm.xlsx")
    code, _, err = run_cli(capsys, hrm, "--sheet", "Nope")
    assert code == 2
    assert 'no sheet "Nope"' in err and "Tilsette" in err


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02\xff\xfe binary \x00\x00junk" * 20, "binary"),
        (b"Ansattnr;Mobil\n", "no data rows"),
        (b"Ansattnr;Mobil\n1;91234567\n2;91234568;extra;cells\n", "row 2"),
        (b"Namn;Mobil\nKari;91234567\n", '"Namn", "Mobil"'),
    ],
)
def test_unusable_files_exit_2_naming_the_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, problem: str
) -> None:
    hrm = tmp_path / "hrm.csv"
    hrm.write_bytes(content)
    code, out, err = run_cli(capsys, hrm)
    assert code == 2
    assert "hrm.csv" in err and problem in err
    assert out == ""


def test_a_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(capsys, tmp_path / "absent.csv")
    assert code == 2 and "absent.csv" in err


def test_a_zip_bomb_is_refused_before_it_is_unpacked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            zeros = bytes(1 << 20)
            for _ in range(200):
                member.write(zeros)
    assert bomb.stat().st_size < 2 << 20
    code, _, err = run_cli(capsys, bomb)
    assert code == 2
    assert "bomb.xlsx" in err and "refused" in err and "sheet1.xml" in err


def test_headers_match_across_languages_case_and_accents() -> None:
    headers = [
        "TILSETTNR",
        "Fornamn",
        "Etternamn",
        "Eining",
        "E post",
        "Mobiltelefon",
        "Telefon arbeid",
        "Tilsett frå",
        "Fratredelse",
    ]
    assert automatic_mapping(headers, HRM_FIELDS) == {
        "employee_id": "TILSETTNR",
        "given_name": "Fornamn",
        "family_name": "Etternamn",
        "department": "Eining",
        "email": "E post",
        "mobile": "Mobiltelefon",
        "work_phone": "Telefon arbeid",
        "start_date": "Tilsett frå",
        "end_date": "Fratredelse",
    }
    assert automatic_mapping(["Employee number", "Mobile phone", "E-mail"], HRM_FIELDS) == {
        "employee_id": "Employee number",
        "email": "E-mail",
        "mobile": "Mobile phone",
    }
    assert fold("Fråtredelse") == fold("fratredelse")
    assert fold("Sæbø") == "saebo"


def test_profile_and_overrides_replace_the_automatic_choice() -> None:
    headers = ["Ressurs", "Mobil", "Privat mobil"]
    with pytest.raises(HrmImportError) as missing:
        resolve_mapping(headers, HRM_FIELDS, file="x.csv")
    # the field in words, never its internal key
    assert 'the required field "Employee number"' in str(missing.value)
    assert "employee_id" not in str(missing.value)
    assert '"Ressurs", "Mobil", "Privat mobil"' in str(missing.value)
    profile = MappingProfile(
        "Visma", {"employee_id": "ressurs", "mobile": "Privat mobil"}, HRM_FIELDS.kind
    )
    assert resolve_mapping(headers, HRM_FIELDS, profile=profile) == {
        "employee_id": "Ressurs",
        "mobile": "Privat mobil",
    }
    assert resolve_mapping(headers, HRM_FIELDS, profile=profile, overrides={"mobile": ""}) == {
        "employee_id": "Ressurs"
    }
    with pytest.raises(HrmImportError, match="Telefon"):
        resolve_mapping(
            headers, HRM_FIELDS, overrides={"employee_id": "Ressurs", "work_phone": "Telefon"}
        )


def test_a_mapping_profile_survives_a_json_round_trip() -> None:
    profile = MappingProfile(
        "Visma HRM", {"employee_id": "Ressursnr", "mobile": ""}, HRM_FIELDS.kind
    )
    assert MappingProfile.from_json(profile.to_json(), HRM_FIELDS) == profile
    with pytest.raises(ValueError, match="shoe_size"):
        MappingProfile.from_json({"name": "x", "mapping": {"shoe_size": "Sko"}}, HRM_FIELDS)
    with pytest.raises(ValueError):
        MappingProfile.from_json({"name": "x"}, HRM_FIELDS)


def test_map_option_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hrm = tmp_path / "hrm.csv"
    hrm.write_text("Ressurs;Mobil\n1;91234567\n", encoding="utf-8")
    assert run_cli(capsys, hrm)[0] == 2
    code, out, _ = run_cli(capsys, hrm, "--map", "employee_id=Ressurs")
    assert code == 0 and "1 row read" in out
    code, _, err = run_cli(capsys, hrm, "--map", "shoe=Ressurs")
    assert code == 2 and "shoe" in err
