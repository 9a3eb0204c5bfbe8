"""IKTNH's operating notices (`GET /status`): read leniently, judged for a municipality.

A notice the server sends with a field missing or of the wrong type is kept with what can
be read rather than dropped: an outage notice is worth showing even when half-filled.
`notice_text` says one plainly (what, what it touches, since when, until when), the same
in the window and on the command line.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate, render

SEVERITIES = ("info", "degraded", "outage")
_C: Final = "OperatingNotices"
SEVERITY_WORDS: Final[Mapping[str, str]] = {
    "outage": QT_TRANSLATE_NOOP("OperatingNotices", "Outage"),
    "degraded": QT_TRANSLATE_NOOP("OperatingNotices", "Degraded"),
    "info": QT_TRANSLATE_NOOP("OperatingNotices", "Information"),
}
SERVICE_WORDS: Final[Mapping[str, str]] = {
    "telephony": QT_TRANSLATE_NOOP("OperatingNotices", "telephony"),
    "switchboard": QT_TRANSLATE_NOOP("OperatingNotices", "switchboard"),
}
"""The services IKTNH names in words; another is shown as IKTNH wrote it."""
FROM_UNTIL: Final = QT_TRANSLATE_NOOP("OperatingNotices", "From {since} to {until}")
SINCE: Final = QT_TRANSLATE_NOOP("OperatingNotices", "Since {since}, until further notice")
NOT_STATED: Final = QT_TRANSLATE_NOOP("OperatingNotices", "not stated")
NOTICE: Final = QT_TRANSLATE_NOOP(
    "OperatingNotices", "{severity}: {title}. Affected: {services}. {period}. {detail}"
)


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


def notice_text(notice: Notice, translate: Translate, moment: Callable[[datetime], str]) -> str:
    """One notice in a sentence or three: "Outage: Telephony down. Affected: telephony.
    From 01.12.2026 07.30 to 01.12.2026 12.00. Calls fail." (`moment` writes a time)."""
    since = moment(notice.start) if notice.start else "?"
    if notice.end:
        period = render(translate, _C, FROM_UNTIL, {"since": since, "until": moment(notice.end)})
    else:
        period = render(translate, _C, SINCE, {"since": since})
    services = ", ".join(
        translate(_C, SERVICE_WORDS[s]) if s in SERVICE_WORDS else s for s in notice.services
    )
    return render(
        translate,
        _C,
        NOTICE,
        {
            "severity": translate(_C, SEVERITY_WORDS[notice.severity]),
            "title": notice.title,
            "services": services or translate(_C, NOT_STATED),
            "period": period,
            "detail": notice.detail,
        },
    ).strip()
