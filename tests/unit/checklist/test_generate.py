"""Generating the test checklist from pairs of ring patterns (the demo and variants of it)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from kontakt.core.checklist import CaseKind, TestCase, generate
from kontakt.core.checklist.jsonout import checklist_json
from kontakt.core.ringpattern import from_document, simulate
from kontakt.core.ringpattern.schedule import CalendarClock, CalendarState
from kontakt.core.texts import untranslated
from tests.unit.ringpattern.builders import HOME_CARE, MAIN, demo_document

OSLO = ZoneInfo("Europe/Oslo")
NOW = datetime(2026, 12, 1, 9, 50, tzinfo=OSLO)  # a Tuesday in opening hours


def _cases(change: Callable[[dict[str, Any]], None], now: datetime = NOW) -> list[TestCase]:
    old = demo_document()
    new = copy.deepcopy(old)
    change(new)
    return generate(from_document(old), from_document(new), untranslated, now=now, language="en")


def _calls(cases: list[TestCase]) -> list[TestCase]:
    return [c for c in cases if c.kind is CaseKind.CALL]


def test_no_change_gives_only_the_standing_checks() -> None:
    cases = _cases(lambda d: None)
    assert [c.kind for c in cases] == [CaseKind.STANDING, CaseKind.STANDING]
    assert checklist_json(cases) == {"cases": []}


def test_a_changed_menu_option_gives_a_case_for_that_digit_only() -> None:
    def change(d: dict[str, Any]) -> None:
        d["nodes"][1]["options"]["2"] = "sentralbord"

    calls = _calls(_cases(change))
    assert [c.press for c in calls] == [(), ("2",)]  # the menu's no-input path, and key 2
    assert calls[0].reason == "«Hovudmeny»: menu options changed."
    case = calls[1]
    assert case.entry == MAIN
    assert case.at == datetime(2026, 12, 1, 9, 55, tzinfo=OSLO)  # now, in opening hours
    assert case.expect is not None
    assert case.expect.outcome == "voicemail"
    assert case.expect.rang == ("kari", "ingrid", "ola")
    assert "Key 2" in case.reason and "«Byggesak»" in case.reason
    assert "Press 2 at the voice menu «Hovudmeny»" in case.instructions
    assert "Kari Nordmann's desk phone (56 10 00 10)" in case.expected
    assert case.expected == (
        "The voice menu «Hovudmeny» plays. You wait in the queue «Sentralbordet» while Kari "
        "Nordmann's desk phone (56 10 00 10), Ingrid Haugland's desk phone (56 10 00 30) and "
        "Ola Vik's mobile (91 20 00 02) ring, for up to 240 s. The call goes to the voicemail "
        "«Postmottak» (postmottak@demo.kommune.no)."
    )


def test_a_new_menu_option_and_a_removed_one_are_both_tested() -> None:
    def change(d: dict[str, Any]) -> None:
        options = d["nodes"][1]["options"]
        options["3"] = "heimeteneste"
        del options["0"]

    presses = sorted(c.press for c in _calls(_cases(change)))
    assert ("3",) in presses and ("0",) in presses
    assert ("1",) not in presses and ("2",) not in presses


def test_changed_opening_hours_give_a_case_at_the_changed_time() -> None:
    def change(d: dict[str, Any]) -> None:
        d["calendars"]["kontor"]["weekly"]["mon"] = [["08:00", "16:00"]]

    calls = _calls(_cases(change))
    assert len(calls) == 1
    (case,) = calls
    assert case.at is not None and case.at.weekday() == 0  # a Monday
    assert (case.at.hour, case.at.minute) >= (15, 30) and case.at.hour < 16
    assert case.press == ()
    assert case.expect is not None and case.expect.outcome == "voicemail"
    assert "went to «Stengt» and now goes to «Hovudmeny»" in case.reason
    assert "in opening hours" in case.instructions


def test_a_new_closed_day_is_tested_on_that_day_with_how_to_test_it_earlier() -> None:
    def change(d: dict[str, Any]) -> None:
        d["calendars"]["kontor"]["closed_dates"] = ["2027-03-03"]  # a Wednesday

    (case,) = _calls(_cases(change))
    assert case.at is not None and case.at.date().isoformat() == "2027-03-03"
    assert case.extra["situation"] == "holiday"
    assert "The next closed day is 2027-03-03: call then" in case.instructions
    assert "IKTNH's service desk" in case.instructions


def test_a_changed_group_is_tested_unanswered_and_answered_by_its_new_member() -> None:
    def change(d: dict[str, Any]) -> None:
        d["nodes"][4]["members"] = ["arne", "ola"]  # byggesak: ola instead of kari

    calls = _calls(_cases(change))
    assert [(c.press, c.answer) for c in calls] == [(("2",), None), (("2",), "ola")]
    unanswered, answered = calls
    assert unanswered.expect is not None and unanswered.expect.rang == ("arne", "ola")
    assert "ring together for 25 s" in unanswered.expected
    assert answered.expect is not None
    assert answered.expect.outcome == "answered" and answered.expect.answered_by == "ola"


def test_a_new_forward_on_the_home_care_number() -> None:
    def change(d: dict[str, Any]) -> None:
        d["nodes"][6]["number"] = "+4756100000"

    calls = _calls(_cases(change))
    assert {c.entry for c in calls} == {HOME_CARE}
    (case,) = calls
    assert case.expect is not None and case.expect.forwarded_to == "+4756100000"
    assert "forwarded to 56 10 00 00" in case.expected


def test_a_holiday_is_not_used_when_the_open_state_is_tested() -> None:
    def change(d: dict[str, Any]) -> None:
        d["nodes"][1]["options"]["2"] = "sentralbord"

    # From Christmas Eve: the next opening hours are after the holidays.
    calls = _calls(_cases(change, now=datetime(2026, 12, 24, 9, 0, tzinfo=OSLO)))
    pattern = from_document(demo_document())
    clock = CalendarClock(pattern.calendars["kontor"], OSLO)
    for case in calls:
        assert case.at is not None
        assert not clock.is_holiday(case.at.date())
        assert clock.state_at(case.at) is CalendarState.OPEN


def _example_change(d: dict[str, Any]) -> None:
    # Longer hours, a new option to a new group that forwards, a changed answer group,
    # a longer queue, special hours before Easter, and home care on a new voicemail.
    week = d["calendars"]["kontor"]["weekly"]
    for day in ("mon", "tue", "wed", "thu"):
        week[day] = [["07:30", "16:00"]]
    d["calendars"]["kontor"]["special_hours"]["2027-03-24"] = [["08:00", "12:00"]]
    d["nodes"][1]["options"]["3"] = "skule"
    d["nodes"].append(
        {
            "id": "skule",
            "type": "group",
            "label": "Skule",
            "members": ["ingrid", "arne"],
            "strategy": "sequential",
            "ring_s": 15,
            "no_answer": "skule-vidare",
        }
    )
    d["nodes"].append(
        {"id": "skule-vidare", "type": "forward", "label": "Rektor", "number": "+4791200002"}
    )
    d["nodes"][3]["members"] = ["silje", "per", "ola"]
    d["nodes"][2]["max_wait_s"] = 180
    d["nodes"][5]["no_answer"] = "postmottak"


def test_the_example_change_stays_short_enough_to_run_by_hand() -> None:
    cases = _cases(_example_change)
    calls = _calls(cases)
    assert 5 <= len(cases) <= 40
    assert [c.kind for c in cases[-2:]] == [CaseKind.STANDING, CaseKind.STANDING]
    assert ("3",) in {c.press for c in calls}
    assert {c.entry for c in calls} == {MAIN, HOME_CARE}
    assert len({c.id for c in cases}) == len(cases)


def test_every_case_expects_what_the_simulator_gives_on_new_for_that_call() -> None:
    new_doc = demo_document()
    _example_change(new_doc)
    new = from_document(new_doc)
    listing = checklist_json(_cases(_example_change))["cases"]
    assert listing
    for case in listing:
        at = datetime.fromisoformat(case["at"])
        assert at.utcoffset() is not None
        assert NOW <= at < NOW.replace(year=2027)
        call = simulate(new, case["entry"], at, case["press"], case["answer"])
        rang: list[str] = []
        for step in call.steps:
            rang += [m for m in step.rang or () if m not in rang]
        assert case["expect"] == {
            "outcome": str(call.outcome),
            "rang": rang,
            "answered_by": call.answered_by,
            "forwarded_to": call.forwarded_to,
        }
        assert set(case) == {
            "id",
            "entry",
            "at",
            "press",
            "answer",
            "expect",
            "reason",
            "instructions",
        }


def test_cases_read_back_from_their_stored_form() -> None:
    for case in _cases(_example_change):
        assert TestCase.from_dict(case.to_dict()) == case


def test_a_new_number_is_tested_in_each_of_its_states() -> None:
    def change(d: dict[str, Any]) -> None:
        d["entries"].append(
            {"number": "+4756100600", "label": "Byggesak direkte", "start": "byggesak-tid"}
        )
        d["nodes"].append(
            {
                "id": "byggesak-tid",
                "type": "schedule",
                "calendar": "kontor",
                "open": "byggesak",
                "closed": "postmottak",
            }
        )

    calls = [c for c in _calls(_cases(change)) if c.entry == "+4756100600"]
    assert {c.extra["situation"] for c in calls if c.answer is None} == {
        "open",
        "closed",
        "holiday",
    }
    assert all("The number 56 10 06 00 is new." in c.reason for c in calls if c.answer is None)
    holiday = next(c for c in calls if c.extra["situation"] == "holiday")
    assert holiday.expect is not None and holiday.expect.outcome == "voicemail"


def test_new_special_hours_are_tested_on_their_day() -> None:
    def change(d: dict[str, Any]) -> None:
        d["calendars"]["kontor"]["special_hours"]["2027-02-05"] = [["08:00", "12:00"]]

    (case,) = _calls(_cases(change))
    assert case.at is not None and case.at.date().isoformat() == "2027-02-05"
    assert case.at.hour >= 12 and case.extra["situation"] == "special"
    assert "Special hours hold on 2027-02-05" in case.instructions
    assert "went to «Hovudmeny» and now goes to «Stengt»" in case.reason


def test_a_changed_prompt_is_heard_on_the_call_that_presses_nothing() -> None:
    def change(d: dict[str, Any]) -> None:
        d["nodes"][1]["prompt"] = "Velkomen. Trykk 1 for helse."

    calls = _calls(_cases(change))
    assert [c.press for c in calls] == [()]
    assert calls[0].reason == "«Hovudmeny»: announcement text changed."


def test_a_label_change_alone_is_not_tested() -> None:
    def change(d: dict[str, Any]) -> None:
        d["nodes"][2]["label"] = "Sentralbord"

    assert _calls(_cases(change)) == []
