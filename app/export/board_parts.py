"""Cutting a board too big for one page into parts along the gaps between post-its.

Each part prints at a scale that keeps the smallest text at ``min_pt`` on the
page. Cuts fall between post-its where the board allows, so no post-it is
split over two pages; parts without a post-it are left out.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from app.model.layout import Rect

GAP = 6.0  # scene units kept beside a cut, so a post-it's border stays on its own part
MIN_SHARE = 0.35  # a cut is not taken earlier than this share of a page, to use the page


def cuts(lo: float, hi: float, span: float, blocks: Sequence[tuple[float, float]]) -> list[float]:
    """Edges from ``lo`` to ``hi``, at most ``span`` apart, outside ``blocks`` where possible."""
    edges = [lo]
    while hi - edges[-1] > span:
        start = edges[-1]
        limit = start + span
        free = [
            end + GAP
            for _, end in blocks
            if start + span * MIN_SHARE <= end + GAP <= limit
            and not any(b0 < end + GAP < b1 for b0, b1 in blocks)
        ]
        edges.append(max(free, default=limit))
    edges.append(hi)
    return edges


def parts(
    bounds: Rect, notes: Sequence[Rect], page_w: float, page_h: float, scale: float
) -> list[Rect]:
    """Regions of ``bounds`` that each fit a ``page_w`` × ``page_h`` frame at ``scale``.

    In reading order; a region holding no post-it is skipped.
    """
    span_w, span_h = page_w / scale, page_h / scale
    xs = cuts(bounds.x, bounds.right, span_w, [(n.x, n.right) for n in notes])
    ys = cuts(bounds.y, bounds.bottom, span_h, [(n.y, n.bottom) for n in notes])
    found = []
    for y0, y1 in itertools.pairwise(ys):
        for x0, x1 in itertools.pairwise(xs):
            region = Rect(x0, y0, x1 - x0, y1 - y0)
            if any(_centre_in(n, region) for n in notes):
                found.append(region)
    return found


def _centre_in(note: Rect, region: Rect) -> bool:
    cx, cy = note.x + note.w / 2, note.y + note.h / 2
    return region.x <= cx < region.right and region.y <= cy < region.bottom
