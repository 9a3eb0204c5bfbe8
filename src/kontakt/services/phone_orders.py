"""Ordering a phone from the catalogue for an employee: a `phone-order` change request.

The draft waits in the change-request flow for approval, like the contact corrections
(`services.contact_data`). Municipal e-mail on the phone brings a monthly licence cost the
municipality pays; the draft names the catalogue's amount so the approver sees it. An order
can also put the employee's mobile in a group or queue of a stored ring pattern: the
pattern's draft (the one being edited, or a new one on the newest version) gets the member
in the same transaction as the order, which notes it (`ring_group` in its payload).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any
from uuid import uuid4

from sqlalchemy import select

from kontakt.core.phone_text import national_form
from kontakt.core.ringpattern import Pattern, PatternError, loads
from kontakt.core.ringpattern.edit import add_to_group
from kontakt.core.ringpattern.model import Device, Member, NodeType
from kontakt.services import catalogue, municipality, patterns, users
from kontakt.services.municipality import NoMunicipality
from kontakt.storage import patterns as stored_patterns
from kontakt.storage.db import Database
from kontakt.storage.models import ChangeRequest, Person
from kontakt.storage.types import utc_now

KIND = "phone-order"
DRAFT = "draft"


class OrderError(ValueError):
    """The order cannot be made: `what` is "employee", "model", "colour", "group" (no such
    group or queue in the stored pattern) or "mobile" (the employee has no mobile number
    to add to a group), `value` the value given (`colours`: those the model comes in)."""

    def __init__(self, what: str, value: str, colours: tuple[str, ...] = ()) -> None:
        super().__init__(f"unknown {what}: {value}")
        self.what = what
        self.value = value
        self.colours = colours


@dataclass(frozen=True)
class Employee:
    employee_id: str
    name: str
    department: str
    mobile: str
    work_phone: str
    email: str

    @property
    def numbers(self) -> str:
        """Their current numbers in national form, comma-separated."""
        return ", ".join(national_form(n) for n in (self.mobile, self.work_phone) if n)


@dataclass(frozen=True)
class RingGroup:
    """A group or queue of a stored ring pattern that an ordered mobile can ring in."""

    pattern_key: str
    pattern_name: str
    node_id: str
    label: str

    @property
    def reference(self) -> str:
        """How the command line names it: `pattern-key/node-id`."""
        return f"{self.pattern_key}/{self.node_id}"


@dataclass(frozen=True)
class GroupAddition:
    """What the order did to the ring pattern: the employee's mobile rings in `group` in
    the pattern's draft, version `version`; or, `already`, it rang there before in the
    newest version `version` (and nothing was changed)."""

    group: RingGroup
    member_id: str
    number: str
    version: int
    already: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "pattern": self.group.pattern_key,
            "pattern_name": self.group.pattern_name,
            "group": self.group.node_id,
            "group_label": self.group.label,
            "member": self.member_id,
            "number": self.number,
            "version": self.version,
            "already_member": self.already,
        }


@dataclass(frozen=True)
class PhoneOrderDraft:
    id: int
    employee_id: str
    employee_name: str
    model: str
    colour: str | None
    email_on_phone: bool
    licence_monthly_nok: Decimal | None
    setup_help: bool
    state: str = DRAFT
    ring_group: GroupAddition | None = None

    def as_json(self) -> dict[str, Any]:
        """The draft as `kontakt order phone --json` writes it."""
        written = {
            "id": self.id,
            "kind": KIND,
            "state": self.state,
            "employee_id": self.employee_id,
            "employee_name": self.employee_name,
            "model": self.model,
            "colour": self.colour,
            "email_on_phone": self.email_on_phone,
            "licence_monthly_nok": (
                float(self.licence_monthly_nok) if self.licence_monthly_nok is not None else None
            ),
            "setup_help": self.setup_help,
        }
        if self.ring_group is not None:  # only with --group: the documented fields stay
            written["ring_group"] = self.ring_group.as_json()
        return written


def ring_groups(db: Database) -> list[RingGroup]:
    """The groups and queues of the municipality's stored ring patterns (their newest
    version), by pattern and then as the pattern lists them."""
    municipality_id = municipality.current_id(db)
    if municipality_id is None:
        return []
    with db.session() as session:
        rows = stored_patterns.latest_versions(session, municipality_id, order_by="name")
    found: list[RingGroup] = []
    for row in rows:
        try:
            pattern = loads(row.latest_document)
        except PatternError:
            continue  # the ring-pattern workspace says what is wrong with it
        found.extend(
            RingGroup(row.key, pattern.name, node.id, node.label or node.id)
            for node in pattern.nodes
            if node.type in (NodeType.GROUP, NodeType.QUEUE)
        )
    return found


def _with_mobile(
    db: Database, person: Employee, group: RingGroup
) -> tuple[Pattern, int | None, GroupAddition]:
    """The pattern of `group` with `person`'s mobile ringing in it, the draft version to
    update (None: a new draft), and what is done (the version filled in on saving)."""
    number = patterns.e164(person.mobile) if person.mobile else ""
    if not number:
        raise OrderError("mobile", person.employee_id)
    try:
        stored = patterns.open_stored(db, group.pattern_key)
    except (LookupError, PatternError):
        raise OrderError("group", group.reference) from None
    member = Member(number, person.name, person.employee_id, Device.MOBILE)
    try:
        pattern, member_id, already = add_to_group(stored.pattern, group.node_id, member)
    except (PatternError, ValueError):
        raise OrderError("group", group.reference) from None
    addition = GroupAddition(group, member_id, number, stored.version, already)
    return pattern, stored.draft, addition


def find_group(db: Database, reference: str) -> RingGroup:
    """The group or queue `pattern-key/node-id`; raises `OrderError` ("group")."""
    found = next((g for g in ring_groups(db) if g.reference == reference.strip()), None)
    if found is None:
        raise OrderError("group", reference)
    return found


def employees(db: Database) -> list[Employee]:
    """The municipality's employees from the last HRM import, by name."""
    municipality_id = municipality.current_id(db)
    if municipality_id is None:
        return []
    with db.session() as session:
        rows = session.scalars(
            select(Person).where(Person.municipality_id == municipality_id).order_by(Person.name)
        ).all()
        return [
            Employee(p.employee_id, p.name, p.department, p.mobile, p.work_phone, p.email)
            for p in rows
        ]


