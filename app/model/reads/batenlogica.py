"""Reads for the batenlogica view: which post-its and clusters its elements were made from."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select

from app.model.entities import LogicNode, LogicNodeSource, Note
from app.model.store import WorkshopStore


def source_counts(store: WorkshopStore) -> dict[int, int]:
    """How many post-its each element was made from, by node id (nodes without: absent)."""
    query = select(LogicNodeSource.node_id, func.count()).group_by(LogicNodeSource.node_id)
    with store.read() as db:
        return {node_id: count for node_id, count in db.execute(query)}


def linked_nodes(
    store: WorkshopStore, note_ids: Sequence[int], cluster_ids: Sequence[int] = ()
) -> list[int]:
    """The nodes made from these post-its or clusters, or from the clusters the post-its are in."""
    with store.read() as db:
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


def source_notes(store: WorkshopStore, node_id: int) -> list[int]:
    """The post-its a node was made from, in id order."""
    with store.read() as db:
        return list(
            db.scalars(
                select(LogicNodeSource.note_id)
                .where(LogicNodeSource.node_id == node_id)
                .order_by(LogicNodeSource.note_id)
            )
        )
