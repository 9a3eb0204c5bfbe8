"""The service-level figures, exactly as `spec/servicelevel.md` ("Figures") defines them.

Calls in open time are counted per target (the queue or group that handled them, and the
entry number when a target is set for it) in cells of one date and hour; days, ISO weeks,
months, hours of the week and the whole period are sums of those cells, so each figure is
computed once from the same counts. A rate whose denominator is 0 is None. Calls in closed
or holiday time are counted apart, per hour of the week.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache

from kontakt.core.phone_text import national_form
from kontakt.core.ringpattern.model import NodeType, Pattern
from kontakt.core.ringpattern.schedule import CalendarClock, CalendarState
from kontakt.core.servicelevel.erlang import agents_needed
from kontakt.core.servicelevel.records import CallRecords, Result

DEFAULT_SHORT_ABANDON_S = 5


@dataclass(frozen=True)
class Goal:
    """A target's figures: `percent` answered within `within_s`, the highest abandon rate
    and the lowest answer rate (percentages). The defaults are the spec's."""

    percent: float = 80.0
    within_s: int = 20
    max_abandon_percent: float = 5.0
    min_answer_percent: float = 90.0


@dataclass(frozen=True)
class Figures:
    """The figures of one target over one period or cell."""

    offered: int
    answered: int
    answered_within: int
    abandoned: int
    short_abandoned: int
    service_level: float | None
    answer_rate: float | None
    abandon_rate: float | None
    asa_s: float | None
    p90_wait_s: float | None
    longest_wait_s: float | None
    aht_s: float | None
    meets: bool


class _Counts:
    """Counts and sums of one cell, merged upward into days, weeks and the period."""

    __slots__ = (
        "abandoned",
        "answered",
        "longest",
        "offered",
        "short",
        "talk",
        "wait",
        "waits",
        "within",
    )

    def __init__(self) -> None:
        self.offered = self.answered = self.within = self.abandoned = self.short = 0
        self.wait = self.talk = 0.0
        self.longest: float | None = None
        self.waits: list[float] = []

    def add(self, other: _Counts) -> None:
        self.offered += other.offered
        self.answered += other.answered
        self.within += other.within
        self.abandoned += other.abandoned
        self.short += other.short
        self.wait += other.wait
        self.talk += other.talk
        if other.longest is not None and (self.longest is None or other.longest > self.longest):
            self.longest = other.longest
        self.waits.extend(other.waits)

    def figures(self, goal: Goal) -> Figures:
        base = self.offered - self.short
        level = self.within / base if base else None
        answer = self.answered / base if base else None
        abandon = (self.abandoned - self.short) / base if base else None
        waits = sorted(self.waits)
        meets = (
            base > 0
            and self.within * 100 >= goal.percent * base - 1e-9
            and (self.abandoned - self.short) * 100 <= goal.max_abandon_percent * base + 1e-9
            and self.answered * 100 >= goal.min_answer_percent * base - 1e-9
        )
        return Figures(
            offered=self.offered,
            answered=self.answered,
            answered_within=self.within,
            abandoned=self.abandoned,
            short_abandoned=self.short,
            service_level=level,
            answer_rate=answer,
            abandon_rate=abandon,
            asa_s=self.wait / self.answered if self.answered else None,
            p90_wait_s=waits[math.ceil(0.9 * len(waits)) - 1] if waits else None,
            longest_wait_s=self.longest,
            aht_s=self.talk / self.answered if self.answered else None,
            meets=meets,
        )


@dataclass(frozen=True)
class HourCell:
    """One hour of the week (weekday 0 = Monday) of one target, with its staffing."""

    weekday: int
    hour: int
    figures: Figures
    traffic: float | None
    agents_needed: int | None


