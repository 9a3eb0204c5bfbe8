"""The inspector: every field of the chosen card, each change an undoable edit."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kontakt.core.ringpattern import Node, Pattern
from kontakt.core.ringpattern import edit as edits
from kontakt.core.ringpattern.layout import ports
from kontakt.core.ringpattern.messages import phone, word
from kontakt.core.ringpattern.model import (
    MAX_SECONDS,
    MENU_KEYS,
    NODE_FIELDS,
    Member,
    NodeType,
    Strategy,
)
from kontakt.i18n import gui_translate
from kontakt.services.patterns import PersonChoice
from kontakt.ui.workspaces.patterns.calendar_editor import CalendarEditor
from kontakt.ui.workspaces.patterns.card_text import STRATEGIES, port_text

if TYPE_CHECKING:
    from kontakt.ui.workspaces.patterns.editor import PatternEditor

NOWHERE: Final = ""
"""The target combo's value for an exit that leads nowhere."""


class Inspector(QWidget):
    """The selected node's fields; each change is one undoable edit via `edit`."""

    def __init__(self, editor: PatternEditor) -> None:
        super().__init__()
        self.editor = editor
        self.node: Node | None = None
        self.people: list[PersonChoice] = []
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.label = QLineEdit()
        self.label.editingFinished.connect(self._label_done)
        self.calendar = QComboBox()
        self.calendar.activated.connect(self._calendar_chosen)
        self.members = QListWidget()
        self.members.setMaximumHeight(120)
        self.person = QLineEdit()
        self.people_model = QStringListModel(self)
        completer = QCompleter(self.people_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._person_chosen)
        self.person.setCompleter(completer)
        self.remove_member = QPushButton()
        self.remove_member.clicked.connect(self._remove_member)
        self.strategy = QComboBox()
        for strategy in Strategy:
            self.strategy.addItem("", strategy.value)
        self.strategy.activated.connect(self._strategy_chosen)
        self.ring = QSpinBox()
        self.ring.setRange(1, MAX_SECONDS)
        self.ring.editingFinished.connect(self._ring_done)
        self.prompt = QLineEdit()
        self.prompt.editingFinished.connect(lambda: self._text_done("prompt", self.prompt))
        self.number = QLineEdit()
        self.number.editingFinished.connect(lambda: self._text_done("number", self.number))
        self.mailbox = QLineEdit()
        self.mailbox.editingFinished.connect(lambda: self._text_done("mailbox", self.mailbox))
        self.new_key = QComboBox()
        self.add_key = QPushButton()
        self.add_key.clicked.connect(self._add_key)
        self.exits = QFormLayout()
        self.targets_model = QStringListModel(self)
        self._target_names: list[tuple[str, str]] = []
        self.form = QFormLayout()
        self.form.addRow(self.heading)
        self.rows: dict[str, tuple[QLabel, QWidget]] = {}
        members_box = QWidget()
        members_layout = QVBoxLayout(members_box)
        members_layout.setContentsMargins(0, 0, 0, 0)
        members_layout.addWidget(self.members)
        members_layout.addWidget(self.person)
        members_layout.addWidget(self.remove_member)
        key_box = QWidget()
        key_layout = QHBoxLayout(key_box)
        key_layout.setContentsMargins(0, 0, 0, 0)
        key_layout.addWidget(self.new_key, 1)
        key_layout.addWidget(self.add_key)
        for name, widget in (
            ("label", self.label),
            ("calendar", self.calendar),
            ("members", members_box),
            ("strategy", self.strategy),
            ("ring_s", self.ring),
            ("prompt", self.prompt),
            ("number", self.number),
            ("mailbox", self.mailbox),
            ("options", key_box),
        ):
            caption = QLabel()
            caption.setBuddy(widget)
            self.form.addRow(caption, widget)
            self.rows[name] = (caption, widget)
        self.calendar_editor = CalendarEditor(editor)
        self.form.addRow(self.calendar_editor)
        exits_box = QWidget()
        exits_box.setLayout(self.exits)
        self.exits_caption = QLabel()
        self.form.addRow(self.exits_caption)
        self.form.addRow(exits_box)
        # The calendar makes a schedule's form taller than a dock: the form scrolls.
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(self.form)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()
        self.show_node(None)

    def retranslate(self) -> None:
        captions = {
            "label": self.tr("&Label:"),
            "calendar": self.tr("&Calendar:"),
            "members": self.tr("&Members:"),
            "strategy": self.tr("&Ringing:"),
            "ring_s": self.tr("Ring &time:"),
            "prompt": self.tr("&Message:"),
            "number": self.tr("&Number:"),
            "mailbox": self.tr("&Mailbox:"),
            "options": self.tr("New &key:"),
        }
        for name, (caption, _) in self.rows.items():
            caption.setText(captions[name])
        self.person.setPlaceholderText(self.tr("Add a person: type a name…"))
        self.remove_member.setText(self.tr("Remove the chosen member"))
        self.add_key.setText(self.tr("Add"))
        self.ring.setSuffix(self.tr(" s"))
        self._target_names = []  # "nowhere" in the new language
        self.exits_caption.setText(self.tr("<b>Where the exits lead</b>"))
        for row, strategy in enumerate(Strategy):
            self.strategy.setItemText(row, gui_translate("PatternCard", STRATEGIES[strategy]))
        self.calendar_editor.retranslate()
        self.show_node(self.node)

    def set_people(self, people: list[PersonChoice]) -> None:
        self.people = people
        self.people_model.setStringList([self._person_text(p) for p in people])

    @staticmethod
    def _person_text(person: PersonChoice) -> str:
        return f"{person.name} ({phone(person.number)})"

    def show_node(self, node: Node | None) -> None:
        """Fill the form from `node` (nothing selected: an explanation only)."""
        self.node = node
        pattern = self.editor.pattern
        if node is None or pattern is None:
            self.heading.setText(self.tr("Choose a card to see and change its fields."))
            for caption, widget in self.rows.values():
                caption.hide()
                widget.hide()
            self.exits_caption.hide()
            self.calendar_editor.hide()
            self._clear_exits()
            return
        kind = word(node.type, gui_translate)
        self.heading.setText(self.tr("<b>{kind}</b> ({id})").format(kind=kind, id=node.id))
        shown = {"label", *NODE_FIELDS[node.type]}
        for name, (caption, widget) in self.rows.items():
            if widget.isVisibleTo(self) != (name in shown):  # relayouts are slow
                caption.setVisible(name in shown)
                widget.setVisible(name in shown)
        for widget in (self.label, self.prompt, self.number, self.mailbox):
            widget.blockSignals(True)
        self.label.setText(node.label or "")
        self.prompt.setText(node.prompt or "")
        self.number.setText(node.number or "")
        self.mailbox.setText(node.mailbox or "")
        for widget in (self.label, self.prompt, self.number, self.mailbox):
            widget.blockSignals(False)
        self.calendar.clear()
        self.calendar.addItem("", NOWHERE)
        for name in pattern.calendars:
            self.calendar.addItem(name, name)
        self.calendar.setCurrentIndex(max(self.calendar.findData(node.calendar or NOWHERE), 0))
        is_schedule = node.type is NodeType.SCHEDULE
        if is_schedule:
            self.calendar_editor.show_calendar(pattern, node)
        if self.calendar_editor.isVisibleTo(self) != is_schedule:
            self.calendar_editor.setVisible(is_schedule)
        self.members.clear()
        for member_id in node.member_ids:
            member = pattern.members.get(member_id)
            name = member.name if member is not None and member.name else member_id
            item = QListWidgetItem(
                f"{name} ({phone(member.number)})" if member is not None else name
            )
            item.setData(Qt.ItemDataRole.UserRole, member_id)
            self.members.addItem(item)
        self.strategy.setCurrentIndex(list(Strategy).index(node.strategy or Strategy.SIMULTANEOUS))
        self.ring.blockSignals(True)
        self.ring.setValue(node.ring_seconds)
        self.ring.blockSignals(False)
        self.new_key.clear()
        for key in MENU_KEYS:
            if key not in (node.options or {}):
                self.new_key.addItem(key, key)
        self.exits_caption.setVisible(bool(ports(node)))
        self._fill_exits(pattern, node)

    def _clear_exits(self) -> None:
        while self.exits.rowCount():
            self.exits.removeRow(0)

    def _targets(self, pattern: Pattern) -> list[str]:
        """The ids an exit can lead to, first "nowhere"; the shared names model of the
        exit combos is made again only when the nodes or their names changed."""
        names = [(n.id, n.label or n.id) for n in pattern.nodes]
        if names != self._target_names:
            self._target_names = names
            self.targets_model.setStringList([self.tr("(nowhere)"), *(n for _, n in names)])
        return [NOWHERE, *(i for i, _ in names)]

    def _fill_exits(self, pattern: Pattern, node: Node) -> None:
        self._clear_exits()
        targets = self._targets(pattern)
        for port in ports(node):
            target = (node.options or {}).get(port) if port in MENU_KEYS else node.exits.get(port)
            combo = QComboBox()
            combo.setModel(self.targets_model)
            combo.setCurrentIndex(targets.index(target) if target in targets else 0)
            combo.activated.connect(lambda row, p=port, ids=targets: self._exit_chosen(p, ids[row]))
            caption = QLabel(port_text(port, gui_translate))
            caption.setBuddy(combo)
            combo.setAccessibleName(caption.text())
            self.exits.addRow(caption, combo)

    # -- each change one edit ----------------------------------------------------------------
    def _edit(self, text: str, change: Callable[[Pattern, str], Pattern]) -> None:
        if self.node is not None and self.editor.pattern is not None:
            self.editor.edit(text, change(self.editor.pattern, self.node.id))

    def _label_done(self) -> None:
        if self.node is not None and (self.node.label or "") != self.label.text().strip():
            text = self.label.text()
            self._edit(self.tr("Rename"), lambda p, i: edits.rename(p, i, text))

    def _text_done(self, name: str, field: QLineEdit) -> None:
        if self.node is None or (getattr(self.node, name) or "") == field.text().strip():
            return
        value = field.text().strip() or None
        self._edit(self.tr("Change a field"), lambda p, i: edits.change(p, i, **{name: value}))

    def _calendar_chosen(self) -> None:
        value = str(self.calendar.currentData()) or None
        self._edit(self.tr("Choose a calendar"), lambda p, i: edits.change(p, i, calendar=value))

    def _strategy_chosen(self) -> None:
        value = Strategy(str(self.strategy.currentData()))
        if self.node is not None and self.node.strategy != value:
            self._edit(
                self.tr("Change the ringing"), lambda p, i: edits.change(p, i, strategy=value)
            )

    def _ring_done(self) -> None:
        value = self.ring.value()
        if self.node is not None and self.node.ring_seconds != value:
            self._edit(
                self.tr("Change the ring time"), lambda p, i: edits.change(p, i, ring_s=value)
            )

    def _person_chosen(self, text: str) -> None:
        person = next((p for p in self.people if self._person_text(p) == text), None)
        if person is None or self.node is None:
            return
        member = Member(person.number, person.name or None, person.employee_id or None)

        def add(pattern: Pattern, node_id: str) -> Pattern:
            pattern, member_id = edits.member_for(pattern, member)
            node = pattern.node(node_id)
            assert node is not None
            if member_id in node.member_ids:
                return pattern
            return edits.change(pattern, node_id, members=(*node.member_ids, member_id))

        self._edit(self.tr("Add a member"), add)
        self.person.clear()

    def _remove_member(self) -> None:
        item = self.members.currentItem()
        if item is None or self.node is None:
            return
        gone = str(item.data(Qt.ItemDataRole.UserRole))
        left = tuple(m for m in self.node.member_ids if m != gone)
        self._edit(self.tr("Remove a member"), lambda p, i: edits.change(p, i, members=left))

    def _add_key(self) -> None:
        key = self.new_key.currentData()
        if key is None or self.node is None:
            return
        options = {**(self.node.options or {}), str(key): None}
        self._edit(self.tr("Add a key"), lambda p, i: edits.change(p, i, options=options))

    def _exit_chosen(self, port: str, target: str) -> None:
        if target:
            self._edit(self.tr("Connect"), lambda p, i: edits.connect(p, i, port, target))
        else:
            self._edit(self.tr("Disconnect"), lambda p, i: edits.disconnect(p, i, port))
