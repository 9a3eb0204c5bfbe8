"""The Telefonmodellar workspace on the demo database: search as you type, filters and
sort through the proxy, the detail pane, the comparison and its workbook, the order dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from kontakt.services import catalogue
from kontakt.storage.db import Database
from kontakt.storage.models import ChangeRequest
from kontakt.ui.workspaces.catalogue.dialogs import CompareDialog, OrderDialog
from kontakt.ui.workspaces.catalogue.models import COLUMNS, MODEL_ROLE
from kontakt.ui.workspaces.catalogue.workspace import CatalogueWorkspace

TODAY = date(2026, 12, 1)
PATTERN = "Sentralbord og heimeteneste – Demo kommune"


def _workspace(qtbot: QtBot, db: Database) -> CatalogueWorkspace:
    page = CatalogueWorkspace(db, today=TODAY)
    qtbot.addWidget(page)
    return page


def _keys(
    qtbot: QtBot,
    widget: QWidget,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A key pressed as the user presses it: through the window, so shortcuts and
    mnemonics (Alt+letter) work as they do on screen."""
    widget.window().activateWindow()
    window = widget.window().windowHandle()
    assert window is not None
    qtbot.waitUntil(window.isActive)
    qtbot.keyClick(window, key, modifier)


def _shown(page: CatalogueWorkspace, column: str = "model") -> list[str]:
    at = COLUMNS.index(column)
    return [page.proxy.index(row, at).data() for row in range(page.proxy.rowCount())]


def test_search_as_you_type_and_filters_narrow_the_list(qtbot: QtBot, demo_db: Database) -> None:
    page = _workspace(qtbot, demo_db)
    assert len(_shown(page)) == 12
    assert "Not yet synced" in page.synced.text()
    assert not page.examples.isHidden() and "examples" in page.examples.text()

    qtbot.keyClicks(page.search, "gal")
    assert len(_shown(page)) == 5  # every Galaxy, already while typing
    qtbot.keyClicks(page.search, "axy s25")
    assert sorted(_shown(page)) == ["Galaxy S25", "Galaxy S25 Ultra"]

    page.search.clear()
    page.esim.setChecked(True)
    assert "Galaxy XCover6 Pro" not in _shown(page)
    page.os.setCurrentIndex(page.os.findData("iOS"))
    page.max_price.setValue(8000)
    assert sorted(_shown(page)) == ["iPhone 16", "iPhone 16e"]
    page.min_price.setValue(7000)
    assert _shown(page) == ["iPhone 16"]


def test_sorting_by_price_and_ending_updates_are_marked(qtbot: QtBot, demo_db: Database) -> None:
    page = _workspace(qtbot, demo_db)
    page.table.sortByColumn(COLUMNS.index("price"), Qt.SortOrder.AscendingOrder)
    shown = _shown(page)
    assert shown[0] == "Galaxy A36 5G" and shown[-1] == "iPhone 17 Pro"

    row = _shown(page).index("Galaxy XCover6 Pro")
    updates = page.proxy.index(row, COLUMNS.index("updates"))
    assert updates.data() == "31.07.2027 (within a year)"
    assert page.proxy.index(row, COLUMNS.index("price")).data() == "4 990 kr (example)"
    page.table.selectRow(row)
    assert "end within a year" in page.detail.toPlainText()
    assert "The prices are examples" in page.detail.toPlainText()
    assert page.order_button.isEnabled() and not page.compare_button.isEnabled()


