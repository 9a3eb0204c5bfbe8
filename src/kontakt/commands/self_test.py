"""`kontakt --self-test`: check that this Kontakt (from source or a built folder) has what
it needs, without a screen and without touching the user's data.

The checks run in order and each prints one line in the user's language: the translations,
a temporary database and its migrations, the demo data, the demo ring pattern, an Excel
file written and read back, service level figures, outage scenarios, and the main window
(offscreen). The first that fails is named and ends the run with exit code 1; all passing
gives 0.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from kontakt.commands import EXIT_FINDINGS, EXIT_OK, CommandContext
from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate
from kontakt.services.self_test import CheckFailed, SelfTest

WindowCheck = Callable[[str, Translate], str]
"""The window check (`kontakt.ui.self_test.main_window_opens`): language, translate."""


def translations_found(translate: Translate) -> str:
    """Each language's catalogue loads and translates (English: a text's plural forms)."""
    from kontakt import i18n
    from kontakt.resources import translations_dir

    folder = translations_dir()
    for language in ("nn", "nb", "en"):
        said = i18n.command_line_translate(language)(
            "SelfTest", "Self-test passed: %n check(s).", "", 1
        )
        if said == "Self-test passed: 1 check(s).":  # the source text: nothing translated it
            raise CheckFailed(
                translate(
                    "SelfTest",
                    "the {language} catalogue is missing or does not translate (in {folder})",
                ).format(language=language, folder=folder)
            )
    return translate("SelfTest", "the catalogues for nn, nb and en are in {folder}").format(
        folder=folder
    )


def run(ctx: CommandContext, window_check: WindowCheck | None) -> int:
    """Run every check (the window's when `window_check` is given); the exit code."""
    import kontakt

    translate = ctx.translate
    ctx.out(
        translate("SelfTest", "Kontakt {version}: self-test").format(version=kontakt.__version__)
    )
    with tempfile.TemporaryDirectory(prefix="kontakt-self-test-") as folder:
        test = SelfTest(Path(folder), translate)
        checks: list[tuple[str, Callable[[], str]]] = [
            (QT_TRANSLATE_NOOP("SelfTest", "translations"), lambda: translations_found(translate)),
            (QT_TRANSLATE_NOOP("SelfTest", "database"), test.database),
            (QT_TRANSLATE_NOOP("SelfTest", "demo data"), test.demo_data),
            (QT_TRANSLATE_NOOP("SelfTest", "demo ring pattern"), test.demo_pattern),
            (QT_TRANSLATE_NOOP("SelfTest", "Excel"), test.excel),
            (QT_TRANSLATE_NOOP("SelfTest", "service level"), test.service_level),
            (
                QT_TRANSLATE_NOOP("SelfTest", "preparedness"),
                lambda: test.preparedness(date.today()),
            ),
        ]
        if window_check is not None:
            language = ctx.language
            checks.append(
                (
                    QT_TRANSLATE_NOOP("SelfTest", "main window"),
                    lambda: window_check(language, translate),
                )
            )
        try:
            for name, check in checks:
                title = translate("SelfTest", name)
                try:
                    detail = check()
                except CheckFailed as failed:
                    problem = str(failed)
                except Exception as exc:  # what a broken build throws: said, and named
                    problem = _unexpected(translate, exc)
                else:
                    ctx.out(
                        translate("SelfTest", "ok      {check}: {detail}").format(
                            check=title, detail=detail
                        )
                    )
                    continue
                ctx.out(
                    translate("SelfTest", "FAILED  {check}: {problem}").format(
                        check=title, problem=problem
                    )
                )
                ctx.err(
                    translate("SelfTest", "Self-test failed at the check “{check}”.").format(
                        check=title
                    )
                )
                return EXIT_FINDINGS
        finally:
            test.close()
    ctx.out(translate("SelfTest", "Self-test passed: %n check(s).", "", len(checks)))
    return EXIT_OK


def _unexpected(translate: Translate, error: Exception) -> str:
    """An error no check foresaw, in words: a database's in the user's language."""
    from kontakt.services.database import StorageError, error_text

    if isinstance(error, StorageError):
        return error_text(translate, error)
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
