"""Opening state of a calendar at a moment, and the moments where it changes.

A calendar speaks in local wall-clock time of the pattern's zone. The state of an instant
is read off the local date and minute it falls on, so the DST nights behave as the clocks
do: in March the hour 02:00-03:00 never happens (the state jumps with the clock), in
October it happens twice (with the same state both times). `CalendarClock.changes` lists
the exact instants where the state changes; coverage walks those instead of stepping.

Calls are routed for dates from `FIRST_DAY` to `LAST_DAY` (`check_day`), and a calendar is
read at most a year beyond (`READ_LAST_DAY`): a call that would last longer is refused
with `call-past-dates` instead of running off the end of `datetime` or of the work.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import cache, lru_cache
from pathlib import Path
from typing import Final
from zoneinfo import ZoneInfo

import holidays
from holidays.holiday_base import HolidayBase
from holidays.registry import COUNTRIES

from kontakt.core.ringpattern.errors import PatternError
from kontakt.core.ringpattern.model import WEEKDAYS, Calendar

MINUTES_PER_DAY = 24 * 60

FIRST_DAY: Final = date(1900, 1, 1)
LAST_DAY: Final = date(2199, 12, 31)
READ_LAST_DAY: Final = date(2200, 12, 31)
"""Calls are followed on dates from 1900 (before it, local time was the town's own) to
2199, and a calendar is read up to a year after that: far enough for any plan or history,
near enough that neither `datetime` nor the work of reading calendars runs out."""


def check_day(day: date) -> date:
    """`day`, when calls can be routed on it; else `PatternError("date-out-of-range")`."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise PatternError(
            "date-out-of-range",
            {
                "value": day.isoformat(),
                "first": FIRST_DAY.isoformat(),
                "last": LAST_DAY.isoformat(),
            },
        )
    return day


def past_dates() -> PatternError:
    """The error of a call that would read a calendar after `READ_LAST_DAY`."""
    return PatternError("call-past-dates", {"last": READ_LAST_DAY.isoformat()})


