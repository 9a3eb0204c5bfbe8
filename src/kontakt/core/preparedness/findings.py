"""The preparedness findings (`spec/preparedness.md`, "Findings"): each a code, a severity
and what it concerns (site, node, entry, member, number), with an English message marked
for translation (context "PreparednessFindings") and its parameters.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Final

from kontakt.core.contacts.directory import DirectoryEntry
from kontakt.core.phone_text import national_form
from kontakt.core.preparedness.scenarios import (
    FIXED_DEVICES,
    ScenarioResult,
    lost_by_entry,
    member_names,
)
from kontakt.core.preparedness.sites import SitesRegister
from kontakt.core.preparedness.weaknesses import Review, Weakness, last_review, review_due
from kontakt.core.ringpattern.model import Device, NodeType, Pattern
from kontakt.core.ringpattern.simulate import NO_INPUT, simulate
from kontakt.core.severity import Severity
from kontakt.core.texts import QT_TRANSLATE_NOOP, Phrase, Translate, render

CONTEXT: Final = "PreparednessFindings"
MAX_MENU_ROUTES: Final = 200
"""The most key sequences followed through an entry's menus for `no-mobile-fallback`."""

MESSAGES: Final[Mapping[str, str]] = {
    "no-emergency-power": QT_TRANSLATE_NOOP(
        "PreparednessFindings",
        'Site {site}: the hop "{hop}" on the path to the central data room has neither UPS '
        "nor generator, so the phones there stop at the first power cut.",
    ),
    "short-autonomy": QT_TRANSLATE_NOOP(
        "PreparednessFindings",
        "Site {site}: emergency power lasts {minutes} min, less than the target of {target} min.",
    ),
    "desk-phone-without-poe": QT_TRANSLATE_NOOP(
        "PreparednessFindings",
        'The desk phone {who} at site {site} hangs on the access switch "{hop}", which gives '
        "no PoE.",
    ),
    "no-network-point": QT_TRANSLATE_NOOP(
        "PreparednessFindings",
        "Site {site} has desk phones or softphones but not enough network points (Wi-Fi does "
        "not make up for it).",
    ),
    "no-mobile-coverage": QT_TRANSLATE_NOOP(
        "PreparednessFindings",
        "The mobile {member} sits at site {site}, which has no mobile coverage indoors.",
    ),
    "single-site-group": QT_TRANSLATE_NOOP(
        "PreparednessFindings",
        'One outage at site {site} silences "{node}": all its members are desk phones or '
        "softphones there.",
    ),
    "no-mobile-fallback": QT_TRANSLATE_NOOP(
        "PreparednessFindings",
        "No route of {entry} in opening hours rings a mobile, whatever the caller presses.",
    ),
    "unknown-site": QT_TRANSLATE_NOOP(
        "PreparednessFindings",
        'The site "{site}" is named by {who} but is not in the sites register.',
    ),
    "entry-lost": QT_TRANSLATE_NOOP(
        "PreparednessFindings",
        "{entry} cannot be answered in opening hours during: {scenarios}.",
    ),
    "plan-review-due": QT_TRANSLATE_NOOP(
        "PreparednessFindings",
        "The preparedness plan was last reviewed on {date}; a review is due every 12 months.",
    ),
    "plan-never-reviewed": QT_TRANSLATE_NOOP(
        "PreparednessFindings", "The preparedness plan has never been reviewed."
    ),
    "weakness-unanswered": QT_TRANSLATE_NOOP(
        "PreparednessFindings", 'The weakness "{text}" has no decided measure.'
    ),
    "weakness-past-due": QT_TRANSLATE_NOOP(
        "PreparednessFindings", 'The measure against "{text}" was due on {date}.'
    ),
}

SEVERITIES: Final[Mapping[str, Severity]] = {
    "no-emergency-power": Severity.ERROR,
    "short-autonomy": Severity.WARNING,
    "desk-phone-without-poe": Severity.ERROR,
    "no-network-point": Severity.WARNING,
    "no-mobile-coverage": Severity.WARNING,
    "single-site-group": Severity.WARNING,
    "no-mobile-fallback": Severity.WARNING,
    "unknown-site": Severity.ERROR,
    "entry-lost": Severity.ERROR,
    "plan-review-due": Severity.WARNING,
    "weakness-unanswered": Severity.WARNING,
}
CODES: Final = tuple(SEVERITIES)


