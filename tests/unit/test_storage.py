"""The database: where and how it is opened, migrations, refusals that touch no data."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, inspect, select, text

from kontakt.cli import main
from kontakt.services import startup
from kontakt.storage.db import open_database
from kontakt.storage.errors import StorageError
from kontakt.storage.migrate import KNOWN_REVISIONS, MIGRATIONS_DIR, SCHEMA_HEAD, TABLES
from kontakt.storage.models import AppState, Base, Municipality, RingPattern, RingPatternVersion
from tests.helpers import sqlite_url

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def test_new_database_is_private_to_the_user(tmp_path: Path) -> None:
    path = tmp_path / "new-folder" / "kontakt.sqlite3"
    open_database(sqlite_url(path)).dispose()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


@pytest.mark.sqlite_only
def test_connections_enforce_foreign_keys_and_use_wal(db) -> None:  # type: ignore[no-untyped-def]
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_a_failed_action_leaves_no_half_written_rows(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RuntimeError), db.transaction() as session:
        session.add(Municipality(number="4631", name="Alver"))
        session.flush()
        raise RuntimeError("the user's action failed half-way")
    with db.session() as session:
        assert session.scalars(select(Municipality)).all() == []


def test_times_come_back_with_their_zone(db) -> None:  # type: ignore[no-untyped-def]
    oslo_summer = timezone(timedelta(hours=2))
    moment = datetime(2026, 7, 1, 12, 0, tzinfo=oslo_summer)
    with db.transaction() as session:
        session.add(Municipality(number="4631", name="Alver", created_at=moment))
    with db.session() as session:
        stored = session.scalars(select(Municipality)).one().created_at
    assert stored == moment
    assert stored.tzinfo is not None and stored.utcoffset() == timedelta(0)


def test_schema_head_constant_matches_the_migration_scripts() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory(str(MIGRATIONS_DIR))
    assert scripts.get_current_head() == SCHEMA_HEAD
    oldest_first = [s.revision for s in reversed(list(scripts.walk_revisions()))]
    assert tuple(oldest_first) == KNOWN_REVISIONS


def test_database_from_first_migration_upgrades_with_its_data(db_url: str, backend: str) -> None:
    open_database(db_url, migrate_to="0001").dispose()
    with open_database(db_url, migrate_to="0001").engine.begin() as connection:
        assert (
            connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
        )
        now = datetime.now(UTC)
        connection.execute(
            text(
                "INSERT INTO municipality (number, name, is_demo, contact_name, contact_email,"
                " contact_phone, email_domains, api_base_url, created_at, updated_at) VALUES"
                " ('4631', 'Alver', :no, 'Kari', 'kari@alver.kommune.no', '',"
                " '[\"alver.kommune.no\"]', '', :now, :now)"
            ),
            {"now": now, "no": False},
        )
        connection.execute(
            text(
                "INSERT INTO ring_pattern (municipality_id, key, name)"
                " SELECT id, 'sentralbord', 'Sentralbord' FROM municipality"
            )
        )
        connection.execute(
            text(
                "INSERT INTO ring_pattern_version (pattern_id, number, status, document, note,"
                " created_by, created_at) SELECT id, 1, 'baseline', '{\"id\": \"sentralbord\"}',"
                " '', 'Kari', :now FROM ring_pattern"
            ),
            {"now": now},
        )

    upgraded = open_database(db_url)
    with upgraded.session() as session:
        assert session.scalars(select(Municipality.email_domains)).one() == ["alver.kommune.no"]
        version = session.scalars(select(RingPatternVersion)).one()
        assert version.document == '{"id": "sentralbord"}'
        assert version.created_at == now
        assert session.scalars(select(RingPattern)).one().name == "Sentralbord"
    with upgraded.engine.connect() as connection:
        assert (
            connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            == SCHEMA_HEAD
        )
        assert connection.execute(text("SELECT count(*) FROM mapping_profile")).scalar() == 0
    upgraded.dispose()
    if backend == "sqlite":
        path = Path(db_url.removeprefix("sqlite:///"))
        assert path.with_name(path.name + ".before-migration").exists()


def test_database_newer_than_this_kontakt_is_refused_untouched(db_path: Path) -> None:
    url = sqlite_url(db_path)
    database = open_database(url)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0042'"))
    database.dispose()
    before = db_path.read_bytes()
    with pytest.raises(StorageError) as raised:
        open_database(url)
    assert raised.value.code == "too-new"
    assert "0042" in str(raised.value)
    assert db_path.read_bytes() == before


def test_a_file_that_is_no_database_is_refused_untouched(db_path: Path) -> None:
    db_path.write_bytes(b"Ansattnr;Fornavn\n1001;Kari\n")
    with pytest.raises(StorageError) as raised:
        open_database(sqlite_url(db_path))
    assert raised.value.code == "unreadable"
    assert db_path.read_bytes() == b"Ansattnr;Fornavn\n1001;Kari\n"


def test_a_data_folder_that_cannot_be_made_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(StorageError) as raised:
        open_database(sqlite_url(blocker / "kontakt" / "kontakt.sqlite3"))
    assert raised.value.code == "unwritable-folder"
    assert str(blocker / "kontakt") in str(raised.value)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _make_sqlite(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


@pytest.mark.parametrize(
    ("statements", "code"),
    [
        (["CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL)"], "foreign"),
        (
            [
                "CREATE TABLE municipality (id INTEGER PRIMARY KEY, number TEXT)",
                "INSERT INTO municipality (number) VALUES ('4631')",
            ],
            "foreign",
        ),
        (
            [
                "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)",
                "INSERT INTO alembic_version VALUES ('ae1027a6acf')",
                "CREATE TABLE account (id INTEGER PRIMARY KEY)",
            ],
            "foreign-version",
        ),
        (
            [
                "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)",
                "INSERT INTO alembic_version VALUES ('0002')",
                "CREATE TABLE municipality (id INTEGER PRIMARY KEY)",
            ],
            "incomplete",
        ),
    ],
    ids=["own-tables", "own-municipality-table", "other-alembic", "kontakt-marked-but-empty"],
)
def test_another_programs_database_is_refused_byte_for_byte(
    db_path: Path, statements: list[str], code: str
) -> None:
    _make_sqlite(db_path, *statements)
    before = _sha256(db_path)
    with pytest.raises(StorageError) as raised:
        open_database(sqlite_url(db_path))
    assert raised.value.code == code
    assert str(db_path) in str(raised.value)
    assert "nothing was changed" in str(raised.value)
    assert _sha256(db_path) == before
    assert [p.name for p in db_path.parent.iterdir()] == [db_path.name]  # nothing beside it


@pytest.mark.parametrize("content", ["empty", "no-tables"])
def test_an_empty_file_or_one_without_tables_becomes_a_kontakt_database(
    db_path: Path, content: str
) -> None:
    if content == "empty":
        db_path.touch()
    else:
        _make_sqlite(db_path, "PRAGMA user_version = 7")
        assert db_path.stat().st_size > 0
    database = open_database(sqlite_url(db_path))
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            SCHEMA_HEAD
        )
    database.dispose()


def test_a_too_new_database_in_rollback_journal_mode_keeps_its_bytes(db_path: Path) -> None:
    url = sqlite_url(db_path)
    open_database(url).dispose()
    _make_sqlite(
        db_path, "PRAGMA journal_mode=DELETE", "UPDATE alembic_version SET version_num = '0042'"
    )
    before = _sha256(db_path)
    with pytest.raises(StorageError) as raised:
        open_database(url)
    assert raised.value.code == "too-new"
    assert _sha256(db_path) == before
    assert not db_path.with_name(db_path.name + "-wal").exists()


def test_a_failed_migration_says_what_happened_in_words_and_changes_nothing(
    db_path: Path,
) -> None:
    url = sqlite_url(db_path)
    open_database(url, migrate_to="0001").dispose()
    # a table of the next migration's name is already there: the migration cannot run
    _make_sqlite(db_path, "CREATE TABLE mapping_profile (id INTEGER PRIMARY KEY)")
    before = _sha256(db_path)
    with pytest.raises(StorageError) as raised:
        open_database(url)
    message = str(raised.value)
    assert raised.value.code == "migration-failed"
    assert "table mapping_profile already exists" in message
    assert "[SQL" not in message and "sqlalche.me" not in message
    assert _sha256(db_path) == before
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("0001",)
        ]


KILL_AFTER_STATEMENT = """
import os, shutil, sys
from sqlalchemy import Engine, event
from kontakt.storage.db import open_database

