"""Ring patterns in the database: each a row, its versions rows holding the JSON document."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from kontakt.storage.models import RingPattern, RingPatternVersion
from kontakt.storage.types import utc_now

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
    based_on: int | None = None,
) -> RingPatternVersion:
    """Store `document` as the next version of the pattern `key` (made if new). With
    `based_on`, only while version `based_on` is still the newest (else `Stale`)."""
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
    newest = newest_version(session, pattern.id)
    latest = newest.number if newest is not None else 0
    if based_on is not None and newest is not None and latest != based_on:
        raise Stale(latest, newest.saved_by or newest.created_by, newest.saved_at)
    touch(pattern)
    pattern.name = name
    version = RingPatternVersion(
        pattern_id=pattern.id,
        number=latest + 1,
        status=status,
        document=document,
        created_by=created_by,
        note=note,
        saved_by=created_by,
        saved_at=utc_now(),
    )
    session.add(version)
    session.flush()
    return version


class Stale(Exception):
    """Someone saved the pattern after the copy being saved was read: the newest version is
    `number`, saved by `by` at `at`."""

    def __init__(self, number: int, by: str, at: datetime | None) -> None:
        super().__init__(f"version {number} saved by {by} at {at}")
        self.number, self.by, self.at = number, by, at


def touch(pattern: RingPattern) -> None:
    """Count a save of the pattern: its UPDATE checks and bumps `revision`, so that a
    concurrent save from the same starting point fails (`StaleDataError`) at the flush."""
    flag_modified(pattern, "name")


def newest_version(session: Session, pattern_id: int) -> RingPatternVersion | None:
    return session.scalars(
        select(RingPatternVersion)
        .where(RingPatternVersion.pattern_id == pattern_id)
        .order_by(RingPatternVersion.number.desc())
        .limit(1)
    ).first()


@dataclass(frozen=True)
class PatternRow:
    """A stored pattern with its newest version (of the status asked for, if any)."""

    key: str
    name: str
    versions: int
    """How many versions the pattern has (of any status)."""
    latest_status: str
    latest_document: str
    saved_by: str = ""
    """Who saved the newest version, and when."""
    saved_at: datetime | None = None


def latest_versions(
    session: Session, municipality_id: int, status: str | None = None, *, order_by: str = "key"
) -> list[PatternRow]:
    """Each of the municipality's patterns with its newest version (of `status`, if given),
    in one query; patterns without such a version are left out. Ordered by key or name."""
    newest = select(
        RingPatternVersion.pattern_id,
        func.max(RingPatternVersion.number).label("number"),
    )
    if status is not None:
        newest = newest.where(RingPatternVersion.status == status)
    newest_sq = newest.group_by(RingPatternVersion.pattern_id).subquery()
    counts = (
        select(RingPatternVersion.pattern_id, func.count().label("versions"))
        .group_by(RingPatternVersion.pattern_id)
        .subquery()
    )
    query = (
        select(
            RingPattern.key,
            RingPattern.name,
            counts.c.versions,
            RingPatternVersion.status,
            RingPatternVersion.document,
            func.coalesce(
                func.nullif(RingPatternVersion.saved_by, ""), RingPatternVersion.created_by
            ),
            func.coalesce(RingPatternVersion.saved_at, RingPatternVersion.created_at),
        )
        .join(newest_sq, newest_sq.c.pattern_id == RingPattern.id)
        .join(
            RingPatternVersion,
            (RingPatternVersion.pattern_id == RingPattern.id)
            & (RingPatternVersion.number == newest_sq.c.number),
        )
        .join(counts, counts.c.pattern_id == RingPattern.id)
        .where(RingPattern.municipality_id == municipality_id)
        .order_by(RingPattern.name if order_by == "name" else RingPattern.key, RingPattern.key)
    )
    return [PatternRow(*row) for row in session.execute(query)]


def latest_documents(
    session: Session, municipality_id: int, status: str | None = None
) -> list[tuple[str, str]]:
    """(pattern key, document) of each pattern's newest version (of `status`, if given)."""
    return [
        (row.key, row.latest_document) for row in latest_versions(session, municipality_id, status)
    ]
