"""Fitting a post-it's text into its box: wrap, shrink the font, and elide only as a last resort."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

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


def _wrap(text: str, font: QFont, width: float) -> tuple[QTextLayout, float]:
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout, y


def fit_text(text: str, width: float, height: float) -> FittedText:
    """The largest font size at which ``text`` fits ``width`` x ``height``, centred.

    Below the smallest size the text is cut after the last line that fits,
    and that line ends in an ellipsis.
    """
    text = text.strip().replace("\n", "\u2028")
    low, high = SMALLEST_PX, LARGEST_PX
    best: tuple[QFont, QTextLayout, float] | None = None
    while low <= high:  # binary search on the pixel size
        size = (low + high) // 2
        font = note_font(size)
        layout, used = _wrap(text, font, width)
        if used <= height:
            best = (font, layout, used)
            low = size + 1
        else:
            high = size - 1
    elided = best is None
    if best is None:
        font = note_font(SMALLEST_PX)
        layout, used = _wrap(text, font, width)
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
        part = text[start : start + line.textLength()].replace("\u2028", "").rstrip()
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
