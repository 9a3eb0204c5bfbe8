"""Starting the GUI: the application object, translations, the database, the main window."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from kontakt import i18n
from kontakt.resources import resource_path
from kontakt.services.database import StorageError, error_text

if TYPE_CHECKING:
    from kontakt.services.database import Database
    from kontakt.ui.main_window import MainWindow


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
        # Qt asks the translator installed last first: install the most wanted one last.
        for translator in reversed(self._installed):
            self._app.installTranslator(translator)
        # The platform's own dialogs (file dialogs) speak the system's language: use Qt's,
        # translated above, unless the system speaks the language chosen.
        QCoreApplication.setAttribute(
            Qt.ApplicationAttribute.AA_DontUseNativeDialogs,
            i18n.system_locale_language() != language,
        )
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
    app.setWindowIcon(application_icon())
    return app


def application_icon() -> QIcon:
    """Kontakt's icon (resources/icons), drawn from the SVG at every size a desktop asks for."""
    return QIcon(str(resource_path("icons", "kontakt.svg")))


EXIT_WHEN_SHOWN = "KONTAKT_EXIT_WHEN_SHOWN"
"""Set, the GUI prints "shown" when the main window is up and "ready" when its data is,
followed by what the user sees then (window title, status line), then quits (start-up
benchmark, smoke tests)."""


def _report_and_quit(app: QApplication, window: MainWindow) -> None:
    print("ready", flush=True)
    print(f"title: {window.windowTitle()}", flush=True)
    print(f"status: {window.municipality_label.text()}", flush=True)
    app.quit()


def is_headless() -> bool:
    """True on a platform with no screen to show a dialog on (tests, CI)."""
    return QGuiApplication.platformName() in ("offscreen", "minimal")


def has_display() -> bool:
    """Whether Qt will find a screen: a platform chosen, or on Linux an X11 or Wayland
    display. Without one Qt aborts the process with a message about xcb libraries."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


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
    chosen = i18n.choose_language(language)
    if not has_display():
        translate = i18n.command_line_translate(chosen)
        print(
            "kontakt: "
            + translate(
                "App",
                "No display was found, so the window cannot open. The commands work without "
                "one: see kontakt --help. To open the window without a screen anyway (for "
                "tests), set QT_QPA_PLATFORM=offscreen.",
            ),
            file=sys.stderr,
        )
        return 2
    app = make_application()
    from kontakt.ui.collector import MainThreadCollector

    collector = MainThreadCollector(app)
    translations = Translations(app)
    translations.use(chosen)

    from kontakt.ui.main_window import MainWindow
    from kontakt.ui.tasks import CancelledFn, ProgressFn, TaskRunner, stop_all

    window = MainWindow(translations)
    window.show()

    def open_database(_progress: ProgressFn, _cancelled: CancelledFn) -> object:
        from kontakt.services import startup

        return startup.open_for_use(db_url, load_demo=not no_demo, kommune=kommune)

    def opened(db: Database) -> None:
        window.attach_database(db)
        if os.environ.get(EXIT_WHEN_SHOWN):
            QTimer.singleShot(0, lambda: _report_and_quit(app, window))

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

    if os.environ.get(EXIT_WHEN_SHOWN):
        print("shown", flush=True)
    TaskRunner(window).run(open_database, opened, failed)
    code = app.exec()
    # No thread may still report to the window or the application once they are gone.
    stop_all()
    collector.stop()
    if window.db is not None:
        window.db.dispose()
    return int(code)
