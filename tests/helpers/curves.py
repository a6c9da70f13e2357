"""Points along the batenlogica's arrow curves, to check what they pass."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from app.model.batenlogica.routing import Point, Segment
from app.model.layout import Rect


def curve_points(segments: Iterable[Segment], steps: int = 40) -> list[Point]:
    """Points along cubic Bézier segments, ``steps`` per segment, ends included."""
    points = []
    for (x0, y0), (x1, y1), (x2, y2), (x3, y3) in segments:
        for i in range(steps + 1):
            t = i / steps
            u = 1 - t
            a, b, c, d = u**3, 3 * u * u * t, 3 * u * t * t, t**3
            points.append((a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3))
    return points


def inside(point: Point, rect: Rect, margin: float = 1.0) -> bool:
    """Strictly inside ``rect`` shrunk by ``margin`` (touching an edge is not passing through)."""
    x, y = point
    return rect.x + margin < x < rect.right - margin and rect.y + margin < y < rect.bottom - margin


def crossed(points: Sequence[Point], rects: Iterable[Rect]) -> list[Rect]:
    return [r for r in rects if any(inside(p, r) for p in points)]