folder, start, last = sys.argv[1], sys.argv[2], int(sys.argv[3])
for n in range(1, last + 1):
    path = f"{folder}/killed-after-{n}.sqlite3"
    if start != "-":
        shutil.copy(start, path)
    pid = os.fork()
    if pid == 0:
        count = 0

        @event.listens_for(Engine, "after_cursor_execute")
        def kill(*_args):
            global count
            count += 1
            if count == n:
                os._exit(9)

        open_database(f"sqlite:///{path}")
        os._exit(0)
    os.waitpid(pid, 0)
print("done")
"""


def _statements_of_a_start(path: Path, migrate_to: str = "head") -> int:
    seen: list[str] = []

    def count(*_args: object) -> None:
        seen.append("")

    event.listen(Engine, "after_cursor_execute", count)
    try:
        open_database(sqlite_url(path), migrate_to=migrate_to).dispose()
    finally:
        event.remove(Engine, "after_cursor_execute", count)
    return len(seen)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="kills forked processes")
@pytest.mark.parametrize("start", ["new", "0001"])
def test_a_migration_killed_after_any_statement_opens_and_works_next_time(
    tmp_path: Path, start: str
) -> None:
    template = tmp_path / "template.sqlite3"
    if start == "0001":
        open_database(sqlite_url(template), migrate_to="0001").dispose()
        _make_sqlite(template, "INSERT INTO app_state VALUES ('kept', 'yes')")
    counted = tmp_path / "counted.sqlite3"
    if template.exists():
        shutil.copy(template, counted)
    # A first set-up is killed within its first migration, an upgrade from 0001 within every
    # later one: together every statement of every migration (each kill re-runs the start).
    statements = _statements_of_a_start(counted, "0001" if start == "new" else "head")
    assert statements > (30 if start == "new" else 5)  # the schema, statement by statement
    done = subprocess.run(
        [
            sys.executable, "-c", KILL_AFTER_STATEMENT, str(tmp_path),
            str(template) if template.exists() else "-", str(statements),
        ],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.stdout.strip() == "done", done.stderr
    for n in range(1, statements + 1):
        path = tmp_path / f"killed-after-{n}.sqlite3"
        database = open_database(sqlite_url(path))
        with database.transaction() as session:
            session.add(Municipality(number="4631", name="Alver"))
        with database.session() as session:
            assert session.scalars(select(Municipality.name)).all() == ["Alver"], n
            if start == "0001":
                assert session.scalars(select(AppState.value)).all() == ["yes"], n
        database.dispose()


def test_two_first_starts_at_once_both_finish(db_url: str, backend: str, tmp_path: Path) -> None:
    if backend == "sqlite":  # the folder too is made by the first start
        db_url = sqlite_url(tmp_path / "fresh" / "data" / "kontakt.sqlite3")
    hrm = RESOURCES / "demo" / "hrm-export.csv"
    command = [
        sys.executable, "-m", "kontakt", "--lang", "en", "--db", db_url,
        "check-contacts", str(hrm), "--today", "2026-12-01",
    ]  # fmt: skip
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    runs = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         env=environment)
        for _ in range(2)
    ]  # fmt: skip
    outputs = [run.communicate(timeout=300) for run in runs]
    codes = [run.returncode for run in runs]
    for out, err in outputs:
        assert "Traceback" not in out + err, err
    assert codes[0] == codes[1] and codes[0] in (0, 1), outputs
    assert outputs[0][0] == outputs[1][0]
    database = open_database(db_url)
    with database.session() as session:
        assert len(session.scalars(select(Municipality.number)).all()) == 1
    database.dispose()


def test_the_models_and_the_migrations_agree(db) -> None:  # type: ignore[no-untyped-def]
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
        assert set(inspect(connection).get_table_names()) == TABLES[SCHEMA_HEAD]


READ_ONLY_RUN = """
import contextlib, io, os, sys
from kontakt.cli import main

