"""Change requests through their lifecycle: read one whole, approve and sign a draft, make
a ring-pattern request from a document, and make a new draft from one that cannot change.

The state machine and the signature are `kontakt.core.changes`'; here they meet the
database. Approval stores the canonical bytes it signed and the whole body, and puts the
request in the outbox in the same transaction, so what is delivered is byte for byte what
the contact approved. Every query is scoped by the municipality in use.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Final
from uuid import uuid4

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kontakt.core.changes import approval as signing
from kontakt.core.changes.approval import ApprovalInvalid, Kind, Signer
from kontakt.core.changes.states import State, ensure_editable, move
from kontakt.core.ringpattern import Pattern, PatternError, loads, validate
from kontakt.core.ringpattern import diff as pattern_diff
from kontakt.core.ringpattern.diff import PARTS, PatternDiff
from kontakt.core.ringpattern.jsonout import diff_json
from kontakt.core.severity import Severity
from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate, fill, render
from kontakt.services import municipality, signing_keys, users
from kontakt.services.municipality import MunicipalitySettings
from kontakt.services.patterns import read_pattern
from kontakt.storage.db import Database
from kontakt.storage.models import ChangeRequest, DeliveryAttempt, RingPattern, RingPatternVersion
from kontakt.storage.types import utc_now

MESSAGES: Final[Mapping[str, str]] = {
    "no-municipality": QT_TRANSLATE_NOOP(
        "ChangeRequests", "The database has no municipality to make change requests for."
    ),
    "not-found": QT_TRANSLATE_NOOP(
        "ChangeRequests", "There is no change request {number} for this municipality."
    ),
    "not-draft": QT_TRANSLATE_NOOP(
        "ChangeRequests",
        "Change request {number} is no longer a draft ({state}): what it asks cannot change. "
        "Make a new request instead.",
    ),
    "no-signer": QT_TRANSLATE_NOOP(
        "ChangeRequests",
        "Your name, e-mail address and phone number go into the approval: fill in all "
        "three under Settings.",
    ),
    "changed": QT_TRANSLATE_NOOP(
        "ChangeRequests",
        "Change request {number} changed after it was shown to you; nothing was signed. "
        "Look at it again and approve it then.",
    ),
    "not-signable": QT_TRANSLATE_NOOP(
        "ChangeRequests",
        "Change request {number} holds a value that cannot be signed: {detail}",
    ),
    "no-baseline": QT_TRANSLATE_NOOP(
        "ChangeRequests",
        "{file}: the municipality {kommune} has no current set-up of the ring pattern "
        "{pattern} to compare with. Import IKTNH's current set-up first.",
    ),
    "no-change": QT_TRANSLATE_NOOP(
        "ChangeRequests",
        "{file}: the ring pattern is the same as the current set-up; there is nothing to order.",
    ),
}


PATTERN_ERRORS: Final = "pattern-errors"
"""The reason of a pattern with errors (a counted text, so not in `MESSAGES`)."""


class ChangeError(Exception):
    """A change request cannot be made, approved or edited; `reason` is a key of
    `MESSAGES`, `params` fill its text."""

    def __init__(self, reason: str, n: int = -1, **params: object) -> None:
        super().__init__(reason, params)
        self.reason = reason
        self.n = n
        """The count of a counted message (-1 for none)."""
        self.params = params

    def text(self, translate: Translate) -> str:
        if self.reason == PATTERN_ERRORS:  # a counted text: lupdate sees its count here
            counted = translate(
                "ChangeRequests",
                "{file}: the ring pattern has %n error(s); fix them before you order it "
                "(kontakt pattern validate shows them).",
                "",
                self.n,
            )
            return fill(translate, counted, self.params)
        return render(translate, "ChangeRequests", MESSAGES[self.reason], self.params, self.n)


@dataclass(frozen=True)
class Attempt:
    """One delivery attempt and its result."""

    at: datetime
    http_status: int | None
    outcome: str
    detail: str


@dataclass(frozen=True)
class RequestRow:
    """A change request as a row of the list (and of `outbox status`)."""

    number: int
    kind: str
    state: str
    summary: str
    created_at: datetime
    idempotency_key: str
    remote_id: str | None
    remote_status: str | None
    attempts: int
    employees: int = 0
    """How many different employees a contact-correction request concerns."""
    changed_by: str = ""
    """Who made or last changed it; `changed_at` when."""
    changed_at: datetime | None = None
    approved_by: str = ""
    approved_at: datetime | None = None

    @property
    def is_draft(self) -> bool:
        return self.state == State.DRAFT


def corrections_of(change: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The corrections a contact-correction request lists ([] for another kind)."""
    payload = change.get("payload")
    found = payload.get("corrections") if isinstance(payload, Mapping) else None
    return [c for c in found if isinstance(c, Mapping)] if isinstance(found, list) else []


