"""Where the batenlogica's arrows run, as plain geometry shared by the app and the report.

An arrow is a chain of cubic Bézier segments between two node boxes. Between
neighbouring columns it leaves and enters on the facing sides; an arrow that
skips columns passes each skipped column level, in the free gap nearest its
straight line (so it never cuts through a box or a theme's title); within a
column it bows out to the right, or, for workload, runs straight up or down.
The app's scene turns the segments into a QPainterPath and the report into
PDF/SVG curves, so both draw the same arrows.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping, Sequence

from app.model.batenlogica.graph import RANKED_KINDS
from app.model.batenlogica.layout import COLUMN_PAD, NODE_W, column_x
from app.model.kinds import LogicKind
from app.model.layout import Rect

GAP_CLEARANCE = 9.0  # least distance between an arrow through a gap and the boxes around it

Point = tuple[float, float]
Segment = tuple[Point, Point, Point, Point]  # start, two control points, end


def centre(rect: Rect) -> Point:
    return (rect.x + rect.w / 2, rect.y + rect.h / 2)


def arrow_segments(
    start: Rect, end: Rect, obstacles: Sequence[Rect] = (), beside: bool = False
) -> tuple[Segment, ...]:
    """The curve of an arrow from ``start`` to ``end``, around ``obstacles`` in skipped columns."""
    via = waypoints(start, end, obstacles)
    if via:
        return through(start, end, via)
    return (direct(start, end, beside),)


def tip(segments: Sequence[Segment]) -> tuple[Point, float]:
    """The arrow's end point and its final direction (radians, y down), for the arrowhead."""
    *_, c2, end = segments[-1]
    return end, math.atan2(end[1] - c2[1], end[0] - c2[0])


LOOP_BEND = 46.0  # how far an arrow within one column bows out, so its head shows clearly


def direct(start: Rect, end: Rect, beside: bool = False) -> Segment:
    """One smooth curve between two boxes.

    Between columns it leaves and enters on the sides that face each other.
    Within a column (``beside`` is kept for callers; every such arrow now bows
    out) it leaves and enters on the left, where arrows come in, off-centre
    toward each other: its head then enters the target like every other
    incoming arrow and stays apart from them, so its direction reads at a
    glance, even between boxes that touch.
    """
    (sx, sy), (ex, ey) = centre(start), centre(end)
    dx = ex - sx
    if abs(dx) > (start.w + end.w) / 4:
        sign = 1.0 if dx > 0 else -1.0
        a = (start.right if sign > 0 else start.x, sy)
        b = (end.x if sign > 0 else end.right, ey)
        bend = max(40.0, abs(b[0] - a[0]) / 2)
        return a, (a[0] + sign * bend, a[1]), (b[0] - sign * bend, b[1]), b
    down = 1.0 if end.y > start.y else -1.0
    a = (start.x, sy + down * start.h / 4)
    b = (end.x, ey - down * end.h / 4)
    bend = LOOP_BEND + min(40.0, abs(b[1] - a[1]) / 8)
    return a, (a[0] - bend, a[1]), (b[0] - bend, b[1]), b


def through(start: Rect, end: Rect, via: Sequence[Point]) -> tuple[Segment, ...]:
    """A smooth left-to-right (or right-to-left) curve through waypoints in the skipped columns."""
    sign = 1.0 if end.x + end.w / 2 > start.x + start.w / 2 else -1.0
    first = (start.right if sign > 0 else start.x, start.y + start.h / 2)
    last = (end.x if sign > 0 else end.right, end.y + end.h / 2)
    segments = []
    for a, b in itertools.pairwise([first, *via, last]):
        bend = max(30.0, abs(b[0] - a[0]) / 2)
        segments.append((a, (a[0] + sign * bend, a[1]), (b[0] - sign * bend, b[1]), b))
    return tuple(segments)


def waypoints(start: Rect, end: Rect, obstacles: Sequence[Rect]) -> list[Point]:
    """Where an arrow that skips columns passes them: level, in the free gap nearest its line."""
    (ax, ay), (bx, by) = centre(start), centre(end)
    points: list[Point] = []
    for layer in range(len(RANKED_KINDS)):
        x = column_x(layer)
        if not min(ax, bx) + NODE_W / 2 < x < max(ax, bx) - NODE_W / 2:
            continue
        wanted = ay + (by - ay) * (x - ax) / (bx - ax)
        y = free_y(occupied(obstacles, x), wanted)
        # Level across the whole column, so the curve bends only in the gaps.
        half = NODE_W / 2 + COLUMN_PAD
        points += [(x - half, y), (x + half, y)]
    if bx < ax:
        points.reverse()
    return points


def occupied(obstacles: Iterable[Rect], x: float) -> list[tuple[float, float]]:
    """Vertical spans taken by the obstacles at ``x``, with clearance, merged and sorted."""
    spans = sorted(
        (r.y - GAP_CLEARANCE, r.bottom + GAP_CLEARANCE)
        for r in obstacles
        if r.x - 1 <= x <= r.right + 1
    )
    merged: list[tuple[float, float]] = []
    for top, bottom in spans:
        if merged and top <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], bottom))
        else:
            merged.append((top, bottom))
    return merged


def free_y(spans: Sequence[tuple[float, float]], wanted: float) -> float:
    """``wanted``, or the nearest edge of the span it falls in."""
    for top, bottom in spans:
        if top < wanted < bottom:
            return top if wanted - top < bottom - wanted else bottom
    return wanted


def theme_members(
    kinds: Mapping[int, LogicKind],
    themes: Mapping[int, int | None],
    edges: Iterable[tuple[int, int]],
) -> dict[int, list[int]]:
    """Each theme's nodes inside its frame: its activities, and workload that burdens only them."""
    members: dict[int, list[int]] = {}
    for node, kind in kinds.items():
        theme = themes[node]
        if kind == LogicKind.ACTIVITEIT and theme is not None:
            members.setdefault(theme, []).append(node)
    burdened: dict[int, set[int | None]] = {}
    for cause, effect in edges:
        if kinds.get(cause) == LogicKind.WERKDRUK and kinds.get(effect) == LogicKind.ACTIVITEIT:
            burdened.setdefault(cause, set()).add(themes[effect])
    for node, kind in kinds.items():
        found = burdened.get(node, set())
        if kind == LogicKind.WERKDRUK and len(found) == 1 and None not in found:
            members[next(iter(found))].append(node)
    return members
