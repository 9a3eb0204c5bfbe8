"""Importing the number register and ring patterns from the window.

Reading and storing run off the GUI thread (`ui.tasks`); the register's columns are
confirmed in the mapping dialog the contact check uses, with profiles of their own kind.
What was read is shown in a report dialog that does not block the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kontakt.core.contacts.errors import ContactInputError
from kontakt.core.contacts.mapping import DIRECTORY_FIELDS
from kontakt.core.ringpattern.errors import PatternError
from kontakt.core.ringpattern.messages import error_message
from kontakt.i18n import gui_translate as _translate
from kontakt.services import imports, municipality
from kontakt.services.contacts import MappingPreview
from kontakt.ui.tasks import TaskRunner, Work
from kontakt.ui.workspaces.contacts.mapping_dialog import MappingDialog

if TYPE_CHECKING:
    from kontakt.services.database import Database


class ImportReportDialog(QDialog):
    """What an import read (or why it read nothing): a summary, and the rows left out."""

    def __init__(
        self, title: str, lines: Sequence[str], details: Sequence[str], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 420 if details else 220)
        self.summary = QLabel("\n".join(lines))
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit("\n".join(details))
        self.details.setReadOnly(True)
        self.details.setVisible(bool(details))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)


def problem_lines(error: Exception) -> tuple[list[str], list[str]]:
    """An import's failure in words, and the register rows it refused (if that was why)."""
    if isinstance(error, ContactInputError):
        refused = getattr(error, "refused", None) or []
        return [error.message(_translate)], [imports.refusal_text(r, _translate) for r in refused]
    if isinstance(error, PatternError):
        return [error_message(error, _translate)], []
    if isinstance(error, municipality.NoMunicipality):
        return [
            QCoreApplication.translate(
                "Imports",
                "Set up the municipality in Settings first: the number register and the ring "
                "patterns are kept for it.",
            )
        ], []
    return [
        QCoreApplication.translate("Imports", "Something went wrong: {problem}").format(
            problem=str(error) or type(error).__name__
        )
    ], []


class Importer(QObject):
    """Runs one import at a time off the GUI thread and shows its report; `imported` is
    emitted after something was stored."""

    imported = Signal()
    busy = Signal(bool)
    """True while a file is read or stored, False when that has ended."""

    def __init__(self, db: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self.db = db
        self.window = parent
        self.runner = TaskRunner(self)
        self.report: ImportReportDialog | None = None

    def is_running(self) -> bool:
        return self.runner.running

    def _start(self, work: Work, on_success: Callable[[Any], None]) -> None:
        self.busy.emit(True)
        self.runner.run(work, on_success, self._failed, on_done=lambda: self.busy.emit(False))

    def shut_down(self) -> None:
        """Wait for a running import before the window goes (it is one short transaction)."""
        self.runner.wait()

    def _show(self, title: str, lines: Sequence[str], details: Sequence[str] = ()) -> None:
        if self.report is not None:
            self.report.close()
        self.report = ImportReportDialog(title, lines, details, self.window)
        self.report.open()

    def _failed(self, error: Exception) -> None:
        lines, details = problem_lines(error)
        self._show(QCoreApplication.translate("Imports", "Nothing was imported"), lines, details)

    # -- the number register ------------------------------------------------------------------
    def import_register(self, path: Path | None = None) -> None:
        """Ask for the register file (unless given), its sheet and columns, then import it."""
        if self.runner.running:
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window,
                QCoreApplication.translate("Imports", "Import number register"),
                str(Path.home()),
                QCoreApplication.translate(
                    "Imports", "Number registers (*.csv *.txt *.xlsx);;All files (*)"
                ),
            )
            if not name:
                return
            path = Path(name)
        try:
            sheets = imports.register_sheets(path)
        except ContactInputError as error:
            self._failed(error)
            return
        sheet = None
        if len(sheets) > 1:
            chosen, ok = QInputDialog.getItem(
                self.window,
                QCoreApplication.translate("Imports", "Choose sheet"),
                QCoreApplication.translate(
                    "Imports", "{file} has several sheets. Which one holds the number register?"
                ).format(file=path.name),
                sheets,
                0,
                False,
            )
            if not ok:
                return
            sheet = chosen
        chosen_path = path
        self._start(
            lambda progress, cancelled: imports.preview_register(chosen_path, sheet),
            lambda preview: self._confirm_register(chosen_path, sheet, preview),
        )

    def _confirm_register(self, path: Path, sheet: str | None, preview: MappingPreview) -> None:
        dialog = MappingDialog(
            path.name, preview, imports.register_profiles(self.db), self.window, DIRECTORY_FIELDS
        )
        if not dialog.exec():
            return
        profile = dialog.profile_to_save()
        notes: list[str] = []
        if profile is not None:
            try:
                imports.save_register_profile(self.db, profile)
            except municipality.NoMunicipality as error:
                self._failed(error)
                return
            except imports.ProfileNameTaken:
                notes.append(
                    QCoreApplication.translate(
                        "Imports",
                        'The columns were not saved as the profile "{name}": a profile for HRM '
                        "exports has that name.",
                    ).format(name=profile.name)
                )
        mapping = dialog.mapping()
        db = self.db
        self._start(
            lambda progress, cancelled: imports.import_register(
                db, path, sheet=sheet, overrides=mapping
            ),
            lambda result: self._register_imported(result, notes),
        )

    def _register_imported(self, result: imports.RegisterImport, notes: list[str]) -> None:
        lines = imports.register_report(result, _translate)
        # the refused rows (possibly many) go to the scrollable part
        split = len(lines) - len(result.refused)
        self._show(
            QCoreApplication.translate("Imports", "Number register imported"),
            [*lines[:split], *notes],
            lines[split:],
        )
        self.imported.emit()

    # -- ring patterns --------------------------------------------------------------------------
    def import_pattern(self, path: Path | None = None) -> None:
        """Ask for a ring-pattern document (unless given) and import it."""
        if self.runner.running:
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window,
                QCoreApplication.translate("Imports", "Import ring pattern"),
                str(Path.home()),
                QCoreApplication.translate("Imports", "Ring patterns (*.json);;All files (*)"),
            )
            if not name:
                return
            path = Path(name)
        db, chosen = self.db, path
        self._start(
            lambda progress, cancelled: imports.import_pattern(db, chosen), self._pattern_imported
        )

    def _pattern_imported(self, result: imports.PatternImport) -> None:
        lines = imports.pattern_report(result, _translate)
        self._show(QCoreApplication.translate("Imports", "Ring pattern imported"), lines)
        self.imported.emit()
