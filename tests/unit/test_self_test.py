"""`kontakt --self-test`: every check passes from source without a screen and leaves nothing
behind; a check that fails is named, with what it found, and the exit code is 1."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kontakt import resources
from kontakt.cli import main

TOP = Path(resources.__file__).resolve().parents[2]


def test_self_test_passes_headless_in_the_users_language_and_leaves_nothing(
    tmp_path: Path,
) -> None:
    data_home, config_home = tmp_path / "data", tmp_path / "config"
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "KONTAKT_DB_URL")
    }
    env |= {"XDG_DATA_HOME": str(data_home), "XDG_CONFIG_HOME": str(config_home)}
    done = subprocess.run(
        [sys.executable, "-m", "kontakt", "--lang", "nn", "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Kontakt ") and lines[0].endswith(": sjølvtest")
    checks = [line.split(":")[0].split(maxsplit=1) for line in lines[1:-1]]
    assert checks == [
        ["ok", "omsetjingar"],
        ["ok", "database"],
        ["ok", "demodata"],
        ["ok", "ringemønsteret i demoen"],
        ["ok", "Excel"],
        ["ok", "servicegrad"],
        ["ok", "beredskap"],
        ["ok", "hovudvindauge"],
    ]
    assert "migrert til skjemaversjon" in lines[2]
    assert "Demo kommune er lasta, 300 tilsette" in lines[3]
    assert "3 rader skrivne til self-test.xlsx og lesne inn att" in lines[5]
    assert "Sentralbordet: 76 samtalar i demoen 26.10.2026, 77 % svara innan 20 s" in lines[6]
    assert "9 bortfallsscenario er køyrde over lokasjonane i demoen" in lines[7]
    assert lines[-1] == "Sjølvtesten er godkjend: 8 kontrollar."
    assert done.stderr == ""
    # The temporary database is gone, and the user's data and settings were never touched.
    folder = re.search(r"ein ny database i (\S+),", lines[2])
    assert folder is not None and not Path(folder.group(1)).exists()
    assert not data_home.exists() or not any(data_home.rglob("*.sqlite3"))
    assert not config_home.exists() or not any(config_home.rglob("*.ini"))


@pytest.fixture
def build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Kontakt's files as a build lays them out, `sys._MEIPASS` pointing there."""
    shutil.copytree(TOP / "resources", tmp_path / "resources")
    shutil.copytree(TOP / "translations", tmp_path / "translations")
    package = Path(resources.__file__).resolve().parent
    shutil.copytree(package / "storage" / "migrations", tmp_path / "kontakt/storage/migrations")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources._root.cache_clear()
    yield tmp_path
    resources._root.cache_clear()


def test_a_build_without_the_nynorsk_catalogue_fails_the_first_check(
    build: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (build / "translations" / "kontakt_nn.qm").unlink()
    assert main(["--lang", "en", "--self-test"]) == 1
    said = capsys.readouterr()
    assert said.out.splitlines()[1:] == [
        "FAILED  translations: the nn catalogue is missing or does not translate "
        f"(in {build / 'translations'})"
    ]
    assert said.err.strip() == "Self-test failed at the check “translations”."


def test_the_check_that_fails_is_named_with_what_it_found_and_exit_1(
    build: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pattern = build / "resources" / "demo" / "demo-sentralbord.ringpattern.json"
    text = pattern.read_text(encoding="utf-8")
    pattern.write_text(text.replace('"start": "heimeteneste"', '"start": "finst-ikkje"'))
    assert main(["--lang", "en", "--self-test"]) == 1
    said = capsys.readouterr()
    lines = said.out.splitlines()
    assert [line.split(":")[0] for line in lines[1:4]] == [
        "ok      translations",
        "ok      database",
        "ok      demo data",
    ]
    assert lines[4].startswith("FAILED  demo ring pattern: Sentralbord og heimeteneste")
    assert "the check finds 1 error, the first:" in lines[4]
    assert "finst-ikkje" in lines[4]
    assert len(lines) == 5  # nothing after the failed check runs
    assert said.err.strip() == "Self-test failed at the check “demo ring pattern”."
