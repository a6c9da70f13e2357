"""Crossing minimisation: the order of items within each layer of a layered graph.

The scheme of Graphviz's ``dot`` (Gansner et al. 1993), then sifting
(Matuszewski et al. 1999) on top. Each iteration sweeps down or up the
layers, sorting each layer's blocks (a theme's activities, or a single
item) by the weighted median of their neighbours in the layer just fixed,
then swaps adjacent blocks while that removes crossings ("transpose"; on
alternate iterations also when it keeps them equal, to leave plateaus).
Two starting orders get a few iterations each, the better one gets more.
Finally each block in turn is taken out and put back where, counted
against both neighbouring layers, it crosses least, until a round of this
gains nothing. No step ever keeps a worse order than the best seen.

Nothing depends on hashing or random numbers: the same graph always gets
the same order.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

from app.model.batenlogica.layered import LAYERS, LayeredGraph, crossings_between

START_LAYERS = (0, LAYERS - 1, 1, 2)
START_ITERATIONS = 2
FULL_RUNS_UP_TO = 120
MAX_ITERATIONS = 24
MIN_QUIT = 8
LARGE_MAX_ITERATIONS = 12
LARGE_MIN_QUIT = 6
CONVERGENCE = 0.995
SIFT_ROUNDS = 2


def minimise_crossings(lg: LayeredGraph) -> list[list[int]]:
    """The order of items per layer with the fewest crossings found.

    Small graphs run every start to the end and keep the best result; larger
    ones give each start a few iterations and only the best start a shorter
    run, so that 300 nodes take about a tenth of a second.
    """
    state = _State.of(lg)
    initial = state.copy_members()
    full_runs = len(lg.layer) <= FULL_RUNS_UP_TO
    best: _Snapshot | None = None
    for first in START_LAYERS:
        state.members = {block: list(items) for block, items in initial.items()}
        state.set_order(_start_from(lg, state, first))
        if full_runs:
            _iterate(state, MAX_ITERATIONS, None, MIN_QUIT).restore(state)
            _sift(state)
            run = _Snapshot.of(state, state.crossings())
            best = run if best is None or run.crossings < best.crossings else best
        else:
            best = _iterate(state, START_ITERATIONS, best)
    assert best is not None
    best.restore(state)
    if not full_runs:
        _iterate(state, LARGE_MAX_ITERATIONS, best, LARGE_MIN_QUIT).restore(state)
        _sift(state)
    return [state.items_of(layer) for layer in range(LAYERS)]


@dataclass
class _State:
    """Blocks per layer in order, and each item's position within its layer.

    ``index[b]`` is block b's place among the blocks of its layer; ``ups[b]``
    and ``downs[b]`` are the items its members link to in the layers around.
    """

    lg: LayeredGraph
    members: dict[int, list[int]]
    order: list[list[int]]
    pos: list[int]
    index: list[int]
    ups: dict[int, list[int]]
    downs: dict[int, list[int]]

    @staticmethod
    def of(lg: LayeredGraph) -> _State:
        members: dict[int, list[int]] = {}
        for item, block in enumerate(lg.block):
            members.setdefault(block, []).append(item)
        ups = {b: [n for i in items for n in lg.up[i]] for b, items in members.items()}
        downs = {b: [n for i in items for n in lg.down[i]] for b, items in members.items()}
        size = len(lg.layer)
        return _State(lg, members, [[] for _ in range(LAYERS)], [0] * size, [0] * size, ups, downs)

    def items_of(self, layer: int) -> list[int]:
        return [i for block in self.order[layer] for i in self.members[block]]

    def place(self, layer: int) -> None:
        """Renumber the positions of one layer after its order changed."""
        p = 0
        for k, block in enumerate(self.order[layer]):
            self.index[block] = k
            for item in self.members[block]:
                self.pos[item] = p
                p += 1

    def set_order(self, order: list[list[int]]) -> None:
        self.order = [list(blocks) for blocks in order]
        for layer in range(LAYERS):
            self.place(layer)

    def copy_members(self) -> dict[int, list[int]]:
        return {block: list(items) for block, items in self.members.items()}

    def crossings(self) -> int:
        return sum(
            crossings_between(self.lg, self.pos, self.items_of(layer))
            for layer in range(LAYERS - 1)
        )


@dataclass(frozen=True)
class _Snapshot:
    crossings: int
    order: list[list[int]]
    members: dict[int, list[int]]

    @staticmethod
    def of(state: _State, crossings: int) -> _Snapshot:
        return _Snapshot(crossings, [list(b) for b in state.order], state.copy_members())

    def restore(self, state: _State) -> None:
        state.members = {block: list(items) for block, items in self.members.items()}
        state.set_order(self.order)


# -- starting orders -----------------------------------------------------------


def _blocks_in_item_order(state: _State, items: Sequence[int]) -> list[int]:
    """Blocks in the order of their first item among ``items``; members keep their order."""
    return list(dict.fromkeys(state.lg.block[i] for i in items))


def _start_from(lg: LayeredGraph, state: _State, first: int) -> list[list[int]]:
    """Breadth-first through the whole graph from the items of one layer, like dot's start.

    Visiting neighbours in the next layer before those in the previous one,
    each item joins the end of its layer when reached, so linked items start
    close together in every layer.
    """
    ahead, back = (lg.up, lg.down) if first == LAYERS - 1 else (lg.down, lg.up)
    items: list[list[int]] = [[] for _ in range(LAYERS)]
    seen = [False] * len(lg.layer)
    for source in (*lg.items_in(first), *range(len(lg.layer))):
        if seen[source]:
            continue
        seen[source] = True
        queue = deque([source])
        while queue:
            item = queue.popleft()
            items[lg.layer[item]].append(item)
            for n in (*ahead[item], *back[item]):
                if not seen[n]:
                    seen[n] = True
                    queue.append(n)
    return [_blocks_in_item_order(state, layer_items) for layer_items in items]


# -- median sweeps and transposition ------------------------------------------------


def _median(ps: list[int]) -> float:
    """Graphviz's weighted median: for an even count, lean towards the denser side."""
    if len(ps) > 2:
        ps.sort()
    m = len(ps) // 2
    if len(ps) % 2 == 1:
        return float(ps[m])
    if len(ps) == 2:
        return (ps[0] + ps[1]) / 2
    left, right = ps[m - 1] - ps[0], ps[-1] - ps[m]
    if left + right == 0:
        return (ps[m - 1] + ps[m]) / 2
    return (ps[m - 1] * right + ps[m] * left) / (left + right)


