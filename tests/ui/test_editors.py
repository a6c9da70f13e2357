"""The editor layer: one way in for every edit, what a push commits, and targeted change signals."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.model.entities import TABLES
from app.model.kinds import RoundState
from app.model.ops.board import AddNote, Vote
from app.model.ops.edits import edit, set_round_state
from app.model.store import WorkshopStore
from app.ui.board.items import NoteItem
from app.ui.board.view import BoardView
from app.ui.document import Document, RowSignals
from app.ui.window.main_window import MainWindow
from tests.helpers.board import Board, db_board, drag, scene_board

pytest_plugins = ("tests.helpers.board_fixtures",)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")

UI = Path(__file__).resolve().parents[2] / "app" / "ui"
EDITORS = {
    UI / "board" / "editor.py",
    UI / "batenlogica" / "editor.py",
    UI / "session" / "editor.py",
    UI / "school" / "editor.py",
    UI / "trajectory" / "editor.py",
}
OPEN_ROUND = 3  # demo: session 2, round 2 (rounds 1 and 2 are closed)


def test_push_returns_the_new_ids_and_changes_it_committed(document: Document, board: Board):
    commit = document.push(AddNote(board.round_id, board.left, "Nieuw", 10.0, 20.0), "Add")
    assert commit
    (note_id,) = commit.new_ids("note")
    assert db_board(document.store)["notes"][note_id][0] == "Nieuw"
    assert [(c.table, c.kind) for c in commit.changes] == [("note", "insert")]
    assert commit.new_ids("cluster") == []
    assert document.undo_stack.count() == 1


def test_a_refused_push_is_falsy_and_says_why(document: Document, board: Board):
    document.push(set_round_state(board.round_id, RoundState.CLOSED), "Close")
    heard: list[str] = []
    document.failed.connect(heard.append)
    commit = document.push(AddNote(board.round_id, board.left, "Te laat", 0.0, 0.0), "Add")
    assert not commit and commit.new_ids("note") == []
    assert commit.refusal and heard == [commit.refusal]
    assert document.undo_stack.count() == 1  # only the closing


def test_change_signals_reach_only_the_tables_touched(document: Document, board: Board):
    heard: dict[str, list] = {"note": [], "cluster": [], "touched": []}
    document.rows.note.connect(heard["note"].append)
    document.rows.cluster.connect(heard["cluster"].append)
    document.rows.touched.connect(heard["touched"].append)
    commit = document.push(AddNote(board.round_id, board.left, "Een", 0.0, 0.0), "Add")
    (note_id,) = commit.new_ids("note")
    document.push(edit("note", note_id, text="Twee"), "Edit")
    assert [[(c.kind, c.id) for c in changes] for changes in heard["note"]] == [
        [("insert", note_id)],
        [("update", note_id)],
    ]
    assert heard["cluster"] == []
    assert heard["touched"] == [frozenset({"note"}), frozenset({"note"})]


def test_every_table_has_its_change_signal() -> None:
    missing = [t for t in TABLES if not hasattr(RowSignals, t)]
    assert missing == []


def _pushes(path: Path) -> list[int]:
    """Lines of ``path`` that call ``something.push(...)`` other than an undo stack's."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "push"
            and not (
                isinstance(node.func.value, ast.Attribute) and node.func.value.attr == "undo_stack"
            )
        ):
            lines.append(node.lineno)
    return lines


def test_only_the_editors_push_edits() -> None:
    outside = {
        str(path.relative_to(UI)): lines
        for path in sorted(UI.rglob("*.py"))
        if path not in EDITORS and (lines := _pushes(path))
    }
    assert outside == {}
    assert all(_pushes(path) for path in EDITORS)  # the scan does find their pushes


def test_no_listener_dispatches_on_table_names_by_getattr() -> None:
    for path in UI.rglob("*.py"):
        assert 'getattr(self, f"_on_' not in path.read_text(encoding="utf-8"), path


# -- through the main window -------------------------------------------------------


def _open_round(qtbot, window: MainWindow, demo_file: Path) -> BoardView:
    window.open_file(demo_file)
    window.show_round(OPEN_ROUND)
    window.activateWindow()
    qtbot.waitActive(window)
    board = window.board
    assert board is not None
    board.setFocus()
    return board


