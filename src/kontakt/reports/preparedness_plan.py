"""The preparedness plan for telephony ("Beredskapsplan for telefoni") in Excel.

Sheets through the shared writer: the plan (municipality, contacts, the last review, who
reviewed and when the next is due), the sites with their autonomy and path, each scenario
of the sweep with what callers meet and what to do, the weaknesses with measures and
owners, and the findings. Texts come translated through the caller's `translate`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from kontakt.core.preparedness.check import CheckResult
from kontakt.core.preparedness.scenarios import EntryResult, Kind, ScenarioResult
from kontakt.core.preparedness.sites import Hop, Site, hop_kind_text
from kontakt.core.preparedness.weaknesses import (
    DECISION_WORDS,
    Review,
    Weakness,
    last_review,
    next_review_due,
)
from kontakt.core.ringpattern.messages import outcome_word, phone, word
from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate, render
from kontakt.reports.cells import CellValue
from kontakt.reports.excel import Column, Highlight, SummaryBlock, WorkbookBuilder

CONTEXT = "PreparednessPlan"
TITLE = QT_TRANSLATE_NOOP("PreparednessPlan", "Preparedness plan for telephony")
FORWARD_STEP = QT_TRANSLATE_NOOP(
    "PreparednessPlan",
    "Ask IKTNH's service desk to forward {entry} to a mobile that still works.",
)
PLATFORM_STEP = QT_TRANSLATE_NOOP(
    "PreparednessPlan",
    "The platform is down: ask IKTNH's service desk to set up what can run outside it.",
)
NOTHING_TO_DO = QT_TRANSLATE_NOOP("PreparednessPlan", "Nothing: callers still reach someone.")
AS_USUAL = QT_TRANSLATE_NOOP(
    "PreparednessPlan", "Nothing new: nobody answers at this time on a normal day either."
)


@dataclass(frozen=True)
class PlanContents:
    """What the plan holds besides the check: who it is for and who to call."""

    municipality: str
    contact: tuple[str, str, str]
    deputy: str
    service_desk: str
    platform_fallback: str
    weaknesses: Sequence[Weakness]
    reviews: Sequence[Review]
    member_names: Mapping[str, str] = field(default_factory=dict)
    """Each member id's name (`scenarios.member_names`): who rang is said by name."""


def what_to_do(
    scenario: ScenarioResult, row: EntryResult, fallback: str, translate: Translate
) -> str:
    """The manual step for a caller's situation in a scenario."""
    if scenario.scenario.kind is Kind.PLATFORM:
        return fallback or translate(CONTEXT, PLATFORM_STEP)
    if not row.answerable_normally:
        return translate(CONTEXT, AS_USUAL)
    if row.answerable:
        return translate(CONTEXT, NOTHING_TO_DO)
    return render(translate, CONTEXT, FORWARD_STEP, {"entry": phone(row.entry)})


def _path_text(path: Sequence[Hop], translate: Translate) -> str:
    parts = []
    for hop in path:
        power = (
            translate("PreparednessPlan", "generator")
            if hop.generator
            else translate("PreparednessPlan", "UPS %n min", "", hop.ups_min)
            if hop.ups_min
            else translate("PreparednessPlan", "no emergency power")
        )
        poe = f", {translate('PreparednessPlan', 'PoE')}" if hop.poe else ""
        parts.append(f"{hop.name or hop_kind_text(hop.kind, translate)} ({power}{poe})")
    return " → ".join(parts)


def autonomy_text(site: Site, translate: Translate) -> str:
    """A site's autonomy in words ("without limit" or "60 min")."""
    minutes = site.autonomy_min
    if minutes is None:
        return translate("PreparednessPlan", "without limit")
    return translate("PreparednessPlan", "%n min", "", minutes)


def _yes(value: bool, translate: Translate) -> str:
    return translate("PreparednessPlan", "yes") if value else translate("PreparednessPlan", "no")


def _day(day: date | None) -> str:
    return "" if day is None else day.strftime("%d.%m.%Y")