def description(row: RequestRow, translate: Translate) -> str:
    """What the request holds, in a few words ("Correction of contact details for 12
    employees"; else its summary)."""
    if row.kind == Kind.CONTACT_CORRECTION:
        return translate(
            "ChangeDescriptions",
            "Correction of contact details for %Ln employee(s)",
            "",
            row.employees,
        )
    return row.summary


@dataclass(frozen=True)
class RequestDetail:
    """A change request whole: what it asks (`change`), its approval, the bytes signed,
    whether the stored body verifies against the approving key, and every attempt."""

    row: RequestRow
    change: dict[str, Any]
    approval: dict[str, Any] | None
    signed_text: str | None
    verified: bool | None
    """None while there is no approval (or its key is not known here)."""
    attempts: list[Attempt]
    baseline_version: int | None = None
    """A ring-pattern request's baseline: the number of the version it was compared with."""
    remote_detail: dict[str, Any] | None = None
    """IKTNH's reason and comments with its status (`{"reason", "comments"}`)."""
    pattern_diff: PatternDiff | None = None
    """A ring-pattern request's diff, its baseline against its document (for `diff_lines`)."""

    @property
    def is_draft(self) -> bool:
        return self.row.is_draft

    def corrections(self) -> list[Mapping[str, Any]]:
        return corrections_of(self.change)


@dataclass(frozen=True)
class ToSign:
    """Exactly what approving request `number` signs, shown to the contact first."""

    number: int
    canonical: bytes
    signer: Signer
    key_id: str

    @property
    def text(self) -> str:
        return self.canonical.decode("utf-8")


def _municipality_id(db: Database) -> int:
    found = municipality.current_id(db)
    if found is None:
        raise ChangeError("no-municipality")
    return found


def _request(session: Session, db: Database, number: int) -> ChangeRequest:
    row = session.get(ChangeRequest, number)
    if row is None or row.municipality_id != _municipality_id(db):
        raise ChangeError("not-found", number=number)
    return row


def _employees(change: Mapping[str, Any]) -> int:
    return len(
        {str(c.get("employee_id", "")) or str(c.get("name", "")) for c in corrections_of(change)}
    )


def _row(request: ChangeRequest, attempts: int) -> RequestRow:
    return RequestRow(
        request.id,
        request.kind,
        request.state,
        request.summary,
        request.created_at,
        request.idempotency_key,
        request.remote_id,
        request.remote_status,
        attempts,
        _employees(request.change),
        request.changed_by,
        request.updated_at,
        request.approved_by,
        request.approved_at,
    )


def requests(db: Database) -> list[RequestRow]:
    """The municipality's change requests, newest first."""
    municipality_id = municipality.current_id(db)
    if municipality_id is None:
        return []
    with db.session() as session:
        counts = dict(
            session.execute(
                select(DeliveryAttempt.change_request_id, func.count())
                .join(ChangeRequest)
                .where(ChangeRequest.municipality_id == municipality_id)
                .group_by(DeliveryAttempt.change_request_id)
            ).all()
        )
        rows = session.scalars(
            select(ChangeRequest)
            .where(ChangeRequest.municipality_id == municipality_id)
            .order_by(ChangeRequest.id.desc())
        ).all()
        return [_row(r, int(counts.get(r.id, 0))) for r in rows]


