"""Opening state: Norwegian public holidays, closed days, special hours, the DST nights."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

import kontakt
from kontakt.core.ringpattern import CalendarClock, CalendarState, from_document
from kontakt.core.ringpattern.schedule import public_holiday_names

from .builders import DEMO_PATH, demo, document

OSLO = ZoneInfo("Europe/Oslo")
OPEN, CLOSED, HOLIDAY = CalendarState.OPEN, CalendarState.CLOSED, CalendarState.HOLIDAY


@pytest.fixture
def office() -> CalendarClock:
    return CalendarClock(demo().calendars["kontor"], OSLO)


@pytest.mark.parametrize(
    "day",
    [
        "2026-01-01",
        "2026-04-02",
        "2026-04-03",
        "2026-04-06",  # Maundy Th. .. Easter Monday
        "2026-05-01",
        "2026-05-14",
        "2026-05-17",
        "2026-05-25",  # Ascension, 17 May, Whit Monday
        "2026-12-25",
        "2026-12-26",
        "2027-03-25",
        "2027-03-26",
        "2027-03-29",
        "2027-05-06",  # Easter Monday, Ascension
        "2027-05-17",
        "2027-12-25",  # 17 May is also Whit Monday in 2027
    ],
)
def test_public_holidays_are_holiday(office: CalendarClock, day: str) -> None:
    assert office.state_at(datetime.fromisoformat(f"{day}T10:00")) is HOLIDAY


@pytest.mark.parametrize("day", ["2026-12-24", "2026-12-31", "2027-12-24", "2027-12-31"])
def test_christmas_and_new_years_eve_close_every_year(office: CalendarClock, day: str) -> None:
    assert office.state_at(datetime.fromisoformat(f"{day}T09:00")) is HOLIDAY


def test_an_ordinary_sunday_is_closed_not_holiday(office: CalendarClock) -> None:
    assert office.state_at(datetime(2026, 11, 22, 10)) is CLOSED


def test_weekly_hours_are_half_open_intervals(office: CalendarClock) -> None:
    assert office.state_at(datetime(2026, 11, 24, 7, 59)) is CLOSED
    assert office.state_at(datetime(2026, 11, 24, 8, 0)) is OPEN
    assert office.state_at(datetime(2026, 11, 24, 15, 29)) is OPEN
    assert office.state_at(datetime(2026, 11, 24, 15, 30)) is CLOSED
    assert office.state_at(datetime(2026, 11, 27, 15, 0)) is CLOSED  # Friday closes at 15


def test_overlapping_and_repeated_intervals_open_once_and_stay_cheap() -> None:
    doc = document([{"id": "h", "type": "hangup"}])
    many = [["08:00", "09:00"]] * 5_000 + [
        ["08:30", "12:00"],
        ["12:00", "13:00"],
        ["23:00", "24:00"],
    ]
    doc["calendars"]["office"]["weekly"] = {"tue": many}
    clock = CalendarClock(from_document(doc).calendars["office"], OSLO)
    assert clock.profile(datetime(2026, 11, 24).date()) == (
        (0, 480, 780, 1380),
        (CLOSED, OPEN, CLOSED, OPEN),
    )


def test_special_hours_win_over_weekly_and_holidays() -> None:
    doc = document([{"id": "h", "type": "hangup"}])
    doc["calendars"]["office"].update(
        closed_dates=["2026-11-20"],
        special_hours={
            "2026-12-23": [["08:00", "12:00"]],
            "2026-05-17": [["10:00", "11:00"]],
            "2026-11-20": [["09:00", "10:00"]],
        },
    )
    clock = CalendarClock(from_document(doc).calendars["office"], OSLO)
    assert clock.state_at(datetime(2026, 12, 23, 11, 59)) is OPEN
    assert clock.state_at(datetime(2026, 12, 23, 12, 0)) is CLOSED
    assert clock.state_at(datetime(2026, 5, 17, 10, 30)) is OPEN
    assert clock.state_at(datetime(2026, 5, 17, 12, 0)) is CLOSED
    assert clock.state_at(datetime(2026, 11, 20, 9, 30)) is OPEN


def test_closed_dates_are_holiday() -> None:
    doc = document([{"id": "h", "type": "hangup"}])
    doc["calendars"]["office"]["closed_dates"] = ["2026-11-20"]
    clock = CalendarClock(from_document(doc).calendars["office"], OSLO)
    assert clock.state_at(datetime(2026, 11, 20, 10)) is HOLIDAY
    assert clock.state_at(datetime(2026, 11, 19, 10)) is OPEN


def _night_clock() -> CalendarClock:
    """Open 02:30-05:00 every day: the interval starts inside the DST hour."""
    doc = document(
        [{"id": "h", "type": "hangup"}],
        calendars={
            "night": {
                "weekly": {
                    d: [["02:30", "05:00"]]
                    for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
                },
                "public_holidays": None,
            }
        },
    )
    return CalendarClock(from_document(doc).calendars["night"], OSLO)


def test_spring_forward_opens_when_the_clock_jumps_past_the_start() -> None:
    clock = _night_clock()
    changes = clock.changes(datetime(2026, 3, 29, tzinfo=OSLO), datetime(2026, 3, 30, tzinfo=OSLO))
    assert [(t.isoformat(), s) for t, s in changes] == [
        ("2026-03-29T00:00:00+01:00", CLOSED),
        ("2026-03-29T03:00:00+02:00", OPEN),  # 02:00 +01:00 became 03:00 +02:00
        ("2026-03-29T05:00:00+02:00", CLOSED),
    ]


def test_fall_back_hour_happens_twice_with_the_same_state() -> None:
    clock = _night_clock()
    changes = clock.changes(
        datetime(2026, 10, 25, tzinfo=OSLO), datetime(2026, 10, 26, tzinfo=OSLO)
    )
    assert [(t.isoformat(), s) for t, s in changes] == [
        ("2026-10-25T00:00:00+02:00", CLOSED),
        ("2026-10-25T02:30:00+02:00", OPEN),
        ("2026-10-25T02:00:00+01:00", CLOSED),  # the clock goes back to 02:00 ...
        ("2026-10-25T02:30:00+01:00", OPEN),  # ... and passes 02:30 a second time
        ("2026-10-25T05:00:00+01:00", CLOSED),
    ]


def test_only_the_countries_a_pattern_uses_are_loaded() -> None:
    script = (
        "import sys\n"
        "from datetime import date\n"
        "from kontakt.services.patterns import coverage_file, validate_file\n"
        f"validate_file({str(DEMO_PATH)!r})\n"
        "print(sorted(m for m in sys.modules if m.startswith('holidays.countries')))\n"
        f"coverage_file({str(DEMO_PATH)!r}, '+4756100000', date(2026, 12, 1), date(2026, 12, 31))\n"
        "print(sorted(m for m in sys.modules if m.startswith('holidays.countries')))\n"
    )
    source = str(Path(kontakt.__file__).resolve().parents[1])
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": source},
        timeout=60,
        check=True,
    )
    assert done.stdout.splitlines() == ["[]", "['holidays.countries.norway']"]


def test_public_holidays_are_those_of_the_holidays_package() -> None:
    import holidays

    for country in ("NO", "SE", "GB", "NOR"):
        assert public_holiday_names(country, 2026) == dict(
            holidays.country_holidays(country, years=2026, language="en_US")
        )
