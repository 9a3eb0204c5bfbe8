"""The drawing of a ring pattern: a card per node, an edge per connected exit, a card per
entry number at the top of its first step.

The `Pattern` is the only truth: `PatternScene.set_pattern` brings the items in line with
a new pattern by node id, touching only the cards whose node or position changed (an edit
gives a new pattern sharing its unchanged nodes, so an identity test finds them), and the
edges into and out of those. Cards are sized and their ports ordered by
`kontakt.core.ringpattern.layout`, the same sizes the automatic layout and
`kontakt pattern layout` use. The scene has no widgets in it, so the command line's export
draws exactly what the window shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Final

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
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
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from kontakt.core.ringpattern.layout import CARD_BASE_HEIGHT, PORT_HEIGHT, card_size, ports
from kontakt.core.ringpattern.layout import rectangles as layout_rectangles
from kontakt.core.ringpattern.messages import phone, word
from kontakt.core.ringpattern.model import MENU_KEYS, Entry, Node, NodeType, Pattern, Strategy
from kontakt.core.severity import Severity
from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate, render
from kontakt.i18n import gui_translate
from kontakt.ui.workspaces.patterns.colours import LIGHT, CanvasColours, for_scheme, system_scheme
from kontakt.ui.workspaces.patterns.comparison import GhostItem, paint_mark

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

STRATEGIES: Final[Mapping[Strategy, str]] = {
    Strategy.SIMULTANEOUS: QT_TRANSLATE_NOOP("PatternCard", "simultaneous"),
    Strategy.SEQUENTIAL: QT_TRANSLATE_NOOP("PatternCard", "sequential"),
    Strategy.ROTATING: QT_TRANSLATE_NOOP("PatternCard", "rotating"),
}
FACTS: Final = QT_TRANSLATE_NOOP("PatternCard", "{members}, {strategy}")
CALENDAR: Final = QT_TRANSLATE_NOOP("PatternCard", "Calendar: {calendar}")
KEY: Final = QT_TRANSLATE_NOOP("PatternCard", "key {key}")
NO_CALENDAR: Final = QT_TRANSLATE_NOOP("PatternCard", "No calendar")


def port_text(port: str, translate: Translate) -> str:
    """A port's label on its card: a menu key, or the exit in words."""
    if port in MENU_KEYS:
        return render(translate, "PatternCard", KEY, {"key": port})
    return word(port, translate)


def facts(node: Node, translate: Translate) -> str:
    """The key facts a card shows under its label."""
    if node.type in (NodeType.GROUP, NodeType.QUEUE):
        members = translate("PatternCard", "%n member(s)", "", len(node.member_ids))
        strategy = translate("PatternCard", STRATEGIES[node.strategy or Strategy.SIMULTANEOUS])
        return render(translate, "PatternCard", FACTS, {"members": members, "strategy": strategy})
    if node.type is NodeType.SCHEDULE:
        if not node.calendar:
            return translate("PatternCard", NO_CALENDAR)
        return render(translate, "PatternCard", CALENDAR, {"calendar": node.calendar})
    if node.type is NodeType.MENU:
        return translate("PatternCard", "%n option(s)", "", len(node.options or {}))
    if node.type is NodeType.FORWARD:
        return phone(node.number or "")
    if node.type is NodeType.VOICEMAIL:
        return node.mailbox or ""
    if node.type is NodeType.ANNOUNCEMENT:
        return node.prompt or ""
    return ""


def _text(text: str, width: float, bold: bool = False) -> QStaticText:
    """One line of text, cut with "…" where it would leave the card."""
    font = QFont()
    font.setBold(bold)
    line = " ".join(text.split())
    static = QStaticText(QFontMetricsF(font).elidedText(line, Qt.TextElideMode.ElideRight, width))
    static.setTextFormat(Qt.TextFormat.PlainText)
    return static


def colours_of(item: QGraphicsItem) -> CanvasColours:
    """The colours `item` is drawn in: its scene's scheme (light outside a scene)."""
    scene = item.scene()
    return scene.colours if isinstance(scene, PatternScene) else LIGHT


