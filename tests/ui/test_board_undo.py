"""Undo and redo of every board gesture keep scene and database in agreement; so does reopening."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from app.model.demo import build_demo
from app.model.entities import Note, Round
from app.model.kinds import NoteKind, RoundState
from app.model.layout import Rect
from app.model.store import WorkshopStore
from app.ui.board.editor import editor_for
from app.ui.board.view import BoardView
from app.ui.document import Document
from tests.helpers.board import Board, at, db_board, drag, overlapping, scene_board

pytest_plugins = ("tests.helpers.board_fixtures",)


def centre(view: BoardView, note_id: int):
    item = view.board_scene.notes[note_id]
    return view.mapFromScene(item.mapRectToScene(item.rect()).center())


def pick(view: BoardView, *note_ids: int) -> None:
    view.board_scene.select_notes(note_ids)


def looks(view: BoardView) -> dict[str, dict]:
    """Colours as drawn: post-it fills and area tints, by id."""
    scene = view.board_scene
    return {
        "notes": {i: n.fill.name() for i, n in scene.notes.items()},
        "areas": {i: a.colour.name() for i, a in scene.areas.items()},
    }


def gestures(view: BoardView, board: Board) -> list[Callable[[], object]]:
    """A facilitator's session on the board, one undo step per entry."""
    vp = view.viewport()

    def capture() -> None:
        QTest.mouseDClick(vp, Qt.MouseButton.LeftButton, pos=at(view, 250, 250))
        QTest.keyClicks(vp, "Een")
        QTest.keyClick(vp, Qt.Key.Key_Return)

    def capture_next() -> None:
        QTest.keyClicks(vp, "Twee")
        QTest.keyClick(vp, Qt.Key.Key_Return)
        QTest.keyClick(vp, Qt.Key.Key_Escape)

    def capture_right() -> None:
        view.capture_at(QPointF(1100, 300))
        QTest.keyClicks(vp, "Drie")
        QTest.keyClick(vp, Qt.Key.Key_Return)
        QTest.keyClick(vp, Qt.Key.Key_Escape)

    def drag_note() -> None:
        view.board_scene.clearSelection()
        start = centre(view, 1)
        drag(view, start, start + at(view, 60, 260) - at(view, 0, 0))

    def cluster() -> None:
        pick(view, 1, 2)
        QTest.keyClick(vp, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)

    def name_cluster() -> None:
        QTest.keyClicks(vp, "Rode draad")
        QTest.keyClick(vp, Qt.Key.Key_Return)

    def drag_frame() -> None:
        frame = view.board_scene.clusters[1]
        title = view.mapFromScene(frame.mapToScene(frame.title_rect().center()))
        drag(view, title, title + at(view, 300, 0) - at(view, 0, 0))

    def resize() -> None:
        pick(view, 3)
        item = view.board_scene.notes[3]
        grip = view.mapFromScene(item.mapToScene(item.handle_rect().center()))
        drag(view, grip, grip + at(view, 80, 40) - at(view, 0, 0))

    def duplicate() -> None:
        pick(view, 3)
        QTest.keyClick(vp, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)

    def nudge() -> None:
        QTest.keyClick(vp, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)

    def kind() -> None:
        view.edits.set_kind(NoteKind.WERKDRUK)

    def colour() -> None:
        pick(view, 2)
        view.edits.set_colour("#82b1ff")

    def vote() -> None:
        pick(view, 1, 2)
        view.edits.vote(3)

    def delete() -> None:
        pick(view, 4)
        QTest.keyClick(vp, Qt.Key.Key_Delete)

    def tidy() -> None:
        view.board_scene.clearSelection()
        view.edits.tidy()

    def ungroup() -> None:
        pick(view, 1)
        view.edits.ungroup()

    return [
        capture,
        capture_next,
        capture_right,
        drag_note,
        cluster,
        name_cluster,
        drag_frame,
        resize,
        duplicate,
        nudge,
        kind,
        colour,
        vote,
        delete,
        tidy,
        ungroup,
    ]


def test_undo_and_redo_of_every_gesture_restore_scene_and_database(
    qtbot, view: BoardView, document: Document, store: WorkshopStore, board: Board
) -> None:
    history = [db_board(store)]
    for gesture in gestures(view, board):
        gesture()
        state = db_board(store)
        assert state != history[-1], gesture.__name__
        assert scene_board(view) == state, gesture.__name__
        history.append(state)
    steps = len(history) - 1
    assert document.undo_stack.count() == steps
    for expected in reversed(history[:-1]):
        document.undo_stack.undo()
        assert db_board(store) == expected
        assert scene_board(view) == expected
    for expected in history[1:]:
        document.undo_stack.redo()
        assert db_board(store) == expected
        assert scene_board(view) == expected


def test_reopening_the_file_shows_the_same_board(
    qtbot, view: BoardView, document: Document, store: WorkshopStore, board: Board
) -> None:
    for gesture in gestures(view, board)[:-1]:  # end with a cluster on the board
        gesture()
    shown, colours = scene_board(view), looks(view)
    assert shown["clusters"] and len(shown["notes"]) >= 3
    path = store.path
    view.close()
    document.close()
    reopened = WorkshopStore.open(path, backup=False)
    try:
        again = BoardView(Document(reopened))
        editor_for(again)
        qtbot.addWidget(again)
        again.resize(1200, 800)
        again.show()
        again.show_round(board.round_id)
        assert scene_board(again) == shown
        assert looks(again) == colours
    finally:
        again.document.close()


@pytest.fixture
def demo(tmp_path: Path):
    store = WorkshopStore.create(tmp_path / "demo.bruinpapier")
    build_demo(store)
    document = Document(store)
    yield document
    document.close()


def test_demo_boards_mirror_the_database_and_tidy_without_overlaps(qtbot, demo: Document) -> None:
    view = BoardView(demo)
    editor_for(view)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    with demo.store.read() as db:
        rounds = {r.id: r.state for r in db.scalars(select(Round))}
    for round_id, state in rounds.items():
        view.show_round(round_id)
        assert scene_board(view) == db_board(demo.store, round_id)
        pushed = bool(view.edits.tidy())
        assert pushed == (state == RoundState.OPEN)
        with demo.store.read() as db:
            notes = db.scalars(select(Note).where(Note.round_id == round_id)).all()
        if pushed:
            assert not overlapping([Rect(n.x, n.y, n.w, n.h) for n in notes])
        assert scene_board(view) == db_board(demo.store, round_id)
