"""Its own data in, in the window: the register and ring-pattern imports, and counts in the
right plural form on these pages (the change-request page: test_change_requests.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from kontakt.core.catalogue.document import PhoneModel
from kontakt.resources import resource_path
from kontakt.services import municipality
from kontakt.services.contacts import preview_mapping
from kontakt.services.municipality import MunicipalitySettings
from kontakt.storage.catalogue import replace_catalogue
from kontakt.storage.db import Database
from kontakt.storage.models import TestRun
from kontakt.ui.app import Translations
from kontakt.ui.imports import Importer
from kontakt.ui.main_window import MainWindow
from kontakt.ui.workspaces.contacts.mapping_dialog import MappingDialog
from kontakt.ui.workspaces.contacts.workspace import ContactsWorkspace
from kontakt.ui.workspaces.patterns.workspace import PatternsWorkspace
from kontakt.ui.workspaces.upcoming import status_text

DEMO = resource_path("demo")
TODAY = dt.date(2026, 12, 1)
REGISTER_CHECKS = {"ended-has-number", "directory-mismatch", "not-in-directory"}


@pytest.fixture
def english(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp)
    translations.use("en")
    yield translations
    translations.use("en")


@pytest.fixture
def alver(db: Database) -> Database:
    """A real municipality (the demo replaced): no register, no patterns yet."""
    municipality.save(db, MunicipalitySettings("4631", "Alver", email_domains=("demo.kommune.no",)))
    return db


def when_modal(kind: type, act: Callable[..., None], tries: int = 500) -> None:
    """Do `act(dialog)` as soon as a modal dialog of `kind` is shown (looking for 10 s)."""

    def look(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        elif left:
            QTimer.singleShot(20, lambda: look(left - 1))

    QTimer.singleShot(20, lambda: look(tries))


def check(qtbot: QtBot, db: Database) -> set[str]:
    """Run the contact check of the demo export in the window; the checks it skipped."""
    page = ContactsWorkspace(db)
    qtbot.addWidget(page)
    page.activated()
    export = DEMO / "hrm-export.csv"
    page.set_file(export)
    page.run_check(preview_mapping(export).mapping)
    qtbot.waitUntil(
        lambda: not page.runner.running and page.results.result is not None, timeout=30_000
    )
    result = page.results.result
    assert result is not None
    return set(result.skipped_checks)


def import_register(
    qtbot: QtBot, importer: Importer, path: Path, save_as: str = "", **choose: str
) -> None:
    def confirm(dialog: MappingDialog) -> None:
        dialog.save_name.setText(save_as)
        for name, header in choose.items():
            dialog.boxes[name].setCurrentIndex(dialog.boxes[name].findData(header))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(MappingDialog, confirm)
    importer.import_register(path)
    qtbot.waitUntil(
        lambda: not importer.is_running() and importer.report is not None, timeout=20_000
    )


@pytest.fixture
def importer(qtbot: QtBot, alver: Database, english: Translations) -> Importer:
    page = PatternsWorkspace(alver)
    qtbot.addWidget(page)
    return page.importer


def test_a_register_csv_imported_in_the_window_makes_the_register_checks_run(
    qtbot: QtBot, importer: Importer, alver: Database, tmp_path: Path
) -> None:
    assert check(qtbot, alver) >= REGISTER_CHECKS  # "none stored": skipped
    register = tmp_path / "nummerregister.csv"
    register.write_text(
        (DEMO / "directory.csv")
        .read_text(encoding="utf-8")
        .replace("number;type;employee_id;name;site", "Nummer;Slag;Tilsettnr;Namn;Lokasjon"),
        encoding="utf-8",
    )
    import_register(qtbot, importer, register, type="Slag")  # "Slag" is no known header
    assert importer.report is not None
    assert importer.report.summary.text().splitlines() == [
        f"The number register now holds 549 numbers from {register}.",
        "mobile: 276, desk phone: 271, shared function number: 2",
        "No number register was stored before.",
        "1 row left out:",
    ]
    assert importer.report.details.toPlainText() == (
        '  Row 85, column "Nummer": "+4712000082" is not a valid phone number.'
    )
    assert not REGISTER_CHECKS & check(qtbot, alver)


def test_a_register_xlsx_with_a_bad_row_is_imported_and_the_row_reported(
    qtbot: QtBot, importer: Importer, alver: Database, tmp_path: Path
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Telefonnummer", "Nummertype", "Ansattnr", "Navn"])
    sheet.append([41234567, "Mobil", 1001, "Kari Nordmann"])
    sheet.append(["9999", "Mobil", 1002, "Ola Vik"])
    path = tmp_path / "register.xlsx"
    book.save(path)
    import_register(qtbot, importer, path)
    report = importer.report
    assert report is not None
    assert f"1 number from {path}." in report.summary.text()
    assert "1 row left out:" in report.summary.text()
    assert not report.details.isHidden()
    assert report.details.toPlainText() == (
        '  Row 2, column "Telefonnummer": "9999" is not a valid phone number.'
    )
    assert not REGISTER_CHECKS & check(qtbot, alver)


def test_a_register_without_usable_rows_says_why_and_keeps_the_old(
    qtbot: QtBot, importer: Importer, alver: Database, tmp_path: Path
) -> None:
    good = tmp_path / "good.csv"
    good.write_text("number;type\n+4741234567;mobile\n")
    import_register(qtbot, importer, good)
    bad = tmp_path / "bad.csv"
    bad.write_text("number;type\n+4741234567;pager\n")
    import_register(qtbot, importer, bad)
    assert importer.report is not None
    assert importer.report.windowTitle() == "Nothing was imported"
    assert "bad.csv" in importer.report.summary.text()
    assert '"pager" is not a number type' in importer.report.details.toPlainText()
    assert not REGISTER_CHECKS & check(qtbot, alver)


def test_a_pattern_imported_on_the_ring_pattern_page_is_listed_and_used(
    qtbot: QtBot, alver: Database, english: Translations
) -> None:
    page = PatternsWorkspace(alver)
    qtbot.addWidget(page)
    assert page.count.text() == "No ring patterns are stored yet."
    assert {"ended-in-pattern", "pattern-member-unknown"} <= check(qtbot, alver)
    page.importer.import_pattern(DEMO / "demo-sentralbord.ringpattern.json")
    assert not page.import_button.isEnabled()  # one import at a time, off the GUI thread
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20_000)
    qtbot.waitUntil(page.import_button.isEnabled)
    report = page.importer.report
    assert report is not None
    assert "Entry numbers: 56 10 00 00, 56 10 05 00" in report.summary.text()
    assert "0 errors, 2 warnings and 0 notes for information" in report.summary.text()
    assert page.count.text() == "1 ring pattern stored."
    model = page.model
    assert [model.index(0, c).data() for c in range(4)] == [
        "Sentralbord og heimeteneste – Demo kommune",
        "1 version",
        "Current set-up",
        "0 errors, 2 warnings",
    ]
    assert not {"ended-in-pattern", "pattern-member-unknown"} & check(qtbot, alver)
    page.importer.import_pattern(DEMO / "demo-sentralbord.ringpattern.json")
    qtbot.waitUntil(lambda: model.index(0, 1).data() == "2 versions", timeout=20_000)
    assert "It replaces 1 earlier version, kept as history." in page.importer.report.summary.text()  # type: ignore[union-attr]


def test_a_broken_pattern_file_is_explained(
    qtbot: QtBot, alver: Database, english: Translations, tmp_path: Path
) -> None:
    page = PatternsWorkspace(alver)
    qtbot.addWidget(page)
    broken = tmp_path / "broken.json"
    broken.write_text("{")
    page.importer.import_pattern(broken)
    qtbot.waitUntil(lambda: page.importer.report is not None, timeout=20_000)
    assert page.importer.report is not None
    assert "broken.json" in page.importer.report.summary.text()
    assert page.model.rowCount() == 0


# -- change requests ------------------------------------------------------------------------


# -- counted texts in the user's language ---------------------------------------------------


def phone(model: str) -> PhoneModel:
    return PhoneModel(manufacturer="Acme", model=model, os="Android", price_nok=Decimal(1))


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        (
            "nn",
            ("1 telefonmodell er lagra.", "1 testrunde er lagra."),
            ("2 telefonmodellar er lagra.", "2 testrundar er lagra."),
        ),
        (
            "nb",
            ("1 telefonmodell er lagret.", "1 testrunde er lagret."),
            ("2 telefonmodeller er lagret.", "2 testrunder er lagret."),
        ),
        (
            "en",
            ("1 phone model is stored.", "1 test run is stored."),
            ("2 phone models are stored.", "2 test runs are stored."),
        ),
    ],
)
def test_phone_models_and_test_runs_are_counted_in_each_language(
    alver: Database,
    english: Translations,
    language: str,
    one: tuple[str, str],
    two: tuple[str, str],
) -> None:
    english.use(language)
    municipality_id = municipality.current_id(alver)
    for models in ([phone("A")], [phone("A"), phone("B")]):
        with alver.transaction() as session:
            replace_catalogue(session, models)
            session.add(TestRun(municipality_id=municipality_id, title=f"run {len(models)}"))
        expected = one if len(models) == 1 else two
        assert (status_text(alver, "catalogue"), status_text(alver, "checklist")) == expected


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("nn", ("1 versjon", "1 ringemønster er lagra."), "2 versjonar"),
        ("nb", ("1 versjon", "1 ringemønster er lagret."), "2 versjoner"),
    ],
)
def test_pattern_versions_are_counted_in_norwegian(
    qtbot: QtBot,
    alver: Database,
    english: Translations,
    language: str,
    one: tuple[str, str],
    two: str,
) -> None:
    from kontakt.services import imports

    english.use(language)
    imports.import_pattern(alver, DEMO / "demo-sentralbord.ringpattern.json")
    page = PatternsWorkspace(alver)
    qtbot.addWidget(page)
    assert (page.model.index(0, 1).data(), page.count.text()) == one
    imports.import_pattern(alver, DEMO / "demo-sentralbord.ringpattern.json")
    page.activated()
    assert page.model.index(0, 1).data() == two


def test_the_file_menu_imports_the_register_and_the_contact_check_shows_it(
    qtbot: QtBot, alver: Database, english: Translations, config_home: object, tmp_path: Path
) -> None:
    english.use("nn")
    window = MainWindow(english, alver)
    qtbot.addWidget(window)
    window.show()
    window.navigation.setCurrentRow(1)
    contacts = window.stack.currentWidget()
    assert isinstance(contacts, ContactsWorkspace)
    assert "ingen lagra" in contacts.inputs_label.text()
    action = next(a for a in window.file_menu.actions() if a.text() == "Importer &nummerregister …")
    register = tmp_path / "register.csv"
    register.write_text(
        "Nummer;Type;Tilsettnr\n412 34 567;mobil;1001\n56 10 00 10;bordtelefon;1001\n"
    )

    def choose(dialog: QFileDialog) -> None:
        # typed as a user would: the dialog may still be listing its folder
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.setText(str(register))
        dialog.accept()
        if dialog.isVisible():
            when_modal(QFileDialog, choose)

    when_modal(QFileDialog, choose)

    when_modal(QFileDialog, choose)
    when_modal(
        MappingDialog,
        lambda dialog: (
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        ),
    )
    action.trigger()
    qtbot.waitUntil(lambda: window.importer is not None and window.importer.report is not None)
    assert window.importer is not None and window.importer.report is not None
    assert window.importer.report.summary.text().startswith(
        f"Nummerregisteret har no 2 nummer frå {register}."
    )
    assert "nummerregister: 2 nummer" in contacts.inputs_label.text()


def test_register_columns_are_saved_as_a_profile_of_their_own(
    qtbot: QtBot, importer: Importer, alver: Database, tmp_path: Path
) -> None:
    from kontakt.core.contacts.mapping import HRM_FIELDS
    from kontakt.core.tables.mapping import MappingProfile
    from kontakt.services import contact_data, imports

    hrm = MappingProfile("Visma", {"employee_id": "Ressursnr"}, HRM_FIELDS.kind)
    contact_data.save_profile(alver, hrm)
    register = tmp_path / "register.csv"
    register.write_text("Nr;Slag\n+4741234567;mobil\n")
    import_register(qtbot, importer, register, save_as="Visma", number="Nr", type="Slag")
    assert importer.report is not None
    assert importer.report.summary.text().endswith(
        'The columns were not saved as the profile "Visma": a profile for HRM exports has that '
        "name."
    )
    assert contact_data.saved_profiles(alver) == [hrm]  # the HRM profile is untouched
    import_register(qtbot, importer, register, save_as="IKTNH", number="Nr", type="Slag")
    assert [p.name for p in imports.register_profiles(alver)] == ["IKTNH"]

    def use_profile(dialog: MappingDialog) -> None:
        assert [dialog.profile_box.itemText(i) for i in range(dialog.profile_box.count())] == [
            "Automatic",
            "IKTNH",
        ]
        dialog.reject()

    when_modal(MappingDialog, use_profile)
    importer.report = None
    importer.import_register(register)
    qtbot.waitUntil(lambda: not importer.is_running())
