"""The batenlogica as a proper layered graph: one layer per kind, dummy items on long edges.

Items are small integers: the ranked nodes (every kind but werkdruk) first,
in node-id order, then one dummy per layer an edge skips. Edges that run
backwards are reversed and edges within a layer are left out; both are
drawn, but neither steers the order within layers. This is the structure
that crossing minimisation works on and that crossings are counted on.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

import networkx as nx

from app.model.batenlogica.graph import KIND_RANK, RANKED_KINDS
from app.model.kinds import LogicKind

LAYERS = len(RANKED_KINDS)


def layer_of(graph: nx.DiGraph, node: int) -> int | None:
    """The layer (column) of a node, or None for workload, which sits beside activities."""
    return KIND_RANK.get(graph.nodes[node]["kind"])


def layered_edges(graph: nx.DiGraph) -> list[tuple[int, int]]:
    """Edges between different layers, each pointing to the higher layer, without repeats."""
    seen: set[tuple[int, int]] = set()
    result = []
    for u, v in sorted(graph.edges):
        lu, lv = layer_of(graph, u), layer_of(graph, v)
        if lu is None or lv is None or lu == lv:
            continue
        pair = (u, v) if lu < lv else (v, u)
        if pair not in seen:
            seen.add(pair)
            result.append(pair)
    return result


@dataclass
class LayeredGraph:
    """Items per layer, their neighbours in the adjacent layers, and theme blocks.

    ``block[i]`` is shared by the activities of one theme, which must stay
    together; every other item is a block of its own.
    """

    node_of: list[int | None] = field(default_factory=list)
    layer: list[int] = field(default_factory=list)
    up: list[list[int]] = field(default_factory=list)
    down: list[list[int]] = field(default_factory=list)
    block: list[int] = field(default_factory=list)
    item_of: dict[int, int] = field(default_factory=dict)
    chains: dict[tuple[int, int], list[int]] = field(default_factory=dict)

    def add_item(self, node: int | None, layer: int, block: int | None = None) -> int:
        item = len(self.layer)
        self.node_of.append(node)
        self.layer.append(layer)
        self.up.append([])
        self.down.append([])
        self.block.append(item if block is None else block)
        if node is not None:
            self.item_of[node] = item
        return item

    def link(self, upper: int, lower: int) -> None:
        """Connect an item to one in the next layer."""
        self.down[upper].append(lower)
        self.up[lower].append(upper)

    def items_in(self, layer: int) -> list[int]:
        return [i for i, lay in enumerate(self.layer) if lay == layer]


def build_layered(graph: nx.DiGraph) -> LayeredGraph:
    """Layer the ranked nodes, keep each theme's activities in one block, add dummies."""
    lg = LayeredGraph()
    theme_block: dict[int, int] = {}
    for node in sorted(graph):
        layer = layer_of(graph, node)
        if layer is None:
            continue
        attrs = graph.nodes[node]
        theme = attrs["theme_id"] if attrs["kind"] == LogicKind.ACTIVITEIT else None
        block = theme_block.get(theme) if theme is not None else None
        item = lg.add_item(node, layer, block)
        if theme is not None and block is None:
            theme_block[theme] = item
    for u, v in layered_edges(graph):
        path = [lg.item_of[u]]
        for layer in range(layer_of(graph, u) + 1, layer_of(graph, v)):  # type: ignore[operator]
            path.append(lg.add_item(None, layer))
        path.append(lg.item_of[v])
        lg.chains[(u, v)] = path[1:-1]
        for upper, lower in itertools.pairwise(path):
            lg.link(upper, lower)
    return lg


def count_inversions(values: Sequence[int], size: int) -> int:
    """Pairs i < j with values[i] > values[j], for values in range(size) (a Fenwick tree)."""
    tree = [0] * (size + 1)
    inversions = 0
    for seen, value in enumerate(values):
        # Count earlier values <= value, subtract from everything seen so far.
        i, not_greater = value + 1, 0
        while i > 0:
            not_greater += tree[i]
            i -= i & -i
        inversions += seen - not_greater
        i = value + 1
        while i <= size:
            tree[i] += 1
            i += i & -i
    return inversions


def crossings_between(lg: LayeredGraph, pos: Sequence[int], layer_items: Sequence[int]) -> int:
    """Crossings of the segments from ``layer_items`` to the next layer, given positions."""
    segments = sorted((pos[u], pos[v]) for u in layer_items for v in lg.down[u])
    if not segments:
        return 0
    return count_inversions([b for _a, b in segments], max(b for _a, b in segments) + 1)


def total_crossings(lg: LayeredGraph, order: Sequence[Sequence[int]]) -> int:
    """Crossings of a whole ordering (one list of items per layer)."""
    pos = [0] * len(lg.layer)
    for items in order:
        for i, item in enumerate(items):
            pos[item] = i
    return sum(crossings_between(lg, pos, items) for items in order[:-1])
