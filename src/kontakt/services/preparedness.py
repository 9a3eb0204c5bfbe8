"""Preparedness use cases for the Beredskap workspace and `kontakt preparedness`: read and
store the sites register, gather what the check needs from files and the database, run the
check and the scenarios, record weaknesses, decisions and reviews, remind what is due, and
write the plan.

The work is in `kontakt.core.preparedness`; this adds files, the database and the plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from kontakt.core.contacts.directory import DirectoryEntry, read_directory
from kontakt.core.preparedness.check import CheckResult, check
from kontakt.core.preparedness.findings import Finding
from kontakt.core.preparedness.scenarios import (
    Scenario,
    ScenarioResult,
    member_names,
    run_scenarios,
)
from kontakt.core.preparedness.sites import (
    MAX_DOCUMENT_BYTES,
    TOO_LARGE,
    UNREADABLE,
    SitesError,
    SitesRegister,
    dumps,
    loads,
)
from kontakt.core.preparedness.tables import read_sites_workbook
from kontakt.core.preparedness.weaknesses import (
    Review,
    Source,
    Weakness,
    next_review_due,
)
from kontakt.core.reasons import os_reason
from kontakt.core.ringpattern.document import loads as load_pattern
from kontakt.core.ringpattern.errors import PatternError
from kontakt.core.ringpattern.model import Pattern
from kontakt.core.safe_files import replacing_text
from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate, render
from kontakt.services import municipality, users
from kontakt.services.patterns import read_pattern
from kontakt.storage import patterns as stored_patterns
from kontakt.storage import people
from kontakt.storage import preparedness as store
from kontakt.storage.db import Database

if TYPE_CHECKING:
    from kontakt.reports.preparedness_plan import PlanContents, PlanSheets

WORKBOOK_SUFFIXES: Final = (".xlsx", ".xlsm", ".xls", ".ods")
REMINDER_CONTEXT: Final = "PreparednessReminders"
MEASURE_DUE = QT_TRANSLATE_NOOP(
    "PreparednessReminders", 'The measure against "{text}" is due on {date} (owner: {owner}).'
)
REVIEW_DUE = QT_TRANSLATE_NOOP(
    "PreparednessReminders", "The preparedness plan is due for review: the last was on {date}."
)
NEVER_REVIEWED = QT_TRANSLATE_NOOP(
    "PreparednessReminders", "The preparedness plan has never been reviewed: mark it reviewed."
)


@dataclass(frozen=True)
class PreparednessData:
    """What the check, the scenarios and the plan work on. `plan_known` is false when no
    database was asked (a check of files alone says nothing of reviews and weaknesses)."""

    register: SitesRegister
    patterns: tuple[Pattern, ...] = ()
    directory: tuple[DirectoryEntry, ...] = ()
    weaknesses: tuple[Weakness, ...] = ()
    reviews: tuple[Review, ...] = ()
    municipality: str = ""
    contact: tuple[str, str, str] = ("", "", "")
    """The ICT contact's name, phone and e-mail."""
    texts: dict[str, str] = field(default_factory=dict)
    """The plan's free texts (`storage.preparedness.PLAN_TEXTS`)."""
    plan_known: bool = True
    is_demo: bool = False


