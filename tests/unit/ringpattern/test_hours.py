"""Opening hours as the editor changes them: painting keeps what was not painted, typed
times and dates are read or refused with the reason, the coming public holidays."""

from __future__ import annotations

from datetime import date

import pytest

from kontakt.core.ringpattern import PatternError, dumps, loads, to_document, validate
from kontakt.core.ringpattern.edit import new_calendar, set_calendar
from kontakt.core.ringpattern.hours import (
    Cell,
    cells,
    coming_holidays,
    month_day_text,
    paint,
    painted_week,
    parse_date,
    parse_month_day,
    parse_periods,
    periods_text,
    with_closed_dates,
    with_closed_yearly,
    with_day,
    with_public_holidays,
    with_special_hours,
)
from kontakt.core.ringpattern.messages import holiday_name
from kontakt.core.texts import untranslated
from tests.unit.ringpattern.builders import demo

NYNORSK_FORMATS = {"%H:%M": "%H.%M", "%m-%d": "%d.%m.", "%Y-%m-%d": "%d.%m.%Y"}


def nynorsk(context: str, source: str, disambiguation: str = "", n: int = -1) -> str:
    return NYNORSK_FORMATS.get(source, source)


def test_painting_changes_only_the_painted_minutes_and_merges_the_day() -> None:
    odd = (("08:10", "12:00"), ("12:00", "15:35"))
    assert paint(odd, 16 * 60, 17 * 60, True) == (("08:10", "15:35"), ("16:00", "17:00"))
    assert paint(odd, 11 * 60, 11 * 60 + 30, False) == (("08:10", "11:00"), ("11:30", "15:35"))
    assert paint(odd, 15 * 60 + 30, 24 * 60, True) == (("08:10", "24:00"),)
    assert paint(odd, 0, 24 * 60, False) == ()
    assert cells(odd, 30)[16:18] == [Cell.PARTLY, Cell.OPEN]  # 08.00-08.30 partly, then open
    assert cells(odd, 30)[31] == Cell.PARTLY  # 15.30-16.00: open five minutes


def test_painting_the_week_leaves_other_days_exactly_as_written() -> None:
    pattern = demo()
    office = pattern.calendars["kontor"]
    odd = with_day(office, "thu", (("12:00", "15:35"), ("08:10", "12:00")))
    painted = painted_week(odd, ("mon", "tue", "sat"), 15 * 60 + 30, 16 * 60, True)
    after = set_calendar(pattern, "kontor", painted)
    weekly = to_document(after)["calendars"]["kontor"]["weekly"]
    assert weekly["mon"] == weekly["tue"] == [["08:00", "16:00"]]
    assert weekly["sat"] == [["15:30", "16:00"]]
    assert weekly["thu"] == [["12:00", "15:35"], ["08:10", "12:00"]]  # untouched, as written
    assert weekly["sun"] == []
    assert list(weekly) == ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    assert pattern.calendars["kontor"] == office  # the original is left as it was
    # A day that was not written and stays closed is not written either.
    unwritten = with_day(office, "sun", ())
    assert "sun" in painted_week(unwritten, ("sun",), 0, 60, False).weekly
    gone = office.__class__(weekly={"mon": (("08:00", "09:00"),)})
    assert "tue" not in painted_week(gone, ("tue",), 0, 60, False).weekly


def test_closed_days_special_hours_and_holidays_in_the_document() -> None:
    pattern = demo()
    office = pattern.calendars["kontor"]
    changed = with_closed_dates(office, ["2027-11-20", "2027-05-14", "2027-11-20"])
    changed = with_closed_yearly(changed, ["12-31", "12-24", "04-30"])
    changed = with_special_hours(changed, {"2027-12-23": (("08:00", "12:00"),), "2027-06-01": ()})
    changed = with_public_holidays(changed, None)
    document = to_document(set_calendar(pattern, "kontor", changed))["calendars"]["kontor"]
    assert document["closed_dates"] == ["2027-05-14", "2027-11-20"]
    assert document["closed_yearly"] == ["04-30", "12-24", "12-31"]
    assert document["special_hours"] == {"2027-06-01": [], "2027-12-23": [["08:00", "12:00"]]}
    assert document["public_holidays"] is None
    codes = {f.code for f in validate(set_calendar(pattern, "kontor", changed))}
    assert "no-public-holidays" in codes
    # What the edits write reads back as the same pattern.
    painted = painted_week(changed, ("sat", "sun"), 0, 24 * 60, True)
    after = set_calendar(pattern, "kontor", painted)
    assert loads(dumps(after)) == after


