"""One correction request per check result: what a stored request already holds.

A check result makes at most one contact-correction change request. Which request belongs
to a result is judged by what the request holds (the export's file name, the check's date,
and corrections that are all findings of this result), so the rule holds after a restart
and a second check of the same export on the same day, not only while the window is open.
Corrections asked for again are not added twice; new ones from the same result go into its
request while it is still a draft.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from kontakt.core.changes.approval import Kind
from kontakt.core.changes.states import State
from kontakt.core.contacts.model import ContactCheckResult, ContactFinding
from kontakt.services import changes_approval, contact_data, municipality
from kontakt.storage.db import Database
from kontakt.storage.models import ChangeRequest

KIND = Kind.CONTACT_CORRECTION.value
DRAFT = State.DRAFT.value

CorrectionKey = tuple[str, str, str, str]
"""(code, employee id, field, value): one correction, as a request holds it."""


@dataclass(frozen=True)
class ResultRequest:
    """The stored change request that belongs to a check result."""

    number: int
    state: str
    held: frozenset[CorrectionKey]

    @property
    def is_draft(self) -> bool:
        """Still a draft: corrections can be added to it."""
        return self.state == DRAFT

    def missing(self, findings: Iterable[ContactFinding]) -> list[ContactFinding]:
        """Those of `findings` that IKTNH must act on and that this request does not hold."""
        return [
            f
            for f in contact_data.correction_findings(list(findings))
            if finding_key(f) not in self.held
        ]


@dataclass(frozen=True)
class Requested:
    """What asking for corrections did: `added` corrections went into request `number`
    (`made` when it was made now; `added` is 0 when it held them all already)."""

    number: int
    added: int
    made: bool


def finding_key(finding: ContactFinding) -> CorrectionKey:
    return (finding.code, finding.employee_id or "", finding.field or "", finding.value or "")


def _entry_key(entry: Mapping[str, Any]) -> CorrectionKey:
    return (
        str(entry.get("code") or ""),
        str(entry.get("employee_id") or ""),
        str(entry.get("field") or ""),
        str(entry.get("value") or ""),
    )


def _belongs(request: ChangeRequest, result: ContactCheckResult, ours: set[CorrectionKey]) -> bool:
    payload = request.change.get("payload") or {}
    if payload.get("source") != result.source:
        return False
    if payload.get("checked_on") != result.today.isoformat():
        return False
    return all(_entry_key(entry) in ours for entry in payload.get("corrections") or [])


def request_for_result(db: Database, result: ContactCheckResult) -> ResultRequest | None:
    """The correction request made from `result` (or an identical check), if any."""
    municipality_id = municipality.current_id(db)
    if municipality_id is None:
        return None
    ours = {finding_key(f) for f in contact_data.correction_findings(result.findings)}
    if not ours:
        return None
    with db.session() as session:
        requests = session.scalars(
            select(ChangeRequest)
            .where(ChangeRequest.municipality_id == municipality_id, ChangeRequest.kind == KIND)
            .order_by(ChangeRequest.id.desc())
        ).all()
        for request in requests:
            if _belongs(request, result, ours):
                corrections = request.change.get("payload", {}).get("corrections") or []
                return ResultRequest(
                    request.id, request.state, frozenset(map(_entry_key, corrections))
                )
    return None


def request_corrections(
    db: Database, result: ContactCheckResult, findings: Sequence[ContactFinding], summary: str
) -> Requested:
    """Ask IKTNH for the corrections among `findings`: in a new draft when `result` has no
    request yet, else added to its draft (nothing added to one already approved).

    Raises `municipality.NoMunicipality` when there is no municipality to ask for, and
    `ValueError` when none of `findings` is for IKTNH to correct.
    """
    chosen = contact_data.correction_findings(findings)
    if not chosen:
        raise ValueError("none of these findings is for IKTNH to correct")
    existing = request_for_result(db, result)
    if existing is None:
        number = contact_data.draft_contact_correction(db, result, chosen, summary)
        return Requested(number, len(chosen), made=True)
    new = existing.missing(chosen)
    if not new or not existing.is_draft:
        return Requested(existing.number, 0, made=False)
    entries = [contact_data.correction_entry(result, f) for f in new]
    try:
        changes_approval.edit_draft(
            db,
            existing.number,
            lambda payload: {**payload, "corrections": [*payload["corrections"], *entries]},
        )
    except changes_approval.ChangeError:  # approved meanwhile: it takes no more
        return Requested(existing.number, 0, made=False)
    return Requested(existing.number, len(new), made=False)
