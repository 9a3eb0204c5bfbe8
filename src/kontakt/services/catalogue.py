"""IKTNH's phone catalogue: synced from `GET /catalogue/phones`, kept for offline use.

The sync sends the stored ETag as `If-None-Match`; a 304 touches nothing (not even the time
of the last sync's models). A 200 replaces the catalogue whole and says how many models
were added, changed and removed, keyed by manufacturer and model. A model's picture that
the catalogue names by address (`picture_url`) is fetched at the sync, once while the
address stays the same, and kept as data with the model for offline use.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from kontakt.api.client import IktnhClient, Unreachable
from kontakt.core.catalogue.document import (
    Catalogue,
    CatalogueError,
    PhoneModel,
    load_catalogue,
)
from kontakt.core.catalogue.pictures import (
    Picture,
    PictureError,
    data_url,
    parse_data_url,
    shipped_name,
)
from kontakt.core.texts import Translate
from kontakt.reports.phone_comparison import write_phone_comparison
from kontakt.resources import resource_path
from kontakt.storage.catalogue import replace_catalogue
from kontakt.storage.db import Database
from kontakt.storage.models import AppState, CatalogueModel
from kontakt.storage.types import utc_now

ETAG_KEY = "catalogue.etag"
SYNCED_AT_KEY = "catalogue.synced_at"
LICENCE_KEY = "catalogue.email_licence_monthly_nok"
EXAMPLE_PRICES_KEY = "catalogue.prices_are_examples"

Key = tuple[str, str]


class SyncFailed(Exception):
    """The server could not be used: `detail` says why."""

    def __init__(self, detail: str, http_status: int | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.http_status = http_status


@dataclass(frozen=True)
class SyncResult:
    added: int = 0
    changed: int = 0
    removed: int = 0
    not_modified: bool = False


@dataclass(frozen=True)
class Filters:
    """Conditions on the listed models, combined with "and"; None: no condition."""

    os: str | None = None
    manufacturer: str | None = None
    five_g: bool = False
    esim: bool = False
    updates_until: date | None = None
    max_price: Decimal | None = None
    min_price: Decimal | None = None


@dataclass(frozen=True)
class StoredModel:
    """A model as the database keeps it."""

    manufacturer: str
    model: str
    os: str
    release_date: date | None
    security_updates_until: date | None
    price_nok: Decimal | None
    monthly_cost_nok: Decimal | None
    details: dict[str, Any]

    @property
    def key(self) -> Key:
        return (self.manufacturer, self.model)

    def phone_model(self) -> PhoneModel:
        """The model as the core and the reports take it."""
        return PhoneModel(
            self.manufacturer,
            self.model,
            self.os,
            self.release_date,
            self.security_updates_until,
            self.price_nok,
            self.monthly_cost_nok,
            dict(self.details),
        )

    def flag(self, name: str) -> bool:
        return self.details.get(name) is True

    @property
    def colours(self) -> list[str]:
        colours = self.details.get("colours")
        return [str(c) for c in colours] if isinstance(colours, list) else []

    def updates_end_within_a_year(self, today: date) -> bool:
        """Security updates end within a year of `today` (or have ended)."""
        end = self.security_updates_until
        return end is not None and end <= today.replace(year=today.year + 1)

    def picture(self) -> Picture | None:
        """The model's picture: the catalogue's own (kept in the database, so offline too),
        else the drawing Kontakt ships of a model of that name, else none."""
        given = self.details.get("picture")
        if given is not None:
            try:
                return parse_data_url(given)
            except PictureError:
                pass  # checked when stored; a stored value gone bad falls back to the drawing
        path = resource_path("phones", shipped_name(self.manufacturer, self.model))
        if path.is_file():
            return Picture("image/svg+xml", path.read_bytes())
        return None

    def as_json(self) -> dict[str, Any]:
        """The model as `kontakt catalogue list --json` writes it."""
        return {
            "manufacturer": self.manufacturer,
            "model": self.model,
            "os": self.os,
            "release_date": _iso(self.release_date),
            "security_updates_until": _iso(self.security_updates_until),
            "five_g": self.flag("five_g"),
            "esim": self.flag("esim"),
            "dual_sim": self.flag("dual_sim"),
            "colours": self.colours,
            "price_nok": _number(self.price_nok),
            "monthly_cost_nok": _number(self.monthly_cost_nok),
        }

    def matches(self, filters: Filters) -> bool:
        f = filters
        if f.os and self.os.casefold() != f.os.casefold():
            return False
        if f.manufacturer and self.manufacturer.casefold() != f.manufacturer.casefold():
            return False
        if (f.five_g and not self.flag("five_g")) or (f.esim and not self.flag("esim")):
            return False
        if f.updates_until is not None and (
            self.security_updates_until is None or self.security_updates_until < f.updates_until
        ):
            return False
        if f.max_price is not None and (self.price_nok is None or self.price_nok > f.max_price):
            return False
        return f.min_price is None or (self.price_nok is not None and self.price_nok >= f.min_price)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _number(value: Decimal | None) -> float | None:
    return float(value) if value is not None else None


def _facts(model: PhoneModel | CatalogueModel | StoredModel) -> tuple[object, ...]:
    return (
        model.os,
        model.release_date,
        model.security_updates_until,
        model.price_nok,
        model.monthly_cost_nok,
        dict(model.details),
    )


def _stored(row: CatalogueModel) -> StoredModel:
    return StoredModel(
        row.manufacturer,
        row.model,
        row.os,
        row.release_date,
        row.security_updates_until,
        row.price_nok,
        row.monthly_cost_nok,
        dict(row.details),
    )


def stored_etag(db: Database) -> str | None:
    with db.session() as session:
        row = session.get(AppState, ETAG_KEY)
        return row.value if row else None


def synced_at(db: Database) -> datetime | None:
    """When the catalogue was last synced from IKTNH (None: never; the demo's is shown)."""
    with db.session() as session:
        row = session.get(AppState, SYNCED_AT_KEY)
        return datetime.fromisoformat(row.value) if row else None


def email_licence_monthly_nok(db: Database) -> Decimal | None:
    """The monthly licence cost of municipal e-mail on a phone, from the catalogue."""
    with db.session() as session:
        row = session.get(AppState, LICENCE_KEY)
    return Decimal(row.value) if row else None


def prices_are_examples(db: Database) -> bool:
    """The catalogue says its prices are examples (the demo's are), not agreement prices."""
    with db.session() as session:
        row = session.get(AppState, EXAMPLE_PRICES_KEY)
    return row is not None and row.value == "true"


def keep_document_facts(session: Session, document: Catalogue) -> None:
    """Keep what the catalogue document says of all its models: the licence amount and
    whether the prices are examples (the demo loader and the sync call this)."""
    amount = document.email_licence_monthly_nok
    if amount is None:
        row = session.get(AppState, LICENCE_KEY)
        if row is not None:
            session.delete(row)
    else:
        session.merge(AppState(key=LICENCE_KEY, value=str(amount)))
    session.merge(
        AppState(key=EXAMPLE_PRICES_KEY, value="true" if document.prices_are_examples else "false")
    )


def sync(
    db: Database,
    base_url: str,
    key: Ed25519PrivateKey,
    key_id: str,
    client: IktnhClient | None = None,
) -> SyncResult:
    """One GET of the catalogue (with `If-None-Match` when an ETag is stored).

    Raises InsecureUrl for a base URL Kontakt will not use, `SyncFailed` when no usable
    answer came (nothing stored is changed then)."""
    etag = stored_etag(db)
    api = client or IktnhClient(base_url, key, key_id)
    try:
        answer = api.catalogue(etag)
        if answer.status == 304:
            return SyncResult(not_modified=True)
        if answer.status != 200:
            raise SyncFailed(answer.problem_detail, answer.status)
        try:
            catalogue = load_catalogue(json.dumps(answer.data))
        except CatalogueError as exc:
            raise SyncFailed(str(exc), answer.status) from None
        catalogue = _with_pictures(db, api, catalogue)
    except Unreachable as exc:
        raise SyncFailed(exc.reason) from None
    finally:
        if client is None:
            api.close()
    with db.transaction() as session:
        before = {
            (row.manufacturer, row.model): _facts(row)
            for row in session.scalars(select(CatalogueModel))
        }
        after = {(m.manufacturer, m.model): _facts(m) for m in catalogue.models}
        replace_catalogue(session, catalogue.models)
        keep_document_facts(session, catalogue)
        new_etag = answer.headers.get("ETag")
        if new_etag:
            session.merge(AppState(key=ETAG_KEY, value=new_etag))
        session.merge(AppState(key=SYNCED_AT_KEY, value=utc_now().isoformat(timespec="seconds")))
    return SyncResult(
        added=len(after.keys() - before.keys()),
        changed=sum(1 for k in after.keys() & before.keys() if after[k] != before[k]),
        removed=len(before.keys() - after.keys()),
    )


def _with_pictures(db: Database, api: IktnhClient, document: Catalogue) -> Catalogue:
    """`document` with the pictures its models name by `picture_url` kept in them as data
    URLs: the stored one again while the address is the same, else fetched. A picture that
    cannot be fetched or used leaves the model without (the shipped drawing is shown), and
    does not fail the sync."""
    stored = {m.key: m.details for m in models(db)}
    changed = []
    for model in document.models:
        url = model.details.get("picture_url")
        if not url or model.details.get("picture"):
            changed.append(model)
            continue
        key = (model.manufacturer, model.model)
        before = stored.get(key, {})
        picture = before.get("picture") if before.get("picture_url") == url else None
        if picture is None:
            picture = _fetched_picture(api, str(url))
        details = dict(model.details)
        if picture is not None:
            details["picture"] = picture
        changed.append(replace(model, details=details))
    return replace(document, models=tuple(changed))


def _fetched_picture(api: IktnhClient, path: str) -> str | None:
    try:
        answer = api.picture(path)
    except Unreachable:
        return None
    if answer.status != 200:
        return None
    media_type = answer.headers.get("Content-Type", "").split(";")[0].strip().casefold()
    url = data_url(Picture(media_type, answer.content))
    try:
        parse_data_url(url)  # a picture Kontakt shows: its type and size
    except PictureError:
        return None
    return url


def models(db: Database, filters: Filters | None = None) -> list[StoredModel]:
    """The stored models that match `filters`, by manufacturer and model."""
    with db.session() as session:
        rows = session.scalars(
            select(CatalogueModel).order_by(CatalogueModel.manufacturer, CatalogueModel.model)
        ).all()
        found = [_stored(row) for row in rows]
    return [m for m in found if filters is None or m.matches(filters)]


def find(found: Sequence[StoredModel], name: str) -> StoredModel | None:
    """The model called `name` ("Galaxy S25" or "Samsung Galaxy S25"), case-insensitively."""
    wanted = " ".join(name.split()).casefold()
    for model in found:
        if wanted in (model.model.casefold(), f"{model.manufacturer} {model.model}".casefold()):
            return model
    return None


class UnknownModel(LookupError):
    """No stored model is called `name`."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def chosen(db: Database, names: Sequence[str]) -> list[StoredModel]:
    """The stored models called `names`, in that order; raises `UnknownModel`."""
    found = models(db)
    picked = []
    for name in names:
        model = find(found, name)
        if model is None:
            raise UnknownModel(name)
        picked.append(model)
    return picked


def export_comparison(db: Database, names: Sequence[str], path: Path, translate: Translate) -> Path:
    """The comparison workbook of the models called `names` (2 to 4) at `path`.

    Raises `UnknownModel`, `ValueError` for fewer than two or more than four models, and
    `FileWriteError` when the file cannot be written."""
    picked = chosen(db, names)
    if not 2 <= len(picked) <= 4:
        raise ValueError("compare two to four models")
    return write_phone_comparison(
        path,
        [m.phone_model() for m in picked],
        translate=translate,
        prices_are_examples=prices_are_examples(db),
    )


class NoAccess(Exception):
    """The municipality has no usable API access: `reason` is the outbox's word for why
    ("no-api", "insecure-url", "no-key", "no-backend")."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def sync_with_settings(db: Database) -> SyncResult:
    """`sync` with the municipality's own API address and the ICT contact's key (what the
    window's button does). Raises `NoAccess` or `SyncFailed`."""
    from kontakt.services import outbox

    access = outbox.api_access(db)
    if isinstance(access, str):
        raise NoAccess(access)
    with access.client() as client:
        return sync(db, access.base_url, access.key, access.key_id, client)
