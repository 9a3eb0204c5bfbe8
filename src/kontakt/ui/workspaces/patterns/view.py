"""The canvas the pattern is drawn on: zoom with the wheel, pan with the middle button,
rubber-band selection with the left, drops from the palette; and the keyboard's way
round the cards (Tab, Shift+Tab), moving them (arrows, Shift: five grid steps) and
opening the inspector (Enter)."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from kontakt.ui.workspaces.patterns.scene import PatternScene

NODE_TYPE_MIME: Final = "application/x-kontakt-node-type"
"""What the palette drags: a node type's JSON name."""
ZOOM_STEP: Final = 1.25
MIN_SCALE: Final = 0.05
MAX_SCALE: Final = 4.0


class PatternView(QGraphicsView):
    """A view of a `PatternScene`; `dropped(node_type, scene_pos)` when a palette item is
    dropped on it."""

    dropped = Signal(str, QPointF)
    stepped = Signal(int)
    """Tab (+1) or Shift+Tab (-1): the next or previous card."""
    nudged = Signal(int, int)
    """An arrow key: move the selected cards by so many grid steps."""
    inspect = Signal()
    """Enter: open the inspector on the selected card."""

    def __init__(self, scene: PatternScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self._pan_from: QPointF | None = None
        self._fitting = False

    def scale_factor(self) -> float:
        return self.transform().m11()

    def zoom(self, factor: float) -> None:
        """Zoom by `factor`, within sensible bounds."""
        self._fitting = False
        wanted = min(max(self.scale_factor() * factor, MIN_SCALE), MAX_SCALE)
        step = wanted / self.scale_factor()
        self.scale(step, step)

    def fit_while_resized(self) -> None:
        """Show the whole pattern, and again as the view gets its size (docks and the
        window settle after the pattern is opened), until the user zooms."""
        self._fitting = True
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitting:
            self.fit()

    def fit(self) -> None:
        """Show the whole pattern."""
        scene = self.scene()
        assert isinstance(scene, PatternScene)
        self.fitInView(scene.drawing_rect(), Qt.AspectRatioMode.KeepAspectRatio)

    def focusNextPrevChild(self, next: bool) -> bool:
        return False  # Tab moves between cards, not out of the canvas

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        step = 5 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
        arrows = {
            Qt.Key.Key_Left: (-step, 0),
            Qt.Key.Key_Right: (step, 0),
            Qt.Key.Key_Up: (0, -step),
            Qt.Key.Key_Down: (0, step),
        }
        if key == Qt.Key.Key_Tab:
            self.stepped.emit(1)
        elif key == Qt.Key.Key_Backtab:
            self.stepped.emit(-1)
        elif key in arrows:
            self.nudged.emit(*arrows[Qt.Key(key)])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.inspect.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(ZOOM_STEP**steps)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
            horizontal.setValue(horizontal.value() - round(delta.x()))
            vertical.setValue(vertical.value() - round(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None and event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = None
            self.unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(NODE_TYPE_MIME):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(NODE_TYPE_MIME):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        data = event.mimeData()
        if data.hasFormat(NODE_TYPE_MIME):
            node_type = bytes(data.data(NODE_TYPE_MIME).data()).decode()
            self.dropped.emit(node_type, self.mapToScene(event.position().toPoint()))
            event.acceptProposedAction()
        else:
            super().dropEvent(event)


class OverviewView(QGraphicsView):
    """The whole pattern small, with the part the canvas shows outlined; a click there
    moves the canvas to that place."""

    def __init__(self, main: PatternView, parent: QWidget | None = None) -> None:
        super().__init__(main.scene(), parent)
        self.main = main
        self.setInteractive(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for bar in (main.horizontalScrollBar(), main.verticalScrollBar()):
            bar.valueChanged.connect(self.viewport().update)

    def fit(self) -> None:
        scene = self.scene()
        assert isinstance(scene, PatternScene)
        self.fitInView(scene.drawing_rect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def shown_rect(self) -> QRectF:
        """The part of the scene the canvas shows."""
        return self.main.mapToScene(self.main.viewport().rect()).boundingRect()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        scene = self.scene()
        assert isinstance(scene, PatternScene)
        pen = QPen(QColor(scene.colours.highlight), 0)  # cosmetic: one pixel at any scale
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.shown_rect())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.main.centerOn(self.mapToScene(event.position().toPoint()))
        event.accept()
