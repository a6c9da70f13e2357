"""Projection pages: the round as pages the back row can read, stepped like slides.

Page 1 is the overview (the whole board). Then one page per subgroup, split
per cluster or in parts when its post-its do not fit at the legible size, and
then the workshop's summaries and the batenlogica. PageDown/PageUp (what
presentation clickers send) and →/← step whether the laptop window or the
projection has focus; Home goes back to the overview. Pages are rebuilt
from the live board scene shortly after every edit, staying on the same page.
In "follow" mode the projection shows the laptop's view instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QFrame,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.model.changes import Change
from app.ui.board.items import NoteItem
from app.ui.board.palette import INK, PAPER
from app.ui.board.scene import BoardScene
from app.ui.projection.cards import Card, CardItem, card_font, fit_cards, legible_px, paginate
from app.ui.projection.join import draw_join, join_links_of, join_title, watch_join
from app.ui.projection.logic_pages import logic_layout, logic_zoom, show_part
from app.ui.projection.summaries import Summary, read_summaries

REBUILD_MS = 150
MARGIN_EM = 0.8
STEP_KEYS = {
    Qt.Key.Key_PageDown: 1,
    Qt.Key.Key_PageUp: -1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Left: -1,
}
TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)
LogicSource = Callable[[], QGraphicsScene | None]


@dataclass(frozen=True)
class Page:
    """One page: ``kind`` is "overview", "join", "cards" or "logic"; cards pages carry groups."""

    key: tuple
    kind: str
    title: str = ""
    cards: tuple[Card, ...] = field(default=())
    part: tuple[float, float, float, float] = ()
    """A batenlogica page's scene rectangle (x, y, w, h)."""


def board_groups(scene: BoardScene, subgroup_id: int) -> list[list[Card]]:
    """A subgroup's post-its as card groups: each cluster (title first), then the loose ones."""
    notes = [n for n in scene.notes.values() if n.row["subgroup_id"] == subgroup_id]

    def order(item: NoteItem) -> tuple[float, float, int]:
        return (item.row["y"], item.row["x"], item.note_id)

    def card(item: NoteItem) -> Card:
        return Card(item.row["text"], QColor(item.fill), item.row["votes"], key=item.note_id)

    clusters = sorted(
        {n.row["cluster_id"] for n in notes if n.row["cluster_id"] in scene.clusters},
        key=lambda c: (scene.clusters[c].row["y"], scene.clusters[c].row["x"]),
    )
    groups: list[list[Card]] = []
    for cluster_id in clusters:
        members = sorted((n for n in notes if n.row["cluster_id"] == cluster_id), key=order)
        title = scene.clusters[cluster_id].row["title"] or "…"
        colour = QColor(scene.clusters[cluster_id].colour)
        groups.append([Card(title, colour, heading=True), *(card(n) for n in members)])
    loose = sorted((n for n in notes if n.row["cluster_id"] not in clusters), key=order)
    if loose:
        groups.append([card(n) for n in loose if n.row["text"].strip()])
    return [g for g in groups if g]


def logic_scene_of(host: QWidget | None) -> QGraphicsScene | None:
    """The batenlogica scene the laptop shows now (the main window's, if it has one)."""
    logic = getattr(host, "logic", None)
    scene = logic.view.logic_scene if logic is not None and shiboken6.isValid(logic) else None
    return scene if scene is not None and shiboken6.isValid(scene) else None


class StillView(QGraphicsView):
    """A hands-off view for the room: no frame, scroll bars, mouse or focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setInteractive(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)


class PageView(StillView):
    """A page drawn 1:1 in screen pixels: the sizes chosen are the sizes the room sees."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setBackgroundBrush(PAPER)
        self.setScene(QGraphicsScene(self))


class LogicPageView(StillView):
    """A second view on the laptop's batenlogica, zoomed: its highlighted paths show here too."""

    def show_part(self, scene: QGraphicsScene | None, part: QRectF, legible: int) -> None:
        zoom = logic_zoom(scene, legible) if scene is not None else 1.0
        show_part(self, scene, part, zoom)


