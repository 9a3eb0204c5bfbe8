"""The `kontakt` command itself: version, help in the user's language, start-up refusals."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kontakt import __version__
from kontakt.cli import main
from tests.helpers import sqlite_url


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"kontakt {__version__}"


def test_help_is_in_the_chosen_language(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "nn", "--help"])
    nynorsk = capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    english = capsys.readouterr().out
    assert "database URL" in english
    assert "database URL" not in nynorsk and "demokommunen" in nynorsk
    for command in ("pattern", "check-contacts"):
        assert command in nynorsk


def run_kontakt(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "kontakt", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )


def test_gui_start_on_a_file_that_is_no_database_says_so_and_changes_nothing(
    tmp_path: Path,
) -> None:
    not_a_db = tmp_path / "contacts.csv"
    not_a_db.write_text("Ansattnr;Fornavn\n1001;Kari\n")
    done = run_kontakt("--lang", "en", "--db", sqlite_url(not_a_db))
    assert done.returncode == 2
    assert "cannot be read" in done.stderr and str(not_a_db) in done.stderr
    assert not_a_db.read_text() == "Ansattnr;Fornavn\n1001;Kari\n"


def test_gui_starts_on_the_database_named_by_the_environment(tmp_path: Path) -> None:
    path = tmp_path / "env.sqlite3"
    done = run_kontakt(
        "--lang",
        "en",
        "--no-demo",
        env={"KONTAKT_DB_URL": sqlite_url(path), "KONTAKT_EXIT_WHEN_SHOWN": "1"},
    )
    assert done.returncode == 0, done.stderr
    assert path.exists()
    # what the window shows once that database is open, not a word printed before
    assert "status: No municipality set up: open Settings" in done.stdout.splitlines()
