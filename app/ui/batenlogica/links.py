"""The window's links between the board and the batenlogica, both ways.

Post-its and clusters selected on the board become linked elements (through
the batenlogica editor), and the elements made from a selection can be shown.
The window says the outcome in its status bar.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from app.model.kinds import LogicKind
from app.ui.batenlogica.commands import linked_nodes
from app.ui.batenlogica.view import LogicPane
from app.ui.board.view import BoardView


def add_selection(
    pane: LogicPane, board: BoardView, note_ids: Sequence[int], kind: LogicKind
) -> int | None:
    """One element of ``kind`` per selected cluster and per other selected post-it, linked.

    How many were added; None when nothing was selected.
    """
    cluster_ids = board.board_scene.selected_cluster_ids()
    if not (note_ids or cluster_ids):
        return None
    commit = pane.view.editor.add_notes(note_ids, kind, cluster_ids=cluster_ids)
    return len(commit.new_ids("logic_node"))


def show_elements(
    pane: LogicPane, board: BoardView, note_ids: Sequence[int], show_logic: Callable[[], None]
) -> str:
    """Show the batenlogica with the elements made from the selection selected.

    An element counts when one of the post-its is among its sources, or when
    it was made from a cluster the post-its are in (or a selected cluster).
    """
    cluster_ids = board.board_scene.selected_cluster_ids()
    nodes = linked_nodes(pane.view.document, note_ids, cluster_ids)
    if not nodes:
        return QCoreApplication.translate(
            "MainWindow", "No element of the batenlogica was made from this selection"
        )
    show_logic()
    pane.view.select_nodes(nodes)
    return ""
