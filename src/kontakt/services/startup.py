"""Opening the database for use: migrated, with the demo municipality on first use, and
the municipality chosen for this run.

The GUI and every subcommand that needs the municipality start here. The demo is loaded
under the database's set-up lock, so two Kontakts started at once load it once.
"""

from __future__ import annotations

from kontakt.services import database, municipality
from kontakt.storage.db import Database, open_database


def open_for_use(
    db_url: str | None, *, load_demo: bool = True, kommune: str | None = None
) -> Database:
    """The database at `db_url` (default: the user's), migrated. When it has no municipality
    yet and the user has not removed the demo, the demo municipality is loaded first.

    `kommune` (a municipality number) chooses the municipality for this run; a
    `StorageError` says so when the database has none with that number.
    """

    def prepare(db: Database) -> None:
        if load_demo and not municipality.listed(db) and not municipality.demo_was_removed(db):
            from kontakt.services import demo

            demo.load_demo(db)

    db = open_database(database.with_password(db_url) if db_url else None, prepare=prepare)
    if kommune is not None:
        try:
            municipality.choose(db, kommune)
        except BaseException:
            db.dispose()
            raise
    return db
