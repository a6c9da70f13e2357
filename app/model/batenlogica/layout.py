"""The automatic layered layout of the batenlogica, and the operations that store it.

Columns left to right: oplossing, activiteit, baat, bedoeling — causes on
the left, the purpose on the right, which fits a landscape page or a
projector. Within a column, nodes are ordered to minimise crossings
(``ordering``), then moved up or down towards their neighbours without
changing that order (isotonic regression per column, a few sweeps), so
arrows run as straight as the order allows. Workload items hang below the
activity they burden; unattached ones gather at the foot of the activity
column. Positions are the centres of the node boxes, in scene units.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import networkx as nx

from app.model.batenlogica.graph import RANKED_KINDS
from app.model.batenlogica.layered import (
    LAYERS,
    LayeredGraph,
    build_layered,
    count_inversions,
    layer_of,
    layered_edges,
)
from app.model.batenlogica.ordering import minimise_crossings
from app.model.kinds import LogicKind
from app.model.ops.edits import Edit

NODE_W = 280.0
NODE_H = 80.0
WORK_W = 256.0
WORK_H = 60.0
WORK_SHIFT = (NODE_W - WORK_W) / 2  # workload boxes sit a little to the right of their activity
WORK_GAP = 10.0
LAYER_GAP = 170.0
COLUMN_PAD = 24.0  # a column's stripe reaches this far beyond its boxes
COLUMN_HEADER = 70.0  # room above the top box for a column's title
ROW_GAP = 18.0
DUMMY_H = 8.0
BAND_PAD = 10.0
BAND_TITLE = 30.0
LOOSE_WORK_GAP = 56.0
COORDINATE_SWEEPS = 12

Point = tuple[float, float]


@dataclass(frozen=True)
class Layout:
    """Node boxes' centres, and the points long arrows pass (cause to effect)."""

    positions: dict[int, Point]
    routes: dict[tuple[int, int], tuple[Point, ...]]


def column_x(layer: int) -> float:
    """The centre x of a column."""
    return layer * (NODE_W + LAYER_GAP) + NODE_W / 2


def node_size(kind: LogicKind) -> tuple[float, float]:
    return (WORK_W, WORK_H) if kind == LogicKind.WERKDRUK else (NODE_W, NODE_H)


def compute_layout(graph: nx.DiGraph, fresh: bool = True) -> Layout:
    """Lay out the graph; unless ``fresh``, pinned nodes keep their stored positions."""
    lg = build_layered(graph)
    order = minimise_crossings(lg)
    attached, loose = _workload_anchors(graph)
    themed = {
        lg.item_of[n]
        for n, attrs in graph.nodes(data=True)
        if attrs["kind"] == LogicKind.ACTIVITEIT and attrs["theme_id"] is not None
    }
    slots = [_Slot.of(lg, item, attached, themed) for item in range(len(lg.layer))]
    centres = _assign_centres(lg, order, slots)
    top = min(
        (centres[i] - slots[i].anchor - slots[i].room_above for i in range(len(slots))),
        default=0.0,
    )
    centres = [c - top for c in centres]
    positions: dict[int, Point] = {}
    for item, node in enumerate(lg.node_of):
        if node is not None:
            positions[node] = (column_x(lg.layer[item]), centres[item])
    for anchor, works in attached.items():
        x, y = positions[anchor]
        y += NODE_H / 2 + WORK_GAP + WORK_H / 2
        for k, work in enumerate(works):
            positions[work] = (x + WORK_SHIFT, y + k * (WORK_H + WORK_GAP))
    _place_loose(positions, loose, order, lg, slots, centres)
    routes = _routes(graph, lg, centres)
    if not fresh:
        for node, attrs in graph.nodes(data=True):
            if attrs["pinned"]:
                positions[node] = (attrs["x"], attrs["y"])
    return Layout(positions, routes)


def naive_layout(graph: nx.DiGraph) -> Layout:
    """Columns by kind with nodes in id order: the baseline crossing minimisation must beat."""
    positions: dict[int, Point] = {}
    heights = [0.0] * LAYERS
    for node in sorted(graph):
        layer = layer_of(graph, node)
        if layer is not None:
            positions[node] = (column_x(layer), heights[layer] + NODE_H / 2)
            heights[layer] += NODE_H + ROW_GAP
    return Layout(positions, {})


