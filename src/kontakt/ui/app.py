"""Starting the GUI: the application object, translations, the database, the main window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from kontakt import __version__, i18n
from kontakt.core.texts import render
from kontakt.storage.errors import MESSAGES, StorageError


class Translations:
    """The translators installed on the application; swapped when the user changes language."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[object] = []
        self.language = i18n.DEFAULT_LANGUAGE

    def use(self, language: str) -> None:
        """Install the catalogues of `language`; every widget gets a LanguageChange event."""
        for translator in self._installed:
            self._app.removeTranslator(translator)  # type: ignore[arg-type]
        self._installed = list(i18n.load_translators(language))
        for translator in self._installed:
            self._app.installTranslator(translator)  # type: ignore[arg-type]
        self.language = language
        QLocale.setDefault(QLocale({"nn": "nn_NO", "nb": "nb_NO", "en": "en_GB"}[language]))


def make_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named so QSettings finds Kontakt's preferences."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(i18n.ORGANIZATION)
    QCoreApplication.setApplicationName(i18n.APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName("Kontakt")
    return app


EXIT_WHEN_SHOWN = "KONTAKT_EXIT_WHEN_SHOWN"
"""Set, the GUI prints "shown" and quits once the main window is up (start-up benchmark,
smoke tests)."""


def _report_shown_and_quit(app: QApplication) -> None:
    print("shown", flush=True)
    app.quit()


def is_headless() -> bool:
    """True on a platform with no screen to show a dialog on (tests, CI)."""
    return QGuiApplication.platformName() in ("offscreen", "minimal")


def storage_error_text(error: StorageError) -> str:
    """The storage error in the user's language."""
    return render(i18n.gui_translate, "StorageErrors", MESSAGES[error.code], error.params)


def run_gui(db_url: str | None, no_demo: bool, language: str | None) -> int:
    """Open the main window on the database and run until it closes; returns the exit code."""
    app = make_application()
    translations = Translations(app)
    translations.use(i18n.choose_language(language))

    from kontakt.services import startup

    try:
        db = startup.open_for_use(db_url, load_demo=not no_demo)
    except StorageError as error:
        text = storage_error_text(error)
        print(f"kontakt: {text}", file=sys.stderr)
        if not is_headless():
            QMessageBox.critical(
                None, QCoreApplication.translate("App", "Kontakt cannot start"), text)
        return 2

    from kontakt.ui.main_window import MainWindow

    window = MainWindow(db, translations)
    window.show()
    if os.environ.get(EXIT_WHEN_SHOWN):
        QTimer.singleShot(0, lambda: _report_shown_and_quit(app))
    code = app.exec()
    db.dispose()
    return int(code)
