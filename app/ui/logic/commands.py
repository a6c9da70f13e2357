"""What a facilitator does to the batenlogica, each as one undoable step.

The view's gestures and menus call these; tests call them too. Every one
pushes a single model operation through :meth:`Document.push` and returns
whether the model accepted it; the scene then follows the change
notifications.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from app.model.batenlogica.graph import load_graph
from app.model.batenlogica.layout import Point, compute_layout, free_spots, layout_op, move_op
from app.model.changes import Change
from app.model.kinds import LogicKind
from app.model.ops import Batch, Op
from app.model.ops.edits import Remove, edit
from app.model.ops.logic import AddLogicNode, AddNodesFromBoard, add_edge, tidy_label
from app.model.reads import batenlogica as reads
from app.ui.document import Document

NOTES_MIME = "application/x-bruinpapier-note-ids"
"""Drag data naming post-its (their ids as JSON), which the batenlogica view accepts."""


def add_notes_to_logic(
    document: Document,
    note_ids: Sequence[int],
    kind: LogicKind,
    at: Point | None = None,
    cluster_ids: Sequence[int] = (),
) -> int:
    """One element per cluster and per post-it outside those clusters, linked back; how many.

    The model operation decides the elements and their places; this is one undoable step.
    """
    op = AddNodesFromBoard(
        kind,
        tuple(note_ids),
        tuple(cluster_ids),
        at,
        QCoreApplication.translate("LogicView", "Cluster"),
    )
    added: list[int] = []

    def collect(changes: list[Change]) -> None:
        added.extend(c.id for c in changes if c.table == "logic_node" and c.kind == "insert")

    document.changed.connect(collect)
    try:
        pushed = document.push(op, QCoreApplication.translate("LogicView", "Add to batenlogica"))
    finally:
        document.changed.disconnect(collect)
    return len(added) if pushed else 0


def add_node(document: Document, kind: LogicKind, at: Point | None = None) -> bool:
    """A new, empty-labelled element of ``kind``, to be named in place."""
    (spot,) = free_spots(load_graph(document.store), kind, 1) if at is None else [at]
    return document.push(
        AddLogicNode(kind.value, QCoreApplication.translate("LogicView", "New element"), *spot),
        QCoreApplication.translate("LogicView", "New element"),
    )


def connect(document: Document, cause: int, effect: int) -> bool:
    """An arrow from cause to effect; the model refuses loops and doubles with a message."""
    return document.push(
        add_edge(cause, effect), QCoreApplication.translate("LogicView", "Draw arrow")
    )


def remove(document: Document, node_ids: Sequence[int], edge_ids: Sequence[int]) -> bool:
    """Delete nodes (with their arrows and source links) and arrows, in one step."""
    ops: list[Op] = []
    if edge_ids:
        ops.append(Remove("logic_edge", tuple(edge_ids)))
    if node_ids:
        ops.append(Remove("logic_node", tuple(node_ids)))
    if not ops:
        return False
    return document.push(Batch(tuple(ops)), QCoreApplication.translate("LogicView", "Delete"))


def move_nodes(document: Document, moves: Mapping[int, Point]) -> bool:
    """Manual nudges, pinned so that only a fresh layout moves them again."""
    if not moves:
        return False
    return document.push(move_op(moves), QCoreApplication.translate("LogicView", "Move"))


def set_label(document: Document, node_id: int, label: str) -> bool:
    return document.push(
        edit("logic_node", node_id, label=tidy_label(label)),
        QCoreApplication.translate("LogicView", "Edit text"),
    )


def set_theme(document: Document, node_id: int, theme_id: int | None) -> bool:
    return document.push(
        edit("logic_node", node_id, theme_id=theme_id),
        QCoreApplication.translate("LogicView", "Set theme"),
    )


def set_kind(document: Document, node_id: int, kind: LogicKind) -> bool:
    return document.push(
        edit("logic_node", node_id, kind=kind),
        QCoreApplication.translate("LogicView", "Change kind"),
    )


def new_layout(document: Document) -> bool:
    """Lay everything out afresh (manual nudges forgotten), as one step."""
    graph = load_graph(document.store)
    op = layout_op(graph, compute_layout(graph, fresh=True), fresh=True)
    if not op.values:
        return False
    return document.push(op, QCoreApplication.translate("LogicView", "New layout"))


def linked_nodes(
    document: Document, note_ids: Sequence[int], cluster_ids: Sequence[int] = ()
) -> list[int]:
    """The nodes made from these post-its or clusters, or from the clusters the post-its are in."""
    return reads.linked_nodes(document.store, note_ids, cluster_ids)


def source_notes(document: Document, node_id: int) -> list[int]:
    """The post-its a node was made from, in id order."""
    return reads.source_notes(document.store, node_id)
