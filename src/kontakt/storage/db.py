"""The engine, sessions and transactions; where the database lives by default.

SQLite is opened with foreign keys on, WAL journal and a busy timeout. The file and its
folder are the user's alone (they hold personal data from HRM).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from kontakt.storage import migrate
from kontakt.storage.errors import StorageError
from kontakt.storage.location import default_database_url

BUSY_TIMEOUT_MS = 5000


class Database:
    """One engine and its session factory. Use `transaction()` for each user action."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed at the end, or rolled back whole on error."""
        with self._sessions.begin() as session:
            yield session

    def session(self) -> Session:
        """A session for reading; the caller closes it."""
        return self._sessions()

    def dispose(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def _prepare_sqlite_file(path: Path) -> None:
    """Make the folder (0700) and check the file can be opened, before SQLAlchemy tries."""
    folder = path.parent
    try:
        if not folder.exists():
            folder.mkdir(parents=True, mode=0o700)
        if not os.access(folder, os.W_OK | os.X_OK):
            raise PermissionError("no write access")
        if not path.exists():
            path.touch(mode=0o600)
    except OSError as exc:
        raise StorageError(
            "unwritable-folder", path=str(folder), reason=exc.strerror or str(exc)
        ) from exc
    if path.stat().st_size and not _looks_like_sqlite(path):
        raise StorageError("unreadable", url=str(path), reason="not a SQLite database")


def _looks_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def open_database(url: str | None = None, migrate_to: str = "head") -> Database:
    """Open (and create) the database at `url`, migrated to the current schema.

    Raises `StorageError` with a clear message when the folder is not writable, the file is
    not a database, or the schema is newer than this Kontakt knows; nothing is changed then.
    """
    url = url or default_database_url()
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StorageError("unreadable", url=url, reason=str(exc)) from exc
    is_sqlite = parsed.get_backend_name() == "sqlite"
    if is_sqlite and parsed.database and parsed.database != ":memory:":
        _prepare_sqlite_file(Path(parsed.database))
    engine = create_engine(parsed)
    if is_sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        migrate.upgrade(engine, url, migrate_to)
    except (DatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        raise StorageError("unreadable", url=url, reason=str(exc.__cause__ or exc)) from exc
    except StorageError:
        engine.dispose()
        raise
    return Database(engine, url)
