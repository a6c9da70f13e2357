"""Capturing post-its on the board at typing speed, and the quick-capture field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.model.layout import NOTE_H, NOTE_W, Rect
from app.model.store import WorkshopStore
from app.ui.board.capture import QuickCapture
from app.ui.board.view import BoardView
from app.ui.document import Document
from tests.helpers.board import Board, at, db_board, overlapping, scene_board

pytest_plugins = ("tests.helpers.board_fixtures",)  # the board, document and view fixtures


def type_line(view: BoardView, text: str) -> None:
    QTest.keyClicks(view.viewport(), text)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)


def test_double_click_type_enter_creates_the_note_in_the_database(
    qtbot, view: BoardView, store: WorkshopStore, board: Board, document: Document
) -> None:
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at(view, 300, 300))
    assert view.typing.active
    point = view.mapToScene(at(view, 300, 300))
    with qtbot.waitSignal(document.changed):
        type_line(view, "Meer buiten spelen")
    (note,) = db_board(store)["notes"].values()
    text, x, y, _w, _h, subgroup, cluster, kind, _colour, _votes = note
    assert (text, subgroup, cluster, kind) == ("Meer buiten spelen", board.left, None, "idee")
    assert (x, y) == pytest.approx((point.x() - NOTE_W / 2, point.y() - NOTE_H / 2))
    assert document.undo_stack.count() == 1
    assert scene_board(view) == db_board(store)
    assert view.typing.active  # the next note is waiting
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    assert not view.typing.active
    assert len(db_board(store)["notes"]) == 1  # the empty next note was discarded


def test_enter_chains_notes_beside_each_other_in_the_same_subgroup(
    qtbot, view: BoardView, store: WorkshopStore, board: Board, document: Document
) -> None:
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at(view, 1000, 250))
    for text in ("Rust in de klas", "Samen plannen", "Minder toetsen", "Ouders in de les"):
        type_line(view, text)
    QTest.keyClicks(view.viewport(), "Twee")
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(view.viewport(), "regels")
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    notes = sorted(db_board(store)["notes"].values(), key=lambda n: n[0])
    assert [n[0] for n in notes] == sorted(
        ["Rust in de klas", "Samen plannen", "Minder toetsen", "Ouders in de les", "Twee\nregels"]
    )
    assert {n[5] for n in notes} == {board.right}
    assert not overlapping([Rect(n[1], n[2], n[3], n[4]) for n in notes])
    assert document.undo_stack.count() == 5
    assert scene_board(view) == db_board(store)


def test_double_click_on_a_note_edits_its_text_in_place(
    qtbot, view: BoardView, store: WorkshopStore, document: Document
) -> None:
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at(view, 300, 300))
    type_line(view, "Oud")
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at(view, 300, 300))
    QTest.keyClick(view.viewport(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_line(view, "Nieuw")
    assert [n[0] for n in db_board(store)["notes"].values()] == ["Nieuw"]
    assert not view.typing.active
    document.undo_stack.undo()
    assert [n[0] for n in db_board(store)["notes"].values()] == ["Oud"]
    assert scene_board(view) == db_board(store)


def test_quick_capture_of_twenty_lines_is_one_undo_step(
    qtbot, store: WorkshopStore, board: Board, document: Document, view: BoardView
) -> None:
    capture = QuickCapture(document)
    qtbot.addWidget(capture)
    capture.set_round(board.round_id)
    capture.subgroup.setCurrentIndex(capture.subgroup.findData(board.right))
    capture.field.setPlainText("\n".join(f"Idee {i}" for i in range(20)) + "\n\n")
    with qtbot.waitSignal(document.changed):
        QTest.keyClick(capture.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    notes = db_board(store)["notes"].values()
    assert sorted(n[0] for n in notes) == sorted(f"Idee {i}" for i in range(20))
    assert {n[5] for n in notes} == {board.right}
    assert not overlapping([Rect(n[1], n[2], n[3], n[4]) for n in notes])
    area = db_board(store)["areas"][board.right]
    assert all(area[1] <= n[1] and n[2] + n[4] <= area[2] + area[4] for n in notes)
    assert capture.field.toPlainText() == ""
    assert document.undo_stack.count() == 1
    assert scene_board(view) == db_board(store)
    document.undo_stack.undo()
    assert db_board(store)["notes"] == {}
    assert scene_board(view) == db_board(store)
