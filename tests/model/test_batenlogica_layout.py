"""The layered layout: columns by kind, themes together, few crossings, same graph same picture."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.model.batenlogica.graph import load_graph
from app.model.batenlogica.layered import build_layered, total_crossings
from app.model.batenlogica.layout import (
    NODE_W,
    Layout,
    column_x,
    compute_layout,
    count_crossings,
    layout_op,
    move_op,
    naive_layout,
    node_size,
)
from app.model.batenlogica.ordering import minimise_crossings
from app.model.demo import build_demo
from app.model.kinds import LogicKind
from app.model.ops.edits import Add
from app.model.store import WorkshopStore

COLUMN = {
    LogicKind.OPLOSSING: 0,
    LogicKind.ACTIVITEIT: 1,
    LogicKind.BAAT: 2,
    LogicKind.BEDOELING: 3,
}


@pytest.fixture
def demo(tmp_path) -> Iterator[WorkshopStore]:
    store = WorkshopStore.create(tmp_path / "demo.bruinpapier")
    build_demo(store)
    yield store
    store.close()


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[nx.DiGraph]:
    """The demo's graph, read once: the tests that only lay it out share it."""
    store = WorkshopStore.create(tmp_path_factory.mktemp("demo") / "demo.bruinpapier")
    build_demo(store)
    yield load_graph(store)
    store.close()


def by_label(graph: nx.DiGraph, label: str) -> int:
    return next(n for n, lab in graph.nodes(data="label") if lab == label)


def shuffled_copy(graph: nx.DiGraph) -> nx.DiGraph:
    """The same graph with nodes and edges inserted in another order."""
    copy = nx.DiGraph(**graph.graph)
    copy.add_nodes_from(sorted(graph.nodes(data=True), key=lambda n: -n[0]))
    copy.add_edges_from(sorted(graph.edges, key=lambda e: (-e[1], -e[0])))
    return copy


def test_layout_is_deterministic(graph: nx.DiGraph) -> None:
    first = compute_layout(graph)
    assert compute_layout(graph) == first
    assert list(shuffled_copy(graph)) != list(graph)
    assert compute_layout(shuffled_copy(graph)) == first


def test_columns_follow_the_kinds(graph: nx.DiGraph) -> None:
    positions = compute_layout(graph).positions
    assert set(positions) == set(graph)
    for node, kind in graph.nodes(data="kind"):
        x = positions[node][0]
        if kind == LogicKind.WERKDRUK:
            half = node_size(kind)[0] / 2
            activity = column_x(COLUMN[LogicKind.ACTIVITEIT])
            assert activity - NODE_W / 2 <= x - half < x + half <= activity + NODE_W / 2
        else:
            assert x == column_x(COLUMN[kind])
    xs = [column_x(c) for c in range(4)]
    assert xs == sorted(xs)


def boxes(graph: nx.DiGraph, layout: Layout) -> dict[int, tuple[float, float, float, float]]:
    result = {}
    for node, (x, y) in layout.positions.items():
        w, h = node_size(graph.nodes[node]["kind"])
        result[node] = (x - w / 2, y - h / 2, x + w / 2, y + h / 2)
    return result


def test_no_boxes_overlap(graph: nx.DiGraph) -> None:
    rects = boxes(graph, compute_layout(graph))
    for (a, ra), (b, rb) in itertools.combinations(rects.items(), 2):
        apart = ra[2] <= rb[0] or rb[2] <= ra[0] or ra[3] <= rb[1] or rb[3] <= ra[1]
        assert apart, (graph.nodes[a]["label"], graph.nodes[b]["label"])


def test_workload_hangs_below_what_it_burdens(graph: nx.DiGraph) -> None:
    positions = compute_layout(graph).positions
    work = by_label(graph, "Verwachtingen van ouders")
    activity = by_label(graph, "Ouders betrekken bij het leren")
    below = [
        n
        for n in graph
        if positions[n][0] == positions[activity][0]
        and positions[activity][1] < positions[n][1] < positions[work][1]
    ]
    assert positions[work][1] > positions[activity][1] and below == []
    activities = [n for n, k in graph.nodes(data="kind") if k == LogicKind.ACTIVITEIT]
    lowest = max(positions[n][1] for n in activities)
    for label in ("Afhandeling van mail", "Vergaderingen: zitten en luisteren"):
        assert positions[by_label(graph, label)][1] > lowest


def test_theme_activities_stay_together(graph: nx.DiGraph) -> None:
    positions = compute_layout(graph).positions
    activities = sorted(
        (n for n, k in graph.nodes(data="kind") if k == LogicKind.ACTIVITEIT),
        key=lambda n: positions[n][1],
    )
    themes = [graph.nodes[n]["theme_id"] for n in activities]
    runs = [t for t, _group in itertools.groupby(themes)]
    assert len(runs) == len(set(themes)) == 5


def test_demo_crossings_beat_the_naive_order(graph: nx.DiGraph) -> None:
    layout = compute_layout(graph)
    ours = count_crossings(graph, layout.positions, layout.routes)
    naive = count_crossings(graph, naive_layout(graph).positions)
    assert ours < naive


def test_counter_agrees_with_the_order_it_was_laid_out_from(graph: nx.DiGraph) -> None:
    layout = compute_layout(graph)
    lg = build_layered(graph)
    order = minimise_crossings(lg)
    assert count_crossings(graph, layout.positions, layout.routes) == total_crossings(lg, order)


