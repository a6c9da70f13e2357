"""Tidying a board: notes in neat grids inside their frames and areas, nothing overlapping.

Split from :mod:`app.model.ops.board` (the gestures); each op here is one
"Opruimen" and so one undo step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.model.errors import OperationError
from app.model.layout import GAP, HEADER, NOTE_H, Rect, columns_for, flow, tidy_in
from app.model.ops.board import FitCluster, MoveCluster, _clear_below
from app.model.ops.board_rows import (
    CLUSTER,
    NOTE,
    SUBGROUP,
    _centre,
    _frames,
    _grow_to,
    _notes,
    _overlap,
    _rect,
    _subgroup,
    area_at,
    cluster_members,
    free_slots,
)
from app.model.ops.edits import Edit, ensure_rounds_open
from app.model.ops.primitives import Batch, Op, Tx, Update, select_rows


@dataclass(frozen=True)
class Tidy(Op):
    """Arrange notes in a neat grid inside ``area`` (a subgroup's area or a cluster frame)."""

    note_ids: tuple[int, ...]
    area: Rect

    def apply(self, tx: Tx) -> Op:
        notes = sorted(_notes(tx, self.note_ids), key=lambda n: (n["y"], n["x"], n["id"]))
        places = tidy_in(self.area, [(n["w"], n["h"]) for n in notes])
        values = {n["id"]: {"x": x, "y": y} for n, (x, y) in zip(notes, places, strict=True)}
        return Edit("note", values).apply(tx)


@dataclass(frozen=True)
class TidyCluster(Op):
    """Arrange a cluster's notes in a grid inside its frame, then fit the frame to them."""

    cluster_id: int

    def apply(self, tx: Tx) -> Op:
        rows = select_rows(tx.conn, CLUSTER, [self.cluster_id])
        if not rows:
            raise OperationError("This cluster no longer exists.")
        members = cluster_members(tx, self.cluster_id)
        if not members:
            return Update("note", {})
        frame = _rect(rows[0])
        columns = columns_for(len(members))
        width = GAP + columns * (max(n["w"] for n in members) + GAP)
        area = Rect(frame.x, frame.y, width, frame.h)
        undo = [Tidy(tuple(n["id"] for n in members), area).apply(tx)]
        undo.append(FitCluster(self.cluster_id).apply(tx))
        undo += _clear_below(tx, self.cluster_id)
        return Batch(tuple(reversed(undo)))


@dataclass(frozen=True)
class TidySubgroup(Op):
    """Arrange a subgroup's loose notes (not in a cluster) in a grid in its area, growing it to fit.

    Cluster frames whose centre lies in the area are kept clear of: the grid
    skips cells they cover.
    """

    subgroup_id: int

    def apply(self, tx: Tx) -> Op:
        subgroup = _subgroup(tx, self.subgroup_id)
        area = _rect(subgroup)
        loose = tx.conn.execute(
            select(NOTE)
            .where(NOTE.c.subgroup_id == self.subgroup_id, NOTE.c.cluster_id.is_(None))
            .order_by(NOTE.c.y, NOTE.c.x, NOTE.c.id)
        ).mappings()
        notes = [dict(n) for n in loose]
        if not notes:
            return Update("note", {})
        frames = [f for f in _frames(tx, subgroup["round_id"]).values() if _overlap(area, f)]
        w = max(n["w"] for n in notes)
        h = max(n["h"] for n in notes)
        slots = free_slots(area, frames, len(notes), w, h)
        values = {n["id"]: {"x": x, "y": y} for n, (x, y) in zip(notes, slots, strict=True)}
        undo_notes = Edit("note", values).apply(tx)
        undo_area = _grow_to(tx, subgroup, [Rect(x, y, w, h) for x, y in slots] + frames)
        return Batch((undo_area, undo_notes))


@dataclass(frozen=True)
class TidyBoard(Op):
    """Tidy a whole round so that nothing overlaps.

    Every frame becomes a grid of its notes; each subgroup area holds its loose
    notes in a grid at the top and, below them, the frames whose centre lies in
    it, in rows; the areas are then laid out again in order, each carrying its
    contents. Frames outside every area stay where they are.
    """

    round_id: int

    def apply(self, tx: Tx) -> Op:
        ensure_rounds_open(tx, [self.round_id])
        frame_ids = sorted(_frames(tx, self.round_id))
        undo: list[Op] = [TidyCluster(c).apply(tx) for c in frame_ids]
        frames = _frames(tx, self.round_id)
        areas = [
            dict(r)
            for r in tx.conn.execute(
                select(SUBGROUP)
                .where(SUBGROUP.c.round_id == self.round_id)
                .order_by(SUBGROUP.c.position, SUBGROUP.c.id)
            ).mappings()
        ]
        if not areas:
            return Batch(tuple(reversed(undo)))
        rects = {a["id"]: _rect(a) for a in areas}
        owner = {f: area_at(rects, *_centre(r)) for f, r in frames.items()}
        loose = tx.conn.execute(
            select(NOTE)
            .where(NOTE.c.round_id == self.round_id, NOTE.c.cluster_id.is_(None))
            .order_by(NOTE.c.y, NOTE.c.x, NOTE.c.id)
        ).mappings()
        by_area: dict[int, list[dict[str, Any]]] = {a["id"]: [] for a in areas}
        for note in loose:
            if note["subgroup_id"] in by_area:
                by_area[note["subgroup_id"]].append(dict(note))
        # Lay each area out at (0, 0): its size, its notes' and frames' offsets inside it.
        note_at: dict[int, tuple[int, float, float]] = {}
        frame_at: dict[int, tuple[int, float, float]] = {}
        sizes: list[tuple[float, float]] = []
        for area in areas:
            mine = [f for f in frame_ids if owner[f] == area["id"]]
            width = max([area["w"], *(frames[f].w + 2 * GAP for f in mine)])
            notes = by_area[area["id"]]
            bottom = HEADER
            if notes:
                w = max(n["w"] for n in notes)
                h = max(n["h"] for n in notes)
                cells = tidy_in(Rect(0, 0, width, 0), [(w, h)] * len(notes))
                for note, (x, y) in zip(notes, cells, strict=True):
                    note_at[note["id"]] = (area["id"], x, y)
                bottom = max(y for _x, y in cells) + h
            x, y, row_h = GAP, bottom + GAP, 0.0
            for f in mine:
                if x > GAP and x + frames[f].w > width - GAP:
                    x, y, row_h = GAP, y + row_h + GAP, 0.0
                frame_at[f] = (area["id"], x, y)
                x += frames[f].w + GAP
                row_h = max(row_h, frames[f].h)
            height = max(y + row_h + GAP, HEADER + NOTE_H + 2 * GAP)
            sizes.append((width, height))
        # Flow the areas as the round's set-up does, from the board's old top-left corner.
        origin_x = min(a["x"] for a in areas)
        origin_y = min(a["y"] for a in areas)
        flowed = flow(sizes, origin_x, origin_y)
        placed = {area["id"]: rect for area, rect in zip(areas, flowed, strict=True)}
        subgroups = {i: {"x": r.x, "y": r.y, "w": r.w, "h": r.h} for i, r in placed.items()}
        undo.append(Edit("subgroup", subgroups).apply(tx))
        moves = {
            n: {"x": placed[a].x + dx, "y": placed[a].y + dy} for n, (a, dx, dy) in note_at.items()
        }
        undo.append(Edit("note", moves).apply(tx))
        for f, (a, dx, dy) in frame_at.items():
            shift_x = placed[a].x + dx - frames[f].x
            shift_y = placed[a].y + dy - frames[f].y
            if shift_x or shift_y:
                undo.append(MoveCluster(f, shift_x, shift_y).apply(tx))
        return Batch(tuple(reversed(undo)))
