"""The drawing of a ring pattern as PNG, SVG or PDF: the pattern's name and the date above
it, a legend of the card colours below, the canvas's own scene between.

The window's export and `kontakt pattern export` both call `export_pattern`, which builds
the same `PatternScene` the editor shows; the command line runs it under Qt's offscreen
platform. Each file is drawn into memory first and then put in place whole
(`kontakt.core.safe_files`), so a failed export leaves an older file as it was.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Final

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

from kontakt.core.ringpattern import Pattern, with_layout
from kontakt.core.ringpattern.messages import word
from kontakt.core.ringpattern.model import NodeType
from kontakt.core.safe_files import replacing
from kontakt.core.texts import QT_TRANSLATE_NOOP, Translate, render
from kontakt.ui.workspaces.patterns.items import TYPE_COLOURS, TYPE_GLYPHS
from kontakt.ui.workspaces.patterns.scene import PatternScene

FORMATS: Final = ("png", "svg", "pdf")
HEADER: Final = 70.0
FOOTER: Final = 50.0
MARGIN: Final = 30.0
PNG_SCALE: Final = 2.0
"""The PNG is drawn at twice the scene's scale, sharp on a high-resolution screen."""
DRAWN_ON: Final = QT_TRANSLATE_NOOP("PatternExport", "Drawn {date}")
DATE_FORMAT: Final = QT_TRANSLATE_NOOP("PatternExport", "%d.%m.%Y")


def _page(painter: QPainter, scene: PatternScene, page: QRectF, title: str, when: str) -> None:
    """Title and date at the top of `page`, the legend at the bottom, the drawing between."""
    painter.fillRect(page, QColor("#FFFFFF"))
    painter.setPen(QColor("#000000"))
    heading = QFont()
    heading.setPointSizeF(16)
    heading.setBold(True)
    painter.setFont(heading)
    top = QRectF(page.left() + MARGIN, page.top() + 10, page.width() - 2 * MARGIN, 30)
    painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    plain = QFont()
    plain.setPointSizeF(10)
    painter.setFont(plain)
    painter.drawText(
        top.translated(0, 28), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, when
    )
    legend_y = page.bottom() - FOOTER + 15
    x = page.left() + MARGIN
    metrics = painter.fontMetrics()
    for node_type in NodeType:
        painter.fillRect(QRectF(x, legend_y, 16, 16), QColor(TYPE_COLOURS[node_type]))
        painter.drawRect(QRectF(x, legend_y, 16, 16))
        text = f"{TYPE_GLYPHS[node_type]} {word(node_type, scene.translate)}"
        painter.drawText(QRectF(x + 22, legend_y - 2, 400, 20), Qt.AlignmentFlag.AlignLeft, text)
        x += 22 + metrics.horizontalAdvance(text) + 24
    drawing = QRectF(
        page.left() + MARGIN,
        page.top() + HEADER,
        page.width() - 2 * MARGIN,
        page.height() - HEADER - FOOTER,
    )
    with scene.printing():
        scene.render(painter, drawing, scene.drawing_rect(), Qt.AspectRatioMode.KeepAspectRatio)


def _page_size(scene: PatternScene) -> QSizeF:
    """The page of an SVG or PNG in scene units: the drawing with room for the texts."""
    rect = scene.drawing_rect()
    return QSizeF(max(rect.width() + 2 * MARGIN, 900.0), rect.height() + HEADER + FOOTER)


def _png(scene: PatternScene, title: str, when: str) -> bytes:
    size = _page_size(scene)
    image = QImage(
        QSize(round(size.width() * PNG_SCALE), round(size.height() * PNG_SCALE)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(PNG_SCALE, PNG_SCALE)
    _page(painter, scene, QRectF(0, 0, size.width(), size.height()), title, when)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes, Qt a str
    buffer.close()
    return bytes(buffer.data().data())


def _svg(scene: PatternScene, title: str, when: str) -> bytes:
    size = _page_size(scene)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size.toSize())
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription(when)
    painter = QPainter(generator)
    _page(painter, scene, QRectF(0, 0, size.width(), size.height()), title, when)
    painter.end()
    buffer.close()
    return bytes(buffer.data().data())


def _pdf(scene: PatternScene, title: str, when: str) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Kontakt")
    rect = scene.drawing_rect()
    big = rect.width() * rect.height() > 2_000 * 1_400
    landscape = rect.width() >= rect.height()
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A3 if big else QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            QMarginsF(10, 10, 10, 10),
        )
    )
    writer.setResolution(144)
    painter = QPainter(writer)
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    # The page in points-like units, so the texts have the sizes they have on screen.
    scale = area.width() / max(rect.width() + 2 * MARGIN, 900.0)
    painter.scale(scale, scale)
    page = QRectF(0, 0, area.width() / scale, area.height() / scale)
    _page(painter, scene, page, title, when)
    painter.end()
    buffer.close()
    return bytes(buffer.data().data())


DRAW: Final[dict[str, Callable[[PatternScene, str, str], bytes]]] = {
    "png": _png,
    "svg": _svg,
    "pdf": _pdf,
}


def drawing(scene: PatternScene, name: str, kind: str, day: date, translate: Translate) -> bytes:
    """The drawing of `scene` as a `kind` file ("png", "svg" or "pdf")."""
    when = render(
        translate,
        "PatternExport",
        DRAWN_ON,
        {"date": day.strftime(translate("PatternExport", DATE_FORMAT))},
    )
    return DRAW[kind](scene, name, when)


def export_scene(
    scene: PatternScene, name: str, kind: str, path: Path, day: date, translate: Translate
) -> Path:
    """Write the drawing of `scene` to `path` (whole, or not at all)."""
    data = drawing(scene, name, kind, day, translate)
    with replacing(path) as temporary:
        temporary.write_bytes(data)
    return path


def export_pattern(
    pattern: Pattern, kind: str, path: Path, day: date, translate: Translate
) -> Path:
    """Draw `pattern` as the editor shows it (cards without a place laid out) to `path`."""
    scene = PatternScene(translate)
    scene.set_pattern(with_layout(pattern))
    return export_scene(scene, pattern.name, kind, path, day, translate)


def export_headless(source: Path, kind: str, path: Path, translate: Translate) -> Path:
    """`kontakt pattern export`: draw the pattern in the file `source` to `path` with the
    editor's scene, under Qt's offscreen platform when no application runs yet."""
    from kontakt.services.patterns import read_pattern

    pattern = read_pattern(source)
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # Kept by Qt as its one instance until the process ends.
        QApplication([sys.argv[0] if sys.argv else "kontakt"])
    return export_pattern(pattern, kind, path, date.today(), translate)
