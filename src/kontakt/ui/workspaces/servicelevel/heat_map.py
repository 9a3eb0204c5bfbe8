"""A 7 × 24 heat map of one target's service level: weekdays down, hours across, painted.

Each cell is coloured by its service level against the goal (green at or above it, red
below, grey without calls) and missed cells also carry a cross, so the map reads without
telling red from green. Hovering a cell shows its figures; a click or Enter on the focused
cell (arrow keys move) emits `cell_activated(weekday, hour)`. The focused cell's figures are
the widget's accessible description, so a screen reader reads the cell the arrows reach.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from kontakt.core.servicelevel import explain
from kontakt.core.servicelevel.figures import HourCell, TargetReport
from kontakt.i18n import gui_translate as _translate

LABEL_WIDTH = 80
HEADER_HEIGHT = 18
MET = QColor("#3a9a5b")
MISSED = QColor("#d0453a")
EMPTY = QColor("#e4e4e4")


def cell_colour(cell: HourCell, goal_percent: float) -> QColor:
    """Grey without calls; green at or above the goal; red below, paler near it."""
    level = cell.figures.service_level
    if not cell.figures.offered or level is None:
        return EMPTY
    if cell.figures.meets:
        return MET
    shortfall = max(0.0, min(1.0, (goal_percent / 100 - level) / max(goal_percent / 100, 0.01)))
    pale = QColor("#f4b9b2")
    return QColor(
        round(pale.red() + (MISSED.red() - pale.red()) * shortfall),
        round(pale.green() + (MISSED.green() - pale.green()) * shortfall),
        round(pale.blue() + (MISSED.blue() - pale.blue()) * shortfall),
    )


class HeatMap(QWidget):
    """The hours of the week of one `TargetReport`."""

    cell_activated = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target: TargetReport | None = None
        self._focus = (0, 8)
        self._chosen: tuple[int, int] | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_target(self, target: TargetReport | None) -> None:
        self._target = target
        self._chosen = None
        self._move_focus(self._focus)

    def _move_focus(self, cell: tuple[int, int]) -> None:
        self._focus = cell
        self.setAccessibleDescription(self.cell_text(*cell))
        self.update()

    def target(self) -> TargetReport | None:
        return self._target

    def sizeHint(self) -> QSize:
        return QSize(LABEL_WIDTH + 24 * 30, HEADER_HEIGHT + 7 * 30)

    def minimumSizeHint(self) -> QSize:
        return QSize(LABEL_WIDTH + 24 * 14, HEADER_HEIGHT + 7 * 18)

    def _cell_size(self) -> tuple[float, float]:
        return (self.width() - LABEL_WIDTH) / 24, (self.height() - HEADER_HEIGHT) / 7

    def cell_rect(self, weekday: int, hour: int) -> QRectF:
        width, height = self._cell_size()
        return QRectF(LABEL_WIDTH + hour * width, HEADER_HEIGHT + weekday * height, width, height)

    def cell_at(self, point: QPoint) -> tuple[int, int] | None:
        width, height = self._cell_size()
        hour = int((point.x() - LABEL_WIDTH) // width) if point.x() >= LABEL_WIDTH else -1
        weekday = int((point.y() - HEADER_HEIGHT) // height) if point.y() >= HEADER_HEIGHT else -1
        return (weekday, hour) if 0 <= weekday < 7 and 0 <= hour < 24 else None

    def cell_text(self, weekday: int, hour: int) -> str:
        """The cell's figures in a sentence (the tooltip)."""
        if self._target is None:
            return ""
        cell, goal = self._target.hour(weekday, hour), self._target.goal
        day = _translate("ServiceLevel", explain.WEEKDAYS[weekday])
        when = f"{day} {hour:02d}–{hour + 1:02d}"
        figures = cell.figures
        if not figures.offered:
            return self.tr("{when}: no calls in open time").format(when=when)
        level = (
            "–"
            if figures.service_level is None
            else explain.percent(figures.service_level, goal.percent)
        )
        text = self.tr(
            "{when}: %n call(s), {level} % answered within {within} s (target {goal} %)",
            "",
            figures.offered,
        ).format(
            when=when, level=level, within=goal.within_s, goal=explain.number_text(goal.percent)
        )
        met = self.tr("met") if figures.meets else self.tr("missed")
        sentences = [f"{text}: {met}."]
        # when the service level is reached, say which other goal is not
        sentences.extend(explain.shortfalls(figures, goal, _translate, with_level=False))
        if cell.agents_needed is not None:
            sentences.append(
                self.tr("Erlang C recommends {agents}.").format(agents=cell.agents_needed)
            )
        return " ".join(sentences)

    def event(self, event: object) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QHelpEvent.Type.ToolTip:
            found = self.cell_at(event.pos())
            if found is not None:
                QToolTip.showText(event.globalPos(), self.cell_text(*found), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)  # type: ignore[arg-type]

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        found = self.cell_at(event.position().toPoint())
        if found is not None and event.button() == Qt.MouseButton.LeftButton:
            self.activate(*found)

    def activate(self, weekday: int, hour: int) -> None:
        """Choose a cell, as a click does."""
        self._chosen = (weekday, hour)
        self._move_focus(self._chosen)
        self.cell_activated.emit(weekday, hour)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        weekday, hour = self._focus
        moves = {
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Up: (-1, 0),
            Qt.Key.Key_Down: (1, 0),
        }
        key = Qt.Key(event.key())
        if key in moves:
            down, across = moves[key]
            self._move_focus((min(6, max(0, weekday + down)), min(23, max(0, hour + across))))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activate(weekday, hour)
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().windowText().color()
        painter.setPen(text)
        width, height = self._cell_size()
        for hour in range(0, 24, 2):
            painter.drawText(
                QRectF(LABEL_WIDTH + hour * width, 0, width * 2, HEADER_HEIGHT),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{hour:02d}",
            )
        for weekday in range(7):
            painter.drawText(
                QRectF(0, HEADER_HEIGHT + weekday * height, LABEL_WIDTH - 4, height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                _translate("ServiceLevel", explain.WEEKDAYS[weekday]),
            )
        if self._target is None:
            return
        goal = self._target.goal.percent
        for cell in self._target.hours:
            rect = self.cell_rect(cell.weekday, cell.hour).adjusted(1, 1, -1, -1)
            painter.fillRect(rect, cell_colour(cell, goal))
            if cell.figures.offered and not cell.figures.meets:
                painter.setPen(QPen(QColor("white"), 2))
                inset = rect.adjusted(
                    rect.width() * 0.3,
                    rect.height() * 0.3,
                    -rect.width() * 0.3,
                    -rect.height() * 0.3,
                )
                painter.drawLine(inset.topLeft(), inset.bottomRight())
                painter.drawLine(inset.topRight(), inset.bottomLeft())
        for spot, colour in (
            (self._focus if self.hasFocus() else None, text),
            (self._chosen, QColor("#1f4e79")),
        ):
            if spot is not None:
                painter.setPen(QPen(colour, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(self.cell_rect(*spot).adjusted(1, 1, -1, -1))
