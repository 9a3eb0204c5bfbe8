"""Writing files: never onto what is not a file, never losing the old file, never leaving
personal data in temporary files."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from kontakt.core import safe_files
from kontakt.core.safe_files import FileWriteError, remove_leftovers, replacing_text, write_file

posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs, links and modes are POSIX")


def write(path: Path, text: str) -> Path:
    return write_file(path, lambda temporary: temporary.write_text(text, encoding="utf-8"))


@posix_only
def test_a_fifo_at_the_target_is_refused_and_stays_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "rapport.xlsx"
    os.mkfifo(fifo)
    with pytest.raises(FileWriteError) as raised:
        write(fifo, "new")
    assert raised.value.key == safe_files.NOT_A_FILE
    assert str(fifo) in str(raised.value)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.xlsx"]


def test_a_folder_at_the_target_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "out.json"
    folder.mkdir()
    with pytest.raises(FileWriteError, match="not a regular file"):
        write(folder, "new")
    assert folder.is_dir() and list(folder.iterdir()) == []


@posix_only
def test_a_symlink_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    real_folder = tmp_path / "real"
    real_folder.mkdir()
    real = real_folder / "audit.xlsx"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.xlsx"
    link.symlink_to(real)
    write(link, "new")
    assert link.is_symlink() and link.readlink() == real
    assert real.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.xlsx", "real"]
    assert [p.name for p in real_folder.iterdir()] == ["audit.xlsx"]


@posix_only
def test_a_symlink_to_a_fifo_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "out.json"
    link.symlink_to(fifo)
    with pytest.raises(FileWriteError):
        write(link, "new")
    assert link.is_symlink() and stat.S_ISFIFO(fifo.lstat().st_mode)


@posix_only
def test_a_hard_linked_file_stays_one_file_under_both_names(tmp_path: Path) -> None:
    first = tmp_path / "a.json"
    first.write_text("old old old", encoding="utf-8")
    second = tmp_path / "b.json"
    os.link(first, second)
    write(first, "new")
    assert second.read_text(encoding="utf-8") == "new"
    assert first.stat().st_ino == second.stat().st_ino and first.stat().st_nlink == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "b.json"]


@posix_only
def test_an_existing_file_keeps_its_mode_and_a_new_file_is_private(tmp_path: Path) -> None:
    shared = tmp_path / "shared.json"
    shared.write_text("old", encoding="utf-8")
    shared.chmod(0o640)
    write(shared, "new")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o640
    fresh = tmp_path / "fresh.json"
    with replacing_text(fresh) as out:
        out.write("{}")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600
    assert fresh.read_text(encoding="utf-8") == "{}"


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    path.write_text("old", encoding="utf-8")

    def fail(temporary: Path) -> None:
        temporary.write_text("half", encoding="utf-8")
        raise OSError(28, "No space left on device", str(temporary))

    with pytest.raises(FileWriteError) as raised:
        write_file(path, fail)
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
    assert raised.value.params["folder"] == str(tmp_path)
    assert "the disk is full" in str(raised.value)


def test_an_interrupted_write_leaves_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), replacing_text(path) as out:
        out.write("half")
        raise KeyboardInterrupt
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(FileWriteError) as raised:
        write(tmp_path / "nowhere" / "out.json", "new")
    assert raised.value.params["path"] == str(tmp_path / "nowhere" / "out.json")
    assert "there is no such file or folder" in str(raised.value)


@posix_only
def test_leftovers_of_a_killed_export_are_removed_by_the_next_and_only_ours(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    streams = tmp_path / "tmp"
    streams.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(streams))
    out = tmp_path / "out"
    out.mkdir()
    target = out / "audit.xlsx"
    # a process that is killed half-way through an export (the sheet stream and the file
    # beside the target are made, nothing is removed)
    killed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys, tempfile\n"
            f"tempfile.tempdir = {str(streams)!r}\n"
            "from pathlib import Path\n"
            "from kontakt.core.safe_files import replacing, temporary_file\n"
            "temporary_file('.xml').write_text('Kari Nordmann 412 34 567')\n"
            f"with replacing(Path({str(target)!r})) as t:\n"
            "    t.write_text('half')\n"
            "    os._exit(9)\n",
        ],
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        check=False,
    )
    assert killed.returncode == 9
    assert len(list(streams.iterdir())) == 1 and len(list(out.iterdir())) == 1
    others = [streams / "openpyxl.abc123", out / ".audit.xlsx.other.tmp"]
    for other in others:
        other.write_text("not ours")
    mine = safe_files.temporary_file(".xml")  # this process runs: its files stay
    write(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert sorted(streams.iterdir()) == sorted([others[0], mine])
    assert sorted(out.iterdir()) == sorted([others[1], target])
    assert remove_leftovers(streams) == []


@posix_only
def test_a_start_of_kontakt_removes_a_killed_exports_sheet_streams(tmp_path: Path) -> None:
    streams = tmp_path / "tmp"
    streams.mkdir()
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    pid = int(dead.stdout)
    host = safe_files._HOST
    left = streams / f"kontakt-{host}-{pid}-abcd_123.xml"
    left.write_text("Kari Nordmann 412 34 567")
    other = streams / "openpyxl.xyz"
    other.write_text("not ours")
    started = subprocess.run(
        [sys.executable, "-m", "kontakt", "--lang", "en", "pattern", "validate", "missing.json"],
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "TMPDIR": str(streams)},
        capture_output=True,
        check=False,
    )
    assert started.returncode == 2
    assert list(streams.iterdir()) == [other]
