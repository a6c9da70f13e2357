"""What a facilitator does to the batenlogica, each as one undoable step.

The view's gestures and menus call these; tests call them too. Every one
pushes a single model operation through :meth:`Document.push` and returns
whether the model accepted it; the scene then follows the change
notifications.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from app.model.batenlogica.graph import load_graph
from app.model.batenlogica.layout import Point, compute_layout, free_spots, layout_op, move_op
from app.model.entities import Cluster, LogicNode, LogicNodeSource, Note
from app.model.kinds import LogicKind
from app.model.ops import Batch, Op
from app.model.ops.edits import Remove, edit
from app.model.ops.logic import AddLogicNode, add_edge
from app.ui.document import Document

NOTES_MIME = "application/x-bruinpapier-note-ids"
"""Drag data naming post-its (their ids as JSON), which the batenlogica view accepts."""


def _label(text: str) -> str:
    return " ".join(text.split())


def add_notes_to_logic(
    document: Document,
    note_ids: Sequence[int],
    kind: LogicKind,
    at: Point | None = None,
    cluster_ids: Sequence[int] = (),
) -> int:
    """One node per cluster and per post-it outside those clusters, linked back; how many.

    A cluster's node is labelled with its title and linked to the cluster and
    to every post-it in it; a post-it's node with its text. The nodes go below
    the last node of their kind's column, or from ``at`` downwards; nothing
    else moves. All of it is one undoable step.
    """
    with document.store.read() as db:
        titles = dict(
            db.execute(select(Cluster.id, Cluster.title).where(Cluster.id.in_(cluster_ids))).all()
        )
        members = db.execute(
            select(Note.id, Note.cluster_id).where(Note.cluster_id.in_(titles)).order_by(Note.id)
        ).all()
        texts = dict(db.execute(select(Note.id, Note.text).where(Note.id.in_(note_ids))).all())
    covered = {note_id for note_id, _ in members}
    nodes = [
        (
            _label(titles[c]) or QCoreApplication.translate("LogicView", "Cluster"),
            tuple(n for n, of in members if of == c),
            c,
        )
        for c in dict.fromkeys(cluster_ids)
        if c in titles
    ] + [
        (_label(texts[n]), (n,), None)
        for n in dict.fromkeys(note_ids)
        if n in texts and n not in covered
    ]
    if not nodes:
        return 0
    spots = free_spots(load_graph(document.store), kind, len(nodes))
    if at is not None:
        spots = [(at[0], at[1] + y - spots[0][1]) for _x, y in spots]
    ops = tuple(
        AddLogicNode(kind.value, label, x, y, source_note_ids=notes, source_cluster_id=cluster)
        for (label, notes, cluster), (x, y) in zip(nodes, spots, strict=True)
    )
    text = QCoreApplication.translate("LogicView", "Add to batenlogica")
    return len(ops) if document.push(Batch(ops), text) else 0


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
        edit("logic_node", node_id, label=_label(label)),
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
    with document.store.read() as db:
        in_clusters = db.scalars(
            select(Note.cluster_id).where(Note.id.in_(note_ids), Note.cluster_id.is_not(None))
        )
        clusters = {*cluster_ids, *in_clusters}
        from_notes = db.scalars(
            select(LogicNodeSource.node_id).where(LogicNodeSource.note_id.in_(note_ids))
        )
        from_clusters = db.scalars(
            select(LogicNode.id).where(LogicNode.source_cluster_id.in_(clusters))
        )
        return sorted({*from_notes, *from_clusters})


def source_notes(document: Document, node_id: int) -> list[int]:
    """The post-its a node was made from, in id order."""
    with document.store.read() as db:
        return list(
            db.scalars(
                select(LogicNodeSource.note_id)
                .where(LogicNodeSource.node_id == node_id)
                .order_by(LogicNodeSource.note_id)
            )
        )