def free_spots(graph: nx.DiGraph, kind: LogicKind, count: int) -> list[Point]:
    """Places for ``count`` new nodes of ``kind``: below the lowest node in its column.

    New nodes never move the others; a fresh layout tidies them in later.
    """
    layer = layer_of_kind(LogicKind.ACTIVITEIT if kind == LogicKind.WERKDRUK else kind)
    x = column_x(layer) + (WORK_SHIFT if kind == LogicKind.WERKDRUK else 0.0)
    bottoms = [
        attrs["y"] + node_size(attrs["kind"])[1] / 2
        for _n, attrs in graph.nodes(data=True)
        if abs(attrs["x"] - x) < NODE_W / 2
    ]
    h = node_size(kind)[1]
    top = max(bottoms) + ROW_GAP * 2 if bottoms else 0.0
    return [(x, top + h / 2 + i * (h + ROW_GAP)) for i in range(count)]


# -- workload beside activities -------------------------------------------------


def _workload_anchors(graph: nx.DiGraph) -> tuple[dict[int, list[int]], list[int]]:
    """Which node each workload item hangs below (an activity it burdens, if any), and the rest."""
    attached: dict[int, list[int]] = {}
    loose = []
    activity_layer = layer_of_kind(LogicKind.ACTIVITEIT)
    for work in sorted(n for n, k in graph.nodes(data="kind") if k == LogicKind.WERKDRUK):
        targets = sorted(
            {t for t in nx.all_neighbors(graph, work) if layer_of(graph, t) is not None},
            key=lambda t: (layer_of(graph, t) != activity_layer, t),
        )
        if targets:
            attached.setdefault(targets[0], []).append(work)
        else:
            loose.append(work)
    return attached, loose


def layer_of_kind(kind: LogicKind) -> int:
    return RANKED_KINDS.index(kind)


def _place_loose(
    positions: dict[int, Point],
    loose: list[int],
    order: list[list[int]],
    lg: LayeredGraph,
    slots: list[_Slot],
    centres: list[float],
) -> None:
    """Stack unattached workload at the foot of the activity column."""
    column = order[layer_of_kind(LogicKind.ACTIVITEIT)]
    y = (
        max(
            (centres[i] - slots[i].anchor + slots[i].height + slots[i].room_below for i in column),
            default=0.0,
        )
        + LOOSE_WORK_GAP
    )
    x = column_x(layer_of_kind(LogicKind.ACTIVITEIT)) + WORK_SHIFT
    y += WORK_H / 2
    for work in loose:
        positions[work] = (x, y)
        y += WORK_H + WORK_GAP


# -- coordinates ------------------------------------------------------------------


@dataclass(frozen=True)
class _Slot:
    """The vertical room an item takes in its column; ``anchor`` is where arrows attach."""

    height: float
    anchor: float
    dummy: bool
    block: int
    themed: bool
    room_above: float
    room_below: float

    @staticmethod
    def of(
        lg: LayeredGraph, item: int, attached: Mapping[int, list[int]], themed: set[int]
    ) -> _Slot:
        node = lg.node_of[item]
        in_theme = item in themed
        band_top = BAND_PAD + BAND_TITLE if in_theme else 0.0
        band_bottom = BAND_PAD if in_theme else 0.0
        if node is None:
            return _Slot(DUMMY_H, DUMMY_H / 2, True, lg.block[item], False, 0.0, 0.0)
        works = len(attached.get(node, ()))
        height = NODE_H + works * (WORK_H + WORK_GAP)
        return _Slot(height, NODE_H / 2, False, lg.block[item], in_theme, band_top, band_bottom)


def _separation(upper: _Slot, lower: _Slot) -> float:
    """Least distance between the anchors of two items next to each other in a column."""
    gap = ROW_GAP / 2 if upper.dummy or lower.dummy else ROW_GAP
    if upper.block != lower.block:
        gap += upper.room_below + lower.room_above
    return (upper.height - upper.anchor) + gap + lower.anchor


def _isotonic(targets: Sequence[float], weights: Sequence[float]) -> list[float]:
    """The non-decreasing sequence closest to ``targets`` in weighted least squares (PAV)."""
    pools: list[list[float]] = []  # [weight, weighted sum, count]
    for t, w in zip(targets, weights, strict=True):
        pools.append([w, w * t, 1])
        while len(pools) > 1 and pools[-2][1] / pools[-2][0] > pools[-1][1] / pools[-1][0]:
            w2, s2, c2 = pools.pop()
            pools[-1][0] += w2
            pools[-1][1] += s2
            pools[-1][2] += c2
    result: list[float] = []
    for w, s, c in pools:
        result.extend([s / w] * int(c))
    return result


