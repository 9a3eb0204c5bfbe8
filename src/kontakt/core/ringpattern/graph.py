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
        if (entry.start is not None and entry.start in pattern.node_by_id
                and entry.start not in label):
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


class NoKeyGraph:
    """The exits followed without a key press, with their strongly connected components
    (Tarjan's algorithm, iterative; components come out in reverse topological order)."""

    def __init__(self, pattern: Pattern) -> None:
        self.pattern = pattern
        self.successors = {
            node_id: tuple(t for t in node.no_key_targets() if t in pattern.node_by_id)
            for node_id, node in pattern.node_by_id.items()}
        self.components = self._tarjan()
        self.cyclic = {v for c in self.components for v in c
                       if len(c) > 1 or v in self.successors[v]}

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
        """One cycle per looping component, from its first node in document order back to
        it (`[a, b, a]`), components in document order."""
        order = {node.id: i for i, node in enumerate(self.pattern.nodes)}
        result = []
        for component in self.components:
            members = set(component)
            if not members & self.cyclic:
                continue
            start = min(component, key=order.__getitem__)
            parent: dict[str, str] = {}
            queue = deque([start])
            while queue:
                v = queue.popleft()
                if start in self.successors[v]:
                    path = [v]
                    while path[-1] != start:
                        path.append(parent[path[-1]])
                    result.append([*reversed(path), start])
                    break
                for w in self.successors[v]:
                    if w in members and w not in parent and w != start:
                        parent[w] = v
                        queue.append(w)
        return sorted(result, key=lambda cycle: order[cycle[0]])

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
        return [(node.id, wait[node.id]) for node in self.pattern.nodes
                if node.type in _WAITS and wait.get(node.id, 0) > limit
                and nodes[node.id] is node]
