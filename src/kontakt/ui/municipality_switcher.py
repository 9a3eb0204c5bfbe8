"""The municipality the window works for, in the status bar: a choice when there are several.

A database may hold several municipalities (an ICT contact serving more than one, a team
database). The switcher lists them and is shown only when there is more than one (the
window's label gives way to it then); choosing one makes it the municipality in use (kept
for the next start) and says so with `switched`, so the window can refresh what it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from kontakt.services import municipality

if TYPE_CHECKING:
    from kontakt.services.database import Database


class MunicipalitySwitcher(QComboBox):
    """A list of the database's municipalities; hidden while there is only one."""

    switched = Signal(str)
    """The number of the municipality now in use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("municipalitySwitcher")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._db: Database | None = None
        self.hide()
        self.activated.connect(self._chosen)
        self._retranslate()

    def refresh(self, db: Database) -> None:
        """List the municipalities of `db` and mark the one in use."""
        self._db = db
        listed = municipality.listed(db)
        current = municipality.current(db)
        self.blockSignals(True)
        self.clear()
        for entry in listed:
            text = (
                self.tr("{name} ({number}) – demo data")
                if entry.is_demo
                else self.tr("{name} ({number})")
            )
            self.addItem(text.format(name=entry.name, number=entry.number), entry.number)
        if current is not None:
            self.setCurrentIndex(self.findData(current.number))
        self.blockSignals(False)
        self.setVisible(len(listed) > 1)

    def _chosen(self, index: int) -> None:
        number = self.itemData(index)
        if self._db is None or not isinstance(number, str):
            return
        current = municipality.current(self._db)
        if current is not None and current.number == number:
            return
        municipality.use(self._db, number)
        self.switched.emit(number)

    def _retranslate(self) -> None:
        self.setToolTip(self.tr("The municipality you work for"))
        self.setAccessibleName(self.tr("Municipality"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self._db is not None:
                self.refresh(self._db)
        super().changeEvent(event)
