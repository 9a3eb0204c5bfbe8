"""A team on one database (SQLite and PostgreSQL): two people saving the same pattern, who
did what, who may do what, a connection lost mid-save, and the commands for it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, select, text

from kontakt.cli import main
from kontakt.core.ringpattern import Pattern
from kontakt.resources import resource_path
from kontakt.services import imports, patterns, users
from kontakt.services.patterns import SaveConflict
from kontakt.storage.db import Database, open_database
from kontakt.storage.errors import StorageError
from kontakt.storage.models import ChangeRequest, Municipality, RingPattern, RingPatternVersion
from kontakt.storage.types import utc_now
from tests.unit.keys.memory import memory_keyring

__all__ = ["memory_keyring"]  # fixtures

DEMO_PATTERN = resource_path("demo", "demo-sentralbord.ringpattern.json")
KARI = "Ikt-kontakt i Demo kommune (kari)"
"""How Kari's changes are signed: the ICT contact's name from the settings, and her login."""


@pytest.fixture
def as_user(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Act as the operating-system user named (`as_user("kari")`)."""

    def act(login: str) -> None:
        monkeypatch.setenv(users.LOGIN_ENV, login)

    act("kari")
    yield act


def _key(db: Database) -> str:
    with db.session() as session:
        return session.scalars(select(RingPattern.key)).one()


def _renamed(pattern: Pattern, name: str) -> Pattern:
    from dataclasses import replace

    return replace(pattern, name=name)


def _versions(db: Database) -> list[tuple[int, str, str]]:
    with db.session() as session:
        rows = session.execute(
            select(
                RingPatternVersion.number, RingPatternVersion.status, RingPatternVersion.saved_by
            ).order_by(RingPatternVersion.number)
        ).all()
    return [tuple(row) for row in rows]  # type: ignore[misc]


def test_two_people_saving_one_pattern_the_second_is_refused_and_kept_as_a_draft(
    demo_db: Database, demo_db_url: str, as_user
) -> None:  # type: ignore[no-untyped-def]
    key = _key(demo_db)
    kari_opened = patterns.open_stored(demo_db, key)
    as_user("ola")
    users_add = users.add  # Kari sets up her deputy first
    as_user("kari")
    users_add(demo_db, "ola", users.DEPUTY)
    other = open_database(demo_db_url)  # Ola's Kontakt, on his own laptop
    try:
        as_user("ola")
        ola_opened = patterns.open_stored(other, key)
        ola_draft = patterns.save_draft(
            other, key, _renamed(ola_opened.pattern, "Ola's"), ola_opened.draft
        )
        as_user("kari")
        with pytest.raises(SaveConflict) as refused:
            patterns.save_draft(
                demo_db, key, _renamed(kari_opened.pattern, "Kari's"), kari_opened.draft
            )
    finally:
        other.dispose()
    conflict = refused.value
    assert conflict.by == "ola" and conflict.newest == ola_draft
    assert conflict.at is not None and abs((utc_now() - conflict.at).total_seconds()) < 60
    # nothing lost, nothing merged: Ola's draft as he saved it, Kari's as a new draft
    assert conflict.kept_as == ola_draft + 1
    stored = _versions(demo_db)
    assert stored[-2:] == [(ola_draft, "draft", "ola"), (ola_draft + 1, "draft", KARI)]
    with demo_db.session() as session:
        names = session.scalars(
            select(RingPatternVersion.document).order_by(RingPatternVersion.number)
        ).all()
    assert '"Ola\'s"' in names[-2] and '"Kari\'s"' in names[-1]
    # Kari goes on from her kept draft: her next save is hers alone
    again = patterns.save_draft(
        demo_db, key, _renamed(kari_opened.pattern, "Kari's 2"), conflict.kept_as
    )
    assert again == conflict.kept_as


def test_a_stale_copy_of_an_approved_change_request_cannot_alter_it(
    demo_db: Database, demo_db_url: str
) -> None:
    from sqlalchemy.orm.exc import StaleDataError

    with demo_db.transaction() as session:
        municipality_id = session.scalars(select(Municipality.id)).one()
        request = ChangeRequest(
            municipality_id=municipality_id,
            kind="fault-report",
            state="draft",
            summary="Linja er stille",
            idempotency_key="k-1",
        )
        session.add(request)
    other = open_database(demo_db_url)
    try:
        stale = demo_db.session()
        copy = stale.get_one(ChangeRequest, request.id)
        stale.commit()  # the copy stays as read: revision 1, a draft
        with other.transaction() as session:
            session.get_one(ChangeRequest, request.id).state = "approved"
        copy.summary = "changed after approval"
        with pytest.raises(StaleDataError):
            stale.commit()
        stale.close()
    finally:
        other.dispose()
    with demo_db.session() as session:
        stored = session.get_one(ChangeRequest, request.id)
        assert (stored.state, stored.summary, stored.revision) == ("approved", "Linja er stille", 2)


