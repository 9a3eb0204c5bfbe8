"""The ring-pattern editor: the canvas in the middle, the palette and the inspector in docks.

Every edit is a function of `kontakt.core.ringpattern.edit` giving a new pattern, pushed
as a `PatternEdit` on the editor's undo stack (the main window's Edit ▸ Undo acts on it);
undo and redo hand the scene the pattern to show, and the scene touches only what
changed. Saving stores the draft through `kontakt.services.patterns`: the first save of a
baseline makes a draft version, later saves update that draft; "new version" is the
deliberate step to another one (the versions panel). A moment after each edit the working
draft is also written to a recovery file (`kontakt.services.recovery`), so a crash loses
at most a few seconds: opening the pattern again offers it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import (
    QByteArray,
    QPointF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QUndoView,
    QWidget,
)

from kontakt.core.ringpattern import (
    Finding,
    Node,
    NodeType,
    Pattern,
    validate,
    with_layout,
)
from kontakt.core.ringpattern import edit as edits
from kontakt.core.ringpattern.layout import ports
from kontakt.core.ringpattern.messages import (
    finding_message,
    finding_place,
    moment_text,
    word,
)
from kontakt.core.safe_files import FileWriteError
from kontakt.core.severity import Severity
from kontakt.i18n import gui_translate, user_settings
from kontakt.services import patterns as pattern_service
from kontakt.services import recovery
from kontakt.services.database import StorageError, error_text
from kontakt.services.patterns import SaveConflict, StoredPattern
from kontakt.ui.tasks import TaskRunner
from kontakt.ui.workspaces.patterns.commands import PatternEdit
from kontakt.ui.workspaces.patterns.connect_dialog import ConnectDialog
from kontakt.ui.workspaces.patterns.export import FORMATS, export_scene
from kontakt.ui.workspaces.patterns.find import FindField, matches
from kontakt.ui.workspaces.patterns.inspector import Inspector
from kontakt.ui.workspaces.patterns.items import GRID, SEVERITY_SIGNS
from kontakt.ui.workspaces.patterns.outline import Outline
from kontakt.ui.workspaces.patterns.palette import Palette
from kontakt.ui.workspaces.patterns.rename import InPlaceRename
from kontakt.ui.workspaces.patterns.scene import PatternScene
from kontakt.ui.workspaces.patterns.simulation_panel import SimulationPanel
from kontakt.ui.workspaces.patterns.trace_panel import TracePanel
from kontakt.ui.workspaces.patterns.versions_panel import VersionsPanel
from kontakt.ui.workspaces.patterns.view import (
    ZOOM_STEP,
    OverviewView,
    PatternView,
)

if TYPE_CHECKING:
    from kontakt.services.database import Database

DOCKS_KEY: Final = "patternEditor/docks"
CLIPBOARD: list[tuple[Node, tuple[float, float] | None]] = []
"""The cards copied last, with their places: pasted into any pattern open in this run."""
VALIDATE_AFTER_MS: Final = 150
"""Validation waits this long after the last edit, so typing and dragging never wait."""
KEEP_AFTER_MS: Final = 1000
"""The working draft is written this long after the last edit: a crash costs no more."""
SEVERITY_ORDER: Final = (Severity.ERROR, Severity.WARNING, Severity.INFO)


class PatternEditor(QMainWindow):
    """One stored pattern open for editing; `closed` when the user goes back to the list."""

    closed = Signal()
    saved = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Widget)
        self.db = db
        self.stored: StoredPattern | None = None
        self.pattern: Pattern | None = None
        self.draft: int | None = None
        self.keeper: recovery.DraftKeeper | None = None
        self.stack = QUndoStack(self)
        self.scene = PatternScene(parent=self)
        scene = self.scene
        # A scene clears its selection as it goes, after the editor's slots have gone.
        self.destroyed.connect(lambda: scene.blockSignals(True))
        self.view = PatternView(self.scene)
        self.setCentralWidget(self.view)
        self.palette_list = Palette()
        self.palette_list.itemActivated.connect(self._palette_activated)
        self.palette_dock = self._dock(
            "palette", self.palette_list, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.inspector = Inspector(self)
        self.inspector_dock = self._dock(
            "inspector", self.inspector, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.findings_list = QListWidget()
        self.findings_list.itemActivated.connect(self._finding_chosen)
        self.findings_list.itemClicked.connect(self._finding_chosen)
        self.findings_dock = self._dock(
            "findings", self.findings_list, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.simulation = SimulationPanel(self)
        self.simulation_dock = self._dock(
            "simulation", self.simulation, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.trace = TracePanel(self)
        self.trace_dock = self._dock("trace", self.trace, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.versions = VersionsPanel(self)
        self.versions_dock = self._dock(
            "versions", self.versions, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.overview = OverviewView(self.view)
        self.overview.setMinimumHeight(140)
        self.overview_dock = self._dock(
            "overview", self.overview, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.outline = Outline(self)
        self.outline_dock = self._dock(
            "outline", self.outline, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.outline_dock.visibilityChanged.connect(
            lambda shown: self.outline.set_pattern(self.pattern) if shown and self.pattern else None
        )
        self.history = QUndoView(self.stack)
        self.history_dock = self._dock(
            "history", self.history, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.tabifyDockWidget(self.findings_dock, self.simulation_dock)
        self.tabifyDockWidget(self.simulation_dock, self.trace_dock)
        self.tabifyDockWidget(self.trace_dock, self.versions_dock)
        self.tabifyDockWidget(self.versions_dock, self.history_dock)
        self.findings_dock.raise_()
        self.findings: list[Finding] = []
        self.generation = 0
        self.validator = TaskRunner(self)
        self.validate_timer = QTimer(self)
        self.validate_timer.setSingleShot(True)
        self.validate_timer.setInterval(VALIDATE_AFTER_MS)
        self.validate_timer.timeout.connect(self._validate)
        self.keeping = TaskRunner(self)
        self.keep_timer = QTimer(self)
        self.keep_timer.setSingleShot(True)
        self.keep_timer.setInterval(KEEP_AFTER_MS)
        self.keep_timer.timeout.connect(self.keep_draft)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.scene.moved.connect(self._moved)
        self.scene.connect_requested.connect(self._connect_requested)
        self.scene.entry_connect_requested.connect(self._entry_connect_requested)
        self.view.dropped.connect(self._dropped)
        self.view.stepped.connect(self.step_card)
        self.view.nudged.connect(self.nudge)
        self.view.inspect.connect(self.open_inspector)
        # The canvas follows the system's light or dark scheme as it changes.
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.scene.set_colour_scheme)
        self.renamer = InPlaceRename(self.view)
        self.renamer.committed.connect(self._renamed)
        self.scene.rename_requested.connect(self.rename_card)
        self.find_field = FindField()
        self.find_field.search.connect(self.find_card)
        self.find_field.left.connect(self.view.setFocus)
        self._build_actions()
        self.retranslate()
        state = user_settings().value(DOCKS_KEY)
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def save_docks(self) -> None:
        """Keep where the user put the docks, for the next start."""
        user_settings().setValue(DOCKS_KEY, self.saveState())

    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(f"{name}Dock")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _action(
        self,
        handler: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str,
        on_canvas: bool = False,
    ) -> QAction:
        """An action of the toolbar; its shortcut works in the whole editor, or (those that
        act on cards) only on the canvas, so that typing in the inspector is never an edit
        of the cards."""
        action = QAction(self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(
            Qt.ShortcutContext.WidgetShortcut
            if on_canvas
            else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        action.triggered.connect(handler)
        (self.view if on_canvas else self).addAction(action)
        return action

    def _build_actions(self) -> None:
        self.back_action = self._action(self.close_pattern, "")
        self.save_action = self._action(self.save, QKeySequence.StandardKey.Save)
        self.undo_action = self.stack.createUndoAction(self)
        self.redo_action = self.stack.createRedoAction(self)
        self.delete_action = self._action(
            self.delete_selected, QKeySequence.StandardKey.Delete, on_canvas=True
        )
        self.duplicate_action = self._action(self.duplicate_selected, "Ctrl+D", on_canvas=True)
        self.rename_action = self._action(self.rename_selected, "F2", on_canvas=True)
        self.find_action = self._action(self.start_find, QKeySequence.StandardKey.Find)
        self.new_version_action = self._action(self.new_version, "")
        self.order_action = self._action(self.versions.order, "")
        self.copy_action = self._action(self.copy_selected, QKeySequence.StandardKey.Copy, True)
        self.paste_action = self._action(self.paste, QKeySequence.StandardKey.Paste, True)
        self.zoom_in_action = self._action(lambda: self.view.zoom(ZOOM_STEP), "Ctrl++")
        self.zoom_out_action = self._action(lambda: self.view.zoom(1 / ZOOM_STEP), "Ctrl+-")
        self.fit_action = self._action(self.view.fit, "Ctrl+0")
        self.layout_action = self._action(self.lay_out, "Ctrl+Shift+L")
        self.connect_action = self._action(self.connect_selected, "Ctrl+L", on_canvas=True)
        self.export_action = self._action(self.export, "")
        self.trace_action = self._action(self.trace_selected, "Ctrl+T", on_canvas=True)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("editorToolbar")
        for action in (
            self.back_action,
            self.save_action,
            self.undo_action,
            self.redo_action,
            self.delete_action,
            self.duplicate_action,
            self.copy_action,
            self.paste_action,
            self.rename_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_action,
            self.layout_action,
            self.trace_action,
            self.export_action,
        ):
            self.toolbar.addAction(action)
        self.name_label = QLabel()
        self.name_label.setObjectName("patternName")
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.find_field)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.name_label)
        self.addToolBar(self.toolbar)
        self._build_menus()
        self.stack.cleanChanged.connect(self._clean_changed)

    def _build_menus(self) -> None:
        """Every action and shortcut in a menu, so that it can be found; the docks too
        (the undo history among them)."""
        bar = self.menuBar()
        self.pattern_menu = bar.addMenu("")
        for action in (
            self.save_action,
            self.new_version_action,
            self.order_action,
            self.export_action,
            self.back_action,
        ):
            self.pattern_menu.addAction(action)
        self.cards_menu = bar.addMenu("")
        for action in (
            self.undo_action,
            self.redo_action,
            self.rename_action,
            self.delete_action,
            self.duplicate_action,
            self.copy_action,
            self.paste_action,
            self.find_action,
            self.connect_action,
            self.trace_action,
        ):
            self.cards_menu.addAction(action)
        self.show_menu = bar.addMenu("")
        for action in (
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_action,
            self.layout_action,
        ):
            self.show_menu.addAction(action)
        self.show_menu.addSeparator()
        for dock in (
            self.palette_dock,
            self.inspector_dock,
            self.outline_dock,
            self.overview_dock,
            self.findings_dock,
            self.simulation_dock,
            self.trace_dock,
            self.versions_dock,
            self.history_dock,
        ):
            self.show_menu.addAction(dock.toggleViewAction())

    def retranslate(self) -> None:
        self.pattern_menu.setTitle(self.tr("&Ring pattern"))
        self.cards_menu.setTitle(self.tr("&Cards"))
        self.show_menu.setTitle(self.tr("&Show"))
        self.find_action.setText(self.tr("&Find a card"))
        self.new_version_action.setText(self.tr("&New version"))
        self.order_action.setText(self.tr("&Order this change…"))
        self.find_field.setPlaceholderText(self.tr("Find a card (Ctrl+F)"))
        self.find_field.setAccessibleName(self.tr("Find a card by its label or id"))
        self.palette_dock.setWindowTitle(self.tr("Add a step"))
        self.findings_dock.setWindowTitle(self.tr("Findings"))
        self.simulation_dock.setWindowTitle(self.tr("Simulate a call"))
        self.history_dock.setWindowTitle(self.tr("History"))
        self.trace_dock.setWindowTitle(self.tr("Trace back"))
        self.versions_dock.setWindowTitle(self.tr("Versions"))
        self.versions.retranslate()
        self.trace.retranslate()
        self.outline_dock.setWindowTitle(self.tr("Outline"))
        self.overview_dock.setWindowTitle(self.tr("Overview"))
        self.history.setEmptyLabel(self.tr("As opened"))
        self.simulation.retranslate()
        self.inspector_dock.setWindowTitle(self.tr("Inspector"))
        self.palette_list.retranslate()
        self.inspector.retranslate()
        self.back_action.setText(self.tr("Back to the list"))
        self.save_action.setText(self.tr("&Save draft"))
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self.delete_action.setText(self.tr("&Delete"))
        self.duplicate_action.setText(self.tr("D&uplicate"))
        self.copy_action.setText(self.tr("&Copy"))
        self.paste_action.setText(self.tr("&Paste"))
        self.rename_action.setText(self.tr("&Rename"))
        self.zoom_in_action.setText(self.tr("Zoom &in"))
        self.zoom_out_action.setText(self.tr("Zoom &out"))
        self.fit_action.setText(self.tr("&Fit to window"))
        self.layout_action.setText(self.tr("&Lay out again"))
        self.export_action.setText(self.tr("&Export drawing…"))
        self.trace_action.setText(self.tr("&Trace back"))
        self.connect_action.setText(self.tr("&Connect an exit …"))
        self._clean_changed(self.stack.isClean())

    # -- the pattern -------------------------------------------------------------------------
    def open(self, stored: StoredPattern) -> None:
        """Edit `stored` (cards without a place are laid out; that is no change yet)."""
        self.stored = stored
        self.draft = stored.draft
        self.keeper = None  # not before the user has said what becomes of kept work
        self.stack.clear()
        self.show_pattern(with_layout(stored.pattern))
        self.stack.setClean()
        self._clean_changed(True)
        self.inspector.set_people(pattern_service.people(self.db))
        self.view.fit_while_resized()
        self.overview.fit()
        self.versions.refresh()
        keeper = recovery.for_pattern(self.db, stored.key)
        kept = keeper.kept()
        if kept is not None and kept.pattern != self.pattern:
            if self._ask_restore(kept):
                self.edit(self.tr("Restore the kept changes"), kept.pattern)
            else:
                keeper.discard()
        self.keeper = keeper

    def _ask_restore(self, kept: recovery.Recovered) -> bool:
        """True when the user restores the changes kept from an editor that did not close."""
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes were kept"),
            self.tr(
                "Kontakt kept changes to {name} that were not saved (last kept {when}). "
                "Restore them? (Discard throws them away.)"
            ).format(
                name=kept.pattern.name,
                when=moment_text(kept.kept_at.astimezone(), gui_translate),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def keep_draft(self) -> None:
        """Write the working draft to its recovery file, off the GUI thread, or remove that
        file when there is nothing unsaved (the timer calls this a moment after each edit)."""
        self.keep_timer.stop()
        keeper, pattern, draft = self.keeper, self.pattern, self.draft
        if keeper is None or pattern is None:
            return
        if self.stack.isClean():
            self.keeping.wait()  # a write still under way would bring the file back
            keeper.discard()
            return
        if self.keeping.running:
            self.keep_timer.start()  # the newest pattern, once this write is done
            return
        # A failed write costs nothing saved; the next edit tries again.
        self.keeping.run(
            lambda _progress, _cancelled: keeper.keep(pattern, draft),
            lambda _result: None,
            lambda _error: None,
        )

    def show_pattern(self, pattern: Pattern) -> None:
        """Show `pattern` (undo and redo call this with the pattern to go back to)."""
        self.pattern = pattern
        self.scene.set_pattern(pattern)
        self.simulation.set_pattern(pattern)
        self.trace.set_pattern(pattern)
        self.versions.pattern_changed()
        self.generation += 1
        self.validate_timer.start()
        self.keep_timer.start()
        selected = self.scene.selected_ids()
        self.inspector.show_node(pattern.node(selected[0]) if len(selected) == 1 else None)

    # -- live validation ---------------------------------------------------------------------
    def _validate(self) -> None:
        """Validate the pattern shown now, off the GUI thread; a result for an older
        pattern is dropped, and the newest is validated when the worker is free."""
        if self.pattern is None:
            return
        if self.validator.running:
            self.validate_timer.start()
            return
        pattern, generation = self.pattern, self.generation
        if self.outline_dock.isVisible():  # debounced too: a large tree takes a while
            self.outline.set_pattern(pattern)
        self.validator.run(
            lambda _progress, _cancelled: validate(pattern),
            lambda findings: self._validated(generation, pattern, findings),
            lambda _error: None,
        )

    def _validated(self, generation: int, pattern: Pattern, findings: list[Finding]) -> None:
        if generation != self.generation:
            return
        self.findings = findings
        worst: dict[str, Severity] = {}
        for finding in findings:
            if finding.node is None:
                continue
            known = worst.get(finding.node)
            if known is None or SEVERITY_ORDER.index(finding.severity) < SEVERITY_ORDER.index(
                known
            ):
                worst[finding.node] = finding.severity
        for node_id, card in self.scene.cards.items():
            severity = worst.get(node_id)
            text = word(severity.value, gui_translate) if severity is not None else ""
            if card.badge != severity or card.badge_text != text:
                card.set_badge(severity, text)
        self.findings_list.clear()
        for finding in sorted(findings, key=lambda f: SEVERITY_ORDER.index(f.severity)):
            place = finding_place(pattern, finding, gui_translate)
            message = finding_message(finding, pattern, gui_translate)
            kind = word(finding.severity.value, gui_translate)
            item = QListWidgetItem(
                self.tr("{sign} {severity}: {place}: {message}").format(
                    sign=SEVERITY_SIGNS[finding.severity],
                    severity=kind[:1].upper() + kind[1:],
                    place=place,
                    message=message,
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, finding.node or "")
            self.findings_list.addItem(item)
        self.findings_dock.setWindowTitle(
            self.tr("Findings (%n)", "", len(findings)) if findings else self.tr("No findings")
        )

    def _finding_chosen(self, item: QListWidgetItem) -> None:
        node_id = str(item.data(Qt.ItemDataRole.UserRole))
        card = self.scene.cards.get(node_id)
        if card is not None:
            self.scene.select_only([node_id])
            self.view.centerOn(card)

    def edit(self, text: str, after: Pattern, merge_key: str = "") -> None:
        """Make `after` the pattern, as one undoable step named `text`."""
        before = self.pattern
        if before is None or after is before:
            return
        self.stack.push(PatternEdit(text, self.show_pattern, before, after, merge_key))

    def is_modified(self) -> bool:
        return not self.stack.isClean()

    def _clean_changed(self, clean: bool) -> None:
        self.save_action.setEnabled(self.pattern is not None and not clean)
        name = self.pattern.name if self.pattern is not None else ""
        self.name_label.setText(
            name if clean else self.tr("{name} – changed, not saved").format(name=name)
        )

    def save(self) -> bool:
        """Store the draft; True when it is stored."""
        if self.stored is None or self.pattern is None:
            return False
        key, pattern = self.stored.key, self.pattern
        return self._store(lambda: pattern_service.save_draft(self.db, key, pattern, self.draft))

    def new_version(self) -> None:
        """Store the pattern as a new draft version, the deliberate step: saves before
        update the open draft, and so do the saves after, of the new one."""
        if self.stored is None or self.pattern is None:
            return
        key, pattern = self.stored.key, self.pattern
        self._store(lambda: pattern_service.new_version(self.db, key, pattern))

    def _store(self, store: Callable[[], int]) -> bool:
        """Run `store` (giving the draft's number) and say what stopped it: someone who
        saved in between (the work is then kept as a draft of its own), a role that may not
        change, a lost connection (nothing kept; try again)."""
        while True:
            try:
                self.draft = store()
            except SaveConflict as conflict:
                self.draft = conflict.kept_as
                QMessageBox.warning(self, self.tr("Saved as a new draft"), self._conflict(conflict))
                break
            except StorageError as error:
                retry = error.code == "connection-lost"
                buttons = QMessageBox.StandardButton.Cancel
                if retry:
                    buttons |= QMessageBox.StandardButton.Retry
                answer = QMessageBox.warning(
                    self, self.tr("Not saved"), error_text(gui_translate, error), buttons
                )
                if retry and answer == QMessageBox.StandardButton.Retry:
                    continue
                return False
            break
        self._stored()
        return True

    def _stored(self) -> None:
        self.stack.setClean()
        self.keep_draft()
        self.versions.refresh()
        self.saved.emit()

    def _conflict(self, conflict: SaveConflict) -> str:
        when = moment_text(conflict.at.astimezone(), gui_translate) if conflict.at else "?"
        return self.tr(
            "{by} saved version {newest} of this ring pattern at {when}, after you opened it. "
            "Nothing was saved over it: your work is kept as the new draft version {kept}."
        ).format(by=conflict.by, newest=conflict.newest, when=when, kept=conflict.kept_as)

    def may_leave(self) -> bool:
        """True when the pattern may be left: saved, or the user chose to save or discard."""
        if not self.is_modified():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The ring pattern has changes that are not saved. Save them as a draft?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.stack.clear()
            self.keep_draft()
            return True
        return False

    def close_pattern(self) -> None:
        if self.may_leave():
            self.stack.clear()
            self.closed.emit()

    # -- edits from the user -----------------------------------------------------------------
    def add_node(self, node_type: NodeType, at: QPointF | None = None) -> str | None:
        """Add a new node of `node_type` with its card at `at` (default: the view's middle);
        its id, and it becomes the selection."""
        if self.pattern is None:
            return None
        node_id = edits.unique_id(self.pattern, node_type.value)
        where = at if at is not None else self.view.mapToScene(self.view.viewport().rect().center())
        position = (round(where.x() / GRID) * GRID, round(where.y() / GRID) * GRID)
        node = edits.new_node(node_type, node_id)
        self.edit(self.tr("Add a step"), edits.add_node(self.pattern, node, position))
        self.scene.select_only([node_id])
        return node_id

    def _palette_activated(self, item: QListWidgetItem) -> None:
        self.add_node(NodeType(item.data(Qt.ItemDataRole.UserRole)))

    def _dropped(self, node_type: str, at: QPointF) -> None:
        self.add_node(NodeType(node_type), at)

    def _moved(self, positions: dict[str, tuple[float, float]]) -> None:
        if self.pattern is not None:
            self.edit(self.tr("Move"), edits.move(self.pattern, positions))

    def _connect_requested(self, node_id: str, port: str, target: str) -> None:
        if self.pattern is not None:
            self.edit(self.tr("Connect"), edits.connect(self.pattern, node_id, port, target))

    def _entry_connect_requested(self, number: str, target: str) -> None:
        if self.pattern is not None:
            self.edit(self.tr("Connect"), edits.connect_entry(self.pattern, number, target))

    def delete_selected(self) -> None:
        chosen = self.scene.selected_ids()
        if self.pattern is not None and chosen:
            self.edit(self.tr("Delete"), edits.remove_nodes(self.pattern, chosen))

    def duplicate_selected(self) -> None:
        chosen = self.scene.selected_ids()
        if self.pattern is None or not chosen:
            return
        after, copies = edits.duplicate(self.pattern, chosen)
        self.edit(self.tr("Duplicate"), after)
        self.scene.select_only(copies)

    def copy_selected(self) -> None:
        """Keep the selected cards for `paste`, in this pattern or another one."""
        chosen = self.scene.selected_ids()
        if self.pattern is None or not chosen:
            return
        layout = self.pattern.layout or {}
        nodes = [n for i in chosen if (n := self.pattern.node(i)) is not None]
        CLIPBOARD[:] = [(n, layout.get(n.id)) for n in nodes]

    def paste(self) -> None:
        """Add copies of the copied cards (ids made unique), beside where they were."""
        if self.pattern is None or not CLIPBOARD:
            return
        nodes = [node for node, _ in CLIPBOARD]
        positions = {node.id: at for node, at in CLIPBOARD if at is not None}
        offset = (edits.PASTE_OFFSET, edits.PASTE_OFFSET)
        after, copies = edits.paste(self.pattern, nodes, positions, offset)
        self.edit(self.tr("Paste"), after)
        self.scene.select_only(copies)

    def rename_selected(self) -> None:
        """Rename the one chosen card in place (F2)."""
        chosen = self.scene.selected_ids()
        if len(chosen) == 1:
            self.rename_card(chosen[0])

    def rename_card(self, node_id: str) -> None:
        """Open the field over the label of card `node_id` (also a double-click there)."""
        card = self.scene.cards.get(node_id)
        if card is None:
            return
        self.scene.select_only([node_id])
        self.view.ensureVisible(card)
        self.renamer.start(card)

    def _renamed(self, node_id: str, label: str) -> None:
        node = self.pattern.node(node_id) if self.pattern is not None else None
        if self.pattern is not None and node is not None and label != (node.label or ""):
            self.edit(self.tr("Rename"), edits.rename(self.pattern, node_id, label))

    def start_find(self) -> None:
        """Put the keyboard in the find field (Ctrl+F)."""
        self.find_field.setFocus()
        self.find_field.selectAll()

    def find_card(self, text: str, step: int) -> None:
        """Choose and show the first card whose label or id holds `text`, or (`step` 1)
        the one after the card chosen now."""
        if self.pattern is None:
            return
        found = matches(self.pattern, text)
        if not found:
            return
        chosen = self.scene.selected_ids()
        here = found.index(chosen[0]) if step and chosen and chosen[0] in found else -1
        node_id = found[(here + 1) % len(found)] if step else found[0]
        self.scene.select_only([node_id])
        self.view.centerOn(self.scene.cards[node_id])

    def lay_out(self) -> None:
        if self.pattern is not None:
            self.edit(self.tr("Lay out again"), with_layout(self.pattern, again=True))
            self.view.fit()

    def export(self, path: Path | None = None) -> Path | None:
        """Write the drawing to a PNG, SVG or PDF file (asked for when `path` is None);
        the kind follows the file's suffix."""
        if self.pattern is None:
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the drawing"),
                f"{self.pattern.id}.pdf",
                self.tr("PDF (*.pdf);;SVG (*.svg);;PNG (*.png)"),
            )
            if not name:
                return None
            path = Path(name)
        kind = path.suffix.lower().lstrip(".")
        if kind not in FORMATS:
            kind, path = "pdf", path.with_suffix(".pdf")
        try:
            return export_scene(
                self.scene, self.pattern.name, kind, path, date.today(), gui_translate
            )
        except FileWriteError as error:
            QMessageBox.warning(
                self, self.tr("The drawing was not written"), error.message(gui_translate)
            )
            return None

    # -- the keyboard --------------------------------------------------------------------------
    def step_card(self, direction: int) -> None:
        """Select the next (1) or previous (-1) card, top to bottom and left to right."""
        cards = sorted(self.scene.cards.values(), key=lambda c: (c.y(), c.x()))
        if not cards:
            return
        chosen = self.scene.selected_ids()
        ids = [c.node_id for c in cards]
        here = ids.index(chosen[0]) if chosen else (-1 if direction > 0 else 0)
        card = cards[(here + direction) % len(cards)]
        self.scene.select_only([card.node_id])
        card.setFocus()
        self.view.ensureVisible(card)

    def nudge(self, dx: int, dy: int) -> None:
        """Move the selected cards by grid steps; moves of the same cards in a row are
        one undo step."""
        chosen = self.scene.selected_ids()
        if self.pattern is None or not chosen:
            return
        layout = self.pattern.layout or {}
        moved = {
            i: (layout[i][0] + dx * GRID, layout[i][1] + dy * GRID) for i in chosen if i in layout
        }
        self.edit(self.tr("Move"), edits.move(self.pattern, moved), "keys:" + " ".join(chosen))

    def connect_selected(self) -> None:
        """Connect one exit of the chosen card to a step picked from a list (Ctrl+L)."""
        chosen = self.scene.selected_ids()
        node = self.pattern.node(chosen[0]) if self.pattern and len(chosen) == 1 else None
        if self.pattern is None or node is None or not ports(node):
            return
        dialog = ConnectDialog(self.pattern, node, self)
        if dialog.exec() and (target := dialog.target()) is not None:
            self._connect_requested(node.id, dialog.port(), target)

    def trace_selected(self) -> None:
        """Show the trace panel with every way a call reaches the chosen card."""
        self.trace_dock.show()
        self.trace_dock.raise_()
        self.trace.trace_selected()

    def open_inspector(self) -> None:
        """Show the inspector and put the keyboard in its first field."""
        self.inspector_dock.show()
        self.inspector_dock.raise_()
        self.inspector.label.setFocus()

    def _selection_changed(self) -> None:
        if self.pattern is None:
            return
        chosen = self.scene.selected_ids()
        self.outline.follow(chosen)
        if len(chosen) == 1:
            # Cards have no accessibility interface: the view says which one is chosen.
            self.view.setAccessibleDescription(self.scene.cards[chosen[0]].accessible_name())
        self.inspector.show_node(self.pattern.node(chosen[0]) if len(chosen) == 1 else None)
