"""Edits of a round's board that span rows: votes, clusters, tidying and the board's gestures."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.model.errors import OperationError
from app.model.layout import (
    GAP,
    HEADER,
    NOTE_H,
    NOTE_W,
    Rect,
    frame_around,
)
from app.model.ops.board_rows import (
    CLUSTER,
    COPY_SKIP,
    NOTE,
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
        undo: list[Op] = []
        target = cluster_subgroup([n["subgroup_id"] for n in notes])
        strays = [n for n in notes if n["subgroup_id"] != target]
        if strays and target is not None:  # one cluster, one subgroup: the others move there
            undo.append(_gather(tx, target, notes, strays))
            notes = _notes(tx, self.note_ids)
        frame = frame_around([_rect(n) for n in notes])
        row = {"round_id": rounds.pop(), "title": self.title, "colour": self.colour}
        row.update(x=frame.x, y=frame.y, w=frame.w, h=frame.h)
        undo.append(Add("cluster", (row,)).apply(tx))
        cluster_id = tx.changes[-1].id
        undo.append(Edit("note", {n["id"]: {"cluster_id": cluster_id} for n in notes}).apply(tx))
        if target is not None:
            undo.append(_grow_to(tx, _subgroup(tx, target), [frame]))
        return Batch(tuple(reversed(undo)))


def cluster_subgroup(subgroup_ids: Sequence[int | None]) -> int | None:
    """The subgroup a cluster of notes from these subgroups belongs to: where most of them are.

    A tie goes to the subgroup of the first note (the caller passes them in id order).
    """
    known = [s for s in subgroup_ids if s is not None]
    if not known:
        return None
    counts = {s: known.count(s) for s in known}
    most = max(counts.values())
    return next(s for s in known if counts[s] == most)


def _gather(
    tx: Tx, target: int, notes: Sequence[dict[str, Any]], strays: Sequence[dict[str, Any]]
) -> Op:
    """Move ``strays`` into free cells beside the target subgroup's notes, in that subgroup."""
    subgroup = _subgroup(tx, target)
    staying = [_rect(n) for n in notes if n["subgroup_id"] == target]
    moving = {n["id"] for n in strays}
    taken = [_rect(r) for r in _round_notes(tx, subgroup["round_id"]) if r["id"] not in moving]
    area = _rect(subgroup)
    if staying:  # next to the notes that stay, so the frame stays compact
        box = Rect.bounding(staying)
        area = Rect(box.x - GAP, box.y - GAP - HEADER, max(area.right - box.x + GAP, NOTE_W), 0)
    w, h = max(n["w"] for n in strays), max(n["h"] for n in strays)
    slots = free_slots(area, taken, len(strays), w, h)
    values = {
        n["id"]: {"subgroup_id": target, "x": x, "y": y}
        for n, (x, y) in zip(strays, slots, strict=True)
    }
    return Edit("note", values).apply(tx)


def _round_notes(tx: Tx, round_id: int) -> list[Mapping[str, Any]]:
    return list(tx.conn.execute(select(NOTE).where(NOTE.c.round_id == round_id)).mappings())


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
        if not members:  # an emptied frame shrinks to its title band, never stays huge
            values = {"w": NOTE_W + 2 * GAP, "h": HEADER + 2 * GAP}
            return Edit("cluster", {self.cluster_id: values}).apply(tx)
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
        rect = Rect(self.x, self.y, self.w, self.h)
        row["cluster_id"] = area_at(_frames(tx, self.round_id), *_centre(rect))
        undo = [Add("note", (row,)).apply(tx)]
        if row["cluster_id"] is not None:  # a chained note stays inside its frame: it grows
            undo.append(FitCluster(row["cluster_id"]).apply(tx))
            undo += _clear_below(tx, row["cluster_id"])
        if self.subgroup_id is not None:  # and inside its subgroup's area
            frames = [r for r in _frames(tx, self.round_id).values() if _overlap(r, rect)]
            undo.append(_grow_to(tx, _subgroup(tx, self.subgroup_id), [rect, *frames]))
        return Batch(tuple(reversed(undo)))


@dataclass(frozen=True)
class CaptureNotes(Op):
    """Quick capture: one post-it per text, in free grid cells of the subgroup's area."""

    subgroup_id: int
    texts: tuple[str, ...]
    kind: str = "idee"
    sizes: tuple[tuple[float, float], ...] = ()
    """(w, h) per text, when the UI grew a note so its text keeps the board's size."""

    def apply(self, tx: Tx) -> Op:
        sizes = self.sizes or ((NOTE_W, NOTE_H),) * len(self.texts)
        cell_w, cell_h = max(w for w, _ in sizes), max(h for _, h in sizes)
        subgroup = _subgroup(tx, self.subgroup_id)
        # Only the rectangles, straight from the driver: this runs for every arriving note.
        taken_rows = driver(tx.conn).execute(
            "SELECT x, y, w, h FROM note WHERE round_id = ?", (subgroup["round_id"],)
        )
        taken = [Rect(*r) for r in taken_rows]
        slots = free_slots(_rect(subgroup), taken, len(self.texts), cell_w, cell_h)
        rows = tuple(
            {
                "round_id": subgroup["round_id"],
                "subgroup_id": self.subgroup_id,
                "kind": self.kind,
                "text": text,
                "x": x,
                "y": y,
                "w": w,
                "h": h,
            }
            for text, (x, y), (w, h) in zip(self.texts, slots, sizes, strict=True)
        )
        undo_notes = Add("note", rows).apply(tx)
        undo_area = _grow_to(tx, subgroup, [Rect(r["x"], r["y"], r["w"], r["h"]) for r in rows])
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


def _clear_below(tx: Tx, cluster_id: int) -> list[Op]:
    """Move frames that a grown frame now overlaps down below it (and so on, down the board)."""
    undo: list[Op] = []
    frames = _frames(tx, select_rows(tx.conn, CLUSTER, [cluster_id])[0]["round_id"])
    settled = [cluster_id]
    for other in sorted(frames, key=lambda f: (frames[f].y, frames[f].x)):
        if other == cluster_id:
            continue
        rect = frames[other]
        below = [frames[s] for s in settled if _overlap(frames[s], rect)]
        if below and rect.y >= frames[cluster_id].y:
            dy = max(b.bottom for b in below) + GAP - rect.y
            undo.append(MoveCluster(other, 0.0, dy).apply(tx))
            frames[other] = Rect(rect.x, rect.y + dy, rect.w, rect.h)
        settled.append(other)
    return undo