@dataclass(frozen=True)
class TargetReport:
    """One target's figures over the period and by day, ISO week, month and hour of week.

    `target` is the pattern's node id (or the name as given, or an entry's E.164 number);
    `kind` is "node", "entry" or "name"; `members` the node's member count, when it is one.
    """

    target: str
    label: str
    kind: str
    goal: Goal
    period: Figures
    days: Mapping[date, Figures]
    weeks: Mapping[tuple[int, int], Figures]
    months: Mapping[tuple[int, int], Figures]
    hours: Sequence[HourCell]
    members: int | None
    hour_counts: Sequence[_Counts] = field(default=(), repr=False, compare=False)

    def hour(self, weekday: int, hour: int) -> HourCell:
        return self.hours[weekday * 24 + hour]

    def span(self, weekday: int, start: int, end: int) -> Figures:
        """The figures of hours start..end (end excluded) of `weekday` together."""
        counts = _Counts()
        for hour in range(start, end):
            counts.add(self.hour_counts[weekday * 24 + hour])
        return counts.figures(self.goal)


@dataclass(frozen=True)
class ClosedCount:
    """Calls in closed or holiday time at one hour of the week."""

    weekday: int
    hour: int
    state: str
    count: int


@dataclass(frozen=True)
class Report:
    """Everything the command, the report and the workspace show."""

    first: date
    last: date
    calls: int
    targets: Sequence[TargetReport]
    closed: Sequence[ClosedCount]
    short_abandon_s: float
    open_time: Sequence[bool] = field(repr=False, default=())
    """Per call of the file (in the period or not): it arrived in open time."""
    names: Targets | None = field(repr=False, default=None, compare=False)

    def resolve(self, name: str) -> str:
        """The target a call's queue or group name counts towards."""
        return self.names.resolve(name) if self.names is not None else name

    def weekday_dates(self, weekday: int) -> int:
        """How many dates of the period fall on `weekday`."""
        return count_weekday(self.first, self.last, weekday)


def count_weekday(first: date, last: date, weekday: int) -> int:
    """The dates first..last (both included) that fall on `weekday`."""
    if last < first:
        return 0
    offset = (weekday - first.weekday()) % 7
    days = (last - first).days - offset
    return 0 if days < 0 else days // 7 + 1


@cache
def _national_number(text: str) -> str | None:
    """The E.164 form of a dialled number (national numbers read as Norwegian), or None."""
    from kontakt.core.contacts.phones import library_verdict  # (phonenumbers loads slowly)

    return library_verdict(text).e164


def entry_key(text: str) -> str:
    """An entry number as targets and calendars compare it: E.164 when it is a number."""
    return _national_number(text) or text


class Targets:
    """Names of targets as the pattern knows them: a node id, or a label (case ignored)."""

    def __init__(self, pattern: Pattern | None) -> None:
        self.pattern = pattern
        self._by_name: dict[str, str] = {}
        if pattern is not None:
            for node in reversed(pattern.nodes):  # the first node with a label wins
                if node.label:
                    self._by_name[node.label.casefold()] = node.id
            for node in reversed(pattern.nodes):
                self._by_name[node.id.casefold()] = node.id
        self._cache: dict[str, str] = {}

    def resolve(self, name: str) -> str:
        """The node id `name` names, else `name` as given."""
        found = self._cache.get(name)
        if found is None:
            found = self._cache[name] = self._by_name.get(name.casefold(), name)
        return found

    def is_entry(self, name: str) -> bool:
        """`name` is a phone number (a target for an entry), not a queue or group."""
        return self.resolve(name) == name and _national_number(name) is not None

    def label(self, target: str) -> str:
        node = self.pattern.node(target) if self.pattern is not None else None
        return node.label or node.id if node is not None else target

    def members(self, target: str) -> int | None:
        node = self.pattern.node(target) if self.pattern is not None else None
        if node is None or node.type not in (NodeType.QUEUE, NodeType.GROUP):
            return None
        return len(node.member_ids)


def entry_calendar(pattern: Pattern, number: str) -> str | None:
    """The calendar of the first schedule on the entry's route with no key pressed (menus
    that hear nothing, announcements); None when the route reaches no schedule."""
    entry = next((e for e in pattern.entries if entry_key(e.number) == number), None)
    node_id = entry.start if entry is not None else None
    seen: set[str] = set()
    while node_id is not None and node_id not in seen:
        seen.add(node_id)
        node = pattern.node(node_id)
        if node is None:
            return None
        if node.type is NodeType.SCHEDULE:
            return node.calendar
        if node.type is NodeType.MENU:
            node_id = node.exit_target("no_input")
        elif node.type is NodeType.ANNOUNCEMENT:
            node_id = node.exit_target("next")
        else:
            return None
    return None


