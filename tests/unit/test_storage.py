"""The database: where and how it is opened, migrations, refusals that touch no data."""

from __future__ import annotations

import stat
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select, text

from kontakt.storage.db import open_database
from kontakt.storage.errors import StorageError
from kontakt.storage.migrate import KNOWN_REVISIONS, MIGRATIONS_DIR, SCHEMA_HEAD
from kontakt.storage.models import Municipality, RingPattern, RingPatternVersion
from tests.helpers import sqlite_url


def test_new_database_is_private_to_the_user(tmp_path: Path) -> None:
    path = tmp_path / "new-folder" / "kontakt.sqlite3"
    open_database(sqlite_url(path)).dispose()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


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


def test_database_from_first_migration_upgrades_with_its_data(db_path: Path) -> None:
    url = sqlite_url(db_path)
    open_database(url, migrate_to="0001").dispose()
    with open_database(url, migrate_to="0001").engine.begin() as connection:
        assert (
            connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
        )
        now = datetime.now(UTC).isoformat(" ")
        connection.execute(
            text(
                "INSERT INTO municipality (id, number, name, is_demo, contact_name, contact_email,"
                " contact_phone, email_domains, api_base_url, created_at, updated_at) VALUES"
                " (1, '4631', 'Alver', 0, 'Kari', 'kari@alver.kommune.no', '',"
                " '[\"alver.kommune.no\"]',"
                " '', :now, :now)"
            ),
            {"now": now},
        )
        connection.execute(
            text(
                "INSERT INTO ring_pattern (id, municipality_id, key, name) VALUES"
                " (1, 1, 'sentralbord', 'Sentralbord')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO ring_pattern_version (pattern_id, number, status, document, note,"
                " created_by, created_at) VALUES (1, 1, 'baseline', '{\"id\": \"sentralbord\"}',"
                " '', 'Kari', :now)"
            ),
            {"now": now},
        )

    upgraded = open_database(url)
    with upgraded.session() as session:
        assert session.scalars(select(Municipality.email_domains)).one() == ["alver.kommune.no"]
        version = session.scalars(select(RingPatternVersion)).one()
        assert version.document == '{"id": "sentralbord"}'
        assert session.get(RingPattern, 1) is not None
    with upgraded.engine.connect() as connection:
        assert (
            connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            == SCHEMA_HEAD
        )
        assert connection.execute(text("SELECT count(*) FROM mapping_profile")).scalar() == 0
    assert db_path.with_name(db_path.name + ".before-migration").exists()


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
