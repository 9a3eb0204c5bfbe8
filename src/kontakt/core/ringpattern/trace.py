"""Trace backwards: every way a call can reach a node, or ring a member
(`spec/ringpattern.md`, `kontakt pattern trace`).

A path is a sequence of exits, as the document writes them, from an entry's start node to
the target that visits no node twice. Paths are enumerated depth first over the nodes that
can still reach a target (found once, backwards), so branches that lead nowhere near it
are never walked; their number can still grow exponentially with the pattern (a chain of
menus whose keys all lead to the same next menu), so it is bounded by `MAX_PATHS`.

Each path's `example`, the first minute of the coming year at which a call that keys the
path's presses and that nobody answers follows it, is found the way coverage finds its
intervals: such a call depends on the time only through the calendar states its schedules
read, each at a fixed offset into the call, so the search jumps from one calendar change
to the next instead of stepping minute by minute. The paths of one entry share one sweep
and one tree of what their calls depended on (the states read, the keys taken), so at most
moments a call is looked up rather than walked, and calls that differ only in keys they do
not get to press are looked up once. A call is routed from the path's own entry (with two
entries of one number, the simulator would take the first).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Final, NamedTuple

from kontakt.core.ringpattern.coverage import _Timeline
from kontakt.core.ringpattern.errors import PatternError
from kontakt.core.ringpattern.model import EXIT_KEYS, MENU_KEYS, Entry, Node, NodeType, Pattern
from kontakt.core.ringpattern.schedule import CalendarClock, CalendarState, check_day
from kontakt.core.ringpattern.simulate import walk

MAX_PATHS: Final = 1_000
"""The most paths a trace lists; beyond it the trace is refused with `too-many-paths`
(the command line and the editor both show its message). More is no answer a person can
read, and each path that no minute follows costs a sweep of the whole year."""

_WORK_PER_PATH: Final = 50
"""Nodes the search may step onto per path allowed, before it gives up as too large: a
search whose simple paths turn back before the target could otherwise run long."""

YEAR_DAYS: Final = 366
"""The examples are looked for from 00:00 on the first day up to 00:00 this many days on."""


@dataclass(frozen=True)
class TracePath:
    """One way to the target. `exits[i]` leaves `nodes[i]`; `press` is what the caller
    keys; `example` is an aware local date-time, or None where no minute of the year
    follows the path."""

    entry: str
    nodes: tuple[str, ...]
    exits: tuple[str, ...]
    press: tuple[str, ...]
    example: datetime | None


@dataclass(frozen=True)
class Trace:
    """The paths to a node (`kind` "node") or to the groups and queues that ring a member
    (`kind` "member"), in the spec's order."""

    kind: str
    target: str
    paths: tuple[TracePath, ...]

    @property
    def targets(self) -> frozenset[str]:
        """The nodes the paths end at (what the editor highlights as reached)."""
        return frozenset(p.nodes[-1] for p in self.paths)


def exits_written(node: Node) -> Iterator[tuple[str, str]]:
    """The exits of `node` that the document writes with a target: (exit name, target), a
    menu key named by the key itself."""
    for name in EXIT_KEYS[node.type]:
        target = node.exits.get(name)
        if target is not None:
            yield name, target
    if node.type is NodeType.MENU:
        for key, target in (node.options or {}).items():
            if target is not None:
                yield key, target


def invalid_key(node: Node) -> str | None:
    """The first key a menu has no option for (what a caller presses to be `invalid`)."""
    options = node.options or {}
    return next((key for key in MENU_KEYS if key not in options), None)


def _targets(pattern: Pattern, kind: str, target: str) -> frozenset[str]:
    if kind == "node":
        if pattern.node(target) is None:
            raise PatternError("unknown-node", {"node": target})
        return frozenset({target})
    if kind != "member":
        raise ValueError(kind)
    if target not in pattern.members:
        raise PatternError("unknown-member", {"member": target})
    return frozenset(
        node.id
        for node in pattern.node_by_id.values()
        if node.type in (NodeType.GROUP, NodeType.QUEUE) and target in node.member_ids
    )


def _predecessors(pattern: Pattern) -> dict[str, list[str]]:
    """For each node id, the nodes with an exit written to it."""
    before: dict[str, list[str]] = {}
    for node in pattern.node_by_id.values():
        for _, target in exits_written(node):
            before.setdefault(target, []).append(node.id)
    return before


def _leading_to(before: Mapping[str, list[str]], targets: frozenset[str]) -> frozenset[str]:
    """The nodes from which some exit sequence reaches one of `targets` (themselves too)."""
    found = set(targets)
    todo = list(targets)
    while todo:
        for previous in before.get(todo.pop(), ()):
            if previous not in found:
                found.add(previous)
                todo.append(previous)
    return frozenset(found)


@dataclass(frozen=True)
class _Found:
    entry_index: int
    nodes: tuple[str, ...]
    exits: tuple[str, ...]
    press: tuple[str, ...]
    keyable: bool  # False when an `invalid` exit has no key left to press


