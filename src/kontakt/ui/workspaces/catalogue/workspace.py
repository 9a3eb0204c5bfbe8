"""The Telefonmodellar workspace: the stored phone models as a grid of cards with pictures
or a sortable list (one filtered proxy and one selection behind both), with search as you
type and filters, a detail pane, comparison of two to four models, ordering a phone, and
the list of phone orders with their status.

The catalogue is read from the database (kept from the last sync, or the demo's), so it
works offline; the time of the last sync is shown above the list.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QItemSelection, QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kontakt.core.catalogue.document import amount_text
from kontakt.core.ringpattern.messages import moment_text
from kontakt.i18n import gui_translate, user_settings
from kontakt.services import catalogue, phone_orders
from kontakt.services.catalogue import Filters, StoredModel
from kontakt.ui.tasks import CancelledFn, ProgressFn, TaskRunner
from kontakt.ui.workspaces.base import Workspace
from kontakt.ui.workspaces.catalogue.cards import CardDelegate, CardGrid, picture_image
from kontakt.ui.workspaces.catalogue.dialogs import (
    CompareDialog,
    OrderDialog,
    example_prices_text,
)
from kontakt.ui.workspaces.catalogue.models import (
    COLUMNS,
    LINES_ROLE,
    MODEL_ROLE,
    PICTURE_ROLE,
    SOON_ROLE,
    OrdersModel,
    PhoneFilterProxy,
    PhoneTableModel,
    price_limit,
)
from kontakt.ui.workspaces.registry import workspace_title

if TYPE_CHECKING:
    from kontakt.services.database import Database

DETAIL_PICTURE = QUrl("kontakt-picture:detail")
DETAIL_PICTURE_HEIGHT = 220
VIEW_KEY = "catalogue/view"
"""Which view the user chose last ("grid" or "list", QSettings): the page opens with it."""


class CatalogueWorkspace(Workspace):
    key = "catalogue"

    def __init__(self, db: Database, today: date | None = None) -> None:
        super().__init__()
        self.db = db
        self.today = today or date.today()
        self.source = PhoneTableModel(self, self.today)
        self.proxy = PhoneFilterProxy(self)
        self.proxy.setSourceModel(self.source)

        self.synced = QLabel(self)
        self.examples = QLabel(self)
        self.examples.setWordWrap(True)
        self.examples.setStyleSheet("font-weight: bold; color: #9C5700;")
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.returnPressed.connect(self._to_results)
        self.manufacturer = QComboBox(self)
        self.os = QComboBox(self)
        self.min_price = QSpinBox(self)
        self.max_price = QSpinBox(self)
        for spin in (self.min_price, self.max_price):
            spin.setRange(0, 100_000)
            spin.setSingleStep(500)
            spin.valueChanged.connect(self._filter)
        self.five_g = QCheckBox(self)
        self.esim = QCheckBox(self)
        self.use_updates = QCheckBox(self)
        self.updates_until = QDateEdit(self)
        self.updates_until.setDisplayFormat("dd.MM.yyyy")
        self.updates_until.setCalendarPopup(True)
        self.updates_until.setDate(QDate(self.today.year + 3, self.today.month, 1))
        self.updates_until.setEnabled(False)
        self.use_updates.toggled.connect(self.updates_until.setEnabled)
        for box in (self.manufacturer, self.os):
            box.currentIndexChanged.connect(self._filter)
        self.updates_until.dateChanged.connect(self._filter)
        for check in (self.five_g, self.esim, self.use_updates):
            check.toggled.connect(self._filter)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.grid = CardGrid(self)
        self.grid.setModel(self.proxy)
        self.grid.setModelColumn(COLUMNS.index("model"))
        self.grid.setItemDelegate(
            CardDelegate(MODEL_ROLE, PICTURE_ROLE, LINES_ROLE, SOON_ROLE, self.grid)
        )
        # One selection for both views: what is chosen in one is chosen in the other.
        self.grid.setSelectionModel(self.table.selectionModel())
        self.views = QStackedWidget(self)
        self.views.addWidget(self.grid)
        self.views.addWidget(self.table)
        self.grid_button = QPushButton(self)
        self.list_button = QPushButton(self)
        view_choice = QButtonGroup(self)
        for button in (self.grid_button, self.list_button):
            button.setCheckable(True)
            view_choice.addButton(button)
        as_list = user_settings().value(VIEW_KEY) == "list"
        (self.list_button if as_list else self.grid_button).setChecked(True)
        self.views.setCurrentWidget(self.table if as_list else self.grid)
        self.grid_button.toggled.connect(self._switch_view)
        self.detail = QTextBrowser(self)
        self.compare_button = QPushButton(self)
        self.compare_button.clicked.connect(self.compare)
        self.order_button = QPushButton(self)
        self.order_button.clicked.connect(self.order)
        self.sync_button = QPushButton(self)
        self.sync_button.clicked.connect(self.sync)
        self.runner = TaskRunner(self)

        # Two rows of filters, so that the page fits a 1 280 px screen beside the navigation.
        filters, more_filters = QHBoxLayout(), QHBoxLayout()
        self.labels: dict[str, QLabel] = {}
        labelled: tuple[tuple[str, QWidget], ...] = (
            ("search", self.search),
            ("manufacturer", self.manufacturer),
            ("os", self.os),
            ("min_price", self.min_price),
            ("price", self.max_price),
        )
        for name, widget in labelled:
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels[name] = label
            row = filters if name in ("search", "manufacturer", "os") else more_filters
            row.addWidget(label)
            row.addWidget(widget, 2 if name == "search" else 0)
        for other in (self.five_g, self.esim, self.use_updates, self.updates_until):
            more_filters.addWidget(other)
        more_filters.addStretch(1)
        more_filters.addWidget(self.grid_button)
        more_filters.addWidget(self.list_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.synced, 1)
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.order_button)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.views)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        browse = QWidget(self)
        browse_layout = QVBoxLayout(browse)
        browse_layout.addLayout(filters)
        browse_layout.addLayout(more_filters)
        browse_layout.addWidget(self.examples)
        browse_layout.addWidget(split, 1)
        browse_layout.addLayout(buttons)
        self.orders_model = OrdersModel((), self)
        self.orders = QTableView(self)
        self.orders.setModel(self.orders_model)
        self.orders.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.orders.verticalHeader().setVisible(False)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(browse, "")
        self.tabs.addTab(self.orders, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.retranslate()
        self.reload()

    def title(self) -> str:
        return workspace_title(self.key)

    def retranslate(self) -> None:
        self.labels["search"].setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Model, manufacturer or note"))
        self.labels["manufacturer"].setText(self.tr("&Manufacturer:"))
        self.labels["os"].setText(self.tr("&Operating system:"))
        self.labels["min_price"].setText(self.tr("&Price from:"))
        self.labels["price"].setText(self.tr("to:"))
        for spin in (self.min_price, self.max_price):
            spin.setSpecialValueText(self.tr("any"))
            spin.setSuffix(self.tr(" kr"))
        self.max_price.setAccessibleName(self.tr("Price at most"))
        self.five_g.setText(self.tr("&5G"))
        self.esim.setText(self.tr("eS&IM"))
        self.use_updates.setText(self.tr("Security &updates until at least"))
        self.updates_until.setAccessibleName(self.tr("Security updates until at least"))
        self.table.setAccessibleName(self.tr("Phone models"))
        self.examples.setText(example_prices_text())
        self.grid.setAccessibleName(self.tr("Phone models as cards"))
        self.grid_button.setText(self.tr("&Grid"))
        self.grid_button.setToolTip(self.tr("Show the models as cards with pictures."))
        self.list_button.setText(self.tr("&List"))
        self.list_button.setToolTip(self.tr("Show the models as a sortable list."))
        self.detail.setAccessibleName(self.tr("About the model"))
        self.compare_button.setText(self.tr("&Compare …"))
        self.compare_button.setToolTip(self.tr("Select two to four models to compare them."))
        self.order_button.setText(self.tr("O&rder …"))
        self.order_button.setToolTip(self.tr("Order the selected model for an employee."))
        self.sync_button.setText(self.tr("Fe&tch from IKTNH"))
        self.tabs.setTabText(0, self.tr("Models"))
        self.tabs.setTabText(1, self.tr("Orders"))
        self.orders.setAccessibleName(self.tr("Phone orders"))
        self.source.retranslate()
        self.orders_model.retranslate()
        self._fill_choices()
        self._show_synced()
        self._selected()

    def activated(self) -> None:
        self.reload()

    # -- the list ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the models from the database again (after a sync or an import)."""
        examples = catalogue.prices_are_examples(self.db)
        self.source.set_models(catalogue.models(self.db), examples)
        self.examples.setVisible(examples)
        self._show_orders()
        self._fill_choices()
        self._show_synced()
        self._selected()

    def _fill_choices(self) -> None:
        models = [self.source.index(r, 0).data(MODEL_ROLE) for r in range(self.source.rowCount())]
        for box, values in (
            (self.manufacturer, sorted({m.manufacturer for m in models})),
            (self.os, sorted({m.os for m in models if m.os})),
        ):
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("All"), None)
            for value in values:
                box.addItem(value, value)
            box.setCurrentIndex(max(box.findData(chosen), 0))
            box.blockSignals(False)
        self._filter()

    def _show_orders(self) -> None:
        self.orders_model.replace_rows(phone_orders.orders(self.db))
        self.orders.resizeColumnsToContents()

    def _show_synced(self) -> None:
        when = catalogue.synced_at(self.db)
        if when is None:
            self.synced.setText(self.tr("Not yet synced from IKTNH: the demo's models."))
        else:
            self.synced.setText(
                self.tr("Last synced from IKTNH {when}.").format(
                    when=moment_text(when.astimezone(), gui_translate)
                )
            )

    def _filter(self) -> None:
        until = self.updates_until.date()
        self.proxy.set_filters(
            Filters(
                os=self.os.currentData(),
                manufacturer=self.manufacturer.currentData(),
                five_g=self.five_g.isChecked(),
                esim=self.esim.isChecked(),
                updates_until=(
                    date(until.year(), until.month(), until.day())
                    if self.use_updates.isChecked()
                    else None
                ),
                max_price=price_limit(self.max_price.value()),
                min_price=price_limit(self.min_price.value()),
            )
        )

    def _to_results(self) -> None:
        """Enter in the search goes to the models found, the first one chosen if none is."""
        grid = self.grid_button.isChecked()
        view = self.grid if grid else self.table
        if not self.selected_models() and self.proxy.rowCount():
            column = self.grid.modelColumn() if grid else 0
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(0, column),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        view.setFocus()

    def _switch_view(self, grid: bool) -> None:
        shown = self.grid if grid else self.table
        # The current item moves along, in the column the view shows, so the arrow keys
        # carry on from the model the user was at.
        current = self.table.selectionModel().currentIndex()
        if current.isValid():
            column = self.grid.modelColumn() if grid else 0
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(current.row(), column), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self.views.setCurrentWidget(shown)
        settings = user_settings()
        settings.setValue(VIEW_KEY, "grid" if grid else "list")
        settings.sync()

    def selected_models(self) -> list[StoredModel]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedIndexes()})
        return [self.proxy.index(row, 0).data(MODEL_ROLE) for row in rows]

    def _selected(self, *_changed: QItemSelection) -> None:
        chosen = self.selected_models()
        self.compare_button.setEnabled(2 <= len(chosen) <= 4)
        self.order_button.setEnabled(len(chosen) == 1)
        self.detail.setHtml(self._detail_html(chosen[0]) if len(chosen) == 1 else "")
        if not chosen:
            self.detail.setPlaceholderText(self.tr("Select a model to see all about it."))

    def _detail_html(self, model: StoredModel) -> str:
        from html import escape

        from kontakt.reports.phone_comparison import comparison_rows

        rows = comparison_rows([model.phone_model()], gui_translate)
        lines = "".join(
            f"<tr><th align='left'>{escape(label)}</th><td>{escape(values[0])}</td></tr>"
            for label, values, _ in rows
        )
        warning = ""
        if model.updates_end_within_a_year(self.today):
            warning = "<p><b>{}</b></p>".format(
                escape(self.tr("Security updates for this model end within a year."))
            )
        price = ""
        if model.price_nok is not None:
            price = "<p>{}</p>".format(
                escape(self.tr("{price} ex. VAT.").format(price=amount_text(model.price_nok)))
            )
            if self.source.prices_are_examples:
                price += f"<p><b>{escape(example_prices_text())}</b></p>"
        heading = escape(f"{model.manufacturer} {model.model}")
        picture = ""
        image = picture_image(model.picture(), DETAIL_PICTURE_HEIGHT)
        if image is not None:
            # Before setHtml, which keeps a document's resources: the <img> finds it there.
            self.detail.document().addResource(
                QTextDocument.ResourceType.ImageResource, DETAIL_PICTURE, image
            )
            picture = "<p><img src='{}' alt='{}'></p>".format(
                DETAIL_PICTURE.toString(),
                escape(self.tr("Picture of {model}").format(model=heading)),
            )
        return f"<h2>{heading}</h2>{picture}{warning}{price}<table>{lines}</table>"

    # -- actions ----------------------------------------------------------------------------
    def sync(self) -> None:
        """Fetch the catalogue off the GUI thread (a 304 changes nothing)."""
        db = self.db

        def work(progress: ProgressFn, cancelled: CancelledFn) -> catalogue.SyncResult:
            return catalogue.sync_with_settings(db)

        self.sync_button.setEnabled(False)
        self.synced.setText(self.tr("Fetching the phone models from IKTNH …"))
        self.runner.run(work, self._synced, self._sync_failed, on_done=self._sync_done)

    def _sync_done(self) -> None:
        self.sync_button.setEnabled(True)
        self._show_synced()

    def _synced(self, result: catalogue.SyncResult) -> None:
        if result.not_modified:
            text = self.tr("The phone models have not changed since the last sync.")
        else:
            self.reload()
            text = self.tr("%n model(s) added, ", "", result.added)
            text += self.tr("%n changed, ", "", result.changed)
            text += self.tr("%n removed.", "", result.removed)
        self.synced.setText(f"{self.synced.text()} {text}")

    def _sync_failed(self, error: Exception) -> None:
        if isinstance(error, catalogue.NoAccess):
            text = self.tr(
                "Kontakt cannot reach IKTNH yet: set the API address in Settings and make "
                "your signing key."
            )
        elif isinstance(error, catalogue.SyncFailed):
            text = self.tr("The phone models could not be fetched: {detail}").format(
                detail=error.detail
            )
        else:
            text = self.tr("Something went wrong while fetching the phone models: {reason}").format(
                reason=error
            )
        QMessageBox.warning(self, workspace_title(self.key), text)

    def shut_down(self) -> None:
        self.runner.shut_down()

    def compare(self) -> None:
        chosen = self.selected_models()
        if not 2 <= len(chosen) <= 4:
            return
        CompareDialog(self.db, chosen, self).exec()

    def order(self) -> None:
        chosen = self.selected_models()
        if len(chosen) != 1:
            return
        dialog = OrderDialog(self.db, chosen[0], self)
        if dialog.exec() and dialog.draft is not None:
            self._show_orders()
            QMessageBox.information(self, self.tr("Order a phone"), self.ordered_text(dialog.draft))

    def ordered_text(self, draft: phone_orders.PhoneOrderDraft) -> str:
        """What the workspace says of an order it has made."""
        text = self.tr(
            "Phone order {number} for {name} is a draft under Change requests: "
            "approve it there to send it to IKTNH."
        ).format(number=draft.id, name=draft.employee_name)
        added = draft.ring_group
        if added is None:
            return text
        names = {"group": added.group.label, "pattern": added.group.pattern_name}
        if added.already:
            more = self.tr("The mobile already rings in {group} in the ring pattern {pattern}.")
        else:
            more = self.tr(
                "The mobile now rings in {group} in the draft of the ring pattern {pattern} "
                "(version {version}): check the draft under Ring patterns and order it."
            )
        return f"{text}\n\n{more.format(version=added.version, **names)}"
