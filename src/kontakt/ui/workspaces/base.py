"""What every workspace page offers the main window: a title, retranslation, activation."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget


class Workspace(QWidget):
    """A page of the main window. Subclasses set `key`, build their widgets, and implement
    `title()` and `retranslate()`; `activated()` is called each time the page is shown."""

    key = ""

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every visible text again (called on a language change)."""

    def activated(self) -> None:
        """The page has become the visible one: refresh what may have changed."""

    def may_close(self) -> bool:
        """The window is about to close: False keeps it open (unsaved work the user
        chose to stay with)."""
        return True

    def shut_down(self) -> None:
        """The window is closing: stop and wait for work still running."""

    def undo_stack(self) -> QUndoStack | None:
        """The stack whose edits Edit ▸ Undo acts on while this page is shown."""
        return None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
