"""Small helpers the tests share."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{path}"


PG_URL_ENV = "KONTAKT_TEST_PG_URL"
"""The environment variable naming the PostgreSQL server the tests may use."""


class PostgresServer:
    """Throw-away databases on a PostgreSQL server, each made with `CREATE DATABASE`
    (from a template when given: a file copy on the server, quick) and dropped after."""

    def __init__(self, url: str, prefix: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.url = make_url(url)
        self.prefix = prefix
        self._made: list[str] = []
        self._count = 0
        self._admin = create_engine(self.url, isolation_level="AUTOCOMMIT", poolclass=_null_pool())

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def create(self, suffix: str | None = None, template: str = "template0") -> str:
        self._count += 1
        name = f"{self.prefix}{suffix or self._count}"
        with self._admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        self._made.append(name)
        return name

    def drop(self, name: str) -> None:
        with self._admin.connect() as connection:
            # FORCE ends a connection a failed test left open
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self._made.remove(name)

    def execute(self, sql: str) -> None:
        """Run one statement as the server's administrator (outside any database's test)."""
        with self._admin.connect() as connection:
            connection.exec_driver_sql(sql)

    def drop_all(self) -> None:
        for name in list(self._made):
            self.drop(name)
        self._admin.dispose()


def _null_pool() -> type:
    from sqlalchemy.pool import NullPool

    return NullPool


def refuse_inserts(engine: Any, table: str, message: str) -> None:
    """Make the database refuse every new row of `table` with `message` (a trigger), as a
    full disk would: for tests of what a failed write leaves behind."""
    from sqlalchemy import text

    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            connection.execute(
                text(
                    f"CREATE TRIGGER refuse_{table} BEFORE INSERT ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
                )
            )
            return
        connection.execute(
            text(
                f"CREATE FUNCTION refuse_{table}() RETURNS trigger LANGUAGE plpgsql AS "
                f"$$ BEGIN RAISE EXCEPTION '{message}'; END $$"
            )
        )
        connection.execute(
            text(
                f"CREATE TRIGGER refuse_{table} BEFORE INSERT ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION refuse_{table}()"
            )
        )
