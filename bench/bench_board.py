"""Board speed, offscreen: repaint at fit zoom, dragging among many notes, building a round's scene.

Each figure has a baseline measured in the same run: a bare QGraphicsView of
plain C++ QGraphicsRectItem + QGraphicsSimpleTextItem items (one pair per
note, same places, same zoom), and raw sqlite3 for reading the rows.

Run: QT_QPA_PLATFORM=offscreen python bench/bench_board.py [--screenshots]
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from common import Row, Stats, measure, print_table, write_json
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontDatabase
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.model.layout import area_layout, grid_positions  # noqa: E402
from app.model.ops import Insert  # noqa: E402
from app.model.store import WorkshopStore  # noqa: E402
from app.ui.board.scene import BoardScene  # noqa: E402
from app.ui.board.view import BoardView  # noqa: E402
from app.ui.document import Document  # noqa: E402

SIZE = (1920, 1080)
WORDS = ("meer", "samen", "leren", "buiten", "spelen", "rust", "in", "de", "klas", "ouders")
WORDS += ("betrekken", "minder", "toetsen", "eigen", "tempo", "talent", "ontdekken", "feedback")
WORDS += ("plannen", "vergaderen", "werkdruk", "digitaal", "portfolio", "kindgesprek", "maatwerk")
COLOURS = ("#ffe08a", "#a8e6a1", "#9fd3ff", "#ffb3c7", "#d4b8ff")


def make_workshop(folder: Path, notes: int, per_subgroup: int = 100) -> Path:
    """A workshop file with one round of ``notes`` post-its in subgroups of ``per_subgroup``."""
    path = folder / f"board-{notes}.bruinpapier"
    store = WorkshopStore.create(path)
    rng = random.Random(notes)
    store.apply(Insert("session", ({"id": 1, "title": "S"},)))
    store.apply(Insert("round", ({"id": 1, "session_id": 1, "title": "R"},)))
    counts = [per_subgroup] * (notes // per_subgroup)
    areas = area_layout(counts)
    subgroups, rows = [], []
    for i, (count, area) in enumerate(zip(counts, areas, strict=True)):
        colour = COLOURS[i % len(COLOURS)]
        subgroups.append(
            {"id": i + 1, "round_id": 1, "name": f"Groep {i + 1}", "colour": colour}
            | {"position": i, "x": area.x, "y": area.y, "w": area.w, "h": area.h}
        )
        for x, y in grid_positions(count, area.x, area.y + 56, 4):
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 12)))
            rows.append({"round_id": 1, "subgroup_id": i + 1, "text": text, "x": x, "y": y})
    store.apply(Insert("subgroup", tuple(subgroups)))
    store.apply(Insert("note", tuple(rows)))
    store.close()
    return path


def read_raw(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT x, y, w, h, text, subgroup_id FROM note WHERE round_id = 1"
        ).fetchall()
    finally:
        conn.close()


def bare_scene(rows: list[tuple]) -> QGraphicsScene:
    """The naive board: plain C++ items, no level of detail."""
    scene = QGraphicsScene()
    for x, y, w, h, text, subgroup in rows:
        rect = QGraphicsRectItem(0, 0, w, h)
        rect.setPos(x, y)
        rect.setBrush(QBrush(QColor(COLOURS[(subgroup - 1) % len(COLOURS)])))
        rect.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        )
        label = QGraphicsSimpleTextItem(text[:40])
        label.setPos(x + 8, y + 40)
        scene.addItem(rect)
        scene.addItem(label)
    return scene


def shown(view: QGraphicsView, fit: QRectF | None = None) -> QGraphicsView:
    view.resize(*SIZE)
    view.show()
    QApplication.processEvents()
    if fit is not None:
        view.fitInView(fit, Qt.AspectRatioMode.KeepAspectRatio)
    QApplication.processEvents()
    return view


def repaint_ms(view: QGraphicsView, repeat: int = 15) -> float:
    return measure(view.viewport().repaint, repeat=repeat, warmup=3).median_ms


def drag_ms(view: QGraphicsView, target: QPointF, moves: int = 60) -> float:
    """Median time of one mouse move (event plus the repaint it causes) dragging one item."""
    viewport = view.viewport()
    start = view.mapFromScene(target)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    samples = []
    for i in range(1, moves + 1):
        pos = start + QPointF(3 * i, 2 * i).toPoint()
        began = time.perf_counter()
        QTest.mouseMove(viewport, pos)
        QApplication.processEvents()  # the repaint of what the move exposed
        samples.append((time.perf_counter() - began) * 1000)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    QApplication.processEvents()
    samples.sort()
    return samples[len(samples) // 2]


def build_stats(document: Document) -> Stats:
    """Building a fresh scene of round 1 (database read included); old scenes go untimed."""
    scenes: list[BoardScene] = []

    def fresh() -> None:
        scenes[:] = [BoardScene(document)]

    stats = measure(lambda: scenes[0].show_round(1), repeat=9, warmup=1, setup=fresh)
    scenes.clear()
    return stats


def board_view(path: Path) -> tuple[BoardView, Document]:
    document = Document(WorkshopStore.open(path, backup=False))
    view = shown(BoardView(document))
    view.show_round(1)
    QApplication.processEvents()
    return view, document


def bench(folder: Path) -> list[Row]:
    rows: list[Row] = []
    paths = {n: make_workshop(folder, n) for n in (2000, 10000)}
    for n, path in paths.items():
        view, document = board_view(path)
        raw = read_raw(path)
        bare_scene_ = bare_scene(raw)
        bare = shown(QGraphicsView(bare_scene_), view.board_scene.board_rect())
        ours = repaint_ms(view)
        base = repaint_ms(bare)
        target = 16.0 if n == 2000 else None
        rows.append(
            Row(f"repaint at fit, {n} notes", ours, "ms", base, target=target, ratio_target=1.0)
        )
        if n == 10000:
            note = view.board_scene.notes[n // 2]
            view.resetTransform()
            view.centerOn(note)
            QApplication.processEvents()
            ours = drag_ms(view, note.sceneBoundingRect().center())
            item = next(i for i in bare_scene_.items() if isinstance(i, QGraphicsRectItem))
            bare.resetTransform()
            bare.centerOn(item)
            QApplication.processEvents()
            base = drag_ms(bare, item.sceneBoundingRect().center())
            rows.append(Row(f"drag one note among {n}, per move", ours, "ms", base, target=2.0))
        if n == 2000:
            stats = build_stats(document)
            base = measure(lambda p=path: bare_scene(read_raw(p)), repeat=7, warmup=1)
            rows.append(
                Row(
                    f"build the scene of {n} notes (with DB read)",
                    stats.median_ms,
                    "ms",
                    base.median_ms,
                    target=200.0,
                )
            )
        view.close()
        bare.close()
        document.close()
    return rows


def scatter(document: Document, round_id: int) -> None:
    """Throw a round's post-its about inside their frames, as a busy session leaves them."""
    from sqlalchemy import select

    from app.model.entities import Cluster, Note
    from app.model.ops.board import MoveNotes

    rng = random.Random(3)
    places = {}
    query = (
        select(Note.id, Cluster.x, Cluster.y, Cluster.w, Cluster.h)
        .join(Cluster, Cluster.id == Note.cluster_id)
        .where(Note.round_id == round_id)
    )
    with document.store.read() as db:
        rows = db.execute(query).all()
    for note_id, x, y, w, h in rows:
        places[note_id] = (x + rng.uniform(0, w - 170), y + 56 + rng.uniform(0, h - 180))
    document.push(MoveNotes(places), "scatter")


