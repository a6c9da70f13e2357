"""Graphics items mirroring board rows by id: post-its, cluster frames and subgroup areas.

Items hold a copy of their row's values and change only through
:meth:`apply` (called by the scene on change notifications) or while a
gesture is in flight; they never write to the model.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.model.kinds import NoteKind
from app.model.layout import HEADER
from app.ui.board.badge import paint_vote_badge
from app.ui.board.palette import HIGHLIGHT, INK, SELECTION, ink_on, kind_label
from app.ui.board.textfit import FittedText, fit_line, fit_text, note_font

PAD = 8.0
KIND_PX = 12
KIND_BAND = 18.0
HANDLE = 18.0
READABLE_PX = 5.0
"""Below this many device pixels of text, items draw as plain shapes (level of detail)."""
TYPICAL_PX = 16
"""A post-it's usual text size: the level-of-detail switch decides on it without laying out."""
BOARD_TEXT_PX = 18
"""One text size for every post-it whose text fits at it; only fuller ones shrink."""
BADGE_PX = 14.0

SHADOW = QColor(40, 25, 10, 70)
EDGE = 4.0
CORNER = 18.0
"""How far in from an area's side its border, and from its bottom its rounded corners, reach."""
NOTE_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
)


def _lod(painter: QPainter) -> float:
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())


def _panel(
    painter: QPainter, rect: QRectF, radius: float, lod: float, fill: QColor, pen: QPen
) -> None:
    """A rounded, anti-aliased panel; a plain one when its curves would be under two pixels."""
    painter.setPen(pen)
    painter.setBrush(fill)
    rounded = lod * radius >= 2
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, rounded)
    if rounded:
        painter.drawRoundedRect(rect, radius, radius)
    else:
        painter.drawRect(rect)


def _outline(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


SELECTED_PEN = _outline(SELECTION, 3)
HIGHLIGHT_PEN = _outline(HIGHLIGHT, 5)


class NoteItem(QGraphicsItem):
    """A post-it: fill, fitted text, kind label, vote dots and, when selected, a resize grip."""

    def __init__(self, row: dict[str, Any]) -> None:
        super().__init__()
        self.row: dict[str, Any] = row
        self.fill = QColor("#fff59d")
        self.ink = INK
        self.highlighted = False
        self._fit: FittedText | None = None
        self._rect = QRectF(0, 0, row["w"], row["h"])
        self.setFlags(NOTE_FLAGS)
        self.setPos(row["x"], row["y"])

    @property
    def note_id(self) -> int:
        return self.row["id"]

    def apply(self, values: dict[str, Any]) -> None:
        """Take over changed column values of the row."""
        self.row.update(values)
        if "w" in values or "h" in values:
            self.prepareGeometryChange()
            self._rect = QRectF(0, 0, self.row["w"], self.row["h"])
        if {"w", "h", "text"} & values.keys():
            self._fit = None
        self.sync_position()

    def _changed(self) -> None:
        """Repaint, and tell the scene (its low-detail batches may hold this note)."""
        self.update()
        scene = self.scene()
        if scene is not None:
            scene.notes_changed(self)

    def sync_position(self) -> None:
        """Put the item back where its row says (after a refused or finished gesture)."""
        self.setPos(self.row["x"], self.row["y"])
        self._changed()

    def set_size(self, w: float, h: float) -> None:
        """Show a size while a resize gesture is in flight."""
        self.prepareGeometryChange()
        self._rect = QRectF(0, 0, w, h)
        self._fit = None
        self._changed()

    def sync_size(self) -> None:
        self.set_size(self.row["w"], self.row["h"])

    def set_fill(self, fill: QColor) -> None:
        self.fill = fill
        self.ink = ink_on(fill)
        self._changed()

    def set_highlighted(self, on: bool) -> None:
        self.highlighted = on
        self._changed()

    def rect(self) -> QRectF:
        return self._rect

    def drawn_px(self) -> int | None:
        """The text's pixel size as last drawn (None before the text is drawn)."""
        return None if self._fit is None else self._fit.font.pixelSize()

    def handle_rect(self) -> QRectF:
        r = self._rect
        return QRectF(r.right() - HANDLE, r.bottom() - HANDLE, HANDLE, HANDLE)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-4, -4, 8, 8)

    def shape(self) -> QPainterPath:
        """The paper only, so clicks and the rubber band ignore the shadow's margin."""
        path = QPainterPath()
        path.addRect(self._rect)
        return path

    def _text_box(self) -> QRectF:
        r = self._rect
        return QRectF(PAD, KIND_BAND + 2, r.width() - 2 * PAD, r.height() - KIND_BAND - 2 - PAD)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = _lod(painter)
        rect = self._rect
        if lod * TYPICAL_PX < READABLE_PX:
            painter.fillRect(rect, self.fill)
            if self.isSelected() or self.highlighted:
                painter.setPen(HIGHLIGHT_PEN if self.highlighted else SELECTED_PEN)
                painter.drawRect(rect)
            return
        painter.fillRect(rect.translated(3, 4), SHADOW)
        painter.fillRect(rect, self.fill)
        if self._fit is None:
            box = self._text_box()
            self._fit = fit_text(self.row["text"], box.width(), box.height(), BOARD_TEXT_PX)
        readable = lod * self._fit.font.pixelSize() >= READABLE_PX
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, readable)
        if readable:
            self._paint_text(painter)
        self._paint_kind(painter, lod)
        if self.row["votes"]:
            self._paint_votes(painter)
        if self.highlighted or self.isSelected():
            painter.setPen(HIGHLIGHT_PEN if self.highlighted else SELECTED_PEN)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
        if self.isSelected():
            self._paint_handle(painter)

    def _paint_text(self, painter: QPainter) -> None:
        fit = self._fit
        assert fit is not None
        box = self._text_box()
        painter.setFont(fit.font)
        painter.setPen(self.ink)
        for origin, line in fit.lines:
            painter.drawText(origin + box.topLeft(), line)

    def _paint_kind(self, painter: QPainter, lod: float) -> None:
        """The kind as a word in the top-left corner, so colour is never the only clue."""
        if lod * KIND_PX < READABLE_PX:
            return
        painter.setFont(KIND_FONT)
        ink = QColor(self.ink)
        ink.setAlphaF(0.65)
        painter.setPen(ink)
        painter.drawText(QPointF(PAD, PAD + KIND_PX), kind_label(NoteKind(self.row["kind"])))

    def _paint_votes(self, painter: QPainter) -> None:
        """The count as a badge in the kind band's right end, beside the text, never over it."""
        top_right = QPointF(self._rect.right() - PAD / 2, (KIND_BAND - BADGE_PX * 1.2) / 2 + 2)
        paint_vote_badge(painter, top_right, self.row["votes"], BADGE_PX, self.ink)

    def _paint_handle(self, painter: QPainter) -> None:
        r = self.handle_rect()
        grip = QPainterPath()
        grip.moveTo(r.bottomRight())
        grip.lineTo(r.topRight())
        grip.lineTo(r.bottomLeft())
        grip.closeSubpath()
        painter.fillPath(grip, SELECTION)


