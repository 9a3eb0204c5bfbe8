"""Who may do what, in every service that changes a municipality's data (SQLite and
PostgreSQL): a reader is refused by each, a deputy may change but not set up users, and
two first changes at once leave the municipality one ICT contact. And the command line's
times and `--db` help, as the language writes them."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from kontakt.cli import main
from kontakt.core.checklist import Verdict
from kontakt.core.contacts.mapping import HRM_FIELDS
from kontakt.core.tables.mapping import MappingProfile
from kontakt.services import (
    changes_approval,
    checklist_runs,
    contact_data,
    imports,
    municipality,
    patterns,
    users,
)
from kontakt.services.changes_approval import DeletedDraft
from kontakt.storage.db import Database, open_database
from kontakt.storage.errors import StorageError
from kontakt.storage.models import ChangeRequest, KontaktUser, Municipality, TestCaseResult
from tests.unit.checklist.test_runs import _new_run
from tests.unit.test_team import DEMO_PATTERN, _key


@dataclass(frozen=True)
class Made:
    """What Kari, the ICT contact, made before a colleague tries to change it."""

    key: str
    run: int
    draft: int
    deleted: DeletedDraft


@pytest.fixture
def made(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[Made]:
    monkeypatch.setenv(users.LOGIN_ENV, "kari")
    run = _new_run(demo_db)
    checklist_runs.record(demo_db, run, 1, Verdict.FAILED, "Only Kari's phone rang")
    draft = checklist_runs.report_fault(demo_db, run, 1, "Key 2 fails")
    deleted = changes_approval.delete_draft(
        demo_db, changes_approval.new_draft_from(demo_db, draft)
    )
    users.add(demo_db, "per", users.READER)
    users.add(demo_db, "dag", users.DEPUTY)
    yield Made(_key(demo_db), run, draft, deleted)


def _profile() -> MappingProfile:
    return MappingProfile("Per sin", {"employee_id": "Ansattnr"}, HRM_FIELDS.kind)


Change = Callable[[Database, Made], object]
CHANGES: dict[str, Change] = {
    "save a pattern": lambda db, m: patterns.save_draft(
        db, m.key, patterns.open_stored(db, m.key).pattern, None
    ),
    "keep a refused save as a draft": lambda db, m: patterns.keep_as_draft(
        db, m.key, patterns.open_stored(db, m.key).pattern, LookupError()
    ),
    "import a pattern": lambda db, m: imports.import_pattern(db, DEMO_PATTERN),
    "save a column mapping": lambda db, m: contact_data.save_profile(db, _profile()),
    "save a register's mapping": lambda db, m: imports.save_register_profile(db, _profile()),
    "save the settings": lambda db, m: municipality.save(db, municipality.current(db)),  # type: ignore[arg-type]
    "make a request": lambda db, m: changes_approval.new_draft_from(db, m.draft),
    "edit a request": lambda db, m: changes_approval.edit_draft(db, m.draft, dict),
    "delete a request": lambda db, m: changes_approval.delete_draft(db, m.draft),
    "restore a request": lambda db, m: changes_approval.restore_draft(db, m.deleted),
    "ask to approve": lambda db, m: changes_approval.to_sign(db, m.draft),
    "approve": lambda db, m: changes_approval.approve(db, m.draft, b""),
    "start a test run": lambda db, m: checklist_runs.start_run(db, "Etter", [], tester="Per"),
    "record a verdict": lambda db, m: checklist_runs.record(db, m.run, 0, Verdict.PASSED),
    "note on a case": lambda db, m: checklist_runs.save_note(db, m.run, 0, "ringde"),
    "finish a run": lambda db, m: checklist_runs.finish_run(db, m.run),
    "report a fault": lambda db, m: checklist_runs.report_fault(db, m.run, 2, "Feil"),
}


def _stored(db: Database) -> tuple[object, ...]:
    """Everything these services could have changed, to compare before and after."""
    with db.session() as session:
        requests = session.execute(
            select(ChangeRequest.id, ChangeRequest.state, ChangeRequest.change)
        ).all()
        cases = session.execute(
            select(TestCaseResult.verdict, TestCaseResult.note, TestCaseResult.recorded_by)
        ).all()
    return (
        sorted(map(tuple, requests)),
        sorted(map(tuple, cases)),
        [r.finished for r in checklist_runs.runs(db)],
        [v.number for v in patterns.versions(db, _key(db))],
        [p.name for p in contact_data.saved_profiles(db)],
    )


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_a_reader_is_refused_by_each_service_that_changes_data(
    demo_db: Database, made: Made, monkeypatch: pytest.MonkeyPatch, change: Change
) -> None:
    monkeypatch.setenv(users.LOGIN_ENV, "per")
    before = _stored(demo_db)
    with pytest.raises(StorageError) as refused:
        change(demo_db, made)
    assert refused.value.code == "role-refused"
    assert refused.value.params == {"user": "per", "number": "9999", "role": "reader"}
    assert "reader" in str(refused.value)
    assert _stored(demo_db) == before


def test_a_deputy_changes_and_is_named_but_cannot_set_up_users(
    demo_db: Database, made: Made, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(users.LOGIN_ENV, "dag")
    checklist_runs.save_note(demo_db, made.run, 0, "ringde")
    checklist_runs.record(demo_db, made.run, 0, Verdict.PASSED, "ringde")
    checklist_runs.finish_run(demo_db, made.run)
    changes_approval.restore_draft(demo_db, made.deleted)
    number = patterns.save_draft(
        demo_db, made.key, patterns.open_stored(demo_db, made.key).pattern, None
    )
    (saved,) = [v for v in patterns.versions(demo_db, made.key) if v.number == number]
    assert saved.saved_by == "dag"  # the login alone: the settings' name is Kari's
    with demo_db.session() as session:
        recorded = session.scalars(
            select(TestCaseResult.recorded_by).where(
                TestCaseResult.run_id == made.run, TestCaseResult.position == 0
            )
        ).one()
    assert recorded == "dag"
    with pytest.raises(StorageError) as refused:
        users.add(demo_db, "eve", users.DEPUTY)
    assert refused.value.code == "not-ict-contact"
    assert [(u.login, u.role) for u in users.listed(demo_db)] == [
        ("dag", "deputy"),
        ("kari", "ict-contact"),
        ("per", "reader"),
    ]


def test_two_first_changes_at_once_leave_one_ict_contact(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Kari's first change claims the municipality and is still open when Ola's starts:
    Ola's waits for it, then finds the municipality Kari's and is refused."""
    with db.transaction() as session:
        session.add(Municipality(number="4631", name="Alver"))
    db.municipality_number = "4631"
    other = open_database(db.url)
    other.municipality_number = "4631"
    with db.session() as session:
        alver = session.scalars(select(Municipality.id)).one()
    claimed, commit = threading.Event(), threading.Event()
    outcome: dict[str, object] = {}

    def first() -> None:
        with db.transaction() as session:
            users.require_in(session, alver, users.CHANGE)
            claimed.set()
            commit.wait(10)

    def second() -> None:
        try:
            with other.transaction() as session:
                outcome["role"] = users.require_in(session, alver, users.CHANGE)
        except StorageError as error:
            outcome["refused"] = error

    monkeypatch.setenv(users.LOGIN_ENV, "kari")
    kari = threading.Thread(target=first)
    kari.start()
    assert claimed.wait(10)
    monkeypatch.setenv(users.LOGIN_ENV, "ola")  # read by Ola's thread; Kari's has claimed
    ola = threading.Thread(target=second)
    ola.start()
    ola.join(0.5)
    assert ola.is_alive()  # waiting for Kari's transaction, not deciding alone
    commit.set()
    kari.join(10)
    ola.join(10)
    other.dispose()
    refused = outcome.get("refused")
    assert isinstance(refused, StorageError), outcome
    assert refused.code == "no-access" and refused.params == {"user": "ola", "number": "4631"}
    with db.session() as session:
        rows = session.execute(select(KontaktUser.login, KontaktUser.role)).all()
    assert [tuple(row) for row in rows] == [("kari", "ict-contact")]


def test_the_command_line_writes_times_as_the_language_does(
    demo_db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(users.LOGIN_ENV, "kari")
    versions = ["--db", demo_db_url, "pattern", "versions", "demo-sentralbord"]
    assert main(["--lang", "en", *versions]) == 0
    assert re.search(r"  \d{4}-\d\d-\d\d \d\d:\d\d  ", capsys.readouterr().out)
    assert main(["--lang", "nn", *versions]) == 0
    assert re.search(r"  \d\d\.\d\d\.\d{4} \d\d\.\d\d  ", capsys.readouterr().out)
    with pytest.raises(SystemExit):
        main(["--lang", "nn", "--help"])
    helped = " ".join(capsys.readouterr().out.split())
    assert "miljøvariabelen KONTAKT_DB_URL, elles «Felles database» i innstillingane" in helped
