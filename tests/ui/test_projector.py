"""The projection: the same scene as the board, following the facilitator's view, and freezing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from app.model.ops.edits import Add, edit
from app.ui.board.editor import editor_for
from app.ui.board.items import NoteItem
from app.ui.board.view import BoardView
from app.ui.document import Document
from app.ui.session.projector import (
    Projection,
    ProjectorWindow,
    ViewFollower,
    projector_screen,
    visible_rect,
)
from app.ui.session.timer_widget import RoundTimer
from tests.helpers.session import make_round

# The offscreen platform (no display in CI) cannot resize native windows to their hints.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NOTES = [
    ("Buiten leren", 0, 20.0, 80.0),
    ("Minder toetsen", 1, 870.0, 80.0),
    ("Ouders in de klas", 0, 220.0, 80.0),
]


class FakeClock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def board(qtbot, store):
    small = make_round(store, NOTES, question="Wat zie je voor je?")
    document = Document(store)
    view = BoardView(document)
    editor_for(view)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.show_round(small.round_id)
    yield small, document, view
    document.undo_stack.clear()


@pytest.fixture
def projector(qtbot, board):
    _small, _document, view = board
    clock = FakeClock()
    timer = RoundTimer(clock)
    window = ProjectorWindow(view.board_scene, timer)
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    qtbot.waitExposed(window)
    follower = ViewFollower(view, delay_ms=10)
    follower.moved.connect(window.pane.follow)
    window.pane.follow(follower.current())
    return window, follower, timer, clock


def projected_notes(window: ProjectorWindow) -> set[NoteItem]:
    return {i for i in window.pane.view.items() if isinstance(i, NoteItem)}


def centre_distance(a: QRectF, b: QRectF) -> float:
    return (a.center() - b.center()).manhattanLength()


def test_shows_the_same_notes_and_follows_new_ones(qtbot, board, projector) -> None:
    small, document, view = board
    window, *_ = projector
    scene = view.board_scene
    assert window.pane.view.scene() is scene
    assert projected_notes(window) == set(scene.notes.values())

    with qtbot.wait_signal(scene.changed, timeout=2000):
        document.push(
            Add("note", ({"round_id": small.round_id, "text": "Nieuw", "x": 420.0, "y": 80.0},)),
            "Add",
        )
    assert len(projected_notes(window)) == 4
    new = next(i for i in projected_notes(window) if i.row["text"] == "Nieuw")
    on_screen = window.pane.view.items(window.pane.view.viewport().rect())
    assert new in on_screen


def test_follows_the_facilitator_view(qtbot, board, projector) -> None:
    _small, _document, view = board
    window, follower, *_ = projector
    with qtbot.wait_signal(follower.moved, timeout=2000):
        view.zoom_in()
        view.zoom_in()
    facilitator = visible_rect(view)
    assert window.pane.target() == facilitator
    wanted = window.pane.shown_target()  # what the facilitator sees, minus empty paper
    assert facilitator.contains(wanted)
    shown = window.pane.shown_rect()
    assert shown.adjusted(-1, -1, 1, 1).contains(wanted)  # all of it, aspect ratio kept
    assert centre_distance(shown, wanted) < 2


def test_empty_paper_is_cropped_so_notes_are_as_large_as_fit(qtbot, board, projector) -> None:
    _small, _document, view = board
    window, follower, *_ = projector
    view.resize(1200, 1100)  # a tall window shows paper above and below the board
    view.fit()
    follower.report()
    pane = window.pane
    wanted = pane.shown_target()
    assert wanted.height() < pane.target().height()
    for item in view.board_scene.areas.values():
        assert wanted.contains(item.mapRectToScene(item.rect()))


def test_freezing_keeps_the_picture_and_thawing_catches_up(qtbot, board, projector) -> None:
    small, document, view = board
    window, follower, *_ = projector
    pane = window.pane
    before = pane.shown_rect()
    pane.set_frozen(True)
    picture = pane.snapshot.pixmap().cacheKey()
    assert pane.snapshot.isVisible() and not pane.view.isVisible()

    with qtbot.wait_signal(follower.moved, timeout=2000):
        view.zoom_in()
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 300)
    document.push(edit("note", small.notes[0], x=500.0), "Move")
    assert pane.shown_rect() == before  # the follow update was kept, not shown
    assert pane.snapshot.pixmap().cacheKey() == picture

    pane.set_frozen(False)
    qtbot.wait_until(lambda: centre_distance(pane.shown_rect(), pane.shown_target()) < 2)
    assert pane.target() == visible_rect(view)
    assert pane.view.isVisible()


def test_banner_shows_the_question_and_the_timer(qtbot, board, projector) -> None:
    small, document, _view = board
    window, _follower, timer, clock = projector
    pane = window.pane
    assert pane.question.text() == "Wat zie je voor je?"
    assert not pane.clock.isVisible()  # no timer set yet
    document.push(edit("round", small.round_id, question="Wat maakt je trots?"), "Edit")
    assert pane.question.text() == "Wat maakt je trots?"
    timer.set_minutes(10)
    timer.start()
    clock.now += 75
    timer.tick()
    assert pane.clock.isVisible() and pane.clock.text() == "08:45"
    assert pane.question.font().pixelSize() >= 36  # 900 px high: large type


def test_one_screen_presents_inside_the_main_window(qtbot, board) -> None:
    _small, _document, view = board
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(1000, 700)
    host.show()
    qtbot.waitExposed(host)
    assert projector_screen() is None  # the offscreen platform has one screen
    projection = Projection(host, view, RoundTimer(FakeClock()))
    showing: list[bool] = []
    projection.showing_changed.connect(showing.append)
    projection.start()
    pane = projection.pane
    assert projection.is_showing()
    assert pane.parent() is host and pane.geometry() == host.rect()
    host.resize(1100, 760)
    qtbot.wait_until(lambda: pane.geometry() == host.rect())
    qtbot.keyClick(pane, Qt.Key.Key_Escape)
    assert not projection.is_showing()
    assert showing == [True, False]


def test_a_chosen_screen_gets_a_full_screen_window_that_follows(qtbot, board) -> None:
    _small, _document, view = board
    host = QWidget()
    qtbot.addWidget(host)
    screen = QGuiApplication.primaryScreen()
    projection = Projection(host, view, None, screen=screen)
    assert projection.window is not None and projection.presentation is None
    qtbot.addWidget(projection.window)
    showing: list[bool] = []
    projection.showing_changed.connect(showing.append)
    projection.start()
    projection.set_follow(True)  # following the laptop's view stays as a mode
    qtbot.waitExposed(projection.window)
    assert projection.window.isFullScreen()
    assert projection.window.screen() is screen
    with qtbot.wait_signal(projection.follower.moved, timeout=2000):
        view.zoom_in()
    assert projection.pane.target() == visible_rect(view)
    qtbot.keyClick(projection.pane, Qt.Key.Key_Escape)  # Escape on the projector closes it
    assert not projection.is_showing()
    assert showing == [True, False]
