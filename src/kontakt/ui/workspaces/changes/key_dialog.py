"""Your signing key in the window: make it, see its public half (key id, JWK, PEM), export
it for registration with IKTNH, rotate it. The private key stays in the OS keyring; when
there is no secure keyring the dialog says so and how to fix it."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kontakt.core.safe_files import FileWriteError
from kontakt.i18n import gui_translate as _translate
from kontakt.services import signing_keys
from kontakt.services.signing_keys import KeyInfo, KeyStoreError

if TYPE_CHECKING:
    from kontakt.services.database import Database


class KeyDialog(QDialog):
    """The ICT contact's signing key."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.key: KeyInfo | None = None
        self.question: QMessageBox | None = None
        self.setWindowTitle(self.tr("Your signing key"))
        self.resize(680, 460)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.public = QPlainTextEdit()
        self.public.setReadOnly(True)
        self.public.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.create_button: QPushButton = self.buttons.addButton(self.tr("&Make key"), role)
        self.export_button: QPushButton = self.buttons.addButton(self.tr("&Export…"), role)
        self.rotate_button: QPushButton = self.buttons.addButton(self.tr("&Rotate…"), role)
        self.create_button.clicked.connect(self.make_key)
        self.export_button.clicked.connect(self.choose_export)
        self.rotate_button.clicked.connect(self.rotate)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.public, 1)
        layout.addWidget(self.buttons)
        self.reload()

    def _show(self, key: KeyInfo | None, problem: str | None = None) -> None:
        self.key = key
        if problem is not None:
            self.status.setText(html.escape(problem))
        elif key is None:
            self.status.setText(
                html.escape(
                    self.tr(
                        "You have no signing key yet. Make one, then export its public key "
                        "and register it with IKTNH before you approve change requests."
                    )
                )
            )
        else:
            self.status.setText(
                html.escape(
                    self.tr(
                        "Key id: {key_id}. The private key is in your system's keyring; "
                        "register the public key below with IKTNH."
                    ).format(key_id=key.key_id)
                )
            )
        self.public.setPlainText(
            "" if key is None else json.dumps(key.jwk, indent=2) + "\n\n" + key.pem
        )
        self.create_button.setEnabled(key is None and problem is None)
        self.export_button.setEnabled(key is not None)
        self.rotate_button.setEnabled(key is not None)

    def reload(self) -> None:
        """Read the key from the keyring again."""
        try:
            self._show(signing_keys.current_key(self.db))
        except KeyStoreError as exc:
            self._show(None, exc.text(_translate))

    def make_key(self) -> None:
        try:
            self._show(signing_keys.create_key(self.db))
        except KeyStoreError as exc:
            self._show(None, exc.text(_translate))

    def rotate(self) -> None:
        """Ask first (window-modal, no nested loop); rotate when the answer is yes."""
        self.question = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Rotate your key"),
            self.tr(
                "Make a new key in place of this one? What the old key signed stays "
                "verifiable, but IKTNH accepts new approvals only once you have registered "
                "the new public key."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        self.question.setDefaultButton(QMessageBox.StandardButton.No)
        yes = self.question.button(QMessageBox.StandardButton.Yes)
        self.question.buttonClicked.connect(
            lambda button: self._rotate() if button is yes else None
        )
        self.question.open()

    def _rotate(self) -> None:
        try:
            _old, new = signing_keys.rotate_key(self.db)
        except KeyStoreError as exc:
            self._show(self.key, exc.text(_translate))
            return
        self._show(new)

    def choose_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export your public key"),
            str(Path.home() / "ikt-kontakt.jwk"),
            self.tr("JSON Web Key (*.jwk *.json)"),
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, jwk_path: Path) -> None:
        """Write the public key as a JWK to `jwk_path` and as PEM beside it (.pem)."""
        pem_path = jwk_path.with_suffix(".pem")
        try:
            info = signing_keys.export_key(self.db, jwk_path, pem_path)
        except KeyStoreError as exc:
            self._show(self.key, exc.text(_translate))
            return
        except FileWriteError as exc:
            self._show(self.key, exc.message(_translate))
            return
        self._show(info)
        self.status.setText(
            html.escape(
                self.tr("Wrote {jwk} and {pem}. Send them to IKTNH to register your key.").format(
                    jwk=jwk_path, pem=pem_path
                )
            )
        )
