"""Comparing two versions: parts added, removed and changed, and the numbers affected."""

from __future__ import annotations

from datetime import date
from typing import Any

from kontakt.core.ringpattern import diff, from_document
from kontakt.core.ringpattern.diff_text import diff_lines
from kontakt.core.ringpattern.jsonout import diff_json
from kontakt.core.texts import untranslated

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


def test_the_text_names_each_change_without_json() -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["entries"][1]["label"] = "Heimetenesta, vakt"
        doc["calendars"]["kontor"]["special_hours"] = {"2026-12-30": [["10:00", "14:00"]]}
        doc["calendars"]["kontor"]["closed_yearly"] = ["12-24"]
        doc["members"]["per"]["device"] = "desk"
        del doc["members"]["arne"]
        doc["nodes"][4]["members"] = ["kari"]  # byggesak without arne
        doc["nodes"][7]["next"] = None  # stengt-melding hangs up
        doc["nodes"][3]["strategy"] = "rotating"

    lines = diff_lines(_diff(change), untranslated)
    assert lines == [
        "Changed number 56 10 05 00:",
        "  Name: Heimetenesta → Heimetenesta, vakt",
        'Changed calendar "kontor":',
        "  Removed yearly closing day 12-31",
        "  Removed special hours 2026-12-23 (08:00–12:00)",
        "  New special hours 2026-12-30: 10:00–14:00",
        "Removed member: Arne Hope",
        "Changed member Per Lie:",
        "  Phone: mobile → desk phone",
        "Changed step Helse og omsorg (answer group):",
        "  Ringing: sequential → rotating",
        "Changed step Byggesak (answer group):",
        "  Removed member from Byggesak: Arne Hope",
        "Changed step Stengt (announcement):",
        '  Exit "after the message": Postmottak → the call is ended',
        "Numbers affected: 56 10 00 00, 56 10 05 00",
    ]
    assert not any("{" in line or "_" in line for line in lines)