class CalendarState(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    HOLIDAY = "holiday"


Profile = tuple[tuple[int, ...], tuple[CalendarState, ...]]
"""A day's states: ascending minutes after midnight (the first is 0), and the state from each."""


@cache
def _country(code: str) -> type[HolidayBase]:
    """The `holidays` class of the country with code `code`, its module imported alone.

    Going through the package (`holidays.country_holidays`) imports `holidays.countries`,
    whose `__init__` imports all some 250 countries: a quarter of a second at every start
    for one calendar's holidays. The registry names each country's module and class; the
    import system finds the module in the package's folders (`__path__`), so that a frozen
    build's archive serves it as well as a folder of files.
    """
    for module, (class_name, *codes) in COUNTRIES.items():
        if code in codes:
            name = f"holidays.countries.{module}"
            loaded = sys.modules.get(name)
            if loaded is None:
                folders = [str(Path(folder) / "countries") for folder in holidays.__path__]
                spec = importlib.machinery.PathFinder.find_spec(name, folders)
                assert spec is not None and spec.loader is not None
                loaded = importlib.util.module_from_spec(spec)
                sys.modules[name] = loaded
                spec.loader.exec_module(loaded)
            country: type[HolidayBase] = getattr(loaded, class_name)
            return country
    raise KeyError(code)  # `document` admits only the registry's codes


@lru_cache(maxsize=256)
def public_holiday_names(country: str, year: int) -> Mapping[date, str]:
    """The statutory public holidays of `country` in `year` (Sundays are not counted), each
    with its English name ("Christmas Day"; `messages.holiday_name` translates it)."""
    return dict(_country(country)(years=year, language="en_US"))


@lru_cache(maxsize=256)
def public_holidays(country: str, year: int) -> frozenset[date]:
    """The dates of `public_holiday_names`."""
    return frozenset(public_holiday_names(country, year))


class Closure(StrEnum):
    """Why a day is a closed day (the `holiday` state)."""

    PUBLIC_HOLIDAY = "public-holiday"
    CLOSED_DATE = "closed-date"
    CLOSED_YEARLY = "closed-yearly"


def _minute(hhmm: str) -> int:
    return int(hhmm[:2]) * 60 + int(hhmm[3:])


def _days(first: date, last: date) -> Iterator[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


class CalendarClock:
    """One calendar in one time zone, with its per-day profiles cached."""

    def __init__(self, calendar: Calendar, zone: ZoneInfo) -> None:
        self.calendar = calendar
        self.zone = zone
        self._closed = frozenset(date.fromisoformat(d) for d in calendar.closed_dates or ())
        self._yearly = frozenset(calendar.closed_yearly or ())
        self._profiles: dict[date, Profile] = {}

    def is_holiday(self, day: date) -> bool:
        """A public holiday, a closed date or a yearly closed day (special hours aside)."""
        country = self.calendar.public_holidays
        return (
            day in self._closed
            or day.strftime("%m-%d") in self._yearly
            or (country is not None and day in public_holidays(country, day.year))
        )

    def closure(self, day: date) -> tuple[Closure, str | None] | None:
        """Why `day` is a closed day, public holiday first (with its English name), or None."""
        country = self.calendar.public_holidays
        if country is not None:
            name = public_holiday_names(country, day.year).get(day)
            if name is not None:
                return Closure.PUBLIC_HOLIDAY, name
        if day in self._closed:
            return Closure.CLOSED_DATE, None
        if day.strftime("%m-%d") in self._yearly:
            return Closure.CLOSED_YEARLY, None
        return None

    def profile(self, day: date) -> Profile:
        """The states of local date `day`, by minute."""
        cached = self._profiles.get(day)
        if cached is not None:
            return cached
        special = (self.calendar.special_hours or {}).get(day.isoformat())
        if special is None and self.is_holiday(day):
            profile: Profile = ((0,), (CalendarState.HOLIDAY,))
        else:
            intervals = [
                (_minute(s), _minute(e))
                for s, e in (
                    special
                    if special is not None
                    else self.calendar.weekly.get(WEEKDAYS[day.weekday()], ())
                )
            ]
            # A sweep over the interval ends (how many intervals are open from each mark):
            # a document may give a day thousands of intervals.
            change = dict.fromkeys((0, *(m for pair in intervals for m in pair)), 0)
            for start, end in intervals:
                change[start] += 1
                change[end] -= 1
            minutes: list[int] = []
            states: list[CalendarState] = []
            open_now = 0
            for mark in sorted(change):
                open_now += change[mark]
                if mark >= MINUTES_PER_DAY:
                    break
                state = CalendarState.OPEN if open_now > 0 else CalendarState.CLOSED
                if not states or states[-1] is not state:
                    minutes.append(mark)
                    states.append(state)
            profile = (tuple(minutes), tuple(states))
        self._profiles[day] = profile
        return profile

    def state_at(self, moment: datetime) -> CalendarState:
        """The state at `moment`: an aware datetime, or a naive one read as local time."""
        local = moment.astimezone(self.zone) if moment.tzinfo is not None else moment
        if local.date() > READ_LAST_DAY:
            raise past_dates()
        minutes, states = self.profile(local.date())
        return states[bisect_right(minutes, local.hour * 60 + local.minute) - 1]

    def state_at_timestamp(self, ts: float) -> CalendarState:
        return self.state_at(datetime.fromtimestamp(ts, self.zone))

    def _midnight(self, day: date) -> datetime:
        return datetime.combine(day, time(), self.zone)

    def _transition(self, day: date) -> int | None:
        """The instant (POSIX seconds) the UTC offset changes during `day`, if it does."""
        low = int(self._midnight(day).timestamp())
        high = int(self._midnight(day + timedelta(days=1)).timestamp())
        first = datetime.fromtimestamp(low, self.zone).utcoffset()
        if datetime.fromtimestamp(high, self.zone).utcoffset() == first:
            return None
        while high - low > 1:  # the first second with the new offset
            middle = (low + high) // 2
            if datetime.fromtimestamp(middle, self.zone).utcoffset() == first:
                low = middle
            else:
                high = middle
        return high

    def candidates(self, first: date, last: date) -> list[int]:
        """Every instant (POSIX seconds) of the local days first..last where the state may
        change: each boundary of a day's profile as the clock shows it (twice in the
        repeated hour of October) and the DST transitions themselves."""
        result: list[int] = []
        for day in _days(first, last):
            midnight = datetime.combine(day, time())
            transition = self._transition(day)
            folds = (0,) if transition is None else (0, 1)
            if transition is not None:
                result.append(transition)
            for minute in self.profile(day)[0]:
                wall = midnight + timedelta(minutes=minute)
                for fold in folds:
                    result.append(int(wall.replace(tzinfo=self.zone, fold=fold).timestamp()))
        return sorted(set(result))

    def changes(self, start: datetime, end: datetime) -> list[tuple[datetime, CalendarState]]:
        """The state at `start` and each change before `end` (aware datetimes, in the zone)."""
        begin, stop = start.timestamp(), end.timestamp()
        local_start = start.astimezone(self.zone).date()
        local_end = end.astimezone(self.zone).date()
        result = [(start.astimezone(self.zone), self.state_at(start))]
        for ts in self.candidates(local_start, local_end):
            if begin < ts < stop:
                state = self.state_at_timestamp(ts)
                if state is not result[-1][1]:
                    result.append((datetime.fromtimestamp(ts, self.zone), state))
        return result


def to_utc(moment: datetime, zone: ZoneInfo) -> datetime:
    """An aware instant for `moment`; a naive one is local wall-clock time in `zone`.

    A local time that does not exist (the skipped hour in March) is taken as the clock
    shows it after the jump (02:30 -> 03:30); one that exists twice (October) is the first.
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone, fold=0)
    return moment.astimezone(UTC)
