"""Coverage over time: where an unanswered call that presses nothing ends, moment by moment.

Such a call's route depends only on the calendar states its schedules read, each at a
fixed offset into the call. So instead of stepping through the period, the sweep jumps
from one calendar change to the next (shifted by the offset at which the call reads that
calendar), and the routes already computed sit in a small decision tree keyed by the
states read: a route is simulated once per distinct branch, not once per moment.
A period is at most `MAX_COVERAGE_DAYS` long, within `schedule.FIRST_DAY`..`LAST_DAY`.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Final

from kontakt.core.ringpattern.errors import PatternError
from kontakt.core.ringpattern.model import NodeType, Pattern
from kontakt.core.ringpattern.schedule import (
    READ_LAST_DAY,
    CalendarClock,
    CalendarState,
    check_day,
    past_dates,
)
from kontakt.core.ringpattern.simulate import Outcome, Step, walk

_CHUNK_DAYS: Final = 31
MAX_COVERAGE_DAYS: Final = 5 * 365 + 2
"""The longest period (five years) coverage works through: its work and its output grow
with the period."""


@dataclass(frozen=True)
class Interval:
    """From `start` (included) to `end` (excluded), aware, in the pattern's zone."""

    start: datetime
    end: datetime
    state: CalendarState | None
    outcome: Outcome
    route: tuple[str, ...]


@dataclass(frozen=True)
class Coverage:
    entry: str
    intervals: tuple[Interval, ...]


class _Timeline:
    """One calendar's state changes from a given instant on, in POSIX seconds, computed a
    month at a time as far as they are asked for."""

    def __init__(self, clock: CalendarClock, begin: int) -> None:
        self.clock = clock
        self.next_day = datetime.fromtimestamp(begin, clock.zone).date() - timedelta(days=1)
        first = int(datetime.combine(self.next_day, time(), clock.zone).timestamp())
        self.times = [first]
        self.states = [clock.state_at_timestamp(first)]
        self.known_until = first
        self.read_limit = int(
            datetime.combine(READ_LAST_DAY + timedelta(days=1), time(), clock.zone).timestamp()
        )

    def _extend(self) -> None:
        last = self.next_day + timedelta(days=_CHUNK_DAYS)
        for ts in self.clock.candidates(self.next_day, last):
            if ts > self.times[-1]:
                state = self.clock.state_at_timestamp(ts)
                if state is not self.states[-1]:
                    self.times.append(ts)
                    self.states.append(state)
        self.next_day = last + timedelta(days=1)
        self.known_until = int(datetime.combine(self.next_day, time(), self.clock.zone).timestamp())

    def state_at(self, ts: int) -> CalendarState:
        if ts >= self.read_limit:
            raise past_dates()
        while self.known_until <= ts:
            self._extend()
        return self.states[bisect_right(self.times, ts) - 1]

    def next_change(self, ts: int, limit: int) -> int:
        """The first change after `ts`, or `limit` if none comes before it."""
        limit = min(limit, self.read_limit)
        while True:
            i = bisect_right(self.times, ts)
            if i < len(self.times):
                return min(self.times[i], limit)
            if self.known_until > limit:
                return limit
            self._extend()


@dataclass(frozen=True)
class _Route:
    state: CalendarState | None
    outcome: Outcome
    route: tuple[str, ...]
    reads: tuple[tuple[str, int], ...]  # (calendar, seconds into the call) in read order


@dataclass
class _Branch:
    """A decision-tree node: read `calendar` at `offset`, go on by its state."""

    calendar: str
    offset: int
    children: dict[CalendarState, _Branch | _Route] = field(default_factory=dict)


def _route_of(steps: tuple[Step, ...], outcome: Outcome, pattern: Pattern) -> _Route:
    schedules = [s for s in steps if s.type is NodeType.SCHEDULE and s.state is not None]
    route: list[str] = []
    for step in steps:
        if not route or route[-1] != step.node:
            route.append(step.node)
    reads = tuple((pattern.node_by_id[s.node].calendar or "", s.at_s) for s in schedules)
    return _Route(schedules[0].state if schedules else None, outcome, tuple(route), reads)


