"""Kontakt's shipped files are found through `kontakt.resources` alone, from a source tree
and from a frozen (PyInstaller) build laid out as build.spec lays it out."""

from __future__ import annotations

import ast
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kontakt import resources

SOURCE = Path(resources.__file__).resolve().parent
HELPER = SOURCE / "resources.py"


def _uses_of_dunder_file(path: Path) -> Iterator[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        name = node.id if isinstance(node, ast.Name) else getattr(node, "attr", None)
        if name == "__file__":
            yield node.lineno


def test_no_module_but_the_helper_computes_a_path_from_dunder_file() -> None:
    offenders = [
        f"{path.relative_to(SOURCE.parent)}:{line}"
        for path in sorted(SOURCE.rglob("*.py"))
        if path != HELPER
        for line in _uses_of_dunder_file(path)
    ]
    assert offenders == [], "use kontakt.resources instead of __file__ in: " + ", ".join(offenders)
    assert list(_uses_of_dunder_file(HELPER)), "the helper itself is the one that may"


def test_from_source_every_shipped_folder_is_found() -> None:
    assert (resources.resource_path("demo") / "hrm-export.csv").is_file()
    assert (resources.resource_path("icons") / "kontakt.svg").is_file()
    assert (resources.translations_dir() / "kontakt_nn.qm").is_file()
    migrations = resources.package_path("storage", "migrations")
    assert (migrations / "env.py").is_file()
    assert list((migrations / "versions").glob("0001_*.py"))


@pytest.fixture
def frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder laid out as a PyInstaller build's `_internal`, with `sys._MEIPASS` at it."""
    top = SOURCE.parent.parent
    shutil.copytree(top / "resources" / "demo", tmp_path / "resources" / "demo")
    (tmp_path / "translations").mkdir()
    shutil.copy(top / "translations" / "kontakt_nn.qm", tmp_path / "translations")
    shutil.copytree(
        SOURCE / "storage" / "migrations", tmp_path / "kontakt" / "storage" / "migrations"
    )
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources._root.cache_clear()
    yield tmp_path
    resources._root.cache_clear()


def test_frozen_the_build_folder_is_used_before_the_source_tree(frozen: Path) -> None:
    assert resources.frozen_root() == frozen
    assert resources.resource_path("demo", "hrm-export.csv") == frozen / "resources" / "demo" / (
        "hrm-export.csv"
    )
    assert resources.translations_dir() == frozen / "translations"
    assert resources.package_path("storage", "migrations") == (
        frozen / "kontakt" / "storage" / "migrations"
    )
    assert (resources.package_path("storage", "migrations") / "env.py").is_file()