class _Clock:
    """A calendar's state at local wall-clock times: per day, the state of each hour when
    it holds the whole hour (looked up once), else found by the minute."""

    def __init__(self, clock: CalendarClock) -> None:
        self.clock = clock
        self._hours: dict[date, tuple[CalendarState | None, ...]] = {}

    def state(self, moment: datetime) -> CalendarState:
        day = moment.date()
        hours = self._hours.get(day)
        if hours is None:
            hours = self._hours[day] = self._by_hour(day)
        state = hours[moment.hour]
        if state is not None:
            return state
        minutes, states = self.clock.profile(day)
        return states[bisect_right(minutes, moment.hour * 60 + moment.minute) - 1]

    def _by_hour(self, day: date) -> tuple[CalendarState | None, ...]:
        minutes, states = self.clock.profile(day)
        hours: list[CalendarState | None] = []
        for hour in range(24):
            first = bisect_right(minutes, hour * 60) - 1
            last = bisect_right(minutes, hour * 60 + 59) - 1
            hours.append(states[first] if first == last else None)
        return tuple(hours)


def compute(
    calls: CallRecords,
    goals: Mapping[str, Goal],
    pattern: Pattern | None = None,
    *,
    first: date | None = None,
    last: date | None = None,
    short_abandon_s: float = DEFAULT_SHORT_ABANDON_S,
) -> Report:
    """The figures of `calls` against `goals` (by entry number, node id or label, or queue
    name; a target without a goal gets the default one) over first..last (both included;
    default: the first call's date to the last's)."""
    names = Targets(pattern)
    goal_of: dict[str, Goal] = {}
    kind_of: dict[str, str] = {}
    for name, goal in goals.items():
        if names.is_entry(name):
            key = entry_key(name)
            kind_of[key] = "entry"
        else:
            key = names.resolve(name)
            kind_of[key] = "node" if key != name or _is_node(pattern, key) else "name"
        goal_of[key] = goal
    dates = [moment.date() for moment in calls.start]
    if first is None or last is None:
        if not dates:
            raise ValueError("a period needs its dates or at least one call")
        first = min(dates) if first is None else first
        last = max(dates) if last is None else last
    clocks = _entry_clocks(pattern, calls.entry)
    cells: dict[tuple[str, date, int], _Counts] = {}
    closed: dict[tuple[int, int, str], int] = {}
    open_time = [False] * len(calls)
    in_period = 0
    resolved = {name: names.resolve(name) for name in set(calls.target) if name}
    entry_targets = {
        entry: key for entry in set(calls.entry) if (key := entry_key(entry)) in goal_of
    }
    within_of = {key: goal.within_s for key, goal in goal_of.items()}
    default_within = Goal().within_s
    short = short_abandon_s
    answered_kind, abandoned_kind, closed_kind = Result.ANSWERED, Result.ABANDONED, Result.CLOSED
    open_state, closed_state = CalendarState.OPEN, CalendarState.CLOSED
    columns = zip(
        calls.start,
        dates,
        calls.entry,
        calls.target,
        calls.result,
        calls.wait_s,
        calls.talk_s,
        strict=True,
    )
    for i, (moment, day, entry, name, result, wait, talk) in enumerate(columns):
        if day < first or day > last:
            continue
        in_period += 1
        clock = clocks.get(entry)
        state = clock.state(moment) if clock is not None else open_state
        if result is closed_kind or state is not open_state:
            how = (
                moment.weekday(),
                moment.hour,
                str(closed_state if state is open_state else state),
            )
            closed[how] = closed.get(how, 0) + 1
            continue
        open_time[i] = True
        hour = moment.hour
        for counted in (
            (resolved.get(name), entry_targets.get(entry))
            if entry_targets
            else (resolved.get(name),)
        ):
            if counted is None:
                continue
            counts = cells.get((counted, day, hour))
            if counts is None:
                counts = cells[counted, day, hour] = _Counts()
            counts.offered += 1
            if counts.longest is None or wait > counts.longest:
                counts.longest = wait
            if result is answered_kind:
                counts.answered += 1
                counts.wait += wait
                counts.talk += talk
                counts.waits.append(wait)
                if wait <= within_of.get(counted, default_within):
                    counts.within += 1
            elif result is abandoned_kind:
                counts.abandoned += 1
                if wait < short:
                    counts.short += 1
    by_target: dict[str, dict[tuple[date, int], _Counts]] = {key: {} for key in goal_of}
    for (key, day, hour), counts in cells.items():
        by_target.setdefault(key, {})[day, hour] = counts
    reports = [
        _target_report(
            key,
            names.label(key) if kind_of.get(key) != "entry" else national_form(key),
            kind_of.get(key) or ("node" if _is_node(pattern, key) else "name"),
            goal_of.get(key, Goal()),
            by_cell,
            names.members(key),
            first,
            last,
        )
        for key, by_cell in sorted(by_target.items())
    ]
    closed_counts = [
        ClosedCount(weekday, hour, state, count)
        for (weekday, hour, state), count in sorted(closed.items())
    ]
    return Report(first, last, in_period, reports, closed_counts, short_abandon_s, open_time, names)


