"""Change requests' kinds and states in words, the one list of each."""

from __future__ import annotations

from kontakt.core.changes.words import kind_name, state_name
from kontakt.core.texts import untranslated


def test_unknown_kinds_and_states_are_shown_as_stored() -> None:
    assert kind_name("ring-pattern", untranslated) == "Ring-pattern change"
    assert kind_name("telefax", untranslated) == "telefax"
    assert state_name("in-progress", untranslated) == "In progress at IKTNH"
    assert state_name("awaiting-approval", untranslated) == "awaiting-approval"
    assert kind_name("fault-report", untranslated) == "Fault report"
    assert kind_name("phone-order", untranslated) == "Phone order"
