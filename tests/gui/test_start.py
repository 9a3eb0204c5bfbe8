"""Starting `kontakt` as a user does (a subprocess): the language a fresh user gets, no
screen, a file that is no database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kontakt.ui.app import EXIT_WHEN_SHOWN
from tests.helpers import sqlite_url

LOCALE_VARIABLES = ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")


def kontakt(
    home: Path, *args: str, lang: str | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    """`kontakt ARGS` for a user with no saved choices, `LANG=lang` (unset when None)."""
    environment = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    environment |= {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "QT_QPA_PLATFORM": "offscreen",
        **env,
    }
    if lang is not None:
        environment["LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "kontakt", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )


def seen_once_ready(done: subprocess.CompletedProcess[str]) -> dict[str, str]:
    """The window title and status line printed once the data is loaded."""
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "ready" in lines, done.stdout
    return dict(line.split(": ", 1) for line in lines[lines.index("ready") + 1 :])


@pytest.mark.parametrize(
    ("lang", "title", "status"),
    [
        (None, "Ringemønster – Kontakt", "Ingen kommune er sett opp: opne Innstillingar"),
        ("C", "Ringemønster – Kontakt", "Ingen kommune er sett opp: opne Innstillingar"),
        ("C.UTF-8", "Ringemønster – Kontakt", "Ingen kommune er sett opp: opne Innstillingar"),
        ("nb_NO.UTF-8", "Ringemønster – Kontakt", "Ingen kommune er satt opp: åpne Innstillinger"),
        ("en_GB.UTF-8", "Ring patterns – Kontakt", "No municipality set up: open Settings"),
    ],
)
def test_a_new_user_gets_nynorsk_unless_the_system_says_otherwise(
    tmp_path: Path, lang: str | None, title: str, status: str
) -> None:
    done = kontakt(tmp_path, "--no-demo", lang=lang, **{EXIT_WHEN_SHOWN: "1"})
    assert seen_once_ready(done) == {"title": title, "status": status}


def test_the_command_line_of_a_c_locale_is_nynorsk(tmp_path: Path) -> None:
    done = kontakt(tmp_path, "--help", lang="C.UTF-8")
    assert done.returncode == 0
    assert "demokommunen" in done.stdout and "database URL" not in done.stdout


def test_the_demo_is_there_once_the_window_is_ready(tmp_path: Path) -> None:
    done = kontakt(tmp_path, "--lang", "en", **{EXIT_WHEN_SHOWN: "1"})
    assert seen_once_ready(done) == {
        "title": "Ring patterns – Kontakt",
        "status": "Demo kommune (9999) – demo data",
    }


def test_without_a_screen_kontakt_says_so_and_how_to_work_headless(tmp_path: Path) -> None:
    db = tmp_path / "kontakt.sqlite3"
    environment = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    environment.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-m", "kontakt", "--lang", "nn", "--db", sqlite_url(db)],
        capture_output=True,
        text=True,
        env={**environment, "XDG_CONFIG_HOME": str(tmp_path)},
        timeout=120,
    )
    assert done.returncode == 2
    assert "Fann ingen skjerm" in done.stderr
    assert "kontakt --help" in done.stderr and "QT_QPA_PLATFORM=offscreen" in done.stderr
    assert "xcb" not in done.stderr
    assert not db.exists()


def test_a_file_of_random_bytes_is_refused_without_a_traceback(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    content = os.urandom(64 * 1024)
    junk.write_bytes(content)
    for _ in range(3):  # the traceback came from a race: give it chances
        done = kontakt(tmp_path, "--lang", "en", "--db", sqlite_url(junk))
        assert done.returncode == 2
        assert "cannot be read" in done.stderr
        assert "Traceback" not in done.stderr and "RuntimeError" not in done.stderr
    assert junk.read_bytes() == content
