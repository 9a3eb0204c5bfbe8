"""The trace panel: every way a call reaches the chosen card or rings a member.

The trace is `kontakt.core.ringpattern.trace`, as `kontakt pattern trace` prints it (the
words are the command's): each path's number, route with the calendar states and keys it
takes, the keys pressed and the next moment a call follows it. The paths light up on the
canvas together; choosing one lights that one alone. The trace runs off the GUI thread:
on a large pattern it may take a while.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kontakt.core.ringpattern import Pattern, PatternError, Trace, trace
from kontakt.core.ringpattern.messages import (
    error_message,
    member_name,
    moment_text,
    node_name,
    phone,
    trace_route,
)
from kontakt.core.ringpattern.trace import TracePath
from kontakt.i18n import gui_translate
from kontakt.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from kontakt.ui.workspaces.patterns.editor import PatternEditor


def path_exits(path: TracePath) -> list[tuple[str, str]]:
    """The (node, port) of each exit the path takes, and ("", number) for its entry: the
    edges the canvas lights."""
    return [("", path.entry), *zip(path.nodes, path.exits, strict=False)]


class TracePanel(QWidget):
    """Trace back the chosen card or a member; the paths listed and lit on the canvas."""

    def __init__(self, editor: PatternEditor) -> None:
        super().__init__()
        self.editor = editor
        self.node_button = QPushButton()
        self.node_button.clicked.connect(self.trace_selected)
        self.member = QComboBox()
        self.member_button = QPushButton()
        self.member_button.clicked.connect(self.trace_member)
        self.from_caption = QLabel()
        self.first = QDateEdit(QDate.currentDate())
        self.first.setDisplayFormat("dd.MM.yyyy")
        self.first.setCalendarPopup(True)
        self.from_caption.setBuddy(self.first)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.paths = QTreeWidget()
        self.paths.setRootIsDecorated(False)
        self.paths.setColumnCount(4)
        self.paths.currentItemChanged.connect(self._path_chosen)
        self.result: Trace | None = None
        self.runner = TaskRunner(self)
        self.waiting: tuple[str, str] | None = None
        """The trace asked for while another one ran (the core's trace cannot be stopped)."""
        self._members: object = None
        row = QHBoxLayout()
        row.addWidget(self.node_button)
        row.addWidget(self.member, 1)
        row.addWidget(self.member_button)
        row.addWidget(self.from_caption)
        row.addWidget(self.first)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.heading)
        layout.addWidget(self.paths, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.node_button.setText(self.tr("Trace back the &chosen card"))
        self.member_button.setText(self.tr("Trace back the &member"))
        self.member.setAccessibleName(self.tr("Member"))
        self.from_caption.setText(self.tr("&From:"))
        self.paths.setHeaderLabels(
            [
                QCoreApplication.translate("PatternCommand", "Number"),
                QCoreApplication.translate("PatternCommand", "Route"),
                QCoreApplication.translate("PatternCommand", "Keys"),
                QCoreApplication.translate("TracePanel", "Next time"),
            ]
        )
        if self.result is not None and self.editor.pattern is not None:
            self._show(self.editor.pattern, self.result)

    def set_pattern(self, pattern: Pattern) -> None:
        """Offer the members of `pattern` (keeping the chosen one); a trace shown is of an
        older pattern now, so it goes."""
        if self.result is not None:
            self.clear()
        if pattern.members is self._members:
            return
        self._members = pattern.members
        chosen = self.member.currentData()
        self.member.clear()
        for member_id in sorted(
            pattern.members, key=lambda m: member_name(pattern, m, gui_translate)
        ):
            self.member.addItem(member_name(pattern, member_id, gui_translate), member_id)
        self.member.setCurrentIndex(max(self.member.findData(chosen), 0))

    def trace_selected(self) -> None:
        """Trace back the one card chosen on the canvas."""
        chosen = self.editor.scene.selected_ids()
        if len(chosen) != 1:
            self.clear()
            self.heading.setText(self.tr("Choose one card on the canvas to trace back."))
            return
        self.start("node", chosen[0])

    def trace_member(self) -> None:
        member_id = self.member.currentData()
        if member_id is not None:
            self.start("member", str(member_id))

    def start(self, kind: str, target: str) -> None:
        """Trace back `target`, a node id (`kind` "node") or a member id ("member")."""
        pattern = self.editor.pattern
        if pattern is None:
            return
        first = self.first.date().toPython()
        assert isinstance(first, date)
        self.heading.setText(self.tr("Tracing …"))
        if self.runner.running:
            self.waiting = (kind, target)
            return
        self.runner.run(
            lambda _progress, _cancelled: trace(pattern, kind, target, first),
            lambda result: self._traced(pattern, result),
            self._failed,
            on_done=self._next,
        )

    def _next(self) -> None:
        if self.waiting is not None:
            kind, target = self.waiting
            self.waiting = None
            self.start(kind, target)

    def _traced(self, pattern: Pattern, result: Trace) -> None:
        if pattern is not self.editor.pattern or self.runner.running:
            return  # edited meanwhile: this trace is of a pattern no longer shown
        self.result = result
        self._show(pattern, result)
        self.editor.scene.highlight(
            {n for p in result.paths for n in p.nodes},
            [e for p in result.paths for e in path_exits(p)],
        )

    def _failed(self, error: Exception) -> None:
        if self.runner.running:
            return
        self.clear()
        self.heading.setText(
            error_message(error, gui_translate)
            if isinstance(error, PatternError)
            else self.tr("The trace failed: {error}").format(error=error)
        )

    def _show(self, pattern: Pattern, result: Trace) -> None:
        count = len(result.paths)
        if result.kind == "node":
            name = node_name(pattern, result.target, gui_translate)
            heading = (
                QCoreApplication.translate(
                    "PatternCommand", "Calls that reach {node}: %n way(s)", "", count
                )
                if count
                else QCoreApplication.translate("PatternCommand", "No call reaches {node}.")
            )
        else:
            name = member_name(pattern, result.target, gui_translate)
            heading = (
                QCoreApplication.translate(
                    "PatternCommand", "Calls that ring {member}: %n way(s)", "", count
                )
                if count
                else QCoreApplication.translate("PatternCommand", "No call rings {member}.")
            )
        self.heading.setText(heading.format(node=name, member=name))
        self.paths.clear()
        for index, path in enumerate(result.paths):
            item = QTreeWidgetItem(
                [
                    phone(path.entry),
                    trace_route(pattern, path, gui_translate),
                    " ".join(path.press) or "–",
                    QCoreApplication.translate("PatternCommand", "not in the coming year")
                    if path.example is None
                    else moment_text(path.example, gui_translate),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            self.paths.addTopLevelItem(item)
        for column in range(self.paths.columnCount()):
            self.paths.resizeColumnToContents(column)

    def _path_chosen(self, item: QTreeWidgetItem | None) -> None:
        if item is None or self.result is None:
            return
        path = self.result.paths[int(item.data(0, Qt.ItemDataRole.UserRole))]
        self.editor.scene.highlight(path.nodes, path_exits(path))

    def clear(self) -> None:
        self.result = None
        self.heading.clear()
        self.paths.clear()
        self.editor.scene.highlight(())