def test_a_new_calendar_for_a_schedule_without_one() -> None:
    pattern = demo()
    after, name = new_calendar(pattern, "opningstid")
    assert name == "opningstid"
    node = after.node("opningstid")
    assert node is not None and node.calendar == "opningstid"
    assert to_document(after)["calendars"]["opningstid"] == {
        "weekly": {},
        "public_holidays": "NO",
    }
    again, second = new_calendar(after, "opningstid")
    assert second == "opningstid-2" and set(again.calendars) == {"kontor", name, second}
    with pytest.raises(ValueError):
        new_calendar(pattern, "hovudmeny")


def test_typed_periods_and_dates_are_read_in_either_form() -> None:
    assert parse_periods("08:00–11:30, 12.00-15.30") == (("08:00", "11:30"), ("12:00", "15:30"))
    assert parse_periods(" 8 - 24 ") == (("08:00", "24:00"),)
    assert parse_periods("") == ()
    assert parse_date("24.11.2026") == parse_date("2026-11-24") == "2026-11-24"
    assert parse_date("1.2.2027") == "2027-02-01"
    assert parse_month_day("24.12") == parse_month_day("24.12.") == "12-24"
    assert parse_month_day("29.02") == "02-29"


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("08:00-25:00", "bad-time", "25:00"),
        ("24:00-24:30", "bad-time", "24:00"),
        ("08:61-09:00", "bad-time", "08:61"),
        ("08:00", "bad-time", "08:00"),
        ("15:00-08:00", "bad-interval", None),
    ],
)
def test_bad_periods_say_what_is_wrong(text: str, key: str, value: str | None) -> None:
    with pytest.raises(PatternError) as raised:
        parse_periods(text)
    assert raised.value.key == key
    if value is not None:
        assert raised.value.params["value"] == value


@pytest.mark.parametrize("text", ["31.02.2027", "2027-13-01", "24/11/2026", "i morgon", ""])
def test_bad_dates_are_refused(text: str) -> None:
    with pytest.raises(PatternError) as raised:
        parse_date(text)
    assert raised.value.key == "bad-date"


@pytest.mark.parametrize("text", ["30.02", "12-32", "24.12.2026"])
def test_bad_yearly_days_are_refused(text: str) -> None:
    with pytest.raises(PatternError):
        parse_month_day(text)


def test_times_and_days_as_the_language_writes_them() -> None:
    periods = (("08:00", "11:30"), ("12:00", "24:00"))
    assert periods_text(periods, nynorsk) == "08.00–11.30, 12.00–24.00"
    assert periods_text(periods, untranslated) == "08:00–11:30, 12:00–24:00"
    assert month_day_text("12-24", nynorsk) == "24.12."


def test_the_coming_public_holidays_are_a_year_from_today() -> None:
    coming = coming_holidays("NO", date(2026, 12, 1))
    assert coming[0] == (date(2026, 12, 25), "Christmas Day")
    assert coming[1] == (date(2026, 12, 26), "Second Day of Christmas")
    assert all(date(2026, 12, 1) <= day < date(2027, 12, 1) for day, _ in coming)
    # Two on one day in 2027, each named in the user's language.
    together = dict(coming)[date(2027, 5, 17)]
    assert holiday_name(together, lambda c, s, d="", n=-1: s.upper()) == (
        "CONSTITUTION DAY, PENTECOST MONDAY"
    )
    assert sum(len(name.split("; ")) for _, name in coming) == 12  # Norway's twelve a year
    assert coming_holidays("NO", date(2028, 2, 29))[-1][0] < date(2029, 2, 28)
