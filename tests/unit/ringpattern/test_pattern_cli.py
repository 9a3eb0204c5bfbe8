"""`kontakt pattern …` as a user runs it: exit codes, text for people, JSON for tools."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import kontakt
from kontakt.cli import main

from .builders import DEMO_PATH, MAIN, demo_document, document, group, voicemail


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.ringpattern.json"
    shutil.copy(DEMO_PATH, path)
    return path


def _write(tmp_path: Path, name: str, doc: dict[str, Any]) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main(["--lang", "en", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_validate_exit_codes(
    tmp_path: Path, demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "pattern", "validate", demo_file)
    assert code == 0
    assert "long-wait" in out and "Errors: 0, warnings: 2, information: 0" in out
    broken = _write(tmp_path, "broken.json", document([group("g", ["a", "b"], "nowhere")]))
    code, out, _ = _run(capsys, "pattern", "validate", broken, "--json")
    assert code == 1
    result = json.loads(out)
    assert result["pattern"] == "test"
    assert result["findings"][0] == {
        "code": "unknown-target",
        "severity": "error",
        "node": "g",
        "entry": None,
        "message": 'The exit "no answer" leads to "nowhere", which does not exist.',
    }


def test_unreadable_documents_exit_2_naming_file_and_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = demo_document()
    doc["nodes"][1]["options"]["1"] = 7
    path = _write(tmp_path, "bad.json", doc)
    code, out, err = _run(capsys, "pattern", "validate", path)
    assert (code, out) == (2, "")
    assert f'{path}, at nodes[1].options."1": A node id or null is expected here.' in err
    code, _, err = _run(capsys, "pattern", "validate", tmp_path / "none.json")
    assert code == 2 and "does not exist" in err
    newer = _write(tmp_path, "newer.json", {**demo_document(), "version": 2})
    code, _, err = _run(capsys, "pattern", "validate", newer)
    assert code == 2 and "version 2" in err


def test_simulate_json_is_the_spec_form(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(
        capsys,
        "pattern",
        "simulate",
        demo_file,
        "--number",
        MAIN,
        "--at",
        "2026-11-24T08:00",
        "--press",
        "1",
        "--answer",
        "silje",
        "--unavailable",
        "per",
        "--json",
    )
    assert code == 0
    assert json.loads(out) == {
        "entry": MAIN,
        "at": "2026-11-24T08:00:00+01:00",
        "steps": [
            {
                "node": "opningstid",
                "type": "schedule",
                "at_s": 0,
                "state": "open",
                "pressed": None,
                "rang": None,
                "result": None,
            },
            {
                "node": "hovudmeny",
                "type": "menu",
                "at_s": 0,
                "state": None,
                "pressed": "1",
                "rang": None,
                "result": None,
            },
            {
                "node": "helse",
                "type": "group",
                "at_s": 0,
                "state": None,
                "pressed": None,
                "rang": ["silje"],
                "result": "answered",
            },
        ],
        "outcome": "answered",
        "answered_by": "silje",
        "forwarded_to": None,
        "elapsed_s": 0,
    }


def _nynorsk(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main(["--lang", "nn", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_simulate_text_in_nynorsk_names_people_and_says_what_happened(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _nynorsk(
        capsys, "pattern", "simulate", demo_file, "--number", MAIN, "--at", "2026-11-24T08:00"
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Samtale til 56 10 00 00 (24.11.2026 08.00)"
    assert (
        "Det ringde hos Kari Nordmann, Ingrid Haugland og Ola Vik; ingen svarte innan 240 s, "
        "så samtalen gjekk vidare til overløp." in out
    )
    assert "Sentralbordet" in out and "sentralbord " not in out
    assert lines[-1] == "Samtalen gjekk til talepost etter 248 s."
    assert "kari" not in out and "Utfall" not in out


def test_simulate_says_when_nobody_could_take_the_call(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _nynorsk(
        capsys,
        "pattern",
        "simulate",
        demo_file,
        "--number",
        MAIN,
        "--at",
        "2026-11-24T09:00",
        "--press",
        "1",
        "--unavailable",
        "per,silje",
        "--answer",
        "kari",
    )
    assert code == 0
    assert "Ingen medlemer kunne ta samtalen, så ingen telefon ringde." in out
    assert "hos -" not in out
    assert out.splitlines()[-1] == "Kari Nordmann svarte etter 0 s."


@pytest.mark.parametrize(
    ("at", "state"),
    [
        ("2026-12-24T10:00", "fridag (stengd kvart år)"),
        ("2026-12-25T10:00", "fridag (heilagdag: 1. juledag)"),
    ],
)
def test_a_closed_day_is_a_public_holiday_only_when_it_is_one(
    demo_file: Path, capsys: pytest.CaptureFixture[str], at: str, state: str
) -> None:
    code, out, _ = _nynorsk(capsys, "pattern", "simulate", demo_file, "--number", MAIN, "--at", at)
    assert code == 0
    assert state in out
    assert out.count("heilagdag") == ("heilagdag" in state)
    assert out.splitlines()[-1] == "Samtalen vart avslutta etter 0 s."


def test_unknown_entry_or_member_exits_2(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(
        capsys,
        "pattern",
        "simulate",
        demo_file,
        "--number",
        "+4799999999",
        "--at",
        "2026-11-24T08:00",
    )
    assert code == 2 and "+4799999999" in err
    code, _, err = _run(
        capsys,
        "pattern",
        "simulate",
        demo_file,
        "--number",
        MAIN,
        "--at",
        "2026-11-24T08:00",
        "--answer",
        "nobody",
    )
    assert code == 2 and "nobody" in err


def test_coverage_json_and_text(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys,
        "pattern",
        "coverage",
        demo_file,
        "--number",
        MAIN,
        "--from",
        "2026-12-23",
        "--to",
        "2026-12-24",
        "--json",
    )
    assert code == 0
    result = json.loads(out)
    assert result["entry"] == MAIN
    assert result["intervals"][-1] == {
        "from": "2026-12-24T00:00:00+01:00",
        "to": "2026-12-25T00:00:00+01:00",
        "state": "holiday",
        "outcome": "hangup",
        "route": ["opningstid", "helg-melding"],
    }
    code, out, _ = _run(
        capsys,
        "pattern",
        "coverage",
        demo_file,
        "--number",
        MAIN,
        "--from",
        "2026-12-23",
        "--to",
        "2026-12-24",
    )
    assert "2026-12-23 08:00  2026-12-23 12:00  open" in out
    code, out, _ = _nynorsk(
        capsys,
        "pattern",
        "coverage",
        demo_file,
        "--number",
        MAIN,
        "--from",
        "2026-12-23",
        "--to",
        "2026-12-26",
    )
    assert (
        "24.12.2026 00.00  27.12.2026 00.00  fridag (24.12.: stengd kvart år; "
        "25.12.: heilagdag: 1. juledag; 26.12.: heilagdag: 2. juledag)  "
        "samtalen vart avslutta  Opningstid rådhuset → Fridag" in out
    )


def test_diff_json(tmp_path: Path, demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = demo_document()
    doc["nodes"][1]["options"]["2"] = "sentralbord"
    new = _write(tmp_path, "new.json", doc)
    code, out, _ = _run(capsys, "pattern", "diff", demo_file, new, "--json", "--from", "2026-11-24")
    assert code == 0
    result = json.loads(out)
    assert result["changed"]["nodes"]["hovudmeny"]["options"]["new"]["2"] == "sentralbord"
    assert result["entries_affected"] == [MAIN]


def test_diff_text_says_what_changed_in_sentences(
    tmp_path: Path, demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = demo_document()
    before["calendars"]["kontor"]["closed_dates"] = ["2026-12-27", "2026-12-28"]
    after = demo_document()
    after["calendars"]["kontor"]["closed_dates"] = ["2026-12-27"]
    after["calendars"]["kontor"]["weekly"]["fri"] = [["08:00", "16:00"]]
    after["nodes"][1]["options"]["2"] = "sentralbord"
    after["nodes"][2]["members"] = ["kari", "ingrid", "ola", "arne"]
    after["nodes"][2]["max_wait_s"] = 300
    old, new = _write(tmp_path, "old.json", before), _write(tmp_path, "new.json", after)
    code, out, _ = _nynorsk(capsys, "pattern", "diff", old, new, "--from", "2026-11-24")
    assert code == 0
    assert out.splitlines() == [
        "Endra kalender «kontor»:",
        "  Fredag: 08.00–15.00 → 08.00–16.00",
        "  Fjerna stengd dag 28.12.2026",
        "Endra steg Hovudmeny (talemeny):",
        "  Tast 2: Byggesak → Sentralbordet",
        "Endra steg Sentralbordet (kø):",
        "  Nytt medlem i Sentralbordet: Arne Hope",
        "  Maks køtid: 240 s → 300 s",
        "Påverka nummer: 56 10 00 00",
    ]


def test_the_installed_entry_point_runs(tmp_path: Path) -> None:
    path = _write(tmp_path, "p.json", document([group("g", ["a", "b"]), voicemail()]))
    source = str(Path(kontakt.__file__).resolve().parents[1])
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [source, os.environ.get("PYTHONPATH")])),
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kontakt",
            "--lang",
            "en",
            "pattern",
            "validate",
            str(path),
            "--json",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"pattern": "test", "findings": []}
