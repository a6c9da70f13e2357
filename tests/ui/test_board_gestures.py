"""Moving, selecting, clustering and editing post-its with mouse and keys, as a facilitator does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsView

from app.model.kinds import NoteKind, RoundState
from app.model.ops.board import CaptureNotes, CreateCluster
from app.model.ops.edits import remove, set_round_state
from app.model.store import WorkshopStore
from app.ui.board.items import NoteItem
from app.ui.board.palette import KIND_COLOURS
from app.ui.board.view import BoardView
from app.ui.document import Document
from tests.helpers.board import Board, at, db_board, drag, scene_board

pytest_plugins = ("tests.helpers.board_fixtures",)


def add_notes(document: Document, subgroup: int, *texts: str) -> list[int]:
    document.push(CaptureNotes(subgroup, texts), "setup")
    document.undo_stack.clear()
    return sorted(db_board(document.store)["notes"])[-len(texts) :]


def centre(view: BoardView, note_id: int):
    item = view.board_scene.notes[note_id]
    return view.mapFromScene(item.sceneBoundingRect().center())


def test_dragging_a_multi_selection_moves_and_persists_as_one_step(
    qtbot, view: BoardView, document: Document, store: WorkshopStore, board: Board
) -> None:
    a, b, c = add_notes(document, board.left, "een", "twee", "drie")
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre(view, a))
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        centre(view, c),
    )
    assert view.board_scene.note_ids_selected() == [a, c]
    before = db_board(store)["notes"]
    start = centre(view, a)
    end = start + at(view, 300, 420) - at(view, 0, 0)
    with qtbot.waitSignal(document.changed):
        drag(view, start, end)
    after = db_board(store)["notes"]
    moved = view.mapToScene(end) - view.mapToScene(start)
    for note in (a, c):
        assert after[note][1] == pytest.approx(before[note][1] + moved.x(), abs=0.01)
        assert after[note][2] == pytest.approx(before[note][2] + moved.y(), abs=0.01)
    assert after[b] == before[b]
    assert document.undo_stack.count() == 1
    assert scene_board(view) == db_board(store)
    document.undo_stack.undo()
    assert db_board(store)["notes"] == before
    assert scene_board(view) == db_board(store)


def test_rubber_band_then_ctrl_g_clusters_and_names_in_place(
    qtbot, view: BoardView, document: Document, store: WorkshopStore, board: Board
) -> None:
    ids = add_notes(document, board.right, "a", "b", "c", "d", "e")
    items = [view.board_scene.notes[i] for i in ids[:2]]
    box = items[0].mapRectToScene(items[0].rect()).united(items[1].mapRectToScene(items[1].rect()))
    start = view.mapFromScene(box.topLeft() - QPointF(8, 8))
    end = view.mapFromScene(box.bottomRight() + QPointF(4, 4))
    drag(view, start, end)
    assert view.board_scene.note_ids_selected() == ids[:2]
    QTest.keyClick(view.viewport(), Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert view.typing.active  # the title editor sits on the new frame
    QTest.keyClicks(view.viewport(), "Rode draad")
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    state = db_board(store)
    assert [c[0] for c in state["clusters"].values()] == ["Rode draad"]
    assert [n for n, row in state["notes"].items() if row[6] is not None] == ids[:2]
    assert scene_board(view) == state
    assert [document.undo_stack.text(i) for i in range(2)] == ["Cluster", "Rename cluster"]
    QTest.keyClick(view.viewport(), Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    # nothing selected after naming: Ctrl+G makes nothing; select a member and ungroup
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre(view, ids[0]))
    QTest.keyClick(
        view.viewport(),
        Qt.Key.Key_G,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert db_board(store)["clusters"] == {}
    assert scene_board(view) == db_board(store)


def test_dropping_a_note_into_a_frame_joins_the_cluster_in_the_same_step(
    qtbot, view: BoardView, document: Document, store: WorkshopStore, board: Board
) -> None:
    a, b, c = add_notes(document, board.left, "een", "twee", "drie")
    document.push(CreateCluster((a,), "Samen"), "setup")
    frame = view.board_scene.clusters[1]
    target = view.mapFromScene(frame.sceneBoundingRect().center() + QPointF(0, 30))
    with qtbot.waitSignal(document.changed):
        drag(view, centre(view, c), target)
    notes = db_board(store)["notes"]
    assert (notes[a][6], notes[b][6], notes[c][6]) == (1, None, 1)
    assert scene_board(view) == db_board(store)
    document.undo_stack.undo()
    assert db_board(store)["notes"][c][6] is None
    assert scene_board(view) == db_board(store)


def test_dragging_a_frame_by_its_title_carries_its_notes(
    qtbot, view: BoardView, document: Document, store: WorkshopStore, board: Board
) -> None:
    a, b = add_notes(document, board.left, "een", "twee")
    document.push(CreateCluster((a, b), "Samen"), "setup")
    before = db_board(store)
    frame = view.board_scene.clusters[1]
    title = view.mapFromScene(frame.mapToScene(frame.title_rect().center()))
    end = title + at(view, 0, 300) - at(view, 0, 0)
    drag(view, title, end)
    after = db_board(store)
    dy = after["clusters"][1][2] - before["clusters"][1][2]
    assert dy > 200
    for note in (a, b):
        assert after["notes"][note][2] == pytest.approx(before["notes"][note][2] + dy)
    assert scene_board(view) == after


def test_resize_by_the_corner_grip(
    qtbot, view: BoardView, document: Document, store: WorkshopStore, board: Board
) -> None:
    (a,) = add_notes(document, board.left, "groot")
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre(view, a))
    item = view.board_scene.notes[a]
    grip = view.mapFromScene(item.mapToScene(item.handle_rect().center()))
    drag(view, grip, grip + at(view, 100, 60) - at(view, 0, 0))
    _text, _x, _y, w, h, *_ = db_board(store)["notes"][a]
    assert w > 230 and h > 150
    assert scene_board(view) == db_board(store)


def test_keys_nudge_duplicate_and_delete(
    qtbot, view: BoardView, document: Document, store: WorkshopStore, board: Board
) -> None:
    (a,) = add_notes(document, board.left, "klein")
    x0, y0 = db_board(store)["notes"][a][1:3]
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre(view, a))
    QTest.keyClick(view.viewport(), Qt.Key.Key_Right)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert db_board(store)["notes"][a][1:3] == (x0 + 8, y0 + 48)
    QTest.keyClick(view.viewport(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    notes = db_board(store)["notes"]
    assert len(notes) == 2
    copy = max(notes)
    assert view.board_scene.note_ids_selected() == [copy]
    QTest.keyClick(view.viewport(), Qt.Key.Key_Delete)
    assert list(db_board(store)["notes"]) == [a]
    assert scene_board(view) == db_board(store)
    assert document.undo_stack.count() == 4


def test_kind_colour_and_colour_mode(
    qtbot, view: BoardView, document: Document, store: WorkshopStore, board: Board
) -> None:
    (a,) = add_notes(document, board.left, "kleur")
    item = view.board_scene.notes[a]
    by_subgroup = item.fill.name()
    view.board_scene.select_notes([a])
    view.edits.set_kind(NoteKind.WERKDRUK)
    assert db_board(store)["notes"][a][7] == "werkdruk"
    assert item.fill.name() == by_subgroup
    view.set_colour_mode("kind")
    assert item.fill.name() == KIND_COLOURS[NoteKind.WERKDRUK].name()
    view.edits.set_colour("#b39ddb")
    assert item.fill.name() == "#b39ddb"
    document.undo_stack.undo()
    assert item.fill.name() == KIND_COLOURS[NoteKind.WERKDRUK].name()


def test_closed_round_refuses_edits_with_a_message(
    qtbot, view: BoardView, document: Document, store: WorkshopStore, board: Board
) -> None:
    (a,) = add_notes(document, board.left, "vast")
    assert not view.shows_closed()
    document.push(set_round_state(board.round_id, RoundState.CLOSED), "close")
    assert view.shows_closed()
    before = db_board(store)
    with qtbot.waitSignal(document.failed) as refused:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at(view, 500, 400))
    assert "closed" in refused.args[0]
    assert not view.typing.active
    assert "closed" in view.message()
    start = centre(view, a)
    with qtbot.waitSignal(document.failed):
        drag(view, start, start + at(view, 200, 200) - at(view, 0, 0))
    with qtbot.waitSignal(document.failed):
        QTest.keyClick(view.viewport(), Qt.Key.Key_Delete)
    with qtbot.waitSignal(document.failed):
        QTest.keyClick(view.viewport(), Qt.Key.Key_N)
    assert db_board(store) == before
    assert scene_board(view) == before  # the dragged note went back to its place


def test_zoom_keys_and_fit(qtbot, view: BoardView) -> None:
    fitted = view.scale_factor()
    QTest.keyClick(view.viewport(), Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.scale_factor() == pytest.approx(fitted * 1.25)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.scale_factor() == pytest.approx(fitted / 1.25)
    QTest.keyClick(view.viewport(), Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.scale_factor() == pytest.approx(fitted)


def test_focus_notes_selects_centres_and_highlights(
    qtbot, view: BoardView, document: Document, board: Board
) -> None:
    ids = add_notes(document, board.right, *(f"n{i}" for i in range(6)))
    with qtbot.waitSignal(view.selectionChangedIds) as selected:
        view.focus_notes([ids[4]])
    assert selected.args[0] == [ids[4]]
    item: NoteItem = view.board_scene.notes[ids[4]]
    assert item.highlighted
    centre_now = view.mapToScene(view.viewport().rect().center())
    assert (centre_now - item.sceneBoundingRect().center()).manhattanLength() < 20
    qtbot.waitUntil(lambda: not item.highlighted, timeout=5000)


def test_deleting_the_round_while_typing_leaves_an_empty_paper(
    qtbot, view: BoardView, document: Document, board: Board
) -> None:
    view.capture_at(QPointF(300, 300))
    QTest.keyClicks(view.viewport(), "half")
    document.push(remove("round", board.round_id), "delete round")
    assert view.board_scene.round_id is None
    assert view.board_scene.items() == []
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    assert not view.typing.active
    document.undo_stack.undo()
    view.show_round(board.round_id)
    assert len(view.board_scene.areas) == 2


def test_level_of_detail_batches_only_while_every_view_is_zoomed_out(
    qtbot, view: BoardView, document: Document, board: Board
) -> None:
    add_notes(document, board.left, "een", "twee")
    scene = view.board_scene
    view.setTransform(view.transform().fromScale(0.1, 0.1))
    view.viewport().repaint()
    assert scene.low_detail
    picture = view.viewport().grab().toImage()
    for item in scene.notes.values():  # each post-it is still drawn, as a filled rectangle
        pixel = view.mapFromScene(item.mapRectToScene(item.rect()).center())
        assert picture.pixelColor(pixel).name() == item.fill.name()
    second = QGraphicsView(scene)
    qtbot.addWidget(second)
    second.resize(400, 300)
    second.show()
    view.viewport().repaint()
    assert not scene.low_detail  # the second view shows the notes at full size
    second.setTransform(second.transform().fromScale(0.1, 0.1))
    view.viewport().repaint()
    assert scene.low_detail


def test_zoomed_out_a_post_it_that_arrives_or_goes_is_drawn_at_once(
    qtbot, view: BoardView, document: Document, board: Board
) -> None:
    (first,) = add_notes(document, board.left, "een")
    scene = view.board_scene
    view.setTransform(view.transform().fromScale(0.1, 0.1))
    view.viewport().repaint()
    assert scene.low_detail

    def drawn(item: NoteItem) -> bool:
        picture = view.viewport().grab().toImage()
        pixel = view.mapFromScene(item.mapRectToScene(item.rect()).center())
        return picture.pixelColor(pixel).name() == item.fill.name()

    (second,) = add_notes(document, board.right, "twee")  # as a phone's post-it arrives
    assert drawn(scene.notes[second])
    gone = scene.notes[first]
    document.push(remove("note", first), "withdraw")
    assert not drawn(gone)


def test_wheel_zooms_around_the_pointer_and_middle_drag_pans(qtbot, view: BoardView) -> None:
    pointer = QPoint(300, 200)
    under = view.mapToScene(pointer)
    before = view.scale_factor()
    wheel = QWheelEvent(
        QPointF(pointer),
        QPointF(view.viewport().mapToGlobal(pointer)),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.scale_factor() == pytest.approx(before * 1.25)
    assert (view.mapToScene(pointer) - under).manhattanLength() < 2 / view.scale_factor()
    centre = view.mapToScene(view.viewport().rect().center())
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.MiddleButton, pos=QPoint(400, 400))
    QTest.mouseMove(viewport, QPoint(300, 350))
    QTest.mouseRelease(viewport, Qt.MouseButton.MiddleButton, pos=QPoint(300, 350))
    moved = view.mapToScene(view.viewport().rect().center()) - centre
    assert moved.x() == pytest.approx(100 / view.scale_factor(), abs=2)
    assert moved.y() == pytest.approx(50 / view.scale_factor(), abs=2)


def test_space_drag_pans_the_paper_without_moving_notes(
    qtbot, view: BoardView, document: Document, store: WorkshopStore, board: Board
) -> None:
    (a,) = add_notes(document, board.left, "blijf")
    before = db_board(store)
    middle = view.mapToScene(view.viewport().rect().center())
    QTest.keyPress(view.viewport(), Qt.Key.Key_Space)
    start = centre(view, a)
    drag(view, start, start + QPoint(-120, -80))
    QTest.keyRelease(view.viewport(), Qt.Key.Key_Space)
    moved = view.mapToScene(view.viewport().rect().center()) - middle
    assert moved.x() == pytest.approx(120 / view.scale_factor(), abs=2)
    assert moved.y() == pytest.approx(80 / view.scale_factor(), abs=2)
    assert db_board(store) == before
    assert document.undo_stack.count() == 0


def test_a_fitted_board_stays_fitted_on_resize_until_the_user_zooms(qtbot, view: BoardView) -> None:
    fitted = view.scale_factor()
    view.resize(600, 400)  # a panel opens beside the board
    qtbot.waitUntil(lambda: view.scale_factor() < fitted * 0.75)
    view.zoom_in()
    zoomed = view.scale_factor()
    view.resize(1200, 800)
    qtbot.wait(50)
    assert view.scale_factor() == pytest.approx(zoomed)
