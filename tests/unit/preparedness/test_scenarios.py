"""Outage scenarios through the simulator: who each loses, what callers meet, the sweep."""

from __future__ import annotations

from datetime import datetime

from kontakt.core.preparedness.scenarios import (
    Kind,
    Leg,
    Scenario,
    entry_moments,
    lost_members,
    next_monday,
    run_scenarios,
    sweep_scenarios,
)
from kontakt.core.ringpattern.schedule import CalendarState
from kontakt.core.ringpattern.simulate import Outcome, simulate
from tests.unit.preparedness.builders import DIRECT, MAIN, TODAY, pattern, pattern_doc, register


def test_each_scenario_loses_its_members() -> None:
    p, reg = pattern(), register()
    assert lost_members(p, reg, Scenario(Kind.POWER, "skule", 31)) == {"siv"}
    assert lost_members(p, reg, Scenario(Kind.POWER, "skule", 30)) == set()
    assert lost_members(p, reg, Scenario(Kind.POWER, "radhuset", 181)) == {"kari"}
    assert lost_members(p, reg, Scenario(Kind.NETWORK, "radhuset")) == {"kari"}
    assert lost_members(p, reg, Scenario(Kind.DATACENTRE)) == {"kari", "siv"}
    assert lost_members(p, reg, Scenario(Kind.MOBILE_NETWORK)) == {"ola"}
    assert lost_members(p, reg, Scenario(Kind.PLATFORM)) == {"kari", "ola", "siv"}


def test_the_sweep_runs_power_at_the_target_and_network_per_site_then_the_globals() -> None:
    names = [s.name for s in sweep_scenarios(register())]
    assert names == [
        "power radhuset 120",
        "power skule 120",
        "network radhuset",
        "network skule",
        "datacentre",
        "mobile-network",
        "platform",
    ]


def test_moments_open_closed_and_holiday_from_the_next_monday() -> None:
    monday = next_monday(TODAY)
    assert monday.weekday() == 0 and monday > TODAY
    moments = entry_moments(pattern(), MAIN, TODAY)
    assert [(m.state, m.at) for m in moments[:2]] == [
        (CalendarState.OPEN, datetime(2030, 3, 11, 10, 0)),
        (CalendarState.CLOSED, datetime(2030, 3, 11, 15, 30)),
    ]
    assert moments[2].state is CalendarState.HOLIDAY
    assert moments[2].at == datetime(2030, 4, 18, 10, 0)  # Skjærtorsdag 2030
    # an entry without a schedule on its route is always open: one row
    assert [m.state for m in entry_moments(pattern(), DIRECT, TODAY)] == [CalendarState.OPEN]


def test_normal_and_during_side_by_side() -> None:
    (result,) = run_scenarios([pattern()], register(), [Scenario(Kind.NETWORK, "radhuset")], TODAY)
    assert result.lost_members == ("kari",)
    row = next(r for r in result.entries if r.entry == MAIN and r.state is CalendarState.OPEN)
    assert row.normal.rang == ("kari", "ola")
    assert row.during.rang == ("ola",)
    assert row.during.route == ("open", "switchboard", "mail")
    assert row.answerable


def test_a_forward_keeps_an_entry_answerable_except_on_the_platform() -> None:
    doc = pattern_doc()
    doc["nodes"][2]["no_answer"] = "out"
    doc["nodes"].append({"id": "out", "type": "forward", "number": "+4755568700"})
    scenarios = [Scenario(Kind.DATACENTRE), Scenario(Kind.MOBILE_NETWORK), Scenario(Kind.PLATFORM)]
    results = run_scenarios([pattern(doc)], register(), scenarios, TODAY)
    rows = {r.scenario.kind: next(e for e in r.entries if e.entry == DIRECT) for r in results}
    assert rows[Kind.DATACENTRE].during.rang == ("ola",)
    assert rows[Kind.MOBILE_NETWORK].during.rang == ("siv",)
    for kind in (Kind.DATACENTRE, Kind.MOBILE_NETWORK):
        assert rows[kind].during.outcome is Outcome.FORWARDED
        assert rows[kind].answerable
    assert rows[Kind.PLATFORM].during.rang == ()
    assert rows[Kind.PLATFORM].during.outcome is Outcome.FORWARDED
    assert not rows[Kind.PLATFORM].answerable
    # with nobody left but the forward, the entry still answers
    doc["nodes"][2]["members"] = ["siv"]
    (datacentre,) = run_scenarios([pattern(doc)], register(), [Scenario(Kind.DATACENTRE)], TODAY)
    row = next(e for e in datacentre.entries if e.entry == DIRECT)
    assert row.during.rang == () and row.answerable
    assert datacentre.lost_entries() == []


def test_the_sweep_meets_what_each_call_simulated_alone_meets() -> None:
    doc = pattern_doc()
    doc["nodes"][1]["overflow"] = "desk"  # lost members met after the route forks
    p, reg = pattern(doc), register()
    for result in run_scenarios([p], reg, sweep_scenarios(reg), TODAY):
        for row in result.entries:
            alone = simulate(p, row.entry, row.at, unavailable=result.lost_members)
            assert row.during == Leg.of(alone), (result.scenario.name, row.entry, row.state)