def detail(db: Database, number: int) -> RequestDetail:
    """Change request `number` whole."""
    with db.session() as session:
        request = _request(session, db, number)
        attempts = [
            Attempt(a.attempted_at, a.http_status, a.outcome, a.detail) for a in request.attempts
        ]
        approval = dict(request.approval) if request.approval else None
        signed = request.signed_change
        body = request.body
        result_row = _row(request, len(attempts))
        change = dict(request.change)
        remote_detail = dict(request.remote_detail) if request.remote_detail else None
        baseline = (
            None
            if request.baseline_version_id is None
            else session.get(RingPatternVersion, request.baseline_version_id)
        )
        difference = _pattern_diff(baseline, change)
        baseline_number = None if baseline is None else baseline.number
    verified: bool | None = None
    if approval is not None and body is not None:
        jwk = signing_keys.public_jwk_of(db, str(approval.get("key_id")))
        if jwk is not None:
            try:
                signing.verify_body(body, jwk)
                verified = True
            except ApprovalInvalid:
                verified = False
    return RequestDetail(
        result_row,
        change,
        approval,
        None if signed is None else signed.decode("utf-8"),
        verified,
        attempts,
        baseline_number,
        remote_detail,
        difference,
    )


def _pattern_diff(
    baseline: RingPatternVersion | None, change: Mapping[str, Any]
) -> PatternDiff | None:
    """The diff of a ring-pattern request's document against its baseline (None for
    another kind, or when either cannot be read any more)."""
    payload = change.get("payload")
    document = payload.get("document") if isinstance(payload, Mapping) else None
    if baseline is None or not isinstance(document, Mapping):
        return None
    try:
        return pattern_diff(loads(baseline.document), loads(json.dumps(document)))
    except PatternError:
        return None


def _signer(db: Database) -> Signer:
    settings = municipality.current(db)
    if settings is None:
        raise ChangeError("no-municipality")
    signer = Signer(settings.contact_name, settings.contact_email, settings.contact_phone)
    missing = [name for name, value in vars(signer).items() if not value.strip()]
    if missing:
        raise ChangeError("no-signer", missing=", ".join(missing))
    return signer


def _canonical(request: ChangeRequest) -> bytes:
    try:
        return signing.canonical(request.change)
    except signing.NotSignable as exc:
        raise ChangeError("not-signable", number=request.id, detail=str(exc)) from None


def _draft(request: ChangeRequest) -> None:
    try:
        ensure_editable(State(request.state))
    except ValueError:  # NotEditable, or a state this Kontakt does not know
        raise ChangeError("not-draft", number=request.id, state=request.state) from None


def check_can_approve(db: Database) -> None:
    """Raise what approving would raise for want of a signer or a key (`ChangeError`,
    `KeyStoreError`), before anything is made that would then wait unapproved; and
    `StorageError` for a user whose role may not approve."""
    users.require(db, users.CHANGE)
    _signer(db)
    signing_keys.signing_key(db)


def to_sign(db: Database, number: int) -> ToSign:
    """What approving draft `number` would sign, with whom as signer and which key (the
    key is looked up now, so a missing keyring, or a role that may not approve, is said
    before the confirmation)."""
    users.require(db, users.CHANGE)
    signer = _signer(db)
    _key, key_id = signing_keys.signing_key(db)
    with db.session() as session:
        request = _request(session, db, number)
        _draft(request)
        return ToSign(number, _canonical(request), signer, key_id)


def approve(db: Database, number: int, shown: bytes) -> RequestDetail:
    """Approve draft `number`: sign the canonical `change` (which must be `shown`, the
    bytes the confirmation showed), store approval, signed bytes and body, and queue it
    in the outbox. Raises `ChangeError` or `KeyStoreError`; nothing changes then."""
    users.require(db, users.CHANGE)
    signer = _signer(db)
    key, _key_id = signing_keys.signing_key(db)
    who = users.who(db)
    with db.transaction() as session:
        request = _request(session, db, number)
        _draft(request)
        if _canonical(request) != shown:
            raise ChangeError("changed", number=number)
        approved = signing.approve(
            request.change, key, signer, utc_now().isoformat(timespec="seconds")
        )
        request.approval = approved.approval
        request.signed_change = approved.signed
        request.body = approved.body
        request.state = move(move(State(request.state), State.APPROVED), State.QUEUED)
        request.approved_by, request.approved_at = who, utc_now()
        request.changed_by = who
    return detail(db, number)


