"""Bringing a database to the current schema with the Alembic migrations in this package.

Start-up must stay quick: the current revision is read with one query and compared with
`SCHEMA_HEAD`; Alembic itself is imported only when there is something to do. A test checks
that `SCHEMA_HEAD` is the head of the migration scripts.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from kontakt.storage.errors import StorageError

SCHEMA_HEAD = "0002"
"""The newest migration this version ships; bump it with every new migration."""

KNOWN_REVISIONS = ("0001", "0002")
"""Every revision of this version, oldest first (a database at another one is newer)."""

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at, or None for a database without Kontakt's tables."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def _alembic_config(connection: Connection) -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, url_for_messages: str, revision: str = "head") -> None:
    """Migrate to `revision` (default: the newest). Refuses a database newer than this
    Kontakt; copies a SQLite file aside before changing an existing schema."""
    with engine.connect() as connection:
        found = current_revision(connection)
    if found is not None and found not in KNOWN_REVISIONS:
        raise StorageError("too-new", url=url_for_messages, found=found, known=SCHEMA_HEAD)
    if found == SCHEMA_HEAD or (found == revision and revision != "head"):
        return
    backup = _backup_sqlite(engine) if found is not None else None
    from alembic import command

    try:
        with engine.begin() as connection:
            command.upgrade(_alembic_config(connection), revision)  # type: ignore[arg-type]
    except Exception as exc:
        raise StorageError(
            "migration-failed",
            url=url_for_messages,
            reason=str(exc),
            backup=str(backup) if backup else "-",
        ) from exc


def _backup_sqlite(engine: Engine) -> Path | None:
    database = engine.url.database
    if engine.url.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    source = Path(database)
    target = source.with_name(source.name + ".before-migration")
    shutil.copy2(source, target)
    target.chmod(0o600)
    return target
