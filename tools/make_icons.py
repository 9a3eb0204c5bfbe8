"""Render the application icon `resources/icons/kontakt.svg` as `kontakt.png` (256 px, for
Linux desktops and the window) and `kontakt.ico` (16-256 px, for the Windows build).

    python tools/make_icons.py

Run it after changing the SVG and commit the results: the build does not render them.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path("resources") / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon at `size` x `size` pixels on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(images: list[bytes], sizes: tuple[int, ...]) -> bytes:
    """An ICO file of PNG-compressed images (Windows Vista and later read them)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in zip(sizes, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "kontakt.svg"))
    if not renderer.isValid():
        print(f"{ICONS / 'kontakt.svg'}: not a valid SVG", file=sys.stderr)
        return 1
    (ICONS / "kontakt.png").write_bytes(png_bytes(render(renderer, 256)))
    pngs = [png_bytes(render(renderer, size)) for size in ICO_SIZES]
    (ICONS / "kontakt.ico").write_bytes(ico_bytes(pngs, ICO_SIZES))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
