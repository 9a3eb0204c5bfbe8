"""Outage scenarios: who is lost, and what a caller meets, through the one ring-pattern
simulator (`core.ringpattern.simulate`) with those members unavailable.

Each entry is called at each calendar state it has (its open moment: the first time at
10.00 or later, from the next Monday on, when its calendar is open; a closed and a holiday
moment likewise), pressing no key, with nobody answering: once as things are and once
during the outage. The entry is answerable when a member's phone rings on that route or
the call is forwarded off the platform (not when the platform itself is down).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Final

from kontakt.core.contacts.directory import DirectoryEntry
from kontakt.core.preparedness.sites import SitesRegister
from kontakt.core.ringpattern.model import Device, NodeType, Pattern
from kontakt.core.ringpattern.schedule import CalendarClock, CalendarState
from kontakt.core.ringpattern.simulate import Call, Outcome, simulate
from kontakt.core.texts import QT_TRANSLATE_NOOP, Phrase, Translate

MOMENT_TIME: Final = time(10, 0)
SEARCH_DAYS: Final = 400
"""How far from the next Monday a calendar state is looked for (a year and some)."""
FIXED_DEVICES: Final = frozenset({Device.DESK, Device.SOFTPHONE})


class Kind(StrEnum):
    POWER = "power"
    NETWORK = "network"
    DATACENTRE = "datacentre"
    MOBILE_NETWORK = "mobile-network"
    PLATFORM = "platform"


SCENARIO_WORDS: Final = {
    Kind.POWER: QT_TRANSLATE_NOOP("PreparednessWords", "Power cut at {site} for {minutes} min"),
    Kind.NETWORK: QT_TRANSLATE_NOOP("PreparednessWords", "Network down at {site}"),
    Kind.DATACENTRE: QT_TRANSLATE_NOOP("PreparednessWords", "Central data room down"),
    Kind.MOBILE_NETWORK: QT_TRANSLATE_NOOP("PreparednessWords", "Mobile network down"),
    Kind.PLATFORM: QT_TRANSLATE_NOOP("PreparednessWords", "Telephony platform down"),
}
"""Each kind of scenario in words (context "PreparednessWords")."""


@dataclass(frozen=True)
class Scenario:
    """One outage: `site` for power and network, `minutes` for power."""

    kind: Kind
    site: str | None = None
    minutes: int | None = None

    @property
    def name(self) -> str:
        """`power radhuset 120`, `network radhuset`, `datacentre`, ... as the spec writes them."""
        parts = [str(self.kind)]
        if self.site is not None:
            parts.append(self.site)
        if self.minutes is not None:
            parts.append(str(self.minutes))
        return " ".join(parts)

    def text(self, translate: Translate, site_names: Mapping[str, str]) -> str:
        """The scenario as the user reads it ("Power cut at Rådhuset for 120 min"); a site
        is named by its name in the register, or its id when it has none."""
        return self.phrase(site_names).render(translate)

    def phrase(self, site_names: Mapping[str, str]) -> Phrase:
        """`text`, to be translated where it is shown (a parameter of a finding's message)."""
        site = self.site or ""
        return Phrase(
            "PreparednessWords",
            SCENARIO_WORDS[self.kind],
            {"site": site_names.get(site) or site, "minutes": self.minutes},
        )


def sweep_scenarios(register: SitesRegister) -> list[Scenario]:
    """What a sweep runs: power at the target autonomy and network for each site, then the
    three global scenarios."""
    target = register.autonomy_target_min
    result = [Scenario(Kind.POWER, s.id, target) for s in register.sites]
    result += [Scenario(Kind.NETWORK, s.id) for s in register.sites]
    result += [Scenario(Kind.DATACENTRE), Scenario(Kind.MOBILE_NETWORK), Scenario(Kind.PLATFORM)]
    return result


def lost_members(pattern: Pattern, register: SitesRegister, scenario: Scenario) -> frozenset[str]:
    """The ids of the pattern's members whose phones stop working in `scenario`."""
    if scenario.kind is Kind.PLATFORM:
        return frozenset(pattern.members)
    if scenario.kind is Kind.MOBILE_NETWORK:
        return frozenset(k for k, m in pattern.members.items() if m.device is Device.MOBILE)
    fixed = frozenset(k for k, m in pattern.members.items() if m.device in FIXED_DEVICES)
    if scenario.kind is Kind.DATACENTRE:
        return fixed
    if scenario.kind is Kind.POWER:
        site = register.site(scenario.site)
        if site is not None and site.survives(scenario.minutes or 0):
            return frozenset()
    return frozenset(k for k in fixed if pattern.members[k].site == scenario.site)


@dataclass(frozen=True)
class Moment:
    """When an entry is called in one calendar state (local time in the pattern's zone)."""

    state: CalendarState
    at: datetime


def next_monday(today: date) -> date:
    """The first Monday after `today`."""
    return today + timedelta(days=7 - today.weekday())


def _first_in_state(clock: CalendarClock, start: date, state: CalendarState) -> datetime | None:
    floor = MOMENT_TIME.hour * 60 + MOMENT_TIME.minute
    for offset in range(SEARCH_DAYS):
        day = start + timedelta(days=offset)
        minutes, states = clock.profile(day)
        for index, (begin, found) in enumerate(zip(minutes, states, strict=True)):
            end = minutes[index + 1] if index + 1 < len(minutes) else 24 * 60
            if found is state and end > floor:
                minute = max(begin, floor)
                return datetime.combine(day, time(minute // 60, minute % 60))
    return None


def entry_moments(pattern: Pattern, number: str, today: date) -> list[Moment]:
    """The calendar states the entry has and the moment each is called at (open first)."""
    start = next_monday(today)
    first = datetime.combine(start, MOMENT_TIME)
    probe = simulate(pattern, number, first)
    calendar = next(
        (
            pattern.node_by_id[s.node].calendar
            for s in probe.steps
            if s.type is NodeType.SCHEDULE and s.state is not None
        ),
        None,
    )
    if calendar is None:
        return [Moment(CalendarState.OPEN, first)]
    clock = CalendarClock(pattern.calendars[calendar], pattern.zone)
    moments = []
    for state in (CalendarState.OPEN, CalendarState.CLOSED, CalendarState.HOLIDAY):
        at = _first_in_state(clock, start, state)
        if at is not None:
            moments.append(Moment(state, at))
    return moments


@dataclass(frozen=True)
class Leg:
    """One simulated call: how it ended, whose phones rang, the nodes it passed."""

    outcome: Outcome
    rang: tuple[str, ...]
    route: tuple[str, ...]

    @classmethod
    def of(cls, call: Call) -> Leg:
        rang: list[str] = []
        for step in call.steps:
            for member in step.rang or ():
                if member not in rang:
                    rang.append(member)
        return cls(call.outcome, tuple(rang), call.route)

    def answerable(self, platform_down: bool) -> bool:
        """A phone rang, or the call left the platform to a number that still works."""
        if platform_down:
            return False
        return bool(self.rang) or self.outcome is Outcome.FORWARDED


@dataclass(frozen=True)
class EntryResult:
    """One entry in one calendar state: normal and during the outage, side by side."""

    pattern: str
    entry: str
    label: str | None
    state: CalendarState
    at: datetime
    normal: Leg
    during: Leg
    answerable: bool
    answerable_normally: bool


@dataclass(frozen=True)
class ScenarioResult:
    scenario: Scenario
    lost_members: tuple[str, ...]
    entries: tuple[EntryResult, ...]

    def lost_entries(self) -> list[str]:
        """The entries answerable normally at their open moment but not during the outage."""
        return [
            r.entry
            for r in self.entries
            if r.state is CalendarState.OPEN and r.answerable_normally and not r.answerable
        ]


class Runner:
    """Runs scenarios over some patterns, reusing what does not depend on the scenario:
    the moments, the normal calls, and the calls with the same members lost.

    Until the call reaches a group or queue with a lost member, its route and timing are
    those of the normal call: a scenario that takes nobody from the groups and queues the
    normal call rings leaves the call as it is, and costs no simulation.
    """

    def __init__(self, patterns: Sequence[Pattern], register: SitesRegister, today: date) -> None:
        self.patterns = tuple(patterns)
        self.register = register
        self.today = today
        self._moments: dict[tuple[int, str], list[Moment]] = {}
        self._normal: dict[tuple[int, str, datetime], tuple[Leg, frozenset[str]]] = {}
        self._calls: dict[tuple[int, str, datetime, frozenset[str]], Leg] = {}

    def normal(self, index: int, number: str, at: datetime) -> tuple[Leg, frozenset[str]]:
        """The normal call and the members of the groups and queues it rings."""
        key = (index, number, at)
        found = self._normal.get(key)
        if found is None:
            pattern = self.patterns[index]
            call = simulate(pattern, number, at)
            reached = frozenset(
                member
                for step in call.steps
                if step.rang is not None
                for member in pattern.node_by_id[step.node].member_ids
            )
            found = self._normal[key] = (Leg.of(call), reached)
        return found

    def during(self, index: int, number: str, at: datetime, lost: frozenset[str]) -> Leg:
        normal, reached = self.normal(index, number, at)
        if not lost & reached:
            return normal
        key = (index, number, at, lost)
        leg = self._calls.get(key)
        if leg is None:
            call = simulate(self.patterns[index], number, at, unavailable=lost)
            leg = self._calls[key] = Leg.of(call)
        return leg

    def moments(self, index: int, number: str) -> list[Moment]:
        key = (index, number)
        if key not in self._moments:
            self._moments[key] = entry_moments(self.patterns[index], number, self.today)
        return self._moments[key]

    def run(self, scenario: Scenario) -> ScenarioResult:
        platform = scenario.kind is Kind.PLATFORM
        lost_all: set[str] = set()
        rows: list[EntryResult] = []
        for index, pattern in enumerate(self.patterns):
            lost = lost_members(pattern, self.register, scenario)
            lost_all |= lost
            for entry in pattern.entries:
                for moment in self.moments(index, entry.number):
                    normal, _reached = self.normal(index, entry.number, moment.at)
                    during = self.during(index, entry.number, moment.at, lost)
                    at = moment.at.replace(tzinfo=pattern.zone)
                    rows.append(
                        EntryResult(
                            pattern.id,
                            entry.number,
                            entry.label,
                            moment.state,
                            at,
                            normal,
                            during,
                            during.answerable(platform),
                            normal.answerable(False),
                        )
                    )
        return ScenarioResult(scenario, tuple(sorted(lost_all)), tuple(rows))

    def run_all(self, scenarios: Iterable[Scenario]) -> list[ScenarioResult]:
        return [self.run(s) for s in scenarios]


def run_scenarios(
    patterns: Sequence[Pattern],
    register: SitesRegister,
    scenarios: Iterable[Scenario],
    today: date,
) -> list[ScenarioResult]:
    """Each of `scenarios` over every entry of `patterns`, called from the next Monday
    after `today`."""
    return Runner(patterns, register, today).run_all(scenarios)


def member_names(
    patterns: Iterable[Pattern], directory: Iterable[DirectoryEntry] = ()
) -> dict[str, str]:
    """How the user's texts name each pattern member: the name the pattern gives, else the
    directory's name for the member's number or employee id, else the member id."""
    by_number: dict[str, str] = {}
    by_employee: dict[str, str] = {}
    for entry in directory:
        if entry.name:
            by_number.setdefault(entry.number, entry.name)
            if entry.employee_id:
                by_employee.setdefault(entry.employee_id, entry.name)
    names: dict[str, str] = {}
    for pattern in patterns:
        for key, member in pattern.members.items():
            if key in names:
                continue
            names[key] = (
                (member.name or "").strip()
                or by_number.get(member.number)
                or by_employee.get(member.employee_id or "")
                or key
            )
    return names


def lost_by_entry(results: Iterable[ScenarioResult]) -> Mapping[str, list[Scenario]]:
    """For each entry lost in some scenario (platform aside), those scenarios."""
    found: dict[str, list[Scenario]] = {}
    for result in results:
        if result.scenario.kind is Kind.PLATFORM:
            continue
        for entry in result.lost_entries():
            scenarios = found.setdefault(entry, [])
            if result.scenario not in scenarios:
                scenarios.append(result.scenario)
    return found
