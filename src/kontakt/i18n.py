"""Choosing the language and loading Kontakt's Qt translations (QtCore only, no widgets).

Nynorsk is the first language; the system locale picks nn, nb or en unless the user chose
one in Settings (kept in QSettings). The command line uses a QTranslator directly, without
a QApplication; the GUI installs the same catalogues on the application.
"""

from __future__ import annotations

import locale
import os

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


def system_language() -> str:
    """The language the operating system asks for, mapped to nn, nb or en."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value and value not in ("C", "POSIX", "C.UTF-8"):
            return language_from_locale(value)
    name = QLocale.system().name()
    if name and name != "C":
        return language_from_locale(name)
    fallback = locale.getlocale()[0]
    return language_from_locale(fallback) if fallback else DEFAULT_LANGUAGE


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
    """Kontakt's catalogue for `language` and Qt's own (dialog buttons), as found.

    English is the source language; its catalogue holds only the plural forms (`%n
    version(s)` -> "1 version", "2 versions"). Qt ships no Bokmål catalogue of its own, so
    Bokmål borrows Qt's Nynorsk one for its standard buttons.
    """
    translators: list[QTranslator] = []
    ours = QTranslator()
    if ours.load(str(translations_dir() / f"kontakt_{language}.qm")):
        translators.append(ours)
    if language == "en":
        return translators
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for qt_language in (language, "nn") if language == "nb" else (language,):
        qt_own = QTranslator()
        if qt_own.load(f"qtbase_{qt_language}", qt_dir):
            translators.append(qt_own)
            break
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
