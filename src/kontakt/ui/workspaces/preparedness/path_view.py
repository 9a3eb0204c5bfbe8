"""A site's path to the central data room drawn as a chain of hops: each hop a box with its
name and kind, its emergency power (UPS minutes, generator, or none) and PoE marked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from kontakt.core.preparedness.sites import Hop, hop_kind_text
from kontakt.i18n import gui_translate
from kontakt.ui.workspaces.preparedness.models import GOOD, NONE, SHORT

BOX_W: Final = 116.0
BOX_H: Final = 72.0
GAP: Final = 24.0


class PathView(QWidget):
    """Shows `hops` left to right, the central data room last; `target` colours the power."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hops: tuple[Hop, ...] = ()
        self.target = 0
        self.setMinimumHeight(int(BOX_H + 24))

    def show_path(self, hops: Sequence[Hop], target: int) -> None:
        self.hops, self.target = tuple(hops), target
        # the scroll area around it scrolls, rather than cut off the last hops, when narrow
        self.setMinimumWidth(self.sizeHint().width())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(int(len(self.hops) * (BOX_W + GAP) + 20), int(BOX_H + 24))

    def power_text(self, hop: Hop) -> str:
        """The hop's emergency power in words (shown in the box)."""
        if hop.generator:
            return self.tr("generator")
        if hop.ups_min:
            return self.tr("UPS %n min", "", hop.ups_min)
        return self.tr("no emergency power")

    def power_colour(self, hop: Hop) -> QColor:
        if hop.generator or hop.ups_min >= self.target:
            return GOOD
        return SHORT if hop.ups_min else NONE

    def power_pen(self, hop: Hop) -> QPen:
        """The border: its colour and, for those who cannot tell green from orange, its line
        (solid reaches the target, dashed falls short, dotted has none)."""
        colour = self.power_colour(hop)
        pen = QPen(colour, 3)
        if colour == SHORT:
            pen.setStyle(Qt.PenStyle.DashLine)
        elif colour == NONE:
            pen.setStyle(Qt.PenStyle.DotLine)
        return pen

    def legend(self) -> str:
        """What the borders mean, in words (shown under the path)."""
        return self.tr(
            "Solid green border: emergency power reaches the target of %n min. Dashed orange: "
            "it falls short. Dotted red: no emergency power.",
            "",
            self.target,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.hops:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No path given"))
            return
        y = 10.0
        for index, hop in enumerate(self.hops):
            x = 10.0 + index * (BOX_W + GAP)
            box = QRectF(x, y, BOX_W, BOX_H)
            painter.setPen(self.power_pen(hop))
            painter.setBrush(QColor("#fafafa"))
            painter.drawRoundedRect(box, 6, 6)
            painter.setPen(QColor("#000000"))
            kind = hop_kind_text(hop.kind, gui_translate)
            lines = [hop.name or kind, kind, self.power_text(hop)]
            if hop.kind == "access-switch":
                lines.append(self.tr("PoE") if hop.poe else self.tr("no PoE"))
            painter.drawText(
                box.adjusted(4, 2, -4, -2),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                "\n".join(lines),
            )
            if index + 1 < len(self.hops):
                mid = y + BOX_H / 2
                painter.drawLine(int(x + BOX_W), int(mid), int(x + BOX_W + GAP), int(mid))
                painter.drawLine(
                    int(x + BOX_W + GAP - 6), int(mid - 4), int(x + BOX_W + GAP), int(mid)
                )
                painter.drawLine(
                    int(x + BOX_W + GAP - 6), int(mid + 4), int(x + BOX_W + GAP), int(mid)
                )
        painter.end()
