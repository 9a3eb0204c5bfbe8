"""Bringing a database to the current schema with the Alembic migrations in this package.

Start-up must stay quick: the database is classified with two small queries and its
revision compared with `SCHEMA_HEAD`; Alembic itself is imported only when there is
something to do. Only a database without tables is new: one with tables and no Kontakt
schema version is another program's and is refused. A test checks that `SCHEMA_HEAD` is
the head of the migration scripts and that `TABLES` matches the models.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from kontakt.resources import package_path
from kontakt.storage.errors import StorageError, reason_in_words

SCHEMA_HEAD = "0009"
"""The newest migration this version ships; bump it with every new migration."""

KNOWN_REVISIONS = ("0001", "0002", "0004", "0005", "0006", "0007", "0008", "0009")
"""Every revision of this version, oldest first (a database at another one is newer)."""

_FIRST_TABLES = frozenset(
    {
        "alembic_version",
        "app_state",
        "municipality",
        "hrm_import",
        "person",
        "directory_number",
        "ring_pattern",
        "ring_pattern_version",
        "catalogue_model",
        "change_request",
        "delivery_attempt",
        "test_run",
        "test_case_result",
    }
)
TABLES = {
    "0001": _FIRST_TABLES,
    "0002": _FIRST_TABLES | {"mapping_profile"},
    "0004": _FIRST_TABLES | {"mapping_profile", "signing_key"},
    "0005": _FIRST_TABLES | {"mapping_profile", "signing_key"},
    "0006": _FIRST_TABLES
    | {"mapping_profile", "signing_key", "call_import", "call_record", "service_target"},
    "0007": _FIRST_TABLES
    | {"mapping_profile", "signing_key", "call_import", "call_record", "service_target"}
    | {"preparedness_site", "preparedness_plan", "preparedness_weakness", "preparedness_review"},
    "0008": _FIRST_TABLES
    | {"mapping_profile", "signing_key", "call_import", "call_record", "service_target"}
    | {"preparedness_site", "preparedness_plan", "preparedness_weakness", "preparedness_review"},
    "0009": _FIRST_TABLES
    | {"mapping_profile", "signing_key", "call_import", "call_record", "service_target"}
    | {"preparedness_site", "preparedness_plan", "preparedness_weakness", "preparedness_review"}
    | {"kontakt_user"},
}
"""The tables a Kontakt database has at each revision. A database at an unknown revision
with the first revision's tables is a newer Kontakt's; without them, another program's."""

HALF_BUILT = "half-built"
"""What `classify` says of a first set-up stopped half-way: its empty tables are set up again."""

MIGRATIONS_DIR = package_path("storage", "migrations")


def classify(connection: Connection, name: str) -> str | None:
    """The Kontakt revision of the database, or None when it is new (no tables at all).

    Reads only. Raises `StorageError` for a database that is another program's, is marked
    as Kontakt's but lacks its tables, or is a newer Kontakt's.
    """
    inspector = inspect(connection)
    tables = set(inspector.get_table_names())
    if not tables and not inspector.get_view_names():
        return None
    if "alembic_version" not in tables:
        raise StorageError("foreign", url=name)
    rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    if not rows and _left_half_built(connection, tables):
        return HALF_BUILT
    if len(rows) != 1:
        raise StorageError("foreign", url=name)
    found = str(rows[0][0])
    expected = TABLES.get(found)
    if expected is None:
        if tables >= _FIRST_TABLES:
            raise StorageError("too-new", url=name, found=found, known=SCHEMA_HEAD)
        raise StorageError("foreign-version", url=name, found=found)
    missing = sorted(expected - tables)
    if missing:
        raise StorageError("incomplete", url=name, found=found, tables=", ".join(missing))
    return found


def _left_half_built(connection: Connection, tables: set[str]) -> bool:
    """Only Kontakt's tables, all empty, and no version: a first set-up by an older Kontakt
    (whose migrations were not transactional) was stopped half-way. Nothing is in it."""
    if not tables <= TABLES[SCHEMA_HEAD]:
        return False
    return not any(
        connection.execute(text(f'SELECT 1 FROM "{table}" LIMIT 1')).first() for table in tables
    )


def _alembic_config(connection: Connection) -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, name: str, found: str | None, revision: str = "head") -> None:
    """Migrate from `found` (what `classify` said) to `revision` (default: the newest), in
    one transaction; copies a SQLite file aside before changing an existing schema."""
    if found == SCHEMA_HEAD or (found == revision and revision != "head"):
        return
    backup = _backup_sqlite(engine) if found not in (None, HALF_BUILT) else None
    from alembic import command

    try:
        with engine.connect() as connection:
            connection = connection.execution_options(kontakt_write=True)
            with connection.begin():
                if found == HALF_BUILT:
                    _drop_empty_tables(connection)
                command.upgrade(_alembic_config(connection), revision)  # type: ignore[arg-type]
    except Exception as exc:
        if backup is None:
            raise StorageError("setup-failed", url=name, reason=reason_in_words(exc)) from exc
        raise StorageError(
            "migration-failed", url=name, reason=reason_in_words(exc), backup=str(backup)
        ) from exc


def _drop_empty_tables(connection: Connection) -> None:
    # children before parents, so that no foreign key stands in the way
    for table in reversed(inspect(connection).get_sorted_table_and_fkc_names()):
        if table[0] is not None:
            connection.execute(text(f'DROP TABLE "{table[0]}"'))


def _backup_sqlite(engine: Engine) -> Path | None:
    """A consistent copy (SQLite's backup API reads what the WAL holds too), private."""
    database = engine.url.database
    if engine.url.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    source = Path(database)
    target = source.with_name(source.name + ".before-migration")
    target.unlink(missing_ok=True)
    target.touch(mode=0o600)
    copy = sqlite3.connect(target)
    connection = engine.raw_connection()
    try:
        connection.driver_connection.backup(copy)  # type: ignore[union-attr]
    finally:
        connection.close()
        copy.close()
    target.chmod(0o600)
    return target