def _sketchy(item: QGraphicsItem, painter: QPainter) -> bool:
    """True when the item is drawn so small on screen that its text would be noise (never
    in an export, which is read at any size)."""
    scene = item.scene()
    if isinstance(scene, PatternScene) and scene.exporting:
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
        syncing = isinstance(scene, PatternScene) and scene.syncing
        if (
            change == QGraphicsItem.GraphicsItemChange.ItemPositionChange
            and isinstance(value, QPointF)
            and not syncing  # the document's own positions are kept as they are
        ):
            return QPointF(round(value.x() / GRID) * GRID, round(value.y() / GRID) * GRID)
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged and not syncing:
            assert isinstance(scene, PatternScene)
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


def _targets(node: Node) -> Iterable[tuple[str, str]]:
    """(port, target) of each connected port of `node`."""
    for port in ports(node):
        target = (node.options or {}).get(port) if port not in node.exits else node.exits[port]
        if target is not None:
            yield port, target


class PatternScene(QGraphicsScene):
    """The items of one pattern, kept in step with it by `set_pattern`.

    Signals say what the user did, for the editor to turn into undoable edits: cards
    dropped at new places (`moved`), a port dragged onto a card (`connect_requested`),
    an entry's port dragged onto a card (`entry_connect_requested`)."""

    moved = Signal(dict)
    connect_requested = Signal(str, str, str)
    entry_connect_requested = Signal(str, str)
    rename_requested = Signal(str)
    """A double-click on a card's label."""

    def __init__(self, translate: Translate = gui_translate, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.translate = translate
        self.pattern: Pattern | None = None
        self.cards: dict[str, CardItem] = {}
        self.edges: dict[tuple[str, str], EdgeItem] = {}
        self.incoming: dict[str, set[tuple[str, str]]] = {}
        self.entries: dict[str, EntryItem] = {}
        self.entry_edges: dict[str, EdgeItem] = {}
        self.syncing = False
        self.exporting = False
        self._top = 0.0
        """The top of the highest card: the entries stand above it."""
        self._dragging: tuple[str, str] | None = None  # (node id or "" for an entry, port)
        self._rubber: QGraphicsPathItem | None = None
        self.ghosts: list[GhostItem] = []
        self.colours = LIGHT
        self.set_colour_scheme(system_scheme())

    # -- keeping in step with the pattern --------------------------------------------------
    def set_pattern(self, pattern: Pattern) -> None:
        """Show `pattern`: only the cards whose node or position changed are touched."""
        old = self.pattern
        self.pattern = pattern
        positions: Mapping[str, tuple[float, float]] = pattern.layout or {}
        if any(node_id not in positions for node_id in pattern.node_by_id):
            positions = {i: (r.x, r.y) for i, r in layout_rectangles(pattern).items()}
        old_positions = (old.layout or {}) if old is not None else {}
        changed: set[str] = set()
        self.syncing = True
        try:
            for node_id in [i for i in self.cards if i not in pattern.node_by_id]:
                self._remove_edges_from(node_id)
                self.removeItem(self.cards.pop(node_id))
                changed.add(node_id)
            for node_id, node in pattern.node_by_id.items():
                card = self.cards.get(node_id)
                x, y = positions[node_id]
                if card is None:
                    card = CardItem(node, self.translate)
                    self.cards[node_id] = card
                    self.addItem(card)
                    card.setPos(x, y)
                    changed.add(node_id)
                    continue
                if card.node is not node:
                    card.set_node(node)
                    changed.add(node_id)
                if positions is not old_positions and old_positions.get(node_id) != (x, y):
                    card.setPos(x, y)
                    changed.add(node_id)
            for node_id in changed:
                if node_id in pattern.node_by_id:
                    self._rebuild_edges_from(node_id)
                self._reroute_into(node_id)
            top = min((c.y() for c in self.cards.values()), default=0.0)
            starts = {e.start for e in pattern.entries}
            if (
                old is None
                or pattern.entries is not old.entries
                or top != self._top
                or not starts.isdisjoint(changed)
            ):
                self._top = top
                self._rebuild_entries(pattern)
        finally:
            self.syncing = False

    def _remove_edges_from(self, node_id: str) -> None:
        for key in [k for k in self.edges if k[0] == node_id]:
            edge = self.edges.pop(key)
            self.incoming.get(edge.target, set()).discard(key)
            self.removeItem(edge)

    def _rebuild_edges_from(self, node_id: str) -> None:
        self._remove_edges_from(node_id)
        card = self.cards[node_id]
        for port, target in _targets(card.node):
            if target not in self.cards:
                continue
            edge = EdgeItem(node_id, port, target, self.colours)
            self.edges[(node_id, port)] = edge
            self.incoming.setdefault(target, set()).add((node_id, port))
            self.addItem(edge)
            edge.route(card.port_point(port), self.cards[target].top_point())

    def _reroute_into(self, node_id: str) -> None:
        card = self.cards.get(node_id)
        for key in list(self.incoming.get(node_id, ())):
            edge = self.edges.get(key)
            if edge is None:
                continue
            if card is None:
                self.removeItem(self.edges.pop(key))
                continue
            edge.route(self.cards[edge.source].port_point(edge.port), card.top_point())
        if card is None:
            self.incoming.pop(node_id, None)

    def _rebuild_entries(self, pattern: Pattern) -> None:
        """Place the entry cards above their first steps (the cards of unchanged entries
        are kept and moved) and route their edges."""
        wanted = {e.number: e for e in pattern.entries}
        for number in [n for n, item in self.entries.items() if item.entry is not wanted.get(n)]:
            self.removeItem(self.entries.pop(number))
        for edge in self.entry_edges.values():
            self.removeItem(edge)
        self.entry_edges.clear()
        beside: dict[str, int] = {}
        top = self._top
        for index, entry in enumerate(pattern.entries):
            item = self.entries.get(entry.number)
            if item is None:
                item = EntryItem(entry)
                self.addItem(item)
                self.entries[entry.number] = item
            start = self.cards.get(entry.start or "")
            if start is not None:
                count = beside.get(start.node_id, 0)
                beside[start.node_id] = count + 1
                x = start.x() + count * (ENTRY_WIDTH + GRID)
                y = min(top, start.y()) - ENTRY_HEIGHT - ENTRY_GAP
            else:
                x = index * (ENTRY_WIDTH + GRID)
                y = top - ENTRY_HEIGHT - ENTRY_GAP
            item.setPos(x, y)
            if start is not None:
                edge = EdgeItem("", entry.number, start.node_id, self.colours)
                edge.route(item.port_point(), start.top_point())
                self.addItem(edge)
                self.entry_edges[entry.number] = edge

    def card_moved(self, node_id: str) -> None:
        """A card is being dragged: its edges follow it."""
        card = self.cards[node_id]
        for port, target in _targets(card.node):
            edge = self.edges.get((node_id, port))
            if edge is not None and target in self.cards:
                edge.route(card.port_point(port), self.cards[target].top_point())
        self._reroute_into(node_id)
        for number, edge in self.entry_edges.items():
            if edge.target == node_id:
                edge.route(self.entries[number].port_point(), card.top_point())

    # -- what the scene shows beyond the pattern --------------------------------------------
    def selected_ids(self) -> list[str]:
        """The selected cards' node ids, in document order."""
        chosen = {i.node_id for i in self.selectedItems() if isinstance(i, CardItem)}
        return [i for i in self.cards if i in chosen]

    def select_only(self, node_ids: Iterable[str]) -> None:
        wanted = set(node_ids)
        self.clearSelection()
        for node_id in wanted:
            card = self.cards.get(node_id)
            if card is not None:
                card.setSelected(True)

    def highlight(self, node_ids: Iterable[str], exits: Iterable[tuple[str, str]] = ()) -> None:
        """Mark the cards `node_ids` and the edges `exits` ((node, port)); others unmarked."""
        on = set(node_ids)
        for node_id, card in self.cards.items():
            card.set_highlighted(node_id in on)
        lit = set(exits)
        for key, edge in self.edges.items():
            edge.set_highlighted(key in lit)
        for number, edge in self.entry_edges.items():
            edge.set_highlighted(("", number) in lit)

    def set_colour_scheme(self, scheme: Qt.ColorScheme) -> None:
        """Draw in the colours of `scheme` (the editor follows the system's)."""
        self.set_colours(for_scheme(scheme))

    def set_colours(self, colours: CanvasColours) -> None:
        if colours == self.colours and self.backgroundBrush().style() != Qt.BrushStyle.NoBrush:
            return
        self.colours = colours
        self.setBackgroundBrush(QBrush(QColor(colours.page)))
        for ghost in self.ghosts:
            ghost.colours = colours
        for item in [*self.cards.values(), *self.entries.values(), *self.ghosts]:
            item.update()
        for edge in [*self.edges.values(), *self.entry_edges.values()]:
            edge.colours = colours
            edge.set_highlighted(edge.highlighted)

    def compare(self, marks: Mapping[str, str], ghosts: Iterable[GhostItem]) -> None:
        """Mark the cards `marks` (node id -> sign) and show `ghosts` of removed cards;
        everything else unmarked, earlier ghosts gone (empty arguments end a comparison)."""
        for node_id, card in self.cards.items():
            card.set_mark(marks.get(node_id, ""))
        for ghost in self.ghosts:
            self.removeItem(ghost)
        self.ghosts = list(ghosts)
        for ghost in self.ghosts:
            ghost.colours = self.colours
            self.addItem(ghost)

    @contextmanager
    def printing(self) -> Iterator[None]:
        """While drawing into a file: every card in full, as text and lines rather than
        cached pixels, and without the selection and highlights of the screen."""
        items = [*self.cards.values(), *self.entries.values()]
        selected = self.selectedItems()
        shown = self.colours
        self.clearSelection()
        self.set_colours(LIGHT)  # printed on white paper, whatever the screen shows
        self.exporting = True
        for item in items:
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        try:
            yield
        finally:
            self.exporting = False
            for item in items:
                item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            self.set_colours(shown)
            for item in selected:
                item.setSelected(True)

    def drawing_rect(self) -> QRectF:
        """What there is to draw, with a margin."""
        return self.itemsBoundingRect().adjusted(-GRID, -GRID, GRID, GRID)

    # -- the mouse: drops after a drag, connections from ports -------------------------------
    def _port_under(self, pos: QPointF) -> tuple[str, str] | None:
        for item in self.items(pos):
            if isinstance(item, CardItem):
                port = item.port_at(pos)
                return (item.node_id, port) if port is not None else None
            if isinstance(item, EntryItem):
                local = item.mapFromScene(pos)
                return ("", item.number) if local.y() > ENTRY_HEIGHT * 0.6 else None
        return None

    def card_at(self, pos: QPointF) -> CardItem | None:
        return next((i for i in self.items(pos) if isinstance(i, CardItem)), None)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        card = self.card_at(event.scenePos())
        if card is not None and event.button() == Qt.MouseButton.LeftButton:
            y = card.mapFromScene(event.scenePos()).y()
            if HEADER <= y < HEADER + LABEL_HEIGHT:
                self.rename_requested.emit(card.node_id)
                event.accept()
                return
        super().mouseDoubleClickEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            port = self._port_under(event.scenePos())
            if port is not None:
                self._dragging = port
                self._rubber = QGraphicsPathItem()
                self._rubber.setPen(QPen(QColor(self.colours.highlight), 2, Qt.PenStyle.DashLine))
                self.addItem(self._rubber)
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._dragging is not None and self._rubber is not None:
            node_id, port = self._dragging
            start = (
                self.cards[node_id].port_point(port) if node_id else self.entries[port].port_point()
            )
            path = QPainterPath(start)
            path.lineTo(event.scenePos())
            self._rubber.setPath(path)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._dragging is not None:
            node_id, port = self._dragging
            self._dragging = None
            if self._rubber is not None:
                self.removeItem(self._rubber)
                self._rubber = None
            target = self.card_at(event.scenePos())
            if target is not None:
                if node_id:
                    self.connect_requested.emit(node_id, port, target.node_id)
                else:
                    self.entry_connect_requested.emit(port, target.node_id)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self.report_moves()

    def report_moves(self) -> None:
        """Say which cards stand elsewhere than the pattern has them (after a drag)."""
        if self.pattern is None:
            return
        layout = self.pattern.layout or {}
        moved = {
            node_id: (card.pos().x(), card.pos().y())
            for node_id, card in self.cards.items()
            if layout.get(node_id) != (card.pos().x(), card.pos().y())
        }
        if moved:
            self.moved.emit(moved)
