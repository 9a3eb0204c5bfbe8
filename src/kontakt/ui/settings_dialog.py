"""Settings: the municipality, its ICT contact, e-mail domains, IKTNH's API, the language,
and the team database (a server's URL, kept without its password: that goes to the
keyring)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kontakt.core.texts import render
from kontakt.i18n import gui_translate, user_settings
from kontakt.services import database, municipality
from kontakt.services.municipality import PROBLEMS, MunicipalitySettings

if TYPE_CHECKING:
    from kontakt.services.database import Database

LANGUAGE_NAMES = (("nn", "Nynorsk"), ("nb", "Bokmål"), ("en", "English"))


class SettingsDialog(QDialog):
    """Edits the municipality's settings; saving is one transaction, problems are shown."""

    def __init__(self, db: Database, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.chosen_language = language
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        current = municipality.current(db)

        self.name_edit = QLineEdit()
        self.number_edit = QLineEdit()
        self.number_edit.setInputMask("9999;_")
        self.number_edit.setMaximumWidth(80)
        self.contact_name_edit = QLineEdit()
        self.contact_email_edit = QLineEdit()
        self.contact_phone_edit = QLineEdit()
        self.domains_edit = QLineEdit()
        self.domains_edit.setPlaceholderText(self.tr("e.g. alver.kommune.no, fedje.kommune.no"))
        self.api_edit = QLineEdit()
        self.api_edit.setPlaceholderText("https://api.iktnh.example/v1")
        self.language_box = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex([c for c, _ in LANGUAGE_NAMES].index(language))

        municipality_box = QGroupBox(self.tr("Municipality"))
        form = QFormLayout(municipality_box)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("Municipality n&umber:"), self.number_edit)
        form.addRow(self.tr("E-mail &domains:"), self.domains_edit)
        form.addRow(self.tr("IKTNH &API address:"), self.api_edit)
        contact_box = QGroupBox(self.tr("ICT contact"))
        contact_form = QFormLayout(contact_box)
        contact_form.addRow(self.tr("Na&me:"), self.contact_name_edit)
        contact_form.addRow(self.tr("&E-mail:"), self.contact_email_edit)
        contact_form.addRow(self.tr("&Phone:"), self.contact_phone_edit)
        language_form = QFormLayout()
        language_form.addRow(self.tr("&Language:"), self.language_box)
        self.database_edit = QLineEdit(str(user_settings().value(database.SETTINGS_KEY, "")))
        self.database_edit.setPlaceholderText("postgresql+psycopg://kari@db.iktnh.no/kontakt")
        self.database_edit.setToolTip(
            self.tr(
                "A team database on a PostgreSQL server, used from the next start. Empty: "
                "this computer's own database. A password given here is kept in the "
                "keyring, never in the settings."
            )
        )
        language_form.addRow(self.tr("Team data&base:"), self.database_edit)

        self.demo_box = QGroupBox(self.tr("Demo data"))
        demo_layout = QHBoxLayout(self.demo_box)
        demo_text = QLabel(
            self.tr(
                'Kontakt shows the made-up municipality "Demo kommune". Enter your own '
                "municipality's number and name to replace it, or remove the demo data."
            )
        )
        demo_text.setWordWrap(True)
        self.remove_demo_button = QPushButton(self.tr("&Remove demo data"))
        self.remove_demo_button.clicked.connect(self._remove_demo)
        demo_layout.addWidget(demo_text, 1)
        demo_layout.addWidget(self.remove_demo_button)
        self.demo_box.setVisible(bool(current and current.is_demo))

        self.problems_label = QLabel()
        self.problems_label.setObjectName("problems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #b00020;")
        self.problems_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (self.demo_box, municipality_box, contact_box):
            layout.addWidget(widget)
        layout.addLayout(language_form)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.buttons)
        if current is not None:
            self._fill(current)

    def _fill(self, current: MunicipalitySettings) -> None:
        self.name_edit.setText(current.name)
        self.number_edit.setText(current.number)
        self.contact_name_edit.setText(current.contact_name)
        self.contact_email_edit.setText(current.contact_email)
        self.contact_phone_edit.setText(current.contact_phone)
        self.domains_edit.setText(", ".join(current.email_domains))
        self.api_edit.setText(current.api_base_url)

    def settings(self) -> MunicipalitySettings:
        """What the form says now."""
        return MunicipalitySettings(
            number=self.number_edit.text().strip(),
            name=self.name_edit.text().strip(),
            contact_name=self.contact_name_edit.text().strip(),
            contact_email=self.contact_email_edit.text().strip(),
            contact_phone=self.contact_phone_edit.text().strip(),
            email_domains=municipality.parse_domains(self.domains_edit.text()),
            api_base_url=self.api_edit.text().strip(),
        )

    def accept(self) -> None:
        wanted = self.settings()
        problems = municipality.problems(self.db, wanted)
        if problems:
            self.problems_label.setText(
                "\n".join(
                    render(
                        gui_translate,
                        "SettingsProblems",
                        PROBLEMS[code],
                        {"value": value},
                    )
                    for code, value in problems
                )
            )
            self.problems_label.show()
            return
        current = municipality.current(self.db)
        if (
            current is not None
            and current.is_demo
            and wanted.number != municipality.DEMO_NUMBER
            and not self._confirm(
                self.tr(
                    "Your municipality replaces the demo municipality, and the demo data is "
                    "removed. Continue?"
                )
            )
        ):
            return
        if not self._keep_database():
            return
        municipality.save(self.db, wanted)
        self.chosen_language = str(self.language_box.currentData())
        super().accept()

    def _keep_database(self) -> bool:
        """Keep the team database's URL in the settings, its password in the keyring."""
        from keyring.errors import KeyringError

        url = self.database_edit.text().strip()
        try:
            kept = database.remember(url) if url else ""
        except KeyringError:
            self.problems_label.setText(
                self.tr(
                    "There is no keyring to keep the database password in. Leave it out of "
                    "the address and put it in the file .pgpass in your home folder."
                )
            )
            self.problems_label.show()
            return False
        settings = user_settings()
        if kept:
            settings.setValue(database.SETTINGS_KEY, kept)
        else:
            settings.remove(database.SETTINGS_KEY)
        self.database_edit.setText(kept)
        return True

    def _remove_demo(self) -> None:
        if not self._confirm(
            self.tr("Remove the demo municipality and all its demo data? It is not loaded again.")
        ):
            return
        municipality.remove_demo(self.db)
        self.chosen_language = str(self.language_box.currentData())
        super().accept()

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Settings"), question)
        return answer == QMessageBox.StandardButton.Yes