def screenshots(out: Path) -> list[Path]:
    """The demo workshop's boards at laptop and full-HD size, as a facilitator would see them.

    The last picture is round 3 after its notes were scattered and then tidied.
    """
    from app.model.demo import build_demo

    out.mkdir(parents=True, exist_ok=True)
    saved = []

    def save(view: BoardView, name: str) -> None:
        QApplication.processEvents()
        path = out / name
        view.grab().save(str(path), "PNG", 0)
        saved.append(path)

    with tempfile.TemporaryDirectory() as tmp:
        store = WorkshopStore.create(Path(tmp) / "demo.bruinpapier")
        build_demo(store)
        document = Document(store)
        view = BoardView(document)
        for w, h in ((1280, 800), (1920, 1080)):
            view.resize(w, h)
            view.show()
            for round_id in (1, 2, 3, 4):
                view.show_round(round_id)
                save(view, f"board-round{round_id}-{w}x{h}.png")
        view.show_round(3)
        scatter(document, 3)
        save(view, "board-round3-scattered-1920x1080.png")
        view.tidy_selection()
        view.fit()
        save(view, "board-round3-tidied-1920x1080.png")
        document.close()
    return saved


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    for font in (ROOT / "resources" / "fonts").glob("*.ttf"):
        QFontDatabase.addApplicationFont(str(font))
    if "--screenshots" in sys.argv:
        for path in screenshots(ROOT / "docs" / "screenshots"):
            print(path.relative_to(ROOT), f"{path.stat().st_size // 1024} KB")
        return
    with tempfile.TemporaryDirectory() as tmp:
        rows = bench(Path(tmp))
    print_table(rows)
    out = write_json("board", rows, {"viewport": list(SIZE), "platform": app.platformName()})
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
