"""Fitting a post-it's text into its box: wrap, hyphenate, shrink the font, elide if need be."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from app.ui.board.wrap import wrap_words

FAMILY = "DejaVu Sans"
LARGEST_PX = 26
SMALLEST_PX = 11


@dataclass(frozen=True)
class FittedText:
    """Lines ready to draw: the font and each line's baseline origin and text."""

    font: QFont
    lines: tuple[tuple[QPointF, str], ...]
    elided: bool


def note_font(pixel_size: int, bold: bool = False) -> QFont:
    font = QFont(FAMILY)
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def _lines(text: str, font: QFont, width: float) -> tuple[tuple[str, ...], bool]:
    """Whole words, Dutch syllable hyphenation for words too long for a line; (lines, cut)."""
    wrapped = wrap_words(text, width, QFontMetricsF(font).horizontalAdvance)
    return wrapped.lines, wrapped.broken_mid_syllable


def _largest(
    text: str, width: float, height: float, largest: int, allow_cut: bool
) -> tuple[QFont, tuple[str, ...]] | None:
    """Binary search for the largest pixel size at which ``text`` fits; None if none does."""
    low, high = SMALLEST_PX, largest
    best: tuple[QFont, tuple[str, ...]] | None = None
    while low <= high:
        size = (low + high) // 2
        font = note_font(size)
        lines, cut = _lines(text, font, width)
        if len(lines) * QFontMetricsF(font).lineSpacing() <= height and (allow_cut or not cut):
            best = (font, lines)
            low = size + 1
        else:
            high = size - 1
    return best


def fit_text(text: str, width: float, height: float, largest: int = LARGEST_PX) -> FittedText:
    """The largest font size up to ``largest`` at which ``text`` fits ``width`` x ``height``.

    The board passes one ``largest`` for all its notes, so notes whose text fits
    show it at the same size; only a note with more text than fits shrinks.
    Words are kept whole; a word wider than a line breaks at a syllable
    boundary with a hyphen (cut between letters only if no boundary fits).
    Below the smallest size the text is cut after the last line that fits,
    and that line ends in an ellipsis.
    """
    text = text.strip()
    best = _largest(text, width, height, largest, allow_cut=False)
    best = best or _largest(text, width, height, largest, allow_cut=True)
    elided = best is None
    if best is None:
        font = note_font(SMALLEST_PX)
        best = (font, _lines(text, font, width)[0])
    font, all_lines = best
    metrics = QFontMetricsF(font)
    step = metrics.lineSpacing()
    shown = list(all_lines[: max(1, int(height // step))])
    if elided and len(shown) < len(all_lines):
        rest = " ".join(all_lines[len(shown) - 1 :])
        shown[-1] = metrics.elidedText(rest + " …", Qt.TextElideMode.ElideRight, width)
        if not shown[-1].endswith("…"):
            shown[-1] = metrics.elidedText(shown[-1] + "…", Qt.TextElideMode.ElideLeft, width)
    top = max(0.0, (height - len(shown) * step) / 2)
    ascent = metrics.ascent()
    lines = tuple(
        (QPointF((width - metrics.horizontalAdvance(line)) / 2, top + i * step + ascent), line)
        for i, line in enumerate(shown)
    )
    return FittedText(font, lines, elided)


def fit_line(text: str, width: float, largest: int, smallest: int) -> tuple[QFont, str]:
    """A bold one-line label: the largest size up to ``largest`` that fits, else elided."""
    for size in range(largest, smallest - 1, -2):
        font = note_font(size, bold=True)
        if QFontMetricsF(font).horizontalAdvance(text) <= width:
            return font, text
    font = note_font(smallest, bold=True)
    return font, QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
