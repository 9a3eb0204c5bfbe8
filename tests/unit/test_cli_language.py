"""No English in Norwegian command-line output: argparse's own messages, the names of the
values (FILE, DATE), the operating system's and the JSON parser's reasons; and standard
output on a full disk is a message, not a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.unit.contacts import exports

SRC = Path(__file__).parents[2] / "src"
PATTERN = Path(__file__).parents[2] / "resources" / "demo" / "demo-sentralbord.ringpattern.json"

ENGLISH = (
    "the following arguments are required",
    "invalid choice",
    "choose from",
    "unrecognized arguments",
    "expected one argument",
    "error:",
    "argument ",
    "FILE",
    "NUMBER",
    "DATE",
    "No such file",
    "Is a directory",
    "Permission denied",
    "Expecting",
    "delimiter",
    "Traceback",
)


def kontakt_nn(*args: str, stdout: int | None = subprocess.PIPE) -> tuple[int, str]:
    environment = {**os.environ, "PYTHONPATH": str(SRC)}
    environment.pop("KONTAKT_DB_URL", None)
    done = subprocess.run(
        [sys.executable, "-m", "kontakt", "--lang", "nn", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )
    return done.returncode, done.stderr


def no_english(stderr: str) -> None:
    assert stderr.strip()
    leaked = [phrase for phrase in ENGLISH if phrase in stderr]
    assert not leaked, stderr


@pytest.mark.parametrize(
    ("args", "norwegian"),
    [
        (("pattern", "simulate"), ["FIL", "--number", "NUMMER"]),
        (("check-contacts", "hrm.csv", "--fail-on", "never"), ["never", "error"]),
        (("pattern", "validate", "p.json", "--bogus"), ["--bogus"]),
        (("check-contacts", "hrm.csv", "--sheet"), ["--sheet"]),
        (("pattern", "coverage", "p.json", "--number", "1", "--from", "x"), ["--from", "DATO"]),
    ],
    ids=["required", "invalid-choice", "unrecognized", "expected-one", "metavariable"],
)
def test_argparse_speaks_nynorsk(args: tuple[str, ...], norwegian: list[str]) -> None:
    code, stderr = kontakt_nn(*args)
    assert code == 2
    no_english(stderr.replace("'error'", ""))  # a choice is a word of the command
    for word in norwegian:
        assert word in stderr
    assert "bruk: kontakt" in stderr


def test_help_names_the_values_in_nynorsk(capsys: pytest.CaptureFixture[str]) -> None:
    from kontakt.cli import main

    with pytest.raises(SystemExit):
        main(["--lang", "nn", "pattern", "coverage", "--help"])
    shown = capsys.readouterr().out
    assert "FIL" in shown and "DATO" in shown and "NUMMER" in shown
    assert "FILE" not in shown and "DATE" not in shown and "NUMBER" not in shown


def test_operating_system_reasons_are_in_nynorsk(tmp_path: Path) -> None:
    code, stderr = kontakt_nn("pattern", "validate", str(tmp_path))  # a folder, not a file
    assert code == 2 and str(tmp_path) in stderr and "mappe" in stderr
    no_english(stderr)
    code, stderr = kontakt_nn("check-contacts", str(tmp_path))
    assert code == 2 and str(tmp_path) in stderr
    no_english(stderr)
    code, stderr = kontakt_nn(
        "check-contacts",
        str(exports.write_csv(tmp_path / "hrm.csv")),
        "--today",
        "2026-11-25",
        "--json",
        str(tmp_path / "missing" / "out.json"),
    )
    assert code == 2 and str(tmp_path / "missing" / "out.json") in stderr
    no_english(stderr)


def test_json_parser_reasons_are_in_nynorsk_with_line_and_column(tmp_path: Path) -> None:
    broken = tmp_path / "p.json"
    broken.write_text('{\n  "format": "kontakt.ringpattern"\n  "version": 1\n}\n')
    code, stderr = kontakt_nn("pattern", "validate", str(broken))
    assert code == 2 and str(broken) in stderr
    assert "3" in stderr and "komma" in stderr
    no_english(stderr)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [("pattern", "validate", str(PATTERN)), ("--version",)])
def test_standard_output_on_a_full_disk_is_a_message_and_exit_2(args: tuple[str, ...]) -> None:
    with open("/dev/full", "w") as full:
        code, stderr = kontakt_nn(*args, stdout=full.fileno())
    assert code == 2
    assert "standard utdata" in stderr and "disken er full" in stderr
    no_english(stderr)
