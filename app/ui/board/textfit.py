"""Fitting a post-it's text into its box: wrap, shrink the font, and elide only as a last resort."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

FAMILY = "DejaVu Sans"
LARGEST_PX = 26
SMALLEST_PX = 11
WHOLE_WORDS_PX = 16


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


def _wrap(
    text: str, font: QFont, width: float, mode: QTextOption.WrapMode
) -> tuple[QTextLayout, float, float]:
    """Lay ``text`` out in lines of ``width``; its layout, height and widest line."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(mode)
    layout.setTextOption(option)
    layout.beginLayout()
    y = widest = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
        widest = max(widest, line.naturalTextWidth())
    layout.endLayout()
    return layout, y, widest


def _largest(
    text: str, width: float, height: float, mode: QTextOption.WrapMode
) -> tuple[QFont, QTextLayout, float] | None:
    """Binary search for the largest pixel size at which ``text`` fits; None if none does."""
    low, high = SMALLEST_PX, LARGEST_PX
    best: tuple[QFont, QTextLayout, float] | None = None
    while low <= high:
        size = (low + high) // 2
        font = note_font(size)
        layout, used, widest = _wrap(text, font, width, mode)
        if used <= height and widest <= width + 0.5:
            best = (font, layout, used)
            low = size + 1
        else:
            high = size - 1
    return best


def fit_text(text: str, width: float, height: float) -> FittedText:
    """The largest font size at which ``text`` fits ``width`` x ``height``, centred.

    Words are kept whole unless that needs a size below ``WHOLE_WORDS_PX`` and
    breaking a long word allows a larger one.
    Below the smallest size the text is cut after the last line that fits,
    and that line ends in an ellipsis.
    """
    text = text.strip().replace("\n", "\u2028")
    best = _largest(text, width, height, QTextOption.WrapMode.WordWrap)
    anywhere = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
    if best is None or best[0].pixelSize() < WHOLE_WORDS_PX:
        broken = _largest(text, width, height, anywhere)
        if broken is not None and (best is None or broken[0].pixelSize() > best[0].pixelSize()):
            best = broken
    elided = best is None
    if best is None:
        font = note_font(SMALLEST_PX)
        layout, used, _widest = _wrap(text, font, width, anywhere)
        best = (font, layout, used)
    font, layout, used = best
    metrics = QFontMetricsF(font)
    lines: list[tuple[QPointF, str]] = []
    top = max(0.0, (height - used) / 2)
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        if line.y() + line.height() > height:
            break
        start = line.textStart()
        end = start + line.textLength()
        part = text[start:end].replace("\u2028", "").rstrip()
        if 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
            part += "-"  # a long word broken across lines
        next_fits = (
            i + 1 < layout.lineCount()
            and layout.lineAt(i + 1).y() + layout.lineAt(i + 1).height() <= height
        )
        if elided and not next_fits and i + 1 < layout.lineCount():
            rest = text[start:].replace("\u2028", " ")
            part = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        x = (width - metrics.horizontalAdvance(part)) / 2
        lines.append((QPointF(x, top + line.y() + line.ascent()), part))
    return FittedText(font, tuple(lines), elided)


def fit_line(text: str, width: float, largest: int, smallest: int) -> tuple[QFont, str]:
    """A bold one-line label: the largest size up to ``largest`` that fits, else elided."""
    for size in range(largest, smallest - 1, -2):
        font = note_font(size, bold=True)
        if QFontMetricsF(font).horizontalAdvance(text) <= width:
            return font, text
    font = note_font(smallest, bold=True)
    return font, QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
