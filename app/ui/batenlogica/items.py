"""Scene items of the batenlogica: node boxes, arrows, theme bands and column headers.

Items draw a row's state and report gestures; they never write to the model.
Node positions are the boxes' centres, as the model's layout stores them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsPathItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.model.batenlogica.layout import BAND_PAD, BAND_TITLE, node_size
from app.model.batenlogica.routing import Segment, tip
from app.model.kinds import LogicKind

INK = QColor("#1f2328")
MUTED_INK = QColor("#57606a")
PROBLEM = QColor("#c62828")
ACCENT = QColor("#0b63c5")
FILL: dict[LogicKind, QColor] = {
    LogicKind.OPLOSSING: QColor("#e6daf5"),
    LogicKind.ACTIVITEIT: QColor("#cfe3fa"),
    LogicKind.BAAT: QColor("#d3edcf"),
    LogicKind.BEDOELING: QColor("#ffe3b3"),
    LogicKind.WERKDRUK: QColor("#ffd0d6"),
}
BORDER: dict[LogicKind, QColor] = {
    LogicKind.OPLOSSING: QColor("#6a4c93"),
    LogicKind.ACTIVITEIT: QColor("#2f6db3"),
    LogicKind.BAAT: QColor("#3b7d34"),
    LogicKind.BEDOELING: QColor("#b36b00"),
    LogicKind.WERKDRUK: QColor("#b3243a"),
}
EDGE = QColor("#5b6470")
DIMMED = 0.18
LABEL_PX = 20
TAG_PX = 13
HANDLE_R = 9.0
RADIUS = 12.0


KIND_NAMES: dict[LogicKind, str] = {
    LogicKind.OPLOSSING: QT_TRANSLATE_NOOP("LogicKind", "solution"),
    LogicKind.ACTIVITEIT: QT_TRANSLATE_NOOP("LogicKind", "activity"),
    LogicKind.BAAT: QT_TRANSLATE_NOOP("LogicKind", "benefit"),
    LogicKind.BEDOELING: QT_TRANSLATE_NOOP("LogicKind", "purpose"),
    LogicKind.WERKDRUK: QT_TRANSLATE_NOOP("LogicKind", "workload"),
}


def kind_name(kind: LogicKind) -> str:
    """The kind's name in the interface language (English source, Dutch from the translations)."""
    return QCoreApplication.translate("LogicKind", KIND_NAMES[kind])


