"""The main window: navigation to the workspaces, menus, status bar, remembered geometry."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QMetaObject, QObject, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTextEdit,
    QWidget,
)

from kontakt import i18n
from kontakt.ui.municipality_switcher import MunicipalitySwitcher
from kontakt.ui.workspaces.base import Workspace
from kontakt.ui.workspaces.registry import WORKSPACE_KEYS, workspace_factories, workspace_title

if TYPE_CHECKING:  # the database layer is imported only once the window is up
    from kontakt.services.database import Database
    from kontakt.ui.app import Translations
    from kontakt.ui.imports import Importer
    from kontakt.ui.outbox_sender import OutboxSender

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
SPLITTER_KEY = "window/splitter"
WORKSPACE_KEY = "window/workspace"

TextField = QLineEdit | QPlainTextEdit | QTextEdit
"""The editors whose own undo Edit ▸ Undo uses while one has the focus."""


class MainWindow(QMainWindow):
    """Kontakt's one main window. It is shown before the database is open (start-up stays
    quick); `attach_database` then fills it. Workspaces are built when first shown."""

    def __init__(self, translations: Translations, db: Database | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.db: Database | None = None
        self.outbox_sender: OutboxSender | None = None
        """Works the outbox while the window has a database (`kontakt.ui.outbox_sender`)."""
        self.translations = translations
        self._factories: list[tuple[str, Callable[[], Workspace]]] = []
        self._pages: dict[int, Workspace] = {}
        self._loading: dict[int, QLabel] = {}
        self.undo_group = QUndoGroup(self)
        self._field_connections: list[QMetaObject.Connection] = []
        self.importer: Importer | None = None

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(24, 24))
        self.navigation.setSpacing(2)
        self.stack = QStackedWidget()
        for row in range(len(WORKSPACE_KEYS)):
            self.navigation.addItem(QListWidgetItem())
            self._loading[row] = self._loading_page()
            self.stack.addWidget(self._loading[row])  # until the page is first shown
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([200, 900])
        self.setCentralWidget(self.splitter)

        self.municipality_label = QLabel()
        self.municipality_label.setObjectName("municipalityLabel")
        self.statusBar().addPermanentWidget(self.municipality_label)
        self.municipality_switcher = MunicipalitySwitcher()
        self.municipality_switcher.switched.connect(self._data_changed)
        self.statusBar().addPermanentWidget(self.municipality_switcher)

        self._build_actions()
        self._build_menus()
        self.navigation.currentRowChanged.connect(self._show_workspace)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.retranslate()
        self._restore()
        if db is not None:
            self.attach_database(db)

    def _loading_page(self) -> QLabel:
        label = QLabel()
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def attach_database(self, db: Database) -> None:
        """The database is open: build the shown workspace and say whose data this is."""
        self.db = db
        from kontakt.ui.outbox_sender import OutboxSender

        if self.outbox_sender is not None:
            self.outbox_sender.stop()
        self.outbox_sender = OutboxSender(db, self)
        self.outbox_sender.start()
        self._factories = workspace_factories(db, self.outbox_sender)
        self.refresh_status()
        self._show_workspace(self.navigation.currentRow())

    # -- building ---------------------------------------------------------------------------
    def _build_actions(self) -> None:
        style = self.style()
        self.import_register_action = QAction(self)
        self.import_register_action.triggered.connect(self.import_register)
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.triggered.connect(self.redo)
        self.undo_group.canUndoChanged.connect(self._update_undo)
        self.undo_group.canRedoChanged.connect(self._update_undo)
        self.undo_group.activeStackChanged.connect(self._update_undo)
        self._update_undo()
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.open_about)
        self.fullscreen_action = QAction(self)
        self.fullscreen_action.setShortcut(QKeySequence.StandardKey.FullScreen)
        self.fullscreen_action.setCheckable(True)
        self.fullscreen_action.toggled.connect(self._set_fullscreen)
        self.workspace_actions: list[QAction] = []
        icons = (
            QStyle.StandardPixmap.SP_FileDialogListView,
            QStyle.StandardPixmap.SP_FileDialogDetailedView,
            QStyle.StandardPixmap.SP_ComputerIcon,
            QStyle.StandardPixmap.SP_DialogApplyButton,
            QStyle.StandardPixmap.SP_ArrowForward,
            QStyle.StandardPixmap.SP_MessageBoxWarning,
        )
        for row in range(len(WORKSPACE_KEYS)):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.navigation.setCurrentRow(r))
            self.workspace_actions.append(action)
            item = self.navigation.item(row)
            item.setIcon(style.standardIcon(icons[row % len(icons)]))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.import_register_action)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.view_menu = bar.addMenu("")
        for action in self.workspace_actions:
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.fullscreen_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Every text of the window in the current language."""
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.import_register_action.setText(self.tr("Import &number register…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.about_action.setText(self.tr("&About Kontakt"))
        self.fullscreen_action.setText(self.tr("&Full screen"))
        for row in range(len(WORKSPACE_KEYS)):
            title = self._title_of(row)
            self.navigation.item(row).setText(title)
            self.workspace_actions[row].setText(title)
        # Every workspace's name stays whole, however wide the page beside it asks to be.
        frame = 2 * self.navigation.frameWidth() + self.navigation.spacing() * 2
        self.navigation.setMinimumWidth(self.navigation.sizeHintForColumn(0) + frame + 8)
        for label in self._loading.values():
            label.setText(self.tr("Loading …"))
        self.refresh_status()
        self._update_title()

    def _title_of(self, row: int) -> str:
        page = self._pages.get(row)
        return page.title() if page is not None else workspace_title(WORKSPACE_KEYS[row])

    def refresh_status(self) -> None:
        """The municipality in the status bar, marked when it is the demo."""
        if self.db is None:
            self.municipality_label.setText(self.tr("Opening the database …"))
            return
        from kontakt.services import municipality

        current = municipality.current(self.db)
        if current is None:
            text = self.tr("No municipality set up: open Settings")
        elif current.is_demo:
            text = self.tr("{name} ({number}) – demo data").format(
                name=current.name, number=current.number
            )
        else:
            text = self.tr("{name} ({number})").format(name=current.name, number=current.number)
        self.municipality_label.setText(text)
        self.municipality_switcher.refresh(self.db)
        self.municipality_label.setHidden(self.municipality_switcher.count() > 1)

    def _data_changed(self) -> None:
        """Settings were saved, another municipality chosen or data imported: show what is
        in use now."""
        self.refresh_status()
        current = self.stack.currentWidget()
        if isinstance(current, Workspace):
            current.activated()

    def _update_title(self) -> None:
        row = self.navigation.currentRow()
        page = self._title_of(row) if row >= 0 else ""
        self.setWindowTitle(f"{page} – Kontakt" if page else "Kontakt")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- workspaces -------------------------------------------------------------------------
    def workspace(self, row: int) -> Workspace:
        """The page at `row`, built now if it has not been shown before (needs the database)."""
        assert self.db is not None, "the database is not open yet"
        page = self._pages.get(row)
        if page is None:
            page = self._factories[row][1]()
            placeholder = self._loading.pop(row)
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[row] = page
            stack = page.undo_stack()
            if stack is not None:
                self.undo_group.addStack(stack)
        return page

    def workspace_keys(self) -> list[str]:
        return list(WORKSPACE_KEYS)

    def _show_workspace(self, row: int) -> None:
        if row < 0 or self.db is None:
            self.stack.setCurrentIndex(max(row, 0))
            self._update_title()
            return
        page = self.workspace(row)
        self.stack.setCurrentIndex(row)
        stack = page.undo_stack()
        if stack is not None:
            self.undo_group.setActiveStack(stack)
        elif self.undo_group.activeStack() is not None:
            self.undo_group.setActiveStack(None)  # type: ignore[arg-type]  # Qt takes nullptr
        page.activated()
        self._update_title()

    # -- undo -------------------------------------------------------------------------------
    def _text_field(self) -> TextField | None:
        """The editable text field of this window that has the focus, if one has."""
        widget = QApplication.focusWidget()
        if (
            isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit)
            and not widget.isReadOnly()
            and self.isAncestorOf(widget)
        ):
            return widget
        return None

    @staticmethod
    def _can_undo(field: TextField | None) -> bool:
        if isinstance(field, QLineEdit):
            return field.isUndoAvailable()
        return field is not None and field.document().isUndoAvailable()

    @staticmethod
    def _can_redo(field: TextField | None) -> bool:
        if isinstance(field, QLineEdit):
            return field.isRedoAvailable()
        return field is not None and field.document().isRedoAvailable()

    def undo(self) -> None:
        """Undo in the text field being edited, else the shown workspace's last edit."""
        field = self._text_field()
        if field is not None and self._can_undo(field):
            field.undo()
        elif self.undo_group.canUndo():
            self.undo_group.undo()
        self._update_undo()

    def redo(self) -> None:
        field = self._text_field()
        if field is not None and self._can_redo(field):
            field.redo()
        elif self.undo_group.canRedo():
            self.undo_group.redo()
        self._update_undo()

    def _update_undo(self) -> None:
        field = self._text_field()
        self.undo_action.setEnabled(self._can_undo(field) or self.undo_group.canUndo())
        self.redo_action.setEnabled(self._can_redo(field) or self.undo_group.canRedo())

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        """Follow the undo history of the text field that now has the focus."""
        for connection in self._field_connections:
            QObject.disconnect(connection)
        self._field_connections = []
        field = self._text_field()
        if isinstance(field, QLineEdit):
            self._field_connections.append(field.textChanged.connect(self._update_undo))
        elif field is not None:
            self._field_connections += [
                field.undoAvailable.connect(self._update_undo),
                field.redoAvailable.connect(self._update_undo),
            ]
        self._update_undo()

    # -- dialogs ----------------------------------------------------------------------------
    def open_settings(self) -> None:
        if self.db is None:
            return
        from kontakt.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.db, self.translations.language, self)
        if dialog.exec():
            if dialog.chosen_language != self.translations.language:
                i18n.save_language(dialog.chosen_language)
                self.translations.use(dialog.chosen_language)
            self._data_changed()

    def import_register(self) -> None:
        """Import IKTNH's number register (File menu); the shown page then reads it again."""
        if self.db is None:
            return
        if self.importer is None:
            from kontakt.ui.imports import Importer

            self.importer = Importer(self.db, self)
            self.importer.imported.connect(self._data_changed)
            self.importer.busy.connect(lambda on: self.import_register_action.setEnabled(not on))
        self.importer.import_register()

    def open_about(self) -> None:
        from kontakt.ui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def _set_fullscreen(self, on: bool) -> None:
        self.setWindowState(
            self.windowState() ^ Qt.WindowState.WindowFullScreen
            if on != self.isFullScreen()
            else self.windowState()
        )

    # -- state ------------------------------------------------------------------------------
    def _restore(self) -> None:
        settings = i18n.user_settings()
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)
        state = settings.value(STATE_KEY)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = settings.value(SPLITTER_KEY)
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        keys = self.workspace_keys()
        saved = settings.value(WORKSPACE_KEY)
        self.navigation.setCurrentRow(keys.index(saved) if saved in keys else 0)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not all(page.may_close() for page in self._pages.values()):
            event.ignore()
            return
        for page in self._pages.values():
            page.shut_down()
        if self.importer is not None:
            self.importer.shut_down()
        if self.outbox_sender is not None:
            self.outbox_sender.stop()
        settings = i18n.user_settings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        row = self.navigation.currentRow()
        if row >= 0:
            settings.setValue(WORKSPACE_KEY, self.workspace_keys()[row])
        settings.sync()
        super().closeEvent(event)
