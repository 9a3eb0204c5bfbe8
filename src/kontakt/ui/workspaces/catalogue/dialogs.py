"""Comparing two to four models side by side, and ordering a phone for an employee."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, QStringListModel, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kontakt.core.catalogue.document import amount_text
from kontakt.core.safe_files import FileWriteError
from kontakt.i18n import gui_translate
from kontakt.reports.phone_comparison import DIFFERS_COLOURS, comparison_rows
from kontakt.services import catalogue, phone_orders
from kontakt.services.catalogue import StoredModel
from kontakt.services.municipality import NoMunicipality

if TYPE_CHECKING:
    from kontakt.services.database import Database


def example_prices_text() -> str:
    """What the list, the detail pane and the dialogs say when the prices are examples."""
    return QCoreApplication.translate(
        "PhoneModels",
        "The prices are examples, not IKTNH's agreement prices: IKTNH confirms the price "
        "with each order.",
    )


class CompareDialog(QDialog):
    """The models side by side, a row per fact, the rows where they differ coloured."""

    def __init__(self, db: Database, models: list[StoredModel], parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.models = models
        self.save_path: Callable[[], str] = self._ask_path
        """Asks where to save the workbook (tests answer without a dialog)."""
        self.setWindowTitle(self.tr("Compare phone models"))
        rows = comparison_rows([m.phone_model() for m in models], gui_translate)
        self.table = QTableWidget(len(rows), len(models), self)
        self.table.setHorizontalHeaderLabels([m.model for m in models])
        self.table.setVerticalHeaderLabels([label for label, _, _ in rows])
        self.table.setAccessibleName(self.tr("Comparison"))
        fill, text = (QColor(f"#{c}") for c in DIFFERS_COLOURS)
        self.differing: list[str] = []
        for row, (label, values, differs) in enumerate(rows):
            if differs:
                self.differing.append(label)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if differs:
                    item.setBackground(QBrush(fill))
                    item.setForeground(QBrush(text))
                    item.setToolTip(self.tr("The models differ here."))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.export_button = QPushButton(self.tr("&Export to Excel …"), self)
        self.export_button.clicked.connect(self.export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Coloured rows are where the models differ."), self))
        self.examples = QLabel(example_prices_text(), self)
        self.examples.setWordWrap(True)
        self.examples.setVisible(catalogue.prices_are_examples(db))
        layout.addWidget(self.examples)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 520)

    def _ask_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the comparison"), "", self.tr("Excel workbook (*.xlsx)")
        )
        return path

    def export(self) -> None:
        """Write the comparison workbook where the user chooses."""
        chosen = self.save_path()
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        try:
            catalogue.export_comparison(
                self.db, [f"{m.manufacturer} {m.model}" for m in self.models], path, gui_translate
            )
        except (FileWriteError, OSError) as exc:
            QMessageBox.warning(
                self,
                self.tr("Compare phone models"),
                self.tr("{path}: the workbook could not be written: {reason}").format(
                    path=path, reason=exc
                ),
            )


class OrderDialog(QDialog):
    """Order `model` for an employee: colour, the employee (searchable, their numbers
    shown), municipal e-mail (with the licence cost said plainly) and setup help."""

    def __init__(self, db: Database, model: StoredModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.model = model
        self.draft: phone_orders.PhoneOrderDraft | None = None
        self.setWindowTitle(self.tr("Order a phone"))
        self.employees = phone_orders.employees(db)
        self.colour = QComboBox(self)
        self.colour.addItems(model.colours)
        self.colour.setAccessibleName(self.tr("Colour"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name, employee number or department"))
        self.search.setAccessibleName(self.tr("Search for the employee"))
        self.people = QStringListModel(
            [f"{e.name} ({e.employee_id}, {e.department})" for e in self.employees], self
        )
        self.filtered = QSortFilterProxyModel(self)
        self.filtered.setSourceModel(self.people)
        self.filtered.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self.filtered.setFilterFixedString)
        self.list = QListView(self)
        self.list.setModel(self.filtered)
        self.list.setAccessibleName(self.tr("Employees"))
        self.list.selectionModel().currentChanged.connect(self._chosen)
        self.numbers = QLabel(self)
        self.numbers.setWordWrap(True)
        licence = catalogue.email_licence_monthly_nok(db)
        self.email = QCheckBox(self.tr("&Municipal e-mail on the phone"), self)
        self.licence = QLabel(self)
        self.licence.setWordWrap(True)
        if licence is not None:
            self.licence.setText(
                self.tr(
                    "E-mail on the phone needs a licence: the municipality pays {amount} a "
                    "month for it."
                ).format(amount=amount_text(licence))
            )
        else:
            self.licence.setText(
                self.tr(
                    "E-mail on the phone needs a licence that the municipality pays for; "
                    "the catalogue does not state the amount."
                )
            )
        self.setup = QCheckBox(self.tr("&Setup help from IKTNH"), self)
        self.group = QComboBox(self)
        self.group.setAccessibleName(self.tr("Ring-pattern group for the mobile"))
        self.group.addItem(self.tr("None"), None)
        for choice in phone_orders.ring_groups(db):
            self.group.addItem(f"{choice.pattern_name}: {choice.label}", choice)
        self.group_note = QLabel(self)
        self.group_note.setWordWrap(True)
        self.group.currentIndexChanged.connect(self._chosen)
        self.buttons = QDialogButtonBox(self)
        self.order_button = self.buttons.addButton(
            self.tr("&Order"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.order_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.order)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Model:"), QLabel(f"{model.manufacturer} {model.model}", self))
        if model.price_nok is not None:
            self.price = QLabel(
                self.tr("{price} ex. VAT").format(price=amount_text(model.price_nok)), self
            )
            form.addRow(self.tr("Price:"), self.price)
        colour_label = QLabel(self.tr("&Colour:"), self)
        colour_label.setBuddy(self.colour)
        form.addRow(colour_label, self.colour)
        search_label = QLabel(self.tr("&Employee:"), self)
        search_label.setBuddy(self.search)
        form.addRow(search_label, self.search)
        self.examples = QLabel(example_prices_text(), self)
        self.examples.setWordWrap(True)
        self.examples.setVisible(catalogue.prices_are_examples(db))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.examples)
        layout.addWidget(self.list)
        layout.addWidget(self.numbers)
        layout.addWidget(self.email)
        layout.addWidget(self.licence)
        layout.addWidget(self.setup)
        group_row = QFormLayout()
        group_label = QLabel(self.tr("Add the mobile to a ring-pattern &group:"), self)
        group_label.setBuddy(self.group)
        group_row.addRow(group_label, self.group)
        layout.addLayout(group_row)
        layout.addWidget(self.group_note)
        layout.addWidget(self.buttons)
        self.search.returnPressed.connect(self._first)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter orders only on the Order button itself: in the search it picks the first
        # employee found (returnPressed), and it must not close the dialog there.
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not isinstance(self.focusWidget(), QPushButton):
            return
        super().keyPressEvent(event)

    def _first(self) -> None:
        if self.filtered.rowCount() and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.filtered.index(0, 0))
        self.list.setFocus()

    def chosen_employee(self) -> phone_orders.Employee | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        return self.employees[self.filtered.mapToSource(index).row()]

    def chosen_group(self) -> phone_orders.RingGroup | None:
        group = self.group.currentData()
        return group if isinstance(group, phone_orders.RingGroup) else None

    def _chosen(self) -> None:
        person = self.chosen_employee()
        group = self.chosen_group()
        # The mobile that rings in the group is the employee's mobile number.
        no_mobile = person is not None and group is not None and not person.mobile
        self.order_button.setEnabled(person is not None and not no_mobile)
        if no_mobile:
            self.group_note.setText(
                self.tr(
                    "This employee has no mobile number yet, so it cannot be added to a "
                    "group: order without a group, and add the number in the ring pattern "
                    "when it is known."
                )
            )
        elif group is not None:
            self.group_note.setText(
                self.tr(
                    "The order also adds the mobile to {group} in the draft of the ring "
                    "pattern {pattern}."
                ).format(group=group.label, pattern=group.pattern_name)
            )
        else:
            self.group_note.clear()
        if person is None:
            self.numbers.clear()
        elif person.numbers:
            self.numbers.setText(
                self.tr("Current numbers: {numbers}").format(numbers=person.numbers)
            )
        else:
            self.numbers.setText(self.tr("No numbers stored for this employee."))

    def order(self) -> None:
        """Make the `phone-order` draft and close."""
        person = self.chosen_employee()
        if person is None:
            return
        try:
            self.draft = phone_orders.order_phone(
                self.db,
                person.employee_id,
                f"{self.model.manufacturer} {self.model.model}",
                self.colour.currentText() or None,
                email=self.email.isChecked(),
                setup=self.setup.isChecked(),
                group=self.chosen_group(),
            )
        except phone_orders.OrderError as error:
            # The dialog offers only what is stored: a sync, an import or an edit made
            # meanwhile has taken it away.
            QMessageBox.warning(
                self,
                self.tr("Order a phone"),
                self.tr(
                    "The order could not be made: {value} is no longer there (the data "
                    "changed while the dialog was open). Close it and try again."
                ).format(value=error.value),
            )
            return
        except NoMunicipality:
            QMessageBox.warning(
                self,
                self.tr("Order a phone"),
                self.tr("The order could not be made: choose the municipality in Settings."),
            )
            return
        self.accept()
