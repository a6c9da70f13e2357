"""Helpers of the board tests: a fresh board, scene and database snapshots, mouse gestures."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from app.model.entities import Cluster, Note, Subgroup
from app.model.layout import Rect
from app.model.ops import Insert
from app.model.store import WorkshopStore
from app.ui.board.view import BoardView


@dataclass(frozen=True)
class Board:
    """Ids of a fresh one-round board with two side-by-side subgroup areas."""

    round_id: int
    left: int
    right: int


def build_board(store: WorkshopStore) -> Board:
    """One session, one round, subgroups "Leerlingen" (0..800) and "Ouders" (848..1648)."""
    store.apply(Insert("session", ({"id": 1, "title": "Sessie 1"},)))
    store.apply(Insert("round", ({"id": 1, "session_id": 1, "title": "Bruin papier"},)))
    areas = (
        {"id": 1, "round_id": 1, "name": "Leerlingen", "colour": "#f4a261", "position": 0},
        {"id": 2, "round_id": 1, "name": "Ouders", "colour": "#2a9d8f", "position": 1, "x": 848},
    )
    store.apply(Insert("subgroup", areas))
    return Board(round_id=1, left=1, right=2)


def notes(store: WorkshopStore) -> list[Note]:
    with store.read() as db:
        return list(db.scalars(select(Note).order_by(Note.id)))


def overlapping(rects: list[Rect]) -> list[tuple[Rect, Rect]]:
    """The pairs of rectangles that overlap."""
    return [
        (a, b)
        for i, a in enumerate(rects)
        for b in rects[i + 1 :]
        if a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom
    ]


def db_board(store: WorkshopStore, round_id: int = 1) -> dict[str, dict]:
    """What the database holds for a round's board, in the shape :func:`scene_board` gives."""
    with store.read() as db:
        notes = db.scalars(select(Note).where(Note.round_id == round_id))
        clusters = db.scalars(select(Cluster).where(Cluster.round_id == round_id))
        areas = db.scalars(select(Subgroup).where(Subgroup.round_id == round_id))
        return {
            "notes": {
                n.id: (
                    n.text,
                    n.x,
                    n.y,
                    n.w,
                    n.h,
                    n.subgroup_id,
                    n.cluster_id,
                    str(n.kind),
                    n.colour,
                    n.votes,
                )
                for n in notes
            },
            "clusters": {c.id: (c.title, c.x, c.y, c.w, c.h) for c in clusters},
            "areas": {a.id: (a.name, a.x, a.y, a.w, a.h) for a in areas},
        }


def scene_board(view: BoardView) -> dict[str, dict]:
    """What the board shows: item geometry as drawn, texts and memberships as held."""
    scene = view.board_scene
    notes = {}
    for note_id, item in scene.notes.items():
        r = item.row
        notes[note_id] = (
            r["text"],
            item.pos().x(),
            item.pos().y(),
            item.rect().width(),
            item.rect().height(),
            r["subgroup_id"],
            next((c for c, ids in scene.members.items() if note_id in ids), None),
            str(r["kind"]),
            r["colour"],
            r["votes"],
        )
    clusters = {
        i: (c.row["title"], c.pos().x(), c.pos().y(), c.rect().width(), c.rect().height())
        for i, c in scene.clusters.items()
    }
    areas = {
        i: (a.row["name"], a.pos().x(), a.pos().y(), a.rect().width(), a.rect().height())
        for i, a in scene.areas.items()
    }
    return {"notes": notes, "clusters": clusters, "areas": areas}


def at(view: BoardView, x: float, y: float) -> QPoint:
    """The viewport position showing scene point (x, y)."""
    return view.mapFromScene(QPointF(x, y))


def drag(
    view: BoardView,
    start: QPoint,
    end: QPoint,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press, move in steps and release the left button on the viewport, as a hand would."""
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, start)
    for i in range(1, 6):
        QTest.mouseMove(viewport, start + (end - start) * i / 5)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, end)
