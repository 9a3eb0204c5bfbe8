"""Employment dates as HRM exports write them: ISO, `dd.mm.yyyy`, or an Excel day number."""

from __future__ import annotations

import datetime as dt
import re

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
