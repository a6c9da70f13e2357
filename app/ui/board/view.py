"""The board widget: zoom, pan and fit around a BoardScene, and the keys and mouse of its gestures.

Zoom: the plain mouse wheel zooms around the pointer (as on a map; what a
facilitator with a mouse expects), Ctrl+wheel too; a touchpad's two-finger
scroll pans and its pinch zooms. Ctrl++ / Ctrl+- zoom, Ctrl+0 fits the board.
Pan: hold Space and drag, or drag with the middle button.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QLabel, QWidget

from app.ui.board.interactions import BoardEdits, DragMove, Resize, Typing
from app.ui.board.items import ClusterItem, NoteItem
from app.ui.board.scene import BoardScene
from app.ui.document import Document

T = TypeVar("T")
MIN_SCALE = 0.02
MAX_SCALE = 4.0
STEP = 1.25
READABLE_SCALE = 0.8
MESSAGE_MS = 5000
HIGHLIGHT_MS = 2500


class BoardView(QGraphicsView):
    """The board of one round.

    Signals:
        selectionChangedIds(list): the ids of the selected post-its.
        contextMenuWanted(object, QPointF, QPoint): a right click on a post-it, a frame or the
            paper (None), at a scene point and a screen position; the board editor shows its menu.
    """

    selectionChangedIds = Signal(list)
    contextMenuWanted = Signal(object, QPointF, QPoint)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._scene = BoardScene(document, self)
        self.setScene(self._scene)
        self.edits: BoardEdits | None = None
        """Where gestures end (the board editor, once attached); None keeps the board read-only."""
        self.typing = Typing(self._scene, self)
        self._drag: DragMove | None = None
        self._resize: Resize | None = None
        self._pan_from: QPoint | None = None
        self._space = False
        self._fitted = True  # keep fitting on resize until the facilitator zooms or pans
        self._highlighted: list[NoteItem] = []
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setMouseTracking(True)
        # No scroll bars on a projector: pan by Space-drag or the middle button.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self._message = QLabel(self)
        self._message.setObjectName("boardMessage")
        self._message.setWordWrap(True)
        self._message.setStyleSheet(
            "#boardMessage { background: #7a1f1f; color: white; padding: 8px 14px;"
            " border-radius: 6px; font-size: 15px; }"
        )
        self._message.hide()
        self._closed = QLabel(QCoreApplication.translate("Board", "Closed round: read only"), self)
        self._closed.setObjectName("boardClosed")
        self._closed.setStyleSheet(
            "#boardClosed { background: rgba(40, 30, 20, 190); color: white; padding: 6px 12px;"
            " border-radius: 6px; font-size: 14px; font-weight: bold; }"
        )
        self._closed.move(12, 12)
        self._closed.hide()
        self._message_timer = QTimer(self, singleShot=True, interval=MESSAGE_MS)
        self._message_timer.timeout.connect(self._message.hide)
        document.failed.connect(self.show_message)
        self._scene.selectionChanged.connect(self._emit_selection)
        self._scene.roundChanged.connect(self._round_changed)

    # -- the interface the main window uses -----------------------------------

    @property
    def board_scene(self) -> BoardScene:
        return self._scene

    def show_round(self, round_id: int | None) -> None:
        self.typing.stop()
        self._scene.show_round(round_id)
        self.fit()

    def fit(self) -> None:
        """Zoom so the whole board is in view."""
        bounds = self._scene.board_rect()
        self._fitted = True
        if bounds.isEmpty():
            return
        self.fitInView(bounds.adjusted(-24, -24, 24, 24), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A fitted board stays fitted while panels open and close or the window resizes."""
        super().resizeEvent(event)
        if self._fitted:
            self.fit()

    def zoom_in(self) -> None:
        self._zoom_by(STEP, self.viewport().rect().center())

    def zoom_out(self) -> None:
        self._zoom_by(1 / STEP, self.viewport().rect().center())

    def scale_factor(self) -> float:
        return self.transform().m11()

    def set_colour_mode(self, mode: str) -> None:
        self._scene.set_colour_mode(mode)

    def start_capture(self) -> bool:
        """Start typing a new post-it in the middle of the view (like N there)."""
        return self.capture_at(self.mapToScene(self.viewport().rect().center()))

    def type_over(self, start: Callable[[T], bool], item: T) -> bool:
        """Focus the board and open the in-place editor on ``item`` (a post-it or a frame)."""
        self.setFocus()
        return start(item)

    def capture_at(self, point: QPointF) -> bool:
        self.setFocus()
        return self.typing.capture_at(point)

    def focus_notes(self, note_ids: list[int]) -> None:
        """Select, centre and briefly highlight post-its (search results)."""
        self._scene.select_notes(note_ids)
        items = [self._scene.notes[i] for i in note_ids if i in self._scene.notes]
        if not items:
            return
        bounds = QRectF()
        for item in items:
            bounds = bounds.united(item.sceneBoundingRect())
        if self.scale_factor() < READABLE_SCALE:
            self.setTransform(self.transform().fromScale(READABLE_SCALE, READABLE_SCALE))
        self.centerOn(bounds.center())
        self._set_highlight(items)
        QTimer.singleShot(HIGHLIGHT_MS, self, lambda: self._set_highlight([]))

    def show_message(self, text: str) -> None:
        """A refusal or failure, shown over the board for a few seconds."""
        self._message.setText(text)
        self._message.setMaximumWidth(max(200, self.width() - 40))
        self._message.adjustSize()
        self._message.move((self.width() - self._message.width()) // 2, 12)
        self._message.show()
        self._message.raise_()
        self._message_timer.start()

    def message(self) -> str:
        return self._message.text() if self._message.isVisible() else ""

    def shows_closed(self) -> bool:
        """Whether the read-only badge of a closed round is up."""
        return self._closed.isVisible()

    # -- zoom and pan ---------------------------------------------------------

    def _zoom_by(self, factor: float, anchor: QPoint) -> None:
        target = min(MAX_SCALE, max(MIN_SCALE, self.scale_factor() * factor))
        factor = target / self.scale_factor()
        if abs(factor - 1) < 1e-6:
            return
        self._fitted = False
        before = self.mapToScene(anchor)
        self.scale(factor, factor)
        after = self.mapToScene(anchor)
        shift = after - before
        self.translate(shift.x(), shift.y())  # keep the anchor's point where it was
        centre = self.mapToScene(self.viewport().rect().center()) - shift
        self.centerOn(centre)

    def wheelEvent(self, event: QWheelEvent) -> None:
        touchpad = not event.pixelDelta().isNull()
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if touchpad and not control:
            self._fitted = False
            super().wheelEvent(event)  # two-finger scroll pans
            return
        steps = event.angleDelta().y() / 120
        if steps:
            self._zoom_by(STEP**steps, event.position().toPoint())
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._scene.update_detail()
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if pinch is not None:
                centre = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                self._zoom_by(pinch.scaleFactor(), centre)
                return True
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self._zoom_by(1 + event.value(), event.position().toPoint())
            return True
        return super().viewportEvent(event)

    # -- mouse ----------------------------------------------------------------

    def _item_at(self, pos: QPoint) -> NoteItem | ClusterItem | None:
        for item in self.items(pos):
            if isinstance(item, NoteItem | ClusterItem):
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._fitted = False
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if self.typing.active and not self._on_editor(event.position().toPoint()):
            self.typing.editor.clearFocus()  # commits what was typed
        if event.button() == Qt.MouseButton.LeftButton and not self._space:
            item = self._item_at(event.position().toPoint())
            point = self.mapToScene(event.position().toPoint())
            if (
                isinstance(item, NoteItem)
                and item.isSelected()
                and item.handle_rect().contains(item.mapFromScene(point))
            ):
                self._resize = Resize(self._scene, item, point, self.edits)
                event.accept()
                return
            if item is not None:
                self._drag = DragMove(self._scene, self.edits)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position().toPoint() - self._pan_from
            self._pan_from = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            return
        if self._resize is not None:
            self._resize.follow(self.mapToScene(event.position().toPoint()))
            return
        super().mouseMoveEvent(event)
        if self._drag is not None and self._scene.selected_clusters():
            self._drag.follow()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton and self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            return
        if self._resize is not None:
            resize, self._resize = self._resize, None
            resize.finish()
            return
        banding = self.dragMode() == QGraphicsView.DragMode.RubberBandDrag and not (
            self.rubberBandRect().isNull()
        )
        super().mouseReleaseEvent(event)
        if self._drag is not None:
            drag, self._drag = self._drag, None
            drag.finish()
        if banding and self._scene.selected_notes():
            for frame in self._scene.selected_clusters():  # a band selects notes, not frames
                frame.setSelected(False)
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._on_editor(pos):
            super().mouseDoubleClickEvent(event)
            return
        item = self._item_at(pos)
        point = self.mapToScene(pos)
        if isinstance(item, NoteItem):
            self.typing.edit_note(item)
        elif isinstance(item, ClusterItem) and item.title_rect().contains(item.mapFromScene(point)):
            self.typing.edit_title(item)
        else:
            self.capture_at(point)
        event.accept()

    def _on_editor(self, pos: QPoint) -> bool:
        editor = self.typing.editor
        return editor is not None and editor in self.items(pos)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Select what was clicked, then let the editor show its menu (its own actions)."""
        item = self._item_at(event.pos())
        if item is not None and not item.isSelected():
            self._scene.clearSelection()
            item.setSelected(True)
        self.contextMenuWanted.emit(item, self.mapToScene(event.pos()), event.globalPos())
        event.accept()

    # -- keys -----------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self.typing.active:
            event.accept()  # while typing, every key belongs to the editor
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space held pans, Esc drops the selection: looking, not editing.

        Every command is one of the board editor's actions (with its keys).
        """
        if not self.typing.active and event.key() == Qt.Key.Key_Space:
            if not event.isAutoRepeat():
                self._set_panning(True)
            event.accept()
        elif not self.typing.active and event.key() == Qt.Key.Key_Escape:
            self._scene.clearSelection()
            event.accept()
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space:
            self._set_panning(False)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def _set_panning(self, on: bool) -> None:
        """Space held: the mouse drags the paper instead of the notes."""
        self._space = on
        self._fitted = self._fitted and not on
        self.setInteractive(not on)
        self.setDragMode(
            QGraphicsView.DragMode.ScrollHandDrag if on else QGraphicsView.DragMode.RubberBandDrag
        )

    # -- selection ------------------------------------------------------------

    def _round_changed(self, _round_id: int | None) -> None:
        """Another round, none, or this one closed or reopened: stop typing, redraw the paper."""
        self.typing.stop()
        self.resetCachedContent()
        self._closed.adjustSize()
        self._closed.setVisible(self._scene.closed)

    def _emit_selection(self) -> None:
        self.selectionChangedIds.emit(self._scene.note_ids_selected())

    def _set_highlight(self, items: list[NoteItem]) -> None:
        for item in self._highlighted:
            if shiboken6.isValid(item) and item.scene() is self._scene:
                item.set_highlighted(False)
        self._highlighted = items
        for item in items:
            item.set_highlighted(True)
