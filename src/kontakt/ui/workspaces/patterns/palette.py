"""The palette of node types: drag one onto the canvas or double-click it to add a card."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from kontakt.core.ringpattern import NodeType
from kontakt.core.ringpattern.messages import word
from kontakt.i18n import gui_translate
from kontakt.ui.workspaces.patterns.items import TYPE_GLYPHS
from kontakt.ui.workspaces.patterns.view import NODE_TYPE_MIME


class Palette(QListWidget):
    """The node types to add: drag one onto the canvas, or double-click it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        for node_type in NodeType:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, node_type.value)
            self.addItem(item)
        self.retranslate()

    def retranslate(self) -> None:
        for row in range(self.count()):
            item = self.item(row)
            node_type = NodeType(item.data(Qt.ItemDataRole.UserRole))
            name = word(node_type, gui_translate)
            item.setText(f"{TYPE_GLYPHS[node_type]}  {name[:1].upper()}{name[1:]}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)

    def mimeTypes(self) -> list[str]:
        return [NODE_TYPE_MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        data = QMimeData()
        if items:
            data.setData(NODE_TYPE_MIME, str(items[0].data(Qt.ItemDataRole.UserRole)).encode())
        return data
