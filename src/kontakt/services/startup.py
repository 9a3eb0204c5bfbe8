"""Opening the database for use: migrated, and with the demo municipality on first use.

The GUI and every subcommand that needs the municipality start here.
"""

from __future__ import annotations

from kontakt.services import municipality
from kontakt.storage.db import Database, open_database


def open_for_use(db_url: str | None, *, load_demo: bool = True) -> Database:
    """The database at `db_url` (default: the user's), migrated. When it has no municipality
    yet and the user has not removed the demo, the demo municipality is loaded first."""
    db = open_database(db_url)
    if load_demo and municipality.current_id(db) is None and not municipality.demo_was_removed(db):
        from kontakt.services import demo

        demo.load_demo(db)
    return db
