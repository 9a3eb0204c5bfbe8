"""What the database holds, in counts and names: for the status bar and the workspace pages."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from kontakt.core.ringpattern.document import loads
from kontakt.core.ringpattern.errors import PatternError
from kontakt.core.ringpattern.validate import validate
from kontakt.core.severity import Severity
from kontakt.storage.db import Database
from kontakt.storage.models import (
    CatalogueModel,
    ChangeRequest,
    DirectoryNumber,
    Person,
    RingPattern,
    RingPatternVersion,
    TestRun,
)


@dataclass(frozen=True)
class PatternSummary:
    key: str
    name: str
    versions: int
    latest_status: str
    findings: dict[Severity, int]
    """What the validator finds in the newest version (all zero for an unreadable one)."""
    readable: bool = True


def _findings(document: str) -> tuple[dict[Severity, int], bool]:
    counts = dict.fromkeys(Severity, 0)
    try:
        pattern = loads(document)
    except PatternError:
        return counts, False
    for finding in validate(pattern):
        counts[finding.severity] += 1
    return counts, True


@dataclass(frozen=True)
class Overview:
    people: int
    directory_numbers: int
    patterns: tuple[PatternSummary, ...]
    catalogue_models: int
    change_requests: int
    test_runs: int


def overview(db: Database) -> Overview:
    """Counts of everything Kontakt keeps, and the stored ring patterns, in one read."""
    with db.session() as session:

        def count(model: type) -> int:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)

        patterns = []
        for pattern in session.scalars(select(RingPattern).order_by(RingPattern.name)):
            latest = session.scalars(
                select(RingPatternVersion)
                .where(RingPatternVersion.pattern_id == pattern.id)
                .order_by(RingPatternVersion.number.desc())
            ).first()
            versions = (
                session.scalar(
                    select(func.count()).where(RingPatternVersion.pattern_id == pattern.id)
                )
                or 0
            )
            counts, readable = _findings(latest.document) if latest else ({}, False)
            patterns.append(
                PatternSummary(
                    pattern.key,
                    pattern.name,
                    int(versions),
                    latest.status if latest else "",
                    counts,
                    readable,
                )
            )
        return Overview(
            people=count(Person),
            directory_numbers=count(DirectoryNumber),
            patterns=tuple(patterns),
            catalogue_models=count(CatalogueModel),
            change_requests=count(ChangeRequest),
            test_runs=count(TestRun),
        )
