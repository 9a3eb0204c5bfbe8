"""About Kontakt: the version, and the libraries it is built on with their licences."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kontakt import __version__

DEPENDENCIES = (
    "PySide6-Essentials",
    "SQLAlchemy",
    "alembic",
    "requests",
    "keyring",
    "cryptography",
    "openpyxl",
    "python-calamine",
    "phonenumbers",
    "email-validator",
    "holidays",
    "platformdirs",
    "http-message-signatures",
    "rfc8785",
)


def licence_of(distribution: str) -> tuple[str, str]:
    """(version, licence) of an installed distribution, as its metadata states them."""
    try:
        meta = metadata.metadata(distribution).json
    except metadata.PackageNotFoundError:
        return "", ""
    licence = str(meta.get("license_expression") or "")
    if not licence:
        licence = ", ".join(
            c.split(" :: ")[-1] for c in meta.get("classifier") or [] if c.startswith("License ::")
        )
    if not licence:
        lines = str(meta.get("license") or "").strip().splitlines()
        licence = lines[0][:60] if lines else ""
    return str(meta.get("version") or ""), licence


class AboutDialog(QDialog):
    """Version and the licences of the dependencies Kontakt ships with."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Kontakt"))
        self.resize(560, 460)
        heading = QLabel(
            self.tr(
                "<h2>Kontakt {version}</h2><p>For the ICT contacts of the municipalities served "
                "by IKT Nordhordland: ring patterns, contact checks, phone models, test checklists "
                "and change requests.</p>"
            ).format(version=__version__)
        )
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableWidget(len(DEPENDENCIES), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Library"), self.tr("Version"), self.tr("Licence")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, name in enumerate(DEPENDENCIES):
            version, licence = licence_of(name)
            for column, text in enumerate((name, version, licence)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(QLabel(self.tr("Kontakt is built on these libraries:")))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
