"""The outline: the accessible twin of the canvas, numbers and steps as a tree."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from kontakt.core.ringpattern import Pattern
from kontakt.core.ringpattern.layout import ports
from kontakt.core.ringpattern.messages import phone
from kontakt.i18n import gui_translate
from kontakt.ui.workspaces.patterns.card_text import port_text

if TYPE_CHECKING:
    from kontakt.ui.workspaces.patterns.editor import PatternEditor

from kontakt.ui.workspaces.patterns.simulation_panel import port_target


class Outline(QTreeWidget):
    """The accessible twin of the canvas: the numbers, then every step with each exit and
    where it leads. Choosing an item chooses its card; the canvas's choice is followed."""

    def __init__(self, editor: PatternEditor) -> None:
        super().__init__()
        self.editor = editor
        self.setHeaderHidden(True)
        self.items: dict[str, QTreeWidgetItem] = {}
        self._following = False
        self.itemSelectionChanged.connect(self._chosen)

    def set_pattern(self, pattern: Pattern) -> None:
        self._following = True
        self.clear()
        self.items = {}
        for entry in pattern.entries:
            start = pattern.node(entry.start)
            text = self.tr("Number {number} ({label}) → {start}").format(
                number=phone(entry.number),
                label=entry.label or "",
                start=(start.label or start.id) if start is not None else self.tr("nowhere"),
            )
            item = QTreeWidgetItem([text])
            item.setData(0, Qt.ItemDataRole.UserRole, entry.start or "")
            self.addTopLevelItem(item)
        for node in pattern.nodes:
            card = self.editor.scene.cards.get(node.id)
            item = QTreeWidgetItem([card.accessible_name() if card else node.id])
            item.setData(0, Qt.ItemDataRole.UserRole, node.id)
            for port in ports(node):
                target = pattern.node(port_target(node, port))
                where = (target.label or target.id) if target is not None else self.tr("nowhere")
                child = QTreeWidgetItem([f"{port_text(port, gui_translate)} → {where}"])
                child.setData(0, Qt.ItemDataRole.UserRole, node.id)
                item.addChild(child)
            self.addTopLevelItem(item)
            self.items[node.id] = item
        self._following = False
        self.follow(self.editor.scene.selected_ids())

    def follow(self, chosen: list[str]) -> None:
        """Show the canvas's choice."""
        self._following = True
        self.clearSelection()
        for node_id in chosen:
            item = self.items.get(node_id)
            if item is not None:
                item.setSelected(True)
                self.scrollToItem(item)
        self._following = False

    def _chosen(self) -> None:
        if self._following:
            return
        ids = [str(i.data(0, Qt.ItemDataRole.UserRole)) for i in self.selectedItems()]
        chosen = [i for i in dict.fromkeys(ids) if i]
        self.editor.scene.select_only(chosen)
