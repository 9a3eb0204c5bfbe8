"""Where each node's card goes on the canvas: the document's positions, and an automatic
layered layout (top to bottom from the entries, few crossings) for the rest.

Scene units, y growing down the page; a document position `[x, y]` is the top-left corner
of the node's card, whose size is `card_size` (the editor draws cards that size too).

The automatic layout gives each node a layer (longest path from the entries, with the
edges that close a cycle set aside, so that calls flow downwards) and lets igraph's
`layout_sugiyama` order the nodes within each layer to reduce crossings. Measured on the
1,000-node benchmark pattern: igraph about 60 ms, grandalf (pure Python) 1.1 s. igraph
1.0.0 crashed in its C core on a pattern of many separate parts once dummy vertices were
needed, so each connected part is laid out on its own and the parts are set side by side.
Only the real vertices' coordinates are used; the layers are spaced by the tallest card in
them and the columns by the widest card, then pushed apart where cards would still touch.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Final

from kontakt.core.ringpattern.model import EXIT_KEYS, MENU_KEYS, Node, Pattern, frozen

CARD_WIDTH: Final = 180.0
CARD_BASE_HEIGHT: Final = 60.0
PORT_HEIGHT: Final = 18.0
GAP_X: Final = 40.0
"""Between two cards side by side (and between separate parts of the pattern)."""
GAP_Y: Final = 60.0
"""Between two layers: room for the edges to bend."""

Size = tuple[float, float]


@dataclass(frozen=True)
class Rect:
    """A card's rectangle: top-left corner and size."""

    x: float
    y: float
    w: float
    h: float

    def overlaps(self, other: Rect) -> bool:
        """True when the two share more than an edge."""
        return (
            self.x < other.x + other.w
            and other.x < self.x + self.w
            and self.y < other.y + other.h
            and other.y < self.y + self.h
        )


def ports(node: Node) -> tuple[str, ...]:
    """The card's output ports, top to bottom: the menu's keys (in keypad order, those it
    has), then the type's named exits, connected or not."""
    keys = tuple(k for k in MENU_KEYS if k in (node.options or {}))
    return keys + EXIT_KEYS[node.type]


def card_size(node: Node) -> Size:
    """The size of a node's card: one width, taller by one row per port."""
    return CARD_WIDTH, CARD_BASE_HEIGHT + PORT_HEIGHT * len(ports(node))


def _successors(node: Node, known: Collection[str]) -> Iterator[str]:
    for _, target in node.all_exits():
        if target is not None and target in known and target != node.id:
            yield target


def _roots(pattern: Pattern, ids: list[str], edges: Mapping[str, list[str]]) -> list[str]:
    """Where the layering starts: the entries' start nodes, then nodes nothing leads to,
    then (for parts that are only cycles) each node not yet reached, in document order."""
    chosen = set(ids)
    incoming = {target for targets in edges.values() for target in targets}
    starts = [e.start for e in pattern.entries if e.start is not None and e.start in chosen]
    return list(dict.fromkeys([*starts, *(i for i in ids if i not in incoming), *ids]))


def _layers(pattern: Pattern, ids: list[str], edges: Mapping[str, list[str]]) -> dict[str, int]:
    """Longest-path layers over the edges that do not close a cycle (found depth first
    from the roots); each root not reached before starts at layer 0."""
    forward: dict[str, list[str]] = {i: [] for i in ids}
    state: dict[str, int] = {}  # 1 on the depth-first path, 2 done
    order: list[str] = []  # finishing order
    for root in _roots(pattern, ids, edges):
        if root in state:
            continue
        state[root] = 1
        stack = [(root, iter(edges[root]))]
        while stack:
            node_id, targets = stack[-1]
            target = next(targets, None)
            if target is None:
                state[node_id] = 2
                order.append(node_id)
                stack.pop()
            elif target not in state:
                forward[node_id].append(target)
                state[target] = 1
                stack.append((target, iter(edges[target])))
            elif state[target] == 2:
                forward[node_id].append(target)  # a cross or forward edge
    layer = dict.fromkeys(ids, 0)
    for node_id in reversed(order):  # a topological order of the forward edges
        for target in forward[node_id]:
            layer[target] = max(layer[target], layer[node_id] + 1)
    return layer


