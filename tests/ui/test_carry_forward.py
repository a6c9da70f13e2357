"""Clusters become themes and themes become subgroups, clicked in the dialog and undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.model.entities import Cluster, Note, Round, Subgroup, Theme
from app.model.kinds import RoundKind, RoundState
from app.model.ops.board import CreateCluster
from app.model.ops.edits import Add, set_round_state
from app.model.ops.setup import GroupPlan, SetUpWorkshop
from app.model.store import WorkshopStore
from app.model.templates import METHOD
from app.ui.board.editor import editor_for
from app.ui.board.view import BoardView
from app.ui.document import Document
from app.ui.session.carry_forward import CarryActions, CarryForwardDialog

# The offscreen platform (no display in CI) cannot resize native windows to their hints.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def round_of(store: WorkshopStore, kind: RoundKind) -> int:
    with store.read() as db:
        return db.scalars(select(Round.id).where(Round.kind == kind)).one()


@pytest.fixture
def workshop(store):
    store.apply(SetUpWorkshop("T", "S", "F", (GroupPlan("Ouders", "#a8e6a1"),), METHOD))
    brown = round_of(store, RoundKind.BROWN_PAPER)
    texts = ["Maatwerk", "Eigen tempo", "Inloop", "Rust"]
    store.apply(
        Add(
            "note",
            tuple(
                {"round_id": brown, "text": t, "x": 40.0 + 200 * i, "y": 900.0}
                for i, t in enumerate(texts)
            ),
        )
    )
    with store.read() as db:
        notes = list(db.scalars(select(Note.id).order_by(Note.id)))
    store.apply(CreateCluster((notes[0], notes[1]), title="Maatwerk in onderwijs"))
    store.apply(CreateCluster((notes[2],), title="Ouders erbij"))
    store.apply(CreateCluster((notes[3],), title="Rust in de school"))
    document = Document(store)
    yield document, brown
    document.undo_stack.clear()


def themes(store: WorkshopStore) -> list[tuple[str, str]]:
    with store.read() as db:
        return [
            tuple(r) for r in db.execute(select(Theme.code, Theme.name).order_by(Theme.position))
        ]


def subgroups(store: WorkshopStore, round_id: int) -> list[str]:
    with store.read() as db:
        return list(
            db.scalars(
                select(Subgroup.name)
                .where(Subgroup.round_id == round_id)
                .order_by(Subgroup.position)
            )
        )


def test_dialog_carries_clusters_to_themes_to_subgroups_and_undoes(qtbot, store, workshop) -> None:
    document, _brown = workshop
    dialog = CarryForwardDialog(document)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.clusters.count() == 3
    for row in (0, 1):  # Ctrl+click the first two clusters
        rect = dialog.clusters.visualItemRect(dialog.clusters.item(row))
        qtbot.mouseClick(
            dialog.clusters.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.ControlModifier,
            rect.center(),
        )
    qtbot.mouseClick(dialog.make_themes, Qt.MouseButton.LeftButton)
    assert themes(store) == [("A", "Maatwerk in onderwijs"), ("B", "Ouders erbij")]
    assert [dialog.themes.item(i).text() for i in range(dialog.themes.count())] == [
        "A Maatwerk in onderwijs",
        "B Ouders erbij",
    ]

    theme_round = round_of(store, RoundKind.THEMES)
    assert dialog.target.currentData() == theme_round  # the method's theme round by default
    qtbot.mouseClick(dialog.make_subgroups, Qt.MouseButton.LeftButton)
    assert subgroups(store, theme_round) == ["A Maatwerk in onderwijs", "B Ouders erbij"]
    assert document.undo_stack.count() == 2

    document.undo_stack.undo()
    assert subgroups(store, theme_round) == []
    document.undo_stack.undo()
    assert themes(store) == []
    assert dialog.themes.count() == 0
    document.undo_stack.redo()
    document.undo_stack.redo()
    assert subgroups(store, theme_round) == ["A Maatwerk in onderwijs", "B Ouders erbij"]
    assert not dialog.status.isVisible()


def test_dialog_shows_why_a_closed_round_gets_no_subgroups(qtbot, store, workshop) -> None:
    document, _brown = workshop
    store.apply(Add("theme", ({"code": "A", "name": "Maatwerk"},)))
    theme_round = round_of(store, RoundKind.THEMES)
    document.push(set_round_state(theme_round, RoundState.CLOSED), "Close")
    dialog = CarryForwardDialog(document)
    qtbot.addWidget(dialog)
    dialog.target.setCurrentIndex(dialog.target.findData(theme_round))
    qtbot.mouseClick(dialog.make_subgroups, Qt.MouseButton.LeftButton)
    assert subgroups(store, theme_round) == []
    assert "closed" in dialog.status.text()
    assert document.undo_stack.count() == 1


def test_board_actions_use_the_selected_clusters_and_the_shown_round(
    qtbot, store, workshop
) -> None:
    document, brown = workshop
    view = BoardView(document)
    editor_for(view)
    qtbot.addWidget(view)
    view.show_round(brown)
    actions = CarryActions(view)
    with store.read() as db:
        rest = db.scalars(select(Cluster.id).where(Cluster.title == "Rust in de school")).one()
    view.board_scene.clusters[rest].setSelected(True)
    actions.to_themes.trigger()
    assert themes(store) == [("A", "Rust in de school")]

    theme_round = round_of(store, RoundKind.THEMES)
    view.show_round(theme_round)
    actions.to_subgroups.trigger()
    assert subgroups(store, theme_round) == ["A Rust in de school"]
    assert document.undo_stack.text(1) == "Themes → subgroups"
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert themes(store) == [] and subgroups(store, theme_round) == []
