"""Edits of a round's board that span rows: votes, clusters, tidying and the board's gestures."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.model.errors import OperationError
from app.model.layout import (
    AREA_GAP,
    GAP,
    HEADER,
    MAX_ROW_WIDTH,
    NOTE_H,
    NOTE_W,
    Rect,
    columns_for,
    frame_around,
    tidy_in,
)
from app.model.ops.board_rows import (
    CLUSTER,
    COPY_SKIP,
    NOTE,
    SUBGROUP,
    _centre,
    _frames,
    _grow_to,
    _notes,
    _rect,
    _subgroup,
    area_at,
    cluster_members,
    free_slots,
)
from app.model.ops.edits import Add, Edit, Remove, ensure_rounds_open
from app.model.ops.primitives import Batch, Op, Tx, Update, driver, select_rows


@dataclass(frozen=True)
class Vote(Op):
    """Give (``delta`` > 0) or take back votes; never below zero."""

    note_ids: tuple[int, ...]
    delta: int = 1

    def apply(self, tx: Tx) -> Op:
        notes = _notes(tx, self.note_ids)
        values = {n["id"]: {"votes": max(0, n["votes"] + self.delta)} for n in notes}
        return Edit("note", values).apply(tx)


@dataclass(frozen=True)
class CreateCluster(Op):
    """Frame the given notes with a titled cluster and make them its members."""

    note_ids: tuple[int, ...]
    title: str = ""
    colour: str = ""

    def apply(self, tx: Tx) -> Op:
        notes = _notes(tx, self.note_ids)
        if not notes:
            raise OperationError("Select at least one post-it to make a cluster.")
        rounds = {n["round_id"] for n in notes}
        if len(rounds) != 1:
            raise OperationError("A cluster can only hold post-its of one round.")
        frame = frame_around([_rect(n) for n in notes])
        row = {"round_id": rounds.pop(), "title": self.title, "colour": self.colour}
        row.update(x=frame.x, y=frame.y, w=frame.w, h=frame.h)
        undo_insert = Add("cluster", (row,)).apply(tx)
        cluster_id = tx.changes[-1].id
        undo_members = Edit("note", {n["id"]: {"cluster_id": cluster_id} for n in notes}).apply(tx)
        return Batch((undo_members, undo_insert))


@dataclass(frozen=True)
class MoveCluster(Op):
    """Move a cluster's frame and its notes together."""

    cluster_id: int
    dx: float
    dy: float

    def apply(self, tx: Tx) -> Op:
        (frame,) = select_rows(tx.conn, CLUSTER, [self.cluster_id]) or [None]
        if frame is None:
            raise OperationError("This cluster no longer exists.")
        ensure_rounds_open(tx, [frame["round_id"]])
        moved = {
            n["id"]: {"x": n["x"] + self.dx, "y": n["y"] + self.dy}
            for n in cluster_members(tx, self.cluster_id)
        }
        undo_notes = Update("note", moved).apply(tx)
        undo_frame = Update(
            "cluster", {self.cluster_id: {"x": frame["x"] + self.dx, "y": frame["y"] + self.dy}}
        ).apply(tx)
        return Batch((undo_frame, undo_notes))


@dataclass(frozen=True)
class FitCluster(Op):
    """Shrink or grow a cluster's frame to its current members."""

    cluster_id: int

    def apply(self, tx: Tx) -> Op:
        members = cluster_members(tx, self.cluster_id)
        if not members:
            return Update("cluster", {})
        frame = frame_around([_rect(n) for n in members])
        values = {"x": frame.x, "y": frame.y, "w": frame.w, "h": frame.h}
        return Edit("cluster", {self.cluster_id: values}).apply(tx)


@dataclass(frozen=True)
class SetCluster(Op):
    """Move notes into a cluster (or out, with ``None``) and refit the frames involved."""

    note_ids: tuple[int, ...]
    cluster_id: int | None

    def apply(self, tx: Tx) -> Op:
        notes = _notes(tx, self.note_ids)
        touched = {n["cluster_id"] for n in notes} | {self.cluster_id}
        undo = [Edit("note", {n["id"]: {"cluster_id": self.cluster_id} for n in notes}).apply(tx)]
        undo += [FitCluster(c).apply(tx) for c in sorted(t for t in touched if t is not None)]
        return Batch(tuple(reversed(undo)))


def ungroup(*cluster_ids: int) -> Remove:
    """Remove cluster frames; their notes stay where they are."""
    return Remove("cluster", tuple(cluster_ids))


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


# -- gestures of the board view, decided here so they are testable without Qt ------------------


