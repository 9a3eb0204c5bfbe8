"""The items of the canvas: a card per node, a card per entry number, an edge per exit.

Each draws itself from its node (sizes and ports from `kontakt.core.ringpattern.layout`,
words from `card_text`) in the colours of its scene's scheme, with the detail its scale
allows; `scene.PatternScene` keeps them in step with the pattern.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QStaticText,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

from kontakt.core.ringpattern.layout import CARD_BASE_HEIGHT, PORT_HEIGHT, card_size, ports
from kontakt.core.ringpattern.messages import phone, word
from kontakt.core.ringpattern.model import Entry, Node, NodeType
from kontakt.core.severity import Severity
from kontakt.core.texts import Translate
from kontakt.ui.workspaces.patterns.card_text import facts, port_text
from kontakt.ui.workspaces.patterns.colours import LIGHT, CanvasColours
from kontakt.ui.workspaces.patterns.comparison import paint_mark

GRID: Final = 20.0
"""Cards snap to this grid (scene units)."""
ENTRY_WIDTH: Final = 180.0
ENTRY_HEIGHT: Final = 44.0
ENTRY_GAP: Final = 36.0
"""Between an entry card and the card of its first step."""
DETAIL_BELOW: Final = 0.4
"""Below this scale a card is drawn as its box and colour only, without text."""
HEADER: Final = 22.0
LABEL_HEIGHT: Final = 19.0
"""The label's row, under the header (where a double-click renames)."""

# Okabe–Ito: told apart by the common colour-blindnesses; the type is also in words.
TYPE_COLOURS: Final[Mapping[NodeType, str]] = {
    NodeType.SCHEDULE: "#E69F00",
    NodeType.MENU: "#56B4E9",
    NodeType.GROUP: "#009E73",
    NodeType.QUEUE: "#0072B2",
    NodeType.ANNOUNCEMENT: "#F0E442",
    NodeType.VOICEMAIL: "#CC79A7",
    NodeType.FORWARD: "#D55E00",
    NodeType.HANGUP: "#999999",
}
TYPE_GLYPHS: Final[Mapping[NodeType, str]] = {
    NodeType.SCHEDULE: "◷",
    NodeType.MENU: "☰",
    NodeType.GROUP: "☎",
    NodeType.QUEUE: "⋯",
    NodeType.ANNOUNCEMENT: "♪",
    NodeType.VOICEMAIL: "✉",
    NodeType.FORWARD: "➜",
    NodeType.HANGUP: "✕",
}
SEVERITY_COLOURS: Final[Mapping[Severity, str]] = {
    Severity.ERROR: "#D55E00",
    Severity.WARNING: "#E69F00",
    Severity.INFO: "#0072B2",
}
SEVERITY_SIGNS: Final[Mapping[Severity, str]] = {
    Severity.ERROR: "✖",
    Severity.WARNING: "▲",
    Severity.INFO: "●",
}


def _text(text: str, width: float, bold: bool = False) -> QStaticText:
    """One line of text, cut with "…" where it would leave the card."""
    font = QFont()
    font.setBold(bold)
    line = " ".join(text.split())
    static = QStaticText(QFontMetricsF(font).elidedText(line, Qt.TextElideMode.ElideRight, width))
    static.setTextFormat(Qt.TextFormat.PlainText)
    return static


