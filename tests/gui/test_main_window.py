"""The main window as a user meets it: workspaces, language, settings, demo label, state."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QTranslator
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QFileSystemModel,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
)
from pytestqt.qtbot import QtBot

from kontakt.resources import translations_dir
from kontakt.services import municipality
from kontakt.storage.db import Database
from kontakt.ui.app import Translations
from kontakt.ui.main_window import MainWindow
from kontakt.ui.settings_dialog import SettingsDialog
from kontakt.ui.workspaces.base import Workspace
from kontakt.ui.workspaces.patterns.workspace import PatternsWorkspace

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
        "Servicegrad",
        "Beredskap",
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
    assert isinstance(page, PatternsWorkspace)  # its editor has tables of its own
    model = page.table.model()
    row = [model.index(0, column).data() for column in range(model.columnCount())]
    assert row[:4] == [
        "Sentralbord og heimeteneste – Demo kommune",
        "1 version",
        "Current set-up",
        "0 errors, 2 warnings",
    ]
    assert row[4].startswith("Kontakt (demo), ")  # who saved it, and when


def choose_language_in_settings(window: MainWindow, row: int) -> None:
    """Open Settings from the window, pick the language in `row` of the list, save."""

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.language_box.setCurrentIndex(row)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, pick)
    window.open_settings()


def test_bokmal_chosen_in_settings_changes_menus_title_and_every_page(
    open_window: WindowFactory, demo_db: Database
) -> None:
    window = open_window(demo_db)
    window.navigation.setCurrentRow(2)
    choose_language_in_settings(window, 1)
    assert window.windowTitle() == "Telefonmodeller – Kontakt"
    assert [m.title() for m in (window.file_menu, window.edit_menu, window.help_menu)] == [
        "&Fil",
        "&Rediger",
        "&Hjelp",
    ]
    assert window.redo_action.text() == "&Gjør om"
    # pages not shown yet say so in the new language too
    loading = [w.text() for w in (window.stack.widget(r) for r in (3, 4)) if isinstance(w, QLabel)]
    assert loading == ["Laster …", "Laster …"]
    choose_language_in_settings(window, 2)
    assert window.municipality_label.text() == "Demo kommune (9999) – demo data"
    assert window.windowTitle() == "Phone models – Kontakt"


class Rename(QUndoCommand):
    def __init__(self, names: list[str], new: str) -> None:
        super().__init__(f"rename to {new}")
        self.names, self.new, self.old = names, new, names[0]

    def redo(self) -> None:
        self.names[0] = self.new

    def undo(self) -> None:
        self.names[0] = self.old


def test_undo_and_redo_follow_the_workspace_history(
    open_window: WindowFactory, demo_db: Database
) -> None:
    window = open_window(demo_db)
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    stack = QUndoStack(window)
    window.undo_group.addStack(stack)
    window.undo_group.setActiveStack(stack)
    names = ["Sentralbord"]
    stack.push(Rename(names, "Resepsjon"))
    assert window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    window.undo_action.trigger()
    assert names == ["Sentralbord"]
    assert window.redo_action.isEnabled() and not window.undo_action.isEnabled()
    window.redo_action.trigger()
    assert names == ["Resepsjon"]


def test_undo_and_redo_act_on_the_text_being_typed(
    qtbot: QtBot, open_window: WindowFactory, demo_db: Database
) -> None:
    window = open_window(demo_db)
    window.navigation.setCurrentRow(1)
    page = window.stack.currentWidget()
    field = next(f for f in page.findChildren(QLineEdit) if f.isVisible())
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    assert not window.undo_action.isEnabled()
    qtbot.keyClicks(field, "Kari")
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert field.text() == ""
    assert window.redo_action.isEnabled() and not window.undo_action.isEnabled()
    window.redo_action.trigger()
    assert field.text() == "Kari"


@pytest.mark.parametrize(
    ("language", "save", "open_", "look_in", "name_column"),
    [
        ("nb", "Lagre", "Åpne", "&Se i:", "Navn"),
        ("nn", "Lagre", "Opne", "&Leit i:", "Namn"),
    ],
)
def test_qt_dialogs_speak_the_chosen_language(
    qtbot: QtBot,
    translations: Translations,
    tmp_path: Path,
    language: str,
    save: str,
    open_: str,
    look_in: str,
    name_column: str,
) -> None:
    translations.use(language)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Open
    )
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == save
    assert buttons.button(QDialogButtonBox.StandardButton.Open).text() == open_
    box = QMessageBox(QMessageBox.Icon.Question, "Kontakt", "?", QMessageBox.StandardButton.Save)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Save).text() == save

    dialog = QFileDialog(None, "Kontakt", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == look_in
    assert labels["fileTypeLabel"] == "Filer av &typen:"
    columns = dialog.findChild(QFileSystemModel)
    assert columns is not None
    assert columns.headerData(0, Qt.Orientation.Horizontal) == name_column


def test_kontakts_file_dialogs_are_qts_own_unless_the_system_speaks_the_language(
    translations: Translations, monkeypatch: pytest.MonkeyPatch
) -> None:
    native_off = Qt.ApplicationAttribute.AA_DontUseNativeDialogs
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "nb_NO.UTF-8")
    translations.use("nb")
    assert not QApplication.testAttribute(native_off)
    translations.use("nn")
    assert QApplication.testAttribute(native_off)


class Recorder(QTranslator):
    """Answers nothing, notes every text Qt asks for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str, str]] = set()

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        self.asked.add((context, source, disambiguation or ""))
        return None  # type: ignore[return-value]  # a null QString: "not here, ask the next"

    def isEmpty(self) -> bool:
        return False


