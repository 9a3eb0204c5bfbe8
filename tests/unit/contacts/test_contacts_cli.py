"""`kontakt check-contacts`: summary, JSON, exit codes, and the real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kontakt.cli import main
from tests.unit.contacts import exports

SRC = Path(__file__).parents[3] / "src"


def inputs(tmp_path: Path) -> list[str]:
    return [
        str(exports.write_csv(tmp_path / "hrm.csv", encoding="cp1252")),
        "--directory",
        str(exports.write_directory(tmp_path / "dir.csv")),
        "--pattern",
        str(exports.write_pattern(tmp_path / "p.json")),
        "--domain",
        "demo.kommune.no",
        "--today",
        "2026-11-25",
    ]


def test_json_to_standard_output_has_the_spec_shape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--lang", "en", "check-contacts", *inputs(tmp_path), "--json", "-"])
    out, err = capsys.readouterr()
    assert code == 0
    document = json.loads(out)
    assert set(document) == {"rows", "summary", "findings"}
    assert document["rows"] == 7
    assert document["summary"]["not-in-directory"] == 5
    assert sum(document["summary"].values()) == len(document["findings"])
    finding = next(f for f in document["findings"] if f["code"] == "invalid-phone")
    assert finding == {
        "code": "invalid-phone",
        "severity": "error",
        "employee_id": "1003",
        "row": 3,
        "field": "mobile",
        "value": "12345678",
        "message": '"12345678" is not a valid phone number.',
    }
    unknown = next(f for f in document["findings"] if f["code"] == "pattern-member-unknown")
    assert unknown["row"] is None and "Gone Person" in unknown["message"]
    assert "7 rows read" in err  # the summary stays out of the JSON


def test_summary_and_json_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.json"
    code = main(["--lang", "en", "check-contacts", *inputs(tmp_path), "--json", str(target)])
    out, _ = capsys.readouterr()
    assert code == 0
    assert "hrm.csv: 7 rows read." in out
    assert "Findings: 8 errors, 10 warnings, 5 for information." in out
    assert "Missing mobile (missing-mobile)" in out
    assert json.loads(target.read_text(encoding="utf-8"))["rows"] == 7


@pytest.mark.parametrize(
    ("fail_on", "rows", "expected"),
    [
        ("error", None, 1),
        ("info", None, 1),
        # a clean export: nothing at any severity
        (
            "info",
            [
                [
                    "1001",
                    "Kari",
                    "Nordmann",
                    "S",
                    "K",
                    "kari@demo.kommune.no",
                    "41234567",
                    "56100010",
                    "",
                    "",
                ]
            ],
            0,
        ),
        # only a warning (no mobile): fails on warning, not on error
        (
            "warning",
            [["1001", "Kari", "N", "S", "K", "kari@demo.kommune.no", "", "56100010", "", ""]],
            1,
        ),
        (
            "error",
            [["1001", "Kari", "N", "S", "K", "kari@demo.kommune.no", "", "56100010", "", ""]],
            0,
        ),
    ],
)
def test_fail_on(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    fail_on: str,
    rows: list[list[str]] | None,
    expected: int,
) -> None:
    hrm = exports.write_csv(tmp_path / "hrm.csv", rows=rows)
    directory = exports.write_directory(tmp_path / "dir.csv")
    code = main(
        [
            "--lang",
            "en",
            "check-contacts",
            str(hrm),
            "--directory",
            str(directory),
            "--domain",
            "demo.kommune.no",
            "--today",
            "2026-11-25",
            "--fail-on",
            fail_on,
        ]
    )
    capsys.readouterr()
    assert code == expected
    assert main(["--lang", "en", "check-contacts", str(hrm), "--today", "2026-11-25"]) == 0


def test_the_real_command(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kontakt",
            "--lang",
            "en",
            "check-contacts",
            *inputs(tmp_path),
            "--json",
            "-",
            "--fail-on",
            "error",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 1
    assert json.loads(done.stdout)["summary"]["duplicate-employee-id"] == 2
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "kontakt",
            "--lang",
            "en",
            "check-contacts",
            str(tmp_path / "nothing.csv"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert bad.returncode == 2 and "nothing.csv" in bad.stderr


def test_xlsx_audit_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "audit.xlsx"
    assert main(["--lang", "en", "check-contacts", *inputs(tmp_path), "--xlsx", str(target)]) == 0
    capsys.readouterr()
    assert len(load_workbook(target, read_only=True).sheetnames) >= 2


def test_what_the_command_line_leaves_out_comes_from_the_database(
    demo_db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from kontakt.resources import resource_path

    code = main(
        [
            "--lang",
            "en",
            "--db",
            demo_db_url,
            "check-contacts",
            str(resource_path("demo", "hrm-export.csv")),
            "--today",
            "2026-11-25",
            "--json",
            "-",
        ]
    )
    captured = capsys.readouterr()
    assert code == 0
    assert "From the database of Demo kommune" in captured.err  # the summary, beside JSON
    assert "demo.kommune.no" in captured.err
    findings = json.loads(captured.out)["findings"]
    assert {"code": "ended-in-pattern", "employee_id": "1004"}.items() <= next(
        f for f in findings if f["code"] == "ended-in-pattern"
    ).items()


def test_without_a_database_only_the_files_given_count(capsys: pytest.CaptureFixture[str]) -> None:
    from kontakt.resources import resource_path

    code = main(
        [
            "--lang",
            "en",
            "check-contacts",
            str(resource_path("demo", "hrm-export.csv")),
            "--json",
            "-",
        ]
    )
    captured = capsys.readouterr()
    assert code == 0
    assert "database" not in captured.err
    assert not any(
        f["code"] in ("ended-in-pattern", "foreign-email-domain")
        for f in json.loads(captured.out)["findings"]
    )


def test_the_users_own_demo_database_is_not_mixed_into_a_check(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from kontakt.resources import resource_path
    from kontakt.services import startup
    from kontakt.storage.location import default_database_path

    startup.open_for_use(None).dispose()  # the GUI's first start: the demo, in the default place
    assert default_database_path().exists()
    try:
        code = main(
            [
                "--lang",
                "en",
                "check-contacts",
                str(resource_path("demo", "hrm-export.csv")),
                "--json",
                "-",
            ]
        )
        captured = capsys.readouterr()
        assert code == 0
        assert "database" not in captured.err
        assert not any(
            f["code"] == "ended-in-pattern" for f in json.loads(captured.out)["findings"]
        )
    finally:
        default_database_path().unlink()


def test_an_audit_that_cannot_be_written_is_exit_2_with_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = exports.write_csv(tmp_path / "hrm.csv")
    target = tmp_path / "missing-folder" / "audit.xlsx"
    code = main(["--lang", "en", "check-contacts", str(export), "--xlsx", str(target)])
    assert code == 2
    assert f"Cannot write {target}" in capsys.readouterr().err


def demo_files() -> list[str]:
    from kontakt.resources import resource_path

    return [
        str(resource_path("demo", "hrm-export.csv")),
        "--directory",
        str(resource_path("demo", "directory.csv")),
        "--pattern",
        str(resource_path("demo", "demo-sentralbord.ringpattern.json")),
        "--domain",
        "demo.kommune.no",
        "--today",
        "2026-11-25",
    ]


def test_the_audit_is_titled_with_the_municipality_given_and_names_people(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "audit.xlsx"
    args = ["--lang", "nn", "check-contacts", *demo_files(), "--municipality", "Alver"]
    assert main([*args, "--xlsx", str(target)]) == 0
    capsys.readouterr()
    wb = load_workbook(target)
    assert wb["Samandrag"]["A1"].value == "Kontaktsjekk for Alver"
    assert wb["Funn"].oddHeader.left.text == "Kontaktsjekk for Alver"
    rows = [[c.value for c in row] for row in wb["Funn"].iter_rows(min_row=2)]
    ended = next(row for row in rows if row[2] == "ended-in-pattern")
    assert ended[1] == "Slutta, framleis i ringemønster"
    # The member by name, the pattern by its name, the date as Norwegians write it.
    assert ended[9] == (
        "Arbeidsforholdet tok slutt 31.10.2026, men Per Lie er framleis medlem i "
        "ringemønsteret Sentralbord og heimeteneste – Demo kommune."
    )
    foreign = next(row for row in rows if row[2] == "foreign-email-domain")
    assert foreign[1] == "E-postadresse utanfor kommunen sine domene"


def test_an_audit_without_a_municipality_is_titled_with_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "audit.xlsx"
    assert main(["--lang", "nn", "check-contacts", *demo_files(), "--xlsx", str(target)]) == 0
    capsys.readouterr()
    assert load_workbook(target)["Samandrag"]["A1"].value == "Kontaktsjekk av hrm-export.csv"


def test_a_member_without_a_name_is_named_by_its_id_in_quotes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pattern = exports.write_pattern(tmp_path / "p.json")
    document = json.loads(pattern.read_text(encoding="utf-8"))
    del document["members"]["ghost"]["name"]
    pattern.write_text(json.dumps(document), encoding="utf-8")
    hrm = exports.write_csv(tmp_path / "hrm.csv")
    code = main(
        ["--lang", "nn", "check-contacts", str(hrm), "--pattern", str(pattern), "--json", "-"]
    )
    out, _ = capsys.readouterr()
    assert code == 0
    (unknown,) = [f for f in json.loads(out)["findings"] if f["code"] == "pattern-member-unknown"]
    assert unknown["message"] == (
        "«ghost», medlem i ringemønsteret Sentralbord, har tilsettnummeret 9999, "
        "som ikkje finst i HRM-eksporten."
    )


def test_counts_in_the_summary_take_the_plural_form_of_their_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [["1001", "Kari", "N", "S", "K", "kari@demo.kommune.no", "", "56100010", "", ""]]
    hrm = exports.write_csv(tmp_path / "hrm.csv", rows=rows)
    assert main(["--lang", "nn", "check-contacts", str(hrm), "--today", "2026-11-25"]) == 0
    out, _ = capsys.readouterr()
    assert "hrm.csv: 1 rad lesen." in out
    assert "Funn: 0 feil, 1 åtvaring, 0 til informasjon." in out
    assert "1 funn  Manglar mobilnummer (missing-mobile)" in out
