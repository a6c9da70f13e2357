"""Grow a post-it before its text shrinks, so a board's notes keep one text size.

The board draws every note's text at :data:`BOARD_TEXT_PX` when it fits.
When a typed or captured text would not, the editor writes a larger note in
the same step as the text: taller first (up to twice its width), then wider,
within the model's limit. Only when no size within the limit holds the text
does the note keep its size and the text shrink.
"""

from __future__ import annotations

import math

from PySide6.QtGui import QFontMetricsF

from app.model.limits import MAX_NOTE_SIZE
from app.ui.board.items import BOARD_TEXT_PX, KIND_BAND, PAD
from app.ui.board.textfit import note_font
from app.ui.board.wrap import wrap_words

TALL = 2.0
"""Growing taller stops at this many times the width; then the note grows wider."""
WIDEN = 1.25


def text_height(text: str, width: float) -> float | None:
    """The note height ``text`` needs at the board's size in a note ``width`` wide.

    None when a word would have to be cut between letters: the note must be wider.
    """
    font = note_font(BOARD_TEXT_PX)
    metrics = QFontMetricsF(font)
    wrapped = wrap_words(text.strip(), width - 2 * PAD, metrics.horizontalAdvance)
    if wrapped.broken_mid_syllable:
        return None
    return len(wrapped.lines) * metrics.lineSpacing() + KIND_BAND + 2 + PAD


def grown_size(text: str, width: float, height: float) -> tuple[float, float]:
    """The smallest size, at least ``width`` x ``height``, that shows ``text`` unshrunk."""
    w = width
    while True:
        needed = text_height(text, w)
        tallest = MAX_NOTE_SIZE if w >= MAX_NOTE_SIZE else min(MAX_NOTE_SIZE, max(height, w * TALL))
        if needed is not None and needed <= tallest:
            return w, max(height, float(math.ceil(needed)))
        if w >= MAX_NOTE_SIZE:
            return width, height
        w = min(float(MAX_NOTE_SIZE), float(math.ceil(w * WIDEN)))