def _is_node(pattern: Pattern | None, key: str) -> bool:
    return pattern is not None and pattern.node(key) is not None


def _entry_clocks(pattern: Pattern | None, entries: Iterable[str]) -> dict[str, _Clock]:
    if pattern is None:
        return {}
    by_calendar: dict[str, _Clock] = {}
    clocks: dict[str, _Clock] = {}
    for entry in set(entries):
        name = entry_calendar(pattern, entry_key(entry))
        if name is None or name not in pattern.calendars:
            continue
        clock = by_calendar.get(name)
        if clock is None:
            clock = by_calendar[name] = _Clock(CalendarClock(pattern.calendars[name], pattern.zone))
        clocks[entry] = clock
    return clocks


def _target_report(
    target: str,
    label: str,
    kind: str,
    goal: Goal,
    cells: Mapping[tuple[date, int], _Counts],
    members: int | None,
    first: date,
    last: date,
) -> TargetReport:
    period = _Counts()
    days: dict[date, _Counts] = {}
    weeks: dict[tuple[int, int], _Counts] = {}
    months: dict[tuple[int, int], _Counts] = {}
    hours = [_Counts() for _ in range(7 * 24)]
    for (day, hour), counts in sorted(cells.items()):
        period.add(counts)
        days.setdefault(day, _Counts()).add(counts)
        iso = day.isocalendar()
        weeks.setdefault((iso.year, iso.week), _Counts()).add(counts)
        months.setdefault((day.year, day.month), _Counts()).add(counts)
        hours[day.weekday() * 24 + hour].add(counts)
    whole = period.figures(goal)
    cells_of_week = []
    for index, counts in enumerate(hours):
        figures = counts.figures(goal)
        weekday, hour = divmod(index, 24)
        traffic = needed = None
        dates = count_weekday(first, last, weekday)
        aht = figures.aht_s if figures.aht_s is not None else whole.aht_s
        if figures.offered and dates and aht is not None:
            traffic = figures.offered / dates * aht / 3600
            needed = agents_needed(traffic, aht, goal.within_s, goal.percent / 100)
        cells_of_week.append(HourCell(weekday, hour, figures, traffic, needed))
    return TargetReport(
        target,
        label,
        kind,
        goal,
        whole,
        {key: counts.figures(goal) for key, counts in days.items()},
        {key: counts.figures(goal) for key, counts in weeks.items()},
        {key: counts.figures(goal) for key, counts in months.items()},
        cells_of_week,
        members,
        hours,
    )


def cell_calls(
    calls: CallRecords, report: Report, target: TargetReport, weekday: int, hour: int
) -> list[int]:
    """The indices of the calls in open time that count towards `target` at `hour` of
    `weekday` in the report's period (what a heat-map cell is made of)."""
    found = []
    for i, moment in enumerate(calls.start):
        if not report.open_time[i] or moment.hour != hour or moment.weekday() != weekday:
            continue
        if target.kind == "entry":
            hit = entry_key(calls.entry[i]) == target.target
        else:
            hit = bool(calls.target[i]) and report.resolve(calls.target[i]) == target.target
        if hit:
            found.append(i)
    return found
