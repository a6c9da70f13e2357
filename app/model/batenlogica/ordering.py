"""Crossing minimisation: the order of items within each layer of a layered graph.

Layer-by-layer sweeps place each item at the median (or barycenter) of its
neighbours in the layer just fixed; after each sweep, adjacent items and
adjacent theme blocks are swapped while that removes crossings. Several
deterministic starting orders are tried and the order with the fewest
crossings wins. Nothing depends on hashing or random numbers, so the same
graph always gets the same order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.model.batenlogica.layered import LAYERS, LayeredGraph, crossings_between

Blocks = list[list[int]]
"""One layer: blocks of items that stay together, each block a list of items."""

ITERATIONS = 24
PATIENCE = 6
TRANSPOSE_PASSES = 12


def minimise_crossings(lg: LayeredGraph) -> list[list[int]]:
    """The order of items per layer with the fewest crossings found."""
    best_order: list[Blocks] | None = None
    best = -1
    for start in (_start_by_id(lg), _start_from(lg, 0), _start_from(lg, LAYERS - 1)):
        for value in (_median, _barycenter):
            order, crossings = _optimise(lg, start, value)
            if best_order is None or crossings < best:
                best_order, best = order, crossings
            if best == 0:
                break
    assert best_order is not None
    return [[item for block in layer for item in block] for layer in best_order]


# -- starting orders -----------------------------------------------------------


def _group(lg: LayeredGraph, items: Sequence[int]) -> Blocks:
    """Blocks in order of their first item, members in the given order."""
    blocks: dict[int, list[int]] = {}
    for item in items:
        blocks.setdefault(lg.block[item], []).append(item)
    return list(blocks.values())


def _start_by_id(lg: LayeredGraph) -> list[Blocks]:
    return [_group(lg, lg.items_in(layer)) for layer in range(LAYERS)]


def _start_from(lg: LayeredGraph, first: int) -> list[Blocks]:
    """Breadth-first from one outer layer: items in the order they are first reached."""
    step = 1 if first == 0 else -1
    nbrs = lg.down if step == 1 else lg.up
    order: list[list[int]] = [[] for _ in range(LAYERS)]
    order[first] = lg.items_in(first)
    layer = first
    while 0 <= layer + step < LAYERS:
        seen: dict[int, None] = {}
        for item in order[layer]:
            for nxt in nbrs[item]:
                seen.setdefault(nxt, None)
        rest = [i for i in lg.items_in(layer + step) if i not in seen]
        order[layer + step] = [*seen, *rest]
        layer += step
    return [_group(lg, items) for items in order]


# -- the sweeps ----------------------------------------------------------------


def _median(ps: list[int]) -> float:
    """Graphviz's weighted median: for an even count, lean towards the denser side."""
    m = len(ps) // 2
    if len(ps) % 2 == 1:
        return float(ps[m])
    if len(ps) == 2:
        return (ps[0] + ps[1]) / 2
    left, right = ps[m - 1] - ps[0], ps[-1] - ps[m]
    if left + right == 0:
        return (ps[m - 1] + ps[m]) / 2
    return (ps[m - 1] * right + ps[m] * left) / (left + right)


def _barycenter(ps: list[int]) -> float:
    return sum(ps) / len(ps)


Value = Callable[[list[int]], float]


def _sort_keeping_loose(values: list[float | None]) -> list[int]:
    """Indices sorted by value; entries without a value keep their place."""
    movable = sorted((v, i) for i, v in enumerate(values) if v is not None)
    it = iter(i for _v, i in movable)
    return [i if v is None else next(it) for i, v in enumerate(values)]


def _reorder(layer: Blocks, nbrs: list[list[int]], pos: list[int], value: Value) -> Blocks:
    """Sort blocks, and items within blocks, by the median of their neighbours' positions."""
    sorted_blocks = []
    block_values: list[float | None] = []
    for block in layer:
        vals = [value(sorted(pos[n] for n in nbrs[i])) if nbrs[i] else None for i in block]
        sorted_blocks.append([block[i] for i in _sort_keeping_loose(vals)])
        known = [v for v in vals if v is not None]
        block_values.append(sum(known) / len(known) if known else None)
    return [sorted_blocks[i] for i in _sort_keeping_loose(block_values)]


