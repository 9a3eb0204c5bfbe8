"""The drawing of a ring pattern: a card per node, an edge per connected exit, a card per
entry number at the top of its first step.

The `Pattern` is the only truth: `PatternScene.set_pattern` brings the items in line with
a new pattern by node id, touching only the cards whose node or position changed (an edit
gives a new pattern sharing its unchanged nodes, so an identity test finds them), and the
edges into and out of those. Cards are sized and their ports ordered by
`kontakt.core.ringpattern.layout`, the same sizes the automatic layout and
`kontakt pattern layout` use. The scene has no widgets in it, so the command line's export
draws exactly what the window shows. The items are in `items`, the words on them in
`card_text`, the colours in `colours`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsSceneMouseEvent

from kontakt.core.ringpattern.layout import ports
from kontakt.core.ringpattern.layout import rectangles as layout_rectangles
from kontakt.core.ringpattern.model import Node, Pattern
from kontakt.core.texts import Translate
from kontakt.i18n import gui_translate
from kontakt.ui.workspaces.patterns.colours import LIGHT, CanvasColours, for_scheme, system_scheme
from kontakt.ui.workspaces.patterns.comparison import GhostItem
from kontakt.ui.workspaces.patterns.items import (
    ENTRY_GAP,
    ENTRY_HEIGHT,
    ENTRY_WIDTH,
    GRID,
    HEADER,
    LABEL_HEIGHT,
    CanvasScene,
    CardItem,
    EdgeItem,
    EntryItem,
)


def _targets(node: Node) -> Iterable[tuple[str, str]]:
    """(port, target) of each connected port of `node`."""
    for port in ports(node):
        target = (node.options or {}).get(port) if port not in node.exits else node.exits[port]
        if target is not None:
            yield port, target


class PatternScene(CanvasScene):
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
        self._top = 0.0
        """The top of the highest card: the entries stand above it."""
        self._dragging: tuple[str, str] | None = None  # (node id or "" for an entry, port)
        self._rubber: QGraphicsPathItem | None = None
        self.ghosts: list[GhostItem] = []
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
