"""Typing on the board: the in-place editor for new post-its, note texts and cluster titles."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem, QStyleOptionGraphicsItem, QWidget

from app.ui.board.items import SELECTED_PEN
from app.ui.board.palette import INK
from app.ui.board.textfit import note_font

EDIT_PX = 18


class InlineEditor(QGraphicsTextItem):
    """A text field drawn as the post-it (or title band) it edits.

    Enter commits, Shift+Enter starts a new line, Esc cancels; losing focus
    commits without chaining.

    Signals:
        committed(str, bool): the text, and whether the user asked for the next note (Enter).
        cancelled(): Esc.
    """

    committed = Signal(str, bool)
    cancelled = Signal()

    def __init__(self, rect: QRectF, fill: QColor, pixel_size: int = EDIT_PX) -> None:
        super().__init__()
        self._box = QRectF(rect)
        self._fill = fill
        self._done = False
        self.setFont(note_font(pixel_size))
        self.setDefaultTextColor(INK)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setZValue(1e6)
        option = self.document().defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.place(rect)

    def place(self, rect: QRectF) -> None:
        """Move the editor over ``rect`` (scene coordinates) and empty it."""
        self.prepareGeometryChange()
        self._box = QRectF(0, 0, rect.width(), rect.height())
        self.setPos(rect.topLeft())
        self.setTextWidth(rect.width())
        self.setPlainText("")
        self._done = False

    def text(self) -> str:
        return self.toPlainText()

    def boundingRect(self) -> QRectF:
        return self._box.united(super().boundingRect())

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.fillRect(self._box, self._fill)
        painter.setPen(SELECTED_PEN)
        painter.drawRect(self._box)
        super().paint(painter, option, widget)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not shift:
            self._finish(chain=True)
        elif key == Qt.Key.Key_Escape:
            self._done = True
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)
        event.accept()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() not in (
            Qt.FocusReason.ActiveWindowFocusReason,
            Qt.FocusReason.PopupFocusReason,
        ):
            self._finish(chain=False)

    def _finish(self, chain: bool) -> None:
        if not self._done:
            self._done = True
            self.committed.emit(self.text(), chain)