class CanvasScene(QGraphicsScene):
    """What the items ask of the scene they are in (`PatternScene` is the one)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.colours = LIGHT
        self.syncing = False
        """True while the scene itself places cards (their moves are no user's moves)."""
        self.exporting = False
        """True while drawing into a file: every card in full, whatever the scale."""

    def card_moved(self, node_id: str) -> None:
        """A card is being dragged by the user: the scene makes its edges follow."""


def colours_of(item: QGraphicsItem) -> CanvasColours:
    """The colours `item` is drawn in: its scene's scheme (light outside a scene)."""
    scene = item.scene()
    return scene.colours if isinstance(scene, CanvasScene) else LIGHT


def _sketchy(item: QGraphicsItem, painter: QPainter) -> bool:
    """True when the item is drawn so small on screen that its text would be noise (never
    in an export, which is read at any size)."""
    scene = item.scene()
    if isinstance(scene, CanvasScene) and scene.exporting:
        return False
    lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
    return lod < DETAIL_BELOW


class CardItem(QGraphicsItem):
    """A node's card: type glyph and word, label, facts, one labelled port per exit."""

    def __init__(self, node: Node, translate: Translate) -> None:
        super().__init__()
        self.translate = translate
        self.node = node
        self.badge: Severity | None = None
        self.badge_text = ""
        self.highlighted = False
        self.mark = ""
        """The comparison's sign: `comparison.ADDED`, `CHANGED`, or none."""
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.set_node(node)

    @property
    def node_id(self) -> str:
        return self.node.id

    def set_node(self, node: Node) -> None:
        self.prepareGeometryChange()
        self.node = node
        self.width, self.height = card_size(node)
        self.ports = ports(node)
        inner = self.width - 12
        self.type_text = _text(f"{TYPE_GLYPHS[node.type]} {word(node.type, self.translate)}", inner)
        self.label_text = _text(node.label or node.id, inner, bold=True)
        self.facts_text = _text(facts(node, self.translate), inner)
        self.port_texts = [_text(port_text(p, self.translate), inner - 10) for p in self.ports]
        self.setToolTip(self.accessible_name())
        self.update()

    def accessible_name(self) -> str:
        """What the card says, in one line (its tooltip, and the outline's text)."""
        parts = [self.node.label or self.node.id, word(self.node.type, self.translate)]
        fact = facts(self.node, self.translate)
        return " – ".join([*parts, fact] if fact else parts)

    def set_badge(self, severity: Severity | None, text: str = "") -> None:
        self.badge = severity
        self.badge_text = text
        self.update()

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def set_mark(self, mark: str) -> None:
        if mark != self.mark:
            self.mark = mark
            self.update()

    def boundingRect(self) -> QRectF:
        # Room for the badges that stand over the card's top corners.
        return QRectF(-12, -12, self.width + 24, self.height + 24)

    def port_point(self, port: str) -> QPointF:
        """Where the port's edge leaves the card (scene coordinates)."""
        row = self.ports.index(port) if port in self.ports else 0
        local = QPointF(self.width, CARD_BASE_HEIGHT + PORT_HEIGHT * (row + 0.5))
        return self.mapToScene(local)

    def top_point(self) -> QPointF:
        """Where edges into the card end (scene coordinates)."""
        return self.mapToScene(QPointF(self.width / 2, 0))

    def port_at(self, scene_pos: QPointF) -> str | None:
        """The port whose row (its right half) is under `scene_pos`, if any."""
        local = self.mapFromScene(scene_pos)
        row = int((local.y() - CARD_BASE_HEIGHT) // PORT_HEIGHT)
        if local.y() < CARD_BASE_HEIGHT or not 0 <= row < len(self.ports):
            return None
        return self.ports[row] if local.x() >= self.width / 2 else None

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        colours = colours_of(self)
        base = QColor(colours.card)
        text = QColor(colours.text)
        colour = QColor(TYPE_COLOURS[self.node.type])
        box = QRectF(0, 0, self.width, self.height)
        selected = self.isSelected()
        outline = QPen(QColor(colours.highlight if self.highlighted or selected else colours.line))
        outline.setWidthF(4.0 if self.highlighted else 2.5 if selected else 1.0)
        if selected and not self.highlighted:
            outline.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(outline)
        painter.setBrush(QBrush(base))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colour))
        painter.drawRoundedRect(QRectF(1, 1, self.width - 2, HEADER), 5, 5)
        if _sketchy(self, painter):
            return
        painter.setPen(QColor("#000000"))
        painter.drawStaticText(QPointF(6, 3), self.type_text)
        painter.setPen(text)
        bold = QFont(painter.font())
        bold.setBold(True)
        plain = painter.font()
        painter.setFont(bold)
        painter.drawStaticText(QPointF(6, HEADER + 1), self.label_text)
        painter.setFont(plain)
        painter.drawStaticText(QPointF(6, HEADER + LABEL_HEIGHT), self.facts_text)
        dot = QColor(text)
        for row, static in enumerate(self.port_texts):
            top = CARD_BASE_HEIGHT + PORT_HEIGHT * row
            painter.setPen(QPen(QColor(colours.line), 0.5))
            painter.drawLine(QPointF(4, top), QPointF(self.width - 4, top))
            painter.setPen(text)
            width = static.size().width()
            painter.drawStaticText(QPointF(self.width - 12 - width, top + 1), static)
            painter.setBrush(QBrush(dot))
            painter.drawEllipse(QPointF(self.width, top + PORT_HEIGHT / 2), 3.5, 3.5)
        if self.badge is not None:
            self._paint_badge(painter)
        if self.mark:
            paint_mark(painter, self.mark, self.width, self.height)

    def _paint_badge(self, painter: QPainter) -> None:
        assert self.badge is not None
        sign = SEVERITY_SIGNS[self.badge]
        word_text = f"{sign} {self.badge_text}"
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        width = metrics.horizontalAdvance(word_text) + 10
        rect = QRectF(self.width - width - 2, -10, width, 18)
        painter.setPen(QPen(QColor("#000000"), 1))
        painter.setBrush(QBrush(QColor(SEVERITY_COLOURS[self.badge])))
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QColor("#000000" if self.badge is Severity.WARNING else "#FFFFFF"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, word_text)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        scene = self.scene()
        syncing = isinstance(scene, CanvasScene) and scene.syncing
        if (
            change == QGraphicsItem.GraphicsItemChange.ItemPositionChange
            and isinstance(value, QPointF)
            and not syncing  # the document's own positions are kept as they are
        ):
            return QPointF(round(value.x() / GRID) * GRID, round(value.y() / GRID) * GRID)
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged and not syncing:
            assert isinstance(scene, CanvasScene)
            scene.card_moved(self.node_id)
        return super().itemChange(change, value)


