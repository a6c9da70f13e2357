"""Batenlogica edits that span rows: nodes made from post-its keep their source links."""

from __future__ import annotations

from dataclasses import dataclass, field

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
