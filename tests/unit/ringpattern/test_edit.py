"""The edit API: each edit gives a new pattern that validates as the user expects, and the
original is left as it was."""

from __future__ import annotations

import pytest

from kontakt.core.ringpattern import NodeType, PatternError, dumps, validate
from kontakt.core.ringpattern.edit import (
    add_node,
    change,
    connect,
    connect_entry,
    disconnect,
    duplicate,
    member_for,
    move,
    new_node,
    paste,
    remove_node,
    rename,
    unique_id,
)
from kontakt.core.ringpattern.model import Member, Strategy
from tests.unit.ringpattern.builders import demo


def codes(pattern: object, node: str) -> set[str]:
    return {f.code for f in validate(pattern) if f.node == node}  # type: ignore[arg-type]


def test_add_a_group_and_connect_a_menu_key_to_it() -> None:
    original = demo()
    before = dumps(original)
    group = new_node(NodeType.GROUP, unique_id(original, "group"), "Skule")
    added = add_node(original, group, (10.0, 20.0))
    assert added.node("group") == group
    assert added.layout is not None and added.layout["group"] == (10.0, 20.0)
    assert "unreachable-node" in codes(added, "group")
    connected = connect(added, "hovudmeny", "7", "group")
    menu = connected.node("hovudmeny")
    assert menu is not None and menu.options is not None and menu.options["7"] == "group"
    assert "unreachable-node" not in codes(connected, "group")
    assert dumps(original) == before


def test_unique_ids_count_up() -> None:
    pattern = demo()
    assert unique_id(pattern, "helse") == "helse-2"
    assert unique_id(pattern, "helse", ["helse-2"]) == "helse-3"
    assert unique_id(pattern, "ny") == "ny"
    with pytest.raises(ValueError, match="exists already"):
        add_node(pattern, new_node(NodeType.HANGUP, "helse"))


def test_removing_a_node_leaves_its_callers_unconnected() -> None:
    pattern = demo()
    menu = pattern.node("hovudmeny")
    assert menu is not None and menu.options is not None
    key = next(k for k, t in menu.options.items() if t == "helse")
    removed = remove_node(pattern, "helse")
    assert removed.node("helse") is None
    assert removed.layout is not None and "helse" not in removed.layout
    new_menu = removed.node("hovudmeny")
    assert new_menu is not None and new_menu.options is not None
    assert new_menu.options[key] is None
    assert any(f.code == "missing-exit" and f.node == "hovudmeny" for f in validate(removed))
    gone_start = remove_node(pattern, "opningstid")
    assert gone_start.entries[0].start is None
    with pytest.raises(PatternError):
        remove_node(pattern, "nobody")


def test_disconnect_a_required_exit_is_found_missing_and_connect_mends_it() -> None:
    pattern = demo()
    cut = disconnect(pattern, "helse", "no_answer")
    assert "no_answer" not in cut.node("helse").exits  # type: ignore[union-attr]
    assert "missing-exit" in codes(cut, "helse")
    mended = connect(cut, "helse", "no_answer", "postmottak")
    assert "missing-exit" not in codes(mended, "helse")
    with pytest.raises(ValueError, match="no port"):
        connect(pattern, "helse", "1", "postmottak")
    with pytest.raises(PatternError):
        connect(pattern, "helse", "no_answer", "nowhere")


def test_entry_moved_and_fields_changed() -> None:
    pattern = demo()
    assert connect_entry(pattern, "+4756100000", "hovudmeny").entries[0].start == "hovudmeny"
    moved = move(pattern, {"helse": (1.5, 2.5)})
    assert moved.layout is not None and moved.layout["helse"] == (1.5, 2.5)
    changed = change(pattern, "helse", members=["a"], strategy="sequential", ring_s=30)
    helse = changed.node("helse")
    assert helse is not None
    assert helse.members == ("a",) and helse.strategy is Strategy.SEQUENTIAL
    assert helse.ring_s == 30
    with pytest.raises(ValueError, match="no field"):
        change(pattern, "helse", calendar="office")
    assert rename(pattern, "helse", "  Helse og omsorg ").node("helse").label == "Helse og omsorg"  # type: ignore[union-attr]
    assert rename(pattern, "helse", " ").node("helse").label is None  # type: ignore[union-attr]


def test_duplicate_keeps_inner_exits_on_the_copies() -> None:
    pattern = demo()
    copied, ids = duplicate(pattern, ["heimeteneste", "heimeteneste-vidare"])
    assert ids == ["heimeteneste-2", "heimeteneste-vidare-2"]
    original = pattern.node("heimeteneste")
    copy = copied.node("heimeteneste-2")
    assert original is not None and copy is not None
    inner = {k for k, t in original.exits.items() if t == "heimeteneste-vidare"}
    assert inner, "the demo's home care group leads to its forward"
    for key in inner:
        assert copy.exits[key] == "heimeteneste-vidare-2"
    assert pattern.layout is not None and copied.layout is not None
    x, y = pattern.layout["heimeteneste"]
    assert copied.layout["heimeteneste-2"] == (x + 40, y + 40)


def test_paste_from_another_pattern() -> None:
    source = demo()
    target = remove_node(demo(), "postmottak")
    pasted, ids = paste(target, [source.node("postmottak"), source.node("helse")])  # type: ignore[list-item]
    assert ids == ["postmottak", "helse-2"]
    helse = pasted.node("helse-2")
    assert helse is not None and helse.exits["no_answer"] == "sentralbord"
    assert pasted.node("postmottak") == source.node("postmottak")


def test_a_person_becomes_a_member_once() -> None:
    pattern = demo()
    kari = Member("+4791112233", "Kari Nordmann", "E999")
    added, member_id = member_for(pattern, kari)
    assert member_id == "E999" and added.members["E999"] == kari
    again, same = member_for(added, kari)
    assert same == "E999" and again is added
    known = next(iter(pattern.members.items()))
    assert member_for(pattern, known[1]) == (pattern, known[0])