class PageDeck(QObject):
    """The pages of one projection pane, their keys and their indicator.

    Signals:
        page_changed(int, int): the page shown (from 0) and how many there are.
        follow_changed(bool): following the laptop's view was switched on or off.
    """

    page_changed = Signal(int, int)
    follow_changed = Signal(bool)

    def __init__(
        self, pane: QWidget, host: QWidget | None = None, logic: LogicSource | None = None
    ) -> None:
        super().__init__(pane)
        self.pane = pane
        self.host = host
        self.scene: BoardScene = pane.scene  # type: ignore[attr-defined]
        self.logic = logic or (lambda: None)
        self.follow_mode = False
        self.pages: list[Page] = [Page(("overview",), "overview")]
        self.index = 0
        self.fit_px = 0
        self.page_view = PageView(pane)
        self.logic_view = LogicPageView(pane)
        self.indicator = QLabel(pane)
        self.indicator.setObjectName("pageIndicator")
        self.indicator.setStyleSheet("color: #bbbbbb;")
        pane.add_view(self.page_view)  # type: ignore[attr-defined]
        pane.add_view(self.logic_view)  # type: ignore[attr-defined]
        pane.add_banner_widget(self.indicator)  # type: ignore[attr-defined]
        self._summaries: list[Summary] | None = None
        self._rebuild_timer = QTimer(self, singleShot=True, interval=REBUILD_MS)
        self._rebuild_timer.timeout.connect(self.rebuild)
        self.scene.roundChanged.connect(lambda _r: self.rebuild(to_start=True))
        self.scene.document.changed.connect(self._changed)
        self.scene.destroyed.connect(self._rebuild_timer.stop)
        watch_join(host, self._rebuild_timer.start)  # the "Join in" page comes and goes
        pane.installEventFilter(self)
        QApplication.instance().installEventFilter(self)

    # -- building -------------------------------------------------------------------

    def page_size(self) -> tuple[float, float, int]:
        """(width, height) of the cards area in pixels and the smallest legible text size."""
        height = max(self.pane.height(), 240)
        smallest = legible_px(height)
        margin = smallest * MARGIN_EM
        view = self.page_view.viewport().size() if self.page_view.isVisible() else None
        area_h = (view.height() if view else self.pane.view.viewport().height()) or height // 2
        area_w = (view.width() if view else self.pane.view.viewport().width()) or height
        title_h = smallest * 2.0
        return area_w - 2 * margin, area_h - 2 * margin - title_h, smallest

    def _summaries_now(self) -> list[Summary]:
        if self._summaries is None:
            self._summaries = read_summaries(self.scene.document.store)
        return self._summaries

    def build_pages(self) -> list[Page]:
        width, height, smallest = self.page_size()
        pages = [Page(("overview",), "overview")]
        if join_links_of(self.host):
            pages.append(Page(("join",), "join", join_title()))
        areas = sorted(self.scene.areas.values(), key=lambda a: (a.row["position"], a.row["x"]))
        for area in areas:
            groups = board_groups(self.scene, area.subgroup_id)
            parts = paginate(groups, width, height, smallest) if groups else []
            for i, cards in enumerate(parts):
                title = area.row["name"]
                if len(parts) > 1:
                    title = f"{title} ({i + 1}/{len(parts)})"
                pages.append(Page(("subgroup", area.subgroup_id, i), "cards", title, tuple(cards)))
        summaries = self._summaries_now()
        for summary in summaries:
            parts = paginate(summary.groups, width, height, smallest)
            for i, cards in enumerate(parts):
                title = summary.title + (f" ({i + 1}/{len(parts)})" if len(parts) > 1 else "")
                pages.append(Page((summary.key, i), "cards", title, tuple(cards)))
            if summary.key == "purpose":
                pages += self._logic_pages()
        if not any(s.key == "purpose" for s in summaries):
            pages += self._logic_pages()
        return pages

    def _logic_pages(self) -> list[Page]:
        """The batenlogica in parts, each legible (see :mod:`logic_pages`)."""
        scene = self.logic()
        if scene is None or not scene.items():
            return []
        shown = [v for v in (self.logic_view, self.page_view) if v.isVisible()]
        view = (shown[0] if shown else self.pane.view).viewport().size()  # the stack's one size
        legible = legible_px(max(self.pane.height(), 240))
        _zoom, parts = logic_layout(scene, view.width(), view.height(), legible)
        title = self.tr("Benefits logic")
        return [
            Page(
                ("logic", i),
                "logic",
                title + (f" ({i + 1}/{len(parts)})" if len(parts) > 1 else ""),
                part=(r.x(), r.y(), r.width(), r.height()),
            )
            for i, r in enumerate(parts)
        ]

    def rebuild(self, to_start: bool = False) -> None:
        """Lay the pages out afresh (after an edit or a resize), staying on the same page."""
        key = self.pages[self.index].key if self.pages and not to_start else ("overview",)
        self.pages = self.build_pages()
        keys = [p.key for p in self.pages]
        if key in keys:
            self.index = keys.index(key)
        else:
            same = [i for i, k in enumerate(keys) if k[:2] == key[:2]]
            self.index = same[-1] if same else min(self.index, len(self.pages) - 1)
        self.show_page()

    def _changed(self, changes: list[Change]) -> None:
        if any(c.table not in ("note", "cluster", "subgroup", "round") for c in changes) or any(
            c.table == "note" for c in changes
        ):
            self._summaries = None  # a summary may show this
        self._rebuild_timer.start()

    # -- showing --------------------------------------------------------------------

    def current(self) -> Page:
        return self.pages[self.index]

    def show_page(self) -> None:
        page = self.current()
        self.indicator.setText(f"{self.index + 1}/{len(self.pages)}")
        own_title = not self.follow_mode and page.key[0] not in ("overview", "subgroup")
        self.pane.set_heading(page.title if own_title else None)  # type: ignore[attr-defined]
        if self.follow_mode:
            self.pane.show_view(None)  # type: ignore[attr-defined]
        elif page.kind == "overview":
            self.pane.show_view(None)  # type: ignore[attr-defined]
            self.pane.follow(self.scene.board_rect())  # type: ignore[attr-defined]
        elif page.kind == "join":
            self.pane.show_view(self.page_view)  # type: ignore[attr-defined]
            scene = QGraphicsScene(self.page_view)
            smallest = self.page_size()[2]
            draw_join(scene, join_links_of(self.host), *self._viewport_size(), smallest)
            self._put(scene)
        elif page.kind == "logic":
            self.pane.show_view(self.logic_view)  # type: ignore[attr-defined]
            legible = legible_px(max(self.pane.height(), 240))
            self.logic_view.show_part(self.logic(), QRectF(*page.part), legible)
        else:
            self.pane.show_view(self.page_view)  # type: ignore[attr-defined]
            self._draw_cards(page)
        self.page_changed.emit(self.index, len(self.pages))

    def _draw_cards(self, page: Page) -> None:
        width, height, smallest = self.page_size()
        margin = smallest * MARGIN_EM
        fit = fit_cards(page.cards, width, height, smallest)
        if fit is None:  # cannot happen for paginated pages; keep the legible size anyway
            fit = fit_cards(page.cards[:1], width, height, smallest)
        scene = QGraphicsScene(self.page_view)
        title = QGraphicsSimpleTextItem(page.title)
        font = QFont(card_font(round(smallest * 1.4), bold=True))
        title.setFont(font)
        title.setBrush(INK)
        title.setPos(margin, margin * 0.5)
        scene.addItem(title)
        self.fit_px = fit.pixel_size if fit else smallest
        for placed in fit.placed if fit else ():
            item = CardItem(placed, fit.pixel_size)
            item.moveBy(margin, margin + smallest * 2.0)
            scene.addItem(item)
        self._put(scene)

    def _viewport_size(self) -> tuple[int, int]:
        viewport = self.page_view.viewport()
        return viewport.width(), viewport.height()

    def _put(self, scene: QGraphicsScene) -> None:
        """Show ``scene`` on the page view, 1:1 from its top left corner."""
        view = self.page_view
        scene.setSceneRect(QRectF(0, 0, *self._viewport_size()))
        old = view.scene()
        view.setScene(scene)
        if old is not None:
            old.deleteLater()

    def card_items(self) -> list[CardItem]:
        scene = self.page_view.scene()
        return [i for i in scene.items() if isinstance(i, CardItem)] if scene else []

    def go(self, index: int) -> None:
        index = max(0, min(index, len(self.pages) - 1))
        if index != self.index or self.follow_mode:
            self.index = index
            self.set_follow_mode(False)

    def step(self, delta: int) -> None:
        self.go(self.index + delta)

    def home(self) -> None:
        self.go(0)

    def set_follow_mode(self, on: bool) -> None:
        """Follow the laptop's view (on) or show the pages (off)."""
        changed = on != self.follow_mode
        self.follow_mode = on
        self.show_page()
        if changed:
            self.follow_changed.emit(on)

    # -- keys -----------------------------------------------------------------------

    def _wants(self, watched: QObject, event: QKeyEvent) -> int | None:
        """The step a key means here (0 for Home), or None when it belongs to someone else."""
        key = event.key()
        if key not in STEP_KEYS and key != Qt.Key.Key_Home:
            return None
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return None
        if not self.pane.isVisible():
            return None
        focus = QApplication.focusWidget()
        if isinstance(focus, TEXT_INPUTS) or self.scene.focusItem() is not None:
            return None  # typing: the keys move the cursor
        arrows = key in (Qt.Key.Key_Left, Qt.Key.Key_Right)
        on_projection = isinstance(watched, QWidget) and self.pane.isAncestorOf(watched)
        if arrows and not on_projection and self.scene.selectedItems():
            return None  # arrows nudge the selected post-its on the laptop
        return 0 if key == Qt.Key.Key_Home else STEP_KEYS[key]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize and watched is self.pane:
            font = QFont(self.indicator.font())
            font.setPixelSize(legible_px(max(self.pane.height(), 480)))
            self.indicator.setFont(font)
            self._rebuild_timer.start()
            return False
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(watched, QWidget) or watched.window() not in (
            self.host,
            self.pane.window(),
        ):
            return False  # a dialog or another window
        step = self._wants(watched, event)  # type: ignore[arg-type]
        if step is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # ours, not a shortcut's
            return True
        if step == 0:
            self.home()
        else:
            self.step(step)
        return True
