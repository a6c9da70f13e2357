"""What the room sees: the current board without tool chrome, its question and the timer.

The projection is a second view on the facilitator's own ``BoardScene`` (so
it shows the same items, live) that follows the facilitator's visible part of
the board. Freezing keeps a picture of what it showed while the facilitator
rearranges; unfreezing catches up. With a second screen it is a full-screen
:class:`ProjectorWindow` there; with one screen, :class:`PresentationMode`
shows the same pane over the main window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from app.model.changes import Change
from app.model.reads.board import round_heading
from app.ui.board.scene import BoardScene
from app.ui.projection.pages import PageDeck, logic_scene_of
from app.ui.session.timer_widget import RoundTimer, TimerDisplay

FOLLOW_DELAY_MS = 120
"""Debounce: a pan or zoom gesture sends one update when it settles, not one per pixel."""
BANNER_BG = "#101010"
BANNER_FG = "#ffffff"
TITLE_FG = "#ffd54f"
FROZEN_FG = "#80deea"
CONTENT_PAD = 24.0
"""Scene units of paper kept around the board's content when cropping empty margins."""


def visible_rect(view: QGraphicsView) -> QRectF:
    """The part of the scene a view shows now."""
    return view.mapToScene(view.viewport().rect()).boundingRect()


def projector_screen() -> QScreen | None:
    """The screen to project on: the second one when there is one, else None (one screen)."""
    screens = QGuiApplication.screens()
    primary = QGuiApplication.primaryScreen()
    others = [s for s in screens if s is not primary]
    return others[0] if others else None


class ViewFollower(QObject):
    """Reports the visible scene rect of the facilitator's view after each pan, zoom or resize.

    Signals:
        moved(QRectF): the view settled on a new visible rect.
    """

    moved = Signal(QRectF)

    def __init__(self, view: QGraphicsView, delay_ms: int = FOLLOW_DELAY_MS) -> None:
        super().__init__(view)
        self.view = view
        self._last = QRectF()
        self._settle = QTimer(self, singleShot=True, interval=delay_ms)
        self._settle.timeout.connect(self.report)
        for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
            bar.valueChanged.connect(self._schedule)
            bar.rangeChanged.connect(self._schedule)
        view.viewport().installEventFilter(self)

    def current(self) -> QRectF:
        return visible_rect(self.view)

    def _schedule(self, *_values: int) -> None:
        self._settle.start()

    def report(self) -> None:
        """Emit the visible rect now if it changed (the debounce timer calls this)."""
        rect = self.current()
        if rect != self._last:
            self._last = rect
            self.moved.emit(rect)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._schedule()
        return False


class ProjectionView(QGraphicsView):
    """A second, hands-off view on the board scene: no scroll bars, no mouse, no focus."""

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setInteractive(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)  # the paper texture
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(self.tr("Projected board"))

    def wheelEvent(self, event: object) -> None:
        """The projection follows the facilitator; it never scrolls on its own."""


