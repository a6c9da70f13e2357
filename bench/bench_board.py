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
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import Row, print_table, write_json
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
from app.ui.board.editor import editor_for  # noqa: E402
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
    # 100 areas, two abreast, reach 111,000 units down: past the model's limit of 100,000
    # from the origin, so the big board starts above it.
    areas = area_layout(counts, origin_y=-50_000.0 if notes > 5_000 else 0.0)
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
    scene.setSceneRect(scene.itemsBoundingRect())  # fixed, as ours is: no regrowth per move
    return scene


def shown(view: QGraphicsView, fit: QRectF | None = None) -> QGraphicsView:
    view.resize(*SIZE)
    view.show()
    QApplication.processEvents()
    if fit is not None:
        view.fitInView(fit, Qt.AspectRatioMode.KeepAspectRatio)
    QApplication.processEvents()
    return view


Timing = tuple[float, float]
"""Median wall-clock and thread-CPU milliseconds."""


def timed(
    fn: Callable[[], object], repeat: int, warmup: int = 2, setup: Callable[[], object] = int
) -> Timing:
    """Median wall and CPU time of ``fn()``; ``setup()`` runs untimed before each call.

    CPU time (of this thread) is the figure that holds on a busy machine, where
    wall time also counts the waits for a core; both are reported.
    """
    for _ in range(warmup):
        setup()
        fn()
    wall, cpu = [], []
    for _ in range(repeat):
        setup()
        began, began_cpu = time.perf_counter(), time.thread_time()
        fn()
        cpu.append((time.thread_time() - began_cpu) * 1000)
        wall.append((time.perf_counter() - began) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def repaint(view: QGraphicsView) -> Timing:
    return timed(view.viewport().repaint, repeat=21, warmup=3)


def drag(view: QGraphicsView, target: QPointF, moves: int = 60) -> Timing:
    """One mouse move dragging one item: the event plus the repaint of what it uncovered."""
    viewport = view.viewport()
    start = view.mapFromScene(target)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    step = iter(range(1, 10 * moves))

    def move() -> None:
        i = next(step)
        QTest.mouseMove(viewport, start + QPointF(3 * i, 2 * i).toPoint())
        QApplication.processEvents()

    timing = timed(move, repeat=moves, warmup=2)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.processEvents()
    return timing


def build(document: Document) -> Timing:
    """Building a fresh scene of round 1 (database read included); old scenes go untimed."""
    scenes: list[BoardScene] = []

    def fresh() -> None:
        scenes[:] = [BoardScene(document)]

    timing = timed(lambda: scenes[0].show_round(1), repeat=9, warmup=1, setup=fresh)
    scenes.clear()
    return timing


def board_view(path: Path) -> tuple[BoardView, Document]:
    document = Document(WorkshopStore.open(path, backup=False))
    view = shown(BoardView(document))
    editor_for(view)
    view.show_round(1)
    QApplication.processEvents()
    return view, document


def rows_for(
    name: str, ours: Timing, base: Timing, target: float | None, ratio_target: float | None
) -> list[Row]:
    """The CPU-time row carries the targets; the wall-time row is shown beside it."""
    return [
        Row(f"{name} (CPU)", ours[1], "ms", base[1], target=target, ratio_target=ratio_target),
        Row(f"{name} (wall)", ours[0], "ms", base[0]),
    ]


def bench(folder: Path) -> list[Row]:
    rows: list[Row] = []
    paths = {n: make_workshop(folder, n) for n in (2000, 10000)}
    for n, path in paths.items():
        view, document = board_view(path)
        raw = read_raw(path)
        plain = bare_scene(raw)
        bare = shown(QGraphicsView(plain), view.board_scene.board_rect())
        target = 16.0 if n == 2000 else None
        rows += rows_for(f"repaint at fit, {n} notes", repaint(view), repaint(bare), target, 1.0)
        if n == 10000:
            note = view.board_scene.notes[n // 2 - 50]  # mid-area, away from its corners
            view.resetTransform()
            view.centerOn(note)
            item = next(i for i in plain.items() if isinstance(i, QGraphicsRectItem))
            bare.resetTransform()
            bare.centerOn(item)
            QApplication.processEvents()
            ours = drag(view, note.sceneBoundingRect().center())
            base = drag(bare, item.sceneBoundingRect().center())
            rows += rows_for(f"drag one note among {n}, per move", ours, base, 2.0, None)
        if n == 2000:
            base = timed(lambda p=path: bare_scene(read_raw(p)), repeat=9, warmup=1)
            rows += rows_for(f"build the scene of {n} notes", build(document), base, 200.0, None)
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
        editor_for(view)
        for w, h in ((1280, 800), (1920, 1080)):
            view.resize(w, h)
            view.show()
            for round_id in (1, 2, 3, 4):
                view.show_round(round_id)
                save(view, f"board-round{round_id}-{w}x{h}.png")
        view.show_round(3)
        scatter(document, 3)
        save(view, "board-round3-scattered-1920x1080.png")
        view.edits.tidy()
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
    extra = {
        "viewport": list(SIZE),
        "platform": app.platformName(),
        "load_average": os.getloadavg(),
        "cpus": os.cpu_count(),
    }
    out = write_json("board", rows, extra)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
