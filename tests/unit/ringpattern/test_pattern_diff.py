"""Comparing two versions: parts added, removed and changed, and the numbers affected."""

from __future__ import annotations

from datetime import date
from typing import Any

from kontakt.core.ringpattern import diff, from_document
from kontakt.core.ringpattern.jsonout import diff_json

from .builders import HOME_CARE, MAIN, demo_document

START = date(2026, 1, 1)


def _diff(change: Any) -> Any:
    old = demo_document()
    new = demo_document()
    change(new)
    return diff(from_document(old), from_document(new), START)


def test_no_change_no_difference() -> None:
    result = _diff(lambda d: None)
    assert diff_json(result) == {
        "added": {p: {} for p in ("entries", "calendars", "members", "nodes")},
        "removed": {p: {} for p in ("entries", "calendars", "members", "nodes")},
        "changed": {p: {} for p in ("entries", "calendars", "members", "nodes")},
        "entries_affected": [],
    }


def test_fields_changed_with_old_and_new_values() -> None:
    def change(d: dict[str, Any]) -> None:
        d["nodes"][4]["ring_s"] = 30  # byggesak, reached only by pressing 2
        d["members"]["arne"]["device"] = "mobile"

    result = diff_json(_diff(change))
    assert result["changed"]["nodes"] == {"byggesak": {"ring_s": {"old": 25, "new": 30}}}
    assert result["changed"]["members"] == {"arne": {"device": {"old": "desk", "new": "mobile"}}}
    assert result["entries_affected"] == []  # no unanswered call without keys passes there


def test_a_menu_option_change_affects_the_menus_entries() -> None:
    result = _diff(lambda d: d["nodes"][1]["options"].update({"2": "sentralbord"}))
    assert result.changed["nodes"]["hovudmeny"]["options"][1]["2"] == "sentralbord"
    assert result.entries_affected == (MAIN,)


def test_a_member_on_the_route_affects_its_entry() -> None:
    result = _diff(lambda d: d["members"]["silje"].update(number="+4740000099"))
    assert result.entries_affected == (HOME_CARE,)


def test_a_calendar_change_affects_entries_through_their_schedule() -> None:
    result = _diff(lambda d: d["calendars"]["kontor"]["closed_yearly"].append("12-27"))
    assert list(result.changed["calendars"]) == ["kontor"]
    assert result.entries_affected == (MAIN,)


def test_added_and_removed_parts() -> None:
    def change(d: dict[str, Any]) -> None:
        d["entries"].append({"number": "+4756100600", "label": "Ny", "start": "postmottak"})
        del d["members"]["arne"]
        d["nodes"].append({"id": "slutt", "type": "hangup"})
        d["entries"][1]["start"] = "slutt"

    result = _diff(change)
    assert list(result.added["entries"]) == ["+4756100600"]
    assert list(result.removed["members"]) == ["arne"]
    assert result.added["nodes"] == {"slutt": {"id": "slutt", "type": "hangup"}}
    assert result.changed["entries"][HOME_CARE] == {"start": ("heimeteneste", "slutt")}
    assert result.entries_affected == (HOME_CARE, "+4756100600")


def test_a_change_on_the_holiday_branch_only_is_found() -> None:
    result = _diff(lambda d: d["nodes"][8].update(next="postmottak"))  # helg-melding
    assert result.entries_affected == (MAIN,)
