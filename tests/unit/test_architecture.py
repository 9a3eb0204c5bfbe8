"""The import rules of ARCHITECTURE.md, as import-linter contracts in pyproject.toml."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = str(Path(sys.executable).with_name("lint-imports"))


def test_import_contracts_hold() -> None:
    done = subprocess.run(
        [LINT_IMPORTS],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


@pytest.mark.parametrize(
    ("module", "planted", "contract"),
    [
        ("commands/pattern.py", "import PySide6", "no-qt-in-command-line"),
        ("cli.py", "from PySide6.QtCore import QCoreApplication", "no-qt-in-command-line"),
        ("ui/about_dialog.py", "from kontakt.storage.models import Person",
         "database-through-services"),
        ("ui/workspaces/upcoming.py", "import sqlalchemy", "database-through-services"),
        ("commands/contacts.py", "from kontakt.storage import db", "database-through-services"),
        ("cli.py", "import alembic", "database-through-services"),
        ("services/overview.py", "import PySide6.QtWidgets", "no-qt-below-ui"),
        ("core/severity.py", "import sqlalchemy", "pure-core"),
    ],
)  # fmt: skip
def test_each_contract_catches_the_import_it_forbids(
    tmp_path: Path, module: str, planted: str, contract: str
) -> None:
    shutil.copytree(ROOT / "src" / "kontakt", tmp_path / "src" / "kontakt")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / "src" / "kontakt" / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{planted}  # planted\n")
    done = subprocess.run(
        [LINT_IMPORTS, "--no-cache", "--contract", contract],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path / "src")},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode != 0, done.stdout + done.stderr
    assert "1 broken" in done.stdout, done.stdout + done.stderr
    module_name = "kontakt." + module.removesuffix(".py").replace("/", ".")
    assert module_name in done.stdout
