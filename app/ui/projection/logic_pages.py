"""The batenlogica as projection pages: zoomed until every label is legible, in parts.

The whole diagram fitted on one screen makes its labels far smaller than the
back row can read. So the projection zooms the laptop's own diagram (its
path highlighting shows here too) by one factor, chosen so that the smallest
label reaches the legible size, and shows it in parts: strips of columns
from left to right, each cut from top to bottom, every box whole on a page.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

from app.model.batenlogica.layout import BAND_PAD, BAND_TITLE
from app.ui.batenlogica.items import TAG_PX, NodeItem, ThemeBandItem

PAD = 24.0
"""Scene units kept around a page's boxes."""


def smallest_label_px(scene: QGraphicsScene) -> int:
    """The smallest text (node labels, their kind tags, theme titles) in scene units."""
    sizes = [TAG_PX]
    for item in scene.items():
        if isinstance(item, NodeItem):
            sizes.append(item.label_px())
        elif isinstance(item, ThemeBandItem):
            sizes.append(item.title_px())
    return min(sizes)


def logic_zoom(scene: QGraphicsScene, legible: int) -> float:
    """The one zoom factor of every batenlogica page: the smallest label at ``legible`` pixels."""
    return legible / smallest_label_px(scene)


def _cut(boxes: Sequence[QRectF], span: float, horizontal: bool) -> list[list[QRectF]]:
    """Consecutive runs of ``boxes`` (sorted along the axis) each at most ``span`` long."""
    start = QRectF.left if horizontal else QRectF.top
    end = QRectF.right if horizontal else QRectF.bottom
    runs: list[list[QRectF]] = []
    first = 0.0
    for box in sorted(boxes, key=lambda b: (start(b), end(b))):
        if runs and end(box) - first <= span:
            runs[-1].append(box)
        else:
            runs.append([box])
            first = start(box)
    return runs


def logic_parts(scene: QGraphicsScene, width: float, height: float) -> list[QRectF]:
    """The scene rectangles of the pages for a ``width`` x ``height`` scene-unit screen.

    Each rectangle is centred on its boxes and exactly a screen in size, so
    drawing it at the page zoom fills the projection.
    """
    boxes = [i.scene_box() for i in scene.items() if isinstance(i, NodeItem)]
    if not boxes:
        return []
    room_w = max(1.0, width - 2 * PAD)
    room_h = max(1.0, height - 2 * PAD - BAND_PAD - BAND_TITLE)  # a theme's title above its boxes
    parts: list[QRectF] = []
    for strip in _cut(boxes, room_w, horizontal=True):
        for run in _cut(strip, room_h, horizontal=False):
            bounds = QRectF(run[0])
            for box in run[1:]:
                bounds = bounds.united(box)
            bounds.adjust(0, -BAND_PAD - BAND_TITLE, 0, 0)
            page = QRectF(0, 0, width, height)
            page.moveCenter(bounds.center())
            parts.append(page)
    return parts


def logic_layout(
    scene: QGraphicsScene, width: float, height: float, legible: int
) -> tuple[float, list[QRectF]]:
    """The zoom and the pages' scene rectangles for a ``width`` x ``height`` pixel page."""
    zoom = logic_zoom(scene, legible)
    return zoom, logic_parts(scene, math.floor(width / zoom), math.floor(height / zoom))


def show_part(view: QGraphicsView, scene: QGraphicsScene | None, part: QRectF, zoom: float) -> None:
    """Show ``part`` of ``scene`` in ``view`` at ``zoom`` (the pages' one factor)."""
    if view.scene() is not scene:
        view.setScene(scene)
    if scene is None or part.isEmpty():
        return
    view.resetTransform()
    view.scale(zoom, zoom)
    view.setSceneRect(scene.itemsBoundingRect().united(part))
    view.centerOn(part.center())