def crafted(store: WorkshopStore, nodes: list[tuple[str, str]], edges: list[tuple[str, str]]):
    store.apply(Add("logic_node", tuple({"kind": k, "label": lab} for k, lab in nodes)))
    ids = {lab: n for n, lab in load_graph(store).nodes(data="label")}
    store.apply(
        Add("logic_edge", tuple({"cause_id": ids[c], "effect_id": ids[e]} for c, e in edges))
    )
    return load_graph(store), ids


def test_count_crossings_by_hand(store: WorkshopStore) -> None:
    nodes = [("oplossing", "S1"), ("oplossing", "S2"), ("activiteit", "A1"), ("activiteit", "A2")]
    graph, ids = crafted(store, nodes, [("S1", "A2"), ("S2", "A1")])
    s1, s2, a1, a2 = (ids[k] for k in ("S1", "S2", "A1", "A2"))
    crossed = {s1: (0, 0), s2: (0, 100), a1: (1, 0), a2: (1, 100)}
    assert count_crossings(graph, crossed) == 1
    assert count_crossings(graph, {**crossed, a1: (1, 200)}) == 0
    layout = compute_layout(graph)
    assert count_crossings(graph, layout.positions, layout.routes) == 0


def test_long_edges_cross_through_their_route(store: WorkshopStore) -> None:
    nodes = [("oplossing", "S"), ("activiteit", "A"), ("baat", "B"), ("oplossing", "T")]
    graph, ids = crafted(store, nodes, [("S", "B"), ("T", "A")])
    s, a, b, t = (ids[k] for k in ("S", "A", "B", "T"))
    positions = {s: (0, 0), t: (0, 100), a: (1, 50), b: (2, 0)}
    # Straight, S-B passes the activity column at y 0, above A: clear of T-A.
    assert count_crossings(graph, positions) == 0
    # Routed below A, it crosses T-A.
    assert count_crossings(graph, positions, {(s, b): ((1, 100),)}) == 1
    layout = compute_layout(graph)
    assert count_crossings(graph, layout.positions, layout.routes) == 0
    assert (s, b) in layout.routes


def test_pinned_nodes_keep_their_place_until_a_fresh_layout(demo: WorkshopStore) -> None:
    graph = load_graph(demo)
    node = by_label(graph, "PLG stimuleren")
    demo.apply(move_op({node: (-500.0, 2000.0)}))
    graph = load_graph(demo)
    assert graph.nodes[node]["pinned"]
    assert compute_layout(graph, fresh=False).positions[node] == (-500.0, 2000.0)
    fresh = compute_layout(graph, fresh=True)
    assert fresh.positions[node] != (-500.0, 2000.0)
    kept = compute_layout(graph, fresh=False).positions
    assert {n: p for n, p in kept.items() if n != node} == {
        n: p for n, p in fresh.positions.items() if n != node
    }


def test_layout_op_stores_positions_in_one_undoable_step(demo: WorkshopStore) -> None:
    graph = load_graph(demo)
    pinned = by_label(graph, "PLG stimuleren")
    demo.apply(move_op({pinned: (1.0, 2.0)}))
    before = load_graph(demo)
    layout = compute_layout(before, fresh=True)
    undo = demo.apply(layout_op(before, layout, fresh=True))
    after = load_graph(demo)
    assert {n: (a["x"], a["y"]) for n, a in after.nodes(data=True)} == layout.positions
    assert not any(pin for _n, pin in after.nodes(data="pinned"))
    demo.apply(undo)
    restored = load_graph(demo)
    assert dict(restored.nodes(data=True)) == dict(before.nodes(data=True))
    assert layout_op(after, layout, fresh=True).values == {}


KINDS = [*COLUMN, LogicKind.WERKDRUK]


@st.composite
def graphs(draw: st.DrawFn) -> nx.DiGraph:
    """Small batenlogica graphs of every shape: any kinds, themes, arrows in any direction."""
    size = draw(st.integers(1, 24))
    graph = nx.DiGraph(themes={})
    for node in range(1, size + 1):
        kind = draw(st.sampled_from(KINDS))
        theme = draw(st.sampled_from([None, 1, 2])) if kind == LogicKind.ACTIVITEIT else None
        graph.add_node(
            node, kind=kind, label=f"n{node}", theme_id=theme, x=0.0, y=0.0, pinned=False
        )
    pairs = st.tuples(st.integers(1, size), st.integers(1, size)).filter(lambda p: p[0] != p[1])
    graph.add_edges_from(draw(st.lists(pairs, max_size=3 * size)))
    return graph


@settings(max_examples=60, deadline=None)
@given(graphs())
def test_any_graph_gets_a_tidy_deterministic_layout(graph: nx.DiGraph) -> None:
    layout = compute_layout(graph)
    assert compute_layout(shuffled_copy(graph)) == layout
    rects = boxes(graph, layout)
    for ra, rb in itertools.combinations(rects.values(), 2):
        assert ra[2] <= rb[0] or rb[2] <= ra[0] or ra[3] <= rb[1] or rb[3] <= ra[1]
    for node, kind in graph.nodes(data="kind"):
        if kind != LogicKind.WERKDRUK:
            assert layout.positions[node][0] == column_x(COLUMN[kind])
    lg = build_layered(graph)
    ours = count_crossings(graph, layout.positions, layout.routes)
    assert ours == total_crossings(lg, minimise_crossings(lg))
