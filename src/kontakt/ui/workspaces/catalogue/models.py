"""The phone models as a Qt table, and the proxy that searches, filters and sorts them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QImage

from kontakt.core.catalogue.document import amount_text
from kontakt.core.changes.words import state_name
from kontakt.core.texts import QT_TRANSLATE_NOOP
from kontakt.i18n import gui_translate
from kontakt.services.catalogue import Filters, StoredModel
from kontakt.services.phone_orders import OrderLine
from kontakt.ui.widgets.rows_model import RowsModel
from kontakt.ui.workspaces.catalogue.cards import PICTURE_HEIGHT, card_lines, picture_image

Index = QModelIndex | QPersistentModelIndex

MODEL_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's `StoredModel`."""
PICTURE_ROLE = Qt.ItemDataRole.UserRole + 2
"""The model's picture as a card shows it (a `QImage`), or None."""
SOON_ROLE = Qt.ItemDataRole.UserRole + 3
"""Whether the model's security updates end within a year."""
LINES_ROLE = Qt.ItemDataRole.UserRole + 4
"""What the model's card says under its name (`card_lines`)."""

COLUMNS = ("manufacturer", "model", "os", "price", "updates", "five_g", "esim")
HEADERS = {
    "manufacturer": QT_TRANSLATE_NOOP("PhoneModels", "Manufacturer"),
    "model": QT_TRANSLATE_NOOP("PhoneModels", "Model"),
    "os": QT_TRANSLATE_NOOP("PhoneModels", "Operating system"),
    "price": QT_TRANSLATE_NOOP("PhoneModels", "Price (ex. VAT)"),
    "updates": QT_TRANSLATE_NOOP("PhoneModels", "Security updates until"),
    "five_g": QT_TRANSLATE_NOOP("PhoneModels", "5G"),
    "esim": QT_TRANSLATE_NOOP("PhoneModels", "eSIM"),
}
_SOON = QColor("#9C5700")


