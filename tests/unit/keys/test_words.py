"""A ring-pattern diff in sentences, as the detail view and `change pattern` print it."""

from __future__ import annotations

from kontakt.core.changes.words import diff_in_words, kind_name, state_name
from kontakt.core.texts import untranslated

EMPTY = {"entries": {}, "calendars": {}, "members": {}, "nodes": {}}


def test_each_part_added_removed_or_changed_is_a_sentence() -> None:
    diff = {
        "added": {**EMPTY, "members": {"kari": {"name": "Kari"}}},
        "removed": {**EMPTY, "nodes": {"kveld": {"type": "announcement"}}},
        "changed": {
            **EMPTY,
            "calendars": {"kontor": {"weekly": {"old": {}, "new": {}}, "x_extra": {}}},
        },
        "entries_affected": ["+4756100000"],
    }
    assert diff_in_words(diff, untranslated) == [
        "Calendar kontor changes: opening hours, x_extra.",
        "Member kari is added.",
        "Node kveld is removed.",
        "Numbers callers will notice it on: +4756100000",
    ]


def test_no_differences_is_said() -> None:
    diff = {"added": EMPTY, "removed": EMPTY, "changed": EMPTY, "entries_affected": []}
    assert diff_in_words(diff, untranslated) == ["Nothing changes against the current set-up."]


def test_unknown_kinds_and_states_are_shown_as_stored() -> None:
    assert kind_name("ring-pattern", untranslated) == "Ring-pattern change"
    assert kind_name("telefax", untranslated) == "telefax"
    assert state_name("in-progress", untranslated) == "In progress at IKTNH"
    assert state_name("awaiting-approval", untranslated) == "awaiting-approval"
