"""Preparedness over a real database: the demo's sites, weaknesses and decisions,
reviews and reminders, the sites from a workbook, and the plan workbook read back."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from kontakt.core.preparedness.sites import SitesError
from kontakt.core.preparedness.weaknesses import Decision, Weakness
from kontakt.core.texts import untranslated
from kontakt.services import preparedness, users
from kontakt.storage.db import Database
from kontakt.storage.errors import StorageError
from tests.unit.preparedness.builders import TODAY


def test_the_demo_sites_are_stored_and_match_the_demo_members(demo_db: Database) -> None:
    data = preparedness.stored(demo_db)
    assert [s.id for s in data.register.sites] == ["radhuset", "helsehuset", "teknisk"]
    member_sites = {m.site for p in data.patterns for m in p.members.values()}
    directory_sites = {e.site for e in data.directory if e.site}
    assert member_sites | directory_sites <= data.register.ids
    result = preparedness.run_check(data, TODAY)
    assert "unknown-site" not in {f.code for f in result.findings}
    assert {(f.code, f.member) for f in result.findings if f.member} == {
        ("desk-phone-without-poe", "arne")
    }


def test_sites_saved_and_read_back_the_same(demo_db: Database) -> None:
    register = preparedness.stored(demo_db).register
    preparedness.save_sites(demo_db, register)
    assert preparedness.stored(demo_db).register == register


def test_weakness_decision_and_reminder_when_due(demo_db: Database) -> None:
    stored = preparedness.save_weakness(
        demo_db, Weakness("Gammal UPS i rådhuset", date(2026, 1, 5), sites=("radhuset",))
    )
    assert stored.id > 0
    check = preparedness.run_check(preparedness.stored(demo_db), TODAY)
    assert [f.site for f in check.findings if f.code == "weakness-unanswered"] == ["radhuset"]
    planned = preparedness.save_weakness(
        demo_db,
        Weakness(
            stored.text,
            stored.reported,
            stored.sites,
            decision=Decision.MEASURE_PLANNED,
            measure="Ny UPS",
            owner="Kari Nordmann",
            due=TODAY,
            id=stored.id,
        ),
    )
    data = preparedness.stored(demo_db)
    assert data.weaknesses == (planned,)
    reminders = preparedness.reminders(data, TODAY, untranslated)
    assert reminders[0] == (
        f'The measure against "Gammal UPS i rådhuset" is due on {TODAY:%d.%m.%Y} '
        "(owner: Kari Nordmann)."
    )
    assert preparedness.reminders(data, TODAY - timedelta(days=1), untranslated)[0] != reminders[0]
    assert "weakness-unanswered" not in {
        f.code for f in preparedness.run_check(data, TODAY).findings
    }


def test_mark_reviewed_records_who_and_when_and_ends_the_reminder(demo_db: Database) -> None:
    data = preparedness.stored(demo_db)
    assert preparedness.reminders(data, TODAY, untranslated) == [
        "The preparedness plan has never been reviewed: mark it reviewed."
    ]
    at = datetime(TODAY.year, TODAY.month, TODAY.day, 9, 30, tzinfo=UTC)
    preparedness.mark_reviewed(demo_db, "Kari Nordmann", at)
    data = preparedness.stored(demo_db)
    assert [(r.by, r.at) for r in data.reviews] == [("Kari Nordmann", at)]
    assert preparedness.reminders(data, TODAY, untranslated) == []
    later = date(TODAY.year + 1, TODAY.month, TODAY.day)
    assert preparedness.reminders(data, later, untranslated) == [
        f"The preparedness plan is due for review: the last was on {TODAY:%d.%m.%Y}."
    ]


def test_a_finding_registered_as_a_weakness(demo_db: Database) -> None:
    data = preparedness.stored(demo_db)
    finding = next(
        f for f in preparedness.run_check(data, TODAY).findings if f.code == "no-network-point"
    )
    weakness = preparedness.register_finding(demo_db, finding, untranslated)
    assert weakness.sites == ("teknisk",)
    assert preparedness.stored(demo_db).weaknesses[0].text == finding.text(untranslated)


def test_sites_from_a_workbook_one_row_a_hop(tmp_path: Path) -> None:
    path = tmp_path / "lokasjonar.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Lokasjon", "Namn", "Mobildekning", "Type", "Utstyr", "UPS", "Aggregat", "PoE"])
    sheet.append(["radhuset", "Rådhuset", "god", "access-switch", "sw-1", 60, "", "ja"])
    sheet.append(["radhuset", "", "", "core", "core-dc", "", "ja", ""])
    sheet.append(["skule", "Skulen", "ingen", "access-switch", "sw-2", 15, "nei", "nei"])
    book.save(path)
    register = preparedness.read_sites(path)
    assert [(s.id, s.name, s.mobile_coverage, s.autonomy_min) for s in register.sites] == [
        ("radhuset", "Rådhuset", "good", 60),
        ("skule", "Skulen", "none", 15),
    ]
    assert register.sites[0].path[0].poe is True and register.sites[0].path[1].generator
    sheet.append(["skule", "", "", "router", "r-2", "mange", "", ""])
    book.save(path)
    with pytest.raises(SitesError) as caught:
        preparedness.read_sites(path)
    assert caught.value.message(untranslated) == (
        f'{path}, row 5, column "UPS": expected whole minutes from 0 to 100 000, not "mange".'
    )


def test_the_plan_workbook_read_back(demo_db: Database, tmp_path: Path) -> None:
    at = datetime(TODAY.year, TODAY.month, TODAY.day, 9, 30, tzinfo=UTC)
    preparedness.mark_reviewed(demo_db, "Kari Nordmann", at)
    preparedness.save_weakness(
        demo_db,
        Weakness(
            "Teknisk etat har ingen naudstraum",
            sites=("teknisk",),
            recommended="UPS på sw-te-1",
            decision=Decision.RISK_ACCEPTED,
            reason="Flyttar i 2031",
            owner="Arne Hope",
        ),
    )
    data = preparedness.stored(demo_db)
    result = preparedness.run_check(data, TODAY)
    path = preparedness.export_plan(tmp_path / "plan.xlsx", data, result, untranslated)
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames == ["Plan", "Sites", "Scenarios", "Weaknesses", "Findings"]
    plan = {r[0]: r[1:2] and r[1] for r in book["Plan"].iter_rows(values_only=True) if r and r[0]}
    assert "Preparedness plan for telephony" in plan
    assert plan["Municipality"] == "Demo kommune"
    assert plan["Reviewed by"] == "Kari Nordmann"
    assert plan["Next review due"] == f"{TODAY.day:02}.{TODAY.month:02}.{TODAY.year + 1}"
    assert "56 37 00 00" in plan["IKTNH's service desk"]
    assert plan["Deputy"].startswith("Ola Vik")
    sites = list(book["Sites"].iter_rows(values_only=True))
    assert sites[3][:4] == ("teknisk", "Teknisk etat", "Industrivegen 12", "0 min")
    assert "sw-te-1 (no emergency power)" in sites[3][7]
    scenarios = list(book["Scenarios"].iter_rows(values_only=True))
    names = {r[0] for r in scenarios[1:]}
    assert {
        "Power cut at Rådhuset for 120 min",
        "Network down at Teknisk etat",
        "Central data room down",
        "Telephony platform down",
    } <= names
    platform = next(r for r in scenarios if r[0] == "Telephony platform down")
    assert platform[6] == "no" and "vakttelefonen" in platform[7]
    weaknesses = list(book["Weaknesses"].iter_rows(values_only=True))
    assert weaknesses[1][4:7] == ("risk accepted", "Flyttar i 2031", "Arne Hope")
    findings = [r[1] for r in book["Findings"].iter_rows(values_only=True)][1:]
    assert findings == [f.code for f in result.findings]


def test_the_check_json_has_every_field(demo_db: Database) -> None:
    result = preparedness.run_check(preparedness.stored(demo_db), TODAY)
    document = json.loads(json.dumps(preparedness.json_check(result, untranslated)))
    assert document["sites"][0] == {"id": "radhuset", "autonomy_min": 60}
    assert set(document["findings"][0]) == {
        "code",
        "severity",
        "site",
        "node",
        "entry",
        "member",
        "number",
        "message",
    }


def test_a_reader_sees_the_preparedness_but_changes_nothing(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(users.LOGIN_ENV, "kari")
    users.add(demo_db, "per", users.READER)
    monkeypatch.setenv(users.LOGIN_ENV, "per")
    before = preparedness.stored(demo_db)
    finding = preparedness.run_check(before, TODAY).findings[0]
    workbook = tmp_path / "sites.json"
    preparedness.write_sites(workbook, replace(before.register, autonomy_target_min=30))
    changes = [
        lambda: preparedness.save_sites(demo_db, preparedness.read_sites(workbook)),
        lambda: preparedness.save_weakness(demo_db, Weakness("Gammal UPS", TODAY)),
        lambda: preparedness.register_finding(demo_db, finding, untranslated),
        lambda: preparedness.mark_reviewed(demo_db, "Per", datetime.now(UTC)),
        lambda: preparedness.set_plan_texts(demo_db, {"deputy": "Per"}),
    ]
    for change in changes:
        with pytest.raises(StorageError) as refused:
            change()
        assert refused.value.code == "role-refused"
    after = preparedness.stored(demo_db)
    assert (after.register, after.weaknesses, after.reviews, after.texts) == (
        before.register,
        before.weaknesses,
        before.reviews,
        before.texts,
    )
    monkeypatch.setenv(users.LOGIN_ENV, "kari")
    preparedness.set_plan_texts(demo_db, {"deputy": "Per"})  # the ICT contact may
    assert preparedness.stored(demo_db).texts["deputy"] == "Per"