def _set_positions(layer: Blocks, pos: list[int]) -> None:
    i = 0
    for block in layer:
        for item in block:
            pos[item] = i
            i += 1


def _pair_crossings(a: list[int], b: list[int]) -> int:
    """Crossings between edges ending at sorted positions ``a`` and ``b``, with a's item first."""
    count = j = 0
    for x in a:
        while j < len(b) and b[j] < x:
            j += 1
        count += j
    return count


def _swap_gain(ups: list[list[int]], downs: list[list[int]], i: int, j: int) -> int:
    """How many crossings putting entry j before entry i removes (negative: adds)."""
    now = _pair_crossings(ups[i], ups[j]) + _pair_crossings(downs[i], downs[j])
    swapped = _pair_crossings(ups[j], ups[i]) + _pair_crossings(downs[j], downs[i])
    return now - swapped


def _transpose_run(entries: list, ups: list[list[int]], downs: list[list[int]]) -> bool:
    """Bubble adjacent entries while a swap removes crossings; True if anything moved."""
    moved = False
    changed = True
    while changed:
        changed = False
        for k in range(len(entries) - 1):
            if _swap_gain(ups, downs, k, k + 1) > 0:
                for seq in (entries, ups, downs):
                    seq[k], seq[k + 1] = seq[k + 1], seq[k]
                changed = moved = True
    return moved


def _transpose_layer(lg: LayeredGraph, layer: Blocks, pos: list[int]) -> bool:
    def side(items: Sequence[int], nbrs: list[list[int]]) -> list[int]:
        return sorted(pos[n] for i in items for n in nbrs[i])

    moved = _transpose_run(
        layer, [side(b, lg.up) for b in layer], [side(b, lg.down) for b in layer]
    )
    for block in layer:
        if len(block) > 1:
            ups = [side([i], lg.up) for i in block]
            downs = [side([i], lg.down) for i in block]
            moved = _transpose_run(block, ups, downs) or moved
    return moved


def _transpose(lg: LayeredGraph, order: list[Blocks], pos: list[int]) -> None:
    for _ in range(TRANSPOSE_PASSES):
        moved = False
        for layer in order:
            if _transpose_layer(lg, layer, pos):
                _set_positions(layer, pos)
                moved = True
        if not moved:
            return


def _crossings(lg: LayeredGraph, order: list[Blocks], pos: list[int]) -> int:
    return sum(
        crossings_between(lg, pos, [i for block in layer for i in block]) for layer in order[:-1]
    )


def _copy(order: list[Blocks]) -> list[Blocks]:
    return [[list(block) for block in layer] for layer in order]


def _optimise(lg: LayeredGraph, start: list[Blocks], value: Value) -> tuple[list[Blocks], int]:
    order = _copy(start)
    pos = [0] * len(lg.layer)
    for layer in order:
        _set_positions(layer, pos)
    _transpose(lg, order, pos)
    best, best_order = _crossings(lg, order, pos), _copy(order)
    stalled = 0
    for iteration in range(ITERATIONS):
        if best == 0:
            break
        if iteration % 2 == 0:
            sweep, nbrs = range(1, LAYERS), lg.up
        else:
            sweep, nbrs = range(LAYERS - 2, -1, -1), lg.down
        for layer in sweep:
            order[layer] = _reorder(order[layer], nbrs, pos, value)
            _set_positions(order[layer], pos)
        _transpose(lg, order, pos)
        crossings = _crossings(lg, order, pos)
        if crossings < best:
            best, best_order, stalled = crossings, _copy(order), 0
        else:
            stalled += 1
            if stalled >= PATIENCE:
                break
    return best_order, best
