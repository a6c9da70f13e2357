"""Batenlogica layout against Graphviz ``dot``: crossings and time, on the demo and random graphs.

Both layouts get the same layered graph: the four kind columns in the same
order (``rank=same`` per column, tied together by an invisible chain), the
same edges. Dot's order within each column is read back from its node
coordinates, the points where its splines pass a skipped column serve as its
dummy nodes, and both layouts are counted with the app's own counter
(``count_crossings``). Our layout additionally keeps each theme's activities
together; random graphs have no themes. Workload items have no column of
their own and stay out of the comparison.

Run: ``python bench/bench_layout.py`` (needs ``dot`` on PATH; Graphviz is a
benchmark peer only, never a runtime dependency).
"""

from __future__ import annotations

import itertools
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
from common import Row, measure, print_table, write_json

from app.model.batenlogica.graph import RANKED_KINDS, load_graph
from app.model.batenlogica.layered import LAYERS, layer_of, layered_edges
from app.model.batenlogica.layout import Point, compute_layout, count_crossings
from app.model.demo import build_demo
from app.model.store import WorkshopStore

SIZES = (50, 150, 300)
SEEDS = (1, 2, 3, 4, 5)
LAYER_SHARES = (0.3, 0.25, 0.25, 0.2)
TIME_TARGET_MS = 300.0


def demo_graph() -> nx.DiGraph:
    with tempfile.TemporaryDirectory() as tmp:
        store = WorkshopStore.create(Path(tmp) / "demo.bruinpapier")
        try:
            build_demo(store)
            return load_graph(store)
        finally:
            store.close()


def random_graph(size: int, seed: int) -> nx.DiGraph:
    """A layered graph shaped like a batenlogica: mostly local links, some long and random ones.

    Each node has a hidden place on a line; arrows mostly go to nodes near that
    place in the next column, so a good order exists and must be found. Node
    ids are shuffled so that id order says nothing about it.
    """
    rng = random.Random(seed)
    counts = [max(1, round(size * share)) for share in LAYER_SHARES]
    counts[0] += size - sum(counts)
    ids = list(range(1, size + 1))
    rng.shuffle(ids)
    graph = nx.DiGraph(themes={})
    layers: list[list[tuple[float, int]]] = []
    it = iter(ids)
    for layer, count in enumerate(counts):
        members = sorted((rng.random(), next(it)) for _ in range(count))
        layers.append(members)
        for _place, node in members:
            graph.add_node(
                node,
                kind=RANKED_KINDS[layer],
                label=f"n{node}",
                theme_id=None,
                x=0.0,
                y=0.0,
                pinned=False,
            )
    for layer in range(LAYERS - 1):
        for place, node in layers[layer]:
            for _ in range(1 + (rng.random() < 0.5) + (rng.random() < 0.2)):
                target_layer = layer + 2 if layer < 2 and rng.random() < 0.15 else layer + 1
                candidates = layers[target_layer]
                if rng.random() < 0.8:
                    near = sorted(candidates, key=lambda c: abs(c[0] - place))[:3]
                    target = rng.choice(near)[1]
                else:
                    target = rng.choice(candidates)[1]
                graph.add_edge(node, target)
    return graph


# -- dot -------------------------------------------------------------------------


def dot_source(graph: nx.DiGraph) -> str:
    lines = [
        "digraph G {",
        "  rankdir=LR; ranksep=1.5; nodesep=0.25;",
        '  node [shape=box, fixedsize=true, width=2.5, height=0.8, label=""];',
    ]
    for layer in range(LAYERS):
        members = " ".join(f"n{n};" for n in sorted(graph) if layer_of(graph, n) == layer)
        lines.append(f"  {{rank=same; L{layer} [style=invis]; {members}}}")
    lines.append("  L0 -> L1 -> L2 -> L3 [style=invis];")
    lines.extend(f"  n{u} -> n{v};" for u, v in layered_edges(graph))
    lines.append("}")
    return "\n".join(lines) + "\n"


def run_dot(source: str) -> str:
    done = subprocess.run(
        ["dot", "-Tplain"], input=source, capture_output=True, text=True, check=True
    )
    return done.stdout


def _bezier_y_at(points: list[Point], x: float) -> float:
    """The y where a piecewise cubic Bézier (dot's spline) passes ``x``."""
    samples: list[Point] = []
    for i in range(0, len(points) - 3, 3):
        p0, p1, p2, p3 = points[i : i + 4]
        for step in range(41):
            t = step / 40
            a, b, c, d = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t**3
            samples.append(
                (
                    a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
                    a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1],
                )
            )
    for (x0, y0), (x1, y1) in itertools.pairwise(samples):
        if min(x0, x1) <= x <= max(x0, x1) and x0 != x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return min(samples, key=lambda p: abs(p[0] - x))[1]