KIND_FONT = note_font(KIND_PX, bold=True)
TITLE_PX = 26
AREA_PX = 34
TITLE_FONT = note_font(TITLE_PX, bold=True)
AREA_FONT = note_font(AREA_PX, bold=True)


class ClusterItem(QGraphicsItem):
    """A titled frame behind its notes; grabbed by its title band or border."""

    BORDER = 10.0

    def __init__(self, row: dict[str, Any]) -> None:
        super().__init__()
        self.row: dict[str, Any] = {}
        self.colour = QColor("#fdf6e3")
        self._rect = QRectF()
        self._title_cache: tuple[object, tuple[QFont, str]] = (None, (TITLE_FONT, ""))
        self.setZValue(-1)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        )
        self.apply(row)

    @property
    def cluster_id(self) -> int:
        return self.row["id"]

    def apply(self, values: dict[str, Any]) -> None:
        self.row.update(values)
        self.prepareGeometryChange()
        self._rect = QRectF(0, 0, self.row["w"], self.row["h"])
        if self.row["colour"] and QColor.isValidColorName(self.row["colour"]):
            self.colour = QColor(self.row["colour"])
        self.sync_position()
        self.update()

    def sync_position(self) -> None:
        self.setPos(self.row["x"], self.row["y"])

    def rect(self) -> QRectF:
        return self._rect

    def title_rect(self) -> QRectF:
        return QRectF(0, 0, self._rect.width(), HEADER)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-4, -4, 4, 4)

    def shape(self) -> QPainterPath:
        """Only the title band and the border grab the mouse; the inside belongs to the notes."""
        ring = QPainterPath()
        ring.addRect(self._rect)
        stroker = QPainterPathStroker()
        stroker.setWidth(self.BORDER * 2)
        path = stroker.createStroke(ring)
        path.addRect(self.title_rect())
        return path.simplified()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = _lod(painter)
        fill = QColor(self.colour)
        fill.setAlpha(150)
        edge = self.colour.darker(170) if self.row["colour"] else QColor("#6d4c2f")
        pen = _outline(SELECTION if self.isSelected() else edge, 3 if self.isSelected() else 2)
        pen.setStyle(Qt.PenStyle.DashLine if not self.isSelected() else Qt.PenStyle.SolidLine)
        _panel(painter, self._rect, 14, lod, fill, pen)
        if lod * TITLE_FONT.pixelSize() < READABLE_PX:
            return
        title = self.row["title"]
        ink = QColor(INK)
        if not title:
            ink.setAlphaF(0.45)
        band = self.title_rect().adjusted(14, 0, -14, 0)
        font, shown = self._label(title or _placeholder(), band.width())
        painter.setFont(font)
        painter.setPen(ink)
        painter.drawText(band, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)

    def _label(self, text: str, width: float) -> tuple[QFont, str]:
        if self._title_cache[0] != (text, width):
            self._title_cache = ((text, width), fit_line(text, width, TITLE_PX, 14))
        return self._title_cache[1]


