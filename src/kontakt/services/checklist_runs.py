"""Test runs in the database: what to test, the cases, each verdict saved as it is given.

A run is made from a ring-pattern change request (the new document against the pattern's
current set-up) or from two stored versions of a pattern. Its cases are stored whole, so a
run reads back the same after Kontakt restarts, and every verdict is saved in its own
transaction the moment it is given: closing Kontakt mid-run loses nothing, and the run is
resumed where the tester stopped. A failed case makes a `fault-report` change request
(a draft, made as the contact check's correction drafts are made); a change request whose
run passed every case counts as verified.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kontakt.core.changes.approval import Kind
from kontakt.core.checklist import PhoneOrder, TestCase, Verdict, for_orders, generate
from kontakt.core.ringpattern import loads
from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate, render
from kontakt.reports.test_protocol import Protocol, ProtocolCase, write_test_protocol
from kontakt.services import changes_approval, municipality, users
from kontakt.services.municipality import NoMunicipality
from kontakt.storage.db import Database
from kontakt.storage.models import (
    ChangeRequest,
    RingPattern,
    RingPatternVersion,
    TestCaseResult,
    TestRun,
)
from kontakt.storage.types import utc_now

FAULT_KIND = Kind.FAULT_REPORT.value
PATTERN_KIND = "ring-pattern"
ORDER_KIND = Kind.PHONE_ORDER.value


@dataclass(frozen=True)
class Source:
    """Something to test: a ring-pattern change request, or two versions of a pattern."""

    title: str
    old: str | None
    """The ring-pattern documents before and after (JSON text); None for a phone order."""
    new: str | None
    change_request_id: int | None = None
    orders: tuple[PhoneOrder, ...] = ()


@dataclass(frozen=True)
class RunSummary:
    id: int
    title: str
    started_at: datetime
    done: int
    total: int
    finished: bool


@dataclass(frozen=True)
class RunCase:
    position: int
    case: TestCase
    verdict: Verdict
    note: str
    recorded_at: datetime | None
    recorded_by: str = ""
    """Who recorded the verdict (the tester may be someone else's name)."""


@dataclass(frozen=True)
class Run:
    id: int
    title: str
    tester: str
    change_request_id: int | None
    started_at: datetime
    finished_at: datetime | None
    cases: tuple[RunCase, ...]

    def next_position(self) -> int | None:
        """The first case not tested yet (where a resumed run goes on)."""
        return next((c.position for c in self.cases if c.verdict is Verdict.NOT_TESTED), None)


def _document_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def sources(db: Database, translate: Translate) -> list[Source]:
    """What can be tested: each ring-pattern change request against the current set-up of
    its pattern, each phone order, then stored versions of a pattern (each against the one
    before it and against the current set-up), titled in the user's language."""
    municipality_id = municipality.current_id(db)
    if municipality_id is None:
        return []
    found: list[Source] = []
    with db.session() as session:
        patterns = session.scalars(
            select(RingPattern)
            .where(RingPattern.municipality_id == municipality_id)
            .order_by(RingPattern.key)
        ).all()
        baselines = {
            p.key: next((v for v in reversed(p.versions) if v.status == "baseline"), None)
            for p in patterns
        }
        requests = session.scalars(
            select(ChangeRequest)
            .where(
                ChangeRequest.municipality_id == municipality_id,
                ChangeRequest.kind == PATTERN_KIND,
            )
            .order_by(ChangeRequest.id.desc())
        ).all()
        for request in requests:
            document = (request.change.get("payload") or {}).get("document")
            if not document:
                continue
            text = _document_text(document)
            key = json.loads(text).get("id")
            baseline = baselines.get(str(key))
            if baseline is None:
                continue
            title = render(
                translate,
                "ChecklistSources",
                QT_TRANSLATE_NOOP("ChecklistSources", "Change request {number}: {summary}"),
                {"number": request.id, "summary": request.summary},
            )
            found.append(Source(title, baseline.document, text, request.id))
        orders = session.scalars(
            select(ChangeRequest)
            .where(
                ChangeRequest.municipality_id == municipality_id,
                ChangeRequest.kind == ORDER_KIND,
            )
            .order_by(ChangeRequest.id.desc())
        ).all()
        for request in orders:
            order = phone_order(request.change.get("payload") or {})
            if order is not None:
                title = render(
                    translate,
                    "ChecklistSources",
                    QT_TRANSLATE_NOOP("ChecklistSources", "Change request {number}: {summary}"),
                    {"number": request.id, "summary": request.summary},
                )
                found.append(Source(title, None, None, request.id, (order,)))
        for pattern in patterns:
            for before, after in _version_pairs(pattern.versions, baselines[pattern.key]):
                title = render(
                    translate,
                    "ChecklistSources",
                    QT_TRANSLATE_NOOP("ChecklistSources", "{pattern}, version {old} → {new}"),
                    {"pattern": pattern.name, "old": before.number, "new": after.number},
                )
                found.append(Source(title, before.document, after.document))
    return found


def _version_pairs(
    versions: Sequence[RingPatternVersion], baseline: RingPatternVersion | None
) -> list[tuple[RingPatternVersion, RingPatternVersion]]:
    """Each version after the one before it, and each later version after the current
    set-up (what a draft changes, all told); the newest first."""
    pairs = dict.fromkeys(pairwise(versions))
    if baseline is not None:
        pairs.update(dict.fromkeys((baseline, v) for v in versions if v.number > baseline.number))
    return sorted(pairs, key=lambda pair: (-pair[1].number, -pair[0].number))


def cases_for(
    source: Source, translate: Translate, *, language: str = "nn", now: datetime | None = None
) -> list[TestCase]:
    """The checklist for `source` (a `PatternError` when a stored document cannot be read)."""
    if source.old is None or source.new is None:
        return for_orders(source.orders, translate)
    old, new = loads(source.old), loads(source.new)
    return generate(old, new, translate, now=now or datetime.now(new.zone), language=language)


def phone_order(payload: Mapping[str, Any]) -> PhoneOrder | None:
    """What a `phone-order` request's payload says about the phone, read leniently (the
    order form may name the employee inside `employee`); None without a number."""
    employee = payload.get("employee")
    person: Mapping[str, Any] = employee if isinstance(employee, Mapping) else {}
    number = str(payload.get("number") or person.get("mobile") or "")
    if not number:
        return None
    email = payload.get("email")
    if email is True or payload.get("municipal_email") is True:
        email = person.get("email") or ""
    return PhoneOrder(
        name=str(payload.get("name") or person.get("name") or ""),
        number=number,
        device=str(payload.get("device") or "mobile"),
        email=email if isinstance(email, str) else "",
    )


def tester_name(db: Database) -> str:
    """Who tests: the municipality's ICT contact, else the user logged in."""
    settings = municipality.current(db)
    if settings is not None and settings.contact_name:
        return settings.contact_name
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def start_run(
    db: Database,
    title: str,
    cases: Sequence[TestCase],
    *,
    tester: str,
    change_request_id: int | None = None,
) -> int:
    """Save a new run with `cases` (all not tested); its id."""
    municipality_id = municipality.required_id(db)
    with db.transaction() as session:
        users.require_in(session, municipality_id, users.CHANGE)
        run = TestRun(
            municipality_id=municipality_id,
            change_request_id=change_request_id,
            title=title,
            tester=tester,
        )
        run.cases = [
            TestCaseResult(position=i, case=case.to_dict(), verdict=str(Verdict.NOT_TESTED))
            for i, case in enumerate(cases)
        ]
        session.add(run)
        session.flush()
        return run.id


def runs(db: Database, *, unfinished: bool = False) -> list[RunSummary]:
    """The municipality's runs, newest first (only those not finished, if asked)."""
    municipality_id = municipality.current_id(db)
    if municipality_id is None:
        return []
    with db.session() as session:
        query = select(TestRun).where(TestRun.municipality_id == municipality_id)
        if unfinished:
            query = query.where(TestRun.finished_at.is_(None))
        rows = session.scalars(query.order_by(TestRun.id.desc())).all()
        return [
            RunSummary(
                r.id,
                r.title,
                r.started_at,
                sum(c.verdict != Verdict.NOT_TESTED for c in r.cases),
                len(r.cases),
                r.finished_at is not None,
            )
            for r in rows
        ]


def load_run(db: Database, run_id: int) -> Run:
    """The run and every case with its verdict; `LookupError` when there is no such run."""
    with db.session() as session:
        run = session.get(TestRun, run_id)
        if run is None or run.municipality_id != municipality.current_id(db):
            raise LookupError(run_id)
        return Run(
            run.id,
            run.title,
            run.tester,
            run.change_request_id,
            run.started_at,
            run.finished_at,
            tuple(
                RunCase(
                    c.position,
                    TestCase.from_dict(c.case),
                    Verdict(c.verdict),
                    c.note,
                    c.recorded_at,
                    c.recorded_by,
                )
                for c in run.cases
            ),
        )


def record(db: Database, run_id: int, position: int, verdict: Verdict, note: str = "") -> None:
    """Save the verdict on one case now, with the time and who recorded it."""
    users.require(db, users.CHANGE)
    who = users.who(db)
    with db.transaction() as session:
        row = session.scalars(
            select(TestCaseResult).where(
                TestCaseResult.run_id == run_id, TestCaseResult.position == position
            )
        ).one()
        row.verdict = str(verdict)
        row.note = note
        row.recorded_at = None if verdict is Verdict.NOT_TESTED else utc_now()
        row.recorded_by = who


def save_note(db: Database, run_id: int, position: int, note: str) -> None:
    """Keep the tester's note on a case while they type it (the verdict stays)."""
    users.require(db, users.CHANGE)
    with db.transaction() as session:
        row = session.scalars(
            select(TestCaseResult).where(
                TestCaseResult.run_id == run_id, TestCaseResult.position == position
            )
        ).one()
        row.note = note


def finish_run(db: Database, run_id: int) -> None:
    users.require(db, users.CHANGE)
    with db.transaction() as session:
        run = session.get_one(TestRun, run_id)
        run.finished_at = utc_now()


def protocol(db: Database, run_id: int) -> Protocol:
    run = load_run(db, run_id)
    settings = municipality.current(db)
    return Protocol(
        run.title,
        settings.name if settings else "",
        run.tester,
        run.started_at,
        run.finished_at,
        [ProtocolCase(c.case, c.verdict, c.note, c.recorded_at) for c in run.cases],
    )


def export_protocol(db: Database, run_id: int, path: Path, translate: Translate) -> Path:
    """Write the run's test protocol (Excel) to `path`."""
    return write_test_protocol(path, protocol(db, run_id), translate=translate)


def verified_change_requests(db: Database) -> set[int]:
    """The change requests with a run whose every case passed."""
    municipality_id = municipality.current_id(db)
    if municipality_id is None:
        return set()
    with db.session() as session:
        rows = session.scalars(
            select(TestRun).where(
                TestRun.municipality_id == municipality_id,
                TestRun.change_request_id.is_not(None),
            )
        ).all()
        return {
            r.change_request_id
            for r in rows
            if r.change_request_id is not None
            and r.cases
            and all(c.verdict == Verdict.PASSED for c in r.cases)
        }


def fault_report_for(db: Database, run_id: int, position: int) -> int | None:
    """The fault report made from this case of this run, if any."""
    municipality_id = municipality.current_id(db)
    with db.session() as session:
        for request in session.scalars(
            select(ChangeRequest).where(
                ChangeRequest.municipality_id == municipality_id,
                ChangeRequest.kind == FAULT_KIND,
            )
        ):
            payload = request.change.get("payload") or {}
            if payload.get("run_id") == run_id and payload.get("position") == position:
                return request.id
    return None


def report_fault(db: Database, run_id: int, position: int, summary: str) -> int:
    """A `fault-report` change request (a draft) for a failed case: the case, what was
    expected and what the tester observed (their note), and the change it belongs to; its
    id. The same case reported again gives the report made the first time."""
    existing = fault_report_for(db, run_id, position)
    if existing is not None:
        return existing
    settings = municipality.current(db)
    if settings is None:
        raise NoMunicipality
    run = load_run(db, run_id)
    case = next(c for c in run.cases if c.position == position)
    return changes_approval.new_draft(
        db,
        Kind.FAULT_REPORT,
        summary,
        {
            "case": case.case.to_dict(),
            "expected": case.case.expected,
            "observed": case.note,
            "change": {"title": run.title, "change_request_id": run.change_request_id},
            "tested_at": None if case.recorded_at is None else case.recorded_at.isoformat(),
            "tester": run.tester,
            "run_id": run_id,
            "position": position,
        },
    )