warm_url, url, hrm = sys.argv[1:4]
arguments = ["check-contacts", hrm, "--today", "2026-12-01"]
with contextlib.redirect_stdout(io.StringIO()):
    main(["--db", warm_url, *arguments])  # every module loaded before giving up root
if os.getuid() == 0:  # root may write any file: become a user who may not
    os.setgid(65534)
    os.setuid(65534)
sys.exit(main(["--lang", "en", "--db", url, *arguments]))
"""


def test_a_read_only_database_is_refused_in_words_with_exit_2(tmp_path: Path) -> None:
    folder = Path(tempfile.mkdtemp(prefix="kontakt-read-only-"))
    try:
        folder.chmod(0o777)  # the user below may make its lock file here, not change the database
        path = folder / "kontakt.sqlite3"
        startup.open_for_use(sqlite_url(path)).dispose()
        (folder / "kontakt.sqlite3.lock").unlink()
        path.chmod(0o444)
        before = _sha256(path)
        done = subprocess.run(
            [
                sys.executable, "-c", READ_ONLY_RUN, sqlite_url(tmp_path / "warm.sqlite3"),
                sqlite_url(path), str(RESOURCES / "demo" / "hrm-export.csv"),
            ],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert done.returncode == 2, done.stdout + done.stderr
        assert "Traceback" not in done.stderr
        assert f"The database {path} is read-only for you" in done.stderr
        assert _sha256(path) == before
    finally:
        shutil.rmtree(folder)


def test_a_server_database_without_its_driver_is_refused_in_words_with_exit_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    hrm = str(RESOURCES / "demo" / "hrm-export.csv")
    url = "postgresql+pg8000://kari:hemmeleg@db.alver.kommune.no/kontakt"
    assert main(["--lang", "en", "--db", url, "check-contacts", hrm]) == 2
    said = capsys.readouterr().err
    assert "its driver (pg8000) is not installed" in said
    assert "db.alver.kommune.no" in said and "hemmeleg" not in said
    assert "Traceback" not in said


def test_two_writers_at_once_both_succeed(db_path: Path) -> None:
    url = sqlite_url(db_path)
    first, second = open_database(url), open_database(url)
    has_read = threading.Event()
    errors: list[BaseException] = []

    def read_then_write() -> None:
        try:
            with first.transaction() as session:
                session.scalars(select(Municipality)).all()
                has_read.set()
                time.sleep(0.3)  # the other writer comes in between
                session.add(Municipality(number="4631", name="Alver"))
        except BaseException as exc:  # the assertion below shows it
            errors.append(exc)
            has_read.set()

    reader = threading.Thread(target=read_then_write)
    reader.start()
    has_read.wait(10)
    with second.transaction() as session:
        session.add(Municipality(number="4632", name="Austrheim"))
    reader.join(10)
    assert errors == []
    with second.session() as session:
        assert sorted(session.scalars(select(Municipality.number))) == ["4631", "4632"]
    first.dispose()
    second.dispose()


def test_a_first_set_up_an_older_kontakt_left_half_built_is_set_up_again(db_path: Path) -> None:
    url = sqlite_url(db_path)
    open_database(url, migrate_to="0001").dispose()
    # what a first start killed after some statements left behind before migrations were
    # transactional: some of the tables, no version
    _make_sqlite(db_path, "DELETE FROM alembic_version", "DROP TABLE test_case_result")
    database = open_database(url)
    with database.transaction() as session:
        session.add(Municipality(number="4631", name="Alver"))
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            SCHEMA_HEAD
        )
        assert set(inspect(connection).get_table_names()) == TABLES[SCHEMA_HEAD]
    database.dispose()


def test_a_database_with_kontakts_tables_but_data_and_no_version_is_not_rebuilt(
    db_path: Path,
) -> None:
    url = sqlite_url(db_path)
    open_database(url, migrate_to="0001").dispose()
    _make_sqlite(db_path, "DELETE FROM alembic_version", "INSERT INTO app_state VALUES ('k', 'v')")
    before = _sha256(db_path)
    with pytest.raises(StorageError) as raised:
        open_database(url)
    assert raised.value.code == "foreign"
    assert _sha256(db_path) == before
