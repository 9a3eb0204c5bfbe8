"""Renaming a card in place: a line edit over the card's label on the canvas.

F2 or a double-click on the label opens it with the label chosen; Enter commits the new
label (the editor makes it one undoable edit), Esc or leaving the field cancels. The field
is a child of the view's viewport, not an item in the scene, so the scene stays free of
widgets (the export draws the scene alone).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QGraphicsView, QLineEdit

from kontakt.ui.workspaces.patterns.items import HEADER, LABEL_HEIGHT, CardItem


class InPlaceRename(QLineEdit):
    """The field over a card's label; `committed(node id, label)` on Enter."""

    committed = Signal(str, str)

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.node_id = ""
        self.hide()

    def start(self, card: CardItem) -> None:
        """Edit the label of `card` where it stands on the canvas."""
        self.node_id = card.node_id
        label = QRectF(2, HEADER, card.width - 4, LABEL_HEIGHT)
        where = self.view.mapFromScene(card.mapToScene(label)).boundingRect()
        self.setGeometry(where.adjusted(0, 0, 0, max(0, 24 - where.height())))
        self.setText(card.node.label or "")
        self.setAccessibleName(card.accessible_name())
        self.selectAll()
        self.show()
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            node_id, label = self.node_id, self.text()
            self._end()
            self.committed.emit(node_id, label)
        elif event.key() == Qt.Key.Key_Escape:
            self._end()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.isVisible():
            self.hide()  # left without Enter: nothing changes

    def _end(self) -> None:
        self.hide()
        self.view.setFocus()
