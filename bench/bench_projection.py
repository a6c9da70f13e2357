"""Projection pages, offscreen at 1920x1080: repainting a page with all its text, switching pages.

A round of 300 post-its (three subgroups of 100) is projected as pages. Figures,
each against a baseline measured in the same run:
- repainting a subgroup page (every card's text drawn at the page's legible
  size), against a bare QGraphicsView of plain C++ QGraphicsRectItem +
  QGraphicsSimpleTextItem items holding the same lines in the same font at the
  same places, 1:1 like the page (target: at most 1.5x);
- switching to the next page (PageDown: the new page's scene built from the
  live board and painted), against the baseline of switching a bare view to a
  prebuilt scene of C++ items of that page and painting it (target: at most 50 ms).

Run: QT_QPA_PLATFORM=offscreen python bench/bench_projection.py
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools
import sys
import tempfile
from pathlib import Path

from bench_board import Timing, make_workshop, timed
from common import Row, print_table, write_json
from PySide6.QtGui import QBrush, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.model.store import WorkshopStore  # noqa: E402
from app.ui.board.view import BoardView  # noqa: E402
from app.ui.document import Document  # noqa: E402
from app.ui.projection.cards import PAD_EM  # noqa: E402
from app.ui.session.projector import Projection  # noqa: E402

SIZE = (1920, 1080)
NOTES = 300


def bare_page(deck: object) -> QGraphicsScene:
    """The page's cards as plain C++ items: a filled rect and its lines in the same font."""
    scene = QGraphicsScene()
    for card in deck.card_items():  # type: ignore[attr-defined]
        box = card.mapRectToScene(card.boundingRect())
        rect = QGraphicsRectItem(box)
        rect.setBrush(QBrush(card.card.fill))
        scene.addItem(rect)
        text = QGraphicsSimpleTextItem("\n".join(card.placed.lines))
        text.setFont(card.font)
        pad = card.pixel_size * PAD_EM
        text.setPos(box.x() + pad, box.y() + pad)
        scene.addItem(text)
    return scene


def bare_view(scene: QGraphicsScene, size: tuple[int, int]) -> QGraphicsView:
    view = QGraphicsView(scene)
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.resize(*size)
    view.show()
    QApplication.processEvents()
    return view


def bench(folder: Path) -> tuple[list[Row], dict[str, object]]:
    path = make_workshop(folder, NOTES)
    document = Document(WorkshopStore.open(path, backup=False))
    host = QWidget()
    host.resize(*SIZE)
    board = BoardView(document, host)
    board.resize(*SIZE)
    host.show()
    board.show_round(1)
    projection = Projection(host, board, None)
    projection.start()
    QApplication.processEvents()
    deck = projection.deck
    deck.rebuild()
    deck.go(1)
    QApplication.processEvents()
    page = deck.page_view
    cards = len(deck.card_items())
    pages = [i for i, p in enumerate(deck.pages) if p.kind == "cards"]
    ours = timed(page.viewport().repaint, repeat=21, warmup=3)
    scenes = []
    for index in pages:
        deck.go(index)
        QApplication.processEvents()
        scenes.append(bare_page(deck))
    bare = bare_view(scenes[0], (page.viewport().width(), page.viewport().height()))
    base = timed(bare.viewport().repaint, repeat=21, warmup=3)

    order = itertools.cycle(pages)

    def switch() -> None:
        deck.go(next(order))
        page.viewport().repaint()

    switching = timed(switch, repeat=len(pages) * 4, warmup=len(pages))
    prebuilt = itertools.cycle(scenes)

    def bare_switch() -> None:
        bare.setScene(next(prebuilt))
        bare.viewport().repaint()

    bare_switching: Timing = timed(bare_switch, repeat=len(pages) * 4, warmup=len(pages))
    rows = [
        Row(
            f"repaint of a page, all text drawn ({cards} cards, CPU)",
            ours[1],
            "ms",
            base[1],
            ratio_target=1.5,
        ),
        Row("  the same, wall", ours[0], "ms", base[0]),
        Row("page switch, build + paint (CPU)", switching[1], "ms", bare_switching[1], 50.0),
        Row("  the same, wall", switching[0], "ms", bare_switching[0], 50.0),
    ]
    extra = {
        "notes": NOTES,
        "pages": len(deck.pages),
        "text_px": deck.fit_px,
        "legible_px": -(-SIZE[1] // 40),
    }
    projection.stop()
    document.close()
    return rows, extra


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        rows, extra = bench(Path(folder))
    print_table(rows)
    print(extra)
    write_json("bench_projection", rows, extra)
    del app
    return 0 if all(r.ok for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