def test_ctrl_g_in_the_main_window_clusters_names_and_undoes_as_the_user_does(
    qtbot, window: MainWindow, demo_file: Path
) -> None:
    board = _open_round(qtbot, window, demo_file)
    document = window.document
    assert document is not None
    free = sorted(board.board_scene.notes.values(), key=lambda n: n.note_id)[:2]
    board.board_scene.select_notes([n.note_id for n in free])
    before = db_board(document.store, OPEN_ROUND)
    QTest.keyClick(board.viewport(), Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert board.typing.active  # the title editor sits on the new frame
    QTest.keyClicks(board.viewport(), "Rode draad")
    QTest.keyClick(board.viewport(), Qt.Key.Key_Return)
    after = db_board(document.store, OPEN_ROUND)
    (made,) = set(after["clusters"]) - set(before["clusters"])
    assert after["clusters"][made][0] == "Rode draad"
    assert sorted(n for n, row in after["notes"].items() if row[6] == made) == sorted(
        n.note_id for n in free
    )
    stack = document.undo_stack
    assert [stack.text(stack.count() - 2), stack.text(stack.count() - 1)] == [
        "Cluster",
        "Cluster hernoemen",
    ]
    assert scene_board(board) == after
    window.action_set["undo"].trigger()
    window.action_set["undo"].trigger()
    assert db_board(document.store, OPEN_ROUND) == before


def test_the_board_context_menu_offers_the_editors_own_actions(
    qtbot, window: MainWindow, demo_file: Path
) -> None:
    board = _open_round(qtbot, window, demo_file)
    item = next(iter(board.board_scene.notes.values()))
    board.centerOn(item)
    pos = board.mapFromScene(item.sceneBoundingRect().center())
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, board.mapToGlobal(pos))
    with qtbot.waitSignal(board.contextMenuWanted) as wanted:
        board.contextMenuWanted.disconnect(window.board_editor.context_menu)  # no modal menu
        QApplication.sendEvent(board.viewport(), event)
    board.contextMenuWanted.connect(window.board_editor.context_menu)  # as it was
    clicked, point, _at = wanted.args
    assert clicked is item and item.isSelected()
    editor = window.board_editor
    menu = editor.context_actions(clicked, point)
    offered = set(menu.actions())
    for name in ("edit_text", "vote_up", "cluster", "duplicate", "delete"):
        assert editor[name] in offered
    assert window.action_set["show_in_logic"] in offered
    assert window.action_set["cluster"] is editor["cluster"]  # the menu bar's own action
    paper = editor.context_actions(None, QPointF(0, 0))
    assert [a.objectName() for a in paper.actions()] == ["new_note", "tidy", "fit"]


def test_arrow_keys_nudge_through_the_editor_as_one_step(
    qtbot, view: BoardView, document: Document, board: Board
) -> None:
    commit = view.edits.capture(board.left, ["een"], "Add")
    (note_id,) = commit.new_ids("note")
    view.board_scene.select_notes([note_id])
    x, y = db_board(document.store)["notes"][note_id][1:3]
    QTest.keyClick(view.viewport(), Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Up)
    assert db_board(document.store)["notes"][note_id][1:3] == (x + 48, y - 8)
    assert document.undo_stack.text(document.undo_stack.count() - 1) == "Move"


def test_a_board_without_an_editor_is_read_only(
    qtbot, document: Document, board: Board, store: WorkshopStore
) -> None:
    view = BoardView(document)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    note_id = document.push(AddNote(board.round_id, board.left, "Vast", 40, 40), "x").new_ids(
        "note"
    )[0]
    view.show_round(board.round_id)
    before = db_board(store)
    item: NoteItem = view.board_scene.notes[note_id]
    start = view.mapFromScene(item.sceneBoundingRect().center())
    drag(
        view,
        start,
        start + (view.mapFromScene(QPointF(300, 300)) - view.mapFromScene(QPointF(0, 0))),
    )
    assert db_board(store) == before
    assert scene_board(view) == before  # the dragged item went back to its row


def test_a_phones_dot_goes_through_the_board_editor_as_one_step(
    qtbot, view: BoardView, document: Document, board: Board
) -> None:
    (note_id,) = view.edits.add_note(board.round_id, board.left, "Stip", QPointF(0, 0)).new_ids(
        "note"
    )
    commit = view.edits.from_phone(Vote((note_id,), 1), "Dot from a phone")
    assert commit and db_board(document.store)["notes"][note_id][-1] == 1
    stack = document.undo_stack
    assert stack.undoText() == QCoreApplication.translate("Participants", "Dot from a phone")
    stack.undo()
    assert db_board(document.store)["notes"][note_id][-1] == 0