def _font(px: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(px)
    font.setBold(bold)
    return font


def _fitted_font(text: str, rect: QRectF, px: int) -> QFont:
    """The largest font up to ``px`` pixels whose wrapped text fits ``rect``."""
    flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    size = px
    while size > 9:
        font = _font(size)
        bound = QFontMetricsF(font).boundingRect(rect, flags, text)
        if bound.height() <= rect.height() and bound.width() <= rect.width() + 0.5:
            return font
        size -= 1
    return _font(size)


class NodeItem(QGraphicsObject):
    """One logic_node: a rounded box in its kind's colour, label wrapped inside.

    A handle on the right edge starts a new arrow. Problems the analysis found
    show as a red corner mark and in the tooltip.
    """

    def __init__(self, row: dict[str, Any]) -> None:
        super().__init__()
        self.node_id: int = row["id"]
        self.row = dict(row)
        self.problems: list[str] = []
        self.tag_suffix = ""
        self.sources = 0
        self.hovered = False
        self._font: QFont | None = None
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setAcceptHoverEvents(True)
        self.setZValue(10)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.sync(row)

    @property
    def kind(self) -> LogicKind:
        return LogicKind(self.row["kind"])

    def size(self) -> tuple[float, float]:
        return node_size(self.kind)

    def box(self) -> QRectF:
        w, h = self.size()
        return QRectF(-w / 2, -h / 2, w, h)

    def scene_box(self) -> QRectF:
        return self.box().translated(self.pos())

    def boundingRect(self) -> QRectF:
        return self.box().adjusted(-4, -12, HANDLE_R + 12, 4)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)
        path.addRoundedRect(self.box(), RADIUS, RADIUS)
        path.addEllipse(self.handle_centre(), HANDLE_R, HANDLE_R)
        return path

    def handle_centre(self) -> QPointF:
        return QPointF(self.box().right(), 0.0)

    def on_handle(self, scene_point: QPointF) -> bool:
        delta = self.mapFromScene(scene_point) - self.handle_centre()
        return math.hypot(delta.x(), delta.y()) <= HANDLE_R + 3

    def sync(self, row: dict[str, Any]) -> None:
        """Take over a row's values (after a change notification)."""
        self.prepareGeometryChange()
        self.row.update(row)
        self._font = None
        self.setPos(self.row["x"], self.row["y"])
        self.setToolTip(self.tooltip())
        self.update()

    def set_marks(self, problems: list[str], tag_suffix: str, sources: int) -> None:
        if (problems, tag_suffix, sources) != (self.problems, self.tag_suffix, self.sources):
            self.problems, self.tag_suffix, self.sources = problems, tag_suffix, sources
            self.setToolTip(self.tooltip())
            self.update()

    def tooltip(self) -> str:
        lines = [self.row["label"]] + [f"⚠ {p}" for p in self.problems]
        return "\n".join(lines)

    def label_rect(self) -> QRectF:
        return self.box().adjusted(10, 20, -10, -5)

    def label_px(self) -> int:
        """The label's pixel size in scene units (the projection zooms until it is legible)."""
        if self._font is None:
            self._font = _fitted_font(self.row["label"], self.label_rect(), LABEL_PX)
        return self._font.pixelSize()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        kind = self.kind
        box = self.box()
        selected = self.isSelected()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = 3.0 if kind == LogicKind.BEDOELING else 1.6
        pen = QPen(ACCENT if selected else BORDER[kind], 4.0 if selected else width)
        if kind == LogicKind.WERKDRUK:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(FILL[kind]))
        painter.drawRoundedRect(box, RADIUS, RADIUS)
        painter.setPen(MUTED_INK)
        painter.setFont(_font(TAG_PX, bold=True))
        tag = kind_name(kind).upper() + self.tag_suffix
        painter.drawText(box.adjusted(12, 5, -30, 0), Qt.AlignmentFlag.AlignLeft, tag)
        if self._font is None:
            self._font = _fitted_font(self.row["label"], self.label_rect(), LABEL_PX)
        painter.setFont(self._font)
        painter.setPen(INK)
        painter.drawText(
            self.label_rect(),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            self.row["label"],
        )
        if self.sources:
            painter.setPen(MUTED_INK)
            painter.setFont(_font(TAG_PX))
            painter.drawText(
                box.adjusted(0, 5, -14, 0),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                f"✎{self.sources}",
            )
        if self.problems:
            corner = QPointF(box.right() - 2, box.top() + 2)
            painter.setPen(QPen(QColor("white"), 2))
            painter.setBrush(PROBLEM)
            painter.drawEllipse(corner, 11, 11)
            painter.setPen(QColor("white"))
            painter.setFont(_font(15, bold=True))
            mark = QRectF(corner.x() - 11, corner.y() - 11, 22, 22)
            painter.drawText(mark, Qt.AlignmentFlag.AlignCenter, "!")
        if selected or self.hovered:
            painter.setPen(QPen(ACCENT, 2))
            painter.setBrush(QColor("white"))
            painter.drawEllipse(self.handle_centre(), HANDLE_R, HANDLE_R)
            painter.drawLine(
                self.handle_centre() + QPointF(-4, 0), self.handle_centre() + QPointF(4, 0)
            )
            painter.drawLine(
                self.handle_centre() + QPointF(0, -4), self.handle_centre() + QPointF(0, 4)
            )

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            scene = self.scene()
            if scene is not None and hasattr(scene, "node_moved"):
                scene.node_moved(self)
        return super().itemChange(change, value)

    def hoverEnterEvent(self, event: Any) -> None:
        self.hovered = True
        scene = self.scene()
        if scene is not None and hasattr(scene, "hover"):
            scene.hover(self.node_id)
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: Any) -> None:
        self.hovered = False
        scene = self.scene()
        if scene is not None and hasattr(scene, "hover"):
            scene.hover(None)
        self.update()
        super().hoverLeaveEvent(event)


