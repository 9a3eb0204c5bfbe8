"""The command line's files and streams: what it writes, what it refuses, and that every
refusal is a message with exit code 2, never a traceback."""

from __future__ import annotations

import contextlib
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit.contacts import exports

SRC = Path(__file__).parents[2] / "src"
posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs and mounts are POSIX")


def kontakt(
    *args: str, env: dict[str, str] | None = None, stdout: int | None = subprocess.PIPE
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(SRC), **(env or {})}
    environment.pop("KONTAKT_DB_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "kontakt", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


def check_args(tmp_path: Path) -> list[str]:
    return [
        "check-contacts",
        str(exports.write_csv(tmp_path / "hrm.csv")),
        "--directory",
        str(exports.write_directory(tmp_path / "dir.csv")),
        "--pattern",
        str(exports.write_pattern(tmp_path / "p.json")),
        "--domain",
        "demo.kommune.no",
        "--today",
        "2026-11-25",
    ]


def refused(done: subprocess.CompletedProcess[str], *named: str) -> None:
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    for place in named:
        assert place in done.stderr


@posix_only
@pytest.mark.parametrize("option", ["--json", "--xlsx"])
def test_an_export_onto_a_fifo_is_refused_and_the_fifo_stays(tmp_path: Path, option: str) -> None:
    fifo = tmp_path / "out"
    os.mkfifo(fifo)
    done = kontakt("--lang", "en", *check_args(tmp_path), option, str(fifo))
    refused(done, str(fifo), "not a regular file")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


@posix_only
def test_json_through_a_symlink_writes_the_file_it_points_to(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    real.chmod(0o644)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    done = kontakt("--lang", "en", *check_args(tmp_path), "--json", str(link))
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("{")
    assert stat.S_IMODE(real.stat().st_mode) == 0o644


@posix_only
def test_new_json_output_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "new.json"
    done = kontakt("--lang", "en", *check_args(tmp_path), "--json", str(target))
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@contextlib.contextmanager
def small_disk(folder: Path) -> Iterator[Path]:
    """A 64 KB file system at `folder` (root only; skips where it cannot be mounted)."""
    folder.mkdir()
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("no tmpfs here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_a_full_temporary_folder_during_an_export_keeps_the_old_file(tmp_path: Path) -> None:
    many = [
        [str(5000 + i), "Kari", "Nordmann", "Helse", "", "x@gmail.com", "1", "", "", ""]
        for i in range(3000)
    ]
    hrm = exports.write_csv(tmp_path / "hrm.csv", rows=many)
    target = tmp_path / "audit.xlsx"
    target.write_bytes(b"old")
    with small_disk(tmp_path / "tmp") as full:
        done = kontakt(
            "--lang",
            "en",
            "check-contacts",
            str(hrm),
            "--domain",
            "demo.kommune.no",
            "--today",
            "2026-11-25",
            "--xlsx",
            str(target),
            env={"TMPDIR": str(full)},
        )
        refused(done, str(target), "the disk is full", str(full))
        assert list(full.iterdir()) == []
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["audit.xlsx", "hrm.csv", "tmp"]


@pytest.mark.parametrize("option", ["--json", "--xlsx"])
def test_a_full_disk_at_the_target_keeps_the_old_file(tmp_path: Path, option: str) -> None:
    many = [
        [str(5000 + i), "Kari", "Nordmann", "Helse", "", "x@gmail.com", "1", "", "", ""]
        for i in range(3000)
    ]
    hrm = exports.write_csv(tmp_path / "hrm.csv", rows=many)
    with small_disk(tmp_path / "out") as out:
        target = out / "findings"
        target.write_bytes(b"old")
        done = kontakt(
            "--lang",
            "en",
            "check-contacts",
            str(hrm),
            "--domain",
            "demo.kommune.no",
            "--today",
            "2026-11-25",
            option,
            str(target),
        )
        refused(done, str(target), "the disk is full", f"(in {out})")
        assert target.read_bytes() == b"old"
        assert [p.name for p in out.iterdir()] == ["findings"]
