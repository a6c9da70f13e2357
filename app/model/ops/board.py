"""Edits of a round's board that span rows: votes, clusters and tidying."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.model.entities import TABLES
from app.model.errors import OperationError
from app.model.layout import Rect, frame_around, tidy_in
from app.model.ops.edits import Add, Edit, Remove, ensure_rounds_open
from app.model.ops.primitives import Batch, Op, Tx, Update, select_rows

NOTE = TABLES["note"]
CLUSTER = TABLES["cluster"]


def _rect(row: Mapping[str, Any]) -> Rect:
    return Rect(row["x"], row["y"], row["w"], row["h"])


def _notes(tx: Tx, ids: Sequence[int]) -> list[dict[str, Any]]:
    rows = select_rows(tx.conn, NOTE, ids)
    if len(rows) != len(set(ids)):
        raise OperationError("Some of these post-its no longer exist.")
    return rows


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


def cluster_members(tx: Tx, cluster_id: int) -> list[dict[str, Any]]:
    ids = tx.conn.scalars(select(NOTE.c.id).where(NOTE.c.cluster_id == cluster_id)).all()
    return select_rows(tx.conn, NOTE, ids)


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