def painter_path(segments: Sequence[Segment]) -> QPainterPath:
    """The arrow's curve (computed by the model's ``routing``) as a Qt path."""
    path = QPainterPath(QPointF(*segments[0][0]))
    for _start, c1, c2, end in segments:
        path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
    return path


class EdgeItem(QGraphicsPathItem):
    """One logic_edge: a curve with an arrowhead from cause to effect."""

    HEAD = 14.0

    def __init__(self, edge_id: int, cause: int, effect: int) -> None:
        super().__init__()
        self.edge_id = edge_id
        self.cause = cause
        self.effect = effect
        self.backward = False
        self._head = QPolygonF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(2)
        self.set_emphasis(None)

    def route(self, segments: Sequence[Segment]) -> None:
        path = painter_path(segments)
        (x, y), angle = tip(segments)
        end = QPointF(x, y)
        head = min(self.HEAD, path.length() * 0.6)
        back = QPointF(math.cos(angle), math.sin(angle)) * head
        side = QPointF(-math.sin(angle), math.cos(angle)) * (head * 0.45)
        self._head = QPolygonF([end, end - back + side, end - back - side])
        self.setPath(path)

    def set_emphasis(self, lit: bool | None) -> None:
        """None: normal; True: on the highlighted path; False: dimmed."""
        colour = PROBLEM if self.backward else EDGE
        width = 2.2
        if lit:
            colour, width = ACCENT, 4.0
        pen = QPen(colour, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if self.backward:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.setOpacity(DIMMED if lit is False else 1.0)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(14)
        return stroker.createStroke(self.path())

    def boundingRect(self) -> QRectF:
        return super().boundingRect().united(self._head.boundingRect()).adjusted(-4, -4, 4, 4)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.pen())
        if self.isSelected():
            pen.setColor(ACCENT)
            pen.setWidthF(5.0)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(pen.color())
        painter.drawPolygon(self._head)


class ThemeBandItem(QGraphicsItem):
    """A tinted box behind a theme's activities, titled with the theme's name."""

    def __init__(self, theme_id: int) -> None:
        super().__init__()
        self.theme_id = theme_id
        self.title = ""
        self.colour = QColor("#f2f2f2")
        self._rect = QRectF()
        self.setZValue(-5)

    def set_frame(self, members: QRectF, title: str, colour: str) -> None:
        self.prepareGeometryChange()
        self._rect = members.adjusted(-BAND_PAD, -BAND_PAD - BAND_TITLE, BAND_PAD, BAND_PAD)
        self.title = title
        base = QColor(colour) if QColor.isValidColorName(colour) else QColor("#d0d0d0")
        self.colour = base
        self.update()

    def frame(self) -> QRectF:
        """The drawn outline, which arrows keep clear of (as in the report)."""
        return self._rect

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def _title_rect(self) -> QRectF:
        title = self._rect.adjusted(14, 4, -14, 0)
        title.setHeight(BAND_TITLE - 4)
        return title

    def title_px(self) -> int:
        """The title's pixel size in scene units: up to 16, smaller for a long name."""
        width = self._title_rect().width()
        size = 16
        while size > 11 and QFontMetricsF(_font(size, True)).horizontalAdvance(self.title) > width:
            size -= 1
        return size

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(self.colour)
        fill.setAlpha(110)
        edge = self.colour.darker(150)
        painter.setPen(QPen(edge, 1.5))
        painter.setBrush(fill)
        painter.drawRoundedRect(self._rect, 16, 16)
        painter.setPen(edge.darker(160))
        title = self._title_rect()
        painter.setFont(_font(self.title_px(), bold=True))
        text = painter.fontMetrics().elidedText(
            self.title, Qt.TextElideMode.ElideRight, int(title.width())
        )
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(title, flags, text)


class ColumnItem(QGraphicsItem):
    """A column's header and its faint background stripe, from the top of the diagram down."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title
        self._rect = QRectF()
        self.setZValue(-10)

    def set_span(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._rect = rect
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 10))
        painter.drawRoundedRect(self._rect, 18, 18)
        painter.setPen(INK)
        painter.setFont(_font(26, bold=True))
        header = QRectF(self._rect.left(), self._rect.top() + 10, self._rect.width(), 40)
        painter.drawText(header, Qt.AlignmentFlag.AlignCenter, self.title)
