"""A changed post-it or area repaints only where it changed, and looks as after a full repaint."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QPaintEvent, QRegion

from app.ui.board.editor import editor_for
from app.ui.board.items import NoteItem
from app.ui.board.view import BoardView
from app.ui.document import Document
from tests.helpers.actions import act
from tests.helpers.board import Board
from tests.helpers.pictures import largest_difference

pytest_plugins = ("tests.helpers.board_fixtures",)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class Repaints(QObject):
    """The region of every paint of a widget, from the moment it is installed."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.region = QRegion()
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QPaintEvent):
            self.region = self.region.united(event.region())
        return False


def drawn_at(view: BoardView, item: NoteItem, scene_point: QPointF) -> bool:
    picture = view.viewport().grab().toImage()
    return picture.pixelColor(view.mapFromScene(scene_point)).name() == item.fill.name()


def batched_match_items(view: BoardView) -> bool:
    scene = view.board_scene
    assert scene._batches is not None
    batched = sorted((r.x(), r.y(), r.width(), r.height()) for r in scene._batches.rects())
    items = sorted(
        (r.x(), r.y(), r.width(), r.height())
        for r in (n.mapRectToScene(n.rect()) for n in scene.notes.values())
    )
    return batched == items


def test_zoomed_out_a_dot_or_a_move_repaints_only_that_post_it(
    qtbot, view: BoardView, document: Document, board: Board
) -> None:
    editor = editor_for(view)
    editor.capture(board.left, [f"idee {i}" for i in range(12)], "setup")
    scene = view.board_scene
    view.setTransform(view.transform().fromScale(0.1, 0.1))
    view.viewport().repaint()
    assert scene.low_detail
    viewport = view.viewport().rect()
    item = scene.notes[min(scene.notes)]
    before = item.mapRectToScene(item.rect()).center()

    repaints = Repaints(view.viewport())
    assert editor.vote(+1, [item.note_id])
    qtbot.waitUntil(lambda: not repaints.region.isEmpty())
    dot = repaints.region.boundingRect()
    assert dot.width() * dot.height() < viewport.width() * viewport.height() / 50

    repaints.region = QRegion()
    target = QPointF(item.row["x"] + 848, item.row["y"])  # into the other area
    assert editor.move({item: target}, {})
    qtbot.waitUntil(lambda: not repaints.region.isEmpty())
    moved = repaints.region.boundingRect()
    assert moved.contains(view.mapFromScene(before))  # where it was: paper again
    assert moved.contains(view.mapFromScene(item.mapRectToScene(item.rect()).center()))
    assert moved.width() * moved.height() < viewport.width() * viewport.height() / 4
    assert not drawn_at(view, item, before)
    assert drawn_at(view, item, item.mapRectToScene(item.rect()).center())
    assert batched_match_items(view)

    document.undo_stack.undo()  # the move
    assert drawn_at(view, item, before)
    assert item.row["votes"] == 1
    assert batched_match_items(view)


def test_zoomed_out_through_the_window_edits_keep_the_batches_whole(qtbot, window, demo_file):
    window.open_file(demo_file)
    board = window.board
    scene = board.board_scene
    while not scene.low_detail:
        act(window, "zoom_out")
        board.viewport().repaint()
    first = scene.notes[min(scene.notes)]
    was = first.mapRectToScene(first.rect()).center()
    qtbot.mouseClick(board.viewport(), Qt.MouseButton.LeftButton, pos=board.mapFromScene(was))
    assert scene.selected_notes() == [first]
    qtbot.keyClick(board.viewport(), Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(board.viewport(), Qt.Key.Key_Escape)
    assert not scene.selected_notes()
    now = first.mapRectToScene(first.rect()).center()
    assert now.x() > was.x()
    board.viewport().repaint()
    assert batched_match_items(board)
    assert drawn_at(board, first, now)
    act(window, "undo")
    board.viewport().repaint()
    assert first.mapRectToScene(first.rect()).center() == was
    assert batched_match_items(board)


def test_an_area_that_grows_taller_repaints_only_its_new_strip(
    qtbot, view: BoardView, document: Document, board: Board
) -> None:
    editor = editor_for(view)
    scene = view.board_scene
    area = scene.areas[board.left]
    view.resetTransform()  # readable: every post-it is drawn with its text
    view.centerOn(area.rect().center().x(), 400)
    view.viewport().repaint()
    assert not scene.low_detail
    grown = 0
    height_before = area.rect().height()
    for i in range(24):
        height = area.rect().height()
        repaints = Repaints(view.viewport())
        assert editor.capture(board.left, [f"idee {i}"], "add")
        qtbot.waitUntil(lambda r=repaints: not r.region.isEmpty())
        if area.rect().height() > height:
            grown += 1
            strip = repaints.region.boundingRect()
            shown = (
                view.mapFromScene(area.rect()).boundingRect().intersected(view.viewport().rect())
            )
            assert strip.height() < shown.height() / 2
            on_screen = view.screen().grabWindow(view.winId()).toImage()
            # as a full repaint draws it; straight edges drawn alone differ by one shade at most
            assert largest_difference(on_screen, view.grab().toImage()) <= 1
    assert grown >= 2
    while document.undo_stack.canUndo():  # the area shrinks back, one post-it at a time
        document.undo_stack.undo()
    view.viewport().repaint()
    qtbot.wait(50)
    on_screen = view.screen().grabWindow(view.winId()).toImage()
    assert largest_difference(on_screen, view.grab().toImage()) <= 1
    assert area.rect().height() == height_before
