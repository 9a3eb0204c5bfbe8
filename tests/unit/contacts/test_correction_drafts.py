"""One check result makes one correction request, also after a restart (real SQLite)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from kontakt.core.contacts.model import ContactCheckResult
from kontakt.resources import resource_path
from kontakt.services import contact_data, correction_drafts
from kontakt.services.contacts import ContactCheckRequest, preview_mapping, run_contact_check
from kontakt.storage.db import Database, open_database
from kontakt.storage.models import ChangeRequest

DEMO_EXPORT = resource_path("demo", "hrm-export.csv")
CHECKED_ON = dt.date(2026, 11, 24)


def check(db: Database, today: dt.date = CHECKED_ON) -> ContactCheckResult:
    inputs = contact_data.stored_inputs(db)
    return run_contact_check(
        ContactCheckRequest(
            hrm_path=DEMO_EXPORT,
            overrides=preview_mapping(DEMO_EXPORT).mapping,
            directory=inputs.directory,
            members=inputs.members,
            domains=inputs.domains,
            today=today,
        )
    )


def stored(db: Database) -> list[ChangeRequest]:
    with db.session() as session:
        return list(session.scalars(select(ChangeRequest)).all())


def test_asking_twice_for_the_same_corrections_makes_one_draft(demo_db: Database) -> None:
    result = check(demo_db)
    first = correction_drafts.request_corrections(demo_db, result, result.findings, "Retting")
    again = correction_drafts.request_corrections(demo_db, result, result.findings, "Retting")
    assert first.made and first.added > 0
    assert (again.number, again.added, again.made) == (first.number, 0, False)
    assert len(stored(demo_db)) == 1


def test_after_a_restart_the_same_check_finds_its_request(
    demo_db: Database, demo_db_url: str
) -> None:
    result = check(demo_db)
    made = correction_drafts.request_corrections(demo_db, result, result.findings, "Retting")
    demo_db.dispose()
    reopened = open_database(demo_db_url)
    try:
        again = check(reopened)
        found = correction_drafts.request_for_result(reopened, again)
        assert found is not None and found.number == made.number and found.is_draft
        assert found.missing(again.findings) == []
        correction_drafts.request_corrections(reopened, again, again.findings, "Retting")
        assert len(stored(reopened)) == 1
    finally:
        reopened.dispose()


def test_a_later_choice_from_the_same_result_goes_into_its_draft(demo_db: Database) -> None:
    result = check(demo_db)
    wanted = contact_data.correction_findings(result.findings)
    assert len(wanted) >= 2
    first = correction_drafts.request_corrections(demo_db, result, wanted[:1], "Retting")
    rest = correction_drafts.request_corrections(demo_db, result, wanted, "Retting")
    assert (rest.number, rest.added, rest.made) == (first.number, len(wanted) - 1, False)
    (request,) = stored(demo_db)
    held = request.change["payload"]["corrections"]
    assert len(held) == len(wanted)
    assert len({(c["code"], c["employee_id"], c["field"], c["value"]) for c in held}) == len(held)


def test_a_request_no_longer_a_draft_is_not_changed(demo_db: Database) -> None:
    result = check(demo_db)
    wanted = contact_data.correction_findings(result.findings)
    first = correction_drafts.request_corrections(demo_db, result, wanted[:1], "Retting")
    with demo_db.transaction() as session:
        session.get_one(ChangeRequest, first.number).state = "approved"
    later = correction_drafts.request_corrections(demo_db, result, wanted, "Retting")
    assert (later.number, later.added) == (first.number, 0)
    (request,) = stored(demo_db)
    assert len(request.change["payload"]["corrections"]) == 1


def test_a_check_on_another_day_is_another_result(demo_db: Database) -> None:
    result = check(demo_db)
    correction_drafts.request_corrections(demo_db, result, result.findings, "Retting")
    next_day = check(demo_db, CHECKED_ON + dt.timedelta(days=1))
    assert correction_drafts.request_for_result(demo_db, next_day) is None
