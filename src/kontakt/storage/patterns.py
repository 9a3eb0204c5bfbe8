"""Ring patterns in the database: each a row, its versions rows holding the JSON document."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kontakt.storage.models import RingPattern, RingPatternVersion

STATUSES = ("baseline", "draft", "submitted", "superseded")


def add_version(
    session: Session,
    municipality_id: int,
    *,
    key: str,
    name: str,
    document: str,
    status: str,
    created_by: str = "",
    note: str = "",
) -> RingPatternVersion:
    """Store `document` as the next version of the pattern `key` (made if new)."""
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    pattern = session.scalars(
        select(RingPattern).where(
            RingPattern.municipality_id == municipality_id, RingPattern.key == key
        )
    ).first()
    if pattern is None:
        pattern = RingPattern(municipality_id=municipality_id, key=key, name=name)
        session.add(pattern)
        session.flush()
    pattern.name = name
    latest = (
        session.scalar(
            select(func.max(RingPatternVersion.number)).where(
                RingPatternVersion.pattern_id == pattern.id
            )
        )
        or 0
    )
    version = RingPatternVersion(
        pattern_id=pattern.id,
        number=latest + 1,
        status=status,
        document=document,
        created_by=created_by,
        note=note,
    )
    session.add(version)
    session.flush()
    return version


def latest_documents(
    session: Session, municipality_id: int, status: str | None = None
) -> list[tuple[str, str]]:
    """(pattern key, document) of each pattern's newest version (of `status`, if given)."""
    result = []
    patterns = session.scalars(
        select(RingPattern)
        .where(RingPattern.municipality_id == municipality_id)
        .order_by(RingPattern.key)
    )
    for pattern in patterns:
        query = select(RingPatternVersion).where(RingPatternVersion.pattern_id == pattern.id)
        if status is not None:
            query = query.where(RingPatternVersion.status == status)
        version = session.scalars(query.order_by(RingPatternVersion.number.desc())).first()
        if version is not None:
            result.append((pattern.key, version.document))
    return result