@dataclass(frozen=True)
class MoveNotes(Op):
    """Drop notes at new places: each joins the frame its centre lands in (or leaves its own).

    A note whose centre stays inside its own frame keeps it, even where frames
    overlap. Every frame that gained, lost or moved a member is refitted.
    """

    places: Mapping[int, tuple[float, float]]

    def apply(self, tx: Tx) -> Op:
        notes = _notes(tx, list(self.places))
        if not notes:
            return Update("note", {})
        frames = _frames(tx, notes[0]["round_id"])
        values: dict[int, dict[str, Any]] = {}
        touched: set[int] = set()
        for note in notes:
            x, y = self.places[note["id"]]
            cx, cy = _centre(Rect(x, y, note["w"], note["h"]))
            own = note["cluster_id"]
            keep = own is not None and own in frames and frames[own].contains(cx, cy)
            target = own if keep else area_at(frames, cx, cy)
            values[note["id"]] = {"x": x, "y": y, "cluster_id": target}
            touched |= {own, target} - {None}
        undo = [Edit("note", values).apply(tx)]
        undo += [FitCluster(c).apply(tx) for c in sorted(touched)]
        return Batch(tuple(reversed(undo)))


@dataclass(frozen=True)
class AddNote(Op):
    """Capture one post-it with its text at a point; inside a cluster frame it joins it."""

    round_id: int
    subgroup_id: int | None
    text: str
    x: float
    y: float
    kind: str = "idee"
    w: float = NOTE_W
    h: float = NOTE_H

    def apply(self, tx: Tx) -> Op:
        row = {
            "round_id": self.round_id,
            "subgroup_id": self.subgroup_id,
            "text": self.text,
            "kind": self.kind,
            "x": self.x,
            "y": self.y,
            "w": self.w,
            "h": self.h,
        }
        centre = _centre(Rect(self.x, self.y, self.w, self.h))
        row["cluster_id"] = area_at(_frames(tx, self.round_id), *centre)
        return Add("note", (row,)).apply(tx)


@dataclass(frozen=True)
class CaptureNotes(Op):
    """Quick capture: one post-it per text, in free grid cells of the subgroup's area."""

    subgroup_id: int
    texts: tuple[str, ...]
    kind: str = "idee"

    def apply(self, tx: Tx) -> Op:
        subgroup = _subgroup(tx, self.subgroup_id)
        # Only the rectangles, straight from the driver: this runs for every arriving note.
        taken_rows = driver(tx.conn).execute(
            "SELECT x, y, w, h FROM note WHERE round_id = ?", (subgroup["round_id"],)
        )
        taken = [Rect(*r) for r in taken_rows]
        slots = free_slots(_rect(subgroup), taken, len(self.texts))
        rows = tuple(
            {
                "round_id": subgroup["round_id"],
                "subgroup_id": self.subgroup_id,
                "kind": self.kind,
                "text": text,
                "x": x,
                "y": y,
            }
            for text, (x, y) in zip(self.texts, slots, strict=True)
        )
        undo_notes = Add("note", rows).apply(tx)
        undo_area = _grow_to(tx, subgroup, [Rect(x, y, NOTE_W, NOTE_H) for x, y in slots])
        return Batch((undo_area, undo_notes))


@dataclass(frozen=True)
class DuplicateNotes(Op):
    """Copies of notes, offset by (dx, dy), outside any cluster."""

    note_ids: tuple[int, ...]
    dx: float = GAP * 2
    dy: float = GAP * 2

    def apply(self, tx: Tx) -> Op:
        rows = tuple(
            {k: v for k, v in n.items() if k not in COPY_SKIP}
            | {"x": n["x"] + self.dx, "y": n["y"] + self.dy}
            for n in _notes(tx, self.note_ids)
        )
        return Add("note", rows).apply(tx)


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
        undo_tidy = Tidy(tuple(n["id"] for n in members), area).apply(tx)
        undo_fit = FitCluster(self.cluster_id).apply(tx)
        return Batch((undo_fit, undo_tidy))


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
        frames = [
            f for f in _frames(tx, subgroup["round_id"]).values() if area.contains(*_centre(f))
        ]
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
        placed: dict[int, Rect] = {}
        x, y, row_h = origin_x, origin_y, 0.0
        for area, (w, h) in zip(areas, sizes, strict=True):
            if placed and x + w > origin_x + MAX_ROW_WIDTH:
                x, y, row_h = origin_x, y + row_h + AREA_GAP, 0.0
            placed[area["id"]] = Rect(x, y, w, h)
            x += w + AREA_GAP
            row_h = max(row_h, h)
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
