"""Trace backwards (`kontakt.core.ringpattern.trace`): which paths, in which order, with
which keys, and the example minute checked against plain minute-by-minute simulation."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest

from kontakt.core.ringpattern import Pattern, PatternError, from_document, simulate
from kontakt.core.ringpattern.trace import YEAR_DAYS, Tracer, trace

from .builders import MAIN, demo, document, group, pattern, voicemail

DEC_1 = date(2026, 12, 1)  # a Tuesday


def _paths(result: Any) -> list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    return [(p.nodes, p.exits, p.press) for p in result.paths]


def test_demo_member_every_group_and_queue_that_rings_her() -> None:
    result = trace(demo(), "member", "kari", DEC_1)
    assert _paths(result) == [
        (("opningstid", "hovudmeny", "byggesak"), ("open", "2"), ("2",)),
        (
            ("opningstid", "hovudmeny", "helse", "sentralbord"),
            ("open", "1", "no_answer"),
            ("1",),
        ),
        (("opningstid", "hovudmeny", "sentralbord"), ("open", "0"), ("0",)),
        (("opningstid", "hovudmeny", "sentralbord"), ("open", "no_input"), ()),
    ]
    assert {p.entry for p in result.paths} == {MAIN}
    assert all(
        p.example == datetime(2026, 12, 1, 8, 0, tzinfo=p.example.tzinfo) for p in result.paths
    )  # type: ignore[union-attr]
    assert result.targets == {"byggesak", "sentralbord"}


def test_holiday_path_waits_for_the_next_holiday() -> None:
    (path,) = trace(demo(), "node", "helg-melding", DEC_1).paths
    assert path.exits == ("holiday",)
    assert path.example is not None and path.example.isoformat() == "2026-12-24T00:00:00+01:00"


def test_order_entries_then_nodes_then_exits_and_two_exits_to_one_target() -> None:
    nodes = [
        {
            "id": "m",
            "type": "menu",
            "prompt": "p",
            "options": {"2": "z", "1": "a"},
            "no_input": "z",
        },
        {"id": "z", "type": "announcement", "prompt": "p", "next": "a"},
        group("a", ["a", "b"]),
        voicemail(),
    ]
    entries = [
        {"number": "+4756100001", "start": "z"},
        {"number": "+4756100000", "start": "m"},
    ]
    result = trace(pattern(nodes, entries=entries), "node", "a", DEC_1)
    assert [(p.entry, p.nodes, p.exits) for p in result.paths] == [
        ("+4756100001", ("z", "a"), ("next",)),
        ("+4756100000", ("m", "a"), ("1",)),  # a prefix-free order: "a" < "z"
        ("+4756100000", ("m", "z", "a"), ("2", "next")),
        ("+4756100000", ("m", "z", "a"), ("no_input", "next")),
    ]
    assert [p.press for p in result.paths] == [(), ("1",), ("2",), ()]


def test_prefix_comes_first_and_member_paths_go_on_past_a_group() -> None:
    nodes = [group("g1", ["a", "b"], "g2"), group("g2", ["a", "c"], "vm"), voicemail()]
    result = trace(pattern(nodes), "member", "a", DEC_1)
    assert [p.nodes for p in result.paths] == [("g1",), ("g1", "g2")]
    assert [p.exits for p in result.paths] == [(), ("no_answer",)]


def test_invalid_exit_presses_the_first_key_without_an_option() -> None:
    nodes = [
        {
            "id": "m",
            "type": "menu",
            "prompt": "p",
            "options": {"0": "vm", "1": "vm", "3": "vm"},
            "no_input": "vm",
            "invalid": "g",
        },
        group("g", ["a", "b"]),
        voicemail(),
    ]
    (path,) = trace(pattern(nodes), "node", "g", DEC_1).paths
    assert (path.exits, path.press) == (("invalid",), ("2",))
    assert path.example is not None
    assert simulate(pattern(nodes), MAIN, path.example, list(path.press)).route[:2] == ("m", "g")


def test_a_menu_without_invalid_exit_has_no_path_through_invalid() -> None:
    nodes = [
        {"id": "m", "type": "menu", "prompt": "p", "options": {"1": "g"}, "no_input": "vm"},
        group("g", ["a", "b"]),
        voicemail(),
    ]
    assert _paths(trace(pattern(nodes), "node", "vm", DEC_1)) == [
        (("m", "g", "vm"), ("1", "no_answer"), ("1",)),
        (("m", "vm"), ("no_input",), ()),
    ]


def test_schedule_without_holiday_exit_sends_holidays_through_closed() -> None:
    nodes = [
        {"id": "s", "type": "schedule", "calendar": "office", "open": "g", "closed": "vm"},
        group("g", ["a", "b"]),
        voicemail(),
    ]
    paths = trace(pattern(nodes), "node", "vm", date(2026, 12, 25)).paths
    assert [p.exits for p in paths] == [("open", "no_answer"), ("closed",)]
    # Christmas Day is a holiday: its calls go through `closed` from midnight; the open
    # path waits for Monday after Boxing Day and the Sunday.
    assert [p.example.isoformat() if p.example else None for p in paths] == [
        "2026-12-28T08:00:00+01:00",
        "2026-12-25T00:00:00+01:00",
    ]


def test_no_example_when_no_minute_of_the_year_follows_the_path() -> None:
    calendars = {"plain": {"weekly": {"mon": [["08:00", "16:00"]]}, "public_holidays": None}}
    nodes = [
        {
            "id": "s",
            "type": "schedule",
            "calendar": "plain",
            "open": "m1",
            "closed": "vm",
            "holiday": "hol",
        },
        {"id": "hol", "type": "announcement", "prompt": "p", "next": None},
        {"id": "m1", "type": "menu", "prompt": "p", "options": {"1": "vm"}, "no_input": "m2"},
        {"id": "m2", "type": "menu", "prompt": "p", "options": {"1": "g"}, "no_input": "vm"},
        group("g", ["a", "b"]),
        voicemail(),
    ]
    found = trace(pattern(nodes, calendars=calendars), "node", "hol", DEC_1).paths
    assert [(p.nodes, p.example) for p in found] == [(("s", "hol"), None)]
    # m1 takes the 1 meant for m2: a caller cannot key this path.
    (keyed,) = trace(pattern(nodes, calendars=calendars), "node", "g", DEC_1).paths
    assert keyed.press == ("1",) and keyed.example is None


def test_nothing_reaches_the_target_and_unknown_ids_are_refused() -> None:
    nodes = [group("g", ["a", "b"]), voicemail(), voicemail("spare")]
    assert trace(pattern(nodes), "node", "spare", DEC_1).paths == ()
    assert trace(pattern(nodes), "member", "c", DEC_1).paths == ()
    with pytest.raises(PatternError) as node_error:
        trace(pattern(nodes), "node", "nowhere", DEC_1)
    assert (node_error.value.key, dict(node_error.value.params)) == (
        "unknown-node",
        {"node": "nowhere"},
    )
    with pytest.raises(PatternError) as member_error:
        trace(pattern(nodes), "member", "zed", DEC_1)
    assert (member_error.value.key, dict(member_error.value.params)) == (
        "unknown-member",
        {"member": "zed"},
    )


def _menu_chain(depth: int) -> Pattern:
    """Menus whose nine keys all lead to the next menu: 9**depth paths to the end."""
    nodes: list[dict[str, Any]] = [
        {
            "id": f"m{i}",
            "type": "menu",
            "prompt": "p",
            "options": {str(k): f"m{i + 1}" if i + 1 < depth else "g" for k in range(1, 10)},
            "no_input": "vm",
        }
        for i in range(depth)
    ]
    return pattern([*nodes, group("g", ["a", "b"]), voicemail()])


def test_path_count_is_bounded_with_a_clear_error() -> None:
    assert len(trace(_menu_chain(3), "node", "g", DEC_1).paths) == 9**3
    start = datetime.now()
    with pytest.raises(PatternError) as error:
        trace(_menu_chain(8), "node", "g", DEC_1)
    assert error.value.key == "too-many-paths" and error.value.params["most"] == 1_000
    assert datetime.now() - start < timedelta(seconds=5)
    with pytest.raises(PatternError):
        trace(_menu_chain(3), "node", "g", DEC_1, limit=100)


# --- the example minute against the plain definition: step every minute, simulate ---


def _check_against_oracle(
    p: Pattern, targets: list[tuple[str, str]], first: date, days: int
) -> int:
    """Each path's example against the plain definition: the first whole minute within
    `days` from `first` 00:00 at which `simulate`'s steps begin with the path's nodes
    (a path none follows within those days may have a later example, or none)."""
    start = datetime.combine(first, time(), p.zone).astimezone(UTC)
    minutes = [start + timedelta(minutes=k) for k in range(days * 24 * 60)]
    routes: dict[tuple[str, tuple[str, ...]], list[tuple[str, ...]]] = {}
    checked = 0
    paths = [path for kind, target in targets for path in trace(p, kind, target, first).paths]
    for path in paths:
        key = (path.entry, path.press)
        if key not in routes:
            routes[key] = [
                tuple(s.node for s in simulate(p, path.entry, m, list(path.press)).steps)
                for m in minutes
            ]
        expected = next(
            (
                m
                for m, r in zip(minutes, routes[key], strict=True)
                if r[: len(path.nodes)] == path.nodes
            ),
            None,
        )
        if expected is not None:
            assert path.example == expected.astimezone(p.zone), path
            checked += 1
        else:
            assert path.example is None or path.example >= minutes[-1], path
    return checked


def _timed_pattern(calendars: dict[str, Any]) -> Pattern:
    """Time passes before the schedules are read: a menu's time-out, a group's ringing."""
    nodes = [
        {
            "id": "m",
            "type": "menu",
            "prompt": "p",
            "options": {"1": "night"},
            "timeout_s": 10,
            "no_input": "g",
        },
        group("g", ["a", "b"], "day", strategy="sequential", ring_s=30),
        {
            "id": "day",
            "type": "schedule",
            "calendar": "day",
            "open": "q",
            "closed": "vm",
            "holiday": "hol",
        },
        {"id": "night", "type": "schedule", "calendar": "night", "open": "q", "closed": "hol"},
        {
            "id": "q",
            "type": "queue",
            "members": ["c"],
            "strategy": "sequential",
            "max_wait_s": 45,
            "overflow": "day",
        },
        {"id": "hol", "type": "announcement", "prompt": "p", "next": "vm"},
        voicemail(),
    ]
    return pattern(nodes, calendars=calendars)


def test_examples_match_minute_stepping_across_offsets_and_summer_time() -> None:
    calendars = {
        # open all Saturday, closing at 23:59 on Sunday: a call 70 s in reads it a minute on
        "day": {
            "weekly": {
                "sat": [["00:00", "24:00"]],
                "sun": [["00:00", "23:59"]],
                "mon": [["08:00", "16:00"]],
            },
            "public_holidays": "NO",
        },
        # 02:00-02:30 on Sundays, which does not happen on the night clocks go forward
        "night": {"weekly": {"sun": [["02:00", "02:30"]]}, "public_holidays": None},
    }
    p = _timed_pattern(calendars)
    first = date(2026, 3, 28)  # a Saturday; summer time begins on 29 March
    checked = _check_against_oracle(p, [("node", "q"), ("node", "vm"), ("node", "hol")], first, 9)
    assert checked >= 6
    night = [x for x in trace(p, "node", "q", first).paths if x.nodes[:2] == ("m", "night")]
    assert [x.example.isoformat() for x in night if x.example] == ["2026-04-05T02:00:00+02:00"]


def _random_calendar(rng: random.Random) -> dict[str, Any]:
    weekly = {}
    for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"):
        if rng.random() < 0.7:
            start = rng.randrange(0, 22 * 60, 7)
            end = min(24 * 60, start + rng.randrange(1, 6 * 60))
            weekly[day] = [
                [f"{start // 60:02d}:{start % 60:02d}", f"{end // 60:02d}:{end % 60:02d}"]
            ]
    return {"weekly": weekly, "public_holidays": "NO", "closed_dates": ["2026-10-26"]}


@pytest.mark.parametrize("seed", range(6))
def test_examples_match_minute_stepping_on_random_hours(seed: int) -> None:
    rng = random.Random(seed)
    p = _timed_pattern({"day": _random_calendar(rng), "night": _random_calendar(rng)})
    first = date(2026, 10, 24)  # summer time ends on 25 October
    _check_against_oracle(p, [("node", "vm"), ("member", "c")], first, 3)


def test_the_search_year_is_366_days() -> None:
    assert YEAR_DAYS == 366
    calendars = {"plain": {"weekly": {}, "public_holidays": None, "closed_dates": ["2027-12-01"]}}
    nodes = [
        {
            "id": "s",
            "type": "schedule",
            "calendar": "plain",
            "open": "vm",
            "closed": "vm",
            "holiday": "g",
        },
        group("g", ["a", "b"]),
        voicemail(),
    ]
    p = from_document(document(nodes, calendars=calendars))
    (path,) = trace(p, "node", "g", date(2026, 12, 1)).paths
    assert path.example is not None and path.example.date() == date(2027, 12, 1)
    (late,) = trace(p, "node", "g", date(2026, 11, 30)).paths
    assert late.example is None  # 1 December 2027 is the 367th day


def test_two_exits_to_one_node_share_their_example_as_the_spec_words_it() -> None:
    """`example` is when the simulator's steps begin with the path's nodes: with `open` and
    `closed` both leading to the group, either state follows both paths."""
    nodes = [
        {"id": "s", "type": "schedule", "calendar": "office", "open": "g", "closed": "g"},
        group("g", ["a", "b"]),
        voicemail(),
    ]
    paths = trace(pattern(nodes), "node", "g", DEC_1).paths
    assert [p.exits for p in paths] == [("closed",), ("open",)]
    assert {p.example.isoformat() if p.example else None for p in paths} == {
        "2026-12-01T00:00:00+01:00"
    }


def test_one_tracer_answers_many_traces_alike() -> None:
    p = demo()
    tracer = Tracer(p)
    for kind, target in [("member", "kari"), ("node", "postmottak"), ("member", "per")]:
        assert tracer.trace(kind, target, DEC_1) == trace(p, kind, target, DEC_1)


def _all_simple_paths(p: Pattern, start: str, targets: set[str]) -> list[tuple[str, ...]]:
    """Every exit sequence from `start` that visits no node twice and ends at a target,
    by plain recursion over every exit (no pruning)."""
    found: list[tuple[str, ...]] = []

    def go(nodes: list[str], exits: list[str]) -> None:
        if nodes[-1] in targets:
            found.append((*nodes, "|", *exits))
        node = p.node(nodes[-1])
        assert node is not None
        written = [(k, t) for k, t in node.exits.items() if t is not None]
        written += [(k, t) for k, t in (node.options or {}).items() if t is not None]
        for name, target in written:
            if target not in nodes and p.node(target) is not None:
                go([*nodes, target], [*exits, name])

    go([start], [])
    return found


@pytest.mark.parametrize("seed", range(20))
def test_paths_are_every_simple_path_on_random_patterns(seed: int) -> None:
    rng = random.Random(seed)
    ids = [f"n{i}" for i in range(9)]

    def target() -> str:
        return rng.choice([*ids, "vm"])

    nodes: list[dict[str, Any]] = []
    for node_id in ids:
        kind = rng.choice(["menu", "group", "schedule", "announcement"])
        if kind == "menu":
            keys = rng.sample(["0", "1", "2", "*"], rng.randint(1, 3))
            node = {"type": "menu", "prompt": "p", "options": {k: target() for k in keys}}
            node["no_input"] = target()
            if rng.random() < 0.5:
                node["invalid"] = target()
        elif kind == "group":
            node = group(node_id, rng.sample(["a", "b", "c"], 2), target())
        elif kind == "schedule":
            node = {"type": "schedule", "calendar": "office", "open": target(), "closed": target()}
            if rng.random() < 0.5:
                node["holiday"] = target()
        else:
            node = {"type": "announcement", "prompt": "p", "next": target()}
        nodes.append({**node, "id": node_id})
    entries = [{"number": "+4756100000", "start": "n0"}, {"number": "+4756100001", "start": "n1"}]
    p = pattern([*nodes, voicemail()], entries=entries)
    for kind, wanted in [("node", rng.choice(ids)), ("member", "a")]:
        targets = (
            {wanted}
            if kind == "node"
            else {n.id for n in p.nodes if n.type.value == "group" and "a" in n.member_ids}
        )
        result = trace(p, kind, wanted, DEC_1, limit=100_000)
        got = [(*x.nodes, "|", *x.exits) for x in result.paths]
        expected = sorted(_all_simple_paths(p, "n0", targets)) + sorted(
            _all_simple_paths(p, "n1", targets)
        )
        by_entry = [x.entry for x in result.paths]
        assert by_entry == sorted(by_entry, key=["+4756100000", "+4756100001"].index)
        assert sorted(got) == sorted(expected)
        for entry in ("+4756100000", "+4756100001"):
            mine = [(x.nodes, x.exits) for x in result.paths if x.entry == entry]
            assert mine == sorted(mine)


def _random_pattern(rng: random.Random) -> Pattern:
    """Menus (with and without `invalid`), groups, queues and schedules on two calendars,
    wired at random: keys, time-outs and ring times all move the calendar reads."""
    ids = [f"n{i}" for i in range(7)]

    def target() -> str:
        return rng.choice([*ids, "vm"])

    nodes: list[dict[str, Any]] = []
    for node_id in ids:
        kind = rng.choice(["menu", "group", "schedule", "schedule", "queue", "announcement"])
        if kind == "menu":
            keys = rng.sample(["1", "2", "3"], rng.randint(1, 2))
            node = {
                "type": "menu",
                "prompt": "p",
                "options": {k: target() for k in keys},
                "no_input": target(),
                "timeout_s": rng.choice([5, 10, 45]),
            }
            if rng.random() < 0.4:
                node["invalid"] = target()
        elif kind == "group":
            node = group(node_id, ["a", "b"], target(), strategy="sequential", ring_s=40)
        elif kind == "queue":
            node = {
                "type": "queue",
                "members": ["c"],
                "strategy": "sequential",
                "max_wait_s": rng.choice([30, 90]),
                "overflow": target(),
            }
        elif kind == "schedule":
            calendar = rng.choice(["day", "night"])
            node = {"type": "schedule", "calendar": calendar, "open": target(), "closed": target()}
            if rng.random() < 0.5:
                node["holiday"] = target()
        else:
            node = {"type": "announcement", "prompt": "p", "next": target()}
        nodes.append({**node, "id": node_id})
    calendars = {"day": _random_calendar(rng), "night": _random_calendar(rng)}
    return pattern([*nodes, voicemail()], calendars=calendars)


@pytest.mark.parametrize("seed", range(8))
def test_examples_match_minute_stepping_on_random_patterns(seed: int) -> None:
    rng = random.Random(seed)
    p = _random_pattern(rng)
    first = date(2026, rng.choice([3, 10]), rng.choice([24, 28]))  # summer time near
    _check_against_oracle(p, [("node", "vm"), ("node", "n3"), ("member", "a")], first, 2)


def test_a_first_day_outside_the_calendar_range_is_refused() -> None:
    with pytest.raises(PatternError) as error:
        trace(demo(), "node", "postmottak", date(9999, 1, 1))
    assert error.value.key == "date-out-of-range"
