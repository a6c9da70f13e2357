"""The window's links between the board and the batenlogica, both ways.

Post-its and clusters selected on the board become linked elements (through
the batenlogica editor), and the elements made from a selection can be shown.
Each answers with the line for the status bar ("" when there is nothing to say).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from app.model.kinds import LogicKind
from app.ui.board.view import BoardView
from app.ui.logic.commands import linked_nodes
from app.ui.logic.view import LogicPane


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("MainWindow", text, "", n)  # the texts' own context


def add_selection(
    pane: LogicPane, board: BoardView, note_ids: Sequence[int], kind: LogicKind
) -> str:
    """One element of ``kind`` per selected cluster and per other selected post-it, linked."""
    cluster_ids = board.board_scene.selected_cluster_ids()
    if not (note_ids or cluster_ids):
        return _tr("Select post-its or clusters first")
    commit = pane.view.editor.add_notes(note_ids, kind, cluster_ids=cluster_ids)
    added = len(commit.new_ids("logic_node"))
    return _tr("%n element(s) added to the benefits logic", added) if added else ""


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
        return _tr("No element of the benefits logic was made from this selection")
    show_logic()
    pane.view.select_nodes(nodes)
    return ""