def edit_draft(
    db: Database,
    number: int,
    edit: Callable[[dict[str, Any]], Mapping[str, Any]],
    summary: str | None = None,
) -> None:
    """Change what draft `number` asks: its payload becomes `edit(payload)` (and its summary
    `summary`, if given), read and written in one transaction. `ChangeError("not-draft")`
    once it is approved: an approved request is changed by a new one (`new_draft_from`)."""
    users.require(db, users.CHANGE)
    who = users.who(db)
    with db.transaction() as session:
        request = _request(session, db, number)
        _draft(request)
        request.changed_by = who
        change = {**request.change, "payload": dict(edit(dict(request.change["payload"])))}
        if summary is not None:
            change["summary"] = summary
            request.summary = summary
        request.change = change  # a new value: saved


def _new(session: Session, municipality_id: int, kind: str, change: dict[str, Any]) -> int:
    users.require_in(session, municipality_id, users.CHANGE)
    request = ChangeRequest(
        changed_by=users.who_in(session, municipality_id),
        municipality_id=municipality_id,
        kind=kind,
        state=State.DRAFT.value,
        summary=str(change.get("summary", "")),
        change=change,
        idempotency_key=str(uuid4()),
    )
    session.add(request)
    session.flush()
    return request.id


def new_draft(db: Database, kind: Kind, summary: str, payload: Mapping[str, Any]) -> int:
    """A new draft of `kind` for the municipality in use, asking `payload` (made now, its
    own idempotency key); its number. Every kind of request is made here, checked to be
    one that can be signed (`NotSignable` otherwise)."""
    settings = municipality.current(db)
    municipality_id = _municipality_id(db)
    assert settings is not None
    change = signing.change_document(
        kind, settings.number, utc_now().isoformat(timespec="seconds"), summary, payload
    )
    with db.transaction() as session:
        return _new(session, municipality_id, kind.value, change)


def new_draft_from(db: Database, number: int) -> int:
    """A new draft asking what request `number` asks (made now, its own idempotency key):
    how an approved request is changed. Its number."""
    with db.transaction() as session:
        request = _request(session, db, number)
        change = {**request.change, "created_at": utc_now().isoformat(timespec="seconds")}
        made = _new(session, request.municipality_id, request.kind, change)
        session.get_one(ChangeRequest, made).baseline_version_id = request.baseline_version_id
        return made


def _baseline(session: Session, municipality_id: int, key: str) -> RingPatternVersion | None:
    """The newest baseline version of pattern `key`."""
    return session.scalars(
        select(RingPatternVersion)
        .join(RingPattern)
        .where(RingPattern.municipality_id == municipality_id, RingPattern.key == key)
        .where(RingPatternVersion.status == "baseline")
        .order_by(RingPatternVersion.number.desc())
        .limit(1)
    ).first()


PATTERN_SUMMARY: Final = QT_TRANSLATE_NOOP("ChangeRequests", "Change of the ring pattern {name}")


def draft_pattern_change(
    db: Database, path: Path, translate: Translate, summary: str | None = None
) -> int:
    """A ring-pattern change request (a draft) from the document in `path`: the document
    and its diff against the municipality's current set-up of the same pattern. Its number.
    `summary` is what IKTNH reads first (default: the pattern's name, in `translate`'s
    language).

    Raises `PatternError` for a file that is not a ring pattern, `ChangeError` when the
    pattern has errors or the municipality has no current set-up of it.
    """
    pattern = read_pattern(path)
    document = json.loads(path.read_bytes().decode("utf-8-sig"))
    settings = _settings(db)
    with db.transaction() as session:
        return _draft_pattern_change(
            session, settings, pattern, document, translate, summary, str(path)
        )


