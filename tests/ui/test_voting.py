"""Dot voting by clicking and keys on a real board view; the top N; a closed round says no."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from app.model.kinds import RoundState
from app.model.ops.edits import set_round_state
from app.ui.board.editor import editor_for
from app.ui.board.view import BoardView
from app.ui.document import Document
from app.ui.session.voting import Scope, VotingPanel, top_notes
from tests.helpers.board import drag
from tests.helpers.session import make_round, votes

NOTES = [
    ("Buiten leren", 0, 20.0, 80.0),
    ("Minder toetsen", 1, 870.0, 80.0),
    ("Ouders in de klas", 0, 220.0, 80.0),
    ("Eigen tempo", 0, 20.0, 260.0),
]

# The offscreen platform (no display in CI) cannot resize native windows to their hints.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def setup(qtbot, store):
    small = make_round(store, NOTES)
    document = Document(store)
    view = BoardView(document)
    editor_for(view)
    view.resize(1400, 700)
    panel = VotingPanel(view)
    qtbot.addWidget(view)
    qtbot.addWidget(panel)
    view.show()
    panel.show()
    qtbot.waitExposed(view)
    view.show_round(small.round_id)
    yield small, document, view, panel
    document.undo_stack.clear()


def centre_of(view: BoardView, note_id: int) -> QPoint:
    item = view.board_scene.notes[note_id]
    return view.mapFromScene(item.sceneBoundingRect().center())


def click(qtbot, view: BoardView, note_id: int, button=Qt.MouseButton.LeftButton, mods=None):
    modifier = mods or Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(view.viewport(), button, modifier, centre_of(view, note_id))


def test_clicks_and_keys_give_and_take_back_votes(qtbot, store, setup) -> None:
    small, document, view, panel = setup
    first, second, third, _fourth = small.notes
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    assert panel.mode.is_active()
    for _ in range(3):
        click(qtbot, view, first)
    click(qtbot, view, second)
    click(qtbot, view, first, Qt.MouseButton.RightButton)
    click(qtbot, view, second, mods=Qt.KeyboardModifier.ShiftModifier)
    view.board_scene.select_notes([third])
    view.setFocus()
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)

    assert votes(store) == {first: 2, second: 0, third: 2, small.notes[3]: 0}
    assert document.undo_stack.count() == 10
    assert document.undo_stack.text(0) == "Vote"
    assert view.board_scene.notes[first].row["votes"] == 2  # the dots follow the model

    document.undo_stack.undo()
    assert votes(store)[third] == 3


def test_clicks_outside_vote_mode_do_not_vote(qtbot, store, setup) -> None:
    small, document, view, _panel = setup
    click(qtbot, view, small.notes[0])
    assert set(votes(store).values()) == {0}
    assert document.undo_stack.count() == 0


def test_top_n_orders_notes_by_votes_per_scope(qtbot, store, setup) -> None:
    small, _document, view, panel = setup
    first, second, third, fourth = small.notes
    panel.mode.set_active(True)
    for note_id, times in ((first, 1), (second, 4), (third, 3), (fourth, 1)):
        for _ in range(times):
            click(qtbot, view, note_id)

    assert [r.note_id for r in top_notes(store, Scope(small.round_id), 3)] == [
        second,
        third,
        first,  # ties in reading order: "Buiten leren" is above "Eigen tempo"
    ]
    panel.count.setValue(2)
    shown = [panel.ranking.item(i).data(Qt.ItemDataRole.UserRole) for i in range(2)]
    assert shown == [second, third]
    assert panel.ranking.count() == 2

    panel.scope.setCurrentIndex(panel.scope.findText("Subgroup: Groep A"))
    shown = [
        panel.ranking.item(i).data(Qt.ItemDataRole.UserRole) for i in range(panel.ranking.count())
    ]
    assert shown == [third, first]
    qtbot.mouseClick(panel.highlight_button, Qt.MouseButton.LeftButton)
    assert view.board_scene.note_ids_selected() == sorted([third, first])

    click(qtbot, view, first)
    click(qtbot, view, first)
    shown = [panel.ranking.item(i).data(Qt.ItemDataRole.UserRole) for i in range(2)]
    assert shown == [first, third]  # the ranking follows new votes


def test_a_closed_round_refuses_votes_with_a_message(qtbot, store, setup) -> None:
    small, document, view, panel = setup
    click_target = small.notes[0]
    panel.mode.set_active(True)
    click(qtbot, view, click_target)
    assert document.push(set_round_state(small.round_id, RoundState.CLOSED), "Close")
    before = votes(store)
    steps = document.undo_stack.count()

    click(qtbot, view, click_target)
    view.board_scene.select_notes([click_target])
    qtbot.keyClick(view, Qt.Key.Key_Plus)

    assert votes(store) == before
    assert document.undo_stack.count() == steps
    assert panel.status.isVisible()
    assert "closed" in panel.status.text() and "Ronde 1" in panel.status.text()
    assert view.board_scene.notes[click_target].row["votes"] == 1


# The board view itself leaves a band's release unaccepted (seen without vote mode too).
@pytest.mark.qt_log_ignore('Mouse event "MouseRelease" not accepted', "propagateSizeHints")
def test_vote_mode_leaves_empty_paper_to_the_board(qtbot, store, setup) -> None:
    small, document, view, panel = setup
    panel.mode.set_active(True)
    # A band from empty paper selects the first post-it: selecting still works, nothing is voted.
    drag(view, view.mapFromScene(QPointF(5.0, 60.0)), view.mapFromScene(QPointF(190.0, 200.0)))
    assert view.board_scene.note_ids_selected() == [small.notes[0]]
    assert document.undo_stack.count() == 0
    panel.mode.set_active(False)
    assert not panel.toggle.isChecked()
