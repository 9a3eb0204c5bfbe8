"""Choosing the language and loading Kontakt's Qt translations (QtCore only, no widgets).

Nynorsk is the first language; the system locale picks nn, nb or en unless the user chose
one in Settings (kept in QSettings), and a locale that names no language (`C`) gives
Nynorsk. Qt's own texts (buttons, the file dialog) come from Kontakt's catalogue of them.
The command line uses a QTranslator directly, without a QApplication; the GUI installs the
same catalogues on the application.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from kontakt.core.texts import Translate, fill_count
from kontakt.resources import translations_dir

LANGUAGES = ("nn", "nb", "en")
DEFAULT_LANGUAGE = "nn"
ORGANIZATION = "IKTNH"
APPLICATION = "Kontakt"
LANGUAGE_KEY = "ui/language"


def user_settings() -> QSettings:
    """Kontakt's per-user preferences (window state, language); the data lives in the database."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def language_from_locale(name: str) -> str:
    """nn, nb or en for a locale name like `nb_NO.UTF-8` or `nn-NO`; Nynorsk when unsure."""
    code = name.replace("-", "_").split(".")[0].split("_")[0].lower()
    if code in ("nn", "nb", "en"):
        return code
    if code == "no":  # the old macro-language code: most Norwegian systems mean Bokmål
        return "nb"
    return DEFAULT_LANGUAGE


UNSURE_LOCALES = ("C", "POSIX")
"""Locale names that say nothing about the user's language (`C.UTF-8` included)."""


def system_locale_language() -> str | None:
    """The language the operating system asks for (nn, nb or en), None when it does not say.

    On Linux and other POSIX systems the environment decides, and a `C` or `POSIX` locale,
    or none, says nothing (Qt would report it as en_US). Windows and macOS keep the
    language in their own settings, which `QLocale.system()` reads.
    """
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value and value.split(".")[0].upper() not in UNSURE_LOCALES:
            return language_from_locale(value)
    if sys.platform in ("win32", "darwin"):
        languages = QLocale.system().uiLanguages()
        if languages:
            return language_from_locale(languages[0])
    return None


def system_language() -> str:
    """The system's language mapped to nn, nb or en; Nynorsk when unsure (only an English
    locale gives English)."""
    return system_locale_language() or DEFAULT_LANGUAGE


def choose_language(explicit: str | None = None) -> str:
    """The explicit choice, else the saved setting, else the system's, else Nynorsk."""
    if explicit in LANGUAGES:
        return explicit
    saved = user_settings().value(LANGUAGE_KEY)
    if isinstance(saved, str) and saved in LANGUAGES:
        return saved
    return system_language()


def save_language(language: str) -> None:
    """Remember the user's language for the next start (GUI and command line)."""
    settings = user_settings()
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()


def load_translators(language: str) -> list[QTranslator]:
    """The catalogues for `language`, the one to ask first first.

    Kontakt's own texts; then Kontakt's translation of Qt's texts (standard buttons, the
    file dialog, context menus), because Qt ships no Bokmål catalogue and its Nynorsk one
    uses a-infinitives ("Lagra", "Opna") beside Kontakt's e-infinitives; then, for
    Nynorsk, Qt's own catalogue for the rest of Qt's texts. English is the source
    language; its catalogue holds only the plural forms (`%n version(s)` -> "1 version").
    """
    names = [f"kontakt_{language}"]
    if language != "en":
        names.append(f"qtbase_kontakt_{language}")
    translators: list[QTranslator] = []
    for name in names:
        translator = QTranslator()
        if translator.load(str(translations_dir() / f"{name}.qm")):
            translators.append(translator)
    if language == "nn":
        qt_own = QTranslator()
        if qt_own.load("qtbase_nn", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            translators.append(qt_own)
    return translators


def command_line_translate(language: str) -> Translate:
    """A `Translate` for headless use: looks texts up in the catalogue without a QApplication."""
    translators = load_translators(language)
    group = "" if language == "en" else THOUSANDS_SEPARATOR

    def translate(context: str, source: str, disambiguation: str = "", n: int = -1) -> str:
        for translator in translators:
            text = translator.translate(context, source, disambiguation or None, n)
            if text:
                return fill_count(text, n, group)
        return fill_count(source, n, group)

    return translate


THOUSANDS_SEPARATOR = "\u00a0"
"""Norwegian groups thousands with a space (no-break, so a count never splits a line)."""


def gui_translate(context: str, source: str, disambiguation: str = "", n: int = -1) -> str:
    """A `Translate` for the GUI: the catalogues installed on the running application."""
    return QCoreApplication.translate(context, source, disambiguation or None, n)
