"""Pages for workspaces whose tools come in later issues: what they will do, what is here now.

Each says plainly that the tool is not built yet and shows what the database already holds
for it, so a user is neither misled nor left with a blank page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kontakt.core.texts import QT_TRANSLATE_NOOP
from kontakt.ui.workspaces.base import Workspace

if TYPE_CHECKING:
    from kontakt.services.database import Database


@dataclass(frozen=True)
class UpcomingPage:
    key: str
    title: str
    purpose: str
    status: Callable[[], str]
    """What the database holds for this workspace now, already translated."""


NOT_YET = QT_TRANSLATE_NOOP(
    "Workspaces", "This workspace is not ready yet. It comes in a later version of Kontakt."
)


class UpcomingWorkspace(Workspace):
    """A workspace page that describes a tool still to come."""

    def __init__(self, page: UpcomingPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = page.key
        self._page = page
        self._heading = QLabel()
        self._heading.setObjectName("workspaceHeading")
        self._purpose = QLabel()
        self._purpose.setWordWrap(True)
        self._not_yet = QLabel()
        self._not_yet.setWordWrap(True)
        self._not_yet.setObjectName("notYet")
        self._status = QLabel()
        self._status.setWordWrap(True)
        self._status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        for widget in (self._heading, self._purpose, self._not_yet, self._status):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("Workspaces", self._page.title)

    def retranslate(self) -> None:
        self._heading.setText(f"<h2>{self.title()}</h2>")
        self._purpose.setText(QCoreApplication.translate("Workspaces", self._page.purpose))
        self._not_yet.setText(f"<i>{QCoreApplication.translate('Workspaces', NOT_YET)}</i>")
        self._status.setText(self._page.status())

    def activated(self) -> None:
        self._status.setText(self._page.status())


def status_text(db: Database, key: str) -> str:
    """What the database holds for the workspace `key` (phone models, test checklist)."""
    from kontakt.services.overview import overview

    data = overview(db)
    translate = QCoreApplication.translate
    if key == "catalogue":
        return translate("Workspaces", "%n phone model(s) are stored.", "", data.catalogue_models)
    return translate("Workspaces", "%n test run(s) are stored.", "", data.test_runs)