def test_compare_marks_differences_and_exports_them(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    page = _workspace(qtbot, demo_db)
    qtbot.keyClicks(page.search, "pixel")
    page.table.selectAll()
    assert page.compare_button.isEnabled()
    dialog = CompareDialog(demo_db, page.selected_models(), page)
    qtbot.addWidget(dialog)
    assert "Price (ex. VAT)" in dialog.differing
    assert "Manufacturer" not in dialog.differing
    assert not dialog.examples.isHidden()

    target = tmp_path / "pixel"
    dialog.save_path = lambda: str(target)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    sheet = load_workbook(tmp_path / "pixel.xlsx").worksheets[0]
    header = next(sheet.iter_rows(values_only=True))
    assert header == ("Fact", "Pixel 10", "Pixel 9a", "Differs")


def test_order_dialog_finds_the_employee_and_says_the_licence_cost(
    qtbot: QtBot, demo_db: Database
) -> None:
    (model,) = [m for m in catalogue.models(demo_db) if m.model == "Galaxy S25"]
    dialog = OrderDialog(demo_db, model)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.order_button.isEnabled()
    assert dialog.examples.isVisible() and dialog.price.text() == "8 490 kr ex. VAT"

    qtbot.keyClicks(dialog.search, "ola vik")
    assert dialog.filtered.rowCount() >= 1
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter in the search neither orders nor closes
    person = dialog.chosen_employee()
    assert person is not None and person.name == "Ola Vik"
    assert dialog.order_button.isEnabled()
    assert "Current numbers" in dialog.numbers.text() or "No numbers" in dialog.numbers.text()

    dialog.colour.setCurrentText("Mynte")
    assert dialog.licence.isVisible()
    assert "the municipality pays 95 kr a month" in dialog.licence.text()
    on_the_box = QPoint(8, dialog.email.height() // 2)  # the row is wider than its text
    qtbot.mouseClick(dialog.email, Qt.MouseButton.LeftButton, pos=on_the_box)
    qtbot.mouseClick(dialog.order_button, Qt.MouseButton.LeftButton)

    assert dialog.draft is not None
    with demo_db.session() as session:
        request = session.get(ChangeRequest, dialog.draft.id)
        assert request is not None
        assert (request.kind, request.state) == ("phone-order", "draft")
        payload = request.change["payload"]
    assert payload["employee_id"] == person.employee_id
    assert (payload["model"], payload["colour"]) == ("Galaxy S25", "Mynte")
    assert payload["email_on_phone"] is True and payload["licence_monthly_nok"] == "95.00"


def test_the_orders_tab_lists_phone_orders_with_their_status(
    qtbot: QtBot, demo_db: Database
) -> None:
    from kontakt.services import phone_orders

    phone_orders.order_phone(demo_db, "1002", "Pixel 9a", "Iris", email=True)
    page = _workspace(qtbot, demo_db)
    assert page.tabs.tabText(1) == "Orders"
    cells = [page.orders_model.index(0, column).data() for column in range(4)]
    assert cells[1:] == ["Ola Vik", "Pixel 9a (Iris)", "Draft"]

    # Headers, cells and buttons follow a change of language.
    from kontakt.ui.app import Translations

    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    translations.use("nn")
    try:
        assert page.orders_model.headerData(1, Qt.Orientation.Horizontal) == "Tilsett"
        assert page.orders_model.index(0, 3).data() == "Utkast"
        price = page.source.headerData(COLUMNS.index("price"), Qt.Orientation.Horizontal)
        assert price == "Pris (eks. mva.)"
        assert page.grid_button.text() == "&Kort"
    finally:
        translations.use("en")


def test_the_grid_of_cards_shares_the_filter_and_selection_and_is_keyboard_driven(
    qtbot: QtBot, demo_db: Database, config_home: Path
) -> None:
    import base64

    from PySide6.QtGui import QAccessible, QImage, QTextDocument

    from kontakt.storage.catalogue import replace_catalogue
    from kontakt.ui.workspaces.catalogue.models import PICTURE_ROLE
    from kontakt.ui.workspaces.catalogue.workspace import DETAIL_PICTURE

    # One model with the catalogue's own picture (a PNG from the API), kept offline.
    png = QImage(30, 60, QImage.Format.Format_RGB32)
    png.fill(Qt.GlobalColor.red)
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    png.save(buffer, "PNG")
    models = [m.phone_model() for m in catalogue.models(demo_db)]
    pixel = next(m for m in models if m.model == "Pixel 9a")
    pixel.details["picture"] = "data:image/png;base64," + base64.b64encode(data.data()).decode()
    with demo_db.transaction() as session:
        replace_catalogue(session, models)

    page = _workspace(qtbot, demo_db)
    page.show()
    assert page.views.currentWidget() is page.grid  # cards first
    grid = page.grid
    assert grid.model() is page.proxy and grid.selectionModel() is page.table.selectionModel()
    for row in range(page.proxy.rowCount()):  # every card has a picture
        image = page.proxy.index(row, grid.modelColumn()).data(PICTURE_ROLE)
        assert isinstance(image, QImage) and not image.isNull()
    qtbot.keyClicks(page.search, "pixel 9a")
    assert page.proxy.rowCount() == 1
    own = page.proxy.index(0, grid.modelColumn()).data(PICTURE_ROLE)
    assert own.pixel(5, 5) == QColor("red").rgb()  # the API's picture, not the drawing
    page.search.clear()

    # A screen reader hears each card's model, price and marks.
    cards = QAccessible.queryAccessibleInterface(grid)
    assert cards.text(QAccessible.Text.Name) == "Phone models as cards"
    names = [cards.child(i).text(QAccessible.Text.Name) for i in range(cards.childCount())]
    assert (
        "Samsung Galaxy XCover6 Pro, 4 990 kr ex. VAT (example), 5G, "
        "Security updates end within a year" in names
    )
    assert "Apple iPhone 16e, 6 490 kr ex. VAT (example), 5G · eSIM" in names

    # The arrows move through the cards; the detail pane shows the chosen model's picture.
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Home)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    (chosen,) = page.selected_models()
    assert chosen.model == page.proxy.index(1, 0).data(MODEL_ROLE).model
    assert "<img" in page.detail.toHtml()
    shown = page.detail.document().resource(
        QTextDocument.ResourceType.ImageResource, DETAIL_PICTURE
    )
    assert isinstance(shown, QImage) and not shown.isNull()

    # Alt+L shows the list with the same model chosen; Alt+G goes back to the cards.
    _keys(qtbot, page, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.views.currentWidget() is page.table)  # an animated click
    assert page.selected_models() == [chosen]
    reopened = _workspace(qtbot, demo_db)
    assert reopened.views.currentWidget() is reopened.table  # the choice is kept
    _keys(qtbot, page, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.views.currentWidget() is grid)


def _when_shown(kind: type[QWidget], act: Callable[[Any], None]) -> QTimer:
    """Run `act` on the modal window of type `kind` once it shows (it blocks in exec)."""
    timer = QTimer()

    def check() -> None:
        shown = QApplication.activeModalWidget()
        if isinstance(shown, kind):
            timer.stop()
            act(shown)

    timer.timeout.connect(check)
    timer.start(50)
    return timer


def test_a_phone_is_ordered_without_a_mouse_and_its_mobile_joins_a_group(
    qtbot: QtBot, demo_db: Database
) -> None:
    from kontakt.services import patterns

    page = _workspace(qtbot, demo_db)
    page.resize(1200, 800)
    page.show()
    said: list[str] = []

    def fill_in(dialog: OrderDialog) -> None:
        assert dialog.group.itemText(0) == "None"
        _keys(qtbot, dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # &Employee
        assert dialog.focusWidget() is dialog.search
        for key in "knut eide":
            _keys(qtbot, dialog, Qt.Key(ord(key.upper())) if key != " " else Qt.Key.Key_Space)
        _keys(qtbot, dialog, Qt.Key.Key_Return)  # the first found, not the order
        assert dialog.isVisible() and dialog.chosen_employee() is not None
        _keys(qtbot, dialog, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # &group
        assert dialog.focusWidget() is dialog.group
        wanted = dialog.group.findText(f"{PATTERN}: Byggesak")
        assert wanted > 0
        for _ in range(wanted):
            _keys(qtbot, dialog, Qt.Key.Key_Down)
        assert dialog.group.currentIndex() == wanted
        assert "adds the mobile to Byggesak" in dialog.group_note.text()
        _keys(qtbot, dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Setup help
        qtbot.waitUntil(dialog.setup.isChecked)
        _keys(qtbot, dialog, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # &Order

    def read(box: QMessageBox) -> None:
        said.append(box.text())
        _keys(qtbot, box, Qt.Key.Key_Return)

    timers = [_when_shown(OrderDialog, fill_in), _when_shown(QMessageBox, read)]
    _keys(qtbot, page, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Search
    for key in "s25":
        _keys(qtbot, page, Qt.Key(ord(key.upper())))
    _keys(qtbot, page, Qt.Key.Key_Return)  # to the cards, the first chosen
    assert page.focusWidget() is page.grid
    assert [m.model for m in page.selected_models()] == ["Galaxy S25"]
    _keys(qtbot, page, Qt.Key.Key_Right)
    assert [m.model for m in page.selected_models()] == ["Galaxy S25 Ultra"]
    _keys(qtbot, page, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # O&rder …
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    del timers

    (message,) = said
    assert "for Knut Eide is a draft under Change requests" in message
    assert f"now rings in Byggesak in the draft of the ring pattern {PATTERN}" in message
    draft = patterns.open_stored(demo_db, "demo-sentralbord")
    byggesak = draft.pattern.node("byggesak")
    assert draft.status == "draft" and byggesak is not None
    assert draft.pattern.members[byggesak.member_ids[-1]].name == "Knut Eide"

    # Ctrl+Tab shows the orders, the new one first, with its status.
    page.grid.setFocus()
    _keys(qtbot, page, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentIndex() == 1
    cells = [page.orders_model.index(0, column).data() for column in range(4)]
    assert cells[1:] == ["Knut Eide", "Galaxy S25 Ultra (Titangrå)", "Draft"]

    # The approver sees what was ordered, the set-up help and the group the mobile joins.
    from kontakt.ui.outbox_sender import OutboxSender
    from kontakt.ui.workspaces.changes.requests import ChangeRequestsWorkspace

    requests = ChangeRequestsWorkspace(demo_db, OutboxSender(demo_db))
    qtbot.addWidget(requests)
    requests.table.selectRow(0)
    shown = requests.detail.toPlainText()
    assert "Model: Samsung Galaxy S25 Ultra (Titangrå)" in shown
    assert "Set-up help from IKTNH" in shown
    assert f"The mobile rings in Byggesak in the draft of the ring pattern {PATTERN}" in shown
