"""Pages for drawings: which paper a figure needs to stay legible, and tiles when none suffices."""

from __future__ import annotations

import math

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from app.export import styles
from app.export.drawings import FigureFlowable
from app.export.figures import Figure
from app.model.layout import Rect

SAFETY = 10.0  # points kept free below a drawing so rounding never pushes it off the page
TILE_OVERLAP = 0.08  # of a tile's size, so what a tile edge cuts shows whole on its neighbour


def new_page(page: str) -> list[Flowable]:
    return [NextPageTemplate(page), PageBreak()]


def used_height(flowables: list[Flowable], width: float) -> float:
    """The height the flowables above a drawing take, spacing included."""
    total = 0.0
    for f in flowables:
        total += f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter()
    return total + SAFETY


def turned(bounds: Rect) -> tuple[str, str]:
    """A4 and A3, landscape for wide figures and portrait for tall ones."""
    return ("a4l", "a3l") if bounds.w >= bounds.h else ("a4", "a3")


def choose_page(bounds: Rect, top: list[Flowable], text_size: float) -> tuple[str, bool]:
    """The smallest page on which text of ``text_size`` scene units prints legibly.

    False when even A3 is too small.
    """
    for page in turned(bounds):
        width, height = styles.frame_size(page)
        scale = min(width / bounds.w, (height - used_height(top, width)) / bounds.h)
        if text_size * scale >= styles.MIN_PRINTED_PT:
            return page, True
    return turned(bounds)[1], False


def figure_page(top: list[Flowable], figure: Figure, page: str) -> list[Flowable]:
    """A new page with ``top`` and the figure filling the rest of it."""
    width, height = styles.frame_size(page)
    available = height - used_height(top, width)
    return [*new_page(page), *top, FigureFlowable(figure, width, available)]


def tiles(
    bounds: Rect,
    page: str,
    reserved: float,
    text_size: float,
    min_pt: float = styles.MIN_PRINTED_PT,
) -> list[Rect]:
    """Regions of ``bounds``, in reading order, each legible (``min_pt``) on its own ``page``."""
    width, height = styles.frame_size(page)
    scale = min_pt / text_size * (1 + TILE_OVERLAP)  # room for the overlap
    columns = max(1, math.ceil(bounds.w * scale / width))
    rows = max(1, math.ceil(bounds.h * scale / (height - reserved)))
    w, h = bounds.w / columns, bounds.h / rows
    pad_x, pad_y = w * TILE_OVERLAP / 2, h * TILE_OVERLAP / 2
    return [
        Rect(bounds.x + c * w - pad_x, bounds.y + r * h - pad_y, w + 2 * pad_x, h + 2 * pad_y)
        for r in range(rows)
        for c in range(columns)
    ]
