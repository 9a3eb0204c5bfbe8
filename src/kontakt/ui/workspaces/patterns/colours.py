"""The canvas's colours, light or dark as the system is (`QStyleHints.colorScheme`).

The type colours of the card headers, the badges and the comparison's marks are the
Okabe–Ito colours with black or white text on them, readable on either; what changes with
the scheme is the page, the cards' bodies, their text and lines, and the highlight (the
Okabe–Ito blue is too dark on a dark page, its sky blue too pale on a white one). A
drawing exported to a file is always light: it is printed and read on white paper.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication


@dataclass(frozen=True)
class CanvasColours:
    """The colours of one scheme, as `#RRGGBB`."""

    page: str
    card: str
    text: str
    line: str
    entry: str
    highlight: str


LIGHT = CanvasColours(
    page="#FFFFFF",
    card="#FFFFFF",
    text="#1A1A1A",
    line="#555555",
    entry="#EEF3F8",
    highlight="#0072B2",
)
DARK = CanvasColours(
    page="#1B1D21",
    card="#2A2D33",
    text="#ECECEC",
    line="#A8ADB5",
    entry="#33404D",
    highlight="#56B4E9",
)


def for_scheme(scheme: Qt.ColorScheme) -> CanvasColours:
    """The colours of `scheme` (light where the system does not say)."""
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


def system_scheme() -> Qt.ColorScheme:
    """The system's colour scheme now (unknown without a GUI application)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return Qt.ColorScheme.Unknown
    return QGuiApplication.styleHints().colorScheme()


def _luminance(colour: str) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    c = QColor(colour)
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: str, b: str) -> float:
    """The WCAG contrast ratio of two colours (1 to 21; text wants 4.5, lines 3)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
