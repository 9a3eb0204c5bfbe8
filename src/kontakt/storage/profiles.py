"""Saved column mappings ("profiles") for the tables Kontakt reads, each of one kind."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kontakt.core.tables.mapping import FieldSpec, MappingProfile
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
    row.kind = profile.kind
    row.mapping = dict(profile.mapping)
    session.flush()


def profiles(session: Session, municipality_id: int, spec: FieldSpec) -> list[MappingProfile]:
    """The saved profiles of tables of `spec`'s kind, by name; one that maps a field `spec`
    no longer has is left out."""
    rows = session.scalars(
        select(ProfileRow)
        .where(ProfileRow.municipality_id == municipality_id, ProfileRow.kind == spec.kind)
        .order_by(ProfileRow.name)
    )
    found = []
    for row in rows:
        try:
            found.append(MappingProfile.from_json({"name": row.name, "mapping": row.mapping}, spec))
        except ValueError:
            continue
    return found


def profile_names(session: Session, municipality_id: int) -> dict[str, str]:
    """name -> kind of every saved profile (names are one per municipality, whatever kind)."""
    rows = session.execute(
        select(ProfileRow.name, ProfileRow.kind).where(
            ProfileRow.municipality_id == municipality_id
        )
    )
    return {name: kind for name, kind in rows}