@dataclass(frozen=True)
class Finding:
    """One finding; `message` is the English source in `MESSAGES`, `params` fill it."""

    code: str
    message: str
    params: Mapping[str, Any] = field(default_factory=dict)
    site: str | None = None
    node: str | None = None
    entry: str | None = None
    member: str | None = None
    number: str | None = None

    @property
    def severity(self) -> Severity:
        return SEVERITIES[self.code]

    def text(self, translate: Translate) -> str:
        return render(translate, CONTEXT, self.message, self.params)

    def json(self, translate: Translate) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": str(self.severity),
            "site": self.site,
            "node": self.node,
            "entry": self.entry,
            "member": self.member,
            "number": self.number,
            "message": self.text(translate),
        }


def _finding(code: str, key: str | None = None, **fields: Any) -> Finding:
    params = fields.pop("params", {})
    return Finding(code, MESSAGES[key or code], params, **fields)


@dataclass(frozen=True)
class Phone:
    """A phone at a site: a pattern member (`member`) or a directory number (`number`)."""

    device: str
    site: str
    member: str | None = None
    number: str | None = None
    name: str = ""
    """The member's name (`scenarios.member_names`)."""

    @property
    def who(self) -> str:
        return self.member or self.number or ""

    @property
    def shown(self) -> str:
        """How a message names the phone: the member's name (or id), or the number as
        people write it."""
        return self.name or self.member or national_form(self.number or "")

    @property
    def fixed(self) -> bool:
        return self.device in FIXED_DEVICES


def phones(patterns: Sequence[Pattern], directory: Sequence[DirectoryEntry]) -> list[Phone]:
    """The pattern members with a site, then the directory numbers with a site that are no
    pattern member's number."""
    found: list[Phone] = []
    member_numbers: set[str] = set()
    seen: set[str] = set()
    names = member_names(patterns, directory)
    for pattern in patterns:
        for key, member in pattern.members.items():
            member_numbers.add(member.number)
            if member.site and member.device is not None and key not in seen:
                seen.add(key)
                found.append(Phone(str(member.device), member.site, member=key, name=names[key]))
    for entry in directory:
        known = entry.type in ("desk", "softphone", "mobile")
        if entry.site and known and entry.number not in member_numbers:
            found.append(Phone(entry.type, entry.site, number=entry.number))
    return found


def site_findings(register: SitesRegister, phones_: Sequence[Phone]) -> list[Finding]:
    """Findings about the sites and the phones at them, and unknown site ids."""
    result: list[Finding] = []
    shown = register.names
    fixed_sites = {p.site for p in phones_ if p.fixed}
    for site in register.sites:
        if site.id not in fixed_sites:
            continue
        bare = next((h for h in site.path if not h.generator and h.ups_min <= 0), None)
        if bare is not None:
            result.append(
                _finding(
                    "no-emergency-power",
                    site=site.id,
                    params={"site": shown[site.id], "hop": bare.name or bare.kind},
                )
            )
        autonomy = site.autonomy_min
        if autonomy is not None and autonomy < register.autonomy_target_min:
            result.append(
                _finding(
                    "short-autonomy",
                    site=site.id,
                    params={
                        "site": shown[site.id],
                        "minutes": autonomy,
                        "target": register.autonomy_target_min,
                    },
                )
            )
        if not site.network_points_ok:
            result.append(
                _finding("no-network-point", site=site.id, params={"site": shown[site.id]})
            )
    for phone in phones_:
        at = register.site(phone.site)
        if at is None:
            continue
        if phone.device == Device.DESK:
            switch = next((h for h in at.access_switches if not h.poe), None)
            if switch is not None:
                result.append(
                    _finding(
                        "desk-phone-without-poe",
                        site=at.id,
                        member=phone.member,
                        number=phone.number,
                        params={"who": phone.shown, "site": shown[at.id], "hop": switch.name},
                    )
                )
        if phone.device == Device.MOBILE and phone.member and at.mobile_coverage == "none":
            result.append(
                _finding(
                    "no-mobile-coverage",
                    site=at.id,
                    member=phone.member,
                    params={"member": phone.shown, "site": shown[at.id]},
                )
            )
    unknown: dict[str, list[str]] = {}
    for phone in phones_:
        if phone.site not in register.ids:
            unknown.setdefault(phone.site, []).append(phone.shown)
    for site_id, who in unknown.items():
        named = ", ".join(who[:3]) + (" …" if len(who) > 3 else "")
        result.append(
            _finding("unknown-site", site=site_id, params={"site": site_id, "who": named})
        )
    return result


