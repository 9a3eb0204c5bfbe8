"""The municipalities and their ICT contact: which one is in use, reading and saving settings.

A database holds one or several municipalities (an ICT contact may serve more than one; a
team database holds all of IKTNH's). Everything Kontakt shows or stores is for the
municipality in use: the one chosen for the handle (`--kommune`, the window's switcher),
else the one saved as in use in `app_state`, else the first. Each municipality's settings
(number, name, the ICT contact, e-mail domains, IKTNH's API address) are one row, saved in
one transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kontakt.core.contacts.emails import is_valid_address
from kontakt.core.contacts.phones import is_valid_number
from kontakt.core.texts import QT_TRANSLATE_NOOP
from kontakt.services import users
from kontakt.storage.db import Database
from kontakt.storage.errors import StorageError
from kontakt.storage.models import AppState, Municipality

DEMO_NUMBER = "9999"
DEMO_REMOVED_KEY = "demo_removed"
IN_USE_KEY = "municipality_in_use"

PROBLEMS = {
    "number": QT_TRANSLATE_NOOP(
        "SettingsProblems", "The municipality number must be four digits (e.g. 4631)."
    ),
    "name": QT_TRANSLATE_NOOP("SettingsProblems", "The municipality needs a name."),
    "email": QT_TRANSLATE_NOOP(
        "SettingsProblems", "The ICT contact's e-mail address is not valid: {value}"
    ),
    "phone": QT_TRANSLATE_NOOP(
        "SettingsProblems", "The ICT contact's phone number is not valid: {value}"
    ),
    "domain": QT_TRANSLATE_NOOP("SettingsProblems", "Not an e-mail domain: {value}"),
    "number-taken": QT_TRANSLATE_NOOP(
        "SettingsProblems", "Another municipality in this database has the number {value}."
    ),
    "api": QT_TRANSLATE_NOOP(
        "SettingsProblems",
        "The API address must start with https:// (http:// only for this machine): {value}",
    ),
}

_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


@dataclass(frozen=True)
class MunicipalitySettings:
    """What the Settings dialog edits; plain values, checked by `problems()`."""

    number: str
    name: str
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    email_domains: tuple[str, ...] = field(default_factory=tuple)
    api_base_url: str = ""
    is_demo: bool = False

    def problems(self) -> list[tuple[str, str]]:
        """(problem code, offending value) for everything that must be fixed before saving."""
        found: list[tuple[str, str]] = []
        if not re.fullmatch(r"\d{4}", self.number):
            found.append(("number", self.number))
        if not self.name.strip():
            found.append(("name", self.name))
        if self.contact_email and not is_valid_address(self.contact_email):
            found.append(("email", self.contact_email))
        if self.contact_phone and not is_valid_number(self.contact_phone):
            found.append(("phone", self.contact_phone))
        found.extend(("domain", d) for d in self.email_domains if not _DOMAIN.match(d))
        if self.api_base_url and not _acceptable_api_url(self.api_base_url):
            found.append(("api", self.api_base_url))
        return found


def _acceptable_api_url(value: str) -> bool:
    parts = urlsplit(value)
    if parts.scheme == "https" and parts.hostname:
        return True
    return parts.scheme == "http" and parts.hostname in ("localhost", "127.0.0.1", "::1")


def parse_domains(text: str) -> tuple[str, ...]:
    """Domains typed as a list separated by commas, spaces or new lines, lower-cased."""
    return tuple(d.strip().lower().lstrip("@") for d in re.split(r"[,\s;]+", text) if d.strip())


def _to_settings(row: Municipality) -> MunicipalitySettings:
    return MunicipalitySettings(
        number=row.number,
        name=row.name,
        contact_name=row.contact_name,
        contact_email=row.contact_email,
        contact_phone=row.contact_phone,
        email_domains=tuple(row.email_domains),
        api_base_url=row.api_base_url,
        is_demo=row.is_demo,
    )


def in_use(session: Session, db: Database, *, check_access: bool = True) -> Municipality | None:
    """The municipality in use; `StorageError` when the acting user may not read it
    (`users.check`), unless `check_access` is off."""
    row = _chosen(session, db)
    if row is not None and check_access:
        users.check(session, row.id, users.READ)
    return row


def _chosen(session: Session, db: Database) -> Municipality | None:
    number = db.municipality_number
    if number is None:
        saved = session.get(AppState, IN_USE_KEY)
        number = saved.value if saved is not None else None
    if number is not None:
        row = session.scalars(select(Municipality).where(Municipality.number == number)).first()
        if row is not None:
            return row
    # the saved choice was removed (or nothing was chosen): the first municipality
    return session.scalars(select(Municipality).order_by(Municipality.id)).first()


def current(db: Database) -> MunicipalitySettings | None:
    """The municipality in use, or None when the database has none yet."""
    with db.session() as session:
        row = in_use(session, db)
        return None if row is None else _to_settings(row)


class NoMunicipality(LookupError):
    """The database has no municipality yet (started with --no-demo, or the demo removed):
    what needs one (saved mappings, change requests) waits for Settings."""


def required_id(db: Database) -> int:
    """The id of the municipality in use; `NoMunicipality` when there is none."""
    found = current_id(db)
    if found is None:
        raise NoMunicipality
    return found


def current_id(db: Database) -> int | None:
    """The database id of the municipality in use, for services that store data under it."""
    with db.session() as session:
        row = in_use(session, db)
        return None if row is None else row.id


def listed(db: Database) -> list[MunicipalitySettings]:
    """Every municipality in the database, by number."""
    with db.session() as session:
        rows = session.scalars(select(Municipality).order_by(Municipality.number))
        return [_to_settings(row) for row in rows]


def choose(db: Database, number: str) -> None:
    """Work for municipality `number` through this handle (for this run only).

    Raises `StorageError` ("unknown-municipality") naming the numbers the database has.
    """
    known = [m.number for m in listed(db)]
    if number not in known:
        raise StorageError(
            "unknown-municipality",
            url=db.name,
            number=number,
            known=", ".join(known) or "-",
        )
    db.municipality_number = number


def use(db: Database, number: str) -> None:
    """Switch to municipality `number` and keep it as the one in use for the next start."""
    choose(db, number)
    with db.transaction() as session:
        session.merge(AppState(key=IN_USE_KEY, value=number))


def problems(db: Database, settings: MunicipalitySettings) -> list[tuple[str, str]]:
    """`settings.problems()`, and whether another municipality already has the number."""
    found = settings.problems()
    with db.session() as session:
        row = in_use(session, db)
        other = session.scalars(
            select(Municipality.id).where(Municipality.number == settings.number)
        ).first()
    if other is not None and (row is None or other != row.id):
        found.append(("number-taken", settings.number))
    return found


def save(db: Database, settings: MunicipalitySettings) -> MunicipalitySettings:
    """Store `settings` as the municipality in use (one transaction), which then stays in
    use. A real municipality number given while the demo is in use replaces the demo and
    removes its data first.

    Raises ValueError listing the problems when the settings are not valid.
    """
    found = problems(db, settings)
    if found:
        raise ValueError(found)
    with db.transaction() as session:
        row = in_use(session, db)
        if row is not None:
            users.require_in(session, row.id, users.CHANGE)
        if row is not None and row.is_demo and settings.number != DEMO_NUMBER:
            session.delete(row)
            session.flush()
            _mark_demo_removed(session)
            row = None
        if row is None:
            row = Municipality(number=settings.number, name=settings.name)
            session.add(row)
        row.number = settings.number
        row.name = settings.name
        row.contact_name = settings.contact_name
        row.contact_email = settings.contact_email
        row.contact_phone = settings.contact_phone
        row.email_domains = list(settings.email_domains)
        row.api_base_url = settings.api_base_url
        row.is_demo = row.is_demo and settings.number == DEMO_NUMBER
        session.merge(AppState(key=IN_USE_KEY, value=settings.number))
        session.flush()
        users.require_in(session, row.id, users.CHANGE)  # a new one is its maker's
        saved = _to_settings(row)
    if db.municipality_number is not None:
        db.municipality_number = saved.number
    return saved


def remove_demo(db: Database) -> bool:
    """Delete the demo municipality with all its data; it is not loaded again. True if removed."""
    with db.transaction() as session:
        result = session.execute(delete(Municipality).where(Municipality.is_demo.is_(True)))
        _mark_demo_removed(session)
    if db.municipality_number == DEMO_NUMBER:
        db.municipality_number = None
    return bool(getattr(result, "rowcount", 0))


def demo_was_removed(db: Database) -> bool:
    """True when the user removed (or replaced) the demo in this database."""
    with db.session() as session:
        return session.get(AppState, DEMO_REMOVED_KEY) is not None


def _mark_demo_removed(session: Session) -> None:
    session.merge(AppState(key=DEMO_REMOVED_KEY, value="yes"))
