"""The phone catalogue in the database: replaced whole by each import or sync."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete
from sqlalchemy.orm import Session

from kontakt.core.catalogue.document import PhoneModel
from kontakt.storage.models import CatalogueModel


def replace_catalogue(session: Session, models: Iterable[PhoneModel]) -> int:
    """Store exactly `models` as the catalogue; returns how many."""
    session.execute(delete(CatalogueModel))
    rows = [
        CatalogueModel(
            manufacturer=m.manufacturer,
            model=m.model,
            os=m.os,
            release_date=m.release_date,
            security_updates_until=m.security_updates_until,
            price_nok=m.price_nok,
            monthly_cost_nok=m.monthly_cost_nok,
            details=dict(m.details),
        )
        for m in models
    ]
    session.add_all(rows)
    session.flush()
    return len(rows)
