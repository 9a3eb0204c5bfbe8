"""Migration 0006: saved column mappings get their kind, the old ones keep theirs."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from kontakt.core.contacts.mapping import DIRECTORY_FIELDS, HRM_FIELDS
from kontakt.core.tables.mapping import MappingProfile
from kontakt.storage import profiles
from kontakt.storage.db import open_database
from tests.helpers import sqlite_url


def test_profiles_saved_before_0006_keep_their_kind(db_path: Path) -> None:
    url = sqlite_url(db_path)
    open_database(url, migrate_to="0005").dispose()
    now = datetime.now(UTC).isoformat(" ")
    with open_database(url, migrate_to="0005").engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO municipality (id, number, name, is_demo, contact_name, contact_email,"
                " contact_phone, email_domains, api_base_url, created_at, updated_at) VALUES"
                " (1, '4631', 'Alver', 0, '', '', '', '[]', '', :now, :now)"
            ),
            {"now": now},
        )
        for name, mapping in (
            ("Visma", {"employee_id": "Ressursnr"}),
            ("IKTNH", {"kind": "directory", "fields": {"number": "Nr", "type": "Slag"}}),
        ):
            connection.execute(
                text(
                    "INSERT INTO mapping_profile (municipality_id, name, mapping, updated_at)"
                    " VALUES (1, :name, :mapping, :now)"
                ),
                {"name": name, "mapping": json.dumps(mapping), "now": now},
            )
    upgraded = open_database(url)
    with upgraded.session() as session:
        assert profiles.profiles(session, 1, HRM_FIELDS) == [
            MappingProfile("Visma", {"employee_id": "Ressursnr"}, "hrm")
        ]
        assert profiles.profiles(session, 1, DIRECTORY_FIELDS) == [
            MappingProfile("IKTNH", {"number": "Nr", "type": "Slag"}, "directory")
        ]
        assert profiles.profile_names(session, 1) == {"IKTNH": "directory", "Visma": "hrm"}
    upgraded.dispose()
