"""The window's Excel export onto what is not a file: refused in words, nothing replaced."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from kontakt.ui.workspaces.contacts.workspace import ContactsWorkspace
from tests.gui.test_contacts_workspace import DEMO_EXPORT, english, run, workspace

__all__ = ["english", "workspace"]  # fixtures of the contacts workspace's tests


def test_an_export_onto_a_folder_says_so_and_leaves_it(
    qtbot: QtBot, workspace: ContactsWorkspace, tmp_path: Path
) -> None:
    run(qtbot, workspace, DEMO_EXPORT)
    folder = tmp_path / "audit.xlsx"
    folder.mkdir()
    workspace.write_excel(folder)
    qtbot.waitUntil(lambda: workspace.task is None, timeout=30_000)
    assert "is not a regular file" in workspace.status.text()
    assert str(folder) in workspace.status.text()
    assert "Something went wrong" not in workspace.status.text()
    assert folder.is_dir() and list(folder.iterdir()) == []