class Coverer:
    """Coverage for the entries of one pattern; the calendars' change lists are shared
    between entries (for the same first day)."""

    def __init__(self, pattern: Pattern) -> None:
        self.pattern = pattern
        self.zone = pattern.zone
        self._clocks = {name: CalendarClock(c, self.zone) for name, c in pattern.calendars.items()}
        self._timelines: dict[tuple[str, int], _Timeline] = {}

    def _timeline(self, calendar: str, begin: int) -> _Timeline:
        key = (calendar, begin)
        line = self._timelines.get(key)
        if line is None:
            line = self._timelines[key] = _Timeline(self._clocks[calendar], begin)
        return line

    def midnight(self, day: date) -> int:
        """Local midnight at the start of `day` (it exists in every zone Kontakt serves)."""
        return int(datetime.combine(day, time(), self.zone).timestamp())

    def coverage(self, number: str, first: date, last: date) -> Coverage:
        """The route timeline of entry `number` from `first` 00:00 to `last` 24:00, local.

        `PatternError` for an unknown entry, a day out of range, `last` before `first` or
        a period longer than `MAX_COVERAGE_DAYS`."""
        entry = self.pattern.entry(number)
        if entry is None:
            raise PatternError("unknown-entry", {"number": number})
        check_day(first)
        check_day(last)
        period = {"first": first.isoformat(), "last": last.isoformat()}
        if last < first:
            raise PatternError("period-backwards", period)
        days = (last - first).days + 1
        if days > MAX_COVERAGE_DAYS:
            raise PatternError(
                "period-too-long", {**period, "days": days, "most": MAX_COVERAGE_DAYS}
            )
        begin, end = self.midnight(first), self.midnight(last + timedelta(days=1))
        tree: _Branch | _Route | None = None
        pieces: list[tuple[int, _Route]] = []
        t = begin
        while t < end:
            route, tree = self._route_at(entry.start, t, tree, begin)
            following = end
            for calendar, offset in route.reads:
                line = self._timeline(calendar, begin)
                following = min(following, line.next_change(t + offset, end + offset) - offset)
            if not pieces or pieces[-1][1] != route:
                pieces.append((t, route))
            t = following
        ends = [start for start, _ in pieces[1:]] + [end]
        return Coverage(
            number,
            tuple(
                Interval(
                    datetime.fromtimestamp(start, self.zone),
                    datetime.fromtimestamp(stop, self.zone),
                    r.state,
                    r.outcome,
                    r.route,
                )
                for (start, r), stop in zip(pieces, ends, strict=True)
            ),
        )

    def _route_at(
        self, start: str | None, t: int, tree: _Branch | _Route | None, begin: int
    ) -> tuple[_Route, _Branch | _Route]:
        """The route of a call at `t`, from the tree when this branch is known; else walked
        once and added to the tree (which is returned, being new at first)."""
        node = tree
        while isinstance(node, _Branch):
            state = self._timeline(node.calendar, begin).state_at(t + node.offset)
            node = node.children.get(state)
        if node is not None:
            return node, tree or node

        def state_of(calendar: str, offset: int) -> CalendarState:
            return self._timeline(calendar, begin).state_at(t + offset)

        steps, outcome = walk(self.pattern, start, state_of)
        route = _route_of(steps, outcome, self.pattern)
        return route, self._insert(tree, route, t, begin)

    def _insert(
        self, tree: _Branch | _Route | None, route: _Route, t: int, begin: int
    ) -> _Branch | _Route:
        if not route.reads:
            return route
        root = tree if isinstance(tree, _Branch) else _Branch(*route.reads[0])
        branch = root
        for i, (calendar, offset) in enumerate(route.reads):
            state = self._timeline(calendar, begin).state_at(t + offset)
            if i + 1 == len(route.reads):
                branch.children[state] = route
            else:
                child = branch.children.get(state)
                if not isinstance(child, _Branch):
                    child = branch.children[state] = _Branch(*route.reads[i + 1])
                branch = child
        return root


def coverage(pattern: Pattern, number: str, first: date, last: date) -> Coverage:
    """Coverage of one entry from `first` to `last`, both dates included."""
    return Coverer(pattern).coverage(number, first, last)
