"""Who did what, in the views; the team database in the settings, its password kept out."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from kontakt.core.changes.approval import Kind
from kontakt.i18n import user_settings
from kontakt.services import changes_approval, database, patterns, users
from kontakt.services.overview import overview
from kontakt.storage.db import Database
from kontakt.ui.settings_dialog import SettingsDialog
from kontakt.ui.workspaces.changes.request_dialog import ChangeDialog
from kontakt.ui.workspaces.patterns.workspace import PatternsModel
from tests.unit.keys.memory import MemoryKeyring, memory_keyring

__all__ = ["memory_keyring"]  # fixtures


def test_the_views_say_who_saved_and_the_settings_keep_no_password(
    qtbot: QtBot,
    demo_db: Database,
    memory_keyring: MemoryKeyring,
    config_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(users.LOGIN_ENV, "ola")
    key = overview(demo_db).patterns[0].key
    opened = patterns.open_stored(demo_db, key)
    patterns.save_draft(demo_db, key, opened.pattern, opened.draft)
    model = PatternsModel(list(overview(demo_db).patterns))
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Saved by"
    shown = model.data(model.index(0, 4))
    assert shown.startswith("Ikt-kontakt i Demo kommune (ola), ")

    number = changes_approval.new_draft(
        demo_db, Kind.FAULT_REPORT, "Linja er stille", {"description": "Ingen svarar"}
    )
    dialog = ChangeDialog(changes_approval.detail(demo_db, number))
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Last changed:" in labels
    assert any(t.startswith("Ikt-kontakt i Demo kommune (ola), ") for t in labels)

    settings = SettingsDialog(demo_db, "en")
    qtbot.addWidget(settings)
    settings.database_edit.setText("postgresql+psycopg://kari:hemmeleg@db.iktnh.no/kontakt")
    settings.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    kept = "postgresql+psycopg://kari@db.iktnh.no/kontakt"
    assert user_settings().value(database.SETTINGS_KEY) == kept
    assert memory_keyring.passwords == {
        (database.PASSWORD_SERVICE, "kari@db.iktnh.no:/kontakt"): "hemmeleg"
    }
    written = "".join(p.read_text() for p in config_home.rglob("*") if p.is_file())
    assert kept in written and "hemmeleg" not in written
    assert database.with_password(kept) == "postgresql+psycopg://kari:hemmeleg@db.iktnh.no/kontakt"
