"""The contact check's findings on a small export written in every form an HRM system uses."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from kontakt.core.contacts.checks import CheckInput, check_records
from kontakt.core.contacts.model import ContactCheckResult, HrmRecord
from kontakt.core.memory import collection_paused
from kontakt.services.contacts import (
    CheckCancelled,
    ContactCheckRequest,
    preview_mapping,
    run_contact_check,
)
from tests.unit.contacts import exports

EXPECTED = {
    ("missing-mobile", 2, "mobile"),
    ("foreign-email-domain", 2, "email"),
    ("not-in-directory", 2, "work_phone"),
    ("invalid-phone", 3, "mobile"),
    ("invalid-email", 3, "email"),
    ("ended-in-pattern", 3, "end_date"),
    ("ended-has-number", 3, "mobile"),
    ("duplicate-employee-id", 4, "employee_id"),
    ("duplicate-phone", 4, "mobile"),
    ("not-in-directory", 4, "mobile"),
    ("duplicate-email", 4, "email"),
    ("duplicate-employee-id", 5, "employee_id"),
    ("missing-mobile", 5, "mobile"),
    ("missing-email", 5, "email"),
    ("duplicate-phone", 6, "mobile"),
    ("not-in-directory", 6, "mobile"),
    ("duplicate-email", 6, "email"),
    ("wrong-phone-type", 7, "mobile"),
    ("wrong-phone-type", 7, "work_phone"),
    ("directory-mismatch", 7, "mobile"),
    ("not-in-directory", 7, "mobile"),
    ("not-in-directory", 7, "work_phone"),
    ("pattern-member-unknown", None, "employee_id"),
}


def check(tmp_path: Path, hrm: Path, **request: object) -> ContactCheckResult:
    return run_contact_check(
        ContactCheckRequest(
            hrm_path=hrm,
            directory_path=exports.write_directory(tmp_path / "dir.csv"),
            pattern_paths=[exports.write_pattern(tmp_path / "p.ringpattern.json")],
            domains=["demo.kommune.no"],
            today=exports.TODAY,
            **request,
        )
    )  # type: ignore[arg-type]


def found(result: ContactCheckResult) -> set[tuple[str, int | None, str | None]]:
    return {(f.code, f.row, f.field) for f in result.findings}


@pytest.mark.parametrize("form", ["utf-8", "utf-8-sig", "cp1252", "xlsx"])
def test_every_form_of_the_export_gives_the_same_findings(tmp_path: Path, form: str) -> None:
    if form == "xlsx":
        hrm = exports.write_xlsx(tmp_path / "hrm.xlsx")
    else:
        hrm = exports.write_csv(tmp_path / "hrm.csv", encoding=form)
    result = check(tmp_path, hrm)
    assert found(result) == EXPECTED
    assert result.rows == 7
    assert result.record_at(2).name == "Åse Sæbø"
    assert result.record_at(1).employee_id == "1001"
    assert result.skipped_checks == []


def test_each_duplicate_names_the_other_employee_and_the_rows(tmp_path: Path) -> None:
    result = check(tmp_path, exports.write_csv(tmp_path / "hrm.csv"))
    by_key = {(f.code, f.row): f for f in result.findings}
    assert by_key[("duplicate-phone", 4)].params["others"] == "1006"
    assert by_key[("duplicate-phone", 6)].params["others"] == "1004"
    assert by_key[("duplicate-employee-id", 5)].params["rows"] == "4, 5"
    assert by_key[("directory-mismatch", 7)].params["directory"] == "+4799999997"
    unknown = by_key[("pattern-member-unknown", None)]
    assert (unknown.employee_id, unknown.params["member"]) == ("9999", "ghost")


def test_fine_rows_and_near_misses_give_nothing(tmp_path: Path) -> None:
    result = check(tmp_path, exports.write_csv(tmp_path / "hrm.csv"))
    assert [f for f in result.findings if f.row == 1] == []
    # a subdomain of the municipality's domain is not foreign
    assert not [f for f in result.findings if f.row == 7 and f.code == "foreign-email-domain"]
    # an ended employee is not asked for a mobile or e-mail
    assert not [f for f in result.findings if f.row == 3 and f.code.startswith("missing-")]


def test_a_domain_that_only_ends_in_the_municipalitys_is_foreign() -> None:
    records = [
        HrmRecord(1, "1001", email="kari@demo.kommune.no"),
        HrmRecord(2, "1002", email="ola@skule.demo.kommune.no"),
        HrmRecord(3, "1003", email="per@xdemo.kommune.no"),
        HrmRecord(4, "1004", email="lise@demo.kommune.no.example.com"),
    ]
    given = CheckInput(
        mapped=("employee_id", "email"), today=exports.TODAY, domains=("demo.kommune.no",)
    )
    foreign = [
        (finding.row, finding.params["domain"])
        for finding in check_records(records, given)
        if finding.code == "foreign-email-domain"
    ]
    assert foreign == [(3, "xdemo.kommune.no"), (4, "demo.kommune.no.example.com")]


def test_a_row_that_ends_today_is_still_active(tmp_path: Path) -> None:
    rows = [
        ["2001", "A", "B", "X", "Y", "a@demo.kommune.no", "", "", "", "2026-11-25"],
        ["2002", "C", "D", "X", "Y", "c@demo.kommune.no", "", "", "", "24.11.2026"],
    ]
    result = check(tmp_path, exports.write_csv(tmp_path / "hrm.csv", rows=rows))
    assert ("missing-mobile", 1, "mobile") in found(result)
    assert ("missing-mobile", 2, "mobile") not in found(result)


def test_unreadable_dates_and_missing_ids_are_findings(tmp_path: Path) -> None:
    rows = [["", "A", "B", "X", "Y", "a@demo.kommune.no", "91234567", "", "soon", "31.02.2026"]]
    result = check(tmp_path, exports.write_csv(tmp_path / "hrm.csv", rows=rows))
    assert {
        ("missing-employee-id", 1, "employee_id"),
        ("invalid-date", 1, "start_date"),
        ("invalid-date", 1, "end_date"),
    } <= found(result)


def test_unmapped_fields_and_absent_inputs_skip_their_checks(tmp_path: Path) -> None:
    hrm = exports.write_csv(tmp_path / "hrm.csv")
    result = run_contact_check(
        ContactCheckRequest(
            hrm_path=hrm, overrides={"mobile": "", "email": ""}, today=exports.TODAY
        )
    )
    assert {
        "missing-mobile",
        "missing-email",
        "invalid-email",
        "duplicate-email",
        "foreign-email-domain",
        "not-in-directory",
        "ended-in-pattern",
        "pattern-member-unknown",
    } <= set(result.skipped_checks)
    assert "invalid-phone" not in result.skipped_checks
    assert not {f.code for f in result.findings} & set(result.skipped_checks)
    assert ("wrong-phone-type", 7, "work_phone") in found(result)


def test_progress_is_reported_and_cancel_stops_the_check(tmp_path: Path) -> None:
    hrm = exports.write_csv(tmp_path / "hrm.csv")
    seen: list[tuple[int, int]] = []
    run_contact_check(
        ContactCheckRequest(hrm_path=hrm, today=exports.TODAY),
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen[-1] == (7, 7)
    with pytest.raises(CheckCancelled):
        run_contact_check(
            ContactCheckRequest(hrm_path=hrm, today=exports.TODAY), cancel=lambda: True
        )


def test_the_check_leaves_the_collector_of_the_process_alone(tmp_path: Path) -> None:
    """The GUI runs the check in a worker thread: switching the cycle collector off there
    would switch it off for the whole window."""
    collecting: list[bool] = []
    run_contact_check(
        ContactCheckRequest(hrm_path=exports.write_csv(tmp_path / "hrm.csv"), today=exports.TODAY),
        progress=lambda done, total: collecting.append(gc.isenabled()),
    )
    assert collecting and all(collecting)


def test_the_command_pauses_the_collector_only_while_it_runs() -> None:
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(KeyError), collection_paused():
        raise KeyError("a failing run")
    assert gc.isenabled()
    gc.disable()
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()


def test_preview_shows_headers_automatic_mapping_and_first_rows(tmp_path: Path) -> None:
    preview = preview_mapping(exports.write_csv(tmp_path / "hrm.csv", encoding="cp1252"), rows=2)
    assert preview.headers == exports.HEADER
    assert preview.mapping["work_phone"] == "Arbeidstelefon"
    assert preview.mapping["end_date"] == "Sluttdato"
    assert [row[1] for row in preview.rows] == ["Kari", "Åse"]
