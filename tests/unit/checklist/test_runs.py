"""Test runs in the database: saved as they go, resumed, fault reports, protocol, verified."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from openpyxl import load_workbook

from kontakt.core.checklist import Verdict
from kontakt.core.texts import untranslated
from kontakt.services import checklist_runs, municipality
from kontakt.storage.db import Database, open_database
from kontakt.storage.models import ChangeRequest
from kontakt.storage.patterns import add_version
from tests.unit.ringpattern.builders import demo_document

NOW = datetime(2026, 12, 1, 9, 50, tzinfo=ZoneInfo("Europe/Oslo"))


def _add_draft_version(db: Database) -> None:
    doc = demo_document()
    doc["nodes"][1]["options"]["2"] = "sentralbord"
    with db.transaction() as session:
        add_version(
            session,
            municipality.required_id(db),
            key=doc["id"],
            name=doc["name"],
            document=json.dumps(doc),
            status="draft",
        )


def _new_run(db: Database) -> int:
    _add_draft_version(db)
    (source,) = checklist_runs.sources(db, untranslated)
    cases = checklist_runs.cases_for(source, untranslated, language="en", now=NOW)
    return checklist_runs.start_run(db, source.title, cases, tester="Kari Tester")


def test_a_run_is_saved_as_it_goes_and_read_back_after_reopening(
    demo_db: Database, demo_db_path: Path
) -> None:
    run_id = _new_run(demo_db)
    checklist_runs.record(demo_db, run_id, 1, Verdict.PASSED, "ok")
    demo_db.dispose()
    again = open_database(f"sqlite:///{demo_db_path}")
    run = checklist_runs.load_run(again, run_id)
    assert run.title == "Sentralbord og heimeteneste – Demo kommune, version 1 → 2"
    assert [c.verdict for c in run.cases] == [
        Verdict.NOT_TESTED,
        Verdict.PASSED,
        Verdict.NOT_TESTED,
        Verdict.NOT_TESTED,
    ]
    assert run.cases[1].note == "ok" and run.cases[1].recorded_at is not None
    assert [c.case.press for c in run.cases[:2]] == [(), ("2",)]
    assert run.next_position() == 0
    (summary,) = checklist_runs.runs(again, unfinished=True)
    assert (summary.done, summary.total) == (1, 4)
    again.dispose()


def test_a_failed_case_makes_one_fault_report_draft(demo_db: Database) -> None:
    run_id = _new_run(demo_db)
    checklist_runs.record(demo_db, run_id, 1, Verdict.FAILED, "Only Kari's phone rang")
    number = checklist_runs.report_fault(demo_db, run_id, 1, "Key 2 fails")
    assert checklist_runs.report_fault(demo_db, run_id, 1, "Key 2 fails") == number
    with demo_db.session() as session:
        request = session.get_one(ChangeRequest, number)
        assert (request.kind, request.state) == ("fault-report", "draft")
        payload = request.change["payload"]
    assert request.change["kind"] == "fault-report" and request.change["kommune"] == "9999"
    assert payload["observed"] == "Only Kari's phone rang"
    assert payload["expected"].startswith("The voice menu «Hovudmeny» plays")
    assert payload["case"]["press"] == ["2"]
    assert payload["change"]["title"].endswith("version 1 → 2")


def test_the_protocol_reads_back_from_the_workbook(demo_db: Database, tmp_path: Path) -> None:
    run_id = _new_run(demo_db)
    checklist_runs.record(demo_db, run_id, 0, Verdict.PASSED)
    checklist_runs.record(demo_db, run_id, 1, Verdict.FAILED, "no power")
    checklist_runs.finish_run(demo_db, run_id)
    path = checklist_runs.export_protocol(demo_db, run_id, tmp_path / "p.xlsx", untranslated)
    book = load_workbook(path)
    assert book.sheetnames == ["Summary", "Cases"]
    summary = {r[0]: r[1] for r in book["Summary"].iter_rows(values_only=True) if r and r[0]}
    assert summary["Tested by"] == "Kari Tester"
    assert summary["Municipality"] == "Demo kommune"
    assert summary["Passed"] == 1 and summary["Failed"] == 1 and summary["Not tested"] == 2
    assert summary["Result"] == "Not verified: some cases failed."
    assert str(summary["Signature of the tester"]).startswith("____")
    rows = list(book["Cases"].iter_rows(values_only=True))
    assert rows[0][:5] == ("No.", "What is tested", "How to test", "Expected result", "Verdict")
    assert [r[0] for r in rows[1:]] == ["T01", "T02", "T03", "T04"]
    assert [r[4] for r in rows[1:]] == ["Passed", "Failed", "Not tested", "Not tested"]
    assert rows[2][5] == "no power"
    assert isinstance(rows[1][6], datetime)
    sheet = book["Cases"]
    assert sheet["C2"].alignment.wrap_text  # long texts wrap on the printed page
    assert sheet.row_dimensions[2].height > 15  # and the row grows for them


def test_a_change_request_whose_cases_all_passed_is_verified(demo_db: Database) -> None:
    doc = demo_document()
    doc["nodes"][1]["options"]["2"] = "sentralbord"
    with demo_db.transaction() as session:
        request = ChangeRequest(
            municipality_id=municipality.required_id(demo_db),
            kind="ring-pattern",
            state="delivered",
            summary="Key 2 to the switchboard",
            change={"kind": "ring-pattern", "payload": {"document": doc, "diff": {}}},
            idempotency_key="k1",
        )
        session.add(request)
        session.flush()
        number = request.id
    (source,) = checklist_runs.sources(demo_db, untranslated)
    assert source.change_request_id == number
    cases = checklist_runs.cases_for(source, untranslated, language="en", now=NOW)
    run_id = checklist_runs.start_run(
        demo_db, source.title, cases, tester="t", change_request_id=number
    )
    for position in range(len(cases) - 1):
        checklist_runs.record(demo_db, run_id, position, Verdict.PASSED)
    assert checklist_runs.verified_change_requests(demo_db) == set()
    checklist_runs.record(demo_db, run_id, len(cases) - 1, Verdict.PASSED)
    assert checklist_runs.verified_change_requests(demo_db) == {number}


def test_a_phone_order_gives_device_checks_then_the_standing_checks(demo_db: Database) -> None:
    payload = {
        "employee": {"name": "Ingrid Haugland", "email": "ingrid@demo.kommune.no"},
        "number": "+4756100030",
        "device": "desk",
        "municipal_email": True,
    }
    with demo_db.transaction() as session:
        request = ChangeRequest(
            municipality_id=municipality.required_id(demo_db),
            kind="phone-order",
            state="draft",
            summary="Bordtelefon til Ingrid",
            change={"kind": "phone-order", "payload": payload},
            idempotency_key="order-1",
        )
        session.add(request)
        session.flush()
        number = request.id
    (source,) = checklist_runs.sources(demo_db, untranslated)
    assert source.change_request_id == number
    assert source.title == f"Change request {number}: Bordtelefon til Ingrid"
    cases = checklist_runs.cases_for(source, untranslated, language="en", now=NOW)
    assert [c.id for c in cases] == ["T01", "T02", "T03", "T04", "T05"]
    assert [str(c.kind) for c in cases] == ["device"] * 3 + ["standing"] * 2
    rings, mail, power = cases[:3]
    assert rings.instructions == "Call 56 10 00 30 from another phone."
    assert rings.expected.startswith("Ingrid Haugland's desk phone (56 10 00 30) rings")
    assert "ingrid@demo.kommune.no" in mail.instructions
    assert "(PoE)" in power.expected


def test_versions_are_offered_against_the_one_before_and_the_current_set_up(
    demo_db: Database,
) -> None:
    _add_draft_version(demo_db)
    _add_draft_version(demo_db)
    titles = [s.title.rsplit(", ", 1)[1] for s in checklist_runs.sources(demo_db, untranslated)]
    assert titles == ["version 2 → 3", "version 1 → 3", "version 1 → 2"]
