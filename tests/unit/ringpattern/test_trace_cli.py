"""`kontakt pattern trace` as a user runs it: the spec's JSON, text in Nynorsk, exit codes."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from kontakt.cli import main

from .builders import DEMO_PATH, MAIN, document, group, voicemail


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.ringpattern.json"
    shutil.copy(DEMO_PATH, path)
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([*map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_trace_node_json_is_the_spec_form(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(
        capsys,
        "pattern",
        "trace",
        demo_file,
        "--node",
        "postmottak",
        "--from",
        "2026-12-01",
        "--json",
    )
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert result["target"] == {"node": "postmottak"}
    assert result["paths"][0] == {
        "entry": MAIN,
        "nodes": ["opningstid", "hovudmeny", "byggesak", "postmottak"],
        "exits": ["open", "2", "no_answer"],
        "press": ["2"],
        "example": "2026-12-01T08:00:00+01:00",
    }
    assert [(p["exits"], p["example"]) for p in result["paths"][1:]] == [
        (["open", "1", "no_answer", "overflow"], "2026-12-01T08:00:00+01:00"),
        (["open", "0", "overflow"], "2026-12-01T08:00:00+01:00"),
        (["open", "no_input", "overflow"], "2026-12-01T08:00:00+01:00"),
        (["closed", "next"], "2026-12-01T00:00:00+01:00"),
    ]


def test_trace_member_json_and_a_target_nothing_reaches(
    tmp_path: Path, demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(
        capsys, "pattern", "trace", demo_file, "--member", "arne", "--from", "2026-12-01", "--json"
    )
    assert code == 0
    assert json.loads(out) == {
        "target": {"member": "arne"},
        "paths": [
            {
                "entry": MAIN,
                "nodes": ["opningstid", "hovudmeny", "byggesak"],
                "exits": ["open", "2"],
                "press": ["2"],
                "example": "2026-12-01T08:00:00+01:00",
            }
        ],
    }
    lonely = tmp_path / "lonely.json"
    doc = document([group("g", ["a", "b"]), voicemail(), voicemail("spare")])
    lonely.write_text(json.dumps(doc), encoding="utf-8")
    code, out, _ = _run(capsys, "pattern", "trace", lonely, "--node", "spare", "--json")
    assert (code, json.loads(out)) == (0, {"target": {"node": "spare"}, "paths": []})
    code, out, _ = _run(capsys, "--lang", "nn", "pattern", "trace", lonely, "--node", "spare")
    assert (code, out) == (0, "Ingen samtalar kjem til «spare».\n")


def test_trace_text_in_nynorsk_names_numbers_and_dates(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(
        capsys,
        "--lang",
        "nn",
        "pattern",
        "trace",
        demo_file,
        "--member",
        "kari",
        "--from",
        "2026-12-01",
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Samtalar som ringjer til Kari Nordmann: 4 vegar"
    assert lines[1].split() == ["Nummer", "Rute", "Tastar", "Første", "gong"]
    assert lines[2].startswith(
        "56 10 00 00  Opningstid rådhuset (ope) → Hovudmeny (tast 2) → Byggesak"
    )
    assert lines[2].endswith("01.12.2026 08.00")
    assert "Helse og omsorg (ikkje svar) → Sentralbordet" in lines[3]
    assert "(ingen tast trykt) → Sentralbordet" in lines[5]
    assert "kari" not in out and "+47" not in out


def test_unknown_ids_exit_2_naming_them(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "--lang", "en", "pattern", "trace", demo_file, "--node", "nix")
    assert (code, out) == (2, "")
    assert err.strip() == "The pattern has no node nix."
    code, out, err = _run(
        capsys, "--lang", "en", "pattern", "trace", demo_file, "--member", "nobody", "--json"
    )
    assert (code, out) == (2, "")
    assert err.strip() == "The pattern has no member nobody."


def test_too_many_paths_exit_2_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    menus = [
        {
            "id": f"m{i}",
            "type": "menu",
            "prompt": "p",
            "options": {str(k): f"m{i + 1}" if i < 7 else "g" for k in range(1, 10)},
            "no_input": "vm",
        }
        for i in range(8)
    ]
    path = tmp_path / "menus.json"
    path.write_text(json.dumps(document([*menus, group("g", ["a", "b"]), voicemail()])))
    code, out, err = _run(capsys, "--lang", "en", "pattern", "trace", path, "--node", "g")
    assert (code, out) == (2, "")
    assert err.startswith(("More than 1000 ways lead there", "More than 1,000 ways lead there"))


def test_from_defaults_to_today(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "pattern", "trace", demo_file, "--node", "stengt-melding", "--json")
    assert code == 0
    (path,) = json.loads(out)["paths"]
    assert path["example"][:10] >= date.today().isoformat()
