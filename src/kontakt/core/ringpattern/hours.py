"""Opening hours as the editor changes them: a day's periods painted open or closed,
periods and dates read as people type them, and the public holidays of the coming year.

A period is a `("08:00", "15:30")` pair as the document writes it. A day that an edit does
not touch keeps its periods exactly as they were written (odd minutes, overlaps and all);
a day that is painted gets its periods merged and sorted, and only the painted minutes
change, so 08:10-15:35 stays 08:10-15:35 outside what the user painted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, time, timedelta
from enum import StrEnum
from typing import Final

from kontakt.core.ringpattern.errors import PatternError
from kontakt.core.ringpattern.messages import TIME_FORMAT, YEARLY_FORMAT
from kontakt.core.ringpattern.model import WEEKDAYS, Calendar, frozen
from kontakt.core.ringpattern.schedule import MINUTES_PER_DAY, public_holiday_names
from kontakt.core.texts import Translate

Period = tuple[str, str]
Span = tuple[int, int]
"""A period in minutes after midnight, `[start, end)`."""

_TIME: Final = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?")
_PERIOD_SPLIT: Final = re.compile(r"\s*[-–—]\s*")
_LIST_SPLIT: Final = re.compile(r"\s*[,;]\s*")
_DOTTED_DATE: Final = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_ISO_DATE: Final = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DOTTED_DAY: Final = re.compile(r"(\d{1,2})\.(\d{1,2})\.?")
_ISO_DAY: Final = re.compile(r"(\d{2})-(\d{2})")


class Cell(StrEnum):
    """A stretch of the week grid: open all through, closed all through, or partly open."""

    OPEN = "open"
    CLOSED = "closed"
    PARTLY = "partly"


def minute(hhmm: str) -> int:
    """Minutes after midnight of a document time (`"24:00"` is 1440)."""
    return int(hhmm[:2]) * 60 + int(hhmm[3:])


def hhmm(minutes: int) -> str:
    """The document time of `minutes` after midnight (1440 is `"24:00"`)."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def spans(periods: Iterable[Period]) -> list[Span]:
    """The minutes `periods` are open, as sorted spans that neither overlap nor touch."""
    return _merged((minute(s), minute(e)) for s, e in periods)


