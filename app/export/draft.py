"""Draft passes: the contents needs the document laid out more than once, but painted only once.

The report lays out its pages on a :class:`DraftCanvas` until the contents'
page numbers settle, then paints the final pass on a real canvas. The
flowables that cost the most to paint check :func:`drafting` and skip it.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph


def drafting(canvas: Canvas) -> bool:
    """Whether ``canvas`` only serves to lay out pages, so painting on it is wasted."""
    return getattr(canvas, "draft", False)


class Para(Paragraph):
    """A Paragraph that breaks its lines once per width and skips painting on draft passes.

    Paragraph.wrap depends on the width only, and every pass wraps the same
    paragraph at the same width, so the line breaking is kept between passes.
    """

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        cached = self._wrapped is not None and self._wrapped[0] == available_width
        if not (cached and hasattr(self, "blPara")):  # split() drops blPara to force a re-wrap
            self._wrapped = (available_width, super().wrap(available_width, available_height))
        return self._wrapped[1]

    def draw(self) -> None:
        if not drafting(self.canv):
            super().draw()
