"""Employment dates as HRM exports write them: ISO, `dd.mm.yyyy`, or an Excel day number."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+)?")
_NORWEGIAN = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")
_EXCEL_SERIAL = re.compile(r"\d{5}")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
"""Day 0 of Excel's 1900 date system (its phantom 29 February 1900 is long past)."""


def parse_date(text: str) -> dt.date | None:
    """The date `text` means, or None when it is not a date in a known form.

    A five-digit whole number is an Excel date serial: a date column that lost its date
    format still holds the day number.
    """
    try:
        if match := _ISO.fullmatch(text):
            year, month, day = match.groups()
        elif match := _NORWEGIAN.fullmatch(text):
            day, month, year = match.groups()
        elif _EXCEL_SERIAL.fullmatch(text):
            return _EXCEL_EPOCH + dt.timedelta(days=int(text))
        else:
            return None
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


_SURELY_DATES = re.compile(
    r"^(?:(?:0?[1-9]|1[0-9]|2[0-8])[./](?:0?[1-9]|1[0-2])[./](?!0000)[0-9]{4}"
    r"|(?!0000)[0-9]{4}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|1[0-9]|2[0-8])(?:[T ][0-9:.]+)?)$",
    re.MULTILINE,
)
"""A line that `parse_date` reads as a date for certain: day 1-28 of month 1-12, year 1 or
later (in a form it knows, ASCII digits only)."""


def unreadable(texts: Iterable[str]) -> set[str]:
    """The texts among `texts` that are not empty and not dates (`parse_date` gives None).

    An export has thousands of distinct dates; most are plainly dates, which one regex
    over all of them finds, so only the rest is parsed one by one.
    """
    distinct = set(texts)
    distinct.discard("")
    surely = set(_SURELY_DATES.findall("\n".join(distinct)))
    return {text for text in distinct - surely if parse_date(text) is None}
