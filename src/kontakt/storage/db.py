"""The engine, sessions and transactions; opening a database safely.

SQLite is opened with foreign keys on, WAL journal and a busy timeout. The file and its
folder are the user's alone (they hold personal data from HRM).

Opening checks first and changes after: the file is classified (new, Kontakt's at a known
revision, a newer Kontakt's, another program's) with reads only, and refused untouched
unless it is new or Kontakt's. First-time set-up (folder, schema, the caller's `prepare`,
e.g. the demo) runs under a lock file beside the database (on PostgreSQL: a session-level
advisory lock on the server, as there is no file), so two Kontakts started at once on a
fresh database both come up. Transactions are real SQLite transactions (pysqlite's
own transaction handling is switched off; SQLAlchemy issues `BEGIN`), so a migration is
all or nothing even when the process is killed half-way.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from kontakt.storage import migrate
from kontakt.storage.errors import StorageError, reason_in_words
from kontakt.storage.location import default_database_url

BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "kontakt_write"
"""Execution option marking a connection whose transaction will write: `BEGIN IMMEDIATE`
takes the write lock at the start (waiting up to the busy timeout), so a transaction never
fails half-way because another process wrote first."""


SETUP_LOCK_KEY = 0x4B6F6E74616B74  # "Kontakt": the advisory lock of first-time set-up
"""On PostgreSQL, the key of the advisory lock held while a database is set up."""

REFUSALS = frozenset(
    {"unreadable", "read-only", "foreign", "foreign-version", "incomplete", "too-new"}
)
"""Errors that mean "not this database": it was left exactly as it was."""


class Database:
    """One engine and its session factory. Use `transaction()` for each user action.

    `municipality_number` is the municipality this handle works for when one was chosen for
    it (`--kommune`, the window's switcher); otherwise the services use the saved choice.
    """

    def __init__(self, engine: Engine, url: str, name: str | None = None) -> None:
        self.engine = engine
        self.url = url
        self.name = name or url
        """How messages name the database (a file by its path, a server without password)."""
        self.municipality_number: str | None = None
        self.revisions_seen: dict[tuple[str, int, str], int] = {}
        """The revision of each row this handle read to edit (kind, municipality id, key):
        a save checks that nobody saved in between (optimistic concurrency)."""
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._writing = sessionmaker(
            engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed at the end, or rolled back whole on error.

        A connection lost on the way (the server restarted, the network went) is a
        `StorageError` ("connection-lost"): the server rolled the transaction back, so
        nothing of it was kept, and the same action can simply be tried again."""
        try:
            with self._writing.begin() as session:
                yield session
        except DBAPIError as exc:
            if not exc.connection_invalidated:
                raise
            raise StorageError(
                "connection-lost", url=self.name, reason=reason_in_words(exc)
            ) from exc

    def session(self) -> Session:
        """A session for reading; the caller closes it."""
        return self._sessions()

    def dispose(self) -> None:
        self.engine.dispose()


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite would otherwise commit before each DDL statement and begin on its own;
    # SQLAlchemy's "begin" event below issues BEGIN instead (the documented recipe).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    write = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _display_name(parsed: URL) -> str:
    """How a database is named in messages: a SQLite file by its path, others by their URL
    without the password."""
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        return parsed.database
    return parsed.render_as_string(hide_password=True)


def _prepare_folder(path: Path) -> None:
    """Make the folder (0700) if it is missing; another Kontakt may be making it too."""
    try:
        path.parent.mkdir(parents=True, mode=0o700, exist_ok=True)
        if not os.access(path.parent, os.W_OK | os.X_OK):
            raise PermissionError(13, "no write access")
    except OSError as exc:
        raise _unwritable(path, exc) from exc


def _check_file(path: Path, name: str) -> None:
    """Refuse, before anything touches it, a file Kontakt cannot or must not use."""
    if not path.exists():
        return
    if not path.is_file():
        raise StorageError("unreadable", url=name, reason="not a file")
    if path.stat().st_size and not _looks_like_sqlite(path):
        raise StorageError("unreadable", url=name, reason="not a SQLite database")
    if not os.access(path, os.R_OK | os.W_OK):
        raise StorageError("read-only", url=name)


def _looks_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


@contextmanager
def _setup_lock(path: Path) -> Iterator[None]:
    """Hold `<database>.lock` while the database is classified, migrated and prepared.

    The lock file of a database in use stays (removing it would let a third process lock a
    different file); the operating system releases the lock when a process dies. Beside a
    database that is refused, a lock file this call made is removed again: Kontakt leaves
    nothing behind there (and no Kontakt sets such a database up).
    """
    lock_path = path.with_name(path.name + ".lock")
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        made = True
    except FileExistsError:
        made = False
    except OSError as exc:
        raise _unwritable(path, exc) from exc
    try:
        if not made:
            fd = os.open(lock_path, os.O_RDWR)
    except OSError as exc:
        raise _unwritable(path, exc) from exc
    try:
        _lock(fd)
        yield
    except StorageError as error:
        if made and error.code in REFUSALS:
            lock_path.unlink(missing_ok=True)
        raise
    finally:
        os.close(fd)  # closing releases the lock


def _unwritable(path: Path, exc: OSError) -> StorageError:
    return StorageError("unwritable-folder", path=str(path.parent), reason=exc.strerror or str(exc))


def _lock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt
        import time

        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                return
            except OSError:
                time.sleep(0.05)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX)


