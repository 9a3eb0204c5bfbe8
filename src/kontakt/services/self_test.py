"""`kontakt --self-test`'s checks that need no Qt: a temporary database, its migrations,
the demo data, the demo ring pattern, an Excel file written and read back, service level
figures of a day of the demo's calls and a sweep of outage scenarios over the demo's sites.

They run the code a user's work runs (the start-up's database opening, the demo import,
the validator, the report writer and the table reader, the Servicegrad and Beredskap
workspaces' services), each on little enough data to take a tenth of a second, so a build
that lacks a module, a data file or a migration fails here, named, rather than in front of
the user. Each check returns what it saw in the user's language; a failed one raises
`CheckFailed`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import text

from kontakt.core.contacts.hrm_import import read_table
from kontakt.core.preparedness.scenarios import sweep_scenarios
from kontakt.core.ringpattern import PatternError
from kontakt.core.ringpattern.messages import error_message, finding_message
from kontakt.core.servicelevel import explain
from kontakt.core.severity import Severity
from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate
from kontakt.reports.excel import Column, WorkbookBuilder
from kontakt.resources import resource_path
from kontakt.services import demo, overview, patterns, preparedness, servicelevel, startup
from kontakt.storage.db import Database

EXCEL_ROWS = (
    ("1001", "Åse Ølstad", "412 34 567"),
    ("1002", "Kari Nordmann", "56 37 00 00"),
    ("1003", "Per Ærø", "+47 900 00 000"),
)
"""What the Excel check writes and expects back: Norwegian letters and phone numbers as text."""


class CheckFailed(Exception):
    """A check found the build or the data wrong; the message says what, in words."""


class SelfTest:
    """The checks, to run in the order of their methods, in the folder given (a temporary
    one: the user's database is never opened); `close` lets the database go."""

    def __init__(self, folder: Path, translate: Translate) -> None:
        self.folder = folder
        self._translate = translate
        self._db: Database | None = None

    def database(self) -> str:
        """A new database file in the folder, brought to the current schema."""
        path = self.folder / "self-test.sqlite3"
        self._db = startup.open_for_use(f"sqlite:///{path.as_posix()}", load_demo=False)
        with self._db.session() as session:
            revision = session.scalar(text("SELECT version_num FROM alembic_version"))
        translate = self._translate
        return translate(
            "SelfTest", "a new database in {folder}, migrated to schema version {revision}"
        ).format(folder=self.folder, revision=revision)

    def demo_data(self) -> str:
        """The demo municipality loaded as on a first start, with something of each kind."""
        translate = self._translate
        db = self._opened()
        demo.load_demo(db)
        held = overview.overview(db)
        missing = [
            translate("SelfTest", what)
            for count, what in (
                (held.people, QT_TRANSLATE_NOOP("SelfTest", "no employees")),
                (held.directory_numbers, QT_TRANSLATE_NOOP("SelfTest", "no number register")),
                (len(held.patterns), QT_TRANSLATE_NOOP("SelfTest", "no ring pattern")),
                (held.catalogue_models, QT_TRANSLATE_NOOP("SelfTest", "no phone models")),
            )
            if not count
        ]
        if missing:
            raise CheckFailed(
                translate("SelfTest", "the demo data is incomplete: {missing}").format(
                    missing=", ".join(missing)
                )
            )
        return translate("SelfTest", "{name} loaded, %n employee(s)", "", held.people).format(
            name=demo.DEMO_NAME
        )

    def demo_pattern(self) -> str:
        """The demo ring pattern, as shipped, read, validated without errors and laid out."""
        translate = self._translate
        try:
            path = resource_path("demo", demo.PATTERN_FILE)
            pattern, findings = patterns.validate_file(path)
        except PatternError as exc:
            raise CheckFailed(error_message(exc, translate)) from exc
        errors = [finding for finding in findings if finding.severity is Severity.ERROR]
        if errors:
            raise CheckFailed(
                translate(
                    "SelfTest",
                    "{name}: the check finds %n error(s), the first: {first}",
                    "",
                    len(errors),
                ).format(name=pattern.name, first=finding_message(errors[0], pattern, translate))
            )
        _, places = patterns.layout_file(path)  # the editor's automatic layout (igraph)
        return translate(
            "SelfTest", "{name} validated and laid out: %n step(s), no errors", "", len(places)
        ).format(name=pattern.name)

    def excel(self) -> str:
        """A small workbook written with the report writer and read back with the reader
        the imports use."""
        translate = self._translate
        path = self.folder / "self-test.xlsx"
        columns = [Column("Tilsettnummer"), Column("Namn"), Column("Telefon")]
        with WorkbookBuilder(title="Kontakt self-test") as builder:
            builder.add_table_sheet("Self-test", columns, EXCEL_ROWS)
            builder.save(path)
        table = read_table(path)
        back = [tuple(row) for row in table.rows]
        if table.headers != [c.header for c in columns] or back != list(EXCEL_ROWS):
            raise CheckFailed(
                translate("SelfTest", "{file} reads back other than it was written").format(
                    file=path.name
                )
            )
        rows = len(back)
        return translate("SelfTest", "%n row(s) written to {file} and read back", "", rows).format(
            file=path.name
        )

    def service_level(self) -> str:
        """The figures of the first day of the demo's stored calls against the targets, as
        the Servicegrad workspace computes them (one day: the whole three weeks take longer
        than a check should)."""
        translate = self._translate
        db = self._opened()
        calls = servicelevel.stored_calls(db)
        if calls is None or not len(calls):
            raise CheckFailed(translate("SelfTest", "the demo data holds no call records"))
        day = min(calls.start).date()
        pattern = servicelevel.current_pattern(db)
        report = servicelevel.analyse(
            calls, servicelevel.saved_targets(db), pattern, first=day, last=day
        )
        busiest = max(report.targets, key=lambda t: t.period.offered, default=None)
        level = None if busiest is None else busiest.period.service_level
        if busiest is None or level is None:
            raise CheckFailed(
                translate("SelfTest", "no target has calls on {day}").format(day=f"{day:%d.%m.%Y}")
            )
        return translate(
            "SelfTest",
            "{target}: %n demo call(s) on {day}, {level} % answered within {within} s",
            "",
            busiest.period.offered,
        ).format(
            target=busiest.label,
            day=f"{day:%d.%m.%Y}",
            level=explain.percent(level, busiest.goal.percent),
            within=busiest.goal.within_s,
        )

    def preparedness(self, today: date) -> str:
        """A sweep of outage scenarios over the demo's stored sites and ring pattern, as the
        Beredskap workspace runs it, entries called from the Monday after `today`."""
        translate = self._translate
        data = preparedness.stored(self._opened())
        if not data.register.sites or not data.patterns:
            raise CheckFailed(
                translate("SelfTest", "the demo data holds no sites register or no ring pattern")
            )
        results = preparedness.scenarios(data, sweep_scenarios(data.register), today)
        if not any(result.entries for result in results):
            raise CheckFailed(
                translate("SelfTest", "the outage scenarios try no number of the ring pattern")
            )
        lost = sum(1 for result in results if result.lost_entries())
        return translate(
            "SelfTest",
            "%n outage scenario(s) run over the demo's sites, {lost} of them leaving a number "
            "unanswered in opening hours",
            "",
            len(results),
        ).format(lost=lost)

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
            self._db = None

    def _opened(self) -> Database:
        if self._db is None:
            raise RuntimeError("SelfTest.database runs before the checks that use the database")
        return self._db
