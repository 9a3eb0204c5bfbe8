"""Which workspaces the main window has, in which order, and how each page is built."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kontakt.core.texts import QT_TRANSLATE_NOOP
from kontakt.ui.workspaces.base import Workspace

if TYPE_CHECKING:
    from kontakt.services.database import Database
    from kontakt.ui.outbox_sender import OutboxSender

WORKSPACE_KEYS = (
    "ringpattern",
    "contacts",
    "catalogue",
    "checklist",
    "changes",
    "servicelevel",
    "preparedness",
)

TITLES = {
    "ringpattern": QT_TRANSLATE_NOOP("Workspaces", "Ring patterns"),
    "contacts": QT_TRANSLATE_NOOP("Workspaces", "Contact check"),
    "catalogue": QT_TRANSLATE_NOOP("Workspaces", "Phone models"),
    "checklist": QT_TRANSLATE_NOOP("Workspaces", "Test checklist"),
    "changes": QT_TRANSLATE_NOOP("Workspaces", "Change requests"),
    "servicelevel": QT_TRANSLATE_NOOP("Workspaces", "Service level"),
    "preparedness": QT_TRANSLATE_NOOP("Workspaces", "Preparedness"),
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
    "servicelevel": QT_TRANSLATE_NOOP(
        "Workspaces",
        "Measure how quickly calls are answered against the municipality's target figures, "
        "from the call records the telephony platform exports: when the targets are missed, "
        "what the ring pattern does then, and how many people it would take to meet them.",
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


def workspace_factories(
    db: Database, sender: OutboxSender | None = None
) -> list[tuple[str, Callable[[], Workspace]]]:
    """(key, factory) for each workspace, in the order of the navigation; `sender` is the
    application's outbox sender (the change requests send through it)."""

    from kontakt.ui.workspaces.upcoming import UpcomingPage, UpcomingWorkspace, status_text

    def upcoming(key: str) -> Callable[[], Workspace]:
        return lambda: UpcomingWorkspace(
            UpcomingPage(key, TITLES[key], PURPOSES[key], lambda: status_text(db, key))
        )

    def contacts() -> Workspace:
        from kontakt.ui.workspaces.contacts.workspace import ContactsWorkspace

        return ContactsWorkspace(db)

    def patterns() -> Workspace:
        from kontakt.ui.workspaces.patterns.workspace import PatternsWorkspace

        return PatternsWorkspace(db)

    def checklist() -> Workspace:
        from kontakt.ui.workspaces.checklist.workspace import ChecklistWorkspace

        return ChecklistWorkspace(db)

    def phone_models() -> Workspace:
        from kontakt.ui.workspaces.catalogue.workspace import CatalogueWorkspace

        return CatalogueWorkspace(db)

    def change_requests() -> Workspace:
        from kontakt.ui.workspaces.changes.requests import ChangeRequestsWorkspace

        return ChangeRequestsWorkspace(db, sender)

    def service_level() -> Workspace:
        from kontakt.ui.workspaces.servicelevel.workspace import ServiceLevelWorkspace

        return ServiceLevelWorkspace(db)

    def preparedness() -> Workspace:
        from kontakt.ui.workspaces.preparedness.workspace import PreparednessWorkspace

        return PreparednessWorkspace(db)

    factories = {
        "contacts": contacts,
        "ringpattern": patterns,
        "checklist": checklist,
        "catalogue": phone_models,
        "changes": change_requests,
        "servicelevel": service_level,
        "preparedness": preparedness,
    }
    return [(key, factories.get(key) or upcoming(key)) for key in WORKSPACE_KEYS]
