"""What the database holds for the municipality in use, in counts and names: for the status
bar and the workspace pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from kontakt.core.ringpattern.document import loads
from kontakt.core.ringpattern.errors import PatternError
from kontakt.core.ringpattern.validate import validate
from kontakt.core.severity import Severity
from kontakt.services import municipality
from kontakt.storage import patterns as stored_patterns
from kontakt.storage.db import Database
from kontakt.storage.models import CatalogueModel, ChangeRequest, DirectoryNumber, Person, TestRun


@dataclass(frozen=True)
class PatternSummary:
    key: str
    name: str
    versions: int
    latest_status: str
    findings: dict[Severity, int]
    """What the validator finds in the newest version (all zero for an unreadable one)."""
    readable: bool = True
    saved_by: str = ""
    """Who saved the newest version, and when."""
    saved_at: datetime | None = None


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
    """Counts of what Kontakt keeps for the municipality in use (the phone catalogue is
    IKTNH's, the same for all), and its stored ring patterns, in one read."""
    municipality_id = municipality.current_id(db)
    if municipality_id is None:
        return Overview(0, 0, (), _catalogue_count(db), 0, 0)
    with db.session() as session:

        def count(model: Any) -> int:
            query = select(func.count()).where(model.municipality_id == municipality_id)
            return int(session.scalar(query) or 0)

        patterns = []
        for row in stored_patterns.latest_versions(session, municipality_id, order_by="name"):
            counts, readable = _findings(row.latest_document)
            patterns.append(
                PatternSummary(
                    row.key,
                    row.name,
                    row.versions,
                    row.latest_status,
                    counts,
                    readable,
                    row.saved_by,
                    row.saved_at,
                )
            )
        return Overview(
            people=count(Person),
            directory_numbers=count(DirectoryNumber),
            patterns=tuple(patterns),
            catalogue_models=_catalogue_count(db),
            change_requests=count(ChangeRequest),
            test_runs=count(TestRun),
        )


def _catalogue_count(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(CatalogueModel)) or 0)
