"""`kontakt service-level`: the summary, the JSON and Excel files, exit codes, and the
database's targets and call records (`spec/servicelevel.md`)."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook
from sqlalchemy import select

from kontakt.cli import main
from kontakt.core.servicelevel.figures import Goal
from kontakt.core.tables.mapping import MappingProfile
from kontakt.resources import resource_path
from kontakt.services import servicelevel
from kontakt.services.servicelevel import CallsRequest, ImportCancelled
from kontakt.storage.db import Database
from kontakt.storage.models import AppState, CallRecord
from tests.helpers import sqlite_url

DEMO = resource_path("demo")
PATTERN = str(DEMO / "demo-sentralbord.ringpattern.json")
HEADER = "Tidspunkt;Nummer;Gruppe;Ventetid;Samtaletid;Resultat;A-nummer\n"
ROWS = (
    "2026-11-23 09:00:00;56100000;Helse og omsorg;10;120;svart;41234567\n"
    "2026-11-23 09:05:00;56100000;helse;30;120;svart;41234568\n"
    "2026-11-23 09:10:00;56100000;helse;3;0;lagt på;41234569\n"
    "2026-11-24 09:10:00;56100000;Byggesak;12;60;besvart;41234570\n"
    "2026-11-23 17:10:00;56100000;;0;0;stengt;41234571\n"
)
CALLERS = {"41234567", "41234568", "41234569", "41234570", "41234571"}


def calls_file(tmp_path: Path, rows: str = ROWS, name: str = "calls.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", "service-level", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_json_has_the_spec_shape_and_no_calling_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = calls_file(tmp_path)
    code, out, err = run(
        capsys, str(path), "--pattern", PATTERN, "--target", "Helse og omsorg=50/20", "--json", "-"
    )
    assert code == 0
    document = json.loads(out)
    assert set(document) == {"period", "calls", "by_target", "closed_calls", "hour_of_week"}
    assert document["period"] == {"from": "2026-11-23", "to": "2026-11-24"}
    assert document["calls"] == 5
    helse = next(t for t in document["by_target"] if t["target"] == "helse")
    assert helse == {
        "target": "helse",
        "offered": 3,
        "answered": 2,
        "answered_within": 1,
        "abandoned": 1,
        "short_abandoned": 1,
        "service_level": 0.5,
        "answer_rate": 1.0,
        "abandon_rate": 0.0,
        "asa_s": 20.0,
        "p90_wait_s": 30.0,
        "aht_s": 120.0,
        "goal": {"percent": 50.0, "within_s": 20},
        "meets": True,
    }
    assert document["closed_calls"] == [{"weekday": 0, "hour": 17, "state": "closed", "count": 1}]
    monday_nine = [
        c
        for c in document["hour_of_week"]
        if c["target"] == "helse" and (c["weekday"], c["hour"]) == (0, 9)
    ]
    assert monday_nine == [
        {
            "target": "helse",
            "weekday": 0,
            "hour": 9,
            "offered": 3,
            "service_level": 0.5,
            "agents_needed": 1,
            "members": 2,
        }
    ]
    assert len(document["hour_of_week"]) == 2 * 7 * 24
    assert not any(caller in out for caller in CALLERS)
    assert "Helse og omsorg: 3 offered, 50 % answered within 20 s (target 50 %)" in err


def test_exit_codes_and_what_goes_wrong_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = calls_file(tmp_path)
    assert run(capsys, str(path))[0] == 0
    code, out, _ = run(capsys, str(path), "--target", "helse=95/10", "--fail-on-miss")
    assert code == 1 and "target MISSED" in out
    parked = calls_file(tmp_path, ROWS.replace("lagt på", "parkert"), "parked.csv")
    code, _, err = run(capsys, str(parked))
    assert code == 2
    assert f'{parked}, row 3, column "Resultat": "parkert" is not a call result' in err
    code, _, _ = run(capsys, str(parked), "--result", "parkert=abandoned")
    assert code == 0
    assert run(capsys, str(path), "--target", "helse=80")[0] == 2
    assert run(capsys, str(path), "--from", "2026-11-24", "--to", "2026-11-23")[0] == 2
    code, _, err = run(capsys, str(path), "--map", "result=Utfall")
    assert code == 2 and '"Utfall"' in err
    code, _, err = run(capsys, str(tmp_path / "missing.csv"))
    assert code == 2 and "missing.csv" in err
    code, out, _ = run(capsys, str(path), "--from", "2026-11-24", "--json", "-")
    assert json.loads(out)["calls"] == 1


def test_the_excel_report_reads_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, report = calls_file(tmp_path), tmp_path / "report.xlsx"
    code, _, _ = run(capsys, str(path), "--pattern", PATTERN, "--xlsx", str(report))
    assert code == 0
    book = openpyxl.load_workbook(report)
    assert book.sheetnames == [
        "Summary",
        "Targets",
        "Heat map Byggesak",
        "Heat map Helse og omsorg",
        "Misses",
        "Closed time",
        "Staffing",
    ]
    summary = book["Summary"]
    assert summary._charts, "the summary has its chart"
    targets = [[c.value for c in row] for row in book["Targets"].iter_rows(min_row=2)]
    assert [row[0] for row in targets] == ["Byggesak", "Helse og omsorg"]
    assert targets[1][2] == 0.5 and targets[1][10] == "✘ Missed"
    assert targets[1][7] == "20 s" and targets[1][9] == "2 min"  # minutes, not "120 s"
    summary_values = [c.value for row in summary.iter_rows() for c in row]
    assert "Average wait" in summary_values and "20 s" in summary_values
    heat = book["Heat map Helse og omsorg"]
    # the printed page says whose map it is and how to read it, not the sheet name alone
    assert heat["A1"].value == ("Helse og omsorg: service level by hour, target 80 % within 20 s")
    assert heat["A2"].value.startswith("✘ marks an hour under the target. Colour: red at 0 %")
    assert [c.value for c in heat[3]][:3] == ["Hour", "Monday", "Tuesday"]
    assert heat.print_title_rows == "$1:$3"
    monday_nine = heat.cell(row=13, column=2)
    assert heat.cell(row=13, column=1).value == "09" and monday_nine.value == 0.5
    # a miss carries a sign in its number format, so it reads without colour
    assert monday_nine.number_format == '[<0.8]"✘ "0\\ %;0\\ %'
    widths = {heat.column_dimensions[letter].width for letter in "BCDEFGH"}
    assert len(widths) == 1, "every weekday column is as wide as the others"
    rules = [rule for cf in heat.conditional_formatting for rule in cf.rules]
    assert rules and rules[0].type == "colorScale"
    assert [str(cf.sqref) for cf in heat.conditional_formatting] == ["B4:H27"]
    assert [c.value for c in book["Closed time"][2]] == ["Monday", "17", "closed", 1]
    staffing = [[c.value for c in row] for row in book["Staffing"].iter_rows(min_row=2)]
    assert staffing[0][:7] == [
        "Byggesak",
        "Tuesday",
        "09",
        1,
        pytest.approx(1 / 1 * 60 / 3600),
        1,
        2,
    ]
    assert "overstates" in staffing[0][7]
    cells = {str(c.value) for ws in book for row in ws.iter_rows() for c in row}
    assert not cells & CALLERS


def test_a_workbook_of_calls_is_read_like_a_csv(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Samtalar"
    for line in (HEADER + ROWS).splitlines():
        sheet.append(line.split(";"))
    path = tmp_path / "calls.xlsx"
    book.save(path)
    code, out, _ = run(capsys, str(path), "--sheet", "Samtalar", "--json", "-")
    assert code == 0 and json.loads(out)["calls"] == 5


def test_targets_and_calls_in_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], demo_db: Database, demo_db_path: Path
) -> None:
    servicelevel.save_targets(demo_db, {"Helse og omsorg": Goal(95, 10), "56100000": Goal()})
    assert servicelevel.saved_targets(demo_db)["Helse og omsorg"] == Goal(95, 10)
    path = calls_file(tmp_path)
    code, out, _ = (
        main(
            [
                "--lang",
                "en",
                "--db",
                sqlite_url(demo_db_path),
                "service-level",
                str(path),
                "--pattern",
                PATTERN,
            ]
        ),
        *capsys.readouterr(),
    )
    assert code == 0
    assert "Helse og omsorg: 3 offered, 50 % answered within 10 s (target 95 %)" in out
    assert "56 10 00 00: 4 offered, 67 % answered within 20 s" in out

    # the demo's own records (and the key they were hashed with) survive a cancelled import
    request = CallsRequest(path)
    first_key = _key(demo_db)
    with pytest.raises(ImportCancelled):
        servicelevel.import_calls(demo_db, request, cancel=lambda: True)
    with demo_db.session() as session:
        assert len(session.scalars(select(CallRecord)).all()) == 2292
    assert _key(demo_db) == first_key
    servicelevel.import_calls(demo_db, request)
    servicelevel.import_calls(demo_db, request)
    assert _key(demo_db) == first_key  # made once per database
    stored = servicelevel.stored_calls(demo_db)
    assert stored is not None and stored.callers is not None
    assert len(set(stored.callers)) == 5 and not set(stored.callers) & CALLERS
    assert stored.start[0].isoformat() == "2026-11-23T09:00:00"
    assert servicelevel.analyse_stored(demo_db) is not None

    profile = MappingProfile("Telefoni", {"result": "Resultat"}, "calls")
    assert servicelevel.save_call_profile(demo_db, profile)
    assert servicelevel.call_profiles(demo_db) == [profile]


def _key(db: Database) -> str:
    with db.session() as session:
        row = session.get(AppState, "call-caller-hash-key")
        assert row is not None
        return row.value


def test_a_reader_can_see_but_not_import_calls_or_edit_targets(
    tmp_path: Path, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kontakt.services import users
    from kontakt.services.database import StorageError

    monkeypatch.setenv(users.LOGIN_ENV, "kari")
    users.require(demo_db, users.CHANGE)  # Kari's first change: the demo is hers
    users.add(demo_db, "per", users.READER)
    monkeypatch.setenv(users.LOGIN_ENV, "per")
    before = servicelevel.saved_targets(demo_db)
    with pytest.raises(StorageError, match="reader"):
        servicelevel.import_calls(demo_db, CallsRequest(calls_file(tmp_path)))
    with pytest.raises(StorageError, match="reader"):
        servicelevel.save_targets(demo_db, {"Helse og omsorg": Goal(95, 10)})
    with pytest.raises(StorageError, match="reader"):
        servicelevel.save_call_profile(demo_db, MappingProfile("Telefoni", {}, "calls"))
    assert servicelevel.analyse_stored(demo_db) is not None  # reading is allowed
    with demo_db.session() as session:
        assert len(session.scalars(select(CallRecord)).all()) == 2292
    assert servicelevel.saved_targets(demo_db) == before
    assert servicelevel.call_profiles(demo_db) == []