class EntryItem(QGraphicsItem):
    """An entry number's card above its first step, with one port (`start`)."""

    def __init__(self, entry: Entry) -> None:
        super().__init__()
        self.entry = entry
        number, label = entry.number, entry.label
        self.number = number
        self.number_text = _text(phone(number), ENTRY_WIDTH - 24, bold=True)
        self.label_text = _text(label or "", ENTRY_WIDTH - 24)
        self.setToolTip(f"{label} – {phone(number)}" if label else phone(number))
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, ENTRY_WIDTH + 4, ENTRY_HEIGHT + 4)

    def port_point(self) -> QPointF:
        return self.mapToScene(QPointF(ENTRY_WIDTH / 2, ENTRY_HEIGHT))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        colours = colours_of(self)
        painter.setPen(QPen(QColor(colours.text), 1.5))
        painter.setBrush(QBrush(QColor(colours.entry)))
        painter.drawRoundedRect(QRectF(0, 0, ENTRY_WIDTH, ENTRY_HEIGHT), ENTRY_HEIGHT / 2, 20)
        if _sketchy(self, painter):
            return
        bold = QFont(painter.font())
        bold.setBold(True)
        plain = painter.font()
        painter.setFont(bold)
        painter.drawStaticText(QPointF(16, 4), self.number_text)
        painter.setFont(plain)
        painter.drawStaticText(QPointF(16, 22), self.label_text)


class EdgeItem(QGraphicsPathItem):
    """An exit's path: a cubic curve from its port to the top of the card it leads to."""

    def __init__(self, source: str, port: str, target: str, colours: CanvasColours) -> None:
        super().__init__()
        self.source = source
        self.port = port
        self.target = target
        self.colours = colours
        self.setZValue(-1)
        self.set_highlighted(False)

    def set_highlighted(self, on: bool) -> None:
        self.highlighted = on
        colours = self.colours
        colour = QColor(colours.highlight if on else colours.line)
        pen = QPen(colour, 4.0 if on else 1.2)
        self.setPen(pen)
        self.setZValue(-0.5 if on else -1)

    def route(self, start: QPointF, end: QPointF) -> None:
        # Plain coordinates: PySide6's QPointF operators miscounted references to None
        # and crashed after some thousand edges.
        x0, y0, x1, y1 = start.x(), start.y(), end.x(), end.y()
        bend = max(40.0, abs(y1 - y0) / 2)
        path = QPainterPath()
        path.moveTo(x0, y0)
        path.cubicTo(x0 + bend, y0, x1, y1 - bend, x1, y1)
        # An arrow head at the target, pointing down into the card.
        path.moveTo(x1, y1)
        path.lineTo(x1 - 5, y1 - 9)
        path.moveTo(x1, y1)
        path.lineTo(x1 + 5, y1 - 9)
        self.setPath(path)
