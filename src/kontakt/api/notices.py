"""IKTNH's operating notices (`GET /status`): read leniently, judged for a municipality.

A notice the server sends with a field missing or of the wrong type is kept with what can
be read rather than dropped: an outage notice is worth showing even when half-filled.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

SEVERITIES = ("info", "degraded", "outage")


@dataclass(frozen=True)
class Notice:
    id: str
    severity: str
    title: str
    detail: str
    services: tuple[str, ...]
    municipalities: tuple[str, ...]
    """Municipality numbers it concerns; empty: all."""
    start: datetime | None
    end: datetime | None
    """None while it lasts."""
    updated: datetime | None

    def concerns(self, kommune: str | None) -> bool:
        """True when it concerns `kommune` (every notice concerns all when None)."""
        return kommune is None or not self.municipalities or kommune in self.municipalities

    def current(self, now: datetime) -> bool:
        """True while it is in force: begun (or without a start) and not ended."""
        return (self.start is None or self.start <= now) and (self.end is None or self.end > now)

    def as_json(self) -> dict[str, Any]:
        def stamp(moment: datetime | None) -> str | None:
            return moment.isoformat() if moment else None

        return {
            "id": self.id,
            "severity": self.severity,
            "title": self.title,
            "detail": self.detail,
            "services": list(self.services),
            "municipalities": list(self.municipalities),
            "start": stamp(self.start),
            "end": stamp(self.end),
            "updated": stamp(self.updated),
        }


def _moment(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else None


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def read_notices(document: Any) -> list[Notice]:
    """The notices of a `GET /status` answer (`{"notices": [...]}`)."""
    items = document.get("notices") if isinstance(document, Mapping) else None
    notices = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, Mapping):
            continue
        severity = item.get("severity")
        notices.append(
            Notice(
                id=str(item.get("id", "")),
                severity=severity if severity in SEVERITIES else "info",
                title=str(item.get("title") or ""),
                detail=str(item.get("detail") or ""),
                services=_strings(item.get("services")),
                municipalities=tuple(
                    f"{int(v):04d}" if isinstance(v, int) else str(v)
                    for v in (item.get("municipalities") or [])
                    if isinstance(v, int | str)
                ),
                start=_moment(item.get("start")),
                end=_moment(item.get("end")),
                updated=_moment(item.get("updated")),
            )
        )
    return notices