@contextmanager
def _server_lock(engine: Engine) -> Iterator[None]:
    """On PostgreSQL, hold the set-up advisory lock on a connection of its own; the server
    releases it when that connection ends, also when this process dies."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as connection:
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": SETUP_LOCK_KEY})
        connection.commit()
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": SETUP_LOCK_KEY})
            connection.commit()


def _engine(parsed: URL, name: str) -> Engine:
    try:
        engine = create_engine(parsed)
    except NoSuchModuleError as exc:
        raise StorageError("unreadable", url=name, reason=str(exc)) from exc
    except ImportError as exc:
        driver = exc.name or parsed.get_driver_name()
        raise StorageError("driver-missing", url=name, driver=driver) from exc
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def _use_wal(engine: Engine) -> None:
    """Switch the file to WAL (it stays so); outside any transaction, as SQLite requires."""
    connection = engine.raw_connection()
    try:
        connection.driver_connection.execute("PRAGMA journal_mode=WAL")  # type: ignore[union-attr]
    finally:
        connection.close()


def open_database(
    url: str | None = None,
    migrate_to: str = "head",
    prepare: Callable[[Database], None] | None = None,
) -> Database:
    """Open (and create) the database at `url`, migrated to the current schema; then run
    `prepare(db)` (first-use data), still holding the set-up lock.

    Raises `StorageError` with a clear message when the folder is not writable, the file is
    not a database, is another program's, is read-only, or is newer than this Kontakt
    knows; nothing is changed then. A failed migration changes nothing either.
    """
    url = url or default_database_url()
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StorageError("unreadable", url=url, reason=str(exc)) from exc
    name = _display_name(parsed)
    is_sqlite = parsed.get_backend_name() == "sqlite"
    if not (is_sqlite and parsed.database and parsed.database != ":memory:"):
        return _open(parsed, name, url, migrate_to, prepare, sqlite_file=False)
    path = Path(parsed.database)
    _prepare_folder(path)
    with _setup_lock(path):
        _check_file(path, name)
        if not path.exists():
            path.touch(mode=0o600)
        return _open(parsed, name, url, migrate_to, prepare, sqlite_file=True)


def _open(
    parsed: URL,
    name: str,
    url: str,
    migrate_to: str,
    prepare: Callable[[Database], None] | None,
    *,
    sqlite_file: bool,
) -> Database:
    engine = _engine(parsed, name)
    try:
        with _server_lock(engine):
            with engine.connect() as connection:
                found = migrate.classify(connection, name)
            if sqlite_file:
                _use_wal(engine)
            migrate.upgrade(engine, name, found, migrate_to)
            db = Database(engine, url, name)
            if prepare is not None:
                prepare(db)
    except (SQLAlchemyError, sqlite3.Error) as exc:
        engine.dispose()
        if "readonly" in reason_in_words(exc).replace("-", "").replace(" ", ""):
            raise StorageError("read-only", url=name) from exc
        raise StorageError("unreadable", url=name, reason=reason_in_words(exc)) from exc
    except BaseException:
        engine.dispose()
        raise
    return db