def read_sites(path: str | Path) -> SitesRegister:
    """The register in a `kontakt.sites` JSON file, or in a workbook with one row a hop."""
    target = Path(path)
    file = str(path)
    if target.suffix.lower() in WORKBOOK_SUFFIXES:
        try:
            target.stat()
        except OSError as exc:
            raise SitesError(UNREADABLE, {"file": file, "reason": os_reason(exc)}) from None
        return read_sites_workbook(target)
    try:
        with target.open("rb") as stream:
            data = stream.read(MAX_DOCUMENT_BYTES + 1)
    except OSError as exc:
        raise SitesError(UNREADABLE, {"file": file, "reason": os_reason(exc)}) from None
    if len(data) > MAX_DOCUMENT_BYTES:
        raise SitesError(TOO_LARGE, {"file": file, "limit": MAX_DOCUMENT_BYTES // 1_000_000})
    return loads(data, file)


def write_sites(path: str | Path, register: SitesRegister) -> Path:
    """Write the register as `kontakt.sites` JSON (replacing the file safely)."""
    with replacing_text(Path(path)) as out:
        out.write(dumps(register))
    return Path(path)


def stored(db: Database) -> PreparednessData:
    """Everything the database holds for the municipality in use (newest pattern versions)."""
    settings = municipality.current(db)
    if settings is None:
        return PreparednessData(SitesRegister())
    municipality_id = municipality.required_id(db)
    with db.session() as session:
        register = store.register(session, municipality_id)
        documents = stored_patterns.latest_documents(session, municipality_id)
        directory = people.directory_entries(session, municipality_id)
        weaknesses = store.weaknesses(session, municipality_id)
        reviews = store.reviews(session, municipality_id)
        texts = store.plan_texts(session, municipality_id)
    patterns: list[Pattern] = []
    for _key, text in documents:
        try:
            patterns.append(load_pattern(text))
        except PatternError:
            continue  # a draft the editor has not made valid yet has no say here
    return PreparednessData(
        register,
        tuple(patterns),
        tuple(directory),
        tuple(weaknesses),
        tuple(reviews),
        settings.name,
        (settings.contact_name, settings.contact_phone, settings.contact_email),
        texts,
        is_demo=settings.is_demo,
    )


def with_files(
    data: PreparednessData,
    sites: str | Path | None = None,
    patterns: Sequence[str | Path] = (),
    directory: str | Path | None = None,
) -> PreparednessData:
    """`data` with what the named files hold in place of the stored."""
    return replace(
        data,
        register=read_sites(sites) if sites is not None else data.register,
        patterns=tuple(read_pattern(p) for p in patterns) if patterns else data.patterns,
        directory=tuple(read_directory(Path(directory)))
        if directory is not None
        else data.directory,
    )


def run_check(data: PreparednessData, today: date) -> CheckResult:
    """The whole check of `data`, entries called from the next Monday after `today`."""
    return check(
        data.register,
        data.patterns,
        data.directory,
        today,
        data.reviews,
        data.weaknesses,
        plan_known=data.plan_known,
    )


def scenarios(
    data: PreparednessData, chosen: Sequence[Scenario], today: date
) -> list[ScenarioResult]:
    """Each scenario over every entry of the patterns."""
    return run_scenarios(data.patterns, data.register, chosen, today)


def save_sites(db: Database, register: SitesRegister) -> None:
    """Store `register` as the municipality's sites (in place of what was there)."""
    municipality_id = municipality.required_id(db)
    with db.transaction() as session:
        users.require_in(session, municipality_id, users.CHANGE)
        store.replace_register(session, municipality_id, register)


def save_weakness(db: Database, weakness: Weakness) -> Weakness:
    """Add a weakness (id 0) or update the stored one; returns it as stored."""
    municipality_id = municipality.required_id(db)
    with db.transaction() as session:
        users.require_in(session, municipality_id, users.CHANGE)
        return store.save_weakness(session, municipality_id, weakness)


def register_finding(db: Database, finding: Finding, translate: Translate) -> Weakness:
    """Register `finding` as a weakness, with its message as the text, nothing decided."""
    weakness = Weakness(
        text=finding.text(translate),
        sites=(finding.site,) if finding.site else (),
        entries=(finding.entry,) if finding.entry else (),
        severity=str(finding.severity),
        source=Source.FINDING,
    )
    return save_weakness(db, weakness)


def mark_reviewed(db: Database, by: str, at: datetime) -> Review:
    """Record that `by` reviewed the plan at `at` (time-zone aware)."""
    review = Review(by, at)
    municipality_id = municipality.required_id(db)
    with db.transaction() as session:
        users.require_in(session, municipality_id, users.CHANGE)
        store.add_reviews(session, municipality_id, [review])
    return review


def set_plan_texts(db: Database, texts: dict[str, str]) -> None:
    """Store the plan's free texts (`storage.preparedness.PLAN_TEXTS`)."""
    municipality_id = municipality.required_id(db)
    with db.transaction() as session:
        users.require_in(session, municipality_id, users.CHANGE)
        store.set_plan_texts(session, municipality_id, texts)


def reminders(data: PreparednessData, today: date, translate: Translate) -> list[str]:
    """What is due, in words: planned measures due today or before, and the plan's review."""
    found: list[str] = []
    for weakness in data.weaknesses:
        if weakness.due_now(today) and weakness.due is not None:
            found.append(
                render(
                    translate,
                    REMINDER_CONTEXT,
                    MEASURE_DUE,
                    {
                        "text": weakness.text,
                        "date": weakness.due.strftime("%d.%m.%Y"),
                        "owner": weakness.owner or "-",
                    },
                )
            )
    due = next_review_due(data.reviews)
    if due is None:
        found.append(render(translate, REMINDER_CONTEXT, NEVER_REVIEWED, {}))
    elif due <= today:
        last = max(r.at for r in data.reviews).date()
        found.append(
            render(translate, REMINDER_CONTEXT, REVIEW_DUE, {"date": last.strftime("%d.%m.%Y")})
        )
    return found


def export_plan(
    path: Path,
    data: PreparednessData,
    result: CheckResult,
    translate: Translate,
    now: datetime | None = None,
) -> Path:
    """Write the plan workbook for `data` and its check `result` to `path`."""
    from kontakt.reports.preparedness_plan import write_plan

    return write_plan(Path(path), plan_contents(data), result, translate=translate, now=now)


def plan_sheets(
    data: PreparednessData, result: CheckResult, translate: Translate, now: datetime | None = None
) -> PlanSheets:
    """The plan's summary and tables, as the workbook has them (the window prints them)."""
    from kontakt.reports.preparedness_plan import plan_sheets as sheets

    return sheets(plan_contents(data), result, translate=translate, now=now)


def plan_contents(data: PreparednessData) -> PlanContents:
    """What the plan says besides the check (for the workbook and the PDF)."""
    from kontakt.reports.preparedness_plan import PlanContents

    return PlanContents(
        municipality=data.municipality,
        contact=data.contact,
        deputy=data.texts.get("deputy", ""),
        service_desk=data.texts.get("service_desk", ""),
        platform_fallback=data.texts.get("platform_fallback", ""),
        weaknesses=data.weaknesses,
        reviews=data.reviews,
        member_names=member_names(data.patterns, data.directory),
    )


def json_check(result: CheckResult, translate: Translate) -> dict[str, Any]:
    """`preparedness check --json`."""
    return {
        "sites": [{"id": site, "autonomy_min": minutes} for site, minutes in result.autonomy()],
        "findings": [f.json(translate) for f in result.findings],
    }


def json_scenarios(results: Sequence[ScenarioResult]) -> dict[str, Any]:
    """`preparedness scenario --json`."""
    return {
        "scenarios": [
            {
                "scenario": r.scenario.name,
                "lost_members": list(r.lost_members),
                "entries": [
                    {
                        "entry": e.entry,
                        "state": str(e.state),
                        "at": e.at.isoformat(timespec="minutes"),
                        "normal": {"outcome": str(e.normal.outcome), "rang": list(e.normal.rang)},
                        "during": {
                            "outcome": str(e.during.outcome),
                            "rang": list(e.during.rang),
                            "route": list(e.during.route),
                        },
                        "answerable": e.answerable,
                    }
                    for e in r.entries
                ],
            }
            for r in results
        ]
    }