class PhoneTableModel(RowsModel[StoredModel]):
    """One row per stored model; `today` decides which are marked as ending updates soon."""

    def __init__(self, parent: QObject | None = None, today: date | None = None) -> None:
        super().__init__((), parent)
        self._pictures: dict[tuple[str, str], QImage | None] = {}
        self.today = today or date.today()
        self.prices_are_examples = False

    def set_models(self, models: list[StoredModel], prices_are_examples: bool = False) -> None:
        self.prices_are_examples = prices_are_examples
        # Drawn once here, not on every paint of a card.
        self._pictures = {m.key: picture_image(m.picture(), PICTURE_HEIGHT) for m in models}
        self.replace_rows(models)

    def headers(self) -> tuple[str, ...]:
        return tuple(QCoreApplication.translate("PhoneModels", HEADERS[c]) for c in COLUMNS)

    def cell(self, model: StoredModel, at: int, role: int) -> object:
        column = COLUMNS[at]
        if role == MODEL_ROLE:
            return model
        if role == PICTURE_ROLE:
            return self._pictures.get(model.key)
        if role == SOON_ROLE:
            return model.updates_end_within_a_year(self.today)
        if role == LINES_ROLE:
            return card_lines(
                model, model.updates_end_within_a_year(self.today), self.prices_are_examples
            )
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(model, column)
        if role == Qt.ItemDataRole.EditRole:  # what the proxy sorts by
            return self._sort_key(model, column)
        soon = model.updates_end_within_a_year(self.today)
        if role == Qt.ItemDataRole.ForegroundRole and column == "updates" and soon:
            return QBrush(_SOON)
        if role == Qt.ItemDataRole.ToolTipRole and column == "price" and self.prices_are_examples:
            return QCoreApplication.translate(
                "PhoneModels", "The prices are examples, not IKTNH's agreement prices."
            )
        if role == Qt.ItemDataRole.ToolTipRole and soon:
            return QCoreApplication.translate("PhoneModels", "Security updates end within a year.")
        if role == Qt.ItemDataRole.AccessibleTextRole and column == "model":
            # The grid shows this column as the card: its name announces the whole card.
            return ", ".join(
                [
                    f"{model.manufacturer} {model.model}",
                    *card_lines(model, soon, self.prices_are_examples),
                ]
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(model, column) or QCoreApplication.translate(
                "PhoneModels", "not stated"
            )
        return None

    def _text(self, model: StoredModel, column: str) -> str:
        if column == "manufacturer":
            return model.manufacturer
        if column == "model":
            return model.model
        if column == "os":
            return model.os
        if column == "price":
            if model.price_nok is None:
                return ""
            if self.prices_are_examples:
                return QCoreApplication.translate("PhoneModels", "{price} (example)").format(
                    price=amount_text(model.price_nok)
                )
            return amount_text(model.price_nok)
        if column == "updates":
            end = model.security_updates_until
            if end is None:
                return QCoreApplication.translate("PhoneModels", "not published")
            text = f"{end:%d.%m.%Y}"
            if model.updates_end_within_a_year(self.today):
                return QCoreApplication.translate("PhoneModels", "{date} (within a year)").format(
                    date=text
                )
            return text
        return (
            QCoreApplication.translate("PhoneModels", "Yes")
            if model.flag(column)
            else QCoreApplication.translate("PhoneModels", "No")
        )

    def _sort_key(self, model: StoredModel, column: str) -> object:
        if column == "price":
            return float(model.price_nok) if model.price_nok is not None else float("inf")
        if column == "updates":
            end = model.security_updates_until
            return end.isoformat() if end else "9999"
        if column in ("five_g", "esim"):
            return int(model.flag(column))
        return self._text(model, column).casefold()


class PhoneFilterProxy(QSortFilterProxyModel):
    """Search as you type (manufacturer, model, OS, notes) and the filters, with "and"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = ""
        self._filters = Filters()
        self.setSortRole(Qt.ItemDataRole.EditRole)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._search = " ".join(text.split()).casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_filters(self, filters: Filters) -> None:
        self.beginFilterChange()
        self._filters = filters
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        source = self.sourceModel()
        model = source.data(source.index(source_row, 0, source_parent), MODEL_ROLE)
        if not isinstance(model, StoredModel) or not model.matches(self._filters):
            return False
        if not self._search:
            return True
        haystack = " ".join(
            [model.manufacturer, model.model, model.os, str(model.details.get("notes") or "")]
        ).casefold()
        return all(word in haystack for word in self._search.split())


def price_limit(value: int) -> Decimal | None:
    """A spin box's price limit: 0 means none."""
    return Decimal(value) if value > 0 else None


ORDER_HEADERS = (
    QT_TRANSLATE_NOOP("PhoneOrders", "Number"),
    QT_TRANSLATE_NOOP("PhoneOrders", "Employee"),
    QT_TRANSLATE_NOOP("PhoneOrders", "Model"),
    QT_TRANSLATE_NOOP("PhoneOrders", "Status"),
    QT_TRANSLATE_NOOP("PhoneOrders", "Made"),
)


class OrdersModel(RowsModel[OrderLine]):
    """The municipality's phone orders, the newest first, with their status."""

    def headers(self) -> tuple[str, ...]:
        return tuple(QCoreApplication.translate("PhoneOrders", h) for h in ORDER_HEADERS)

    def cell(self, line: OrderLine, column: int, role: int) -> object:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if column == 0:
            return str(line.number)
        if column == 1:
            return line.employee_name
        if column == 2:
            return f"{line.model} ({line.colour})" if line.colour else line.model
        if column == 3:
            return state_name(line.state, gui_translate)
        try:
            return f"{datetime.fromisoformat(line.created_at).astimezone():%d.%m.%Y}"
        except ValueError:
            return ""
