"""Who works on which municipality, as what; and who did what.

The acting user is the operating-system user Kontakt runs as (`login`). Each user is set
up per municipality with a role: `ict-contact` (everything, and sets up others),
`deputy` (reads, changes and approves), `reader` (reads only). A municipality that nobody
is set up for yet is the acting user's as its ICT contact: on a fresh database, and on a
single laptop, the first user needs no set-up.

This is enforced here, in the services, for the window and the command line alike:
`require(db, action)` before a read or a change of the municipality in use raises
`StorageError` ("no-access" or "role-refused") naming the user, the municipality and the
role. PostgreSQL's row-level security is not used as well: every Kontakt connects as the
same database role (the team's), so the server cannot tell the people apart. The roles
keep honest colleagues from mistakes; they are no defence against someone who has the
database's password (or sets KONTAKT_USER), who could write to the tables directly.

What needs `CHANGE` (a deputy's, not a reader's): saving, importing and ordering
patterns, numbers and phones; making, editing, deleting, restoring and approving change
requests (and asking to approve: `to_sign`); contact corrections and saved column
mappings; starting, recording, noting and finishing a test run. A reader may still fetch
IKTNH's catalogue and the status of requests already approved (reading what IKTNH says,
changing nothing of the municipality's), deliver the outbox (what was approved goes out,
whoever's Kontakt is open) and keep a signing key of their own (personal, in their
keyring: approving is what the role refuses).

`who(db)` is how a stored change names its maker: the ICT contact's name from the
settings when the acting user is the municipality's ICT contact, and the login.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

# the other services name the roles and actions as users.X
from kontakt.core.roles import ALLOWED, MANAGE, ROLES
from kontakt.core.roles import CHANGE as CHANGE
from kontakt.core.roles import DEPUTY as DEPUTY
from kontakt.core.roles import ICT_CONTACT as ICT_CONTACT
from kontakt.core.roles import READ as READ
from kontakt.core.roles import READER as READER
from kontakt.storage.db import Database
from kontakt.storage.errors import StorageError
from kontakt.storage.models import KontaktUser, Municipality

LOGIN_ENV: Final = "KONTAKT_USER"
"""Names the acting user instead of the operating system's (for scripts and tests)."""


def login() -> str:
    """The operating-system user Kontakt runs as."""
    named = os.environ.get(LOGIN_ENV)
    if named:
        return named
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment or the password database
        return str(os.getuid()) if hasattr(os, "getuid") else "unknown"


@dataclass(frozen=True)
class UserRow:
    login: str
    municipality: str
    """The municipality's number."""
    role: str
    added_by: str
    added_at: datetime


def _municipality(session: Session, db: Database) -> Municipality:
    from kontakt.services import municipality

    row = municipality.in_use(session, db, check_access=False)
    if row is None:
        from kontakt.services.municipality import NoMunicipality

        raise NoMunicipality
    return row


def _role(session: Session, municipality_id: int, user: str) -> str | None:
    """The user's role for the municipality; the ICT contact's for one nobody has."""
    rows = session.execute(
        select(KontaktUser.login, KontaktUser.role).where(
            KontaktUser.municipality_id == municipality_id
        )
    ).all()
    if not rows:
        return ICT_CONTACT
    return next((role for name, role in rows if name == user), None)


def check(session: Session, municipality_id: int, action: str) -> str:
    """Raise `StorageError` unless the acting user may do `action` on the municipality;
    the role they have. Reads only."""
    user = login()
    role = _role(session, municipality_id, user)
    if role is not None and action in ALLOWED.get(role, frozenset()):
        return role
    number = session.get_one(Municipality, municipality_id).number
    if role is None:
        raise StorageError("no-access", user=user, number=number)
    code = "not-ict-contact" if action == MANAGE else "role-refused"
    raise StorageError(code, user=user, number=number, role=role)