class ProjectorPane(QWidget):
    """Question banner, timer and the followed board, in large type on a dark banner.

    Signals:
        frozen_changed(bool): the projection was frozen or thawed.
        leave_requested(): Escape was pressed on the projection.
    """

    frozen_changed = Signal(bool)
    leave_requested = Signal()

    def __init__(
        self, scene: BoardScene, timer: RoundTimer | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.scene = scene
        self.document = scene.document
        self.timer = timer
        self._target = QRectF()
        self._frozen = False
        self._heading: str | None = None
        self.setAutoFillBackground(True)
        self.setStyleSheet(f"ProjectorPane {{ background: {BANNER_BG}; }}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self.title = QLabel(self)
        self.title.setStyleSheet(f"color: {TITLE_FG};")
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.question.setStyleSheet(f"color: {BANNER_FG};")
        self.frozen_note = QLabel(self.tr("frozen"), self)
        self.frozen_note.setStyleSheet(f"color: {FROZEN_FG};")
        self.frozen_note.hide()
        self.clock = TimerDisplay(timer, 40, self) if timer is not None else None
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title)
        texts.addWidget(self.question)
        self._banner = banner = QHBoxLayout()
        banner.setContentsMargins(28, 14, 28, 14)
        banner.addLayout(texts, 1)
        banner.addWidget(self.frozen_note, 0, Qt.AlignmentFlag.AlignTop)
        if self.clock is not None:
            banner.addWidget(self.clock, 0, Qt.AlignmentFlag.AlignVCenter)
            timer.changed.connect(self._show_clock)
            self._show_clock()

        self.view = ProjectionView(scene, self)
        self.snapshot = QLabel(self)
        self.snapshot.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.snapshot.setStyleSheet(f"background: {BANNER_BG};")
        self._stack = QStackedLayout()
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.snapshot)
        self._live: QWidget = self.view
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(banner)
        layout.addLayout(self._stack, 1)

        scene.roundChanged.connect(self._load_round)
        self.document.rows.round.connect(self._changed)
        self._load_round(scene.round_id)
        self._size_type()

    # -- following ---------------------------------------------------------------

    def follow(self, rect: QRectF) -> None:
        """Show ``rect`` of the board (the facilitator's view); kept for later while frozen."""
        self._target = QRectF(rect)
        if not self._frozen:
            self._apply_target()

    def target(self) -> QRectF:
        return QRectF(self._target)

    def shown_rect(self) -> QRectF:
        """The part of the board the projection shows (a frozen picture keeps the old one)."""
        return visible_rect(self.view)

    def is_frozen(self) -> bool:
        return self._frozen

    def set_frozen(self, on: bool) -> None:
        """Keep a picture of the current projection (on) or catch up with the facilitator (off)."""
        if on == self._frozen:
            return
        self._frozen = on
        if on:
            self.snapshot.setPixmap(self._live.grab())
            self._stack.setCurrentWidget(self.snapshot)
        else:
            self._stack.setCurrentWidget(self._live)
            self.snapshot.clear()
            self._apply_target()
        self.frozen_note.setVisible(on)
        self.frozen_changed.emit(on)

    def add_view(self, widget: QWidget) -> None:
        """Another thing the projection can show instead of the followed board (a page)."""
        self._stack.addWidget(widget)

    def show_view(self, widget: QWidget | None) -> None:
        """Show ``widget`` (added with :meth:`add_view`), or the board view for None."""
        self._live = widget or self.view
        if not self._frozen:
            self._stack.setCurrentWidget(self._live)

    def add_banner_widget(self, widget: QWidget) -> None:
        self._banner.insertWidget(self._banner.count() - 1, widget, 0, Qt.AlignmentFlag.AlignTop)

    def toggle_frozen(self) -> None:
        self.set_frozen(not self._frozen)

    def shown_target(self) -> QRectF:
        """The followed rect without its empty paper, so the room sees the notes as large as fit."""
        pad = CONTENT_PAD
        content = self.scene.board_rect().adjusted(-pad, -pad, pad, pad)
        cropped = self._target.intersected(content)
        return cropped if not cropped.isEmpty() else QRectF(self._target)

    def _apply_target(self) -> None:
        if self._target.isValid() and not self._target.isEmpty():
            self.view.fitInView(self.shown_target(), Qt.AspectRatioMode.KeepAspectRatio)

    # -- round and timer -----------------------------------------------------------

    def set_heading(self, heading: str | None) -> None:
        """A page's own title in the banner (a summary), or None for the round's question."""
        self._heading = heading
        self._load_round(self.scene.round_id)

    def _load_round(self, round_id: int | None) -> None:
        title, question = "", self._heading or ""
        row = None if round_id is None else round_heading(self.document.store, round_id)
        if self._heading is None and row is not None:
            title, question = row.title, row.question
        self.title.setText(title)
        self.question.setText(question or title)
        self.title.setVisible(bool(question and title))

    def _changed(self, changes: list[Change]) -> None:
        round_id = self.scene.round_id
        if any(c.id == round_id for c in changes):
            self._load_round(round_id)

    def _show_clock(self) -> None:
        if self.clock is not None and self.timer is not None:
            self.clock.setVisible(self.timer.is_set())

    # -- size and keys -----------------------------------------------------------

    def _size_type(self) -> None:
        """Type scales with the screen: legible from the back of a classroom."""
        height = max(self.height(), 480)
        for label, share, bold in (
            (self.question, 22, True),
            (self.title, 44, False),
            (self.frozen_note, 44, False),
        ):
            font = QFont(label.font())
            font.setPixelSize(max(14, height // share))
            font.setBold(bold)
            label.setFont(font)
        if self.clock is not None:
            font = QFont(self.clock.font())
            font.setPixelSize(max(24, height // 12))
            self.clock.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._size_type()
        if not self._frozen:
            QTimer.singleShot(0, self._apply_target)  # after the layout gave the view its size

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.leave_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ProjectorWindow(QWidget):
    """The projection as its own full-screen window on the projector's screen.

    Signals:
        closed(): the window was closed (Escape on it, or by the window manager).
    """

    closed = Signal()

    def __init__(self, scene: BoardScene, timer: RoundTimer | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Bruinpapier – projection"))
        self.pane = ProjectorPane(scene, timer, self)
        self.pane.leave_requested.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pane)

    def show_on(self, screen: QScreen | None) -> None:
        """Full screen on ``screen`` (the projector); a plain window when None."""
        if screen is None:
            self.resize(1280, 720)
            self.show()
            return
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()


class PresentationMode(QObject):
    """The projection over the whole main window, for a laptop without a second screen.

    Escape (or :meth:`set_active` False) returns to the facilitator's tools.

    Signals:
        active_changed(bool)
    """

    active_changed = Signal(bool)

    def __init__(self, host: QWidget, scene: BoardScene, timer: RoundTimer | None = None) -> None:
        super().__init__(host)
        self.host = host
        self.pane = ProjectorPane(scene, timer, host)
        self.pane.hide()
        self.pane.leave_requested.connect(lambda: self.set_active(False))
        host.installEventFilter(self)

    def is_active(self) -> bool:
        return self.pane.isVisible()

    def set_active(self, on: bool) -> None:
        if on == self.is_active():
            return
        if on:
            self.pane.setGeometry(self.host.rect())
            self.pane.show()
            self.pane.raise_()
            self.pane.setFocus()
        else:
            self.pane.hide()
        self.active_changed.emit(on)

    def toggle(self) -> None:
        self.set_active(not self.is_active())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.pane.isVisible():
            self.pane.setGeometry(self.host.rect())
        return False


class Projection(QObject):
    """The projection of a facilitator's board view, on the projector or over the main window.

    Wiring: ``Projection(main_window, board_view, timer)``; ``start()`` on the
    "Projector" action, ``pane.set_frozen`` on "Freeze projection", ``stop()``
    to end it. ``screen`` chooses the projector's screen (default: the second
    screen); with none, the projection is a presentation over ``host``.

    Signals:
        showing_changed(bool): the projection appeared or went away (also by Escape on it).
    """

    showing_changed = Signal(bool)

    def __init__(
        self,
        host: QWidget,
        board_view: QGraphicsView,
        timer: RoundTimer | None,
        screen: QScreen | None = None,
    ) -> None:
        super().__init__(host)
        scene = board_view.scene()
        if not isinstance(scene, BoardScene):
            raise TypeError("the projection needs a view on a BoardScene")
        self.follower = ViewFollower(board_view)
        self.screen = screen or projector_screen()
        self.window: ProjectorWindow | None = None
        self.presentation: PresentationMode | None = None
        if self.screen is not None:
            self.window = ProjectorWindow(scene, timer)
            self.window.closed.connect(lambda: self.showing_changed.emit(False))
            self.pane = self.window.pane
        else:
            self.presentation = PresentationMode(host, scene, timer)
            self.presentation.active_changed.connect(self.showing_changed)
            self.pane = self.presentation.pane
        self.deck = PageDeck(self.pane, host, lambda: logic_scene_of(host))
        self.follower.moved.connect(lambda r: self.deck.follow_mode and self.pane.follow(r))

    def set_follow(self, on: bool) -> None:
        """Follow the laptop's view (on) or show the pages (off)."""
        self.deck.set_follow_mode(on)
        if on:
            self.pane.follow(self.follower.current())

    def start(self) -> None:
        self.pane.follow(self.follower.current())
        self.deck.rebuild(to_start=True)
        if self.window is not None:
            self.window.show_on(self.screen)
            self.showing_changed.emit(True)
        elif self.presentation is not None:
            self.presentation.set_active(True)

    def stop(self) -> None:
        if self.window is not None:
            self.window.close()
        elif self.presentation is not None:
            self.presentation.set_active(False)

    def is_showing(self) -> bool:
        if self.window is not None:
            return self.window.isVisible()
        return self.presentation is not None and self.presentation.is_active()
