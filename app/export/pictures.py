"""PNG and SVG pictures of one board or of the batenlogica, for slides, painted with Qt.

The shapes are the same figures the PDF report draws (``board_figure``,
``logic_figure``), painted with QPainter onto a QImage or a QSvgGenerator in
the embedded font, so a picture looks exactly like its page in the report.
``scale`` is pixels per scene unit: 1.0 gives the board at its size on screen,
2.0 a sharper picture for a large projector.
"""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtSvg import QSvgGenerator

from app.export import fonts
from app.export.board_figure import board_figure
from app.export.data import ReportData
from app.export.figures import Box, Curve, Figure, Polygon, Text, text_width
from app.export.files import ExportError, atomic_target
from app.export.logic_figure import logic_figure
from app.export.reading import read_report_data
from app.model.errors import WorkshopError
from app.model.store import WorkshopStore

MAX_SIDE = 16_000  # pixels; larger images exhaust memory on a school laptop
FONT_PX = 100  # text is drawn at this pixel size and scaled, for fractional sizes


class HasStore(Protocol):
    store: WorkshopStore


Source = WorkshopStore | HasStore


def _store(source: Source) -> WorkshopStore:
    return source if isinstance(source, WorkshopStore) else source.store


@cache
def _families() -> dict[str, str]:
    """Load the embedded faces into Qt once; face name -> family name."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("pictures need a running QGuiApplication")
    families = {}
    for face in fonts.FACES:
        font_id = QFontDatabase.addApplicationFont(str(fonts.font_file(face)))
        names = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        families[face] = names[0] if names else fonts.FAMILY
    return families


def _font(face: str) -> QFont:
    font = QFont(_families()[face])
    font.setPixelSize(FONT_PX)
    font.setBold(face == fonts.BOLD)
    font.setItalic(face == fonts.ITALIC)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(False)  # reportlab measured the lines without kerning
    return font


def _pen(colour: str | None, width: float, dash: tuple[float, ...] | None = None) -> QPen:
    if colour is None:
        return QPen(Qt.PenStyle.NoPen)
    pen = QPen(QColor(colour), width)
    if dash:
        pen.setDashPattern([d / width for d in dash])
    return pen


def _brush(colour: str | None) -> QBrush:
    return QBrush(QColor(colour)) if colour else QBrush(Qt.BrushStyle.NoBrush)


def paint(figure: Figure, painter: QPainter) -> None:
    """Paint the figure's shapes in scene units, its top-left corner at the origin."""
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.translate(-figure.bounds.x, -figure.bounds.y)
    for shape in figure.shapes:
        if isinstance(shape, Box):
            r = shape.rect
            painter.setPen(_pen(shape.stroke, shape.width, shape.dash))
            painter.setBrush(_brush(shape.fill))
            painter.drawRoundedRect(QRectF(r.x, r.y, r.w, r.h), shape.radius, shape.radius)
        elif isinstance(shape, Text):
            _text(painter, shape)
        elif isinstance(shape, Curve):
            (x1, y1), (x2, y2), (x3, y3), (x4, y4) = shape.points
            path = QPainterPath(QPointF(x1, y1))
            path.cubicTo(QPointF(x2, y2), QPointF(x3, y3), QPointF(x4, y4))
            painter.setPen(_pen(shape.colour, shape.width))
            painter.setBrush(_brush(None))
            painter.drawPath(path)
        elif isinstance(shape, Polygon):
            painter.setPen(_pen(None, 0))
            painter.setBrush(_brush(shape.fill))
            painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in shape.points]))


def _text(painter: QPainter, text: Text) -> None:
    painter.setFont(_font(text.face))
    painter.setPen(QColor(text.colour))
    factor = text.size / FONT_PX
    for i, line in enumerate(text.lines):
        offset = text_width(line, text.face, FONT_PX) / 2 if text.centred else 0.0
        painter.save()
        painter.translate(text.x, text.baseline(i))
        painter.scale(factor, factor)
        painter.drawText(QPointF(-offset, 0.0), line)
        painter.restore()


def pixel_size(figure: Figure, scale: float) -> QSize:
    """The picture's size in pixels; refuses sizes no laptop can hold."""
    if not (scale > 0 and math.isfinite(scale)):
        raise WorkshopError("The scale must be a positive number, not {scale}.", scale=scale)
    width = max(1, math.ceil(figure.bounds.w * scale))
    height = max(1, math.ceil(figure.bounds.h * scale))
    if max(width, height) > MAX_SIDE:
        raise WorkshopError(
            "The picture would be {width} × {height} pixels; choose a smaller scale "
            "(at most {most} pixels a side).",
            width=width,
            height=height,
            most=MAX_SIDE,
        )
    return QSize(width, height)


def write_png(
    figure: Figure, path: Path | str, scale: float = 1.0, workshop: Path | None = None
) -> Path:
    path = Path(path)
    size = pixel_size(figure, scale)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    paint(figure, painter)
    painter.end()
    with atomic_target(path, workshop) as temp:
        if not image.save(temp, "PNG"):
            raise ExportError(path, "the picture could not be written")
    return path


def write_svg(
    figure: Figure,
    path: Path | str,
    scale: float = 1.0,
    title: str = "",
    workshop: Path | None = None,
) -> Path:
    path = Path(path)
    size = pixel_size(figure, scale)
    with atomic_target(path, workshop) as temp:
        generator = QSvgGenerator()
        generator.setFileName(temp)
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(title)
        generator.setDescription("Bruinpapier")
        painter = QPainter()
        if not painter.begin(generator):
            raise ExportError(path, "the picture could not be written")
        painter.scale(scale, scale)
        paint(figure, painter)
        painter.end()
    return path


def board_picture(data: ReportData, round_id: int) -> Figure:
    for _, rnd in data.rounds():
        if rnd.id == round_id:
            figure = board_figure(rnd)
            if figure is None:
                raise WorkshopError(
                    "Round “{title}” has nothing on its board yet.", title=rnd.title
                )
            return figure
    raise WorkshopError("Round {round} no longer exists.", round=round_id)


def logic_picture(data: ReportData) -> Figure:
    figure = logic_figure(data.logic, data.themes)
    if figure is None:
        raise WorkshopError("The batenlogica is still empty.")
    return figure


def export_board_png(source: Source, round_id: int, path: Path | str, scale: float = 1.0) -> Path:
    """A PNG of one round's board (``source``: a WorkshopStore or a ui Document)."""
    store = _store(source)
    return write_png(board_picture(read_report_data(store), round_id), path, scale, store.source)


def export_board_svg(source: Source, round_id: int, path: Path | str, scale: float = 1.0) -> Path:
    store = _store(source)
    figure = board_picture(read_report_data(store), round_id)
    return write_svg(figure, path, scale, "Bruin papier", store.source)


def export_logic_png(source: Source, path: Path | str, scale: float = 1.0) -> Path:
    store = _store(source)
    return write_png(logic_picture(read_report_data(store)), path, scale, store.source)


def export_logic_svg(source: Source, path: Path | str, scale: float = 1.0) -> Path:
    store = _store(source)
    return write_svg(
        logic_picture(read_report_data(store)), path, scale, "Batenlogica", store.source
    )
