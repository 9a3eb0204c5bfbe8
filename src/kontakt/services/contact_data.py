"""What the contact check takes from the database, and what it leaves there.

In: the number register, the members of the stored ring patterns, the municipality's
e-mail domains, and saved column mappings. Out: a saved mapping, and contact-correction
change requests (drafts) for what IKTNH must act on. The people of a checked export are
not kept: the check needs them only while it runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kontakt.core.changes.approval import Kind
from kontakt.core.contacts.directory import DirectoryEntry
from kontakt.core.contacts.mapping import HRM_FIELDS
from kontakt.core.contacts.members import PatternMember
from kontakt.core.contacts.model import ContactCheckResult, ContactFinding
from kontakt.core.ringpattern.document import loads as load_pattern
from kontakt.core.ringpattern.errors import PatternError
from kontakt.core.tables.mapping import MappingProfile
from kontakt.services import changes_approval, municipality, users
from kontakt.services.contacts import pattern_members
from kontakt.services.municipality import NoMunicipality
from kontakt.storage import patterns as stored_patterns
from kontakt.storage import people, profiles
from kontakt.storage.db import Database

IKTNH_CODES = frozenset(
    {"ended-in-pattern", "ended-has-number", "directory-mismatch", "pattern-member-unknown"}
)
"""Findings that IKTNH, not HR, must act on: they become contact-correction requests."""


@dataclass(frozen=True)
class StoredInputs:
    """What the database holds for a check: `None` where it holds nothing of that kind."""

    municipality: str
    is_demo: bool
    domains: tuple[str, ...]
    directory: list[DirectoryEntry] | None
    members: list[PatternMember] | None
    patterns: int


def stored_inputs(db: Database) -> StoredInputs:
    """The register, the pattern members (newest version of each pattern) and the domains."""
    settings = municipality.current(db)
    if settings is None:
        return StoredInputs("", False, (), None, None, 0)
    municipality_id = municipality.required_id(db)
    with db.session() as session:
        directory = people.directory_entries(session, municipality_id)
        documents = stored_patterns.latest_documents(session, municipality_id)
    members: list[PatternMember] = []
    for _key, text in documents:
        try:
            pattern = load_pattern(text)
        except PatternError:
            continue  # a stored draft the editor has not made valid yet has no say here
        members += pattern_members(pattern)
    return StoredInputs(
        settings.name,
        settings.is_demo,
        settings.email_domains,
        directory or None,
        members if documents else None,
        len(documents),
    )


def saved_profiles(db: Database) -> list[MappingProfile]:
    """The municipality's saved column mappings (none while there is no municipality)."""
    municipality_id = municipality.current_id(db)
    if municipality_id is None:
        return []
    with db.session() as session:
        return profiles.profiles(session, municipality_id, HRM_FIELDS)


def save_profile(db: Database, profile: MappingProfile) -> None:
    """Save `profile` for the municipality; raises `NoMunicipality` when there is none,
    `StorageError` for a user who may not change it."""
    municipality_id = municipality.required_id(db)
    with db.transaction() as session:
        users.require_in(session, municipality_id, users.CHANGE)
        profiles.save_profile(session, municipality_id, profile)


def correction_findings(findings: Sequence[ContactFinding]) -> list[ContactFinding]:
    """The findings among `findings` that IKTNH must act on."""
    return [f for f in findings if f.code in IKTNH_CODES]


def correction_entry(result: ContactCheckResult, finding: ContactFinding) -> dict[str, Any]:
    """What a contact-correction request holds for one finding of `result`."""
    record = result.record_at(finding.row) if finding.row else None
    return {
        "code": finding.code,
        "employee_id": finding.employee_id,
        "name": record.name if record else finding.params.get("name", ""),
        "field": finding.field,
        "value": finding.value,
        "end_date": record.end_date if record else "",
    }


def draft_contact_correction(
    db: Database, result: ContactCheckResult, findings: Sequence[ContactFinding], summary: str
) -> int:
    """A `contact-correction` change request (state draft) listing `findings`; its id.

    Approval, signing and delivery are the change-request flow's; the draft waits there.
    Raises `NoMunicipality` when the database has no municipality to send it for.
    """
    chosen = correction_findings(findings)
    if not chosen:
        raise ValueError("none of these findings is for IKTNH to correct")
    settings = municipality.current(db)
    if settings is None:
        raise NoMunicipality
    corrections = [correction_entry(result, finding) for finding in chosen]
    return changes_approval.new_draft(
        db,
        Kind.CONTACT_CORRECTION,
        summary,
        {
            "source": result.source,
            "checked_on": result.today.isoformat(),
            "corrections": corrections,
        },
    )