def _assign_centres(lg: LayeredGraph, order: list[list[int]], slots: list[_Slot]) -> list[float]:
    """Anchor heights: each column packed, then pulled towards its neighbours, order kept."""
    centres = [0.0] * len(lg.layer)
    offsets: list[list[float]] = []
    for column in order:
        offs = [0.0] if column else []
        for upper, lower in itertools.pairwise(column):
            offs.append(offs[-1] + _separation(slots[upper], slots[lower]))
        offsets.append(offs)
        for item, off in zip(column, offs, strict=True):
            centres[item] = off - offs[-1] / 2
    sweep = [*range(LAYERS), *range(LAYERS - 2, 0, -1)]
    for _ in range(COORDINATE_SWEEPS):
        for layer in sweep:
            column = order[layer]
            targets, weights = [], []
            for item, off in zip(column, offsets[layer], strict=True):
                nbrs = lg.up[item] + lg.down[item]
                if nbrs:
                    targets.append(sum(centres[n] for n in nbrs) / len(nbrs) - off)
                    weights.append(float(len(nbrs)))
                else:
                    targets.append(centres[item] - off)
                    weights.append(0.05)
            for item, z, off in zip(
                column, _isotonic(targets, weights), offsets[layer], strict=True
            ):
                centres[item] = z + off
    return centres


def _routes(
    graph: nx.DiGraph, lg: LayeredGraph, centres: list[float]
) -> dict[tuple[int, int], tuple[Point, ...]]:
    """For each arrow that skips a column, the centre points it passes, from cause to effect."""
    routes = {}
    for (u, v), chain in lg.chains.items():
        if not chain:
            continue
        points = tuple((column_x(lg.layer[d]), centres[d]) for d in chain)
        if graph.has_edge(u, v):
            routes[(u, v)] = points
        if graph.has_edge(v, u):
            routes[(v, u)] = points[::-1]
    return routes


# -- crossings --------------------------------------------------------------------


def count_crossings(
    graph: nx.DiGraph,
    positions: Mapping[int, Point],
    routes: Mapping[tuple[int, int], Sequence[Point]] | None = None,
) -> int:
    """Crossings of straight segments between adjacent columns, for any placement of the nodes.

    Columns are the kinds' layers (not the x coordinates), order within a
    column is by y. An arrow that skips a column passes its route's points,
    or, without a route, the straight line between its ends.
    """
    routes = routes or {}
    columns: list[list[tuple[float, int, int, int]]] = [[] for _ in range(LAYERS)]
    chains = []
    for a, b in layered_edges(graph):
        la, lb = layer_of(graph, a), layer_of(graph, b)
        assert la is not None and lb is not None
        ya, yb = positions[a][1], positions[b][1]
        if (a, b) in routes:
            inner = [p[1] for p in routes[(a, b)]]
        elif (b, a) in routes:
            inner = [p[1] for p in routes[(b, a)]][::-1]
        else:
            inner = [ya + (yb - ya) * (k - la) / (lb - la) for k in range(la + 1, lb)]
        keys = [(ya, 0, a, 0)]
        keys += [(y, 1, a, b) for y in inner]
        keys.append((yb, 0, b, 0))
        for layer, key in zip(range(la, lb + 1), keys, strict=True):
            columns[layer].append(key)
        chains.append((la, keys))
    rank = [{key: r for r, key in enumerate(sorted(set(col)))} for col in columns]
    segments: list[list[tuple[int, int]]] = [[] for _ in range(LAYERS - 1)]
    for la, keys in chains:
        for k, (upper, lower) in enumerate(itertools.pairwise(keys)):
            layer = la + k
            segments[layer].append((rank[layer][upper], rank[layer + 1][lower]))
    total = 0
    for segs in segments:
        if segs:
            segs.sort()
            total += count_inversions([b for _a, b in segs], max(b for _a, b in segs) + 1)
    return total


# -- storing ----------------------------------------------------------------------


def layout_op(graph: nx.DiGraph, layout: Layout, fresh: bool) -> Edit:
    """Store a layout as one edit (one undo step); a fresh layout also forgets manual nudges."""
    values: dict[int, dict[str, object]] = {}
    for node, (x, y) in layout.positions.items():
        attrs = graph.nodes[node]
        row: dict[str, object] = {}
        if (attrs["x"], attrs["y"]) != (x, y):
            row.update(x=x, y=y)
        if fresh and attrs["pinned"]:
            row["pinned"] = False
        if row:
            values[node] = row
    return Edit("logic_node", values)


def move_op(moves: Mapping[int, Point]) -> Edit:
    """Manual nudges: the new positions, pinned so automatic layouts leave them be."""
    return Edit("logic_node", {n: {"x": x, "y": y, "pinned": True} for n, (x, y) in moves.items()})
