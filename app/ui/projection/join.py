"""The projection's "Join in" page: the round's QR code and URL, large enough for the back row.

The page exists while participants can join (the participant server runs):
the window's :class:`~app.ui.session.participants.ParticipantsControl` says
which links are live and when they change. The round's code fills most of
the page's height; each subgroup's own code follows beside it when the page
has room for codes a phone can still read from a table.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.server.qr import qr_matrix
from app.server.server import JoinLink
from app.ui.board.palette import INK, ink_on
from app.ui.projection.cards import card_font

QUIET = 4
"""Modules of white around a code, as the QR standard asks."""
GAP_EM = 0.8
URL_EM = 1.3
SUBGROUP_SHARE = 4
"""A subgroup's code is at least 1/4 of the room the round's code has, or it is left out."""


def join_title() -> str:
    return QCoreApplication.translate("JoinPage", "Join in")


def join_links_of(host: object) -> list[JoinLink]:
    """The live join links of the window's participant server ([] when it does not run)."""
    control = getattr(host, "participants", None)
    return list(getattr(control, "links", []) or [])


def watch_join(host: object, slot: Callable[[], None]) -> None:
    """Call ``slot`` whenever the participant server starts or stops."""
    control = getattr(host, "participants", None)
    if control is not None:
        control.links_changed.connect(slot)


class QrItem(QGraphicsItem):
    """A QR code drawn from its modules at ``size`` pixels square (quiet zone included)."""

    def __init__(self, url: str, size: float) -> None:
        super().__init__()
        self.url = url
        self.matrix = qr_matrix(url)
        count = len(self.matrix) + 2 * QUIET
        self.module = math.floor(size / count) or 1
        self.size = self.module * count
        self._path = QPainterPath()
        for y, row in enumerate(self.matrix):
            for x, dark in enumerate(row):
                if dark:
                    self._path.addRect(
                        (x + QUIET) * self.module,
                        (y + QUIET) * self.module,
                        self.module,
                        self.module,
                    )

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.size, self.size)

    def module_rect(self, x: int, y: int) -> QRectF:
        """Where module (x, y) of the matrix is drawn, in item coordinates."""
        return QRectF(
            (x + QUIET) * self.module, (y + QUIET) * self.module, self.module, self.module
        )

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(self.boundingRect(), Qt.GlobalColor.white)
        painter.fillPath(self._path, Qt.GlobalColor.black)


def _text(scene: QGraphicsScene, text: str, px: int, bold: bool = False) -> QGraphicsSimpleTextItem:
    item = QGraphicsSimpleTextItem(text)
    item.setFont(card_font(px, bold))
    item.setBrush(INK)
    scene.addItem(item)
    return item


def _tile_size(count: int, width: float, height: float, label: float, gap: float) -> float:
    """The largest square code size at which ``count`` labelled codes fit in width × height."""
    best = 0.0
    for cols in range(1, count + 1):
        rows = math.ceil(count / cols)
        size = min((width - (cols - 1) * gap) / cols, (height - rows * (label + gap)) / rows)
        best = max(best, size)
    return best


def _url_px(url: str, width: float, smallest: int) -> int:
    """The URL's text size: large, but on one line when the page allows it."""
    px = round(smallest * URL_EM)
    while px > smallest and QFontMetricsF(card_font(px, True)).horizontalAdvance(url) > width:
        px -= 1
    return px


def draw_join(
    scene: QGraphicsScene, links: Sequence[JoinLink], width: float, height: float, smallest: int
) -> None:
    """Lay the page out in ``scene``: title, the round's code and URL, the subgroups' codes."""
    margin = smallest * GAP_EM
    title = _text(scene, join_title(), round(smallest * 1.4), bold=True)
    title.setPos(margin, margin * 0.5)
    if not links:
        return
    top = margin + smallest * 2.0
    url = links[0].url
    url_px = _url_px(url, width - 2 * margin, smallest)
    room = height - top - margin - url_px * 1.6
    code = QrItem(url, min(room, (width - 2 * margin) * 0.5))
    code.setPos(margin, top)
    scene.addItem(code)
    line = _text(scene, url, url_px, bold=True)
    line.setPos(margin, top + code.size + url_px * 0.3)
    _subgroup_codes(scene, links[1:], code, width - margin, smallest)


def _subgroup_codes(
    scene: QGraphicsScene, links: Sequence[JoinLink], main: QrItem, right: float, smallest: int
) -> None:
    """Each subgroup's code with its name under it, beside the round's code, when they fit."""
    if not links:
        return
    gap = smallest * GAP_EM
    left = main.x() + main.size + 2 * gap
    label = smallest * 1.5
    size = _tile_size(len(links), right - left, main.size, label, gap)
    if size < main.size / SUBGROUP_SHARE:
        return
    cols = max(1, math.floor((right - left + gap) / (size + gap)))
    for i, link in enumerate(links):
        x = left + (i % cols) * (size + gap)
        y = main.y() + (i // cols) * (size + label + gap)
        code = QrItem(link.url, size)
        code.setPos(x, y)
        scene.addItem(code)
        fill = QColor(link.colour or "#ffffff")
        band = QGraphicsRectItem(0, 0, code.size, label * 0.9)
        band.setBrush(fill)
        band.setPen(Qt.PenStyle.NoPen)
        band.setPos(x, y + code.size)
        scene.addItem(band)
        room = code.size - smallest * 0.6
        shown = QFontMetricsF(card_font(smallest)).elidedText(
            link.name, Qt.TextElideMode.ElideRight, room
        )
        name = _text(scene, shown, smallest)
        name.setBrush(ink_on(fill))
        name.setPos(x + smallest * 0.3, y + code.size + (label * 0.9 - smallest * 1.2) / 2)
