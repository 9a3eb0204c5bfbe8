"""Test-wide set-up: Qt without a screen, preferences in a throw-away folder, databases.

Each test gets its own database file; the demo database is built once per session and
copied per test (building it means importing the demo data).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QSettings (IniFormat, user scope) lives under XDG_CONFIG_HOME: keep the developer's own
# preferences out of the tests, and the tests' out of theirs.
_CONFIG_HOME = tempfile.mkdtemp(prefix="kontakt-test-config-")
os.environ["XDG_CONFIG_HOME"] = _CONFIG_HOME
# Likewise the default database (platformdirs' user data folder): commands that consult it
# find none unless a test makes one.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="kontakt-test-data-")
os.environ.pop("KONTAKT_DB_URL", None)

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# In CI the property tests draw the same examples every run (a red run can be re-run and
# read); on a developer's machine they keep exploring.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

from kontakt.storage.db import Database, open_database  # noqa: E402
from tests.helpers import sqlite_url  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kontakt.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """An empty database at the current schema."""
    database = open_database(sqlite_url(db_path))
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kontakt.services import startup

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    startup.open_for_use(sqlite_url(path)).dispose()
    return path


@pytest.fixture
def demo_db_path(demo_template: Path, db_path: Path) -> Path:
    shutil.copy2(demo_template, db_path)
    return db_path


@pytest.fixture
def demo_db(demo_db_path: Path) -> Iterator[Database]:
    """A database with the demo municipality loaded, private to the test."""
    database = open_database(sqlite_url(demo_db_path))
    yield database
    database.dispose()


@pytest.fixture
def config_home() -> Iterator[Path]:
    """The folder the tests' QSettings live in, emptied after the test."""
    path = Path(_CONFIG_HOME)
    yield path
    for child in path.iterdir():
        shutil.rmtree(child) if child.is_dir() else child.unlink()
