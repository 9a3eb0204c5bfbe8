"""Switching municipality in the main window, when the database holds more than one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kontakt.services import municipality
from kontakt.services.municipality import MunicipalitySettings
from kontakt.storage.db import Database
from kontakt.storage.models import Municipality
from kontakt.ui.app import Translations
from kontakt.ui.main_window import MainWindow
from kontakt.ui.workspaces.patterns.workspace import PatternsWorkspace


@pytest.fixture
def window(
    qtbot: QtBot, qapp: QApplication, config_home: object, demo_db: Database
) -> Iterator[MainWindow]:
    translations = Translations(qapp)
    translations.use("nn")
    with demo_db.transaction() as session:
        session.add(Municipality(number="4631", name="Alver"))
    main = MainWindow(translations, demo_db)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    translations.use("en")


def shown_text(page: QWidget) -> str:
    return "\n".join(label.text() for label in page.findChildren(QLabel))


def test_the_window_lists_the_municipalities_and_switches(window: MainWindow) -> None:
    switcher = window.municipality_switcher
    assert switcher.isVisible() and not window.municipality_label.isVisible()
    assert [switcher.itemText(i) for i in range(switcher.count())] == [
        "Alver (4631)",
        "Demo kommune (9999) – demodata",
    ]
    assert switcher.currentText() == "Demo kommune (9999) – demodata"
    window.navigation.setCurrentRow(0)  # ring patterns: the demo's one is listed
    page = window.stack.currentWidget()
    assert isinstance(page, PatternsWorkspace)
    assert "Ingen ringemønster" not in shown_text(page)
    switcher.activated.emit(0)
    assert window.db is not None
    assert municipality.current(window.db) == MunicipalitySettings(number="4631", name="Alver")
    assert switcher.currentText() == "Alver (4631)"
    assert "Ingen ringemønster er lagra enno." in shown_text(page)


def test_one_municipality_needs_no_switcher(window: MainWindow) -> None:
    assert window.db is not None
    municipality.remove_demo(window.db)
    window.refresh_status()
    assert not window.municipality_switcher.isVisible()
    assert window.municipality_label.text() == "Alver (4631)"
