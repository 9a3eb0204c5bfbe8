"""Test-wide set-up: Qt without a screen, preferences in a throw-away folder, databases.

Each test gets its own database; the demo database is built once per session and copied
per test (building it means importing the demo data). The storage, services and
command-line tests (everything under tests/unit and tests/e2e that asks for `db`,
`demo_db`, `db_url` or `demo_db_url`) run twice: over a SQLite file and over PostgreSQL,
on a fresh database made from a template database per test. The server is named by
KONTAKT_TEST_PG_URL (.ci/run starts one; a developer may name their own); without it the
PostgreSQL runs are skipped, saying so. The GUI tests stay on SQLite: the window reaches
the database only through the services, which are tested here on both.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
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
from tests.helpers import PG_URL_ENV, PostgresServer, sqlite_url  # noqa: E402

BACKENDS = ("sqlite", "postgresql")
_DATABASE_FIXTURES = {"db", "demo_db", "db_url", "demo_db_url"}
_SQLITE_FILE_FIXTURES = {"db_path", "demo_db_path"}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Both back-ends for the storage, services and command-line tests; a test that also
    reaches for the SQLite file itself stays on SQLite, and so do the GUI tests (those in
    tests/gui and every test with widgets, `qtbot`)."""
    names = set(metafunc.fixturenames)
    if "backend" not in names or metafunc.definition.get_closest_marker("sqlite_only"):
        return
    in_gui = "gui" in Path(str(metafunc.definition.path)).parts or "qtbot" in names
    if names & _DATABASE_FIXTURES and not in_gui and not names & _SQLITE_FILE_FIXTURES:
        metafunc.parametrize("backend", BACKENDS)


@pytest.fixture
def backend() -> str:
    """The database back-end of this test ("sqlite" unless parametrised)."""
    return "sqlite"


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    url = os.environ.get(PG_URL_ENV)
    if not url:
        pytest.skip(
            f"PostgreSQL not tested: set {PG_URL_ENV} to a server's URL"
            " (postgresql+psycopg://user:password@host:port/postgres); .ci/run starts one"
        )
    server = PostgresServer(url, prefix=f"kt_{os.getpid()}_")
    yield server
    server.drop_all()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kontakt.sqlite3"


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a new, empty database (no tables yet) of this test's back-end."""
    if backend == "sqlite":
        yield sqlite_url(tmp_path / "kontakt.sqlite3")
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = server.create()
    yield server.url_of(name)
    server.drop(name)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """An empty database at the current schema."""
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kontakt.services import startup

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    startup.open_for_use(sqlite_url(path)).dispose()
    return path


@pytest.fixture(scope="session")
def pg_demo_template(postgres_server: PostgresServer) -> str:
    """The name of a PostgreSQL database with the demo loaded, copied per test."""
    from kontakt.services import startup

    name = postgres_server.create(f"demo_{uuid.uuid4().hex[:8]}")
    startup.open_for_use(postgres_server.url_of(name)).dispose()
    return name


@pytest.fixture
def demo_db_path(demo_template: Path, db_path: Path) -> Path:
    shutil.copy2(demo_template, db_path)
    return db_path


@pytest.fixture
def demo_db_url(backend: str, request: pytest.FixtureRequest) -> Iterator[str]:
    """The URL of a database with the demo municipality loaded, private to the test."""
    if backend == "sqlite":
        yield sqlite_url(request.getfixturevalue("demo_db_path"))
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = server.create(template=request.getfixturevalue("pg_demo_template"))
    yield server.url_of(name)
    server.drop(name)


@pytest.fixture
def demo_db(demo_db_url: str) -> Iterator[Database]:
    """A database with the demo municipality loaded, private to the test."""
    database = open_database(demo_db_url)
    yield database
    database.dispose()


@pytest.fixture
def config_home() -> Iterator[Path]:
    """The folder the tests' QSettings live in, emptied after the test."""
    path = Path(_CONFIG_HOME)
    yield path
    for child in path.iterdir():
        shutil.rmtree(child) if child.is_dir() else child.unlink()
