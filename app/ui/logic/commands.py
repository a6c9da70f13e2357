"""Reads and plans behind the batenlogica editor (``logic/editor.py``), which does the pushing."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from app.model.batenlogica.graph import load_graph
from app.model.batenlogica.layout import Point, free_spots
from app.model.entities import Cluster, LogicNode, LogicNodeSource, Note
from app.model.kinds import LogicKind
from app.model.ops import Batch
from app.model.ops.logic import AddLogicNode
from app.ui.document import Document

NOTES_MIME = "application/x-bruinpapier-note-ids"
"""Drag data naming post-its (their ids as JSON), which the batenlogica view accepts."""


def _label(text: str) -> str:
    return " ".join(text.split())


def plan_notes_to_logic(
    document: Document,
    note_ids: Sequence[int],
    kind: LogicKind,
    at: Point | None = None,
    cluster_ids: Sequence[int] = (),
) -> Batch | None:
    """One node per cluster and per post-it outside those clusters, linked back (None: none).

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
        return None
    spots = free_spots(load_graph(document.store), kind, len(nodes))
    if at is not None:
        spots = [(at[0], at[1] + y - spots[0][1]) for _x, y in spots]
    ops = tuple(
        AddLogicNode(kind.value, label, x, y, source_note_ids=notes, source_cluster_id=cluster)
        for (label, notes, cluster), (x, y) in zip(nodes, spots, strict=True)
    )
    return Batch(ops)


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