def _search(
    pattern: Pattern,
    entry_index: int,
    start: str,
    targets: frozenset[str],
    leading: frozenset[str],
    budget: list[int],
    found: list[_Found],
    limit: int,
) -> None:
    """Depth first over simple paths from `start`, appending each one that ends at a
    target to `found`; a path goes on past a target only towards another one."""
    nodes: list[str] = [start]
    exits: list[str] = []
    on_path = {start}
    stack: list[Iterator[tuple[str, str]]] = []

    def arrive() -> None:
        node_id = nodes[-1]
        if node_id in targets:
            if len(found) >= limit:
                raise PatternError("too-many-paths", {"most": limit})
            press: list[str] = []
            keyable = True
            for at, name in zip(nodes[:-1], exits, strict=True):
                menu = pattern.node_by_id[at]
                if menu.type is not NodeType.MENU or name == "no_input":
                    continue
                key = invalid_key(menu) if name == "invalid" else name
                if key is None:
                    keyable = False
                else:
                    press.append(key)
            found.append(_Found(entry_index, tuple(nodes), tuple(exits), tuple(press), keyable))
        node = pattern.node_by_id[node_id]
        # Past the only target a simple path cannot come back to it.
        stack.append(
            iter([(name, to) for name, to in exits_written(node) if to in leading])
            if node_id not in targets or len(targets) > 1
            else iter(())
        )

    arrive()
    while stack:
        step = next(stack[-1], None)
        if step is None:
            stack.pop()
            on_path.discard(nodes.pop())
            if exits:
                exits.pop()
            continue
        name, to = step
        if to in on_path:
            continue
        budget[0] -= 1
        if budget[0] < 0:
            raise PatternError("too-many-paths", {"most": limit})
        nodes.append(to)
        exits.append(name)
        on_path.add(to)
        arrive()


Route = tuple[str, ...]
"""The nodes of a call's steps, in order."""


@dataclass
class _Read:
    """A branch of the calls already walked: the call reads `calendar` at `offset`
    seconds in, and goes on by its state."""

    calendar: str
    offset: int
    children: dict[CalendarState, _Tree] = field(default_factory=dict)


@dataclass
class _Key:
    """A branch of the calls already walked: the call takes the caller's key number
    `index` (from 0), and goes on by that key (None when the caller keys no more)."""

    index: int
    children: dict[str | None, _Tree] = field(default_factory=dict)


_Tree = _Read | _Key | Route


class _Reading(NamedTuple):
    """A walk read `calendar` at `offset` seconds into the call and found `state`."""

    calendar: str
    offset: int
    state: CalendarState


class _Keying(NamedTuple):
    """A walk took the caller's key number `number` (from 0): `key`, or None when the
    caller keys no more."""

    number: int
    key: str | None


