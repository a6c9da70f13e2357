"""Pictures as plain shapes in scene units (y down), drawn by reportlab and by Qt alike.

A figure of a board or of the batenlogica is computed once here; the PDF
renderer (``drawings``) and the PNG/SVG renderer (``pictures``) only paint
its shapes, so both show exactly the same picture.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

from app.export import fonts
from app.model.layout import Rect

ASCENT = 0.93  # DejaVu Sans ascent as a fraction of the font size
ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class Box:
    rect: Rect
    fill: str | None
    stroke: str | None = "#444444"
    width: float = 1.0
    dash: tuple[float, ...] | None = None
    radius: float = 0.0


@dataclass(frozen=True, slots=True)
class Text:
    """Lines of text; ``x``/``y`` is the top-left of the first line (or its centre top)."""

    x: float
    y: float
    lines: tuple[str, ...]
    size: float
    face: str = fonts.REGULAR
    colour: str = "#222222"
    centred: bool = False

    @property
    def leading(self) -> float:
        return self.size * 1.2

    def baseline(self, index: int) -> float:
        return self.y + ASCENT * self.size + index * self.leading


@dataclass(frozen=True, slots=True)
class Curve:
    """A cubic Bézier curve from ``points[0]`` to ``points[3]``."""

    points: tuple[tuple[float, float], ...]
    colour: str
    width: float


@dataclass(frozen=True, slots=True)
class Polygon:
    points: tuple[tuple[float, float], ...]
    fill: str


Shape = Box | Text | Curve | Polygon


@dataclass
class Figure:
    bounds: Rect
    shapes: list[Shape] = field(default_factory=list)


@lru_cache(maxsize=200_000)
def text_width(text: str, face: str, size: float) -> float:
    """Width in points; cached, as a board measures the same words at the same sizes often."""
    return stringWidth(text, face, size)


def wrap(text: str, face: str, size: float, width: float) -> list[str]:
    """Greedy word wrap to ``width``; a word longer than a line is broken between characters."""
    lines: list[str] = []
    space = text_width(" ", face, size)
    for paragraph in text.split("\n"):
        line, line_w = "", 0.0
        for word in paragraph.split():
            word_w = text_width(word, face, size)
            if line and line_w + space + word_w <= width:
                line, line_w = f"{line} {word}", line_w + space + word_w
                continue
            if line:
                lines.append(line)
            while word_w > width and len(word) > 1:
                cut = _longest_prefix(word, face, size, width)
                lines.append(word[:cut])
                word = word[cut:]
                word_w = text_width(word, face, size)
            line, line_w = word, word_w
        lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _longest_prefix(word: str, face: str, size: float, width: float) -> int:
    cut = 1
    while cut < len(word) and text_width(word[: cut + 1], face, size) <= width:
        cut += 1
    return cut


@lru_cache(maxsize=20_000)
def fit(
    text: str, face: str, size: float, min_size: float, width: float, height: float
) -> tuple[tuple[str, ...], float]:
    """Wrap ``text`` into a box, shrinking the font to ``min_size`` at most, then cutting with …"""
    words = text.split()
    while True:
        lines = wrap(text, face, size, width)
        fits = len(lines) * size * 1.2 <= height
        fits = fits and all(text_width(w, face, size) <= width for w in words)
        if fits or size <= min_size:
            break
        size = max(min_size, size * 0.88)
    rows = max(1, int(height // (size * 1.2)))
    if len(lines) > rows:
        lines = lines[:rows]
        last = lines[-1]
        while last and text_width(last + ELLIPSIS, face, size) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + ELLIPSIS
    return tuple(lines), size


def fitted_text(
    text: str,
    rect: Rect,
    size: float,
    min_size: float,
    face: str = fonts.REGULAR,
    centred: bool = False,
    colour: str = "#222222",
) -> Text:
    """A text shape filling ``rect`` from its top."""
    lines, used = fit(text, face, size, min_size, rect.w, rect.h)
    x = rect.x + rect.w / 2 if centred else rect.x
    return Text(x, rect.y, lines, used, face, colour, centred)


def arrow_head(
    tip: tuple[float, float], toward: tuple[float, float], size: float, colour: str
) -> Polygon:
    """A filled triangle at ``tip``, pointing away from ``toward``."""
    dx, dy = tip[0] - toward[0], tip[1] - toward[1]
    length = (dx * dx + dy * dy) ** 0.5 or 1.0
    ux, uy = dx / length, dy / length
    bx, by = tip[0] - ux * size, tip[1] - uy * size
    half = size * 0.45
    return Polygon(
        (tip, (bx - uy * half, by + ux * half), (bx + uy * half, by - ux * half)), colour
    )


def grow(rect: Rect, margin: float) -> Rect:
    return Rect(rect.x - margin, rect.y - margin, rect.w + 2 * margin, rect.h + 2 * margin)


def extent(shape: Shape) -> Rect:
    """The area a shape covers, in scene units."""
    if isinstance(shape, Box):
        return shape.rect
    if isinstance(shape, Text):
        width = max((text_width(line, shape.face, shape.size) for line in shape.lines), default=0)
        x = shape.x - width / 2 if shape.centred else shape.x
        return Rect(x, shape.y, width, len(shape.lines) * shape.leading)
    xs = [x for x, _ in shape.points]
    ys = [y for _, y in shape.points]
    return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def crop(figure: Figure, region: Rect) -> Figure:
    """The part of ``figure`` inside ``region``: the shapes that reach into it (the page clips)."""

    def reaches(r: Rect) -> bool:
        return (
            r.x <= region.right
            and region.x <= r.right
            and r.y <= region.bottom
            and (region.y <= r.bottom)
        )

    return Figure(region, [s for s in figure.shapes if reaches(extent(s))])