def test_a_reader_can_read_but_not_save_import_or_approve(
    demo_db: Database, as_user, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    key = _key(demo_db)
    users.add(demo_db, "per", users.READER)
    as_user("per")
    opened = patterns.open_stored(demo_db, key)  # reading is allowed
    before = _versions(demo_db)
    with pytest.raises(StorageError) as refused:
        patterns.save_draft(demo_db, key, opened.pattern, opened.draft)
    assert refused.value.code == "role-refused" and refused.value.params["role"] == "reader"
    with pytest.raises(StorageError, match="reader"):
        imports.import_pattern(demo_db, DEMO_PATTERN)
    from kontakt.services import changes_approval

    with pytest.raises(StorageError, match="reader"):
        changes_approval.approve(demo_db, 1, b"")
    with pytest.raises(StorageError, match="only its ICT contact"):
        users.add(demo_db, "per", users.ICT_CONTACT)
    from kontakt.services import checklist_runs

    with pytest.raises(StorageError, match="reader"):
        checklist_runs.start_run(demo_db, "Etter endringa", [], tester="Per")
    register = tmp_path / "register.csv"
    register.write_text("Nummer;Nummertype\n+4791234567;mobil\n", encoding="utf-8")
    with pytest.raises(StorageError, match="reader"):
        imports.import_register(demo_db, register)
    assert _versions(demo_db) == before
    assert checklist_runs.runs(demo_db) == []


def test_a_user_of_one_municipality_cannot_read_anothers_people(demo_db: Database, as_user) -> None:  # type: ignore[no-untyped-def]
    assert patterns.people(demo_db)
    users.require(demo_db, users.CHANGE)  # Kari's first change: the demo is hers now
    with demo_db.transaction() as session:
        session.add(Municipality(number="4631", name="Alver"))
    as_user("ola")
    ola = Database(demo_db.engine, demo_db.url)
    ola.municipality_number = "4631"
    assert patterns.people(ola) == []  # nobody had Alver: it is Ola's
    users.require(ola, users.CHANGE)
    ola.municipality_number = "9999"
    with pytest.raises(StorageError) as refused:
        patterns.people(ola)
    assert refused.value.code == "no-access"
    assert refused.value.params == {"user": "ola", "number": "9999"}
    assert [(u.login, u.municipality, u.role) for u in users.listed(ola)] == [
        ("ola", "4631", "ict-contact")
    ]
    # Ola's next start goes to the municipality he may read, not Kari's saved choice
    from kontakt.services import municipality, startup

    municipality.use(demo_db, "9999")
    started = startup.open_for_use(demo_db.url)
    try:
        assert started.municipality_number == "4631"
        assert patterns.people(started) == []
    finally:
        started.dispose()


def test_the_team_commands(
    demo_db_url: str, as_user, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    base = ["--lang", "en", "--db", demo_db_url]
    assert main([*base, "users", "add", "ola", "--role", "deputy", "--kommune", "9999"]) == 0
    assert main([*base, "users", "add", "per", "--role", "reader"]) == 0
    capsys.readouterr()
    assert main([*base, "users", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(u["login"], u["role"], u["kommune"]) for u in listed] == [
        ("kari", "ict-contact", "9999"),
        ("ola", "deputy", "9999"),
        ("per", "reader", "9999"),
    ]
    assert listed[1]["added_by"] == "kari"

    key = "demo-sentralbord"
    assert main([*base, "pattern", "versions", key, "--json"]) == 0
    versions = json.loads(capsys.readouterr().out)
    assert [(v["number"], v["status"]) for v in versions] == [(1, "baseline")]

    as_user("ola")
    assert main([*base, "import", "pattern", str(DEMO_PATTERN), "--based-on", "1"]) == 0
    as_user("kari")  # Kari started from version 1 too
    capsys.readouterr()
    assert main([*base, "import", "pattern", str(DEMO_PATTERN), "--based-on", "1"]) == 3
    said = capsys.readouterr().err
    assert "ola saved version 2 of demo-sentralbord" in said
    assert "kept as the new draft version 3" in said
    assert main([*base, "pattern", "versions", key, "--json"]) == 0
    versions = json.loads(capsys.readouterr().out)
    assert [(v["number"], v["status"], v["saved_by"]) for v in versions][1:] == [
        (2, "baseline", "ola"),
        (3, "draft", KARI),
    ]

    as_user("per")
    assert main([*base, "import", "pattern", str(DEMO_PATTERN)]) == 2
    said = capsys.readouterr().err
    assert "set up as reader for municipality 9999" in said and "Traceback" not in said
    as_user("eve")
    assert main([*base, "pattern", "versions", key]) == 2
    assert "not set up for municipality 9999" in capsys.readouterr().err


def test_a_connection_ended_by_the_server_mid_save_keeps_nothing_and_can_be_tried_again(
    demo_db: Database, backend: str, as_user
) -> None:  # type: ignore[no-untyped-def]
    if backend != "postgresql":
        pytest.skip("the server ending a connection is PostgreSQL's")
    key = _key(demo_db)
    opened = patterns.open_stored(demo_db, key)
    before = _versions(demo_db)
    admin = open_database(demo_db.url)
    ended = []

    def end_it(conn, cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.startswith("INSERT INTO ring_pattern_version") and not ended:
            pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
            with admin.engine.connect() as other:
                other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            ended.append(pid)

    event.listen(demo_db.engine, "before_cursor_execute", end_it)
    try:
        with pytest.raises(StorageError) as lost:
            patterns.save_draft(demo_db, key, _renamed(opened.pattern, "Ny"), opened.draft)
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", end_it)
        admin.dispose()
    assert ended and lost.value.code == "connection-lost"
    assert "Nothing of this save was kept. Try again." in str(lost.value)
    assert _versions(demo_db) == before
    with demo_db.session() as session:
        assert session.scalars(select(RingPattern.revision)).one() == 2
    # trying again works: the pool gives a new connection
    number = patterns.save_draft(demo_db, key, _renamed(opened.pattern, "Ny"), opened.draft)
    assert _versions(demo_db)[-1] == (number, "draft", KARI)


def test_a_server_password_is_kept_in_the_keyring_and_never_in_the_settings(
    demo_db_url: str, backend: str, memory_keyring, config_home: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy.engine import make_url

    from kontakt.i18n import user_settings
    from kontakt.services import database

    if backend != "postgresql":
        pytest.skip("a SQLite file has no password")
    with_it = make_url(demo_db_url)
    kept = database.remember(demo_db_url)
    assert with_it.password and str(with_it.password) not in kept
    assert make_url(kept).password is None
    assert database.with_password(kept) == demo_db_url
    # the window's settings keep `kept`; the command line then finds the server by it
    settings = user_settings()
    settings.setValue(database.SETTINGS_KEY, kept)
    settings.sync()
    try:
        assert main(["--lang", "en", "users", "list", "--json"]) == 0
        assert json.loads(capsys.readouterr().out)[0]["kommune"] == "9999"
        written = "".join(p.read_text() for p in config_home.rglob("*") if p.is_file())
        assert kept in written and str(with_it.password) not in written
    finally:
        settings.remove(database.SETTINGS_KEY)
        settings.sync()


def test_a_database_of_the_previous_release_upgrades_with_its_patterns_and_requests(
    db_url: str,
) -> None:
    open_database(db_url, migrate_to="0005").dispose()
    old = open_database(db_url, migrate_to="0005")
    with old.engine.begin() as connection:
        now = utc_now()
        connection.execute(
            text(
                "INSERT INTO municipality (number, name, is_demo, contact_name, contact_email,"
                " contact_phone, email_domains, api_base_url, created_at, updated_at) VALUES"
                " ('4631', 'Alver', :no, 'Kari', '', '', '[]', '', :now, :now)"
            ),
            {"now": now, "no": False},
        )
        connection.execute(
            text(
                "INSERT INTO ring_pattern (municipality_id, key, name)"
                " SELECT id, 'sentralbord', 'Sentralbord' FROM municipality"
            )
        )
        connection.execute(
            text(
                "INSERT INTO ring_pattern_version (pattern_id, number, status, document, note,"
                " created_by, created_at) SELECT id, 1, 'baseline', '{}', '', 'Kari', :now"
                " FROM ring_pattern"
            ),
            {"now": now},
        )
        connection.execute(
            text(
                "INSERT INTO change_request (municipality_id, kind, state, summary, change,"
                " idempotency_key, created_at, updated_at) SELECT id, 'fault-report', 'draft',"
                " 'Stille', '{}', 'k-1', :now, :now FROM municipality"
            ),
            {"now": now},
        )
    old.dispose()
    upgraded = open_database(db_url)
    try:
        with upgraded.session() as session:
            pattern = session.scalars(select(RingPattern)).one()
            version = session.scalars(select(RingPatternVersion)).one()
            request = session.scalars(select(ChangeRequest)).one()
            assert (pattern.revision, version.saved_by, version.created_by) == (1, "", "Kari")
            assert (request.revision, request.changed_by, request.approved_at) == (1, "", None)
        with upgraded.transaction() as session:
            session.scalars(select(ChangeRequest)).one().summary = "Stille linje"
        with upgraded.session() as session:
            assert session.scalars(select(ChangeRequest.revision)).one() == 2
    finally:
        upgraded.dispose()
