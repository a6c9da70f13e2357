"""The batenlogica as a NetworkX graph, read from a workshop's logic_node/logic_edge/theme rows.

Nodes are logic_node ids with the attributes ``kind`` (LogicKind), ``label``,
``theme_id``, ``x``, ``y`` and ``pinned``; edges run cause -> effect and
carry their logic_edge ``id``. A
werkdruk node's edges point at the activities it burdens. The graph's
``themes`` attribute maps theme ids to :class:`ThemeInfo`. Nodes and edges
are inserted in id order, so every traversal of the graph is deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from app.model.entities import LogicEdge, LogicNode, Theme
from app.model.kinds import LogicKind
from app.model.store import WorkshopStore

RANKED_KINDS: tuple[LogicKind, ...] = (
    LogicKind.OPLOSSING,
    LogicKind.ACTIVITEIT,
    LogicKind.BAAT,
    LogicKind.BEDOELING,
)
"""The causal order of the kinds: a solution enables activities, which bring benefits, and so on."""

KIND_RANK: dict[LogicKind, int] = {kind: i for i, kind in enumerate(RANKED_KINDS)}


@dataclass(frozen=True)
class ThemeInfo:
    """What the batenlogica shows of a beleidsthema."""

    id: int
    code: str
    name: str
    colour: str
    position: int


def load_graph(source: WorkshopStore | DbSession) -> nx.DiGraph:
    """Build the batenlogica graph from an open store or a read session."""
    if isinstance(source, WorkshopStore):
        with source.read() as db:
            return _build(db)
    return _build(source)


def _build(db: DbSession) -> nx.DiGraph:
    themes = db.scalars(select(Theme).order_by(Theme.position, Theme.id)).all()
    graph = nx.DiGraph(
        themes={t.id: ThemeInfo(t.id, t.code, t.name, t.colour, t.position) for t in themes}
    )
    for node in db.scalars(select(LogicNode).order_by(LogicNode.id)):
        graph.add_node(
            node.id,
            kind=LogicKind(node.kind),
            label=node.label,
            theme_id=node.theme_id,
            x=node.x,
            y=node.y,
            pinned=bool(node.pinned),
        )
    edges = db.execute(
        select(LogicEdge.id, LogicEdge.cause_id, LogicEdge.effect_id).order_by(LogicEdge.id)
    )
    graph.add_edges_from((cause, effect, {"id": edge_id}) for edge_id, cause, effect in edges)
    return graph


def kind_of(graph: nx.DiGraph, node: int) -> LogicKind:
    return graph.nodes[node]["kind"]


def nodes_of_kind(graph: nx.DiGraph, kind: LogicKind) -> list[int]:
    """Node ids of one kind, in id order."""
    return sorted(n for n, k in graph.nodes(data="kind") if k == kind)


def themes_of(graph: nx.DiGraph) -> dict[int, ThemeInfo]:
    return graph.graph.get("themes", {})
