"""Which workspaces the main window has, in which order, and how each page is built."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from kontakt.core.texts import QT_TRANSLATE_NOOP
from kontakt.services.overview import overview
from kontakt.storage import Database
from kontakt.ui.workspaces.base import Workspace
from kontakt.ui.workspaces.upcoming import UpcomingPage, UpcomingWorkspace

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
        "moment, and compare a draft with what IKTNH runs now."),
    "catalogue": QT_TRANSLATE_NOOP(
        "Workspaces",
        "Browse the phone models IKTNH has negotiated, compare them side by side, and order "
        "a phone for an employee."),
    "checklist": QT_TRANSLATE_NOOP(
        "Workspaces",
        "After a change, get the test calls that prove it works, record each result, and "
        "report failures to IKTNH's service desk."),
    "changes": QT_TRANSLATE_NOOP(
        "Workspaces",
        "Approve change requests with your key and follow them until IKTNH has carried them "
        "out. Requests wait safely in the outbox while you are offline."),
}


def workspace_title(key: str) -> str:
    """The workspace's name in the user's language."""
    return QCoreApplication.translate("Workspaces", TITLES[key])


def _status_text(db: Database, key: str) -> str:
    data = overview(db)
    tr = QCoreApplication.translate
    if key == "ringpattern":
        if not data.patterns:
            return tr("Workspaces", "No ring patterns are stored yet.")
        lines = [tr("Workspaces", "Ring patterns stored now:")]
        lines += [tr("Workspaces", "• {name}: {versions} version(s), the newest is {status}")
                  .format(name=p.name, versions=p.versions, status=_status_word(p.latest_status))
                  for p in data.patterns]
        return "\n".join(lines)
    if key == "catalogue":
        return tr("Workspaces", "{count} phone models are stored.").format(
            count=data.catalogue_models)
    if key == "checklist":
        return tr("Workspaces", "{count} test runs are stored.").format(count=data.test_runs)
    return tr("Workspaces", "{count} change requests are stored.").format(
        count=data.change_requests)


STATUS_WORDS = {
    "baseline": QT_TRANSLATE_NOOP("PatternStatus", "the current set-up"),
    "draft": QT_TRANSLATE_NOOP("PatternStatus", "a draft"),
    "submitted": QT_TRANSLATE_NOOP("PatternStatus", "ordered"),
}


def _status_word(status: str) -> str:
    return QCoreApplication.translate("PatternStatus", STATUS_WORDS.get(status, status))


def workspace_factories(db: Database) -> list[tuple[str, Callable[[], Workspace]]]:
    """(key, factory) for each workspace, in the order of the navigation."""

    def upcoming(key: str) -> Callable[[], Workspace]:
        return lambda: UpcomingWorkspace(
            UpcomingPage(key, TITLES[key], PURPOSES[key], lambda: _status_text(db, key)))

    def contacts() -> Workspace:
        from kontakt.ui.workspaces.contacts.workspace import ContactsWorkspace

        return ContactsWorkspace(db)

    return [
        ("ringpattern", upcoming("ringpattern")),
        ("contacts", contacts),
        ("catalogue", upcoming("catalogue")),
        ("checklist", upcoming("checklist")),
        ("changes", upcoming("changes")),
    ]
