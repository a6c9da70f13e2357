"""Post-its as cards on a projection page: one text size per page, at least 1/40 of its height.

A page is laid out in screen pixels (the page view never scales), so the
pixel size a card is drawn with is the size the room sees. :func:`fit_cards`
finds the largest text size at which all cards of a page fit in newspaper
columns (top to bottom, then the next column, so a cluster's title stays
with its notes); :func:`paginate` splits cards over pages when even the
smallest legible size does not fit.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QStaticText, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.ui.board.badge import paint_vote_badge
from app.ui.board.palette import INK, ink_on
from app.ui.board.textfit import FAMILY
from app.ui.board.wrap import wrap_words

LEGIBLE_SHARE = 40
"""Text is at least 1/40 of the projection's height: the usual rule for the back row."""
LARGEST_SHARE = 14
MAX_COLUMNS = 6
PAD_EM = 0.45
GAP_EM = 0.5
MIN_CARD_EM = 7.0


def legible_px(height: float) -> int:
    return math.ceil(height / LEGIBLE_SHARE)


@functools.lru_cache(maxsize=64)
def card_font(pixel_size: int, bold: bool = False) -> QFont:
    font = QFont(FAMILY)
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    return font


@dataclass(frozen=True)
class Card:
    """What one card shows: a post-it (fill, votes) or a cluster's title (``heading``)."""

    text: str
    fill: QColor
    votes: int = 0
    heading: bool = False
    key: int = 0


@dataclass(frozen=True)
class Placed:
    card: Card
    rect: QRectF
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Fit:
    pixel_size: int
    placed: tuple[Placed, ...]


@functools.lru_cache(maxsize=20000)
def _wrapped(text: str, room: int, px: int, bold: bool) -> tuple[str, ...]:
    metrics = QFontMetricsF(card_font(px, bold))
    return wrap_words(text, room, metrics.horizontalAdvance).lines


def _badge_width(card: Card, px: int) -> float:
    return px * (1.2 + 0.55 * (len(str(card.votes)) - 1)) + px * 0.3 if card.votes else 0.0


def _layout(cards: Sequence[Card], width: float, height: float, px: int, cols: int) -> Fit | None:
    """Cards in ``cols`` newspaper columns at ``px``; None when they do not fit."""
    gap = px * GAP_EM
    pad = px * PAD_EM
    card_w = (width - gap * (cols - 1)) / cols
    if card_w < px * MIN_CARD_EM:
        return None
    line_h = QFontMetricsF(card_font(px)).lineSpacing()
    placed: list[Placed] = []
    col, y = 0, 0.0
    for card in cards:
        room = int(card_w - 2 * pad - _badge_width(card, px))
        lines = _wrapped(card.text, room, px, card.heading)
        h = len(lines) * line_h + 2 * pad
        if y > 0 and y + h > height:
            col, y = col + 1, 0.0
        if col >= cols or h > height:
            return None
        rect = QRectF(col * (card_w + gap), y, card_w, h)
        placed.append(Placed(card, rect, lines))
        y += h + gap
    return Fit(px, tuple(placed))


def fit_cards(cards: Sequence[Card], width: float, height: float, smallest: int) -> Fit | None:
    """The largest size (≥ ``smallest``) and column count at which all ``cards`` fit; else None."""
    if not cards:
        return Fit(smallest, ())
    largest = max(smallest, math.floor(height / LARGEST_SHARE))
    best: Fit | None = None
    for cols in range(1, MAX_COLUMNS + 1):
        low, high = smallest, largest
        if best is not None:
            low = best.pixel_size + 1  # only a larger size can improve on what we have
        while low <= high:
            px = (low + high) // 2
            fit = _layout(cards, width, height, px, cols)
            if fit is not None:
                best, low = fit, px + 1
            else:
                high = px - 1
    return best


def fits_at(cards: Sequence[Card], width: float, height: float, px: int) -> bool:
    return any(_layout(cards, width, height, px, c) is not None for c in range(1, MAX_COLUMNS + 1))


def paginate(
    groups: Sequence[Sequence[Card]], width: float, height: float, smallest: int
) -> list[list[Card]]:
    """Cards over pages: whole groups (clusters) together while they fit, else in parts.

    A page that starts inside a group repeats the group's heading card.
    """
    cards = [card for group in groups for card in group]
    boundaries: set[int] = set()
    heading_of: list[Card | None] = []
    for group in groups:
        boundaries.add(len(heading_of))
        heading = group[0] if group and group[0].heading else None
        heading_of += [heading] * len(group)
    pages: list[list[Card]] = []
    i = 0
    while i < len(cards):
        lead = [heading_of[i]] if heading_of[i] is not None and not cards[i].heading else []
        low, high = i + 1, len(cards)
        while low < high:  # the most cards from i on that fit at the smallest legible size
            mid = (low + high + 1) // 2
            if fits_at([*lead, *cards[i:mid]], width, height, smallest):
                low = mid
            else:
                high = mid - 1
        end = low
        if end < len(cards):
            whole = [b for b in boundaries if i < b <= end]
            if whole:
                end = max(whole)  # break between clusters rather than inside one
            if end - i == 1 and cards[i].heading and i + 2 <= len(cards):
                end = i + 2  # never a heading alone at the foot of a page
        pages.append([*lead, *cards[i:end]])
        i = end
    return pages


class CardItem(QGraphicsItem):
    """One card drawn at its page's text size; a vote count as a badge beside the text.

    The lines are laid out once (QStaticText), so a repaint only draws them.
    """

    def __init__(self, placed: Placed, pixel_size: int) -> None:
        super().__init__()
        self.placed = placed
        self.card = placed.card
        self.pixel_size = pixel_size
        self.font = card_font(pixel_size, placed.card.heading)
        self._rect = QRectF(0, 0, placed.rect.width(), placed.rect.height())
        self.setPos(placed.rect.topLeft())
        card = placed.card
        self._ink = INK if card.heading else ink_on(card.fill)
        self._fill = QColor(255, 255, 255, 120) if card.heading else card.fill
        metrics = QFontMetricsF(self.font)
        pad = pixel_size * PAD_EM
        self._lines: list[tuple[QPointF, QStaticText]] = []
        for i, line in enumerate(placed.lines):
            text = QStaticText(line)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
            text.prepare(QTransform(), self.font)
            self._lines.append((QPointF(pad, pad + i * metrics.lineSpacing()), text))

    def boundingRect(self) -> QRectF:
        return self._rect

    def text(self) -> str:
        return " ".join(self.placed.lines)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.fillRect(self._rect, self._fill)
        painter.setFont(self.font)
        painter.setPen(self._ink)
        for origin, text in self._lines:
            painter.drawStaticText(origin, text)
        if self.card.votes:
            px = self.pixel_size
            corner = QPointF(self._rect.right() - px * PAD_EM, px * PAD_EM)
            paint_vote_badge(painter, corner, self.card.votes, px, self._ink)