@dataclass(frozen=True)
class PlanTable:
    """One table of the plan: a sheet of the workbook, a section of the PDF."""

    name: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[CellValue]]
    highlights: Sequence[Highlight] = ()


@dataclass(frozen=True)
class PlanSheets:
    heading: str
    exported: datetime
    blocks: Sequence[SummaryBlock]
    tables: Sequence[PlanTable]


def plan_sheets(
    contents: PlanContents,
    result: CheckResult,
    *,
    translate: Translate,
    now: datetime | None = None,
) -> PlanSheets:
    """The plan's summary and tables, in the user's language (the workbook and the PDF
    show the same)."""
    exported = (now or datetime.now()).replace(microsecond=0, tzinfo=None)
    heading = translate(CONTEXT, TITLE)
    last = last_review(contents.reviews)
    due = next_review_due(contents.reviews)
    name, contact_phone, email = contents.contact
    coverage = {
        "good": translate("PreparednessPlan", "good"),
        "weak": translate("PreparednessPlan", "weak"),
        "none": translate("PreparednessPlan", "none"),
    }
    blocks = [
        SummaryBlock(
            None,
            [
                (translate("PreparednessPlan", "Municipality"), contents.municipality),
                (translate("PreparednessPlan", "Exported"), exported),
                (
                    translate("PreparednessPlan", "Autonomy target"),
                    translate(
                        "PreparednessPlan", "%n min", "", result.register.autonomy_target_min
                    ),
                ),
            ],
        ),
        SummaryBlock(
            translate("PreparednessPlan", "Contacts"),
            [
                (translate("PreparednessPlan", "IKTNH's service desk"), contents.service_desk),
                (
                    translate("PreparednessPlan", "ICT contact"),
                    ", ".join(
                        x for x in (name, phone(contact_phone) if contact_phone else "", email) if x
                    ),
                ),
                (translate("PreparednessPlan", "Deputy"), contents.deputy),
            ],
        ),
        SummaryBlock(
            translate("PreparednessPlan", "Review"),
            [
                (
                    translate("PreparednessPlan", "Last reviewed"),
                    _day(last.at.astimezone().date())
                    if last
                    else translate("PreparednessPlan", "never"),
                ),
                (translate("PreparednessPlan", "Reviewed by"), last.by if last else ""),
                (
                    translate("PreparednessPlan", "Next review due"),
                    _day(due) if due else translate("PreparednessPlan", "now"),
                ),
            ],
        ),
    ]
    site_columns = [
        Column(translate("PreparednessPlan", "Site")),
        Column(translate("PreparednessPlan", "Name"), max_width=30),
        Column(translate("PreparednessPlan", "Address"), max_width=30),
        Column(translate("PreparednessPlan", "Autonomy")),
        Column(translate("PreparednessPlan", "Network points")),
        Column(translate("PreparednessPlan", "Wi-Fi")),
        Column(translate("PreparednessPlan", "Mobile coverage")),
        Column(
            translate("PreparednessPlan", "Path to the central data room"), max_width=70, wrap=True
        ),
        Column(translate("PreparednessPlan", "Findings")),
    ]
    site_rows: list[list[CellValue]] = [
        [
            s.id,
            s.name,
            s.address,
            autonomy_text(s, translate),
            _yes(s.network_points_ok, translate),
            _yes(s.wifi, translate),
            coverage.get(s.mobile_coverage, s.mobile_coverage),
            _path_text(s.path, translate),
            len(result.for_site(s.id)),
        ]
        for s in result.register.sites
    ]
    answer_yes, answer_no = (
        translate("PreparednessPlan", "yes"),
        translate("PreparednessPlan", "no"),
    )
    scenario_columns = [
        Column(translate("PreparednessPlan", "Scenario")),
        Column(translate("PreparednessPlan", "Number")),
        Column(translate("PreparednessPlan", "State")),
        Column(translate("PreparednessPlan", "Called at"), number_format="DD.MM.YYYY HH:MM"),
        Column(translate("PreparednessPlan", "Normally"), max_width=30, wrap=True),
        Column(translate("PreparednessPlan", "During the outage"), max_width=30, wrap=True),
        Column(translate("PreparednessPlan", "Answerable")),
        Column(translate("PreparednessPlan", "What to do"), max_width=50, wrap=True),
    ]

    def leg(outcome: str, rang: Sequence[str]) -> str:
        said = outcome_word(outcome, translate)
        names = (contents.member_names.get(m, m) for m in rang)
        return f"{said} ({', '.join(names)})" if rang else said

    site_names = result.register.names
    scenario_rows: list[list[CellValue]] = [
        [
            s.scenario.text(translate, site_names),
            phone(r.entry),
            word(r.state, translate),
            r.at.replace(tzinfo=None),
            leg(r.normal.outcome, r.normal.rang),
            leg(r.during.outcome, r.during.rang),
            answer_yes if r.answerable else answer_no,
            what_to_do(s, r, contents.platform_fallback, translate),
        ]
        for s in result.sweep
        for r in s.entries
    ]
    weakness_columns = [
        Column(translate("PreparednessPlan", "Weakness"), max_width=50, wrap=True),
        Column(translate("PreparednessPlan", "Reported"), number_format="DD.MM.YYYY"),
        Column(translate("PreparednessPlan", "Concerns"), max_width=30, wrap=True),
        Column(translate("PreparednessPlan", "Recommended measure"), max_width=40, wrap=True),
        Column(translate("PreparednessPlan", "Decision")),
        Column(translate("PreparednessPlan", "Measure or reason"), max_width=40, wrap=True),
        Column(translate("PreparednessPlan", "Owner")),
        Column(translate("PreparednessPlan", "Due"), number_format="DD.MM.YYYY"),
    ]
    undecided = translate("PreparednessPlan", "not decided")
    weakness_rows: list[list[CellValue]] = [
        [
            w.text,
            w.reported,
            ", ".join([*map(result.register.shown, w.sites), *(phone(e) for e in w.entries)]),
            w.recommended,
            translate("PreparednessWords", DECISION_WORDS[w.decision]) if w.decision else undecided,
            w.reason if w.reason else w.measure,
            w.owner,
            w.due,
        ]
        for w in contents.weaknesses
    ]
    finding_columns = [
        Column(translate("PreparednessPlan", "Severity")),
        Column(translate("PreparednessPlan", "Code")),
        Column(translate("PreparednessPlan", "Finding"), max_width=80, wrap=True),
    ]
    finding_rows: list[list[CellValue]] = [
        [f.severity.label(translate), f.code, f.text(translate)] for f in result.findings
    ]
    return PlanSheets(
        heading,
        exported,
        blocks,
        [
            PlanTable(translate("PreparednessPlan", "Sites"), site_columns, site_rows),
            PlanTable(
                translate("PreparednessPlan", "Scenarios"),
                scenario_columns,
                scenario_rows,
                [Highlight(6, answer_no, "FFC7CE", "9C0006")],
            ),
            PlanTable(translate("PreparednessPlan", "Weaknesses"), weakness_columns, weakness_rows),
            PlanTable(translate("PreparednessPlan", "Findings"), finding_columns, finding_rows),
        ],
    )


def write_plan(
    path: Path,
    contents: PlanContents,
    result: CheckResult,
    *,
    translate: Translate,
    now: datetime | None = None,
) -> Path:
    """Write the plan to `path` (replacing it) and return `path`."""
    sheets = plan_sheets(contents, result, translate=translate, now=now)
    with WorkbookBuilder(title=sheets.heading, created=sheets.exported) as book:
        book.add_summary_sheet(translate("PreparednessPlan", "Plan"), sheets.heading, sheets.blocks)
        for table in sheets.tables:
            book.add_table_sheet(table.name, table.columns, table.rows, highlights=table.highlights)
        return book.save(path)
