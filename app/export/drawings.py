"""Figures as vector graphics in the PDF: a flowable that paints a figure's shapes, scaled to fit.

It paints straight onto the reportlab canvas (no intermediate Drawing tree),
sets colours and fonts only when they change and writes runs of text as one
text object, which keeps a report with thousands of post-its fast. It paints
nothing on the draft passes that only lay out the pages (``app.export.draft``).
"""

from __future__ import annotations

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

from app.export.draft import drafting
from app.export.figures import Box, Curve, Figure, Polygon, Shape, Text, text_width


def fit_scale(figure: Figure, width: float, height: float) -> float:
    """The scale that fits the figure into ``width`` × ``height`` points."""
    return min(width / figure.bounds.w, height / figure.bounds.h)


class _Pen:
    """The canvas state a figure changes, so each change is written once."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.fill: str | None = None
        self.stroke: tuple[str, float, tuple[float, ...]] | None = None
        self.colours: dict[str, Color] = {}

    def colour(self, value: str) -> Color:
        colour = self.colours.get(value)
        if colour is None:
            colour = self.colours[value] = HexColor(value)
        return colour

    def set_fill(self, value: str) -> None:
        if value != self.fill:
            self.canvas.setFillColor(self.colour(value))
            self.fill = value

    def set_stroke(self, value: str, width: float, dash: tuple[float, ...] = ()) -> None:
        if (value, width, dash) != self.stroke:
            self.canvas.setStrokeColor(self.colour(value))
            self.canvas.setLineWidth(width)
            self.canvas.setDash(list(dash))
            self.stroke = (value, width, dash)


class FigureFlowable(Flowable):
    """A figure at most ``width`` × ``height`` points, proportions kept."""

    def __init__(self, figure: Figure, width: float, height: float) -> None:
        super().__init__()
        self.figure = figure
        self.scale = fit_scale(figure, width, height)
        self.width = figure.bounds.w * self.scale
        self.height = figure.bounds.h * self.scale

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def px(self, x: float) -> float:
        return (x - self.figure.bounds.x) * self.scale

    def py(self, y: float) -> float:
        return (self.figure.bounds.bottom - y) * self.scale

    def draw(self) -> None:
        if drafting(self.canv):
            return
        self.canv.saveState()
        clip = self.canv.beginPath()
        clip.rect(0, 0, self.width, self.height)
        self.canv.clipPath(clip, stroke=0, fill=0)  # a cropped figure ends at its edge
        pen = _Pen(self.canv)
        text: PDFTextObject | None = None
        for shape in self.figure.shapes:
            if isinstance(shape, Text):
                if text is None:
                    text = self.canv.beginText()
                self._text(text, shape, pen)
                continue
            if text is not None:
                self.canv.drawText(text)
                text = None
            self._shape(shape, pen)
        if text is not None:
            self.canv.drawText(text)
        self.canv.restoreState()

    def _text(self, text: PDFTextObject, shape: Text, pen: _Pen) -> None:
        size = shape.size * self.scale
        text.setFont(shape.face, size)
        if shape.colour != pen.fill:
            text.setFillColor(pen.colour(shape.colour))
            pen.fill = shape.colour
        for i, line in enumerate(shape.lines):
            x = self.px(shape.x)
            if shape.centred:
                x -= text_width(line, shape.face, shape.size) * self.scale / 2
            text.setTextOrigin(x, self.py(shape.baseline(i)))
            text.textOut(line)

    def _shape(self, shape: Shape, pen: _Pen) -> None:
        canvas, s, px, py = self.canv, self.scale, self.px, self.py
        if isinstance(shape, Box):
            r = shape.rect
            if shape.fill:
                pen.set_fill(shape.fill)
            if shape.stroke:
                pen.set_stroke(
                    shape.stroke, shape.width * s, tuple(d * s for d in shape.dash or ())
                )
            stroke, fill = int(shape.stroke is not None), int(shape.fill is not None)
            if shape.radius:
                canvas.roundRect(px(r.x), py(r.bottom), r.w * s, r.h * s, shape.radius * s,
                                 stroke, fill)  # fmt: skip
            else:
                canvas.rect(px(r.x), py(r.bottom), r.w * s, r.h * s, stroke, fill)
        elif isinstance(shape, Curve):
            (x1, y1), (x2, y2), (x3, y3), (x4, y4) = shape.points
            pen.set_stroke(shape.colour, shape.width * s)
            canvas.bezier(px(x1), py(y1), px(x2), py(y2), px(x3), py(y3), px(x4), py(y4))
        elif isinstance(shape, Polygon):
            path = canvas.beginPath()
            (first_x, first_y), *rest = shape.points
            path.moveTo(px(first_x), py(first_y))
            for x, y in rest:
                path.lineTo(px(x), py(y))
            path.close()
            pen.set_fill(shape.fill)
            canvas.drawPath(path, stroke=0, fill=1)
