"""GUI tests run as the window does: cycles collected on the GUI thread only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from kontakt.ui.collector import MainThreadCollector


@pytest.fixture(autouse=True)
def collected_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    collector = MainThreadCollector(qapp)
    yield
    collector.stop()
    collector.deleteLater()
