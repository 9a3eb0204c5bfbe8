"""Saved column mappings ("profiles") for HRM sources and number registers."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kontakt.core.contacts.mapping import MappingProfile
from kontakt.storage.models import MappingProfile as ProfileRow


def save_profile(session: Session, municipality_id: int, profile: MappingProfile) -> None:
    """Store `profile`, replacing one of the same name."""
    row = session.scalars(
        select(ProfileRow).where(
            ProfileRow.municipality_id == municipality_id, ProfileRow.name == profile.name
        )
    ).first()
    if row is None:
        row = ProfileRow(municipality_id=municipality_id, name=profile.name)
        session.add(row)
    row.mapping = profile.stored_mapping()
    session.flush()


def profiles(session: Session, municipality_id: int, kind: str = "hrm") -> list[MappingProfile]:
    """The saved profiles of tables of `kind` (`FieldSpec.kind`), by name."""
    rows = session.scalars(
        select(ProfileRow)
        .where(ProfileRow.municipality_id == municipality_id)
        .order_by(ProfileRow.name)
    )
    found = (MappingProfile.from_json({"name": r.name, "mapping": r.mapping}) for r in rows)
    return [profile for profile in found if profile.kind == kind]