def _columns(
    ids: list[str], edges: Mapping[str, list[str]], layer: Mapping[str, int]
) -> list[float]:
    """igraph's Sugiyama x of each node of one connected part (in `ids` order)."""
    if len(ids) == 1:
        return [0.0]
    import igraph  # 50 ms to import: only when laying out

    index = {node_id: i for i, node_id in enumerate(ids)}
    pairs = [(index[s], index[t]) for s in ids for t in edges[s]]
    graph = igraph.Graph(n=len(ids), edges=pairs, directed=True)
    coords = graph.layout_sugiyama(layers=[layer[i] for i in ids]).coords
    return [float(coords[i][0]) for i in range(len(ids))]


def _parts(ids: list[str], edges: Mapping[str, list[str]]) -> list[list[str]]:
    """The connected parts (edges taken both ways), each in document order, ordered by
    their first node."""
    neighbours: dict[str, set[str]] = {i: set() for i in ids}
    for source, targets in edges.items():
        for target in targets:
            neighbours[source].add(target)
            neighbours[target].add(source)
    part_of: dict[str, int] = {}
    count = 0
    for node_id in ids:
        if node_id in part_of:
            continue
        part_of[node_id] = count
        todo = [node_id]
        while todo:
            for other in neighbours[todo.pop()]:
                if other not in part_of:
                    part_of[other] = count
                    todo.append(other)
        count += 1
    parts: list[list[str]] = [[] for _ in range(count)]
    for node_id in ids:
        parts[part_of[node_id]].append(node_id)
    return parts


def automatic(
    pattern: Pattern,
    sizes: Mapping[str, Size] | None = None,
    only: Iterable[str] | None = None,
) -> dict[str, Rect]:
    """A layered layout of the nodes `only` (default: all), from (0, 0) rightwards and
    downwards; `sizes` overrides `card_size` per node id. Edges to other nodes are left out."""
    by_id = pattern.node_by_id
    ids = list(by_id) if only is None else [i for i in dict.fromkeys(only) if i in by_id]
    chosen = set(ids)
    edges = {i: list(dict.fromkeys(_successors(by_id[i], chosen))) for i in ids}
    size = {i: (sizes or {}).get(i) or card_size(by_id[i]) for i in ids}
    rects: dict[str, Rect] = {}
    left = 0.0
    for part in _parts(ids, edges):
        layer = _layers(pattern, part, edges)
        xs = _columns(part, edges, layer)
        column = max(size[i][0] for i in part) + GAP_X
        heights: dict[int, float] = {}
        for node_id in part:
            heights[layer[node_id]] = max(heights.get(layer[node_id], 0.0), size[node_id][1])
        tops: dict[int, float] = {}
        y = 0.0
        for number in range(max(heights) + 1):
            tops[number] = y
            y += heights.get(number, 0.0) + GAP_Y
        by_layer: dict[int, list[tuple[float, str]]] = {}
        for node_id, x in zip(part, xs, strict=True):
            by_layer.setdefault(layer[node_id], []).append((x * column, node_id))
        lowest = min(x for x, _ in (p for row in by_layer.values() for p in row))
        right = left
        for number, row in by_layer.items():
            edge = -float("inf")
            for x, node_id in sorted(row):
                w, h = size[node_id]
                at = max(left + x - lowest, edge)
                rects[node_id] = Rect(round(at), tops[number], w, h)
                edge = rects[node_id].x + w + GAP_X
                right = max(right, edge)
        left = right
    return rects


def rectangles(pattern: Pattern, sizes: Mapping[str, Size] | None = None) -> dict[str, Rect]:
    """Each node's card (document order): at its position in the document's `layout`
    where it has one; the others laid out automatically, to the right of those."""
    by_id = pattern.node_by_id
    placed = {i: xy for i, xy in (pattern.layout or {}).items() if i in by_id}
    rects = {
        i: Rect(x, y, *((sizes or {}).get(i) or card_size(by_id[i])))
        for i, (x, y) in placed.items()
    }
    missing = [i for i in by_id if i not in placed]
    if missing:
        left = max((r.x + r.w + GAP_X for r in rects.values()), default=0.0)
        top = min((r.y for r in rects.values()), default=0.0)
        for i, r in automatic(pattern, sizes, missing).items():
            rects[i] = Rect(r.x + left, r.y + top, r.w, r.h)
    return {i: rects[i] for i in by_id}


def with_layout(
    pattern: Pattern, sizes: Mapping[str, Size] | None = None, *, again: bool = False
) -> Pattern:
    """`pattern` with a position for every node in its `layout`: the missing ones laid out
    automatically, or (`again`) all of them anew."""
    source = replace(pattern, layout=None) if again else pattern
    rects = rectangles(source, sizes)
    layout = {} if again else dict(pattern.layout or {})
    layout.update({i: (r.x, r.y) for i, r in rects.items()})
    return replace(pattern, layout=frozen(layout))