def order_phone(
    db: Database,
    employee_id: str,
    model_name: str,
    colour: str | None = None,
    *,
    email: bool = False,
    setup: bool = False,
    group: RingGroup | None = None,
) -> PhoneOrderDraft:
    """Make the `phone-order` draft. With `group`, the employee's mobile also rings in that
    group or queue in the ring pattern's draft (opened, or made from the newest version),
    in the same transaction, and the order notes it.

    Raises `OrderError` for an unknown employee, model or group, a colour the model does not
    come in, or an employee without a mobile to add; `NoMunicipality` when there is no
    municipality; `StorageError` when the acting user may not change it (a reader)."""
    settings = municipality.current(db)
    municipality_id = municipality.current_id(db)
    if settings is None or municipality_id is None:
        raise NoMunicipality
    person = next((e for e in employees(db) if e.employee_id == employee_id.strip()), None)
    if person is None:
        raise OrderError("employee", employee_id)
    model = catalogue.find(catalogue.models(db), model_name)
    if model is None:
        raise OrderError("model", model_name)
    chosen = None
    if colour:
        chosen = next((c for c in model.colours if c.casefold() == colour.strip().casefold()), None)
        if chosen is None:
            raise OrderError("colour", colour, tuple(model.colours))
    licence = catalogue.email_licence_monthly_nok(db) if email else None
    edited = _with_mobile(db, person, group) if group is not None else None
    summary = f"{model.manufacturer} {model.model} – {person.name}"
    payload: dict[str, Any] = {
        "employee_id": person.employee_id,
        "employee": {"name": person.name, "mobile": person.mobile, "email": person.email},
        "manufacturer": model.manufacturer,
        "model": model.model,
        "colour": chosen,
        "email_on_phone": email,
        "licence_monthly_nok": str(licence) if licence is not None else None,
        "setup_help": setup,
    }
    change = {
        "kind": KIND,
        "kommune": settings.number,
        "created_at": utc_now().isoformat(timespec="seconds"),
        "summary": summary,
        "payload": payload,
    }
    addition = None
    with db.transaction() as session:
        users.require_in(session, municipality_id, users.CHANGE)
        who = users.who_in(session, municipality_id)
        if edited is not None:
            pattern, draft, addition = edited
            if not addition.already:
                version = patterns.store_draft(
                    session, municipality_id, addition.group.pattern_key, pattern, draft, who
                )
                addition = replace(addition, version=version)
            payload["ring_group"] = addition.as_json()
        request = ChangeRequest(
            municipality_id=municipality_id,
            kind=KIND,
            state=DRAFT,
            summary=summary,
            change=change,
            idempotency_key=str(uuid4()),
        )
        session.add(request)
        session.flush()
        number = request.id
    return PhoneOrderDraft(
        number,
        person.employee_id,
        person.name,
        model.model,
        chosen,
        email,
        licence,
        setup,
        ring_group=addition,
    )


@dataclass(frozen=True)
class OrderLine:
    """A phone order as the list of orders shows it."""

    number: int
    employee_name: str
    model: str
    colour: str | None
    state: str
    created_at: str


def orders(db: Database) -> list[OrderLine]:
    """The municipality's phone orders, the newest first, with their state."""
    municipality_id = municipality.current_id(db)
    if municipality_id is None:
        return []
    with db.session() as session:
        rows = session.scalars(
            select(ChangeRequest)
            .where(ChangeRequest.municipality_id == municipality_id, ChangeRequest.kind == KIND)
            .order_by(ChangeRequest.id.desc())
        ).all()
        lines = []
        for row in rows:
            payload = row.change.get("payload") or {}
            person = payload.get("employee") or {}
            lines.append(
                OrderLine(
                    row.id,
                    str(person.get("name") or payload.get("employee_id") or ""),
                    str(payload.get("model") or ""),
                    payload.get("colour"),
                    row.state,
                    str(row.change.get("created_at") or ""),
                )
            )
        return lines
