"""Projection speed, offscreen: what a second view on the board scene and vote clicks cost.

Figures, each against a baseline measured in the same run:
- repainting the projection at 1920x1080 showing the whole board, against the
  facilitator's own board view repainting the same rect at the same size, both in
  the same level of detail (the target); and, for scale only, against a bare
  QGraphicsView of plain C++ rect + text items at the same places and zoom: at
  that zoom ours draws the post-its as batched rectangles, so that row is not like
  for like (``bench_projection.py`` compares text drawn against text drawn);
- the facilitator's repaint while the projection is open, against the same
  repaint with no projection (the second view must not slow the first);
- one vote (document.push, change notification, both views updated), against a
  raw sqlite3 UPDATE + COMMIT of the same row.

Run: QT_QPA_PLATFORM=offscreen python bench/bench_projector.py
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlite3
import sys
import tempfile
from pathlib import Path

from bench_board import bare_scene, board_view, make_workshop, read_raw, shown
from common import Row, measure, print_table, write_json
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QGraphicsView

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.model.ops.board import Vote  # noqa: E402
from app.ui.document import Document  # noqa: E402
from app.ui.session.projector import ProjectorWindow, ViewFollower  # noqa: E402

SIZE = (1920, 1080)
NOTES = (100, 300)
REPEAT = 25


def repaint_ms(view: QGraphicsView, repeat: int) -> float:
    """Median time of one full repaint of the view's viewport."""
    return measure(view.viewport().repaint, repeat=repeat, warmup=3).median_ms


def vote_ms(document: Document, note_id: int, repeat: int = 30) -> float:
    """One vote through the document, with both views repainted as a facilitator sees it."""

    def one() -> None:
        document.push(Vote((note_id,), 1), "Vote")
        QApplication.processEvents()

    return measure(one, repeat=repeat, warmup=3).median_ms


def raw_vote_ms(path: Path, note_id: int, repeat: int = 30) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")

    def one() -> None:
        conn.execute("BEGIN")
        conn.execute("UPDATE note SET votes = votes + 1 WHERE id = ?", (note_id,))
        conn.execute("COMMIT")

    try:
        return measure(one, repeat=repeat, warmup=3).median_ms
    finally:
        conn.close()


def bench(folder: Path) -> list[Row]:
    rows: list[Row] = []
    for n in NOTES:
        path = make_workshop(folder, n)
        raw = read_raw(path)
        view, document = board_view(path)
        alone = repaint_ms(view, repeat=REPEAT)
        window = ProjectorWindow(view.board_scene)
        window.resize(*SIZE)
        window.show()
        follower = ViewFollower(view)
        follower.moved.connect(window.pane.follow)
        window.pane.follow(follower.current())
        QApplication.processEvents()
        rows.append(
            Row(
                f"board view repaint with projection open, {n} notes",
                repaint_ms(view, repeat=REPEAT),
                "ms",
                alone,
                ratio_target=1.5,
            )
        )
        projection = window.pane.view
        target = window.pane.shown_target()
        naive = bare_scene(raw)  # kept: a view does not own its scene
        bare = shown(QGraphicsView(naive))
        for other in (bare, view):  # same size, same part of the board
            other.resize(projection.size())
            other.fitInView(target, Qt.AspectRatioMode.KeepAspectRatio)
        QApplication.processEvents()
        # Measured after the board view's fit: the scene's level of detail follows every
        # view, so the projection and the board view are compared in the same one.
        projected = repaint_ms(projection, repeat=REPEAT)
        rows.append(
            Row(
                f"projection repaint (zoomed out: batched) vs bare C++ rect+text, {n} notes",
                projected,
                "ms",
                repaint_ms(bare, repeat=REPEAT),
            )
        )
        rows.append(
            Row(
                f"projection repaint vs board view, {n} notes",
                projected,
                "ms",
                repaint_ms(view, repeat=REPEAT),
                ratio_target=1.5,
            )
        )
        note_id = next(iter(view.board_scene.notes))
        copy = raw_copy(path, folder / f"raw-{n}.sqlite")
        rows.append(
            Row(
                f"vote click round trip, {n} notes",
                vote_ms(document, note_id),
                "ms",
                raw_vote_ms(copy, note_id),
                target=100.0,
            )
        )
        window.close()
        bare.close()
        view.close()
        document.close()
    return rows


def raw_copy(path: Path, target: Path) -> Path:
    """A plain copy of the workshop for the raw sqlite3 baseline (no lock, no listeners)."""
    source = sqlite3.connect(path)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        source.close()
        copy.close()
    return target


def main() -> None:
    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        rows = bench(Path(folder))
    print_table(rows)
    write_json("projector", rows)


if __name__ == "__main__":
    main()
