"""A comparison with the current set-up drawn on the canvas, never by colour alone.

Added cards are outlined and marked "+", changed ones "Δ" (`CardItem.mark`); removed ones
stand as dashed ghosts at their old place, marked "−" with their old label. The ghosts
are no cards: they cannot be chosen, moved or connected, and go when the comparison ends.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from kontakt.core.ringpattern import PatternDiff
from kontakt.core.ringpattern.layout import rectangles
from kontakt.ui.workspaces.patterns.colours import LIGHT

ADDED: Final = "+"
CHANGED: Final = "Δ"
REMOVED: Final = "−"
MARK_COLOURS: Final[Mapping[str, str]] = {
    ADDED: "#009E73",
    CHANGED: "#E69F00",
    REMOVED: "#D55E00",
}
"""Okabe–Ito, with the sign beside each colour."""


class GhostItem(QGraphicsItem):
    """A removed node's card, dashed, at its place in the version compared with."""

    def __init__(self, rect: QRectF, label: str) -> None:
        super().__init__()
        self.rect = rect
        self.label = f"{REMOVED} {label}"
        self.colours = LIGHT
        """The scene's colours (it sets them)."""
        self.setPos(rect.topLeft())
        self.setZValue(-2)
        self.setToolTip(self.label)

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, self.rect.width() + 4, self.rect.height() + 4)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        pen = QPen(QColor(MARK_COLOURS[REMOVED]), 2.0, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = QRectF(0, 0, self.rect.width(), self.rect.height())
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(QColor(self.colours.text))
        painter.drawText(box.adjusted(6, 4, -6, -4), Qt.AlignmentFlag.AlignLeft, self.label)


def card_marks(result: PatternDiff) -> dict[str, str]:
    """The mark of each node of the new pattern that differs: added or changed."""
    marks = {node_id: CHANGED for node_id in result.changed["nodes"]}
    marks.update({node_id: ADDED for node_id in result.added["nodes"]})
    return marks


def ghosts(result: PatternDiff) -> list[GhostItem]:
    """A ghost for each removed node, where the old pattern had its card."""
    removed = result.removed["nodes"]
    if not removed:
        return []
    old = rectangles(result.old)
    items = []
    for node_id in removed:
        rect = old[node_id]
        node = result.old.node(node_id)
        label = node.label or node_id if node is not None else node_id
        items.append(GhostItem(QRectF(rect.x, rect.y, rect.w, rect.h), label))
    return items


def paint_mark(painter: QPainter, mark: str, width: float, height: float) -> None:
    """The comparison's sign on a card's top left corner, and an outline in its colour."""
    colour = QColor(MARK_COLOURS[mark])
    painter.setPen(QPen(colour, 3.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(-3, -3, width + 6, height + 6), 8, 8)
    badge = QRectF(-10, -10, 20, 20)
    painter.setPen(QPen(QColor("#000000"), 1))
    painter.setBrush(QBrush(colour))
    painter.drawEllipse(badge)
    painter.setPen(QColor("#000000"))
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, mark)
