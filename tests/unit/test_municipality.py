"""The municipality's settings and the demo municipality's life cycle."""

from __future__ import annotations

from pathlib import Path

import pytest

from kontakt.services import municipality, startup
from kontakt.services.municipality import MunicipalitySettings
from kontakt.services.overview import overview
from kontakt.storage.db import Database
from tests.helpers import sqlite_url


def test_first_use_loads_the_demo_municipality_once(db_path: Path) -> None:
    url = sqlite_url(db_path)
    first = startup.open_for_use(url)
    current = municipality.current(first)
    assert current is not None
    assert (current.number, current.name, current.is_demo) == ("9999", "Demo kommune", True)
    counts = overview(first)
    assert counts.people == 300 and counts.catalogue_models == 6
    assert [p.key for p in counts.patterns] == ["demo-sentralbord"]
    assert counts.patterns[0].latest_status == "baseline"
    first.dispose()
    again = startup.open_for_use(url)
    assert overview(again) == counts  # not loaded a second time
    again.dispose()


def test_no_demo_starts_empty(db_path: Path) -> None:
    db = startup.open_for_use(sqlite_url(db_path), load_demo=False)
    assert municipality.current(db) is None
    assert overview(db).people == 0


def test_removed_demo_stays_removed(demo_db: Database, demo_db_path: Path) -> None:
    assert municipality.remove_demo(demo_db)
    assert municipality.current(demo_db) is None
    assert overview(demo_db).people == 0 and overview(demo_db).patterns == ()
    demo_db.dispose()
    reopened = startup.open_for_use(sqlite_url(demo_db_path))
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
