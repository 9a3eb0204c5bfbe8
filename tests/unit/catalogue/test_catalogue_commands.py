"""`kontakt catalogue list|compare` and `kontakt order phone` on the demo database, as a
script runs them: filters, the comparison workbook read back, and the phone-order draft."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kontakt.cli import main
from kontakt.storage.db import Database
from kontakt.storage.models import ChangeRequest
from tests.helpers import sqlite_url

PATTERN = "Sentralbord og heimeteneste – Demo kommune"


def _run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", "--db", sqlite_url(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _listed(capsys: pytest.CaptureFixture[str], db: Path, *filters: str) -> list[str]:
    code, out, err = _run(capsys, db, "catalogue", "list", "--json", *filters)
    assert code == 0, err
    document = json.loads(out)
    assert document["synced_at"] is None  # the demo catalogue was never synced
    return [m["model"] for m in document["models"]]


def test_list_combines_the_filters(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert len(_listed(capsys, demo_db_path)) == 12
    assert _listed(capsys, demo_db_path, "--os", "android", "--max-price", "4000") == [
        "Galaxy A36 5G",
        "Galaxy A56 5G",
    ]
    # Apple publishes no end date: no iPhone is sure to be updated until 2032.
    assert _listed(capsys, demo_db_path, "--updates-until", "2032-04-01") == [
        "Fairphone (Gen. 6)",
        "Pixel 10",
        "Pixel 9a",
    ]
    assert "Galaxy XCover6 Pro" not in _listed(capsys, demo_db_path, "--esim")
    _, out, _ = _run(capsys, demo_db_path, "catalogue", "list", "--json")
    assert json.loads(out)["prices_are_examples"] is True
    _, out, _ = _run(capsys, demo_db_path, "catalogue", "list")
    assert "The prices are examples, not IKTNH's agreement prices." in out


def test_list_json_has_the_documented_fields(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = _run(capsys, demo_db_path, "catalogue", "list", "--json", "--os", "iOS")
    first = json.loads(out)["models"][0]
    assert first == {
        "manufacturer": "Apple",
        "model": "iPhone 16",
        "os": "iOS",
        "release_date": "2024-09-20",
        "security_updates_until": None,
        "five_g": True,
        "esim": True,
        "dual_sim": True,
        "colours": ["Svart", "Kvit", "Rosa", "Blågrøn", "Ultramarin"],
        "price_nok": 7990.0,
        "monthly_cost_nok": None,
    }


def test_a_bad_date_is_exit_2_naming_it(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        _run(capsys, demo_db_path, "catalogue", "list", "--updates-until", "2031-13-01")
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "--updates-until: 2031-13-01 is not a date as YYYY-MM-DD." in err


def test_compare_writes_a_column_per_model_and_marks_differences(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "samanlikning.xlsx"
    code, _, err = _run(
        capsys,
        demo_db_path,
        "catalogue",
        "compare",
        "Galaxy S25",
        "samsung galaxy a56 5g",
        "--xlsx",
        str(target),
    )
    assert code == 0, err
    sheet = load_workbook(target).worksheets[0]
    rows = {row[0]: row[1:] for row in sheet.iter_rows(values_only=True)}
    assert rows["Fact"] == ("Galaxy S25", "Galaxy A56 5G", "Differs")
    assert rows["Manufacturer"] == ("Samsung", "Samsung", None)
    assert rows["Price (ex. VAT)"] == ("8 490 kr", "3 990 kr", "Differs")
    assert rows["5G"] == ("Yes", "Yes", None)
    assert "The prices are examples, not agreement prices." in rows  # the demo's are


def test_compare_names_an_unknown_model(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "c.xlsx"
    code, _, err = _run(
        capsys, demo_db_path, "catalogue", "compare", "Pixel 9a", "Nokia 3310", "--xlsx",
        str(target),
    )  # fmt: skip
    assert code == 2
    assert "Nokia 3310" in err
    assert not target.exists()


def test_order_makes_a_phone_order_draft_with_the_licence(
    demo_db: Database, demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(
        capsys,
        demo_db_path,
        "order",
        "phone",
        "--employee",
        "1002",
        "--model",
        "Pixel 9a",
        "--colour",
        "iris",
        "--email",
        "--json",
    )
    assert code == 0, err
    draft = json.loads(out)
    assert draft == {
        "id": draft["id"],
        "kind": "phone-order",
        "state": "draft",
        "employee_id": "1002",
        "employee_name": "Ola Vik",
        "model": "Pixel 9a",
        "colour": "Iris",
        "email_on_phone": True,
        "licence_monthly_nok": 95.0,
        "setup_help": False,
    }
    with demo_db.session() as session:
        request = session.get(ChangeRequest, draft["id"])
        assert request is not None
        assert (request.kind, request.state) == ("phone-order", "draft")
        payload = request.change["payload"]
    assert payload["employee_id"] == "1002" and payload["model"] == "Pixel 9a"
    assert payload["email_on_phone"] is True


def test_order_without_email_has_no_licence(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = _run(
        capsys, demo_db_path, "order", "phone", "--employee", "1001", "--model", "iPhone 16e",
        "--setup", "--json",
    )  # fmt: skip
    draft = json.loads(out)
    assert draft["licence_monthly_nok"] is None and draft["email_on_phone"] is False
    assert draft["setup_help"] is True and draft["colour"] is None


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("--employee", "9999", "--model", "Pixel 9a"), "9999"),
        (("--employee", "1001", "--model", "Lumia 950"), "Lumia 950"),
        (("--employee", "1001", "--model", "Pixel 9a", "--colour", "Raud"), "Raud"),
    ],
)
def test_order_refuses_what_it_does_not_know_with_exit_2(
    demo_db: Database,
    demo_db_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    named: str,
) -> None:
    code, _, err = _run(capsys, demo_db_path, "order", "phone", *args)
    assert code == 2
    assert named in err and "Traceback" not in err
    with demo_db.session() as session:
        assert session.query(ChangeRequest).filter_by(kind="phone-order").count() == 0


def test_an_order_adds_the_mobile_to_a_group_in_the_patterns_draft(
    demo_db: Database, demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kontakt.core.ringpattern.model import Device
    from kontakt.services import patterns, phone_orders

    groups = {g.reference: g for g in phone_orders.ring_groups(demo_db)}
    assert groups["demo-sentralbord/byggesak"].label == "Byggesak"
    assert "demo-sentralbord/sentralbord" in groups  # a queue rings its members too
    assert "demo-sentralbord/hovudmeny" not in groups  # a menu has no members

    args = ["order", "phone", "--employee", "100212", "--model", "Pixel 9a"]
    code, out, err = _run(
        capsys, demo_db_path, *args, "--group", "demo-sentralbord/byggesak", "--json"
    )
    assert code == 0, err
    ordered = json.loads(out)
    draft = patterns.open_stored(demo_db, "demo-sentralbord")
    assert (draft.status, draft.version) == ("draft", 2)  # the baseline stays as it was
    byggesak = draft.pattern.node("byggesak")
    assert byggesak is not None and byggesak.member_ids == ("arne", "kari", "100212")
    member = draft.pattern.members["100212"]
    assert (member.number, member.device, member.name) == (
        "+4790000212",
        Device.MOBILE,
        "Knut Eide",
    )
    noted = {"pattern": "demo-sentralbord", "pattern_name": PATTERN, "group": "byggesak",
             "group_label": "Byggesak", "member": "100212", "number": "+4790000212", "version": 2,
             "already_member": False}  # fmt: skip
    assert ordered["ring_group"] == noted
    with demo_db.session() as session:
        request = session.get(ChangeRequest, ordered["id"])
        assert request is not None and request.change["payload"]["ring_group"] == noted

    # The next order updates the same draft; Ola Vik's mobile is already a member ("ola").
    code, out, err = _run(
        capsys, demo_db_path, "order", "phone", "--employee", "1002", "--model", "Pixel 9a",
        "--group", "demo-sentralbord/helse",
    )  # fmt: skip
    assert code == 0, err
    assert "The mobile now rings in Helse og omsorg in the draft" in out
    draft = patterns.open_stored(demo_db, "demo-sentralbord")
    helse = draft.pattern.node("helse")
    assert draft.version == 2 and helse is not None and helse.member_ids == ("per", "silje", "ola")
    code, out, err = _run(capsys, demo_db_path, *args, "--group", "demo-sentralbord/byggesak")
    assert code == 0, err
    assert "already rings in Byggesak" in out
    assert patterns.open_stored(demo_db, "demo-sentralbord").version == 2

    # Arne Hope has no mobile; a group that is not there is named. Neither orders anything.
    with demo_db.session() as session:
        before = session.query(ChangeRequest).count()
    code, _, err = _run(
        capsys, demo_db_path, "order", "phone", "--employee", "1006", "--model", "Pixel 9a",
        "--group", "demo-sentralbord/byggesak",
    )  # fmt: skip
    assert code == 2 and "employee 1006 has no mobile number" in err
    code, _, err = _run(capsys, demo_db_path, *args, "--group", "demo-sentralbord/nope")
    assert code == 2 and "--group demo-sentralbord/nope" in err
    with demo_db.session() as session:
        assert session.query(ChangeRequest).count() == before
