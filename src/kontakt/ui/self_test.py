"""`kontakt --self-test`'s window check: Qt starts without a screen, the main window opens
with its workspaces' navigation, the icon draws, and this system's platform plugin is there.

Qt is started on its `offscreen` platform whatever the session has, so the check needs no
display; the plugin a desktop start would load is then looked for in Qt's plugin folder
and its library loaded (a frozen build carries only the plugins build.spec packs, and a PC
may lack a system library the plugin needs). The window is hidden again, not closed, so
the user's saved window layout is left alone.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import (
    QDir,
    QLibraryInfo,
    QMessageLogContext,
    QPluginLoader,
    QtMsgType,
    qInstallMessageHandler,
)

from kontakt.core.texts import Translate
from kontakt.services.self_test import CheckFailed

DESKTOP_PLATFORMS = {"win32": "qwindows", "darwin": "qcocoa"}
"""The platform plugin a desktop start loads, by `sys.platform` (X11's `qxcb` elsewhere)."""


def _quiet_offscreen(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's messages to standard error, less the offscreen platform's note that it cannot
    size windows to their hints (true of every window there, and no fault of the build)."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def main_window_opens(language: str, translate: Translate) -> str:
    """Open the main window offscreen in `language`; what was seen, or `CheckFailed`."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from kontakt.ui.app import Translations, application_icon, make_application
    from kontakt.ui.main_window import MainWindow
    from kontakt.ui.tasks import stop_all

    qInstallMessageHandler(_quiet_offscreen)
    app = make_application()
    translations = Translations(app)
    translations.use(language)
    window = MainWindow(translations)
    window.show()
    app.processEvents()
    workspaces = window.navigation.count()
    shown = window.isVisible() and workspaces > 0
    window.hide()
    window.deleteLater()
    app.processEvents()
    stop_all()
    if not shown:
        raise CheckFailed(translate("SelfTest", "the main window did not open"))
    if application_icon().pixmap(64, 64).isNull():
        raise CheckFailed(translate("SelfTest", "the application icon cannot be drawn"))
    plugin = DESKTOP_PLATFORMS.get(sys.platform, "qxcb")
    folder = QDir(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath) + "/platforms")
    found = folder.entryList([f"*{plugin}.*"], QDir.Filter.Files)
    if not found:
        raise CheckFailed(
            translate("SelfTest", "Qt's platform plugin {plugin} is missing in {folder}").format(
                plugin=plugin, folder=QDir.toNativeSeparators(folder.absolutePath())
            )
        )
    # Loading the plugin's library (without starting it) finds a system library it lacks.
    loader = QPluginLoader(folder.absoluteFilePath(found[0]))
    if not loader.load():
        raise CheckFailed(
            translate(
                "SelfTest", "Qt's platform plugin {plugin} cannot be loaded: {reason}"
            ).format(plugin=plugin, reason=loader.errorString())
        )
    return translate(
        "SelfTest",
        "the main window opens with %n workspace(s); the icon and {plugin} are there",
        "",
        workspaces,
    ).format(plugin=plugin)
