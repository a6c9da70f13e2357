"""Where imported post-its go: tidy blocks per subgroup area, each cluster framed on its own.

Inside an area the blocks (loose notes, then each cluster in order of first
appearance) are stacked top to bottom, so cluster frames never overlap; the
areas themselves flow left to right like ``layout.area_layout``, but sized by
their content because cluster frames need room that a plain note count does not.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.model.layout import (
    AREA_GAP,
    GAP,
    HEADER,
    MAX_ROW_WIDTH,
    NOTE_H,
    NOTE_W,
    Rect,
    columns_for,
    frame_around,
    grid_positions,
    grid_size,
)

MIN_AREA_H = 2 * (NOTE_H + GAP) + HEADER


@dataclass(frozen=True)
class Block:
    """Notes that belong together: ``framed`` ones get a cluster frame around them."""

    count: int
    framed: bool


@dataclass(frozen=True)
class Stacked:
    positions: list[list[tuple[float, float]]]  # per block, the notes' top-left corners
    frames: list[Rect | None]  # per block, its cluster frame
    right: float
    bottom: float


def stack_blocks(blocks: list[Block], left: float, top: float, columns: int) -> Stacked:
    """Blocks below each other from ``top``, notes in rows of at most ``columns``."""
    y, right = top, left
    positions: list[list[tuple[float, float]]] = []
    frames: list[Rect | None] = []
    for block in blocks:
        cols = max(1, min(columns, block.count))
        if block.framed:
            places = grid_positions(block.count, left + GAP, y + HEADER + GAP, cols)
            frame = frame_around([Rect(x, py, NOTE_W, NOTE_H) for x, py in places])
            y, right = frame.bottom, max(right, frame.right)
        else:
            places = grid_positions(block.count, left, y, cols)
            frame = None
            w, h = grid_size(block.count, cols)
            y, right = y + h, max(right, left + w)
        positions.append(places)
        frames.append(frame)
    return Stacked(positions, frames, right, y)


def columns_of(blocks: list[Block]) -> int:
    return columns_for(sum(b.count for b in blocks))


def area_size(blocks: list[Block]) -> tuple[float, float]:
    """Width and height of a new subgroup area holding ``blocks`` below its title band."""
    stacked = stack_blocks(blocks, 0.0, HEADER, columns_of(blocks))
    return stacked.right + GAP, max(stacked.bottom + GAP, MIN_AREA_H)


def flow(sizes: list[tuple[float, float]], origin_x: float, origin_y: float) -> list[Rect]:
    """Areas of the given sizes left to right, wrapping into rows like ``area_layout``."""
    rects: list[Rect] = []
    x, y, row_h = origin_x, origin_y, 0.0
    for w, h in sizes:
        if rects and x + w > origin_x + MAX_ROW_WIDTH:
            x, y, row_h = origin_x, y + row_h + AREA_GAP, 0.0
        rects.append(Rect(x, y, w, h))
        x += w + AREA_GAP
        row_h = max(row_h, h)
    return rects
