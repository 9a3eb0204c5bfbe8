"""The main window as a user meets it: workspaces, language, settings, demo label, state."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QTableView
from pytestqt.qtbot import QtBot

from kontakt.services import municipality
from kontakt.storage.db import Database
from kontakt.ui.app import Translations
from kontakt.ui.main_window import MainWindow
from kontakt.ui.settings_dialog import SettingsDialog
from kontakt.ui.workspaces.base import Workspace

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    current = Translations(qapp)
    current.use("nn")
    yield current
    current.use("en")


@pytest.fixture
def open_window(qtbot: QtBot, translations: Translations, config_home: object) -> WindowFactory:
    def make(db: Database) -> MainWindow:
        window = MainWindow(translations, db)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def navigation_texts(window: MainWindow) -> list[str]:
    return [window.navigation.item(i).text() for i in range(window.navigation.count())]


def test_every_workspace_opens_from_the_navigation(
    open_window: WindowFactory, demo_db: Database
) -> None:
    window = open_window(demo_db)
    assert navigation_texts(window) == [
        "Ringemønster",
        "Kontaktsjekk",
        "Telefonmodellar",
        "Testsjekkliste",
        "Endringsbestillingar",
    ]
    for row, title in enumerate(navigation_texts(window)):
        window.navigation.setCurrentRow(row)
        page = window.stack.currentWidget()
        assert isinstance(page, Workspace)
        assert page.isVisible()
        assert page.title() == title
        assert window.windowTitle() == f"{title} – Kontakt"


def test_workspaces_are_reached_with_the_keyboard(
    qtbot: QtBot, open_window: WindowFactory, demo_db: Database
) -> None:
    window = open_window(demo_db)
    window.workspace_actions[2].trigger()
    assert window.navigation.currentRow() == 2
    assert window.workspace_actions[2].shortcut().toString() == "Ctrl+3"


def test_changing_the_language_changes_the_window_texts(
    open_window: WindowFactory, translations: Translations, demo_db: Database
) -> None:
    window = open_window(demo_db)
    assert window.file_menu.title() == "&Fil"
    translations.use("en")
    assert navigation_texts(window)[0] == "Ring patterns"
    assert window.file_menu.title() == "&File"
    assert "demo data" in window.municipality_label.text()
    translations.use("nb")
    assert navigation_texts(window)[2] == "Telefonmodeller"
    assert "demodata" in window.municipality_label.text()


def test_the_demo_municipality_is_labelled_as_demo(
    open_window: WindowFactory, demo_db: Database
) -> None:
    window = open_window(demo_db)
    assert window.municipality_label.text() == "Demo kommune (9999) – demodata"


def test_window_geometry_and_workspace_are_remembered(
    qtbot: QtBot, open_window: WindowFactory, demo_db: Database
) -> None:
    first = open_window(demo_db)
    first.resize(720, 540)
    first.navigation.setCurrentRow(3)
    first.close()
    second = open_window(demo_db)
    assert (second.width(), second.height()) == (720, 540)
    assert second.navigation.currentRow() == 3


def test_settings_refuse_bad_values_and_save_good_ones(qtbot: QtBot, demo_db: Database) -> None:
    dialog = SettingsDialog(demo_db, "nn")
    qtbot.addWidget(dialog)
    dialog.contact_email_edit.setText("kari(at)alver")
    dialog.api_edit.setText("http://api.iktnh.example/v1")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() or not dialog.result()
    problems = dialog.problems_label.text()
    assert "kari(at)alver" in problems and "https://" in problems
    unchanged = municipality.current(demo_db)
    assert unchanged is not None and unchanged.contact_email == "ikt-kontakt@demo.kommune.no"

    dialog.contact_email_edit.setText("kari.nordmann@demo.kommune.no")
    dialog.api_edit.setText("https://api.iktnh.example/v1")
    dialog.domains_edit.setText("demo.kommune.no; Skule.demo.kommune.no")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    saved = municipality.current(demo_db)
    assert saved is not None
    assert saved.contact_email == "kari.nordmann@demo.kommune.no"
    assert saved.email_domains == ("demo.kommune.no", "skule.demo.kommune.no")
    assert saved.is_demo


def test_own_municipality_replaces_the_demo(qtbot: QtBot, demo_db: Database) -> None:
    dialog = SettingsDialog(demo_db, "nn")
    qtbot.addWidget(dialog)
    dialog.number_edit.setText("4631")
    dialog.name_edit.setText("Alver kommune")

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, answer_yes)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    saved = municipality.current(demo_db)
    assert saved is not None
    assert (saved.number, saved.name, saved.is_demo) == ("4631", "Alver kommune", False)
    from kontakt.services.overview import overview

    assert overview(demo_db).people == 0 and overview(demo_db).patterns == ()


def test_about_names_the_licences_of_the_libraries(qtbot: QtBot) -> None:
    from kontakt.ui.about_dialog import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    rows = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 2).text()
        for r in range(dialog.table.rowCount())
    }
    assert "SQLAlchemy" in rows and "MIT" in rows["SQLAlchemy"]
    assert "LGPL" in rows["PySide6-Essentials"]


def test_the_ring_pattern_page_lists_stored_patterns_with_their_findings(
    open_window: WindowFactory, translations: Translations, demo_db: Database
) -> None:
    translations.use("en")
    window = open_window(demo_db)
    window.navigation.setCurrentRow(0)
    page = window.stack.currentWidget()
    table = page.findChild(QTableView)
    model = table.model()
    row = [model.index(0, column).data() for column in range(model.columnCount())]
    assert row == [
        "Sentralbord og heimeteneste – Demo kommune",
        "1 version",
        "Current set-up",
        "0 errors, 2 warnings",
    ]
