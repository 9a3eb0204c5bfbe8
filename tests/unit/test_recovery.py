"""The kept working draft: one file per database and pattern, written whole, and a file
that cannot be read is no kept work (it is never offered)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from kontakt.core.ringpattern import edit as edits
from kontakt.services import recovery
from kontakt.services.patterns import open_stored
from kontakt.storage.db import Database, open_database
from tests.helpers import sqlite_url

KEY = "demo-sentralbord"


def test_kept_work_is_per_database_and_a_damaged_file_is_none(
    demo_db: Database, tmp_path: Path
) -> None:
    stored = open_stored(demo_db, KEY)
    changed = edits.rename(stored.pattern, "byggesak", "Plan og bygg")
    keeper = recovery.for_pattern(demo_db, KEY)
    at = datetime.now(UTC) - timedelta(minutes=3)
    keeper.keep(changed, 7, now=at)
    kept = keeper.kept()
    assert kept is not None
    assert (kept.pattern, kept.draft, kept.kept_at, kept.key) == (changed, 7, at, KEY)
    assert keeper.path.stat().st_mode & 0o077 == 0  # personal data: the owner's only
    other = open_database(sqlite_url(tmp_path / "other.sqlite3"))
    try:
        assert recovery.for_pattern(other, KEY).path != keeper.path
        assert recovery.for_pattern(other, KEY).kept() is None
    finally:
        other.dispose()
    keeper.path.write_text('{"format": 1, "key": "demo-sentralbord", "document": "{"', "utf-8")
    assert keeper.kept() is None
    keeper.discard()
    assert not keeper.path.exists()
    keeper.discard()  # nothing kept: nothing to do
