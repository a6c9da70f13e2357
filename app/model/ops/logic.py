"""Batenlogica edits that span rows: nodes made from post-its keep their source links."""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx
from sqlalchemy import Connection, select

from app.model.batenlogica.layout import free_spots
from app.model.entities import TABLES
from app.model.errors import OperationError
from app.model.kinds import LogicKind
from app.model.ops.edits import Add
from app.model.ops.primitives import Batch, Op, Tx


@dataclass(frozen=True)
class AddLogicNode(Op):
    kind: str
    label: str
    x: float = 0.0
    y: float = 0.0
    theme_id: int | None = None
    source_note_ids: tuple[int, ...] = field(default=())
    source_cluster_id: int | None = None

    def apply(self, tx: Tx) -> Op:
        node = {
            "kind": self.kind,
            "label": self.label,
            "x": self.x,
            "y": self.y,
            "theme_id": self.theme_id,
            "source_cluster_id": self.source_cluster_id,
        }
        undo_node = Add("logic_node", (node,)).apply(tx)
        node_id = tx.changes[-1].id
        if not self.source_note_ids:
            return undo_node
        links = tuple({"node_id": node_id, "note_id": n} for n in self.source_note_ids)
        undo_links = Add("logic_node_source", links).apply(tx)
        return Batch((undo_links, undo_node))


def add_edge(cause_id: int, effect_id: int) -> Add:
    return Add("logic_edge", ({"cause_id": cause_id, "effect_id": effect_id},))


def tidy_label(text: str) -> str:
    """An element's label on one line, without runs of spaces."""
    return " ".join(text.split())


@dataclass(frozen=True)
class AddNodesFromBoard(Op):
    """One element of ``kind`` per cluster and per post-it outside those clusters, linked back.

    A cluster's element is labelled with its title (``cluster_label`` when it
    has none) and linked to the cluster and to every post-it in it; a
    post-it's element with its text. The elements go below the last element
    of their kind's column, or from ``at`` downwards; nothing else moves.
    Post-its and clusters that no longer exist are skipped; when none is left
    the operation is refused.
    """

    kind: LogicKind
    note_ids: tuple[int, ...] = ()
    cluster_ids: tuple[int, ...] = ()
    at: tuple[float, float] | None = None
    cluster_label: str = "Cluster"

    def apply(self, tx: Tx) -> Op:
        nodes = self._nodes(tx.conn)
        if not nodes:
            raise OperationError("Some of these post-its no longer exist.")
        spots = free_spots(_positions(tx.conn), self.kind, len(nodes))
        if self.at is not None:
            spots = [(self.at[0], self.at[1] + y - spots[0][1]) for _x, y in spots]
        ops = tuple(
            AddLogicNode(self.kind.value, label, x, y, source_note_ids=notes, source_cluster_id=c)
            for (label, notes, c), (x, y) in zip(nodes, spots, strict=True)
        )
        return Batch(ops).apply(tx)

    def _nodes(self, conn: Connection) -> list[tuple[str, tuple[int, ...], int | None]]:
        """(label, source post-its, source cluster) of each element, deduplicated, in order."""
        cluster, note = TABLES["cluster"], TABLES["note"]
        titles = dict(
            conn.execute(
                select(cluster.c.id, cluster.c.title).where(cluster.c.id.in_(self.cluster_ids))
            ).all()
        )
        members = conn.execute(
            select(note.c.id, note.c.cluster_id)
            .where(note.c.cluster_id.in_(titles))
            .order_by(note.c.id)
        ).all()
        texts = dict(
            conn.execute(select(note.c.id, note.c.text).where(note.c.id.in_(self.note_ids))).all()
        )
        covered = {note_id for note_id, _ in members}
        return [
            (
                tidy_label(titles[c]) or self.cluster_label,
                tuple(n for n, of in members if of == c),
                c,
            )
            for c in dict.fromkeys(self.cluster_ids)
            if c in titles
        ] + [
            (tidy_label(texts[n]), (n,), None)
            for n in dict.fromkeys(self.note_ids)
            if n in texts and n not in covered
        ]


def _positions(conn: Connection) -> nx.DiGraph:
    """The elements with their kind and place: all that :func:`free_spots` looks at."""
    node = TABLES["logic_node"]
    graph = nx.DiGraph()
    for node_id, kind, x, y in conn.execute(select(node.c.id, node.c.kind, node.c.x, node.c.y)):
        graph.add_node(node_id, kind=LogicKind(kind), x=x, y=y)
    return graph
