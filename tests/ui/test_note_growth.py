"""A long text grows its post-it (one undo step) so the board keeps one text size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QTransform
from sqlalchemy import select

from app.model.entities import Note
from app.model.layout import NOTE_H, NOTE_W
from app.model.limits import MAX_NOTE_SIZE
from app.ui.board.grow import grown_size
from app.ui.board.items import BOARD_TEXT_PX
from tests.helpers.window import click_note, first_note

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")
OPEN_ROUND = 3  # demo: session 2, round 2 (rounds 1 and 2 are closed)
LONG = (
    "Meer tijd voor elkaar en minder vergaderen over dingen die niet uitmaken, "
    "zodat er ruimte komt voor gesprekken over leerlingen en hun ontwikkeling"
)


def db_note(window, note_id: int) -> Note:
    with window.document.store.read() as db:
        return db.get(Note, note_id)


def drawn_px(qtbot, window, note_id: int) -> int | None:
    """Show the note at 100% and let the board draw it; the size its text was drawn at."""
    board = window.board
    board.setTransform(QTransform())
    item = board.board_scene.notes[note_id]
    board.centerOn(item)
    board.viewport().repaint()
    qtbot.waitUntil(lambda: item.drawn_px() is not None)
    return item.drawn_px()


def focus_board(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    window.board.setFocus()


def test_n_then_a_long_text_and_enter_grows_the_note_not_shrinks_its_text(qtbot, window, demo_file):
    window.open_file(demo_file)
    board = window.board
    focus_board(qtbot, window)
    area = next(iter(board.board_scene.areas.values()))
    board.centerOn(area)
    QCursor.setPos(
        board.viewport().mapToGlobal(board.mapFromScene(area.mapRectToScene(area.rect()).center()))
    )
    qtbot.keyClick(board.viewport(), Qt.Key.Key_N)
    assert board.typing.active
    qtbot.keyClicks(board.viewport(), LONG)
    with qtbot.waitSignal(window.document.changed):
        qtbot.keyClick(board.viewport(), Qt.Key.Key_Return)
    qtbot.keyClick(board.viewport(), Qt.Key.Key_Escape)
    with window.document.store.read() as db:
        added = db.scalars(select(Note).where(Note.text == LONG)).one()
    assert added.h > NOTE_H and added.w >= NOTE_W
    assert drawn_px(qtbot, window, added.id) == BOARD_TEXT_PX
    window.action_set["undo"].trigger()
    with window.document.store.read() as db:
        assert db.scalars(select(Note).where(Note.text == LONG)).first() is None


def test_editing_a_text_longer_grows_the_note_and_one_undo_restores_text_and_size(
    qtbot, window, demo_file
):
    window.open_file(demo_file)
    window.show_round(OPEN_ROUND)
    target = first_note(window.document.store, OPEN_ROUND)
    before = (target.text, target.w, target.h)
    focus_board(qtbot, window)
    click_note(qtbot, window, target.id)
    window.board_editor["edit_text"].trigger()
    assert window.board.typing.active
    qtbot.keyClick(window.board.viewport(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.board.viewport(), LONG)
    with qtbot.waitSignal(window.document.changed):
        qtbot.keyClick(window.board.viewport(), Qt.Key.Key_Return)
    after = db_note(window, target.id)
    assert after.text == LONG
    assert after.h > target.h and after.w >= target.w
    assert drawn_px(qtbot, window, target.id) == BOARD_TEXT_PX
    window.action_set["undo"].trigger()
    undone = db_note(window, target.id)
    assert (undone.text, undone.w, undone.h) == before


def test_quick_capture_grows_long_lines_only(qtbot, window, demo_file):
    window.open_file(demo_file)
    window.show_round(OPEN_ROUND)
    capture = window.capture
    capture.field.setPlainText(f"Rust\n{LONG}")
    with qtbot.waitSignal(window.document.changed):
        capture.add_button.click()
    with window.document.store.read() as db:
        short = db.scalars(select(Note).where(Note.text == "Rust")).one()
        long = db.scalars(select(Note).where(Note.text == LONG)).one()
    assert (short.w, short.h) == (NOTE_W, NOTE_H)
    assert long.h > NOTE_H
    assert drawn_px(qtbot, window, long.id) == BOARD_TEXT_PX
    window.action_set["undo"].trigger()
    with window.document.store.read() as db:
        assert db.scalars(select(Note).where(Note.text.in_(["Rust", LONG]))).first() is None


def test_growing_is_taller_first_then_wider_and_stays_within_the_limit(qapp):
    w, h = grown_size(LONG, NOTE_W, NOTE_H)
    assert w == NOTE_W and NOTE_H < h <= 2 * NOTE_W
    wide, tall = grown_size(LONG * 4, NOTE_W, NOTE_H)
    assert wide > NOTE_W and tall <= MAX_NOTE_SIZE
    assert grown_size("Rust", NOTE_W, NOTE_H) == (NOTE_W, NOTE_H)
    assert grown_size("x" * 2000, NOTE_W, NOTE_H) == (NOTE_W, NOTE_H)  # cannot: text shrinks
