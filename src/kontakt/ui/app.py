"""Starting the GUI: the application object, translations, the database, the main window."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from kontakt import i18n
from kontakt.services.database import StorageError, error_text

if TYPE_CHECKING:
    from kontakt.services.database import Database


LOCALES = {"nn": "nn_NO", "nb": "nb_NO", "en": "en_GB"}


class Translations:
    """The translators installed on the application; swapped when the user changes language."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = i18n.DEFAULT_LANGUAGE

    def use(self, language: str) -> None:
        """Install the catalogues of `language`; every widget gets a LanguageChange event."""
        # Numbers and dates first: widgets that retranslate read the default locale.
        QLocale.setDefault(QLocale(LOCALES[language]))
        self.language = language
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = i18n.load_translators(language)
        for translator in self._installed:
            self._app.installTranslator(translator)
        # Qt posts the LanguageChange events; deliver them now, so every window shows the
        # new language before anything else happens.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named so QSettings finds Kontakt's preferences."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(i18n.ORGANIZATION)
    QCoreApplication.setApplicationName(i18n.APPLICATION)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName("Kontakt")
    return app


EXIT_WHEN_SHOWN = "KONTAKT_EXIT_WHEN_SHOWN"
"""Set, the GUI prints "shown" when the main window is up and "ready" when its data is,
then quits (start-up benchmark, smoke tests)."""


def _report_and_quit(app: QApplication, what: str) -> None:
    print(what, flush=True)
    app.quit()


def is_headless() -> bool:
    """True on a platform with no screen to show a dialog on (tests, CI)."""
    return QGuiApplication.platformName() in ("offscreen", "minimal")


def storage_error_text(error: StorageError) -> str:
    """The storage error in the user's language."""
    return error_text(i18n.gui_translate, error)


def run_gui(
    db_url: str | None, no_demo: bool, language: str | None, kommune: str | None = None
) -> int:
    """Show the main window, open the database behind it, run until the window closes.

    The window comes up first and the database (SQLAlchemy, migrations, the demo on first
    use) is opened on a worker thread, so Kontakt appears as fast as a bare Qt window.
    """
    app = make_application()
    translations = Translations(app)
    translations.use(i18n.choose_language(language))

    from kontakt.ui.main_window import MainWindow
    from kontakt.ui.tasks import Task

    window = MainWindow(translations)
    window.show()

    def open_database(_progress: object, _cancelled: object) -> object:
        from kontakt.services import startup

        return startup.open_for_use(db_url, load_demo=not no_demo, kommune=kommune)

    def opened(db: Database) -> None:
        window.attach_database(db)
        if os.environ.get(EXIT_WHEN_SHOWN):
            QTimer.singleShot(0, lambda: _report_and_quit(app, "ready"))

    def failed(error: Exception) -> None:
        if isinstance(error, StorageError):
            text = storage_error_text(error)
        else:  # anything else the database or the demo import threw: say it, stop cleanly
            text = QCoreApplication.translate(
                "App", "Something went wrong while opening the database: {problem}"
            ).format(problem=str(error) or type(error).__name__)
        print(f"kontakt: {text}", file=sys.stderr)
        if not is_headless():
            QMessageBox.critical(
                window, QCoreApplication.translate("App", "Kontakt cannot start"), text
            )
        app.exit(2)

    task = Task(open_database)
    task.signals.succeeded.connect(opened)
    task.signals.failed.connect(failed)
    if os.environ.get(EXIT_WHEN_SHOWN):
        print("shown", flush=True)
    task.start()
    code = app.exec()
    if window.db is not None:
        window.db.dispose()
    return int(code)
