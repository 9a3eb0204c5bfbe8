"""Hostile input to `kontakt pattern …`, run as a user would: exit 2, the place named, no
traceback, and no work that grows without end."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import kontakt

from .builders import MAIN, demo_document, document, group

FORMAT = '{"format": "kontakt.ringpattern", "version": '


def _kontakt(*args: str | Path) -> subprocess.CompletedProcess[str]:
    source = str(Path(kontakt.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": source}
    return subprocess.run(
        [sys.executable, "-m", "kontakt", "--lang", "en", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def _file(tmp_path: Path, content: str | dict[str, Any]) -> Path:
    path = tmp_path / "p.ringpattern.json"
    text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def _queue_waiting(seconds: int) -> dict[str, Any]:
    doc = demo_document()
    doc["nodes"][2]["max_wait_s"] = seconds
    return doc


def _ringing_past_the_last_day() -> dict[str, Any]:
    """A call that rings one member for a day, 400 times over, before reading a calendar."""
    schedule = {"id": "s", "type": "schedule", "calendar": "office", "open": "vm", "closed": "vm"}
    long_group = group("g", ["a"] * 400, no_answer="s", strategy="sequential", ring_s=86_400)
    return document([long_group, schedule, {"id": "vm", "type": "voicemail", "mailbox": "x"}])


def _entries(count: int) -> dict[str, Any]:
    doc = demo_document()
    doc["entries"] = [{"number": f"+47561{i:05d}", "start": "opningstid"} for i in range(count)]
    return doc


Case = tuple[str, Callable[[Path], list[str | Path]], list[str]]


def _validate(content: str | dict[str, Any]) -> Callable[[Path], list[str | Path]]:
    return lambda tmp: ["pattern", "validate", _file(tmp, content)]


def _demo(*args: str) -> Callable[[Path], list[str | Path]]:
    return lambda tmp: [args[0], args[1], _file(tmp, demo_document()), "--number", MAIN, *args[2:]]


CASES: list[Case] = [
    (
        "nested 1000 deep",
        _validate("[" * 1000 + "]" * 1000),
        ["nested too deeply", "1000 levels, line 1, column 1000"],
    ),
    (
        "an integer of 5000 digits",
        _validate(FORMAT + "9" * 5000 + "}"),
        ["A number of 5000 digits", "line 1, column 46"],
    ),
    (
        'version "1"',
        _validate({**demo_document(), "version": "1"}),
        ["at version:", 'written as the text "1"; it must be the number 1'],
    ),
    (
        "ring seconds of 10^15",
        _validate(_queue_waiting(10**15)),
        [
            "at nodes[2].max_wait_s:",
            "Maximum queue time must be a whole number of seconds from 0 to 86400",
        ],
    ),
    (
        "a file of 6 MB",
        _validate(" " * 6_000_000),
        ["larger than 5 MB"],
    ),
    (
        "501 entry numbers",
        _validate(_entries(501)),
        ["at entries:", "Too many here: 501; a ring pattern may have at most 500."],
    ),
    (
        "coverage --from after --to",
        _demo("pattern", "coverage", "--from", "2026-12-24", "--to", "2026-12-01"),
        ["The period ends (2026-12-01) before it starts (2026-12-24)."],
    ),
    (
        "simulate at 0001-01-01",
        _demo("pattern", "simulate", "--at", "0001-01-01T00:00"),
        ["argument --at:", "The date 0001-01-01 is outside", "1900-01-01 to 2199-12-31"],
    ),
    (
        "coverage to 9999-12-31",
        _demo("pattern", "coverage", "--from", "2026-01-01", "--to", "9999-12-31"),
        ["argument --to:", "The date 9999-12-31 is outside"],
    ),
    (
        "coverage over three centuries",
        _demo("pattern", "coverage", "--from", "1900-01-01", "--to", "2199-12-31"),
        ["The period from 1900-01-01 to 2199-12-31 is 109573 days long", "at most 1827 days"],
    ),
    (
        "a call ringing past the last day",
        lambda tmp: [
            "pattern",
            "simulate",
            _file(tmp, _ringing_past_the_last_day()),
            "--number",
            MAIN,
            "--at",
            "2199-12-31T12:00",
        ],
        ["The call would still be going on after 2200-12-31"],
    ),
]


@pytest.mark.parametrize(("name", "args", "said"), CASES, ids=[c[0] for c in CASES])
def test_hostile_input_exits_2_naming_the_place(
    tmp_path: Path, name: str, args: Callable[[Path], list[str | Path]], said: list[str]
) -> None:
    done = _kontakt(*args(tmp_path))
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert done.stdout == ""
    for text in said:
        assert text in done.stderr
