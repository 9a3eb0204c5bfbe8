"""The contacts workspace and its files: an export onto what is not a file refused in words,
nothing replaced; an export read in two encodings said so."""

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
    qtbot.waitUntil(lambda: not workspace.runner.running, timeout=30_000)
    assert "is not a regular file" in workspace.status.text()
    assert str(folder) in workspace.status.text()
    assert "Something went wrong" not in workspace.status.text()
    assert folder.is_dir() and list(folder.iterdir()) == []


def test_a_check_of_an_export_in_two_encodings_says_so(
    qtbot: QtBot, workspace: ContactsWorkspace, tmp_path: Path
) -> None:
    lines = DEMO_EXPORT.read_bytes().split(b"\n")
    number = next(i for i, line in enumerate(lines) if not line.isascii())
    lines[number] = lines[number].decode("cp1252").encode("utf-8")  # one line pasted in
    mixed = tmp_path / "blanda.csv"
    mixed.write_bytes(b"\n".join(lines))
    run(qtbot, workspace, mixed)
    assert "Checked" in workspace.status.text()
    assert "mixes two encodings" in workspace.status.text()
