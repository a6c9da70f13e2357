"""Tidy placement of post-its and subgroup areas on a board, in scene units."""

from __future__ import annotations

import math
from dataclasses import dataclass

NOTE_W = 160.0
NOTE_H = 110.0
GAP = 16.0
HEADER = 56.0  # room for a subgroup's or cluster's title above its notes
AREA_GAP = 48.0
MAX_ROW_WIDTH = 2600.0


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x < self.right and self.y <= y < self.bottom

    @staticmethod
    def bounding(rects: list[Rect]) -> Rect:
        left = min(r.x for r in rects)
        top = min(r.y for r in rects)
        return Rect(
            left, top, max(r.right for r in rects) - left, max(r.bottom for r in rects) - top
        )


def columns_for(count: int, width: float | None = None) -> int:
    """How many note columns: fit ``width`` if given, else a pleasant near-square grid."""
    if width is not None:
        return max(1, int((width - GAP) // (NOTE_W + GAP)))
    return max(2, min(4, math.ceil(math.sqrt(max(count, 1) * 1.5))))


def grid_positions(
    count: int, origin_x: float, origin_y: float, columns: int, w: float = NOTE_W, h: float = NOTE_H
) -> list[tuple[float, float]]:
    """Top-left corners of ``count`` notes in rows of ``columns``, without overlaps."""
    return [
        (origin_x + GAP + (i % columns) * (w + GAP), origin_y + GAP + (i // columns) * (h + GAP))
        for i in range(count)
    ]


def grid_size(
    count: int, columns: int, w: float = NOTE_W, h: float = NOTE_H
) -> tuple[float, float]:
    rows = max(1, math.ceil(count / columns))
    return GAP + columns * (w + GAP), GAP + rows * (h + GAP)


def tidy_in(area: Rect, sizes: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Grid positions for notes of the given sizes inside ``area``, below its title band."""
    if not sizes:
        return []
    w = max(s[0] for s in sizes)
    h = max(s[1] for s in sizes)
    columns = max(1, int((area.w - GAP) // (w + GAP)))
    return grid_positions(len(sizes), area.x, area.y + HEADER, columns, w, h)


def flow(
    sizes: list[tuple[float, float]], origin_x: float = 0.0, origin_y: float = 0.0
) -> list[Rect]:
    """Areas of the given sizes left to right, wrapping into rows."""
    rects: list[Rect] = []
    x, y, row_h = origin_x, origin_y, 0.0
    for w, h in sizes:
        if rects and x + w > origin_x + MAX_ROW_WIDTH:
            x, y, row_h = origin_x, y + row_h + AREA_GAP, 0.0
        rects.append(Rect(x, y, w, h))
        x += w + AREA_GAP
        row_h = max(row_h, h)
    return rects


def area_layout(counts: list[int], origin_x: float = 0.0, origin_y: float = 0.0) -> list[Rect]:
    """Areas for subgroups holding ``counts`` notes, left to right, wrapping into rows."""
    sizes = []
    for count in counts:
        w, h = grid_size(count, columns_for(count))
        sizes.append((w, max(h + HEADER, 2 * (NOTE_H + GAP) + HEADER)))
    return flow(sizes, origin_x, origin_y)


def frame_around(rects: list[Rect], padding: float = GAP) -> Rect:
    """A cluster frame around notes, with room for its title above them."""
    box = Rect.bounding(rects)
    return Rect(
        box.x - padding,
        box.y - padding - HEADER,
        box.w + 2 * padding,
        box.h + 2 * padding + HEADER,
    )
