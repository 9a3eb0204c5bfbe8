"""Which workspaces the main window has, in which order, and how each page is built."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kontakt.core.severity import Severity
from kontakt.core.texts import QT_TRANSLATE_NOOP
from kontakt.ui.workspaces.base import Workspace

if TYPE_CHECKING:
    from kontakt.services.database import Database

WORKSPACE_KEYS = ("ringpattern", "contacts", "catalogue", "checklist", "changes")

TITLES = {
    "ringpattern": QT_TRANSLATE_NOOP("Workspaces", "Ring patterns"),
    "contacts": QT_TRANSLATE_NOOP("Workspaces", "Contact check"),
    "catalogue": QT_TRANSLATE_NOOP("Workspaces", "Phone models"),
    "checklist": QT_TRANSLATE_NOOP("Workspaces", "Test checklist"),
    "changes": QT_TRANSLATE_NOOP("Workspaces", "Change requests"),
}

PURPOSES = {
    "ringpattern": QT_TRANSLATE_NOOP(
        "Workspaces",
        "Draw and change the municipality's ring patterns: opening hours, holidays, voice "
        "menus, answer groups and queues. See findings as you edit, simulate a call at any "
        "moment, and compare a draft with what IKTNH runs now.",
    ),
    "catalogue": QT_TRANSLATE_NOOP(
        "Workspaces",
        "Browse the phone models IKTNH has negotiated, compare them side by side, and order "
        "a phone for an employee.",
    ),
    "checklist": QT_TRANSLATE_NOOP(
        "Workspaces",
        "After a change, get the test calls that prove it works, record each result, and "
        "report failures to IKTNH's service desk.",
    ),
    "changes": QT_TRANSLATE_NOOP(
        "Workspaces",
        "Approve change requests with your key and follow them until IKTNH has carried them "
        "out. Requests wait safely in the outbox while you are offline.",
    ),
}


def workspace_title(key: str) -> str:
    """The workspace's name in the user's language."""
    return QCoreApplication.translate("Workspaces", TITLES[key])


def _status_text(db: Database, key: str) -> str:
    from kontakt.services.overview import overview

    data = overview(db)
    translate = QCoreApplication.translate
    if key == "ringpattern":
        if not data.patterns:
            return translate("Workspaces", "No ring patterns are stored yet.")
        lines = [translate("Workspaces", "Ring patterns stored now:")]
        for p in data.patterns:
            lines.append(
                translate(
                    "Workspaces",
                    "• {name}: {versions} version(s), the newest is {status}; "
                    "the check finds {errors} errors and {warnings} warnings in it.",
                ).format(
                    name=p.name,
                    versions=p.versions,
                    status=_status_word(p.latest_status),
                    errors=p.findings.get(Severity.ERROR, 0),
                    warnings=p.findings.get(Severity.WARNING, 0),
                )
            )
        return "\n".join(lines)
    if key == "catalogue":
        return translate("Workspaces", "{count} phone models are stored.").format(
            count=data.catalogue_models
        )
    if key == "checklist":
        return translate("Workspaces", "{count} test runs are stored.").format(count=data.test_runs)
    return translate("Workspaces", "{count} change requests are stored.").format(
        count=data.change_requests
    )


STATUS_WORDS = {
    "baseline": QT_TRANSLATE_NOOP("PatternStatus", "the current set-up"),
    "draft": QT_TRANSLATE_NOOP("PatternStatus", "a draft"),
    "submitted": QT_TRANSLATE_NOOP("PatternStatus", "ordered"),
}


def _status_word(status: str) -> str:
    return QCoreApplication.translate("PatternStatus", STATUS_WORDS.get(status, status))


def workspace_factories(db: Database) -> list[tuple[str, Callable[[], Workspace]]]:
    """(key, factory) for each workspace, in the order of the navigation."""

    from kontakt.ui.workspaces.upcoming import UpcomingPage, UpcomingWorkspace

    def upcoming(key: str) -> Callable[[], Workspace]:
        return lambda: UpcomingWorkspace(
            UpcomingPage(key, TITLES[key], PURPOSES[key], lambda: _status_text(db, key))
        )

    def contacts() -> Workspace:
        from kontakt.ui.workspaces.contacts.workspace import ContactsWorkspace

        return ContactsWorkspace(db)

    def change_requests() -> Workspace:
        from kontakt.ui.workspaces.changes.requests import ChangeRequestsWorkspace

        return ChangeRequestsWorkspace(db)

    factories = {"contacts": contacts, "changes": change_requests}
    return [(key, factories.get(key) or upcoming(key)) for key in WORKSPACE_KEYS]
