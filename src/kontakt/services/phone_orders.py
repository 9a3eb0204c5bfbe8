"""Ordering a phone from the catalogue for an employee: a `phone-order` change request.

The draft waits in the change-request flow for approval, like the contact corrections
(`services.contact_data`). Municipal e-mail on the phone brings a monthly licence cost the
municipality pays; the draft names the catalogue's amount so the approver sees it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from uuid import uuid4

from sqlalchemy import select

from kontakt.core.phone_text import national_form
from kontakt.services import catalogue, municipality
from kontakt.services.contact_data import NoMunicipality
from kontakt.storage.db import Database
from kontakt.storage.models import ChangeRequest, Person
from kontakt.storage.types import utc_now

KIND = "phone-order"
DRAFT = "draft"


class OrderError(ValueError):
    """The order cannot be made: `what` is "employee", "model" or "colour", `value` the
    value given (`colours`: those the model comes in)."""

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

    def as_json(self) -> dict[str, Any]:
        """The draft as `kontakt order phone --json` writes it."""
        return {
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
) -> PhoneOrderDraft:
    """Make the `phone-order` draft. Raises `OrderError` for an unknown employee or model or
    a colour the model does not come in, `NoMunicipality` when there is no municipality."""
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
    summary = f"{model.manufacturer} {model.model} – {person.name}"
    change = {
        "kind": KIND,
        "kommune": settings.number,
        "created_at": utc_now().isoformat(timespec="seconds"),
        "summary": summary,
        "payload": {
            "employee_id": person.employee_id,
            "employee": {"name": person.name, "mobile": person.mobile, "email": person.email},
            "manufacturer": model.manufacturer,
            "model": model.model,
            "colour": chosen,
            "email_on_phone": email,
            "licence_monthly_nok": str(licence) if licence is not None else None,
            "setup_help": setup,
        },
    }
    with db.transaction() as session:
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
        number, person.employee_id, person.name, model.model, chosen, email, licence, setup
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