def dot_layout(
    graph: nx.DiGraph, plain: str
) -> tuple[dict[int, Point], dict[tuple[int, int], tuple[Point, ...]]]:
    """Node centres and, for arrows that skip a column, where dot's splines pass it."""
    positions: dict[int, Point] = {}
    splines: dict[tuple[int, int], list[Point]] = {}
    for line in plain.splitlines():
        parts = line.split()
        if parts[0] == "node" and parts[1].startswith("n"):
            positions[int(parts[1][1:])] = (float(parts[2]), float(parts[3]))
        elif parts[0] == "edge" and parts[1].startswith("n"):
            count = int(parts[3])
            coords = [float(v) for v in parts[4 : 4 + 2 * count]]
            key = (int(parts[1][1:]), int(parts[2][1:]))
            splines[key] = list(zip(coords[::2], coords[1::2], strict=True))
    column_x = {}
    for node, (x, _y) in positions.items():
        column_x.setdefault(layer_of(graph, node), x)
    routes = {}
    for u, v in layered_edges(graph):
        skipped = range(layer_of(graph, u) + 1, layer_of(graph, v))  # type: ignore[operator]
        if skipped:
            spline = splines[(u, v)]
            routes[(u, v)] = tuple(
                (column_x[k], _bezier_y_at(spline, column_x[k])) for k in skipped
            )
    return positions, routes


# -- the comparison -----------------------------------------------------------------


def without_themes(graph: nx.DiGraph) -> nx.DiGraph:
    """The same graph with no theme blocks, so neither layout is held to keeping themes together."""
    free = graph.copy()
    for node in free:
        free.nodes[node]["theme_id"] = None
    return free


def cpu_ms(fn: Callable[[], object], repeat: int) -> float:
    """The least processor time of ``repeat`` calls: what the layout costs on an idle machine."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        fn()
        best = min(best, (time.process_time() - start) * 1000.0)
    return best


def compare(name: str, graph: nx.DiGraph, repeat: int) -> dict[str, Any]:
    layout = compute_layout(graph)
    ours = count_crossings(graph, layout.positions, layout.routes)
    ours_time = measure(lambda: compute_layout(graph), repeat=repeat, warmup=1)
    source = dot_source(graph)
    dots = count_crossings(graph, *dot_layout(graph, run_dot(source)))
    dot_time = measure(lambda: run_dot(source), repeat=repeat, warmup=1)
    result = {
        "graph": name,
        "nodes": graph.number_of_nodes(),
        "edges": len(layered_edges(graph)),
        "crossings": ours,
        "dot_crossings": dots,
        "ms": ours_time.median_ms,
        "cpu_ms": cpu_ms(lambda: compute_layout(graph), repeat),
        "dot_ms": dot_time.median_ms,
    }
    print(
        f"{name:<14} {result['nodes']:>5} {result['edges']:>5} {ours:>9} {dots:>9} "
        f"{ours_time.median_ms:>9.1f} {result['cpu_ms']:>9.1f} {dot_time.median_ms:>9.1f}"
    )
    return result


def main() -> int:
    if shutil.which("dot") is None:
        print("bench_layout: Graphviz `dot` is not installed (apt-get install graphviz)")
        return 1
    version = subprocess.run(["dot", "-V"], capture_output=True, text=True).stderr.strip()
    print(f"peer: {version}")
    print(
        f"{'graph':<14} {'nodes':>5} {'edges':>5} {'crossings':>9} {'dot':>9} "
        f"{'ms':>9} {'cpu ms':>9} {'dot ms':>9}"
    )
    started = time.perf_counter()
    demo = demo_graph()
    themed = compute_layout(demo)
    themed_crossings = count_crossings(demo, themed.positions, themed.routes)
    results = [compare("demo", without_themes(demo), repeat=7)]
    for size in SIZES:
        for seed in SEEDS:
            results.append(compare(f"random-{size}-{seed}", random_graph(size, seed), repeat=3))
    print(f"demo with each theme's activities kept together: {themed_crossings} crossings")
    print(f"({time.perf_counter() - started:.0f} s)\n")

    def group(size: int) -> list[dict[str, Any]]:
        return [r for r in results if str(r["graph"]).startswith(f"random-{size}-")]

    demo_row = results[0]
    rows = [
        Row("crossings, demo", demo_row["crossings"], "", demo_row["dot_crossings"], None, 1.0),
        Row("crossings, demo, themes together", themed_crossings, "", demo_row["dot_crossings"]),
    ]
    for size in SIZES:
        rows.append(
            Row(
                f"crossings, random {size} (mean of {len(group(size))})",
                statistics.mean(r["crossings"] for r in group(size)),
                "",
                baseline=statistics.mean(r["dot_crossings"] for r in group(size)),
                ratio_target=1.0,
            )
        )
    for size in SIZES:
        rows.append(
            Row(
                f"layout time, random {size} (median)",
                statistics.median(r["ms"] for r in group(size)),
                "ms",
                baseline=statistics.median(r["dot_ms"] for r in group(size)),
                target=TIME_TARGET_MS if size == max(SIZES) else None,
            )
        )
    rows.append(
        Row(
            f"layout cpu time, random {max(SIZES)} (median)",
            statistics.median(r["cpu_ms"] for r in group(max(SIZES))),
            "ms",
            target=TIME_TARGET_MS,
        )
    )
    print_table(rows)
    path = write_json("layout", rows, {"peer": version, "graphs": results})
    print(f"\nwrote {path}")
    return 0 if all(row.ok for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
