"""When to call: one moment for each kind of stretch of the coming year.

The coming year is cut into the stretches where a call to an entry that presses nothing
and that nobody answers takes one route on the old pattern and one on the new, in one
calendar situation (opening hours, after hours, closed day, special hours). Each kind of
stretch gets one moment, the first that suits a tester: a whole minute a little inside the
stretch, between 08.00 and 20.00 when the stretch has one, and never a closed day when the
open state is tested.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Final

from kontakt.core.checklist.words import node_name
from kontakt.core.ringpattern.coverage import Coverer, Interval
from kontakt.core.ringpattern.model import NodeType, Pattern
from kontakt.core.ringpattern.schedule import CalendarClock, CalendarState

YEAR_DAYS: Final = 365
DAY_START: Final = time(8, 0)
DAY_END: Final = time(20, 0)
"""A tester calls in the day: a moment between these is taken when the stretch has one."""
MARGIN: Final = timedelta(minutes=5)
"""How far inside a stretch the call is placed, so a clock a little off still hits it."""
SCAN_DAYS: Final = 14
"""Days of a long stretch looked through for a daytime minute before its first is taken."""


@dataclass(frozen=True)
class Moment:
    """A moment to call an entry at, in one situation, and how the stretch changed."""

    at: datetime
    situation: str
    calendar: str | None
    fork: tuple[str, str] | None
    """Where a call that presses nothing went before and goes now, when that differs."""


def _situation(pattern: Pattern, interval: Interval, at: datetime) -> tuple[str, str | None]:
    """(situation, calendar) of a call at `at` whose route starts as `interval` says."""
    first = pattern.node(interval.route[0]) if interval.route else None
    calendar = first.calendar if first is not None and first.type is NodeType.SCHEDULE else None
    if calendar is None or calendar not in pattern.calendars or interval.state is None:
        return "", None
    special = pattern.calendars[calendar].special_hours or {}
    if interval.state is not CalendarState.HOLIDAY and at.date().isoformat() in special:
        return "special", calendar
    return str(interval.state), calendar


def _fork(old: Pattern, new: Pattern, before: Interval, after: Interval) -> tuple[str, str]:
    """Where the old and the new route part: the first node each goes to on its own."""
    common = 0
    while (
        common < min(len(before.route), len(after.route)) - 1
        and before.route[common] == after.route[common]
    ):
        common += 1

    def name(pattern: Pattern, route: tuple[str, ...]) -> str:
        node_id = route[min(common, len(route) - 1)] if route else ""
        return node_name(pattern.node(node_id), node_id)

    return name(old, before.route), name(new, after.route)


def _segments(
    new: Sequence[Interval], old: Sequence[Interval] | None
) -> Iterator[tuple[datetime, datetime, Interval, Interval | None]]:
    """The stretches where neither the new nor the old interval changes."""
    j = 0
    for interval in new:
        start = interval.start
        while True:
            if old is None:
                yield start, interval.end, interval, None
                break
            while old[j].end <= start:
                j += 1
            stop = min(interval.end, old[j].end)
            yield start, stop, interval, old[j]
            if stop >= interval.end:
                break
            start = stop


def _moment_in(
    start: datetime, end: datetime, zone_clock: CalendarClock | None, situation: str
) -> datetime | None:
    """A whole minute inside [start, end) with the margin, in the day if the stretch has
    one; none on a closed day when the open state is tested."""
    margin = min(MARGIN, (end - start) / 3)
    low, high = start + margin, end - margin
    first = _ceil_minute(low)
    if first >= high:
        return None
    fallback = first
    day = first.date()
    for _ in range(SCAN_DAYS):
        if datetime.combine(day, DAY_START, start.tzinfo) > high:
            break
        open_day = situation != "open" or zone_clock is None or not zone_clock.is_holiday(day)
        if open_day:
            lo = max(first, datetime.combine(day, DAY_START, start.tzinfo))
            hi = min(high, datetime.combine(day, DAY_END, start.tzinfo))
            if lo < hi:
                return _ceil_minute(lo)
        day += timedelta(days=1)
    if situation == "open" and zone_clock is not None and zone_clock.is_holiday(first.date()):
        return None
    return fallback


def _daytime(moment: datetime) -> bool:
    return DAY_START <= moment.time() < DAY_END


def _ceil_minute(moment: datetime) -> datetime:
    floor = moment.replace(second=0, microsecond=0)
    return floor if floor == moment else floor + timedelta(minutes=1)


def moments(
    old: Pattern,
    new: Pattern,
    number: str,
    now: datetime,
    coverers: tuple[Coverer, Coverer],
    clocks: Mapping[str, CalendarClock],
) -> list[Moment]:
    """One moment to call `number` at for each kind of stretch of the coming year from
    `now` (first come, first kept, a daytime one preferred); `coverers` are the old and
    the new pattern's, `clocks` the new pattern's calendars."""
    first = now.date()
    last = first + timedelta(days=YEAR_DAYS - 1)
    new_cover = coverers[1].coverage(number, first, last).intervals
    old_cover = (
        coverers[0].coverage(number, first, last).intervals
        if old.entry(number) is not None
        else None
    )
    seen: dict[tuple[object, ...], Moment] = {}
    for start, end, interval, before in _segments(new_cover, old_cover):
        start = max(start, now)
        if start >= end:
            continue
        situation, calendar = _situation(new, interval, start)
        changed = before is not None and (before.route, before.outcome) != (
            interval.route,
            interval.outcome,
        )
        # Special hours are a situation of their own only where the change shows in them.
        kind = situation if changed else str(interval.state)
        key = (interval.route, interval.outcome, kind, changed)
        if key in seen and _daytime(seen[key].at):
            continue
        at = _moment_in(start, end, clocks.get(calendar or ""), situation)
        if at is None:
            continue
        situation, calendar = _situation(new, interval, at)
        if situation == "special" and not changed:
            continue
        if key in seen and not _daytime(at):
            continue  # a call in the night only when the day has none
        fork = _fork(old, new, before, interval) if changed and before is not None else None
        seen[key] = Moment(at, situation, calendar, fork)
    return sorted(seen.values(), key=lambda m: m.at)
