"""The Qt front end: main window, dialogs, one package per workspace. Qt lives only here."""

from kontakt.ui.none_guard import guard_none

guard_none()  # before any PySide6 call: see kontakt.ui.none_guard
