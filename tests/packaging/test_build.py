"""The PyInstaller build (build.spec) runs: built into a temporary folder, its `kontakt
--self-test` passes there without a screen, the commands that load their modules late
(service level, preparedness, the PDF drawing) run from it, and the folder stays under the
size target.

It takes minutes, so it is not among the suite's test paths (and `.ci/run` installs no
PyInstaller); run it on its own, as the README says:

    pip install -e '.[package]' && python -m pytest tests/packaging -m slow
"""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

pytest.importorskip("PyInstaller")

TOP = Path(__file__).resolve().parents[2]
SIZE_TARGET_MB = 250


def folder_size_mb(folder: Path) -> float:
    """What the folder takes (in MB of 10**6 bytes), each file once: PyInstaller links the
    Qt libraries into the top of `_internal/`, it does not copy them."""
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


@pytest.mark.slow
def test_the_built_folder_passes_its_self_test_without_a_screen(tmp_path: Path) -> None:
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "build"),
            str(TOP / "build.spec"),
        ],
        cwd=TOP,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert built.returncode == 0, built.stderr[-4000:]
    folder = tmp_path / "dist" / "kontakt"
    program = folder / ("kontakt.exe" if sys.platform == "win32" else "kontakt")
    # Away from the source tree, with nothing of Python's or a screen's in the environment.
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PYTHONPATH")
        and not key.startswith("KONTAKT_")
    }
    env |= {"XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run(
        [str(program), "--lang", "en", "--self-test"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[-1] == "Self-test passed: 8 checks.", done.stdout
    internal = folder / "_internal"
    assert f"the catalogues for nn, nb and en are in {internal / 'translations'}" in done.stdout
    assert all(line.startswith("ok      ") for line in lines[1:-1]), done.stdout
    shown = subprocess.run(
        [str(program), "--version"], env=env, capture_output=True, text=True, timeout=60
    )
    assert shown.stdout.strip() == f"kontakt {version('kontakt')}"

    def run(*args: str) -> str:
        done = subprocess.run(
            [str(program), "--lang", "en", *args],
            cwd=TOP,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    demo = Path("resources", "demo")
    pattern = str(demo / "demo-sentralbord.ringpattern.json")
    said = run("service-level", str(demo / "calls.csv"), "--pattern", pattern)
    assert said.startswith(f"{demo / 'calls.csv'}: 2292 calls from 26.10.2026"), said
    sites = str(demo / "sites.json")
    said = run("preparedness", "scenario", "--sweep", "--sites", sites, "--pattern", pattern)
    assert said.count("Scenario ") == 9, said
    drawing = tmp_path / "pattern.pdf"
    run("pattern", "export", "--pdf", pattern, str(drawing))
    assert drawing.read_bytes().startswith(b"%PDF")
    size = folder_size_mb(folder)
    assert size < SIZE_TARGET_MB, f"the built folder is {size:.0f} MB"
