"""Storing the preparedness register, the plan's settings, weaknesses and reviews.

The sites are rows (one per site, its path as JSON hops in the `kontakt.sites` form); the
register's autonomy target and the platform fallback sit in the municipality's plan row.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from kontakt.core.preparedness.sites import (
    DEFAULT_TARGET_MIN,
    Site,
    SitesRegister,
    from_document,
    hop_document,
)
from kontakt.core.preparedness.weaknesses import Decision, Review, Source, Weakness
from kontakt.storage.models import (
    PreparednessPlan,
    PreparednessReview,
    PreparednessSite,
    PreparednessWeakness,
)


def _plan(session: Session, municipality_id: int) -> PreparednessPlan:
    plan = session.get(PreparednessPlan, municipality_id)
    if plan is None:
        plan = PreparednessPlan(
            municipality_id=municipality_id,
            autonomy_target_min=DEFAULT_TARGET_MIN,
            platform_fallback="",
            service_desk="",
            deputy="",
        )
        session.add(plan)
        session.flush()
    return plan


def register(session: Session, municipality_id: int) -> SitesRegister:
    """The stored sites register (empty, with the default target, when none is stored)."""
    plan = session.get(PreparednessPlan, municipality_id)
    rows = session.scalars(
        select(PreparednessSite)
        .where(PreparednessSite.municipality_id == municipality_id)
        .order_by(PreparednessSite.position)
    )
    document = {
        "format": "kontakt.sites",
        "version": 1,
        "autonomy_target_min": plan.autonomy_target_min if plan else DEFAULT_TARGET_MIN,
        "sites": [
            {
                "id": r.key,
                "name": r.name,
                "address": r.address,
                "network_points_ok": r.network_points_ok,
                "wifi": r.wifi,
                "mobile_coverage": r.mobile_coverage,
                "path": r.path,
            }
            for r in rows
        ],
    }
    return from_document(document, "database")


def replace_register(session: Session, municipality_id: int, sites: SitesRegister) -> None:
    """Store `sites` as the municipality's register, in place of what was there."""
    session.execute(
        delete(PreparednessSite).where(PreparednessSite.municipality_id == municipality_id)
    )
    rows = [_site_row(municipality_id, index, site) for index, site in enumerate(sites.sites)]
    if rows:
        session.execute(insert(PreparednessSite), rows)
    _plan(session, municipality_id).autonomy_target_min = sites.autonomy_target_min
    session.flush()


def _site_row(municipality_id: int, position: int, site: Site) -> dict[str, object]:
    return {
        "municipality_id": municipality_id,
        "key": site.id,
        "position": position,
        "name": site.name,
        "address": site.address,
        "network_points_ok": site.network_points_ok,
        "wifi": site.wifi,
        "mobile_coverage": site.mobile_coverage,
        "path": [hop_document(h) for h in site.path],
    }


PLAN_TEXTS = ("platform_fallback", "service_desk", "deputy")
"""The plan's free texts: what IKTNH can set up outside the platform, how to reach its
service desk, and the ICT contact's deputy."""


def plan_texts(session: Session, municipality_id: int) -> dict[str, str]:
    plan = session.get(PreparednessPlan, municipality_id)
    return {name: getattr(plan, name) if plan else "" for name in PLAN_TEXTS}


def set_plan_texts(session: Session, municipality_id: int, texts: dict[str, str]) -> None:
    plan = _plan(session, municipality_id)
    for name in PLAN_TEXTS:
        if name in texts:
            setattr(plan, name, texts[name])
    session.flush()


def _weakness(row: PreparednessWeakness) -> Weakness:
    return Weakness(
        text=row.text,
        reported=row.reported,
        sites=tuple(row.sites),
        entries=tuple(row.entries),
        severity=row.severity,
        recommended=row.recommended,
        source=Source(row.source),
        decision=Decision(row.decision) if row.decision else None,
        reason=row.reason,
        measure=row.measure,
        owner=row.owner,
        due=row.due,
        id=row.id,
    )


def weaknesses(session: Session, municipality_id: int) -> list[Weakness]:
    rows = session.scalars(
        select(PreparednessWeakness)
        .where(PreparednessWeakness.municipality_id == municipality_id)
        .order_by(PreparednessWeakness.id)
    )
    return [_weakness(r) for r in rows]


def save_weakness(session: Session, municipality_id: int, weakness: Weakness) -> Weakness:
    """Add `weakness` (id 0) or update the stored one with its id; returns it as stored."""
    row = (
        session.get(PreparednessWeakness, weakness.id)
        if weakness.id
        else PreparednessWeakness(municipality_id=municipality_id)
    )
    if row is None or row.municipality_id != municipality_id:
        raise LookupError(weakness.id)
    row.text = weakness.text
    row.reported = weakness.reported
    row.sites = list(weakness.sites)
    row.entries = list(weakness.entries)
    row.severity = weakness.severity
    row.recommended = weakness.recommended
    row.source = str(weakness.source)
    row.decision = str(weakness.decision) if weakness.decision else None
    row.reason = weakness.reason
    row.measure = weakness.measure
    row.owner = weakness.owner
    row.due = weakness.due
    session.add(row)
    session.flush()
    return replace(weakness, id=row.id)


def reviews(session: Session, municipality_id: int) -> list[Review]:
    rows = session.scalars(
        select(PreparednessReview)
        .where(PreparednessReview.municipality_id == municipality_id)
        .order_by(PreparednessReview.reviewed_at)
    )
    return [Review(r.reviewed_by, r.reviewed_at) for r in rows]


def add_reviews(session: Session, municipality_id: int, added: Iterable[Review]) -> None:
    session.add_all(
        PreparednessReview(municipality_id=municipality_id, reviewed_by=r.by, reviewed_at=r.at)
        for r in added
    )
    session.flush()
