"""Figures as reportlab vector drawings, scaled to fit a given space on the page."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Path, Rect, String
from reportlab.graphics.shapes import Polygon as RlPolygon
from reportlab.lib.colors import HexColor

from app.export.figures import Box, Curve, Dot, Figure, Polygon, Text


def fit_scale(figure: Figure, width: float, height: float) -> float:
    """The scale that fits the figure into ``width`` × ``height`` points."""
    return min(width / figure.bounds.w, height / figure.bounds.h)


def to_drawing(figure: Figure, width: float, height: float) -> Drawing:
    """The figure as a Drawing at most ``width`` × ``height`` points, proportions kept."""
    s = fit_scale(figure, width, height)
    x0, bottom = figure.bounds.x, figure.bounds.bottom
    drawing = Drawing(figure.bounds.w * s, figure.bounds.h * s)

    def px(x: float) -> float:
        return (x - x0) * s

    def py(y: float) -> float:
        return (bottom - y) * s

    colours: dict[str, HexColor] = {}

    def colour(value: str | None) -> HexColor | None:
        if value is None:
            return None
        if value not in colours:
            colours[value] = HexColor(value)
        return colours[value]

    for shape in figure.shapes:
        if isinstance(shape, Box):
            r = shape.rect
            drawing.add(
                Rect(
                    px(r.x),
                    py(r.bottom),
                    r.w * s,
                    r.h * s,
                    rx=shape.radius * s,
                    ry=shape.radius * s,
                    fillColor=colour(shape.fill),
                    strokeColor=colour(shape.stroke),
                    strokeWidth=shape.width * s,
                    strokeDashArray=[d * s for d in shape.dash] if shape.dash else None,
                )
            )
        elif isinstance(shape, Text):
            anchor = "middle" if shape.centred else "start"
            for i, line in enumerate(shape.lines):
                drawing.add(
                    String(
                        px(shape.x),
                        py(shape.baseline(i)),
                        line,
                        fontName=shape.face,
                        fontSize=shape.size * s,
                        fillColor=colour(shape.colour),
                        textAnchor=anchor,
                    )
                )
        elif isinstance(shape, Dot):
            drawing.add(
                Circle(
                    px(shape.cx),
                    py(shape.cy),
                    shape.r * s,
                    fillColor=colour(shape.fill),
                    strokeColor=colour(shape.stroke),
                    strokeWidth=0.8 * s,
                )
            )
        elif isinstance(shape, Curve):
            (x1, y1), (x2, y2), (x3, y3), (x4, y4) = shape.points
            path = Path(
                strokeColor=colour(shape.colour), strokeWidth=shape.width * s, fillColor=None
            )
            path.moveTo(px(x1), py(y1))
            path.curveTo(px(x2), py(y2), px(x3), py(y3), px(x4), py(y4))
            drawing.add(path)
        elif isinstance(shape, Polygon):
            points = [c for x, y in shape.points for c in (px(x), py(y))]
            drawing.add(RlPolygon(points, fillColor=colour(shape.fill), strokeColor=None))
    return drawing
