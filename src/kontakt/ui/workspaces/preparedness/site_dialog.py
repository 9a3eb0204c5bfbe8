"""Editing one site of the register: its facts and its path of hops (one table row a hop,
from the access switch to the central data room)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kontakt.core.preparedness.sites import COVERAGE_LEVELS, HOP_KINDS, Hop, Site

KIND, NAME, UPS, GENERATOR, POE = range(5)


class SiteDialog(QDialog):
    """Edits `site`; `site()` gives the result (`None` while the id is empty)."""

    def __init__(self, site: Site, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Site"))
        self.site_id = QLineEdit(site.id)
        self.name = QLineEdit(site.name)
        self.address = QLineEdit(site.address)
        self.points = QCheckBox(self.tr("Enough network points"))
        self.points.setChecked(site.network_points_ok)
        self.wifi = QCheckBox(self.tr("Wi-Fi"))
        self.wifi.setChecked(site.wifi)
        self.coverage = QComboBox()
        for level, text in zip(
            COVERAGE_LEVELS, (self.tr("good"), self.tr("weak"), self.tr("none")), strict=True
        ):
            self.coverage.addItem(text, level)
        self.coverage.setCurrentIndex(COVERAGE_LEVELS.index(site.mobile_coverage))
        self.hops = QTableWidget(0, 5)
        self.hops.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Name"),
                self.tr("UPS (min)"),
                self.tr("Generator"),
                self.tr("PoE"),
            ]
        )
        self.hops.horizontalHeader().setStretchLastSection(True)
        for hop in site.path:
            self.add_hop(hop)
        add = QPushButton(self.tr("Add hop"))
        add.clicked.connect(lambda: self.add_hop(Hop(HOP_KINDS[0], "")))
        remove = QPushButton(self.tr("Remove hop"))
        remove.clicked.connect(lambda: self.hops.removeRow(self.hops.currentRow()))
        form = QFormLayout(self)
        form.addRow(self.tr("Site id"), self.site_id)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.points)
        form.addRow(self.wifi)
        form.addRow(self.tr("Mobile coverage indoors"), self.coverage)
        form.addRow(self.tr("Path to the central data room"), self.hops)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        form.addRow(row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def add_hop(self, hop: Hop) -> None:
        row = self.hops.rowCount()
        self.hops.insertRow(row)
        kind = QComboBox()
        kind.setEditable(True)  # "or another word"
        kind.addItems(HOP_KINDS)
        kind.setCurrentText(hop.kind)
        self.hops.setCellWidget(row, KIND, kind)
        self.hops.setItem(row, NAME, QTableWidgetItem(hop.name))
        self.hops.setItem(row, UPS, QTableWidgetItem(str(hop.ups_min)))
        for column, value in ((GENERATOR, hop.generator), (POE, bool(hop.poe))):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            self.hops.setItem(row, column, item)

    def _text(self, row: int, column: int) -> str:
        item = self.hops.item(row, column)
        return item.text().strip() if item is not None else ""

    def _checked(self, row: int, column: int) -> bool:
        item = self.hops.item(row, column)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def site(self) -> Site | None:
        site_id = self.site_id.text().strip()
        if not site_id:
            return None
        hops = []
        for row in range(self.hops.rowCount()):
            kind = self.hops.cellWidget(row, KIND)
            assert isinstance(kind, QComboBox)
            minutes = self._text(row, UPS) or "0"
            checked = {c: self._checked(row, c) for c in (GENERATOR, POE)}
            name = kind.currentText().strip() or HOP_KINDS[0]
            hops.append(
                Hop(
                    kind=name,
                    name=self._text(row, NAME),
                    ups_min=int(minutes) if minutes.isdigit() else 0,
                    generator=checked[GENERATOR],
                    poe=checked[POE] if name == "access-switch" else None,
                )
            )
        return Site(
            id=site_id,
            name=self.name.text().strip(),
            address=self.address.text().strip(),
            network_points_ok=self.points.isChecked(),
            wifi=self.wifi.isChecked(),
            mobile_coverage=str(self.coverage.currentData()),
            path=tuple(hops),
        )