def order_version(db: Database, key: str, number: int, translate: Translate) -> int:
    """A ring-pattern change request (a draft) ordering version `number` of the stored
    pattern `key`, as `draft_pattern_change` makes one from a file; the version is then
    `submitted` (edits go into a new draft) and links to the request. Its number.

    Raises `LookupError` when there is no such version, `ChangeError` as
    `draft_pattern_change` does (the message names the pattern instead of a file).
    """
    settings = _settings(db)
    with db.transaction() as session:
        version = session.scalars(
            select(RingPatternVersion)
            .join(RingPattern)
            .where(
                RingPattern.municipality_id == settings[1],
                RingPattern.key == key,
                RingPatternVersion.number == number,
            )
        ).first()
        if version is None:
            raise LookupError(key, number)
        pattern = loads(version.document)
        made = _draft_pattern_change(
            session, settings, pattern, json.loads(version.document), translate, None, pattern.name
        )
        session.get_one(ChangeRequest, made).ordered_version_id = version.id
        version.status = "submitted"
        return made


def _settings(db: Database) -> tuple[MunicipalitySettings, int]:
    """The municipality in use and its database id."""
    settings = municipality.current(db)
    if settings is None:
        raise ChangeError("no-municipality")
    return settings, _municipality_id(db)


def _draft_pattern_change(
    session: Session,
    settings: tuple[MunicipalitySettings, int],
    pattern: Pattern,
    document: dict[str, Any],
    translate: Translate,
    summary: str | None,
    where: str,
) -> int:
    errors = sum(1 for f in validate(pattern) if f.severity is Severity.ERROR)
    if errors:
        raise ChangeError(PATTERN_ERRORS, n=errors, file=where)
    kommune, municipality_id = settings
    baseline = _baseline(session, municipality_id, pattern.id)
    if baseline is None:
        raise ChangeError("no-baseline", file=where, kommune=kommune.number, pattern=pattern.id)
    difference = pattern_diff(loads(baseline.document), pattern)
    if not any(difference.touched(part) for part in PARTS):
        raise ChangeError("no-change", file=where)
    changes = diff_json(difference)
    change = signing.change_document(
        Kind.RING_PATTERN,
        kommune.number,
        utc_now().isoformat(timespec="seconds"),
        summary
        if summary is not None
        else render(translate, "ChangeRequests", PATTERN_SUMMARY, {"name": pattern.name}),
        signing.ring_pattern_payload(document, changes),
    )
    number = _new(session, municipality_id, Kind.RING_PATTERN.value, change)
    session.get_one(ChangeRequest, number).baseline_version_id = baseline.id
    return number


@dataclass(frozen=True)
class DeletedDraft:
    """What a deleted draft was, whole, so that `restore_draft` brings it back as it was."""

    id: int
    municipality_id: int
    kind: str
    summary: str
    change: dict[str, Any]
    idempotency_key: str
    created_at: datetime
    baseline_version_id: int | None
    ordered_version_id: int | None = None


def delete_draft(db: Database, number: int) -> DeletedDraft:
    """Delete the draft `number` (one transaction); what it was, for undo. `ChangeError`
    ("not-found", "not-draft") when there is no such draft for the municipality."""
    with db.transaction() as session:
        request = _request(session, db, number)
        users.require_in(session, request.municipality_id, users.CHANGE)
        _draft(request)
        deleted = DeletedDraft(
            request.id,
            request.municipality_id,
            request.kind,
            request.summary,
            dict(request.change),
            request.idempotency_key,
            request.created_at,
            request.baseline_version_id,
            request.ordered_version_id,
        )
        session.delete(request)
    return deleted


def restore_draft(db: Database, deleted: DeletedDraft) -> None:
    """Bring a deleted draft back with its number, content and idempotency key."""
    with db.transaction() as session:
        users.require_in(session, deleted.municipality_id, users.CHANGE)
        session.add(
            ChangeRequest(
                id=deleted.id,
                municipality_id=deleted.municipality_id,
                kind=deleted.kind,
                state=State.DRAFT.value,
                summary=deleted.summary,
                change=deleted.change,
                idempotency_key=deleted.idempotency_key,
                created_at=deleted.created_at,
                baseline_version_id=deleted.baseline_version_id,
                ordered_version_id=deleted.ordered_version_id,
            )
        )
