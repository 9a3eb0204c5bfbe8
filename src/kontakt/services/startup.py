"""Opening the database for use: migrated, with the demo municipality on first use, and
the municipality chosen for this run.

The GUI and every subcommand that needs the municipality start here. The demo is loaded
under the database's set-up lock, so two Kontakts started at once load it once.
"""

from __future__ import annotations

from kontakt.services import database, municipality, users
from kontakt.storage.db import Database, open_database
from kontakt.storage.errors import StorageError


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
    try:
        if kommune is not None:
            municipality.choose(db, kommune)
        else:
            _one_the_user_may_read(db)
    except BaseException:
        db.dispose()
        raise
    return db


def _one_the_user_may_read(db: Database) -> None:
    """On a team database, start in a municipality the user is set up for when the one
    saved as in use is someone else's; with none at all, `current` says so."""
    try:
        municipality.current(db)
    except StorageError:
        readable = users.readable(db)
        if not readable:
            raise
        db.municipality_number = readable[0]
