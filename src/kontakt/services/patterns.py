"""Ring-pattern use cases over files: read, validate, simulate, coverage, diff, trace, layout;
and the editor's: open a stored pattern, save the draft being edited, the people to pick.

Thin on purpose: the work is in `kontakt.core.ringpattern`; this adds reading the file,
with a `PatternError` (key `file-not-found`, `file-unreadable`, `too-large`, `not-utf8`,
`not-json` or a document error with its path), naming the file, for anything that cannot
be used. A file is read no further than the largest document allowed, so a huge file (or a
device that never ends) costs no more than that.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import phonenumbers
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from kontakt.core.ringpattern import (
    Call,
    Coverage,
    Coverer,
    Finding,
    Pattern,
    PatternDiff,
    Rect,
    Trace,
    diff,
    dumps,
    loads,
    rectangles,
    simulate,
    trace,
    validate,
)
from kontakt.services import municipality, users
from kontakt.services.pattern_files import read_pattern as read_pattern
from kontakt.storage import patterns as stored_patterns
from kontakt.storage.db import Database
from kontakt.storage.models import ChangeRequest, Person, RingPattern, RingPatternVersion
from kontakt.storage.types import utc_now


def validate_file(path: str | Path) -> tuple[Pattern, list[Finding]]:
    """The pattern in `path` and its findings (errors first)."""
    pattern = read_pattern(path)
    return pattern, validate(pattern)


def simulate_file(
    path: str | Path,
    number: str,
    at: datetime,
    presses: Sequence[str] = (),
    answer: str | None = None,
    unavailable: Collection[str] = (),
) -> tuple[Pattern, Call]:
    """The pattern in `path` and a call to `number` at local time `at` through it."""
    pattern = read_pattern(path)
    return pattern, simulate(pattern, number, at, presses, answer, unavailable)


def coverage_file(
    path: str | Path, number: str, first: date, last: date
) -> tuple[Pattern, Coverage]:
    """The pattern in `path` and where unanswered calls to `number` end from `first` to
    `last` (both included)."""
    pattern = read_pattern(path)
    return pattern, Coverer(pattern).coverage(number, first, last)


def diff_files(old: str | Path, new: str | Path, start: date | None = None) -> PatternDiff:
    """What changed from the pattern in `old` to the one in `new`; the coming year for
    `entries_affected` starts at `start` (default: today)."""
    return diff(read_pattern(old), read_pattern(new), start)


def trace_file(path: str | Path, kind: str, target: str, first: date) -> tuple[Pattern, Trace]:
    """The pattern in `path` and every way a call reaches node `target` (`kind` "node") or
    rings member `target` (`kind` "member"), with examples from `first` on."""
    pattern = read_pattern(path)
    return pattern, trace(pattern, kind, target, first)


def layout_file(path: str | Path) -> tuple[Pattern, dict[str, Rect]]:
    """The pattern in `path` and each node's card: where the document puts it, laid out
    automatically where it does not."""
    pattern = read_pattern(path)
    return pattern, rectangles(pattern)


@dataclass(frozen=True)
class StoredPattern:
    """The newest version of a stored pattern, as the editor opens it."""

    key: str
    pattern: Pattern
    version: int
    status: str

    @property
    def draft(self) -> int | None:
        """The version number saving updates: this one when it is a draft, else none (the
        first save makes a new draft)."""
        return self.version if self.status == "draft" else None


class SaveConflict(Exception):
    """Someone else saved the pattern `key` after this copy was opened: the save was not
    made over theirs; the work is kept as the new draft `kept_as`. `by` and `at` say who
    saved in between, and when; `newest` is the number of their version."""

    def __init__(self, key: str, kept_as: int, newest: int, by: str, at: datetime | None):
        super().__init__(f"{key}: version {newest} saved by {by}; kept as {kept_as}")
        self.key, self.kept_as, self.newest, self.by, self.at = key, kept_as, newest, by, at


def _seen(db: Database, municipality_id: int, key: str) -> tuple[str, int, str]:
    return ("ring_pattern", municipality_id, key)


def keep_as_draft(db: Database, key: str, pattern: Pattern, stale: Exception) -> SaveConflict:
    """Store `pattern` as a new draft after a refused save (`stale`: who saved in between),
    and say so: the user's work is never lost, never merged into the other's."""
    municipality_id = municipality.required_id(db)
    users.require(db, users.CHANGE)
    who = users.who(db)
    with db.transaction() as session:
        kept = stored_patterns.add_version(
            session,
            municipality_id,
            key=key,
            name=pattern.name,
            document=dumps(pattern),
            status="draft",
            created_by=who,
        )
        pattern_id = kept.pattern_id
        kept_as = kept.number
    with db.session() as session:
        before = session.scalars(
            select(RingPatternVersion)
            .where(RingPatternVersion.pattern_id == pattern_id, RingPatternVersion.number < kept_as)
            .order_by(RingPatternVersion.number.desc())
            .limit(1)
        ).one()
        revision = session.get_one(RingPattern, pattern_id).revision
    db.revisions_seen[_seen(db, municipality_id, key)] = revision
    if isinstance(stale, stored_patterns.Stale):
        return SaveConflict(key, kept_as, stale.number, stale.by, stale.at)
    return SaveConflict(
        key, kept_as, before.number, before.saved_by or before.created_by, before.saved_at
    )


@dataclass(frozen=True)
class PersonChoice:
    """Someone from the HRM import who can be made a member: the phone is E.164."""

    name: str
    employee_id: str
    number: str


def open_stored(db: Database, key: str) -> StoredPattern:
    """The newest version of the pattern `key` of the municipality in use. Raises
    `LookupError` when it has no such pattern and `PatternError` when the stored document
    cannot be read."""
    municipality_id = municipality.required_id(db)
    with db.session() as session:
        row = session.execute(
            select(
                RingPatternVersion.number, RingPatternVersion.status, RingPatternVersion.document
            )
            .join(RingPattern, RingPattern.id == RingPatternVersion.pattern_id)
            .where(RingPattern.municipality_id == municipality_id, RingPattern.key == key)
            .order_by(RingPatternVersion.number.desc())
            .limit(1)
        ).first()
        revision = session.scalar(
            select(RingPattern.revision).where(
                RingPattern.municipality_id == municipality_id, RingPattern.key == key
            )
        )
    if row is None or revision is None:
        raise LookupError(key)
    number, status, document = row
    db.revisions_seen[_seen(db, municipality_id, key)] = revision
    return StoredPattern(key, loads(document), number, status)


def save_draft(db: Database, key: str, pattern: Pattern, draft: int | None) -> int:
    """Store `pattern` as the draft of the stored pattern `key`: the version `draft` is
    updated while it is still a draft, otherwise a new draft version is added. Gives the
    draft's version number (for the next save).

    The save checks that nobody saved the pattern since this handle opened it
    (`open_stored`); when someone did, it is not made over theirs: the work is kept as a
    new draft and `SaveConflict` says who saved in between, and when. A reader is refused
    (`StorageError`)."""
    municipality_id = municipality.required_id(db)
    users.require(db, users.CHANGE)
    who = users.who(db)
    seen = db.revisions_seen.get(_seen(db, municipality_id, key))
    try:
        with db.transaction() as session:
            stored = session.scalars(
                select(RingPattern).where(
                    RingPattern.municipality_id == municipality_id, RingPattern.key == key
                )
            ).first()
            if stored is not None and seen is not None and stored.revision != seen:
                newest = stored_patterns.newest_version(session, stored.id)
                assert newest is not None
                raise stored_patterns.Stale(
                    newest.number, newest.saved_by or newest.created_by, newest.saved_at
                )
            number = store_draft(session, municipality_id, key, pattern, draft, who)
            session.flush()
            revision = session.scalars(
                select(RingPattern.revision).where(
                    RingPattern.municipality_id == municipality_id, RingPattern.key == key
                )
            ).one()
    except (stored_patterns.Stale, StaleDataError) as stale:
        raise keep_as_draft(db, key, pattern, stale) from None
    db.revisions_seen[_seen(db, municipality_id, key)] = revision
    return number


def store_draft(
    session: Session,
    municipality_id: int,
    key: str,
    pattern: Pattern,
    draft: int | None,
    who: str,
) -> int:
    """`save_draft` inside a transaction the caller holds (a phone order adds a member to
    the draft in the same transaction as it stores the order), saved by `who`; no check
    of who saved in between (the caller's own transaction decides)."""
    document = dumps(pattern)
    if draft is not None:
        version = session.scalars(
            select(RingPatternVersion)
            .join(RingPattern, RingPattern.id == RingPatternVersion.pattern_id)
            .where(
                RingPattern.municipality_id == municipality_id,
                RingPattern.key == key,
                RingPatternVersion.number == draft,
                RingPatternVersion.status == "draft",
            )
        ).first()
        if version is not None:
            version.document = document
            version.saved_by, version.saved_at = who, utc_now()
            stored_patterns.touch(version.pattern)
            version.pattern.name = pattern.name
            return draft
    added = stored_patterns.add_version(
        session,
        municipality_id,
        key=key,
        name=pattern.name,
        document=document,
        status="draft",
        created_by=who,
    )
    return added.number


def e164(number: str) -> str:
    """`number` in E.164 (`+4791200002`), or "" when it is not a phone number."""
    try:
        parsed = phonenumbers.parse(number, "NO")
    except phonenumbers.NumberParseException:
        return ""
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def people(db: Database) -> list[PersonChoice]:
    """The people of the municipality in use with a phone (mobile first), by name."""
    municipality_id = municipality.required_id(db)
    with db.session() as session:
        rows = session.execute(
            select(Person.name, Person.employee_id, Person.mobile, Person.work_phone)
            .where(Person.municipality_id == municipality_id)
            .order_by(Person.name, Person.employee_id)
        ).all()
    choices = []
    for name, employee_id, mobile, work in rows:
        number = e164(mobile or work) if (mobile or work) else ""
        if number:
            choices.append(PersonChoice(name, employee_id, number))
    return choices


@dataclass(frozen=True)
class VersionRow:
    """One stored version of a pattern: who saved it last and when, its note, and
    `request`, the change request that ordered it (its number and state), if one did."""

    number: int
    status: str
    saved_by: str
    saved_at: datetime
    note: str
    request: tuple[int, str] | None


def versions(db: Database, key: str) -> list[VersionRow]:
    """The versions of pattern `key` of the municipality in use, newest first;
    `LookupError` when it has no such pattern."""
    municipality_id = municipality.required_id(db)
    with db.session() as session:
        rows = session.execute(
            select(RingPatternVersion, ChangeRequest.id, ChangeRequest.state)
            .join(RingPattern, RingPattern.id == RingPatternVersion.pattern_id)
            .outerjoin(ChangeRequest, ChangeRequest.ordered_version_id == RingPatternVersion.id)
            .where(RingPattern.municipality_id == municipality_id, RingPattern.key == key)
            .order_by(RingPatternVersion.number.desc(), ChangeRequest.id.desc())
        ).all()
        found: dict[int, VersionRow] = {}
        for version, request, state in rows:
            if version.number not in found:  # the newest request, where several ordered it
                found[version.number] = VersionRow(
                    version.number,
                    version.status,
                    version.saved_by or version.created_by,
                    version.saved_at or version.created_at,
                    version.note,
                    (request, state) if request is not None else None,
                )
    if not found:
        raise LookupError(key)
    return list(found.values())


def version_pattern(db: Database, key: str, number: int) -> Pattern:
    """The pattern of version `number` of `key` (`LookupError` when there is none)."""
    municipality_id = municipality.required_id(db)
    with db.session() as session:
        document = session.scalars(
            select(RingPatternVersion.document)
            .join(RingPattern, RingPattern.id == RingPatternVersion.pattern_id)
            .where(
                RingPattern.municipality_id == municipality_id,
                RingPattern.key == key,
                RingPatternVersion.number == number,
            )
        ).first()
    if document is None:
        raise LookupError(key, number)
    return loads(document)


def new_version(db: Database, key: str, pattern: Pattern) -> int:
    """Store `pattern` as a new draft version of `key`, whatever the versions before are:
    the deliberate "new version" (a save updates the open draft instead). Its number."""
    return save_draft(db, key, pattern, None)