NOT_WORDS = {"QGuiApplication", "QProgressBar", "QShortcut"}
"""Contexts of layout direction, `%p%` and key names: nothing to translate for Norwegian."""


def test_every_text_of_qts_dialogs_and_menus_has_a_bokmal_translation(
    qtbot: QtBot, qapp: QApplication, translations: Translations, tmp_path: Path
) -> None:
    translations.use("nb")
    recorder = Recorder()
    qapp.installTranslator(recorder)
    try:
        for mode in QFileDialog.AcceptMode:
            dialog = QFileDialog(None, "Kontakt", str(tmp_path), "CSV (*.csv)")
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
            dialog.setAcceptMode(mode)
            qtbot.addWidget(dialog)
            dialog.show()
            dialog.setViewMode(QFileDialog.ViewMode.Detail)
        button = QDialogButtonBox.StandardButton
        everything = button.Ok
        for other in (
            *(button.Save, button.SaveAll, button.Open, button.Yes, button.YesToAll),
            *(button.No, button.NoToAll, button.Abort, button.Retry, button.Ignore),
            *(button.Close, button.Cancel, button.Discard, button.Help, button.Apply),
            *(button.Reset, button.RestoreDefaults),
        ):
            everything |= other
        qtbot.addWidget(QDialogButtonBox(everything))
        box = QMessageBox(QMessageBox.Icon.Warning, "Kontakt", "?")
        box.setDetailedText("…")
        qtbot.addWidget(box)
        box.show()
        for field in (QLineEdit(), QPlainTextEdit()):
            qtbot.addWidget(field)
            field.createStandardContextMenu()
        stack = QUndoStack()
        stack.createUndoAction(None)
        stack.createRedoAction(None)
    finally:
        qapp.removeTranslator(recorder)
    ours = QTranslator()
    assert ours.load(str(translations_dir() / "qtbase_kontakt_nb.qm"))
    asked = {text for text in recorder.asked if text[0] not in NOT_WORDS}
    assert len(asked) > 50
    missing = sorted(text for text in asked if not ours.translate(text[0], text[1], text[2]))
    assert missing == []


def test_every_workspace_name_stays_whole_beside_a_wide_page(
    qtbot: QtBot, open_window: WindowFactory, demo_db: Database
) -> None:
    window = open_window(demo_db)
    window.resize(1280, 800)
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)  # the phone models page asks for much width
        qtbot.wait(50)
    names = window.navigation
    widest = max(names.visualItemRect(names.item(r)).width() for r in range(names.count()))
    needed = names.sizeHintForColumn(0)
    assert names.viewport().width() >= needed, (names.viewport().width(), needed, widest)
