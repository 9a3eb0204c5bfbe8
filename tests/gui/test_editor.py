"""The ring-pattern editor with real mouse and keyboard events: add, connect, undo, redo,
save and reopen from the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QDateTime, QPoint, QPointF, Qt, QTime, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QFormLayout, QMessageBox
from pytestqt.qtbot import QtBot

from kontakt.core.ringpattern import NodeType, dumps, simulate, trace
from kontakt.core.ringpattern import edit as edits
from kontakt.core.ringpattern.messages import moment_text, outcome_text, trace_route
from kontakt.core.severity import Severity
from kontakt.i18n import gui_translate
from kontakt.services import changes_approval
from kontakt.services.patterns import open_stored
from kontakt.storage.db import Database
from kontakt.ui.app import Translations
from kontakt.ui.main_window import MainWindow
from kontakt.ui.workspaces.patterns.colours import DARK, LIGHT, contrast
from kontakt.ui.workspaces.patterns.connect_dialog import ConnectDialog
from kontakt.ui.workspaces.patterns.editor import PatternEditor
from kontakt.ui.workspaces.patterns.workspace import PatternsWorkspace

DEMO_KEY = "demo-sentralbord"


@pytest.fixture
def english(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp)
    translations.use("en")
    yield translations
    translations.use("en")


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database, english: Translations) -> PatternsWorkspace:
    workspace = PatternsWorkspace(demo_db)
    qtbot.addWidget(workspace)
    workspace.resize(1400, 900)
    workspace.show()
    qtbot.waitExposed(workspace)
    assert workspace.model.rowCount() == 1
    workspace.table.selectRow(0)
    QTest.mouseClick(workspace.open_button, Qt.MouseButton.LeftButton)
    assert workspace.pages.currentWidget() is workspace.editor
    return workspace


def view_point(editor: PatternEditor, scene_point: QPointF) -> QPoint:
    return editor.view.mapFromScene(scene_point)


def drag(editor: PatternEditor, start: QPointF, end: QPointF) -> None:
    viewport = editor.view.viewport()
    a, b = view_point(editor, start), view_point(editor, end)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for step in range(1, 6):
        QTest.mouseMove(viewport, a + (b - a) * step / 5)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)


def test_add_a_group_connect_a_menu_key_undo_redo_save_and_reopen(
    page: PatternsWorkspace, demo_db: Database
) -> None:
    editor = page.editor
    original = editor.pattern
    assert original is not None
    assert set(editor.scene.cards) == set(original.node_by_id)
    # A group from the palette, by double-click.
    palette = editor.palette_list
    row = next(
        r
        for r in range(palette.count())
        if palette.item(r).data(Qt.ItemDataRole.UserRole) == NodeType.GROUP.value
    )
    rect = palette.visualItemRect(palette.item(row))
    no = Qt.KeyboardModifier.NoModifier
    QTest.mouseClick(palette.viewport(), Qt.MouseButton.LeftButton, no, rect.center())
    QTest.mouseDClick(palette.viewport(), Qt.MouseButton.LeftButton, no, rect.center())
    assert editor.pattern is not None and editor.pattern.node("group") is not None
    assert "group" in editor.scene.cards
    assert "changed, not saved" in editor.name_label.text()
    # Key 2 of the main menu dragged onto the new group.
    menu = editor.scene.cards["hovudmeny"]
    group = editor.scene.cards["group"]
    start = menu.port_point("2") - QPointF(6, 0)
    drag(editor, start, group.sceneBoundingRect().center())
    menu_node = editor.pattern.node("hovudmeny")
    assert menu_node is not None and menu_node.options is not None
    assert menu_node.options["2"] == "group"
    assert ("hovudmeny", "2") in editor.scene.edges
    assert editor.scene.edges[("hovudmeny", "2")].target == "group"
    connected = editor.pattern
    # Undo both: the pattern is the one opened.
    editor.stack.undo()
    editor.stack.undo()
    assert editor.pattern == original
    assert "group" not in editor.scene.cards
    assert editor.scene.edges[("hovudmeny", "2")].target == "byggesak"
    assert editor.stack.isClean()
    editor.stack.redo()
    editor.stack.redo()
    assert editor.pattern == connected
    # Save, then reopen from the database.
    QTest.keyClick(editor.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.stack.isClean()
    stored = open_stored(demo_db, DEMO_KEY)
    assert stored.status == "draft"
    assert dumps(stored.pattern) == dumps(connected)
    # Saving again updates the same draft instead of adding a version.
    editor.rename_selected()  # nothing selected: no edit
    QTest.keyClick(editor.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    editor.scene.select_only(["group"])
    QTest.keyClick(editor.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert editor.pattern.node("group-2") is not None
    editor.save()
    again = open_stored(demo_db, DEMO_KEY)
    assert again.version == stored.version
    assert again.pattern.node("group-2") is not None
    assert page.model.rows[0].versions == stored.version


def test_leaving_with_unsaved_changes_asks(
    page: PatternsWorkspace, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = page.editor
    editor.add_node(NodeType.HANGUP)
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: next(answers))
    editor.close_pattern()
    assert page.pages.currentWidget() is editor  # stayed
    assert editor.is_modified()
    editor.close_pattern()
    assert page.pages.currentWidget() is not editor
    assert page.model.rows[0].latest_status == "baseline"  # discarded: nothing stored


def test_a_badge_appears_and_goes_as_an_exit_is_connected(
    page: PatternsWorkspace, qtbot: QtBot
) -> None:
    editor = page.editor
    helse = editor.scene.cards["helse"]
    qtbot.waitUntil(lambda: helse.badge is Severity.WARNING, timeout=10_000)
    assert helse.badge_text == "warning"
    # Disconnected in the inspector: "no answer" leads nowhere, an error.
    editor.scene.select_only(["helse"])
    combo = next(
        editor.inspector.exits.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
        for row in range(editor.inspector.exits.rowCount())
    )
    assert isinstance(combo, QComboBox) and combo.accessibleName() == "no answer"
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)  # the first choice: nowhere
    assert "no_answer" not in editor.pattern.node("helse").exits  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: helse.badge is Severity.ERROR, timeout=10_000)
    assert helse.badge_text == "error"
    texts = [editor.findings_list.item(r).text() for r in range(editor.findings_list.count())]
    assert any(t.startswith("✖ Error: Helse og omsorg: The exit") for t in texts)
    # Connected again by dragging the port onto the switchboard's card.
    target = editor.scene.cards["sentralbord"].sceneBoundingRect().center()
    drag(editor, helse.port_point("no_answer") - QPointF(6, 0), target)
    assert editor.pattern.node("helse").exits["no_answer"] == "sentralbord"  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: helse.badge is Severity.WARNING, timeout=10_000)
    # Choosing a finding selects its card.
    editor.scene.clearSelection()
    row = next(
        r
        for r in range(editor.findings_list.count())
        if "Sentralbordet" in editor.findings_list.item(r).text()
    )
    item = editor.findings_list.item(row)
    rect = editor.findings_list.visualItemRect(item)
    QTest.mouseClick(
        editor.findings_list.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        rect.center(),
    )
    assert editor.scene.selected_ids() == ["sentralbord"]


def test_simulate_the_demo_at_a_closed_time_and_see_the_route(
    page: PatternsWorkspace, qtbot: QtBot
) -> None:
    editor = page.editor
    panel = editor.simulation
    sunday_noon = dt.datetime(2026, 12, 6, 12, 0)
    expected = simulate(editor.pattern, "+4756100000", sunday_noon)  # type: ignore[arg-type]
    assert expected.route[0] == "opningstid" and "hovudmeny" not in expected.route
    panel.entry.setCurrentIndex(panel.entry.findData("+4756100000"))
    panel.when.setDateTime(QDateTime(QDate(2026, 12, 6), QTime(12, 0)))
    QTest.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    lit = {i for i, card in editor.scene.cards.items() if card.highlighted}
    assert lit == set(expected.route)
    first = expected.route[1]
    lit_edges = {k for k, e in editor.scene.edges.items() if e.pen().widthF() > 2}
    assert any(
        source == "opningstid" and editor.scene.edges[(source, port)].target == first
        for source, port in lit_edges
    )
    assert editor.scene.entry_edges["+4756100000"].pen().widthF() > 2
    assert panel.outcome.text() == f"<b>{outcome_text(editor.pattern, expected, gui_translate)}</b>"  # type: ignore[arg-type]
    assert panel.steps.count() == len(expected.steps)
    assert "closed" in panel.steps.item(0).text()
    QTest.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert not any(card.highlighted for card in editor.scene.cards.values())


def test_the_keyboard_alone_moves_between_cards_moves_one_and_renames_it(
    page: PatternsWorkspace,
) -> None:
    editor = page.editor
    original = editor.pattern
    assert original is not None and original.layout is not None
    view = editor.view
    view.setFocus()
    top_left = min(editor.scene.cards.values(), key=lambda c: (c.y(), c.x())).node_id
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert editor.scene.selected_ids() == [top_left]
    QTest.keyClick(view, Qt.Key.Key_Tab)
    QTest.keyClick(view, Qt.Key.Key_Backtab)
    assert editor.scene.selected_ids() == [top_left]
    depth = editor.stack.count()
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    x, y = original.layout[top_left]
    assert editor.pattern.layout[top_left] == (x + 6 * 20, y)  # type: ignore[union-attr]
    assert editor.scene.cards[top_left].x() == x + 120
    assert editor.stack.count() == depth + 1  # the moves in a row are one step
    QTest.keyClick(view, Qt.Key.Key_Return)
    label = editor.inspector.label
    assert label.hasFocus()
    label.selectAll()
    QTest.keyClicks(label, "Opningstid")
    QTest.keyClick(label, Qt.Key.Key_Return)
    assert editor.pattern.node(top_left).label == "Opningstid"  # type: ignore[union-attr]
    assert "Opningstid" in view.accessibleDescription()
    editor.stack.undo()
    editor.stack.undo()
    assert editor.pattern == original


# The offscreen platform cannot raise the completer's popup nor grab the keyboard for it.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_a_person_from_the_database_becomes_a_member(page: PatternsWorkspace) -> None:
    editor = page.editor
    inspector = editor.inspector
    person = inspector.people[0]
    editor.scene.select_only(["byggesak"])
    before = editor.pattern.node("byggesak").member_ids  # type: ignore[union-attr]
    completer = inspector.person.completer()
    inspector.person.setFocus()
    QTest.keyClicks(inspector.person, person.name)
    popup = completer.popup()
    assert popup.isVisible()
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    node = editor.pattern.node("byggesak")  # type: ignore[union-attr]
    assert node is not None and len(node.member_ids) == len(before) + 1
    added = editor.pattern.members[node.member_ids[-1]]  # type: ignore[union-attr]
    assert added.number == person.number and added.name == person.name
    texts = [inspector.members.item(r).text() for r in range(inspector.members.count())]
    assert texts[-1].startswith(person.name)


def test_copy_and_paste_by_keyboard_with_unique_ids(page: PatternsWorkspace) -> None:
    editor = page.editor
    view = editor.view
    view.setFocus()
    editor.scene.select_only(["helse", "byggesak"])
    QTest.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.scene.selected_ids() == ["helse-2", "byggesak-2"]
    helse, copy = editor.pattern.node("helse"), editor.pattern.node("helse-2")  # type: ignore[union-attr]
    assert copy is not None and helse is not None
    assert copy.member_ids == helse.member_ids and copy.label == helse.label
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert editor.pattern.node("helse-2") is None  # type: ignore[union-attr]
    assert editor.history.model().rowCount() == 3  # "as opened", paste, delete


def test_edit_undo_in_the_window_and_closing_kontakt_with_unsaved_changes_asks(
    qtbot: QtBot,
    demo_db: Database,
    english: Translations,
    config_home: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(english, demo_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.navigation.setCurrentRow(window.workspace_keys().index("ringpattern"))
    page = window.stack.currentWidget()
    assert isinstance(page, PatternsWorkspace)
    page.open_row(0)
    editor = page.editor
    original = editor.pattern
    editor.add_node(NodeType.HANGUP)
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()  # Edit ▸ Undo
    assert editor.pattern == original
    window.redo_action.trigger()
    assert editor.is_modified()
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: next(answers))
    window.close()
    assert window.isVisible()  # stayed, with the changes
    assert editor.is_modified()
    window.close()
    assert not window.isVisible()


def test_the_outline_is_the_canvas_in_words_and_follows_the_choice(
    page: PatternsWorkspace, qtbot: QtBot
) -> None:
    editor = page.editor
    outline = editor.outline
    qtbot.waitUntil(lambda: "helse" in outline.items, timeout=10_000)
    texts = [outline.topLevelItem(r).text(0) for r in range(outline.topLevelItemCount())]
    assert texts[0] == "Number 56 10 00 00 (Hovudnummer) → Opningstid rådhuset"
    helse = outline.items["helse"]
    assert helse.text(0).startswith("Helse og omsorg – answer group – 2 members")
    assert helse.child(0).text(0) == "no answer → Sentralbordet"
    editor.scene.select_only(["byggesak"])
    assert [i.data(0, Qt.ItemDataRole.UserRole) for i in outline.selectedItems()] == ["byggesak"]
    outline.setCurrentItem(helse)
    assert editor.scene.selected_ids() == ["helse"]
    editor.add_node(NodeType.VOICEMAIL)
    qtbot.waitUntil(lambda: "voicemail" in outline.items, timeout=10_000)


def test_the_overview_shows_where_the_canvas_is_and_moves_it(page: PatternsWorkspace) -> None:
    editor = page.editor
    overview = editor.overview
    editor.view.zoom(4.0)
    shown = overview.shown_rect()
    assert editor.scene.drawing_rect().contains(shown.center())
    target = editor.scene.cards["postmottak"].sceneBoundingRect().center()
    QTest.mouseClick(
        overview.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        overview.mapFromScene(target),
    )
    assert overview.shown_rect().contains(target)
    assert editor.view.mapToScene(editor.view.viewport().rect()).boundingRect().contains(target)


def test_the_docks_stay_where_the_user_put_them(
    qtbot: QtBot, demo_db: Database, config_home: object
) -> None:
    editor = PatternEditor(demo_db)
    qtbot.addWidget(editor)
    right = Qt.DockWidgetArea.RightDockWidgetArea
    editor.addDockWidget(right, editor.history_dock)
    editor.outline_dock.hide()
    editor.save_docks()
    again = PatternEditor(demo_db)
    qtbot.addWidget(again)
    assert again.dockWidgetArea(again.history_dock) == right
    assert again.outline_dock.isHidden()


def test_trace_a_member_and_see_each_path_lit_and_listed(
    page: PatternsWorkspace, qtbot: QtBot
) -> None:
    editor = page.editor
    pattern = editor.pattern
    assert pattern is not None
    panel = editor.trace
    first = dt.date.today() + dt.timedelta(days=3)
    panel.first.setDate(QDate(first.year, first.month, first.day))
    expected = trace(pattern, "member", "kari", first)
    assert len(expected.paths) > 1
    panel.member.setCurrentIndex(panel.member.findData("kari"))
    QTest.mouseClick(panel.member_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.paths.topLevelItemCount() == len(expected.paths))
    assert "Kari Nordmann" in panel.heading.text()
    assert f"{len(expected.paths)} ways" in panel.heading.text()
    rows = [panel.paths.topLevelItem(i) for i in range(panel.paths.topLevelItemCount())]
    assert rows[0].text(1) == trace_route(pattern, expected.paths[0], gui_translate)
    assert "(open)" in rows[0].text(1) and "→" in rows[0].text(1)
    for row, path in zip(rows, expected.paths, strict=True):
        assert row.text(2) == (" ".join(path.press) or "–")
        assert path.example is not None and row.text(3) == moment_text(path.example, gui_translate)
    every = {n for p in expected.paths for n in p.nodes}
    assert {i for i, c in editor.scene.cards.items() if c.highlighted} == every
    # Choosing one path lights that path alone, its exits too.
    chosen = expected.paths[1]
    panel.paths.setCurrentItem(rows[1])
    assert {i for i, c in editor.scene.cards.items() if c.highlighted} == set(chosen.nodes)
    lit = {k for k, e in editor.scene.edges.items() if e.pen().widthF() > 2}
    assert lit == set(zip(chosen.nodes, chosen.exits, strict=False))
    # The chosen card, by keyboard (Ctrl+T on the canvas): the ways into the main menu.
    editor.scene.select_only(["sentralbord"])
    editor.view.setFocus()
    QTest.keyClick(editor.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    to_node = trace(pattern, "node", "sentralbord", first)
    qtbot.waitUntil(lambda: panel.result is not None and panel.result.target == "sentralbord")
    assert panel.paths.topLevelItemCount() == len(to_node.paths)
    assert editor.trace_dock.isVisible()
    # An edit makes the trace stale: it goes.
    editor.add_node(NodeType.HANGUP)
    assert panel.paths.topLevelItemCount() == 0
    assert not any(c.highlighted for c in editor.scene.cards.values())


def test_compare_with_the_current_set_up_order_the_change_and_make_a_new_version(
    page: PatternsWorkspace, qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = page.editor
    panel = editor.versions
    assert [(r.number, r.status) for r in panel.rows] == [(1, "baseline")]
    assert panel.list.topLevelItem(0).text(1) == "Current set-up"
    assert editor.pattern is not None
    editor.edit("Rename", edits.rename(editor.pattern, "byggesak", "Plan og bygg"))
    editor.add_node(NodeType.HANGUP)
    # Compared: the added card "+", the changed one "Δ", each change in words.
    QTest.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.result is not None)
    assert editor.scene.cards["hangup"].mark == "+"
    assert editor.scene.cards["byggesak"].mark == "Δ"
    assert editor.scene.cards["hovudmeny"].mark == ""
    lines = [panel.changes.item(i).text() for i in range(panel.changes.count())]
    assert any("Plan og bygg" in line for line in lines)
    assert "2 changes" in panel.summary.text()
    # A card deleted stands as a dashed ghost where it was, and goes with the undo.
    editor.scene.select_only(["heimeteneste"])
    editor.delete_selected()
    qtbot.waitUntil(lambda: bool(editor.scene.ghosts))
    assert "heimeteneste" not in editor.scene.cards
    assert "−" in editor.scene.ghosts[0].label
    editor.stack.undo()
    qtbot.waitUntil(lambda: not editor.scene.ghosts)
    # Ordered: saved as a draft version, a change request (a draft) made from it and shown
    # on the version; the change-requests page lists it.
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: told.append(text))
    QTest.mouseClick(panel.order_button, Qt.MouseButton.LeftButton)
    requests = changes_approval.requests(demo_db)
    assert len(requests) == 1 and requests[0].kind == "ring-pattern"
    assert requests[0].is_draft
    number = requests[0].number
    assert told and str(number) in told[0]
    assert not editor.is_modified()
    assert [(r.number, r.status, r.request) for r in panel.rows] == [
        (2, "submitted", (number, "draft")),
        (1, "baseline", None),
    ]
    assert panel.list.topLevelItem(0).text(3) == f"Change request {number} (Draft)"
    # The ordered version changes no more: the next save is a new draft.
    editor.add_node(NodeType.HANGUP)
    editor.save()
    assert [r.number for r in panel.rows] == [3, 2, 1]
    assert panel.rows[0].status == "draft"
    assert "open here" in panel.list.topLevelItem(0).text(1)
    editor.add_node(NodeType.HANGUP)
    editor.save()
    assert [r.number for r in panel.rows] == [3, 2, 1]  # saving again updates that draft
    # "New version" is the deliberate step.
    QTest.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    assert [r.number for r in panel.rows] == [4, 3, 2, 1]
    assert editor.draft == 4
    assert open_stored(demo_db, DEMO_KEY).version == 4
    QTest.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    assert not any(card.mark for card in editor.scene.cards.values())


def test_rename_in_place_find_as_you_type_and_lay_out_by_keyboard(
    page: PatternsWorkspace, qtbot: QtBot
) -> None:
    editor = page.editor
    original = editor.pattern
    assert original is not None
    view = editor.view
    # Ctrl+F: each keystroke chooses the first card whose label or id holds the text.
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert editor.find_field.hasFocus()
    QTest.keyClicks(editor.find_field, "bygg")
    assert editor.scene.selected_ids() == ["byggesak"]
    QTest.keyClick(editor.find_field, Qt.Key.Key_Escape)
    assert view.hasFocus()
    # F2 opens the field over the label; Esc leaves the label as it was.
    depth = editor.stack.count()
    QTest.keyClick(view, Qt.Key.Key_F2)
    field = editor.renamer
    assert field.isVisible() and field.hasFocus()
    assert field.text() == original.node("byggesak").label  # type: ignore[union-attr]
    card = editor.scene.cards["byggesak"]
    assert view.mapToScene(field.geometry().center()).y() == pytest.approx(card.y() + 31, abs=12)
    QTest.keyClicks(field, "Feil")
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert not field.isVisible() and editor.stack.count() == depth
    # A double-click on the label opens it too; Enter makes the new label one edit.
    label_point = card.mapToScene(QPointF(card.width / 2, 31))
    no = Qt.KeyboardModifier.NoModifier
    QTest.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, no, view_point(editor, label_point)
    )
    assert field.isVisible()
    field.selectAll()
    QTest.keyClicks(field, "Plan og bygg")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert not field.isVisible() and view.hasFocus()
    assert editor.pattern.node("byggesak").label == "Plan og bygg"  # type: ignore[union-attr]
    assert editor.stack.count() == depth + 1
    assert "Plan og bygg" in editor.scene.cards["byggesak"].accessible_name()
    editor.stack.undo()
    assert editor.pattern == original
    # Ctrl+Shift+L lays the cards out again, as one undoable step.
    moved = edits.move(original, {"byggesak": (5000.0, 5000.0)})
    editor.edit("Move", moved)
    shift_control = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(view, Qt.Key.Key_L, shift_control)
    assert editor.pattern.layout["byggesak"] != (5000.0, 5000.0)  # type: ignore[index]
    editor.stack.undo()
    assert editor.pattern == moved
    # Ctrl+L connects an exit of the chosen card to a step picked from a filtered list.
    editor.stack.undo()
    assert editor.pattern == original
    editor.scene.select_only(["helg-melding"])
    chosen: list[ConnectDialog] = []

    def pick_voicemail() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConnectDialog)
        chosen.append(dialog)
        QTest.keyClicks(dialog.search, "postm")
        QTest.keyClick(dialog.search, Qt.Key.Key_Return)
        if dialog.isVisible():  # Enter did not accept: a failing test must not hang
            dialog.reject()

    QTimer.singleShot(0, pick_voicemail)
    QTest.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert chosen, "Ctrl+L opened no dialog"
    assert chosen[0].exit.currentText() == "after the message → nowhere yet"
    assert chosen[0].filtered.rowCount() == 1
    connected = editor.pattern.node("helg-melding")  # type: ignore[union-attr]
    assert connected is not None and connected.exit_target("next") == "postmottak"
    editor.stack.undo()
    assert editor.pattern == original
    # Every action is in a menu; the undo history is one of the docks there.
    menus = [editor.pattern_menu, editor.cards_menu, editor.show_menu]
    actions = {a for m in menus for a in m.actions()}
    wanted = {editor.find_action, editor.layout_action, editor.rename_action}
    assert wanted | {editor.connect_action} <= actions
    assert editor.history_dock.toggleViewAction() in actions


def test_the_canvas_follows_the_systems_light_or_dark_scheme_and_stays_readable(
    page: PatternsWorkspace,
) -> None:
    editor = page.editor
    scene = editor.scene
    card = scene.cards["byggesak"]

    def drawn() -> tuple[QColor, QColor]:
        """The colour of the card's body and of the page beside it, as the view paints."""
        image = QImage(editor.view.viewport().size(), QImage.Format.Format_RGB32)
        editor.view.viewport().render(image)
        body = view_point(editor, card.mapToScene(QPointF(card.width - 4, 30)))
        page_point = view_point(editor, card.mapToScene(QPointF(-15, -15)))
        return image.pixelColor(body), image.pixelColor(page_point)

    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert scene.colours == LIGHT
    light_body, light_page = drawn()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert scene.colours == DARK
    dark_body, dark_page = drawn()
    assert dark_body.lightness() < 100 < light_body.lightness()
    assert dark_page.lightness() < 100 < light_page.lightness()
    edge = scene.edges[("hovudmeny", "2")]
    assert edge.pen().color().name().upper() == DARK.line.upper()
    for colours in (LIGHT, DARK):
        assert contrast(colours.text, colours.card) >= 7
        assert contrast(colours.text, colours.entry) >= 4.5
        assert contrast(colours.line, colours.page) >= 3
        assert contrast(colours.highlight, colours.page) >= 3
        assert contrast(colours.line, colours.card) >= 3
    # An export is light whatever the screen shows, and the screen stays dark after it.
    with scene.printing():
        assert scene.colours == LIGHT
    assert scene.colours == DARK
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Unknown)
    assert scene.colours == LIGHT
