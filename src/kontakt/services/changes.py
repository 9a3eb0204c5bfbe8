"""Change requests as the user sees them: list them, read one whole, delete a draft (and
bring it back, for undo).

Approval, signing and delivery are the change-request flow's (a later issue); here a request
is what the database holds. Every query is scoped by the municipality in use.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate
from kontakt.services import municipality
from kontakt.storage.db import Database
from kontakt.storage.models import ChangeRequest

DRAFT = "draft"

KIND_NAMES: Mapping[str, str] = {
    "contact-correction": QT_TRANSLATE_NOOP("ChangeKinds", "Contact correction"),
    "ring-pattern": QT_TRANSLATE_NOOP("ChangeKinds", "Ring-pattern change"),
    "phone-order": QT_TRANSLATE_NOOP("ChangeKinds", "Phone order"),
}
"""The kinds of change request in words (context "ChangeKinds")."""

STATE_NAMES: Mapping[str, str] = {
    "draft": QT_TRANSLATE_NOOP("ChangeStates", "Draft"),
    "awaiting-approval": QT_TRANSLATE_NOOP("ChangeStates", "Awaiting approval"),
    "approved": QT_TRANSLATE_NOOP("ChangeStates", "Approved"),
    "queued": QT_TRANSLATE_NOOP("ChangeStates", "Waiting in the outbox"),
    "ordered": QT_TRANSLATE_NOOP("ChangeStates", "Ordered"),
    "delivered": QT_TRANSLATE_NOOP("ChangeStates", "Delivered"),
    "cancelled": QT_TRANSLATE_NOOP("ChangeStates", "Cancelled"),
}
"""The states of a change request in words (context "ChangeStates")."""


@dataclass(frozen=True)
class ChangeSummary:
    """One change request as a row of the list."""

    id: int
    kind: str
    state: str
    created_at: datetime
    summary: str
    change: Mapping[str, Any]
    """The whole request as it will be signed (`ChangeRequest.change`)."""

    @property
    def is_draft(self) -> bool:
        return self.state == DRAFT

    def corrections(self) -> list[Mapping[str, Any]]:
        """The corrections a contact-correction request lists ([] for another kind)."""
        payload = self.change.get("payload")
        found = payload.get("corrections") if isinstance(payload, Mapping) else None
        return [c for c in found if isinstance(c, Mapping)] if isinstance(found, list) else []

    def employees(self) -> int:
        """How many different employees the corrections concern."""
        return len(
            {str(c.get("employee_id", "")) or str(c.get("name", "")) for c in self.corrections()}
        )


@dataclass(frozen=True)
class DeletedDraft:
    """What a deleted draft was, whole, so that `restore_draft` can bring it back as it was."""

    id: int
    municipality_id: int
    kind: str
    summary: str
    change: dict[str, Any]
    idempotency_key: str
    created_at: datetime


def _summary(row: ChangeRequest) -> ChangeSummary:
    return ChangeSummary(row.id, row.kind, row.state, row.created_at, row.summary, dict(row.change))


def change_requests(db: Database) -> list[ChangeSummary]:
    """The municipality's change requests, newest first ([] while there is none)."""
    municipality_id = municipality.current_id(db)
    if municipality_id is None:
        return []
    with db.session() as session:
        rows = session.scalars(
            select(ChangeRequest)
            .where(ChangeRequest.municipality_id == municipality_id)
            .order_by(ChangeRequest.created_at.desc(), ChangeRequest.id.desc())
        )
        return [_summary(row) for row in rows]


class NotADraft(LookupError):
    """The request is gone, or no longer a draft (approved requests are not deleted)."""


def delete_draft(db: Database, request_id: int) -> DeletedDraft:
    """Delete the draft `request_id` (one transaction); what it was, for undo.

    Raises `NotADraft` when there is no such draft for the municipality.
    """
    municipality_id = municipality.current_id(db)
    with db.transaction() as session:
        row = session.get(ChangeRequest, request_id)
        if row is None or row.municipality_id != municipality_id or row.state != DRAFT:
            raise NotADraft(request_id)
        deleted = DeletedDraft(
            row.id,
            row.municipality_id,
            row.kind,
            row.summary,
            dict(row.change),
            row.idempotency_key,
            row.created_at,
        )
        session.delete(row)
    return deleted


def restore_draft(db: Database, deleted: DeletedDraft) -> None:
    """Bring a deleted draft back with its id, content and idempotency key."""
    with db.transaction() as session:
        session.add(
            ChangeRequest(
                id=deleted.id,
                municipality_id=deleted.municipality_id,
                kind=deleted.kind,
                state=DRAFT,
                summary=deleted.summary,
                change=deleted.change,
                idempotency_key=deleted.idempotency_key,
                created_at=deleted.created_at,
            )
        )


def kind_name(kind: str, translate: Translate) -> str:
    """The kind of a change request in words."""
    return translate("ChangeKinds", KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def state_name(state: str, translate: Translate) -> str:
    """The state of a change request in words."""
    return translate("ChangeStates", STATE_NAMES[state]) if state in STATE_NAMES else state


def description(change: ChangeSummary, translate: Translate) -> str:
    """What the request holds, in a few words ("Correction of contact details for 12
    employees")."""
    if change.kind == "contact-correction":
        return translate(
            "ChangeDescriptions",
            "Correction of contact details for %Ln employee(s)",
            "",
            change.employees(),
        )
    return change.summary or kind_name(change.kind, translate)
