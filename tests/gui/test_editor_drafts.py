"""The working draft kept as you go: an editor killed after an edit loses nothing; the next
editor offers the kept changes, restores or discards them, and a save removes them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from kontakt.core.ringpattern import edit as edits
from kontakt.services import recovery
from kontakt.services.patterns import open_stored
from kontakt.storage.db import Database
from kontakt.ui.app import Translations
from kontakt.ui.workspaces.patterns.editor import PatternEditor
from kontakt.ui.workspaces.patterns.workspace import PatternsWorkspace

DEMO_KEY = "demo-sentralbord"
SRC = Path(__file__).resolve().parents[2] / "src"

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    from kontakt.core.ringpattern import NodeType
    from kontakt.services import recovery
    from kontakt.services.patterns import open_stored
    from kontakt.storage.db import open_database
    from kontakt.ui.workspaces.patterns.editor import PatternEditor

    app = QApplication([])
    db = open_database(sys.argv[1])
    editor = PatternEditor(db)
    editor.open(open_stored(db, sys.argv[2]))
    editor.add_node(NodeType.HANGUP)
    path = recovery.for_pattern(db, sys.argv[2]).path
    while not path.exists():
        app.processEvents()
    print("kept", flush=True)
    app.exec()
    """
)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp)
    translations.use("en")
    yield translations


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """Answer the editor's questions with `button`; the texts asked are collected."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_an_editor_killed_after_an_edit_loses_nothing(
    qtbot: QtBot, demo_db: Database, english: Translations, monkeypatch: pytest.MonkeyPatch
) -> None:
    keeper = recovery.for_pattern(demo_db, DEMO_KEY)
    assert not keeper.path.exists()
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, demo_db.url, DEMO_KEY],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "kept"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    assert child.returncode == -signal.SIGKILL
    stored = open_stored(demo_db, DEMO_KEY)
    assert stored.pattern.node("hangup") is None  # the edit was never saved
    # The next start says so on the list; opening the pattern offers the kept edit, and
    # restores it as an undoable, unsaved change.
    page = PatternsWorkspace(demo_db)
    qtbot.addWidget(page)
    assert not page.kept_note.isHidden()
    assert stored.pattern.name in page.kept_note.text()
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    page.open_row(0)
    editor = page.editor
    assert len(asked) == 1 and "not saved" in asked[0] and stored.pattern.name in asked[0]
    assert editor.pattern is not None and editor.pattern.node("hangup") is not None
    assert "hangup" in editor.scene.cards
    assert editor.is_modified()
    # Undone, there is nothing unsaved, and a moment later nothing is kept.
    editor.stack.undo()
    qtbot.waitUntil(lambda: not keeper.path.exists(), timeout=3000)
    editor.stack.redo()
    qtbot.waitUntil(keeper.path.exists, timeout=3000)
    # Saving removes the kept file at once; the draft in the database has the edit.
    assert editor.save()
    assert not keeper.path.exists()
    assert open_stored(demo_db, DEMO_KEY).pattern.node("hangup") is not None
    page.show_list()
    assert page.kept_note.isHidden()


def test_kept_changes_can_be_discarded(
    qtbot: QtBot, demo_db: Database, english: Translations, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored = open_stored(demo_db, DEMO_KEY)
    keeper = recovery.for_pattern(demo_db, DEMO_KEY)
    keeper.keep(edits.rename(stored.pattern, "hovudmeny", "Ny meny"), stored.draft)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Discard)
    editor = PatternEditor(demo_db)
    qtbot.addWidget(editor)
    editor.open(stored)
    assert len(asked) == 1
    assert not keeper.path.exists()
    assert editor.pattern is not None and not editor.is_modified()
    node = editor.pattern.node("hovudmeny")
    assert node is not None and node.label != "Ny meny"
    # Nothing kept: opening again asks nothing.
    editor.open(open_stored(demo_db, DEMO_KEY))
    assert len(asked) == 1