def require_in(session: Session, municipality_id: int, action: str) -> str:
    """`check`, and a municipality nobody is set up for becomes the acting user's (as its
    ICT contact) at their first change: in `session`, the writing transaction."""
    if action != READ:
        _lock(session, municipality_id)
    role = check(session, municipality_id, action)
    if action != READ:
        _claim_if_unclaimed(session, municipality_id, login())
    return role


def _lock(session: Session, municipality_id: int) -> None:
    """Hold the municipality's row until the transaction ends, so that two first changes
    at once cannot both claim it: the second waits, then sees the first one's claim.
    PostgreSQL locks the row (FOR UPDATE; each statement after it reads what was committed
    meanwhile); SQLite has no row locks (SQLAlchemy leaves FOR UPDATE out) but a writing
    transaction there already holds the whole database from its BEGIN IMMEDIATE."""
    session.execute(
        select(Municipality.id).where(Municipality.id == municipality_id).with_for_update()
    )


def _claim_if_unclaimed(session: Session, municipality_id: int, user: str) -> None:
    has_anyone = session.scalar(
        select(KontaktUser.id).where(KontaktUser.municipality_id == municipality_id).limit(1)
    )
    if has_anyone is None:
        session.add(
            KontaktUser(
                login=user, municipality_id=municipality_id, role=ICT_CONTACT, added_by=user
            )
        )
        session.flush()


def require(db: Database, action: str) -> None:
    """Raise `StorageError` unless the acting user may do `action` on the municipality in
    use (see `require_in`)."""
    with db.transaction() as session:
        require_in(session, _municipality(session, db).id, action)


def who(db: Database) -> str:
    """How a stored change names the acting user: "Kari Nordmann (kari)", or the login
    alone when Kontakt knows no name for them."""
    with db.session() as session:
        return who_in(session, _municipality(session, db).id)


def who_in(session: Session, municipality_id: int) -> str:
    """`who`, for the municipality with this id, read in `session`."""
    user = login()
    row = session.get_one(Municipality, municipality_id)
    role = _role(session, municipality_id, user)
    name = row.contact_name.strip() if role == ICT_CONTACT else ""
    return f"{name} ({user})" if name else user


def add(db: Database, user: str, role: str, number: str | None = None) -> UserRow:
    """Set `user` up for municipality `number` (default: the one in use) with `role`
    (replacing a role they had there). Only the municipality's ICT contact may."""
    if role not in ROLES:
        raise ValueError(role)
    from kontakt.services import municipality

    if number is not None:
        municipality.choose(db, number)
    me = login()
    with db.transaction() as session:
        row = _municipality(session, db)
        require_in(session, row.id, MANAGE)
        found = session.scalars(
            select(KontaktUser).where(
                KontaktUser.municipality_id == row.id, KontaktUser.login == user
            )
        ).first()
        if found is None:
            found = KontaktUser(login=user, municipality_id=row.id, role=role, added_by=me)
            session.add(found)
        else:
            found.role, found.added_by = role, me
        session.flush()
        return UserRow(found.login, row.number, found.role, found.added_by, found.added_at)


def readable(db: Database) -> list[str]:
    """The numbers of the municipalities the acting user may read."""
    me = login()
    with db.session() as session:
        municipalities = session.scalars(select(Municipality).order_by(Municipality.number))
        return [m.number for m in municipalities if _role(session, m.id, me) is not None]


def listed(db: Database) -> list[UserRow]:
    """The users of every municipality the acting user may read, by municipality and login."""
    me = login()
    with db.transaction() as session:
        municipalities = session.scalars(select(Municipality).order_by(Municipality.number))
        readable = [m for m in municipalities if _role(session, m.id, me) is not None]
        for m in readable:
            _lock(session, m.id)
            _claim_if_unclaimed(session, m.id, me)
        rows = session.execute(
            select(KontaktUser, Municipality.number)
            .join(Municipality, Municipality.id == KontaktUser.municipality_id)
            .where(KontaktUser.municipality_id.in_([m.id for m in readable]))
            .order_by(Municipality.number, KontaktUser.login)
        ).all()
        return [
            UserRow(user.login, number, user.role, user.added_by, user.added_at)
            for user, number in rows
        ]
