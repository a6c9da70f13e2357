"""Rows of a round's board read and placed inside an operation's transaction.

The board's operations (``ops/board.py``) share these; the names keep their
leading underscore where they are private to the board's operations.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select

from app.model.entities import TABLES
from app.model.errors import OperationError
from app.model.layout import GAP, HEADER, NOTE_H, NOTE_W, Rect
from app.model.ops.edits import Edit
from app.model.ops.primitives import Op, Tx, Update, select_rows

NOTE = TABLES["note"]
CLUSTER = TABLES["cluster"]
SUBGROUP = TABLES["subgroup"]
COPY_SKIP = ("id", "created", "updated", "cluster_id")


def area_at(areas: Mapping[int, Rect], x: float, y: float) -> int | None:
    """The id of the smallest area containing the point, or None: inner frames win."""
    inside = [(r.w * r.h, key) for key, r in areas.items() if r.contains(x, y)]
    return min(inside)[1] if inside else None


def _frames(tx: Tx, round_id: int) -> dict[int, Rect]:
    rows = tx.conn.execute(select(CLUSTER).where(CLUSTER.c.round_id == round_id)).mappings()
    return {r["id"]: _rect(r) for r in rows}


def _centre(rect: Rect) -> tuple[float, float]:
    return rect.x + rect.w / 2, rect.y + rect.h / 2


def _rect(row: Mapping[str, Any]) -> Rect:
    return Rect(row["x"], row["y"], row["w"], row["h"])


def _notes(tx: Tx, ids: Sequence[int]) -> list[dict[str, Any]]:
    rows = select_rows(tx.conn, NOTE, ids)
    if len(rows) != len(set(ids)):
        raise OperationError("Some of these post-its no longer exist.")
    return rows


def cluster_members(tx: Tx, cluster_id: int) -> list[dict[str, Any]]:
    ids = tx.conn.scalars(select(NOTE.c.id).where(NOTE.c.cluster_id == cluster_id)).all()
    return select_rows(tx.conn, NOTE, ids)


def free_slots(
    area: Rect, taken: Sequence[Rect], count: int, w: float = NOTE_W, h: float = NOTE_H
) -> list[tuple[float, float]]:
    """Top-left corners of ``count`` grid cells in ``area`` (below its title) that overlap nothing.

    Rows continue below the area when it is full; the caller grows the area.
    """
    columns = max(1, int((area.w - GAP) // (w + GAP)))
    left, top = area.x + GAP, area.y + HEADER + GAP
    # Index the taken rectangles by the grid rows they may reach, so a board holding
    # hundreds of notes costs a few comparisons per cell instead of one per note.
    near: dict[int, list[Rect]] = defaultdict(list)
    for t in taken:
        if t.right <= left or t.x >= left + columns * (w + GAP):
            continue
        for row in range(
            max(0, math.floor((t.y - top - h) / (h + GAP))),
            math.floor((t.bottom - top) / (h + GAP)) + 1,
        ):
            near[row].append(t)
    slots: list[tuple[float, float]] = []
    index = 0
    while len(slots) < count:
        row = index // columns
        x = left + (index % columns) * (w + GAP)
        y = top + row * (h + GAP)
        cell = Rect(x, y, w, h)
        if not any(_overlap(cell, t) for t in near.get(row, ())):
            slots.append((x, y))
        index += 1
    return slots


def _overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def _grow_to(tx: Tx, subgroup: Mapping[str, Any], rects: Sequence[Rect]) -> Op:
    """Make a subgroup's area tall and wide enough for ``rects``; a no-op when it already is."""
    if not rects:
        return Update("subgroup", {})
    box = Rect.bounding(rects)
    w = max(subgroup["w"], box.right + GAP - subgroup["x"])
    h = max(subgroup["h"], box.bottom + GAP - subgroup["y"])
    if (w, h) == (subgroup["w"], subgroup["h"]):
        return Update("subgroup", {})
    return Edit("subgroup", {subgroup["id"]: {"w": w, "h": h}}).apply(tx)


def _subgroup(tx: Tx, subgroup_id: int) -> dict[str, Any]:
    rows = select_rows(tx.conn, SUBGROUP, [subgroup_id])
    if not rows:
        raise OperationError("This subgroup no longer exists.")
    return rows[0]
