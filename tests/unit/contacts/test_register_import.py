"""Importing the number register and ring patterns: the service, and `kontakt import`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from kontakt.cli import main
from kontakt.core.contacts.errors import DirectoryError
from kontakt.core.contacts.mapping import DIRECTORY_FIELDS, HRM_FIELDS
from kontakt.core.ringpattern.errors import PatternError
from kontakt.core.severity import Severity
from kontakt.core.tables.mapping import MappingProfile
from kontakt.i18n import command_line_translate
from kontakt.resources import resource_path
from kontakt.services import contact_data, imports, municipality
from kontakt.services.municipality import MunicipalitySettings
from kontakt.storage.db import Database
from kontakt.storage.models import DirectoryNumber, RingPatternVersion
from tests.helpers import refuse_inserts

DEMO_PATTERN = resource_path("demo", "demo-sentralbord.ringpattern.json")
ENGLISH = command_line_translate("en")

REGISTER = (
    "Nummer;Nummertype;Tilsettnr;Namn;Lokasjon\n"
    "412 34 567;Mobil;1001;Kari Nordmann;Rådhuset\n"
    "12;mobil;1002;Ola Vik;Rådhuset\n"
    ";;;;\n"
    "56 10 00 10;Bordtelefon;1001;Kari Nordmann;Rådhuset\n"
    "56100099;fax;;Sentralbord;Rådhuset\n"
    "56 10 00 00;Funksjonsnummer;;Sentralbord;Rådhuset\n"
)


@pytest.fixture
def alver(db: Database) -> Database:
    """A database with a real municipality and nothing imported yet."""
    municipality.save(
        db, MunicipalitySettings("4631", "Alver", email_domains=("alver.kommune.no",))
    )
    return db


def register_numbers(db: Database) -> list[tuple[str, str, str]]:
    with db.session() as session:
        rows = session.scalars(select(DirectoryNumber).order_by(DirectoryNumber.id))
        return [(r.number, r.type, r.employee_id) for r in rows]


def test_a_register_with_its_own_headers_and_norwegian_types_is_read_row_by_row(
    alver: Database, tmp_path: Path
) -> None:
    path = tmp_path / "nummerregister.csv"
    path.write_text(REGISTER, encoding="utf-8")
    result = imports.import_register(alver, path)
    assert register_numbers(alver) == [
        ("+4741234567", "mobile", "1001"),
        ("+4756100010", "desk", "1001"),
        ("+4756100000", "function", ""),
    ]
    assert (result.rows, result.numbers, result.replaced) == (5, 3, 0)
    assert result.by_type == {"mobile": 1, "desk": 1, "function": 1}
    refused = [imports.refusal_text(r, ENGLISH) for r in result.refused]
    assert refused == [
        'Row 2, column "Nummer": "12" is not a valid phone number.',
        'Row 4, column "Nummertype": "fax" is not a number type (mobile, desk phone, softphone '
        "or shared function number).",
    ]
    report = imports.register_report(result, ENGLISH)
    assert report[:4] == [
        f"The number register now holds 3 numbers from {path}.",
        "mobile: 1, desk phone: 1, shared function number: 1",
        "No number register was stored before.",
        "2 rows left out:",
    ]


def test_an_xlsx_register_replaces_the_stored_one(alver: Database, tmp_path: Path) -> None:
    first = tmp_path / "first.csv"
    first.write_text("number;type;employee_id;name;site\n+4791234567;mobile;7;A;x\n")
    imports.import_register(alver, first)
    book = Workbook()
    sheet = book.active
    sheet.append(["Telefonnummer", "Type", "Ansattnr", "Navn"])
    sheet.append([41234567, "mobile", 1001, "Kari"])
    sheet.append([93000003, "mobile", 1003, "Ingrid"])
    path = tmp_path / "register.xlsx"
    book.save(path)
    result = imports.import_register(alver, path)
    assert register_numbers(alver) == [
        ("+4741234567", "mobile", "1001"),
        ("+4793000003", "mobile", "1003"),
    ]
    assert (result.numbers, result.replaced, result.refused) == (2, 1, [])
    report = imports.register_report(result, ENGLISH)
    assert report[2:] == ["It replaces the 1 number stored before.", "Every row was read (2 rows)."]


def test_a_register_with_no_usable_row_changes_nothing(alver: Database, tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    good.write_text("number;type\n+4791234567;mobile\n")
    imports.import_register(alver, good)
    bad = tmp_path / "bad.csv"
    bad.write_text("number;type\n12;mobile\n+4791234568;pager\n")
    with pytest.raises(DirectoryError) as refused:
        imports.import_register(alver, bad)
    assert "bad.csv" in str(refused.value) and "not changed" in str(refused.value)
    assert [r.row for r in getattr(refused.value, "refused", [])] == [1, 2]
    blank = tmp_path / "blank.csv"
    blank.write_text("number;type\n;\n ; \n")
    with pytest.raises(DirectoryError, match="no row holds a number"):
        imports.import_register(alver, blank)
    missing = tmp_path / "nameless.csv"
    missing.write_text("Namn;Lokasjon\nKari;x\n")
    with pytest.raises(DirectoryError, match='"Namn", "Lokasjon"'):
        imports.import_register(alver, missing)
    assert register_numbers(alver) == [("+4791234567", "mobile", "")]


def test_register_profiles_are_kept_apart_from_hrm_profiles(alver: Database) -> None:
    hrm = MappingProfile("Visma", {"employee_id": "Ressursnr"}, HRM_FIELDS.kind)
    register = MappingProfile("IKTNH", {"number": "Nr", "type": "Slag"}, DIRECTORY_FIELDS.kind)
    contact_data.save_profile(alver, hrm)
    contact_data.save_profile(alver, register)
    assert contact_data.saved_profiles(alver) == [hrm]
    assert imports.register_profiles(alver) == [register]
    assert MappingProfile.from_json(register.to_json(), DIRECTORY_FIELDS) == register
    with pytest.raises(ValueError, match="shoe"):
        MappingProfile.from_json(
            {"name": "x", "kind": "directory", "mapping": {"shoe": "Sko"}}, DIRECTORY_FIELDS
        )


def test_a_pattern_import_becomes_the_current_set_up_and_keeps_the_old_as_history(
    alver: Database,
) -> None:
    first = imports.import_pattern(alver, DEMO_PATTERN)
    assert (first.key, first.version, first.replaced) == ("demo-sentralbord", 1, 0)
    assert first.entries == ("+4756100000", "+4756100500")
    assert first.findings[Severity.ERROR] == 0
    again = imports.import_pattern(alver, DEMO_PATTERN)
    assert (again.version, again.replaced) == (2, 1)
    with alver.session() as session:
        statuses = session.scalars(
            select(RingPatternVersion.status).order_by(RingPatternVersion.number)
        ).all()
    assert statuses == ["superseded", "baseline"]
    report = imports.pattern_report(again, ENGLISH)
    assert report[0] == (
        'The ring pattern "Sentralbord og heimeteneste – Demo kommune" from '
        "demo-sentralbord.ringpattern.json is now the current set-up (version 2)."
    )
    assert report[1] == "It replaces 1 earlier version, kept as history."
    assert report[2] == "Entry numbers: 56 10 00 00, 56 10 05 00"
    assert report[3] == "The check finds 0 errors, 2 warnings and 0 notes for information."
    assert contact_data.stored_inputs(alver).patterns == 1


def test_a_failing_pattern_import_leaves_the_stored_pattern(
    alver: Database, tmp_path: Path
) -> None:
    imports.import_pattern(alver, DEMO_PATTERN)
    broken = tmp_path / "broken.ringpattern.json"
    broken.write_text('{"format": "kontakt.ringpattern", "version": 1,')
    with pytest.raises(PatternError):
        imports.import_pattern(alver, broken)
    # a failure while storing (here: the database refuses the new version) rolls back the
    # superseding of the old one too
    refuse_inserts(alver.engine, "ring_pattern_version", "disk full")
    with pytest.raises(Exception, match="disk full"):
        imports.import_pattern(alver, DEMO_PATTERN)
    with alver.session() as session:
        versions = session.execute(
            select(RingPatternVersion.number, RingPatternVersion.status)
        ).all()
    assert [tuple(v) for v in versions] == [(1, "baseline")]


def test_without_a_municipality_nothing_is_imported(db: Database, tmp_path: Path) -> None:
    with pytest.raises(municipality.NoMunicipality):
        imports.import_pattern(db, DEMO_PATTERN)


# -- the command line ---------------------------------------------------------------------


def kontakt(capsys: pytest.CaptureFixture[str], db_url: str, *args: object) -> tuple[int, str, str]:
    code = main(["--lang", "en", "--db", db_url, "import", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_import_directory_on_the_command_line(
    alver: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "register.csv"
    path.write_text("Nr;Slag;Tilsett\n+4791234567;mobile;7\n+4791234568;desk;8\n")
    code, _, err = kontakt(capsys, db_url, "directory", path)
    assert code == 2 and '"Nr", "Slag", "Tilsett"' in err and "Traceback" not in err
    code, out, _ = kontakt(
        capsys, db_url, "directory", path, "--map", "number=Nr", "--map", "type=Slag"
    )
    assert code == 0 and f"The number register now holds 2 numbers from {path}." in out
    assert "Every row was read (2 rows)." in out
    path.write_text("Nr;Slag\n+4791234567;mobile\n1;mobile\n")
    code, out, _ = kontakt(
        capsys, db_url, "directory", path, "--map", "number=Nr", "--map", "type=Slag"
    )
    assert code == 1 and "1 row left out:" in out
    assert 'Row 2, column "Nr": "1" is not a valid phone number.' in out
    code, _, err = kontakt(capsys, db_url, "directory", path, "--profile", "Nope")
    assert code == 2 and '"Nope"' in err
    profile = MappingProfile("IKTNH", {"number": "Nr", "type": "Slag"}, DIRECTORY_FIELDS.kind)
    contact_data.save_profile(alver, profile)
    path.write_text("Nr;Slag\n+4791234567;mobile\n+4791234569;mobile\n+4791234560;mobile\n")
    code, out, _ = kontakt(capsys, db_url, "directory", path, "--profile", "IKTNH")
    assert code == 0 and "holds 3 numbers" in out
    path.write_text("Nr;Slag\n+4791234567;mobile\n1;mobile\n")
    kontakt(capsys, db_url, "directory", path, "--profile", "IKTNH")
    code, _, err = kontakt(capsys, db_url, "directory", tmp_path / "missing.csv")
    assert code == 2 and "missing.csv" in err
    assert len(register_numbers(alver)) == 1


def test_import_pattern_on_the_command_line(
    alver: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = kontakt(capsys, db_url, "pattern", DEMO_PATTERN)
    assert code == 0
    assert "It is a new ring pattern." in out and "56 10 00 00" in out
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"format": "kontakt.ringpattern", "version": 9}))
    code, _, err = kontakt(capsys, db_url, "pattern", broken)
    assert code == 2 and "broken.json" in err and "Traceback" not in err


def test_import_without_a_municipality_says_what_to_do(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "--lang",
            "en",
            "--db",
            db_url,
            "--no-demo",
            "import",
            "pattern",
            str(DEMO_PATTERN),
        ]
    )
    err = capsys.readouterr().err
    assert code == 2 and "Settings" in err