def group_findings(pattern: Pattern, site_names: Mapping[str, str]) -> list[Finding]:
    """`single-site-group`: a group or queue whose members are all fixed phones at one site
    (named in the message as `site_names` has it, `SitesRegister.names`)."""
    result: list[Finding] = []
    for node in pattern.nodes:
        if node.type not in (NodeType.GROUP, NodeType.QUEUE):
            continue
        members = [pattern.members[m] for m in node.member_ids if m in pattern.members]
        sites = {m.site or "" for m in members}
        if (
            members
            and len(sites) == 1
            and "" not in sites
            and all(m.device in FIXED_DEVICES for m in members)
        ):
            site = next(iter(sites))
            result.append(
                _finding(
                    "single-site-group",
                    node=node.id,
                    site=site,
                    params={"node": node.label or node.id, "site": site_names.get(site, site)},
                )
            )
    return result


def _rung_over_menus(pattern: Pattern, number: str, at: datetime) -> set[str]:
    """Every member rung on any route of `number` at `at`, over every menu choice: each
    call that stops at a menu for want of a key is followed again with each option."""
    rang: set[str] = set()
    todo: list[tuple[str, ...]] = [()]
    done = 0
    while todo and done < MAX_MENU_ROUTES:
        presses = todo.pop()
        done += 1
        call = simulate(pattern, number, at, presses=presses)
        for step in call.steps:
            rang.update(step.rang or ())
        waiting = next(
            (s for s in call.steps if s.type is NodeType.MENU and s.pressed == NO_INPUT), None
        )
        if waiting is not None and len(presses) < 8:
            options = pattern.node_by_id[waiting.node].options or {}
            todo.extend((*presses, key) for key in options)
    return rang


def fallback_findings(pattern: Pattern, open_moments: Mapping[str, datetime]) -> list[Finding]:
    """`no-mobile-fallback` for each entry of `pattern` whose routes at its open moment
    (`open_moments`) ring no mobile member."""
    result: list[Finding] = []
    for entry in pattern.entries:
        at = open_moments.get(entry.number)
        if at is None:
            continue
        rang = _rung_over_menus(pattern, entry.number, at)
        if not any(pattern.members[m].device is Device.MOBILE for m in rang):
            result.append(
                _finding(
                    "no-mobile-fallback",
                    entry=entry.number,
                    params={"entry": national_form(entry.number)},
                )
            )
    return result


class _Listed(Phrase):
    """Phrases shown one after another, each translated where the list is shown."""

    parts: tuple[Phrase, ...]

    def __new__(cls, parts: Sequence[Phrase]) -> _Listed:
        listed = str.__new__(cls, ", ".join(parts))
        listed.context, listed.source, listed.params = CONTEXT, str(listed), {}
        listed.parts = tuple(parts)
        return listed

    def render(self, translate: Translate) -> str:
        return ", ".join(part.render(translate) for part in self.parts)


def sweep_findings(
    results: Iterable[ScenarioResult], site_names: Mapping[str, str]
) -> list[Finding]:
    """`entry-lost` for each entry a sweep scenario (platform aside) leaves unanswerable;
    the scenarios named in words, their sites by `site_names` (`SitesRegister.names`)."""
    return [
        _finding(
            "entry-lost",
            entry=entry,
            params={
                "entry": national_form(entry),
                "scenarios": _Listed([s.phrase(site_names) for s in scenarios]),
            },
        )
        for entry, scenarios in lost_by_entry(results).items()
    ]


def plan_findings(
    reviews: Sequence[Review], weaknesses: Iterable[Weakness], today: date
) -> list[Finding]:
    """`plan-review-due` and `weakness-unanswered`."""
    result: list[Finding] = []
    if review_due(reviews, today):
        last = last_review(reviews)
        if last is None:
            result.append(_finding("plan-review-due", "plan-never-reviewed"))
        else:
            result.append(
                _finding("plan-review-due", params={"date": last.at.date().strftime("%d.%m.%Y")})
            )
    for weakness in weaknesses:
        if not weakness.unanswered(today):
            continue
        where = {
            "site": weakness.sites[0] if weakness.sites else None,
            "entry": None if weakness.sites or not weakness.entries else weakness.entries[0],
        }
        if weakness.past_due(today) and weakness.due is not None:
            result.append(
                _finding(
                    "weakness-unanswered",
                    "weakness-past-due",
                    params={"text": weakness.text, "date": weakness.due.strftime("%d.%m.%Y")},
                    **where,
                )
            )
        else:
            result.append(_finding("weakness-unanswered", params={"text": weakness.text}, **where))
    return result


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Errors first, then by code and what they concern."""
    return sorted(
        findings,
        key=lambda f: (
            -f.severity.rank,
            f.code,
            f.site or "",
            f.node or "",
            f.entry or "",
            f.member or f.number or "",
        ),
    )
