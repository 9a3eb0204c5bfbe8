"""`kontakt checklist generate OLD NEW [--json] [--xlsx PATH]`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kontakt.cli import main
from tests.unit.ringpattern.builders import DEMO_PATH, demo_document


def _new_file(tmp_path: Path) -> Path:
    doc = demo_document()
    doc["nodes"][1]["options"]["2"] = "sentralbord"
    path = tmp_path / "new.ringpattern.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_json_lists_the_test_calls_and_xlsx_the_protocol_to_fill_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xlsx = tmp_path / "sjekkliste.xlsx"
    args = ["--lang", "en", "checklist", "generate", str(DEMO_PATH), str(_new_file(tmp_path))]
    assert main([*args, "--json", "--xlsx", str(xlsx)]) == 0
    no_key, case = json.loads(capsys.readouterr().out)["cases"]
    assert no_key["press"] == [] and no_key["expect"]["outcome"] == "voicemail"
    assert case["entry"] == "+4756100000" and case["press"] == ["2"] and case["answer"] is None
    assert case["expect"]["rang"] == ["kari", "ingrid", "ola"]
    rows = list(load_workbook(xlsx)["Cases"].iter_rows(values_only=True))
    assert len(rows) == 1 + 4  # the two calls and the two standing checks
    assert {r[4] for r in rows[1:]} == {"Not tested"}


def test_text_in_nynorsk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = _new_file(tmp_path)
    assert main(["--lang", "nn", "checklist", "generate", str(DEMO_PATH), str(new)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("4 testar å køyre:")
    assert "Trykk 2 i talemenyen «Hovudmeny»." in out
    assert "bordtelefonen til Kari Nordmann (56 10 00 10)" in out


def test_an_unreadable_file_exits_2_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.json"
    assert main(["--lang", "en", "checklist", "generate", str(DEMO_PATH), str(missing)]) == 2
    assert "missing.json" in capsys.readouterr().err


def test_a_workbook_that_cannot_be_written_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no-such-folder" / "c.xlsx"
    args = ["--lang", "en", "checklist", "generate", str(DEMO_PATH), str(_new_file(tmp_path))]
    assert main([*args, "--xlsx", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"Cannot write {target}:") and "Traceback" not in err
