"""`kontakt preparedness check` and `scenario`: what they print, their JSON, exit codes."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kontakt.cli import main
from kontakt.core.preparedness.scenarios import next_monday
from kontakt.core.preparedness.sites import dumps
from tests.helpers import sqlite_url
from tests.unit.preparedness.builders import pattern_doc, register, sites_doc


def files(tmp_path: Path) -> tuple[str, str]:
    sites, pattern = tmp_path / "sites.json", tmp_path / "test.ringpattern.json"
    sites.write_text(dumps(register()), encoding="utf-8")
    pattern.write_text(json.dumps(pattern_doc()), encoding="utf-8")
    return str(sites), str(pattern)


def test_check_of_files_json_and_exit_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sites, pattern = files(tmp_path)
    args = ["--lang", "en", "preparedness", "check", "--sites", sites, "--pattern", pattern]
    assert main([*args, "--json", "-"]) == 0
    captured = capsys.readouterr()
    document = json.loads(captured.out)
    assert document["sites"] == [
        {"id": "radhuset", "autonomy_min": 180},
        {"id": "skule", "autonomy_min": 30},
    ]
    assert [f["code"] for f in document["findings"]] == ["short-autonomy"]
    assert "Site Skulen: emergency power 30 min" in captured.err
    assert main([*args, "--fail-on", "warning"]) == 1
    assert main([*args, "--fail-on", "error"]) == 0


def test_unusable_input_exits_2_saying_what_and_where(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sites, pattern = files(tmp_path)
    bad = sites_doc()
    bad["sites"][0]["path"][0]["ups_min"] = "lenge"
    Path(sites).write_text(json.dumps(bad), encoding="utf-8")
    assert main(["--lang", "en", "preparedness", "check", "--sites", sites]) == 2
    assert capsys.readouterr().err.strip() == (
        f'{sites}, sites[0].path[0].ups_min: expected whole minutes from 0 to 100 000, not "lenge".'
    )
    Path(sites).write_text(dumps(register()), encoding="utf-8")
    base = ["--lang", "en", "preparedness", "scenario", "--sites", sites, "--pattern", pattern]
    assert main([*base, "--power", "radhuset"]) == 2
    assert "SITE:MINUTES" in capsys.readouterr().err
    assert main([*base, "--network", "brannstasjonen"]) == 2
    assert 'the site "brannstasjonen" is not in the sites register' in capsys.readouterr().err
    assert main([*base[:-2], "--pattern", str(tmp_path / "missing.json"), "--datacentre"]) == 2
    assert "missing.json" in capsys.readouterr().err


def test_scenario_json_normal_and_during(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sites, pattern = files(tmp_path)
    base = ["--lang", "en", "preparedness", "scenario", "--sites", sites, "--pattern", pattern]
    assert main([*base, "--network", "radhuset", "--json", "-"]) == 0
    (scenario,) = json.loads(capsys.readouterr().out)["scenarios"]
    assert scenario["scenario"] == "network radhuset"
    assert scenario["lost_members"] == ["kari"]
    first = scenario["entries"][0]
    monday = next_monday(date.today()).isoformat()
    assert first == {
        "entry": "+4756100000",
        "state": "open",
        "at": first["at"],
        "normal": {"outcome": "voicemail", "rang": ["kari", "ola"]},
        "during": {
            "outcome": "voicemail",
            "rang": ["ola"],
            "route": ["open", "switchboard", "mail"],
        },
        "answerable": True,
    }
    assert first["at"].startswith(f"{monday}T10:00")
    assert main([*base, "--sweep", "--json", str(tmp_path / "sweep.json")]) == 0
    sweep = json.loads((tmp_path / "sweep.json").read_text(encoding="utf-8"))
    assert [s["scenario"] for s in sweep["scenarios"]][-3:] == [
        "datacentre",
        "mobile-network",
        "platform",
    ]
    assert not any(e["answerable"] for e in sweep["scenarios"][-1]["entries"])


def test_the_database_gives_what_the_files_do_not(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = sqlite_url(demo_db_path)
    plan = tmp_path / "plan.xlsx"
    assert main(["--lang", "nn", "--db", url, "preparedness", "check", "--xlsx", str(plan)]) == 0
    said = capsys.readouterr().out
    assert "desk-phone-without-poe" in said and "Teknisk etat" in said
    assert "Lokasjon teknisk" not in said  # a site is named by its name, not its id
    assert plan.stat().st_size > 0
    assert main(["--lang", "en", "--db", url, "preparedness", "scenario", "--platform"]) == 0
    said = capsys.readouterr().out
    assert "Scenario Telephony platform down: 6 members lost" in said
    assert "NOT answerable" in said
    assert (
        main(["--lang", "nn", "--db", url, "preparedness", "scenario", "--network", "radhuset"])
        == 0
    )
    said = capsys.readouterr().out
    assert "  Borte: Ingrid Haugland, Kari Nordmann\n" in said  # names, not ids
