"""The municipalities' settings, the one in use, and the demo municipality's life cycle."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.engine import make_url

from kontakt.cli import main
from kontakt.core.contacts.model import HrmRecord
from kontakt.services import contact_data, municipality, startup
from kontakt.services.municipality import MunicipalitySettings
from kontakt.services.overview import overview
from kontakt.storage import patterns, people
from kontakt.storage.db import Database
from kontakt.storage.errors import StorageError
from kontakt.storage.models import Municipality


def test_first_use_loads_the_demo_municipality_once(db_url: str) -> None:
    url = db_url
    first = startup.open_for_use(url)
    current = municipality.current(first)
    assert current is not None
    assert (current.number, current.name, current.is_demo) == ("9999", "Demo kommune", True)
    counts = overview(first)
    assert counts.people == 300 and counts.catalogue_models == 12
    assert [p.key for p in counts.patterns] == ["demo-sentralbord"]
    assert counts.patterns[0].latest_status == "baseline"
    first.dispose()
    again = startup.open_for_use(url)
    assert overview(again) == counts  # not loaded a second time
    again.dispose()


def test_no_demo_starts_empty(db_url: str) -> None:
    db = startup.open_for_use(db_url, load_demo=False)
    assert municipality.current(db) is None
    assert overview(db).people == 0


def test_removed_demo_stays_removed(demo_db: Database, demo_db_url: str) -> None:
    assert municipality.remove_demo(demo_db)
    assert municipality.current(demo_db) is None
    assert overview(demo_db).people == 0 and overview(demo_db).patterns == ()
    demo_db.dispose()
    reopened = startup.open_for_use(demo_db_url)
    assert municipality.current(reopened) is None
    reopened.dispose()


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"number": "463"}, "number"),
        ({"number": "46311"}, "number"),
        ({"name": "  "}, "name"),
        ({"contact_email": "kari@"}, "email"),
        ({"contact_phone": "123"}, "phone"),
        ({"email_domains": ("alver kommune",)}, "domain"),
        ({"api_base_url": "http://api.iktnh.example/v1"}, "api"),
        ({"api_base_url": "ftp://api.iktnh.example"}, "api"),
    ],
)
def test_settings_that_cannot_be_saved_say_why(changes: dict[str, object], problem: str) -> None:
    good = MunicipalitySettings(
        number="4631",
        name="Alver",
        contact_email="kari@alver.no",
        contact_phone="+47 412 34 567",
        email_domains=("alver.kommune.no",),
        api_base_url="https://api.iktnh.example/v1",
    )
    assert good.problems() == []
    bad = MunicipalitySettings(**{**good.__dict__, **changes})  # type: ignore[arg-type]
    assert [code for code, _ in bad.problems()] == [problem]


def test_loopback_api_may_use_plain_http() -> None:
    local = MunicipalitySettings(
        number="4631", name="Alver", api_base_url="http://127.0.0.1:8080/v1"
    )
    assert local.problems() == []


def test_invalid_settings_are_not_saved(db: Database) -> None:
    with pytest.raises(ValueError):
        municipality.save(db, MunicipalitySettings(number="12", name=""))
    assert municipality.current(db) is None


def test_domains_typed_in_any_form() -> None:
    assert municipality.parse_domains("Alver.kommune.no, @fedje.kommune.no;\nskule.no") == (
        "alver.kommune.no",
        "fedje.kommune.no",
        "skule.no",
    )


def _add_alver(db: Database) -> None:
    """A second municipality beside the demo, with one person and one pattern of its own."""
    with db.transaction() as session:
        alver = Municipality(number="4631", name="Alver", email_domains=["alver.kommune.no"])
        session.add(alver)
        session.flush()
        people.replace_people(
            session,
            alver.id,
            source_name="hrm.csv",
            sheet=None,
            mapping={},
            records=[HrmRecord(row=2, employee_id="1001", name="Kari Nordmann")],
        )
        for status in ("baseline", "draft"):
            patterns.add_version(
                session, alver.id, key="alver-sentralbord", name="Sentralbord Alver",
                document="{}", status=status,
            )  # fmt: skip


def test_each_municipality_sees_only_its_own_data(demo_db: Database) -> None:
    _add_alver(demo_db)
    demo = overview(demo_db)
    assert demo.people == 300 and [p.key for p in demo.patterns] == ["demo-sentralbord"]
    municipality.choose(demo_db, "4631")
    assert municipality.current(demo_db) == MunicipalitySettings(
        number="4631", name="Alver", email_domains=("alver.kommune.no",)
    )
    alver = overview(demo_db)
    assert alver.people == 1
    assert [(p.key, p.versions, p.latest_status, p.readable) for p in alver.patterns] == [
        ("alver-sentralbord", 2, "draft", False)
    ]
    assert alver.catalogue_models == demo.catalogue_models == 12  # IKTNH's, the same for all
    assert contact_data.stored_inputs(demo_db).domains == ("alver.kommune.no",)


def test_the_municipality_switched_to_stays_in_use(demo_db: Database, demo_db_url: str) -> None:
    _add_alver(demo_db)
    assert [m.number for m in municipality.listed(demo_db)] == ["4631", "9999"]
    municipality.use(demo_db, "4631")
    demo_db.dispose()
    reopened = startup.open_for_use(demo_db_url)
    assert municipality.current(reopened).number == "4631"  # type: ignore[union-attr]
    chosen = startup.open_for_use(demo_db_url, kommune="9999")
    assert municipality.current(chosen).number == "9999"  # type: ignore[union-attr]
    assert municipality.current(reopened).number == "4631"  # type: ignore[union-attr]
    reopened.dispose()
    chosen.dispose()


def test_a_municipality_number_not_in_the_database_is_named(demo_db_url: str) -> None:
    with pytest.raises(StorageError) as raised:
        startup.open_for_use(demo_db_url, kommune="4631")
    assert raised.value.code == "unknown-municipality"
    assert "4631" in str(raised.value) and "9999" in str(raised.value)
    assert str(make_url(demo_db_url).database) in str(raised.value)


def test_a_number_another_municipality_has_cannot_be_saved(demo_db: Database) -> None:
    _add_alver(demo_db)
    taken = MunicipalitySettings(number="4631", name="Demo kommune")
    assert municipality.problems(demo_db, taken) == [("number-taken", "4631")]
    with pytest.raises(ValueError):
        municipality.save(demo_db, taken)
    municipality.choose(demo_db, "4631")
    assert municipality.problems(demo_db, replace(taken, name="Alver")) == []


def test_the_pattern_overview_is_one_query_however_many_patterns(demo_db: Database) -> None:
    def selects() -> int:
        seen: list[str] = []

        def note(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
            seen.append(statement)

        event.listen(demo_db.engine, "before_cursor_execute", note)
        try:
            overview(demo_db)
        finally:
            event.remove(demo_db.engine, "before_cursor_execute", note)
        return sum("ring_pattern" in s for s in seen)

    one = selects()
    with demo_db.transaction() as session:
        for n in range(5):
            patterns.add_version(
                session, municipality.current_id(demo_db) or 0, key=f"p{n}", name=f"P{n}",
                document="{}", status="draft",
            )  # fmt: skip
    assert len(overview(demo_db).patterns) == 6
    assert selects() == one == 1


def test_the_command_line_names_a_municipality_the_database_lacks(
    demo_db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    hrm = str(Path(__file__).resolve().parents[2] / "resources" / "demo" / "hrm-export.csv")
    url = demo_db_url
    assert main(["--lang", "en", "--db", url, "--kommune", "4631", "check-contacts", hrm]) == 2
    said = capsys.readouterr().err
    assert "has no municipality with the number 4631. It has: 9999." in said
    with pytest.raises(SystemExit) as done:
        main(["--lang", "en", "--db", url, "--kommune", "46x1", "check-contacts", hrm])
    assert done.value.code == 2
    assert "a municipality number is four digits (e.g. 4631): 46x1" in capsys.readouterr().err