def _placeholder() -> str:
    return QCoreApplication.translate("Board", "Untitled cluster (double-click to name)")


class SubgroupAreaItem(QGraphicsItem):
    """A subgroup's labelled, tinted area of the paper; not selectable, so the paper stays paper."""

    ROOM = 600.0
    """Height kept in the bounds below the area, to grow into without a geometry change."""

    def __init__(self, row: dict[str, Any]) -> None:
        super().__init__()
        self.row: dict[str, Any] = {}
        self.colour = QColor("#f4a261")
        self._rect = QRectF()
        self._room = 0.0
        self._label_cache: tuple[object, tuple[QFont, str]] = (None, (AREA_FONT, ""))
        self.setZValue(-2)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.apply(row)

    @property
    def subgroup_id(self) -> int:
        return self.row["id"]

    def apply(self, values: dict[str, Any]) -> None:
        """Take over changed columns; an area that only grew taller repaints just the new strip.

        Its bounds keep ``ROOM`` of height in reserve: moving the bottom edge within
        them needs no geometry change, which would repaint the whole area with
        every post-it on it (a phone's note often adds a row).
        """
        self.row.update(values)
        rect = QRectF(0, 0, self.row["w"], self.row["h"])
        old = self._rect
        taller = rect.width() == old.width() and old.height() < rect.height() <= self._room
        if taller and self.pos() == QPointF(self.row["x"], self.row["y"]):
            self._rect = rect
            top = old.bottom() - CORNER - EDGE
            edge = 3 * EDGE
            self.update(QRectF(-edge, top, rect.width() + 2 * edge, rect.bottom() - top + edge))
            return
        self.prepareGeometryChange()
        self._rect = rect
        self._room = rect.height() + self.ROOM
        self.setPos(self.row["x"], self.row["y"])
        self.update()

    def set_colour(self, colour: QColor) -> None:
        self.colour = colour
        self.update()

    def _paint_straight(self, painter: QPainter, exposed: QRectF, tint: QColor) -> bool:
        """Repaint a part away from the title and the rounded corners: a fill and straight edges.

        Dragging a note repaints only the strip it uncovers; stroking the whole
        rounded outline of a tall area for that would cost more than the note.
        """
        r = self._rect
        below_title = exposed.top() >= HEADER
        above_corners = exposed.bottom() <= r.bottom() - CORNER
        if not (below_title and (above_corners or r.left() + CORNER <= exposed.left())):
            return False
        if not above_corners and exposed.right() > r.right() - CORNER:
            return False
        painter.fillRect(exposed.intersected(r), tint)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(_outline(self.colour.darker(130), 3))
        top = exposed.top()
        bottom = min(exposed.bottom(), r.bottom() - CORNER)
        for x in (r.left(), r.right()):
            if exposed.left() - EDGE <= x <= exposed.right() + EDGE and top < bottom:
                painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        if exposed.bottom() >= r.bottom() - EDGE:
            left = max(exposed.left(), r.left() + CORNER)
            right = min(exposed.right(), r.right() - CORNER)
            painter.drawLine(QPointF(left, r.bottom()), QPointF(right, r.bottom()))
        return True

    def rect(self) -> QRectF:
        return self._rect

    def boundingRect(self) -> QRectF:
        """The area and the room it may grow into (see :meth:`apply`)."""
        return QRectF(0, 0, self._rect.width(), self._room).adjusted(-3, -3, 3, 3)

    def shape(self) -> QPainterPath:
        """The area as drawn, without the room below it."""
        path = QPainterPath()
        path.addRect(self._rect.adjusted(-3, -3, 3, 3))
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not option.exposedRect.intersects(self._rect.adjusted(-3, -3, 3, 3)):
            return  # only the room below it
        lod = _lod(painter)
        tint = QColor(self.colour)
        tint.setAlpha(80)
        if self._paint_straight(painter, option.exposedRect, tint):
            return
        _panel(painter, self._rect, 18, lod, tint, _outline(self.colour.darker(130), 3))
        band = QRectF(0, 0, self._rect.width(), HEADER)
        header = QColor(self.colour)
        header.setAlpha(200)
        if lod * 18 < 2:
            painter.fillRect(band, header)
        else:  # rounded at the top only, in one fill so no part is blended twice
            tab = QPainterPath()
            tab.addRoundedRect(band.adjusted(0, 0, 0, 18), 18, 18)
            clip = QPainterPath()
            clip.addRect(band)
            painter.fillPath(tab.intersected(clip), header)
        if lod * AREA_FONT.pixelSize() < READABLE_PX:
            return
        text_band = band.adjusted(18, 0, -18, 0)
        key = (self.row["name"], text_band.width())
        if self._label_cache[0] != key:
            self._label_cache = (key, fit_line(self.row["name"], text_band.width(), AREA_PX, 20))
        font, shown = self._label_cache[1]
        painter.setFont(font)
        painter.setPen(ink_on(header))
        painter.drawText(
            text_band, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown
        )
