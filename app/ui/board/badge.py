"""Votes as a count badge beside a post-it's text: the same notation on board and projection.

The PDF report draws the same pill (app.export.board_figure).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from app.ui.board.textfit import FAMILY


def badge_font(px: float) -> QFont:
    font = QFont(FAMILY)
    font.setPixelSize(max(1, round(px * 0.8)))
    font.setBold(True)
    return font


def badge_rect(top_right: QPointF, votes: int, px: float) -> QRectF:
    """Where the badge for ``votes`` goes, its top-right corner at ``top_right``."""
    width = QFontMetricsF(badge_font(px)).horizontalAdvance(str(votes)) + px * 0.6
    height = px * 1.2
    side = max(width, height)
    return QRectF(top_right.x() - side, top_right.y(), side, height)


def paint_vote_badge(
    painter: QPainter, top_right: QPointF, votes: int, px: float, ink: QColor
) -> None:
    """The vote count as a dark pill with the number: the same notation wherever votes show."""
    font = badge_font(px)
    label = str(votes)
    rect = badge_rect(top_right, votes, px)
    height = rect.height()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    painter.drawRoundedRect(rect, height / 2, height / 2)
    painter.setFont(font)
    painter.setPen(QColor("white") if ink.lightness() < 128 else QColor("black"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
    painter.restore()
