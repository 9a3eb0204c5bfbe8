"""Connect by keyboard (Ctrl+L): choose one of the card's exits, then the step it leads to
from a list that filters as you type."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListView,
    QWidget,
)

from kontakt.core.ringpattern import Node, Pattern
from kontakt.core.ringpattern.layout import ports
from kontakt.i18n import gui_translate
from kontakt.ui.workspaces.patterns.card_text import port_text
from kontakt.ui.workspaces.patterns.simulation_panel import port_target


def step_text(node: Node) -> str:
    """A step as the list names it: its label and, when they differ, its id."""
    if not node.label or node.label == node.id:
        return node.id
    return f"{node.label} ({node.id})"


class ConnectDialog(QDialog):
    """Where one exit of `node` leads: the exit chosen in a combo (the first unconnected one
    first), the target from the pattern's other steps, filtered by what is typed."""

    def __init__(self, pattern: Pattern, node: Node, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect “{step}”").format(step=step_text(node)))
        self.exit = QComboBox()
        exits = ports(node)
        for port in exits:
            target = port_target(node, port)
            leads = pattern.node(target) if target else None
            where = step_text(leads) if leads else self.tr("nowhere yet")
            self.exit.addItem(f"{port_text(port, gui_translate)} → {where}", port)
        unconnected = [i for i, p in enumerate(exits) if not port_target(node, p)]
        self.exit.setCurrentIndex(unconnected[0] if unconnected else 0)
        self._targets = [n for n in pattern.nodes if n.id != node.id]
        self.names = QStringListModel([step_text(n) for n in self._targets], self)
        self.filtered = QSortFilterProxyModel(self)
        self.filtered.setSourceModel(self.names)
        self.filtered.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type to filter the steps"))
        self.search.setAccessibleName(self.tr("Filter the steps"))
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._accept_if_chosen)
        self.search.installEventFilter(self)
        self.list = QListView()
        self.list.setModel(self.filtered)
        self.list.setAccessibleName(self.tr("Leads to"))
        self.list.doubleClicked.connect(self.accept)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Exit:"), self.exit)
        form.addRow(self.tr("&Find:"), self.search)
        form.addRow(self.tr("Leads &to:"), self.list)
        form.addRow(self.buttons)
        self._filter("")
        self.search.setFocus()

    def _accept_if_chosen(self) -> None:
        if self.target() is not None:
            self.accept()

    def _filter(self, text: str) -> None:
        self.filtered.setFilterFixedString(text)
        if self.filtered.rowCount():
            self.list.setCurrentIndex(self.filtered.index(0, 0))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.filtered.rowCount() > 0)

    def eventFilter(self, watched: object, event: object) -> bool:
        """Up and Down in the filter field move in the list, so typing and choosing go on
        without leaving the field."""
        arrows = (Qt.Key.Key_Up, Qt.Key.Key_Down)
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in arrows
        ):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = self.list.currentIndex().row() + step
            if 0 <= row < self.filtered.rowCount():
                self.list.setCurrentIndex(self.filtered.index(row, 0))
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def port(self) -> str:
        """The exit chosen."""
        return str(self.exit.currentData())

    def target(self) -> str | None:
        """The id of the step chosen, or None when the filter leaves none."""
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        return self._targets[self.filtered.mapToSource(index).row()].id
