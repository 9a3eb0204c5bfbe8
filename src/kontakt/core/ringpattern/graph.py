"""Graph questions the validator asks of a pattern, each answered in linear time.

Only the first node of a duplicated id takes part (the validator reports the duplicate);
exits to missing nodes are left out (reported as `unknown-target`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

from kontakt.core.ringpattern.model import TERMINAL_TYPES, NodeType, Pattern
from kontakt.core.ringpattern.simulate import ring_members

_WAITS = (NodeType.GROUP, NodeType.QUEUE)
_STOPS = TERMINAL_TYPES | {NodeType.ANNOUNCEMENT}


def reachable(pattern: Pattern, starts: Iterable[str | None]) -> set[str]:
    """The node ids reached from `starts` along every exit (keys pressed or not)."""
    seen = {s for s in starts if s is not None and s in pattern.node_by_id}
    queue = deque(seen)
    while queue:
        node = pattern.node_by_id[queue.popleft()]
        for _, target in node.all_exits():
            if target is not None and target not in seen and target in pattern.node_by_id:
                seen.add(target)
                queue.append(target)
    return seen


def silent_hangups(pattern: Pattern) -> list[tuple[str, str]]:
    """(hang-up node, an entry number reaching it) for each hang-up that some entry
    reaches without passing an announcement."""
    label: dict[str, str] = {}
    queue: deque[str] = deque()
    for entry in pattern.entries:
        if (
            entry.start is not None
            and entry.start in pattern.node_by_id
            and entry.start not in label
        ):
            label[entry.start] = entry.number
            queue.append(entry.start)
    found = []
    while queue:
        node = pattern.node_by_id[queue.popleft()]
        if node.type is NodeType.HANGUP:
            found.append((node.id, label[node.id]))
        if node.type is NodeType.ANNOUNCEMENT:
            continue
        for _, target in node.all_exits():
            if target is not None and target in pattern.node_by_id and target not in label:
                label[target] = label[node.id]
                queue.append(target)
    order = {node.id: i for i, node in enumerate(pattern.nodes)}
    return sorted(found, key=lambda item: order[item[0]])


MAX_CYCLES = 100
"""Cycles reported at most per looping component."""
MAX_STEPS = 50_000
"""Edges followed at most per component while looking for its cycles."""


class NoKeyGraph:
    """The exits followed without a key press, with their strongly connected components
    (Tarjan's algorithm, iterative; components come out in reverse topological order)."""

    def __init__(self, pattern: Pattern) -> None:
        self.pattern = pattern
        self.successors = {
            node_id: tuple(t for t in node.no_key_targets() if t in pattern.node_by_id)
            for node_id, node in pattern.node_by_id.items()
        }
        self.components = self._tarjan()
        self.cyclic = {
            v for c in self.components for v in c if len(c) > 1 or v in self.successors[v]
        }

    def _tarjan(self) -> list[list[str]]:
        index: dict[str, int] = {}
        low: dict[str, int] = {}
        stack: list[str] = []
        on_stack: set[str] = set()
        components: list[list[str]] = []
        for root in self.successors:
            if root in index:
                continue
            work = [(root, 0)]
            while work:
                v, i = work.pop()
                if i == 0:
                    index[v] = low[v] = len(index)
                    stack.append(v)
                    on_stack.add(v)
                successors = self.successors[v]
                if i < len(successors):
                    work.append((v, i + 1))
                    w = successors[i]
                    if w not in index:
                        work.append((w, 0))
                    elif w in on_stack:
                        low[v] = min(low[v], index[w])
                    continue
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[v])
                if low[v] == index[v]:
                    component = []
                    while True:
                        w = stack.pop()
                        on_stack.discard(w)
                        component.append(w)
                        if w == v:
                            break
                    components.append(component)
        return components

    def cycles(self) -> list[list[str]]:
        """Every elementary cycle (`[a, b, a]`, from its first node in document order),
        in document order. A component with very many cycles is reported up to
        `MAX_CYCLES` of them, so a pathological pattern cannot stall the validator."""
        order = {node.id: i for i, node in enumerate(self.pattern.nodes)}
        result = []
        for component in self.components:
            members = set(component)
            if members & self.cyclic:
                result += self._elementary_cycles(sorted(members, key=order.__getitem__))
        return sorted(result, key=lambda cycle: [order[v] for v in cycle])

    def _elementary_cycles(self, nodes: list[str]) -> list[list[str]]:
        """The simple cycles within one component: for each start node, the paths back to
        it through later nodes only, so each cycle is found once (from its first node)."""
        rank = {v: i for i, v in enumerate(nodes)}
        found: list[list[str]] = []
        steps = 0
        for start in nodes:
            path = [start]
            on_path = {start}
            stack = [iter(self.successors[start])]
            while stack:
                w = next(stack[-1], None)
                if w is None:
                    stack.pop()
                    on_path.discard(path.pop())
                    continue
                steps += 1
                if steps > MAX_STEPS or len(found) >= MAX_CYCLES:
                    return found
                if w == start:
                    found.append([*path, start])
                elif w in rank and rank[w] > rank[start] and w not in on_path:
                    path.append(w)
                    on_path.add(w)
                    stack.append(iter(self.successors[w]))
        return found

    def long_waits(self, limit: int) -> list[tuple[str, int]]:
        """(group or queue, seconds) for each group or queue from which a caller who
        presses nothing and whom nobody answers can spend more than `limit` seconds ringing
        and queueing before an announcement or a terminal node. Loops are left out (they
        are `endless-loop`s)."""
        nodes = self.pattern.node_by_id
        wait: dict[str, int] = {}
        for component in self.components:  # successors come before predecessors
            v = component[0]
            node = nodes[v]
            if v in self.cyclic or node.type in _STOPS:
                continue
            own = 0
            if node.type in _WAITS:
                known = [m for m in node.member_ids if m in self.pattern.members]
                own = ring_members(node, known, None)[2]
            wait[v] = own + max((wait.get(w, 0) for w in self.successors[v]), default=0)
        return [
            (node.id, wait[node.id])
            for node in self.pattern.nodes
            if node.type in _WAITS and wait.get(node.id, 0) > limit and nodes[node.id] is node
        ]
