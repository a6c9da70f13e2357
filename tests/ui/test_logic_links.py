"""Board ↔ batenlogica: clusters become linked elements, and post-its lead to their elements."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.model.entities import LogicNode, LogicNodeSource, Note
from app.model.kinds import LogicKind
from app.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")

DETAIL_ROUND = 3  # demo: "Wat doen we al?" / "Vernieuwende initiatieven" clusters, no links
ACTIONS_ROUND = 4  # demo: one cluster per initiative, each the source of a batenlogica node


def open_round(window: MainWindow, demo_file, round_id: int):
    window.open_file(demo_file)
    window.show_round(round_id)
    assert window.board is not None
    return window.board.board_scene


def members(window: MainWindow, cluster_id: int) -> list[int]:
    with window.document.store.read() as db:
        return list(
            db.scalars(select(Note.id).where(Note.cluster_id == cluster_id).order_by(Note.id))
        )


def sources(window: MainWindow, node_id: int) -> list[int]:
    with window.document.store.read() as db:
        return list(
            db.scalars(
                select(LogicNodeSource.note_id)
                .where(LogicNodeSource.node_id == node_id)
                .order_by(LogicNodeSource.note_id)
            )
        )


def node_count(window: MainWindow) -> int:
    with window.document.store.read() as db:
        return db.scalar(select(func.count()).select_from(LogicNode))


def add_action(window: MainWindow, kind: LogicKind):
    (action,) = [a for a in window.action_set.menus["logic_add"].actions() if a.data() == kind]
    return action


def test_selected_clusters_and_loose_post_its_become_linked_elements_in_one_step(
    window: MainWindow, demo_file
):
    scene = open_round(window, demo_file, DETAIL_ROUND)
    first, second, other = sorted(scene.clusters)[:3]
    loose = members(window, other)[0]  # a post-it whose cluster is not selected
    inside = members(window, first)[0]  # selected itself too, but its cluster already counts
    scene.clusters[first].setSelected(True)
    scene.clusters[second].setSelected(True)
    scene.notes[loose].setSelected(True)
    scene.notes[inside].setSelected(True)
    before = node_count(window)
    add_action(window, LogicKind.OPLOSSING).trigger()
    with window.document.store.read() as db:
        new = list(db.scalars(select(LogicNode).order_by(LogicNode.id)).all()[before:])
    titles = {c: scene.clusters[c].row["title"] for c in (first, second)}
    assert [(n.kind, n.label, n.source_cluster_id) for n in new] == [
        (LogicKind.OPLOSSING, titles[first], first),
        (LogicKind.OPLOSSING, titles[second], second),
        (LogicKind.OPLOSSING, scene.notes[loose].row["text"], None),
    ]
    assert [sources(window, n.id) for n in new] == [
        members(window, first),
        members(window, second),
        [loose],
    ]
    assert window.statusBar().currentMessage() == "3 elementen toegevoegd aan de batenlogica"
    window.action_set["undo"].trigger()  # one step takes all three back
    assert node_count(window) == before


def test_post_its_lead_to_the_elements_made_from_their_cluster(qtbot, window, demo_file):
    scene = open_round(window, demo_file, ACTIONS_ROUND)
    with window.document.store.read() as db:
        node_id, cluster_id = db.execute(
            select(LogicNode.id, LogicNode.source_cluster_id)
            .where(LogicNode.source_cluster_id.is_not(None))
            .order_by(LogicNode.id)
        ).first()
    scene.select_notes(members(window, cluster_id)[:1])
    assert window.action_set["show_in_logic"].isEnabled()
    window.action_set["show_in_logic"].trigger()
    assert window.pages.currentWidget() is window.logic
    view = window.logic.view
    item = view.logic_scene.nodes[node_id]
    assert [i.row["id"] for i in view.logic_scene.selected_nodes()] == [node_id]
    assert view.viewport().rect().contains(view.mapFromScene(item.sceneBoundingRect().center()))
    view.scale(4, 4)  # zoomed in, far from the node: it is brought back into view
    view.centerOn(view.logic_scene.itemsBoundingRect().bottomRight())
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert not shown.intersects(item.sceneBoundingRect())
    window.show_round(ACTIONS_ROUND)
    scene.select_notes(members(window, cluster_id)[-1:])
    window.action_set["show_in_logic"].trigger()
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(item.sceneBoundingRect())
    # and back again: the node's sources are the cluster's post-its, shown on their board
    view.showNotes.emit(members(window, cluster_id))
    assert window.pages.currentWidget() is window.board_page
    assert scene.note_ids_selected() == members(window, cluster_id)


def test_post_its_linked_one_by_one_are_found_too(window: MainWindow, demo_file):
    window.open_file(demo_file)
    with window.document.store.read() as db:
        node_id, note_id, round_id = db.execute(
            select(LogicNodeSource.node_id, Note.id, Note.round_id)
            .join(Note, Note.id == LogicNodeSource.note_id)
            .join(LogicNode, LogicNode.id == LogicNodeSource.node_id)
            .where(LogicNode.source_cluster_id.is_(None))
            .order_by(LogicNodeSource.node_id)
        ).first()
    window.show_notes([note_id])
    assert window.tree.current_round() == round_id
    window.action_set["show_in_logic"].trigger()
    selected = [i.row["id"] for i in window.logic.view.logic_scene.selected_nodes()]
    assert node_id in selected


def test_post_its_without_elements_say_so_and_stay_on_the_board(window: MainWindow, demo_file):
    scene = open_round(window, demo_file, DETAIL_ROUND)
    with window.document.store.read() as db:
        linked = set(db.scalars(select(LogicNodeSource.note_id)))
    loose = next(n for n, item in scene.notes.items() if n not in linked)
    assert scene.notes[loose].row["cluster_id"] is not None  # its cluster made no element either
    scene.select_notes([loose])
    window.action_set["show_in_logic"].trigger()
    assert window.pages.currentWidget() is window.board_page
    assert window.statusBar().currentMessage() == (
        "Geen element van de batenlogica is van deze selectie gemaakt"
    )
