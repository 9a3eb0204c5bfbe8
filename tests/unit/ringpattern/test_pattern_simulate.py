"""Routing one call: each node type, the ringing strategies, menus, loops and dead ends."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from kontakt.core.ringpattern import Call, Outcome, PatternError, simulate

from .builders import HOME_CARE, MAIN, demo, group, pattern, voicemail

TUESDAY_9 = datetime(2026, 11, 24, 9, 0)


def _call(nodes: list[dict[str, Any]], **kwargs: Any) -> Call:
    at = kwargs.pop("at", TUESDAY_9)
    return simulate(pattern(nodes), MAIN, at, **kwargs)


def _rows(call: Call) -> list[tuple[str, int, Any]]:
    return [(s.node, s.at_s, s.rang or s.pressed or s.state) for s in call.steps]


def test_demo_open_no_key_nobody_answers_ends_in_voicemail() -> None:
    call = simulate(demo(), MAIN, TUESDAY_9)
    assert _rows(call) == [
        ("opningstid", 0, "open"),
        ("hovudmeny", 0, "no_input"),
        ("sentralbord", 8, ("kari", "ingrid", "ola")),
        ("postmottak", 248, None),
    ]
    assert (call.outcome, call.elapsed_s) == (Outcome.VOICEMAIL, 248)
    assert call.at.isoformat() == "2026-11-24T09:00:00+01:00"


def test_demo_christmas_eve_hangs_up_after_the_message() -> None:
    call = simulate(demo(), MAIN, datetime(2026, 12, 24, 9, 0))
    assert [s.node for s in call.steps] == ["opningstid", "helg-melding"]
    assert call.outcome is Outcome.HANGUP


def test_demo_home_care_forwards_after_thirty_seconds() -> None:
    call = simulate(demo(), HOME_CARE, TUESDAY_9)
    assert (call.outcome, call.forwarded_to, call.elapsed_s) == (
        Outcome.FORWARDED,
        "+4755568700",
        30,
    )


def test_sequential_group_answered_by_the_second_member() -> None:
    call = simulate(demo(), MAIN, TUESDAY_9, presses=["1"], answer="silje")
    assert _rows(call)[-1] == ("helse", 0, ("per", "silje"))
    assert (call.outcome, call.answered_by, call.elapsed_s) == (Outcome.ANSWERED, "silje", 20)


def test_unavailable_members_are_skipped_at_no_cost() -> None:
    call = simulate(demo(), MAIN, TUESDAY_9, presses=["1"], answer="silje", unavailable=["per"])
    assert _rows(call)[-1] == ("helse", 0, ("silje",))
    assert call.elapsed_s == 0
    never = simulate(demo(), MAIN, TUESDAY_9, presses=["1"], answer="silje", unavailable=["silje"])
    assert never.answered_by is None


def test_rotating_without_history_starts_at_the_first() -> None:
    call = _call(
        [group("g", ["a", "b", "c"], strategy="rotating", ring_s=15), voicemail()], answer="c"
    )
    assert (call.steps[0].rang, call.elapsed_s) == (("a", "b", "c"), 30)


def test_max_ring_s_ends_the_group_early() -> None:
    call = _call(
        [group("g", ["a", "b", "c"], strategy="sequential", ring_s=20, max_ring_s=30), voicemail()],
        answer="c",
    )
    assert call.steps[0].rang == ("a", "b")
    assert (call.outcome, call.steps[1].at_s) == (Outcome.VOICEMAIL, 30)
    simultaneous = _call([group("g", ["a", "b"], ring_s=40, max_ring_s=25), voicemail()])
    assert simultaneous.elapsed_s == 25


def test_group_with_nobody_available_passes_at_once() -> None:
    call = _call([group("g", ["a", "b"]), voicemail()], unavailable=["a", "b"])
    assert (call.steps[0].rang, call.steps[1].at_s) == ((), 0)


def test_queue_rings_round_until_max_wait_then_overflows() -> None:
    queue = {
        "id": "q",
        "type": "queue",
        "members": ["a", "b"],
        "strategy": "sequential",
        "ring_s": 20,
        "max_wait_s": 100,
        "overflow": "vm",
    }
    nobody = _call([queue, voicemail()])
    assert (nobody.steps[0].result, nobody.steps[1].at_s) == ("overflow", 100)
    answered = _call([queue, voicemail()], answer="b")
    assert (answered.outcome, answered.elapsed_s) == (Outcome.ANSWERED, 20)


def test_menu_keys_invalid_replays_and_no_input() -> None:
    menu = {
        "id": "m",
        "type": "menu",
        "prompt": "?",
        "options": {"1": "vm"},
        "no_input": "bye",
        "timeout_s": 5,
    }
    nodes = [menu, voicemail(), {"id": "bye", "type": "hangup"}]
    assert _call(nodes, presses=["1"]).outcome is Outcome.VOICEMAIL
    replayed = _call(nodes, presses=["7", "8", "1"])
    assert [s.pressed for s in replayed.steps[:3]] == ["invalid", "invalid", "1"]
    assert replayed.outcome is Outcome.VOICEMAIL
    three_wrong = _call(nodes, presses=["7", "8", "9", "1"])
    assert [s.pressed for s in three_wrong.steps] == ["invalid"] * 3 + [None]
    assert three_wrong.outcome is Outcome.HANGUP
    silent = _call(nodes)
    assert ([s.pressed for s in silent.steps], silent.elapsed_s) == (["no_input", None], 5)
    explicit = _call(
        [{**menu, "invalid": "vm"}, voicemail(), {"id": "bye", "type": "hangup"}], presses=["7"]
    )
    assert explicit.outcome is Outcome.VOICEMAIL


def test_announcement_and_terminal_nodes() -> None:
    msg = {"id": "msg", "type": "announcement", "prompt": "Hi", "next": None}
    assert _call([msg]).outcome is Outcome.HANGUP
    assert _call([{**msg, "next": "vm"}, voicemail()]).outcome is Outcome.VOICEMAIL
    assert _call([{"id": "h", "type": "hangup"}]).outcome is Outcome.HANGUP


def test_dead_ends() -> None:
    assert (
        _call([{"id": "msg", "type": "announcement", "prompt": "Hi"}]).outcome is Outcome.DEAD_END
    )
    assert _call([group("g", ["a", "b"], no_answer="gone")]).outcome is Outcome.DEAD_END
    schedule = {"id": "s", "type": "schedule", "calendar": "office", "open": "vm"}
    closed = _call([schedule, voicemail()], at=datetime(2026, 11, 24, 20, 0))
    assert (closed.outcome, closed.steps[0].state) == (Outcome.DEAD_END, "closed")


def test_holiday_exit_defaults_to_closed() -> None:
    schedule = {"id": "s", "type": "schedule", "calendar": "office", "open": "g", "closed": "vm"}
    call = _call([schedule, group("g", ["a", "b"]), voicemail()], at=datetime(2026, 5, 17, 10, 0))
    assert ([s.node for s in call.steps], call.steps[0].state) == (["s", "vm"], "holiday")


def test_a_node_entered_a_twentieth_time_is_an_endless_loop() -> None:
    call = _call(
        [
            group("g", ["a", "b"], ring_s=5, no_answer="msg"),
            {"id": "msg", "type": "announcement", "prompt": "Wait", "next": "g"},
        ]
    )
    assert call.outcome is Outcome.ENDLESS_LOOP
    assert [s.node for s in call.steps].count("g") == 19


def test_the_schedule_is_read_when_the_call_reaches_it() -> None:
    nodes = [
        group("g", ["a", "b"], ring_s=90, no_answer="s"),
        {"id": "s", "type": "schedule", "calendar": "office", "open": "vm", "closed": "bye"},
        voicemail(),
        {"id": "bye", "type": "hangup"},
    ]
    assert _call(nodes, at=datetime(2026, 11, 24, 15, 58)).outcome is Outcome.VOICEMAIL
    late = _call(nodes, at=datetime(2026, 11, 24, 15, 59))  # 16:00:30 at the schedule
    assert (late.outcome, late.steps[1].state) == (Outcome.HANGUP, "closed")


def test_same_inputs_same_call() -> None:
    first = simulate(demo(), MAIN, TUESDAY_9, presses=["2"])
    assert simulate(demo(), MAIN, TUESDAY_9, presses=["2"]) == first


@pytest.mark.parametrize(
    ("kwargs", "key"),
    [
        ({"number": "+4799999999"}, "unknown-entry"),
        ({"answer": "nobody"}, "unknown-member"),
        ({"unavailable": ["kari", "ghost"]}, "unknown-member"),
        ({"presses": ["12"]}, "bad-key"),
    ],
)
def test_unknown_names_are_errors(kwargs: dict[str, Any], key: str) -> None:
    args: dict[str, Any] = {"number": MAIN, **kwargs}
    with pytest.raises(PatternError) as caught:
        simulate(demo(), at=TUESDAY_9, **args)
    assert caught.value.key == key
