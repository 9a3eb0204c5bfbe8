"""A horizontal bar chart of labelled counts, painted directly (QtCharts is not shipped).

A bar can be chosen with the mouse or the keyboard (Tab to the chart, Up and Down to move,
Enter or Space to choose): `bar_activated` says which, and the owner decides what a bar
means (the contact check filters to that department) and which bar to show as chosen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

ROW_HEIGHT = 20
LABEL_SHARE = 0.38


class BarChart(QWidget):
    """Bars for (label, value) pairs, longest first as given; the numbers are drawn too."""

    bar_activated = Signal(int)
    """The index of the bar the user chose (clicked, or Enter/Space on the focused bar)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[tuple[str, int]] = []
        self._colour = QColor("#2f6f9f")
        self._chosen: int | None = None
        self._focused = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_bars(self, bars: Sequence[tuple[str, int]], colour: QColor | None = None) -> None:
        self._bars = list(bars)
        self._chosen = None
        self._focused = 0
        if colour is not None:
            self._colour = colour
        self.setAccessibleDescription("; ".join(f"{label}: {value}" for label, value in bars))
        self.updateGeometry()
        self.update()

    def bars(self) -> list[tuple[str, int]]:
        return list(self._bars)

    def set_chosen(self, index: int | None) -> None:
        """Show bar `index` as the chosen one (the others paler); None for no choice."""
        self._chosen = index if index is not None and 0 <= index < len(self._bars) else None
        if self._chosen is not None:
            self._focused = self._chosen
        self.update()

    def chosen(self) -> int | None:
        return self._chosen

    def bar_at(self, y: float) -> int | None:
        """The bar drawn at height `y`, if any."""
        row = int((y - 2) // ROW_HEIGHT)
        return row if 0 <= row < len(self._bars) and y >= 2 else None

    def sizeHint(self) -> QSize:
        return QSize(360, max(1, len(self._bars)) * ROW_HEIGHT + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    # -- choosing ---------------------------------------------------------------------------
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        row = self.bar_at(event.position().y())
        if event.button() == Qt.MouseButton.LeftButton and row is not None:
            self._focused = row
            self.bar_activated.emit(row)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if not self._bars:
            super().keyPressEvent(event)
            return
        moves = {
            Qt.Key.Key_Up: self._focused - 1,
            Qt.Key.Key_Down: self._focused + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: len(self._bars) - 1,
        }
        if key in moves:
            self._focused = min(max(moves[Qt.Key(key)], 0), len(self._bars) - 1)
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.bar_activated.emit(self._focused)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    # -- drawing ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        pale = QColor(self._colour)
        pale.setAlpha(90)
        largest = max((value for _, value in self._bars), default=0) or 1
        label_width = self.width() * LABEL_SHARE
        number_width = painter.fontMetrics().horizontalAdvance("000000")
        bar_space = max(10.0, self.width() - label_width - number_width - 12)
        for row, (label, value) in enumerate(self._bars):
            top = row * ROW_HEIGHT + 2
            if row == self._chosen:
                painter.fillRect(
                    QRectF(0, top, self.width(), ROW_HEIGHT),
                    palette.color(QPalette.ColorRole.AlternateBase),
                )
            painter.setPen(text_colour)
            label_rect = QRectF(0, top, label_width - 6, ROW_HEIGHT)
            font = painter.font()
            font.setBold(row == self._chosen)
            painter.setFont(font)
            elided = painter.fontMetrics().elidedText(
                label, Qt.TextElideMode.ElideRight, int(label_rect.width())
            )
            painter.drawText(
                label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, elided
            )
            length = bar_space * value / largest
            colour = pale if self._chosen is not None and row != self._chosen else self._colour
            painter.fillRect(QRectF(label_width, top + 3, length, ROW_HEIGHT - 6), colour)
            painter.drawText(
                QRectF(label_width + length + 4, top, number_width, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QLocale().toString(value),
            )
            if self.hasFocus() and row == self._focused:
                painter.setPen(palette.color(QPalette.ColorRole.Highlight))
                painter.drawRect(QRectF(0.5, top + 0.5, self.width() - 1, ROW_HEIGHT - 1))
        painter.end()
