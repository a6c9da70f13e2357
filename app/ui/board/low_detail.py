"""Post-its below readable zoom: filled rectangles drawn in a few batched calls, kept per note.

Zoomed out, a board of hundreds of post-its is drawn as one ``drawRects`` call
per fill instead of one ``paint`` per item. The batches follow the notes one
at a time: a note that arrives, moves or gets a dot changes only its own
entry and repaints only where it was and where it is, so sixty phones sending
at once repaint small strips, not the whole board.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from app.ui.board.items import HIGHLIGHT_PEN, SELECTED_PEN, NoteItem

Batch = tuple[QColor, dict[NoteItem, QRectF]]


class LowDetailBatches:
    """Unselected, unhighlighted post-its by fill; selected or highlighted ones are drawn live."""

    def __init__(self, notes: Iterable[NoteItem]) -> None:
        self._by_fill: dict[int, Batch] = {}
        self._drawn: dict[NoteItem, tuple[int, QRectF]] = {}
        self._live: set[NoteItem] = set()
        for item in notes:
            self._put(item)

    def _put(self, item: NoteItem) -> QRectF | None:
        if item.isSelected() or item.highlighted:
            self._live.add(item)
            return None
        key = item.fill.rgba()
        rect = item.mapRectToScene(item.rect())
        self._by_fill.setdefault(key, (item.fill, {}))[1][item] = rect
        self._drawn[item] = (key, rect)
        return rect

    def follow(self, item: NoteItem, shown: bool) -> list[QRectF] | None:
        """Take over one note's fill and place (``shown``: still on the board).

        Returns where to repaint, or None for everywhere: an outlined note's
        cosmetic pen reaches past its rectangle by a number of pixels, not of
        scene units.
        """
        outlined = item in self._live
        self._live.discard(item)
        stale: list[QRectF] = []
        if item in self._drawn:
            key, rect = self._drawn.pop(item)
            del self._by_fill[key][1][item]
            stale.append(rect)
        if shown:
            rect = self._put(item)
            outlined = outlined or rect is None
            if rect is not None and rect not in stale:
                stale.append(rect)
        return None if outlined else stale

    def draw(self, painter: QPainter) -> None:
        """The batches, then the selected or highlighted notes with their outline."""
        painter.setPen(Qt.PenStyle.NoPen)
        for fill, rects in self._by_fill.values():
            if rects:
                painter.setBrush(fill)
                painter.drawRects(list(rects.values()))
        for item in self._live:
            rect = item.mapRectToScene(item.rect())
            painter.fillRect(rect, item.fill)
            painter.setPen(HIGHLIGHT_PEN if item.highlighted else SELECTED_PEN)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)

    def rects(self) -> list[QRectF]:
        """Every batched rectangle (for tests and checks: what the next paint draws)."""
        return [rect for _key, rect in self._drawn.values()]
