"""The whole preparedness check: the sites' autonomy, every finding, and the sweep whose
`entry-lost` findings it reports (`preparedness check`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from kontakt.core.contacts.directory import DirectoryEntry
from kontakt.core.preparedness.findings import (
    Finding,
    fallback_findings,
    group_findings,
    phones,
    plan_findings,
    site_findings,
    sorted_findings,
    sweep_findings,
)
from kontakt.core.preparedness.scenarios import Runner, ScenarioResult, sweep_scenarios
from kontakt.core.preparedness.sites import SitesRegister
from kontakt.core.preparedness.weaknesses import Review, Weakness
from kontakt.core.ringpattern.model import Pattern
from kontakt.core.ringpattern.schedule import CalendarState


@dataclass(frozen=True)
class CheckResult:
    register: SitesRegister
    findings: tuple[Finding, ...]
    sweep: tuple[ScenarioResult, ...]

    def autonomy(self) -> list[tuple[str, int | None]]:
        """(site id, autonomy in minutes or None for without limit), in register order."""
        return [(s.id, s.autonomy_min) for s in self.register.sites]

    def for_site(self, site: str) -> list[Finding]:
        return [f for f in self.findings if f.site == site]


def check(
    register: SitesRegister,
    patterns: Sequence[Pattern],
    directory: Sequence[DirectoryEntry],
    today: date,
    reviews: Sequence[Review] = (),
    weaknesses: Sequence[Weakness] = (),
    *,
    plan_known: bool = True,
) -> CheckResult:
    """Every preparedness finding for the register, the patterns and the directory, with
    entries called from the next Monday after `today`; the plan's findings (reviews,
    weaknesses) only when `plan_known`."""
    runner = Runner(patterns, register, today)
    found: list[Finding] = site_findings(register, phones(patterns, directory))
    for index, pattern in enumerate(patterns):
        found += group_findings(pattern, register.names)
        opens: dict[str, datetime] = {}
        for entry in pattern.entries:
            for moment in runner.moments(index, entry.number):
                if moment.state is CalendarState.OPEN:
                    opens[entry.number] = moment.at
        found += fallback_findings(pattern, opens)
    sweep = runner.run_all(sweep_scenarios(register))
    found += sweep_findings(sweep, register.names)
    if plan_known:
        found += plan_findings(reviews, weaknesses, today)
    return CheckResult(register, tuple(sorted_findings(found)), tuple(sweep))