def _merged(day_spans: Iterable[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(day_spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        elif end > start:
            merged.append((start, end))
    return merged


def as_periods(day_spans: Iterable[Span]) -> tuple[Period, ...]:
    return tuple((hhmm(s), hhmm(e)) for s, e in day_spans)


def paint(periods: Iterable[Period], start: int, end: int, is_open: bool) -> tuple[Period, ...]:
    """`periods` with the minutes `[start, end)` made open (or closed), merged and sorted."""
    kept = [
        piece
        for s, e in spans(periods)
        for piece in ((s, min(e, start)), (max(s, end), e))
        if piece[1] > piece[0]
    ]
    return as_periods(_merged([*kept, (start, end)] if is_open else kept))


def open_minutes(day_spans: Sequence[Span], start: int, end: int) -> int:
    """How many of the minutes `[start, end)` fall in `day_spans`."""
    return sum(max(0, min(e, end) - max(s, start)) for s, e in day_spans)


def cells(periods: Iterable[Period], step: int) -> list[Cell]:
    """The day in stretches of `step` minutes, each open, closed or partly open."""
    day_spans = spans(periods)
    result = []
    for start in range(0, MINUTES_PER_DAY, step):
        inside = open_minutes(day_spans, start, start + step)
        result.append(Cell.OPEN if inside == step else Cell.PARTLY if inside else Cell.CLOSED)
    return result


def painted_week(
    calendar: Calendar, days: Iterable[str], start: int, end: int, is_open: bool
) -> Calendar:
    """`calendar` with `[start, end)` painted open (or closed) on each of `days`; a day
    that becomes closed and was not written stays unwritten (it is closed already)."""
    weekly = dict(calendar.weekly)
    for day in days:
        painted = paint(weekly.get(day, ()), start, end, is_open)
        if painted or day in weekly:
            weekly[day] = painted
    return with_weekly(calendar, weekly)


def with_weekly(calendar: Calendar, weekly: Mapping[str, Sequence[Period]]) -> Calendar:
    """`calendar` with these weekly periods, the days in the week's order."""
    days = {day: tuple(weekly[day]) for day in WEEKDAYS if day in weekly}
    return replace(calendar, weekly=frozen(days))


def with_day(calendar: Calendar, day: str, periods: Sequence[Period]) -> Calendar:
    """`calendar` with the weekday `day` open in `periods`, exactly as given."""
    return with_weekly(calendar, {**calendar.weekly, day: tuple(periods)})


def with_closed_dates(calendar: Calendar, dates: Iterable[str]) -> Calendar:
    """`calendar` closed on the ISO `dates` (sorted, each once)."""
    return replace(calendar, closed_dates=tuple(sorted(set(dates))))


def with_closed_yearly(calendar: Calendar, days: Iterable[str]) -> Calendar:
    """`calendar` closed every year on the `MM-DD` `days` (sorted, each once)."""
    return replace(calendar, closed_yearly=tuple(sorted(set(days))))


def with_special_hours(calendar: Calendar, hours: Mapping[str, Sequence[Period]]) -> Calendar:
    """`calendar` with these special hours (ISO date -> periods; none: closed that day)."""
    return replace(
        calendar, special_hours=frozen({day: tuple(hours[day]) for day in sorted(hours)})
    )


def with_public_holidays(calendar: Calendar, country: str | None) -> Calendar:
    """`calendar` closed on the public holidays of `country` (`None`: on none)."""
    return replace(calendar, public_holidays=country)


# -- what people type -----------------------------------------------------------------------
def parse_time(text: str, end: bool = False) -> int:
    """Minutes after midnight of a typed time (`8`, `08:00`, `8.30`; as an end also `24`)."""
    match = _TIME.fullmatch(text.strip())
    if match is not None:
        hours, minutes = int(match[1]), int(match[2] or 0)
        if minutes < 60 and (hours < 24 or (end and hours == 24 and minutes == 0)):
            return hours * 60 + minutes
    raise PatternError("bad-time", {"value": text.strip()})


def parse_periods(text: str) -> tuple[Period, ...]:
    """Typed periods (`08:00–11:30, 12.00-15.30`; nothing: closed), in the order typed."""
    result = []
    for piece in _LIST_SPLIT.split(text.strip()):
        if not piece:
            continue
        parts = _PERIOD_SPLIT.split(piece)
        if len(parts) != 2:
            raise PatternError("bad-time", {"value": piece})
        start, end = parse_time(parts[0]), parse_time(parts[1], end=True)
        if end <= start:
            raise PatternError("bad-interval", {"start": parts[0], "end": parts[1]})
        result.append((hhmm(start), hhmm(end)))
    return tuple(result)


def parse_date(text: str) -> str:
    """The ISO date of a typed date (`24.11.2026` or `2026-11-24`)."""
    value = text.strip()
    match = _DOTTED_DATE.fullmatch(value)
    parts = (match[3], match[2], match[1]) if match else None
    if parts is None and (match := _ISO_DATE.fullmatch(value)) is not None:
        parts = (match[1], match[2], match[3])
    if parts is not None:
        try:
            return date(int(parts[0]), int(parts[1]), int(parts[2])).isoformat()
        except ValueError:
            pass
    raise PatternError("bad-date", {"value": value})


def parse_month_day(text: str) -> str:
    """The `MM-DD` of a typed day of the year (`24.12`, `24.12.` or `12-24`)."""
    value = text.strip()
    match = _DOTTED_DAY.fullmatch(value)
    parts = (match[2], match[1]) if match else None
    if parts is None and (match := _ISO_DAY.fullmatch(value)) is not None:
        parts = (match[1], match[2])
    if parts is not None:
        try:
            day = date(2000, int(parts[0]), int(parts[1]))  # a leap year: 29.02 is a day
        except ValueError:
            pass
        else:
            return day.strftime("%m-%d")
    raise PatternError("bad-date", {"value": value})


# -- as people read it ----------------------------------------------------------------------
def time_text(minutes: int, translate: Translate) -> str:
    """A time of day as the language writes it (08.00); the end of the day is 24.00."""
    shown = time(minutes // 60 % 24, minutes % 60).strftime(translate("PatternWords", TIME_FORMAT))
    return shown.replace("00", "24", 1) if minutes == MINUTES_PER_DAY else shown


def period_text(start: int, end: int, translate: Translate) -> str:
    """A period as the language writes it (08.00–15.30)."""
    return f"{time_text(start, translate)}–{time_text(end, translate)}"


def periods_text(periods: Iterable[Period], translate: Translate) -> str:
    """Periods as written in the document, in the language's form (08.00–11.30, 12.00–15.30)."""
    return ", ".join(period_text(minute(s), minute(e), translate) for s, e in periods)


def month_day_text(month_day: str, translate: Translate) -> str:
    """A yearly day (`12-24`) as the language writes it (24.12.)."""
    day = date(2000, int(month_day[:2]), int(month_day[3:]))
    return day.strftime(translate("PatternWords", YEARLY_FORMAT))


def coming_holidays(country: str, today: date) -> list[tuple[date, str]]:
    """The public holidays of `country` from `today` for a year (not the same date a year
    on), in date order, each with its English name (`messages.holiday_name` translates it)."""
    try:
        until = today.replace(year=today.year + 1)
    except ValueError:  # 29 February
        until = today + timedelta(days=365)
    found = {
        day: name
        for year in (today.year, today.year + 1)
        for day, name in public_holiday_names(country, year).items()
        if today <= day < until
    }
    return sorted(found.items())
