"""A horizontal bar chart of labelled counts, painted directly (QtCharts is not shipped)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

ROW_HEIGHT = 20
LABEL_SHARE = 0.38


class BarChart(QWidget):
    """Bars for (label, value) pairs, longest first as given; the numbers are drawn too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[tuple[str, int]] = []
        self._colour = QColor("#2f6f9f")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_bars(self, bars: Sequence[tuple[str, int]], colour: QColor | None = None) -> None:
        self._bars = list(bars)
        if colour is not None:
            self._colour = colour
        self.setAccessibleDescription("; ".join(f"{label}: {value}" for label, value in bars))
        self.updateGeometry()
        self.update()

    def bars(self) -> list[tuple[str, int]]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        return QSize(360, max(1, len(self._bars)) * ROW_HEIGHT + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        largest = max((value for _, value in self._bars), default=0) or 1
        label_width = self.width() * LABEL_SHARE
        number_width = painter.fontMetrics().horizontalAdvance("000000")
        bar_space = max(10.0, self.width() - label_width - number_width - 12)
        for row, (label, value) in enumerate(self._bars):
            top = row * ROW_HEIGHT + 2
            painter.setPen(text_colour)
            label_rect = QRectF(0, top, label_width - 6, ROW_HEIGHT)
            elided = painter.fontMetrics().elidedText(
                label, Qt.TextElideMode.ElideRight, int(label_rect.width())
            )
            painter.drawText(
                label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, elided
            )
            length = bar_space * value / largest
            painter.fillRect(QRectF(label_width, top + 3, length, ROW_HEIGHT - 6), self._colour)
            painter.drawText(
                QRectF(label_width + length + 4, top, number_width, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QLocale().toString(value),
            )
        painter.end()
