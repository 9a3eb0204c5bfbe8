"""The phone models as a grid of cards: the picture, the name, the price, 5G and eSIM, and
a mark when security updates end within a year. The grid is a `QListView` over the same
filtered proxy as the list, sharing its selection, so switching views keeps the choice."""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kontakt.core.catalogue.document import amount_text
from kontakt.core.catalogue.pictures import Picture
from kontakt.services.catalogue import StoredModel

Index = QModelIndex | QPersistentModelIndex

CARD_SIZE = QSize(224, 136)
PICTURE_HEIGHT = 112
_SOON = QColor("#9C5700")


def picture_image(picture: Picture | None, height: int) -> QImage | None:
    """`picture` drawn `height` pixels high (its own proportions), or None when it cannot
    be drawn."""
    if picture is None:
        return None
    if picture.is_svg:
        renderer = QSvgRenderer(QByteArray(picture.data))
        if not renderer.isValid():
            return None
        size = renderer.defaultSize()
        width = max(1, round(height * size.width() / max(size.height(), 1)))
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, width, height))
        painter.end()
        return image
    image = QImage.fromData(picture.data)
    if image.isNull():
        return None
    return image.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation)


def card_lines(model: StoredModel, soon: bool, example_price: bool) -> list[str]:
    """What a card says under the name, line by line (also what a screen reader hears)."""
    lines = []
    if model.price_nok is not None:
        price = amount_text(model.price_nok)
        lines.append(
            QCoreApplication.translate("PhoneCards", "{price} ex. VAT (example)").format(
                price=price
            )
            if example_price
            else QCoreApplication.translate("PhoneCards", "{price} ex. VAT").format(price=price)
        )
    marks = [
        text
        for flag, text in (
            ("five_g", QCoreApplication.translate("PhoneCards", "5G")),
            ("esim", QCoreApplication.translate("PhoneCards", "eSIM")),
        )
        if model.flag(flag)
    ]
    if marks:
        lines.append(" · ".join(marks))
    if soon:
        lines.append(QCoreApplication.translate("PhoneCards", "Security updates end within a year"))
    return lines


class CardDelegate(QStyledItemDelegate):
    """Paints one model as a card from the table model's roles: the model, its picture,
    the lines under its name (`card_lines`) and whether its updates end soon."""

    def __init__(
        self, model_role: int, picture_role: int, lines_role: int, soon_role: int, parent: QWidget
    ):
        super().__init__(parent)
        self.model_role = model_role
        self.picture_role = picture_role
        self.lines_role = lines_role
        self.soon_role = soon_role

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return CARD_SIZE

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        model = index.data(self.model_role)
        if not isinstance(model, StoredModel):
            return
        palette = option.palette
        rect: QRect = option.rect.adjusted(3, 3, -3, -3)
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(
            palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        )
        painter.drawRoundedRect(rect, 6, 6)
        if state & QStyle.StateFlag.State_HasFocus:
            focus = QColor(palette.color(QPalette.ColorRole.Highlight)).darker(140)
            painter.setPen(focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 5, 5)
        text_left = rect.left() + 10
        image = index.data(self.picture_role)
        if isinstance(image, QImage):
            top = rect.top() + (rect.height() - image.height()) // 2
            painter.drawImage(rect.left() + 8, top, image)
            text_left += image.width() + 8
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        width = rect.right() - text_left - 6
        y = rect.top() + 10
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        for text in (model.manufacturer, model.model):
            bounds = painter.boundingRect(QRect(text_left, y, width, 40), flags, text)
            painter.drawText(bounds, flags, text)
            y = bounds.bottom() + 2
            painter.setFont(option.font)
        soon = bool(index.data(self.soon_role))
        lines = index.data(self.lines_role) or []
        for number, text in enumerate(lines):
            if soon and number == len(lines) - 1 and not selected:
                painter.setPen(_SOON)
            bounds = painter.boundingRect(QRect(text_left, y + 4, width, 40), flags, text)
            painter.drawText(bounds, flags, text)
            y = bounds.bottom()
        painter.restore()


class CardGrid(QListView):
    """The grid: cards in rows that wrap with the width, moved through with the arrows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSpacing(4)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
