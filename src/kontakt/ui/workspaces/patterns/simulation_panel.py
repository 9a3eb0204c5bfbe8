"""The simulation panel: a call at a moment, its route lit on the canvas step by step."""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kontakt.core.ringpattern import Call, Entry, Node, Pattern, PatternError, simulate
from kontakt.core.ringpattern.layout import ports
from kontakt.core.ringpattern.messages import error_message, outcome_text, phone, step_text
from kontakt.core.ringpattern.model import MENU_KEYS
from kontakt.i18n import gui_translate

if TYPE_CHECKING:
    from kontakt.ui.workspaces.patterns.editor import PatternEditor


def route_exits(pattern: Pattern, call: Call) -> list[tuple[str, str]]:
    """The (node, port) of each exit the call took, and ("", number) for its entry."""
    taken = [("", call.entry)]
    route = call.route
    pressed = {s.node: s.pressed for s in call.steps if s.pressed is not None}
    for source, target in pairwise(route):
        node = pattern.node(source)
        if node is None:
            continue
        links = [p for p in ports(node) if port_target(node, p) == target]
        key = pressed.get(source)
        taken.append((source, key if key in links else links[0] if links else ""))
    return taken


def port_target(node: Node, port: str) -> str | None:
    """Where the card's exit `port` (a menu key or a named exit) leads, if anywhere."""
    if port in MENU_KEYS:
        return (node.options or {}).get(port)
    return node.exit_target(port)


class SimulationPanel(QWidget):
    """A call to simulate: number, date and time, keys; its route lit on the canvas and
    its steps and outcome in words."""

    def __init__(self, editor: PatternEditor) -> None:
        super().__init__()
        self.editor = editor
        self.entry = QComboBox()
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setDisplayFormat("dd.MM.yyyy HH.mm")
        self.when.setCalendarPopup(True)
        self.keys = QLineEdit()
        self.run_button = QPushButton()
        self.run_button.clicked.connect(self.run)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.steps = QListWidget()
        self.call: Call | None = None
        self._entries: tuple[Entry, ...] = ()
        form = QFormLayout()
        self.captions = [QLabel(), QLabel(), QLabel()]
        for caption, widget in zip(self.captions, (self.entry, self.when, self.keys), strict=True):
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addLayout(buttons)
        left.addWidget(self.outcome)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.steps, 2)
        self.retranslate()

    def retranslate(self) -> None:
        for caption, text in zip(
            self.captions,
            (self.tr("&Number called:"), self.tr("&Date and time:"), self.tr("&Keys pressed:")),
            strict=True,
        ):
            caption.setText(text)
        self.keys.setPlaceholderText(self.tr("for example 1 or 2*"))
        self.run_button.setText(self.tr("&Simulate"))
        self.clear_button.setText(self.tr("C&lear"))

    def set_pattern(self, pattern: Pattern) -> None:
        """Offer the entries of `pattern` (keeping the chosen one)."""
        if pattern.entries is self._entries:
            return
        self._entries = pattern.entries
        chosen = self.entry.currentData()
        self.entry.clear()
        for entry in pattern.entries:
            name = phone(entry.number)
            self.entry.addItem(f"{name} – {entry.label}" if entry.label else name, entry.number)
        self.entry.setCurrentIndex(max(self.entry.findData(chosen), 0))

    def run(self) -> None:
        pattern = self.editor.pattern
        number = self.entry.currentData()
        if pattern is None or number is None:
            return
        at = self.when.dateTime().toPython()
        assert isinstance(at, datetime)
        presses = [k for k in self.keys.text() if not k.isspace()]
        try:
            call = simulate(pattern, str(number), at, presses)
        except PatternError as error:
            self.clear()
            self.outcome.setText(error_message(error, gui_translate))
            return
        self.call = call
        self.outcome.setText(f"<b>{outcome_text(pattern, call, gui_translate)}</b>")
        self.steps.clear()
        for step in call.steps:
            text = step_text(pattern, call, step, gui_translate)
            name = pattern.node(step.node)
            title = name.label or name.id if name is not None else step.node
            self.steps.addItem(
                self.tr("{seconds} s – {node}: {what}").format(
                    seconds=step.at_s, node=title, what=text
                )
            )
        self.editor.scene.highlight(call.route, route_exits(pattern, call))

    def clear(self) -> None:
        self.call = None
        self.outcome.clear()
        self.steps.clear()
        self.editor.scene.highlight(())