def _sort_keeping_loose(entries: list[int], values: list[float | None], flip: bool) -> list[int]:
    """Entries sorted by value; those without a value (no neighbours) keep their place.

    Equal values keep their order, or swap it when ``flip``.
    """
    sign = -1 if flip else 1
    movable = iter(sorted((v, sign * k, k) for k, v in enumerate(values) if v is not None))
    return [entries[k] if v is None else entries[next(movable)[2]] for k, v in enumerate(values)]


def _reorder(state: _State, layer: int, nbrs: list[list[int]], flip: bool) -> None:
    """Sort a layer's blocks, and the items within blocks, by their neighbours' median."""
    pos = state.pos
    block_values: list[float | None] = []
    for block in state.order[layer]:
        items = state.members[block]
        vals = [_median([pos[n] for n in nbrs[i]]) if nbrs[i] else None for i in items]
        if len(items) > 1:
            state.members[block] = _sort_keeping_loose(items, vals, flip)
        known = [v for v in vals if v is not None]
        block_values.append(sum(known) / len(known) if known else None)
    state.order[layer] = _sort_keeping_loose(state.order[layer], block_values, flip)
    state.place(layer)


def _transpose(state: _State, equal_too: bool) -> None:
    """Swap adjacent blocks while that removes crossings (with ``equal_too``, also on a tie).

    Only pairs whose crossings a swap may have changed are looked at again:
    the pairs beside it, and the pairs around blocks linked to the swapped
    ones in the layers above and below. Passes repeat while one removes
    crossings, so tie swaps alone cannot keep it going. (Hot loop: inlined.)
    """
    block_of, members, index, pos = state.lg.block, state.members, state.index, state.pos
    ups, downs = state.ups, state.downs
    dirty = [[True] * max(0, len(blocks) - 1) for blocks in state.order]
    busy = True
    while busy:
        busy = False
        for layer, blocks in enumerate(state.order):
            marks = dirty[layer]
            for k in range(len(marks)):
                if not marks[k]:
                    continue
                marks[k] = False
                upper, lower = blocks[k], blocks[k + 1]
                now = then = 0
                for sides in (ups, downs):
                    below = sides[lower]
                    if below:
                        for n in sides[upper]:
                            a = pos[n]
                            for m in below:
                                b = pos[m]
                                if a > b:
                                    now += 1
                                elif a < b:
                                    then += 1
                if not (then < now or (equal_too and now > 0 and then == now)):
                    continue
                busy = busy or then < now
                blocks[k], blocks[k + 1] = lower, upper
                index[upper], index[lower] = k + 1, k
                for item in members[upper]:
                    pos[item] += len(members[lower])
                for item in members[lower]:
                    pos[item] -= len(members[upper])
                if k > 0:
                    marks[k - 1] = True
                if k + 1 < len(marks):
                    marks[k + 1] = True
                for near, sides in ((layer - 1, ups), (layer + 1, downs)):
                    if 0 <= near < LAYERS:
                        near_marks = dirty[near]
                        for n in (*sides[upper], *sides[lower]):
                            j = index[block_of[n]]
                            if j > 0:
                                near_marks[j - 1] = True
                            if j < len(near_marks):
                                near_marks[j] = True