def _minute_up(ts: int) -> int:
    """The first whole minute at or after `ts` (POSIX seconds; the zones Kontakt serves
    are whole minutes off UTC)."""
    return -(-ts // 60) * 60


def _branch(event: _Reading | _Keying) -> _Read | _Key:
    return (
        _Read(event.calendar, event.offset) if isinstance(event, _Reading) else _Key(event.number)
    )


class _Examples:
    """The first minute of the year at which calls follow given paths.

    The calls from one start node, whatever they key, share one tree of what their walks
    depended on (calendar states read, keys taken), so at each moment the sweep looks the
    routes up instead of walking, and calls that differ only in keys they never get to
    press are looked up once.
    """

    def __init__(self, pattern: Pattern, first: date) -> None:
        self.pattern = pattern
        zone = pattern.zone
        self.begin = int(datetime.combine(first, time(), zone).timestamp())
        last = first + timedelta(days=YEAR_DAYS)
        self.end = int(datetime.combine(last, time(), zone).timestamp())
        self._timelines = {
            name: _Timeline(CalendarClock(calendar, zone), self.begin)
            for name, calendar in pattern.calendars.items()
        }
        self._at = self.begin
        self._events: list[_Reading | _Keying] = []

    def _state_of(self, calendar: str, offset: int) -> CalendarState:
        state = self._timelines[calendar].state_at(self._at + offset)
        self._events.append(_Reading(calendar, offset, state))
        return state

    def _keys(self, press: Sequence[str]) -> Iterator[str]:
        for index, key in enumerate(press):
            self._events.append(_Keying(index, key))
            yield key
        self._events.append(_Keying(len(press), None))

    def _walk_into(self, start: str, press: Sequence[str], tree: _Tree | None) -> _Tree:
        """Walk the call at `self._at` keying `press`, and add what it depended on and
        its route to `tree` (returned; new when `tree` is None)."""
        self._events.clear()
        steps, _ = walk(self.pattern, start, self._state_of, self._keys(press))
        route = tuple(step.node for step in steps)
        if not self._events:
            return route
        root = tree if tree is not None else _branch(self._events[0])
        node: _Tree = root
        for event, following in zip(self._events, [*self._events[1:], None], strict=True):
            child: _Tree | None
            if isinstance(node, _Read) and isinstance(event, _Reading):
                child = node.children.get(event.state)
                if child is None:
                    child = route if following is None else _branch(following)
                    node.children[event.state] = child
            elif isinstance(node, _Key) and isinstance(event, _Keying):
                child = node.children.get(event.key)
                if child is None:
                    child = route if following is None else _branch(following)
                    node.children[event.key] = child
            else:  # the same choices made so far lead to the same next choice
                raise AssertionError((node, event))
            node = child
        return root

    def first_minutes(
        self, start: str, paths: Sequence[tuple[Sequence[str], Route]]
    ) -> list[int | None]:
        """For each (press, nodes) in `paths`, the first minute at which a call from node
        `start` keying `press`, answered by nobody, has steps that begin with `nodes`."""
        result: list[int | None] = [None] * len(paths)
        waiting = list(range(len(paths)))
        failed: dict[Route, set[int]] = {}
        tree: _Tree | None = None
        t = self.begin
        while waiting and t < self.end:
            self._at = t
            reads: set[tuple[str, int]] = set()
            todo: list[tuple[_Tree | None, list[int]]] = [(tree, waiting)]
            while todo:
                node, group = todo.pop()
                if node is None:
                    tree = self._walk_into(start, paths[group[0]][0], tree)
                    todo.append((tree, group))
                elif isinstance(node, _Read):
                    reads.add((node.calendar, node.offset))
                    state = self._timelines[node.calendar].state_at(t + node.offset)
                    todo.append((node.children.get(state), group))
                elif isinstance(node, _Key):
                    parts: dict[str | None, list[int]] = {}
                    for i in group:
                        press = paths[i][0]
                        key = press[node.index] if node.index < len(press) else None
                        parts.setdefault(key, []).append(i)
                    todo.extend((node.children.get(key), part) for key, part in parts.items())
                else:
                    seen = failed.setdefault(node, set())
                    for i in group:
                        if i not in seen:
                            if node[: len(paths[i][1])] == paths[i][1]:
                                result[i] = t
                            else:
                                seen.add(i)
            waiting = [i for i in waiting if result[i] is None]
            if not reads:
                break  # no call depends on the time
            following = self.end
            for calendar, offset in reads:
                line = self._timelines[calendar]
                following = min(following, line.next_change(t + offset, self.end + offset) - offset)
            t = _minute_up(following)
        return result


class Tracer:
    """Traces in one pattern; what they share (who leads where, the calendars' changes
    from a first day on) is worked out once, so the editor keeps one per pattern."""

    def __init__(self, pattern: Pattern) -> None:
        self.pattern = pattern
        self._before = _predecessors(pattern)
        self._searches: dict[date, _Examples] = {}

    def trace(self, kind: str, target: str, first: date, limit: int = MAX_PATHS) -> Trace:
        """Every path to node `target` (`kind` "node") or to each group and queue that
        lists member `target` (`kind` "member"), with an example minute in the 366 days
        from `first`.

        `PatternError` `unknown-node` or `unknown-member` for an id the pattern lacks,
        `date-out-of-range` for a `first` outside `schedule.FIRST_DAY`..`LAST_DAY`, and
        `too-many-paths` when there are more than `limit` paths (or the search for them
        would take as long as listing that many)."""
        pattern = self.pattern
        check_day(first)
        targets = _targets(pattern, kind, target)
        leading = _leading_to(self._before, targets)
        found: list[_Found] = []
        budget = [limit * _WORK_PER_PATH]
        for index, entry in enumerate(pattern.entries):
            if entry.start is not None and entry.start in leading:
                _search(pattern, index, entry.start, targets, leading, budget, found, limit)
        found.sort(key=lambda f: (f.entry_index, f.nodes, f.exits))
        examples = self._examples(first, found)
        zone = pattern.zone
        return Trace(
            kind,
            target,
            tuple(
                TracePath(
                    pattern.entries[f.entry_index].number,
                    f.nodes,
                    f.exits,
                    f.press,
                    None if ts is None else datetime.fromtimestamp(ts, zone),
                )
                for f, ts in zip(found, examples, strict=True)
            ),
        )

    def _examples(self, first: date, found: Sequence[_Found]) -> list[int | None]:
        """The example minute of each path: one sweep per entry."""
        by_entry: dict[int, list[int]] = {}
        for i, f in enumerate(found):
            if f.keyable:
                by_entry.setdefault(f.entry_index, []).append(i)
        result: list[int | None] = [None] * len(found)
        if not by_entry:
            return result
        search = self._searches.get(first)
        if search is None:
            search = self._searches[first] = _Examples(self.pattern, first)
        for entry_index, members in by_entry.items():
            entry: Entry = self.pattern.entries[entry_index]
            assert entry.start is not None  # paths start at it
            calls = [(found[i].press, found[i].nodes) for i in members]
            for i, minute in zip(members, search.first_minutes(entry.start, calls), strict=True):
                result[i] = minute
        return result


def trace(
    pattern: Pattern,
    kind: str,
    target: str,
    first: date,
    limit: int = MAX_PATHS,
) -> Trace:
    """One trace (`Tracer.trace`) in `pattern`."""
    return Tracer(pattern).trace(kind, target, first, limit)
