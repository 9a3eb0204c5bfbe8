"""Finding a card: a field in the editor's toolbar (Ctrl+F) that searches as you type.

Each keystroke chooses the first card whose label or id holds the text (case aside) and
shows it on the canvas; Enter goes on to the next such card, Esc back to the canvas.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

from kontakt.core.ringpattern import Pattern


def matches(pattern: Pattern, text: str) -> list[str]:
    """The ids of the nodes whose label or id holds `text`, in document order."""
    wanted = text.strip().casefold()
    if not wanted:
        return []
    return [
        node.id
        for node in pattern.node_by_id.values()
        if wanted in node.id.casefold() or wanted in (node.label or "").casefold()
    ]


class FindField(QLineEdit):
    """`search(text, step)`: as the text changes (step 0) and on Enter (step 1);
    `left` on Esc."""

    search = Signal(str, int)
    left = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setClearButtonEnabled(True)
        self.setMaximumWidth(240)
        self.textEdited.connect(lambda text: self.search.emit(text, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.search.emit(self.text(), 1)
        elif event.key() == Qt.Key.Key_Escape:
            self.left.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