def _iterate(
    state: _State, iterations: int, best: _Snapshot | None, min_quit: int = MIN_QUIT
) -> _Snapshot:
    """Median sweeps with transposition, alternately down and up; the best order seen."""
    crossings = state.crossings()
    if best is None or crossings <= best.crossings:
        best = _Snapshot.of(state, crossings)
    tries = 0
    for iteration in range(iterations):
        if best.crossings == 0 or tries >= min_quit:
            break
        tries += 1
        flip = iteration % 4 < 2
        if iteration % 2 == 0:
            layers, nbrs = range(1, LAYERS), state.lg.up
        else:
            layers, nbrs = range(LAYERS - 2, -1, -1), state.lg.down
        for layer in layers:
            _reorder(state, layer, nbrs, flip)
        _transpose(state, not flip)
        crossings = state.crossings()
        if crossings <= best.crossings:
            if crossings < CONVERGENCE * best.crossings:
                tries = 0
            best = _Snapshot.of(state, crossings)
    return best


# -- sifting ----------------------------------------------------------------------


def _balance(neighbours: list[int], size: int) -> list[int]:
    """For each position p of the neighbouring layer: #neighbours after p minus #before p.

    Moving an entry with these neighbours from above to below an entry with a
    neighbour at p changes the crossings between them by minus this number.
    """
    counts = [0] * size
    for n in neighbours:
        counts[n] += 1
    total, before = len(neighbours), 0
    result = [0] * size
    for p, c in enumerate(counts):
        result[p] = total - 2 * before - c
        before += c
    return result


def _best_places(
    entries: list[list[int]],
    ups: list[list[int]],
    downs: list[list[int]],
    up_size: int,
    down_size: int,
) -> bool:
    """Sift each entry to its cheapest place among the others; True if any moved.

    ``entries``, ``ups`` and ``downs`` are parallel lists (the entries, and the
    positions of their neighbours in the layer above and below) and are
    reordered in place.
    """
    moved = False
    for entry in list(entries):
        k = entries.index(entry)
        up, down = ups.pop(k), downs.pop(k)
        entries.pop(k)
        up_balance = _balance(up, up_size) if up else None
        down_balance = _balance(down, down_size) if down else None
        cost = best_cost = 0
        best = 0
        cost_at_origin = 0 if k == 0 else None
        for j in range(len(entries)):
            change = 0
            if up_balance is not None:
                for p in ups[j]:
                    change += up_balance[p]
            if down_balance is not None:
                for p in downs[j]:
                    change += down_balance[p]
            cost -= change
            if cost < best_cost:
                best_cost, best = cost, j + 1
            if j + 1 == k:
                cost_at_origin = cost
        if cost_at_origin == best_cost:
            best = k
        entries.insert(best, entry)
        ups.insert(best, up)
        downs.insert(best, down)
        moved = moved or best != k
    return moved


def _sift_layer(state: _State, layer: int) -> None:
    lg, pos = state.lg, state.pos
    up_size = len(state.items_of(layer - 1)) if layer > 0 else 0
    down_size = len(state.items_of(layer + 1)) if layer < LAYERS - 1 else 0

    def sides(items: list[int]) -> tuple[list[int], list[int]]:
        return [pos[n] for i in items for n in lg.up[i]], [
            pos[n] for i in items for n in lg.down[i]
        ]

    blocks = state.order[layer]
    block_sides = [sides(state.members[b]) for b in blocks]
    ups, downs = [s[0] for s in block_sides], [s[1] for s in block_sides]
    _best_places(blocks, ups, downs, up_size, down_size)
    for block in blocks:
        items = state.members[block]
        if len(items) > 1:
            item_sides = [sides([i]) for i in items]
            _best_places(
                items, [s[0] for s in item_sides], [s[1] for s in item_sides], up_size, down_size
            )
    state.place(layer)


def _sift(state: _State) -> None:
    """Sift layer after layer, down and up, while a round removes crossings."""
    crossings = state.crossings()
    for _ in range(SIFT_ROUNDS):
        if crossings == 0:
            return
        for layer in [*range(LAYERS), *range(LAYERS - 2, -1, -1)]:
            _sift_layer(state, layer)
        now = state.crossings()
        if now >= crossings:
            return
        crossings = now
