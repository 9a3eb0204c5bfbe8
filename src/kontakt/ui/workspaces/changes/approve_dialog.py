"""The confirmation before a change request is signed: exactly the bytes the signature
covers, who signs and with which key. Nothing is signed unless the contact confirms."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kontakt.services.changes_approval import ToSign


class ApproveDialog(QDialog):
    """ "Approve and sign" for one draft: the canonical JSON that is signed, whole."""

    def __init__(self, to_sign: ToSign, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.to_sign = to_sign
        self.setWindowTitle(
            self.tr("Approve and sign change request {number}").format(number=to_sign.number)
        )
        self.resize(760, 560)
        intro = QLabel(
            html.escape(
                self.tr(
                    "You sign exactly the text below with your key. IKTNH can prove later "
                    "that you approved it, and nothing in it can change after approval: to "
                    "change it, make a new request."
                )
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        signer = to_sign.signer
        for label, value in (
            (self.tr("Signed by:"), signer.name),
            (self.tr("E-mail:"), signer.email),
            (self.tr("Phone:"), signer.phone),
            (self.tr("Key id:"), to_sign.key_id),
        ):
            text = QLabel(value)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, text)
        self.signed = QPlainTextEdit(to_sign.text)
        self.signed.setReadOnly(True)
        self.signed.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # canonical JSON has hardly a space to break at
        self.signed.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.signed.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.approve_button: QPushButton = self.buttons.addButton(
            self.tr("&Approve and sign"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("What is signed (canonical JSON, RFC 8785):")))
        layout.addWidget(self.signed, 1)
        layout.addWidget(self.buttons)
