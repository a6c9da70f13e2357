"""Edits that arrive from participants' phones: one note or one dot per operation.

Each is an ordinary invertible ``Op``, so the window can push it through its
editor as one undoable step, exactly like a note the facilitator typed.
Per-stakeholder-group dot tallies live in the note's ``tags`` column as
``votes@GROUP=N`` tokens (no schema change); ``group_votes`` reads them back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from app.model.entities import TABLES
from app.model.errors import OperationError
from app.model.layout import Rect
from app.model.ops.board import (
    CaptureNotes,
    CreateCluster,
    FitCluster,
    cluster_members,
    free_slots,
)
from app.model.ops.edits import Add, Edit, ensure_rounds_open
from app.model.ops.primitives import Batch, Op, Tx, select_rows

TRAY_TITLE = "Binnengekomen"
NOTE, CLUSTER, SUBGROUP = TABLES["note"], TABLES["cluster"], TABLES["subgroup"]
VOTES_TAG = "votes@"
_VOTES = re.compile(rf"^{VOTES_TAG}(\d+)=(\d+)$")
_AUTHOR = "by:"


def group_votes(tags: str) -> dict[int, int]:
    """The dots per stakeholder-group id that phones gave a note."""
    found: dict[int, int] = {}
    for token in tags.split():
        match = _VOTES.match(token)
        if match:
            found[int(match[1])] = int(match[2])
    return found


def with_group_vote(tags: str, group_id: int, delta: int) -> str:
    """``tags`` with one group's tally changed by ``delta`` (never below zero)."""
    tally = group_votes(tags)
    tally[group_id] = max(0, tally.get(group_id, 0) + delta)
    kept = [t for t in tags.split() if not _VOTES.match(t)]
    kept += [f"{VOTES_TAG}{g}={n}" for g, n in sorted(tally.items()) if n]
    return " ".join(kept)


def author_tag(name: str) -> str:
    """A participant's optional name as one tag word (spaces become underscores)."""
    word = "_".join(name.split())
    return f"{_AUTHOR}{word}" if word else ""


def author_of(tags: str) -> str:
    """The name an ``author_tag`` holds, or ""."""
    for token in tags.split():
        if token.startswith(_AUTHOR):
            return token[len(_AUTHOR) :].replace("_", " ")
    return ""


def inserted_note(changes: list) -> int | None:
    """The id of the note an arrival inserted, from its transaction's changes."""
    for change in changes:
        if change.table == "note" and change.kind == "insert":
            return change.id
    return None


def _rect(row: dict) -> Rect:
    return Rect(row["x"], row["y"], row["w"], row["h"])


def _tray(tx: Tx, subgroup: dict) -> int | None:
    """The subgroup's "Binnengekomen" frame: titled so, with its centre in the area."""
    rows = tx.conn.execute(
        select(CLUSTER).where(
            CLUSTER.c.round_id == subgroup["round_id"], CLUSTER.c.title == TRAY_TITLE
        )
    ).mappings()
    frames = {r["id"]: _rect(r) for r in rows}
    area = _rect(subgroup)
    inside = {i: f for i, f in frames.items() if area.contains(f.x + f.w / 2, f.y + f.h / 2)}
    return min(inside) if inside else None


@dataclass(frozen=True)
class ArriveNote(Op):
    """A phone's note in its subgroup's area, in a free cell; or in the area's tray frame."""

    subgroup_id: int
    text: str
    tray: bool = False
    author: str = ""

    def apply(self, tx: Tx) -> Op:
        rows = select_rows(tx.conn, SUBGROUP, [self.subgroup_id])
        if not rows:
            raise OperationError("This subgroup no longer exists.")
        subgroup = rows[0]
        ensure_rounds_open(tx, [subgroup["round_id"]])
        tray = _tray(tx, subgroup) if self.tray else None
        if tray is None:
            undo = [CaptureNotes(self.subgroup_id, (self.text,)).apply(tx)]
        else:
            undo = [self._into_tray(tx, subgroup, tray)]
        note_id = inserted_note(tx.changes)
        assert note_id is not None
        tags = author_tag(self.author)
        if tags:
            undo.append(Edit("note", {note_id: {"tags": tags}}).apply(tx))
        if self.tray:
            undo.append(
                FitCluster(tray).apply(tx)
                if tray is not None
                else CreateCluster((note_id,), TRAY_TITLE, subgroup["colour"]).apply(tx)
            )
        return Batch(tuple(reversed(undo)))

    def _into_tray(self, tx: Tx, subgroup: dict, tray: int) -> Op:
        """A free cell in the tray, whose rows may span the area's width; the frame refits."""
        (frame,) = select_rows(tx.conn, CLUSTER, [tray])
        area = _rect(subgroup)
        room = Rect(frame["x"], frame["y"], max(frame["w"], area.right - frame["x"]), frame["h"])
        taken = [_rect(n) for n in cluster_members(tx, tray)]
        ((x, y),) = free_slots(room, taken, 1)
        row = {"round_id": subgroup["round_id"], "subgroup_id": self.subgroup_id}
        row |= {"text": self.text, "x": x, "y": y, "cluster_id": tray}
        return Add("note", (row,)).apply(tx)


@dataclass(frozen=True)
class GroupDot(Op):
    """One dot given (``delta`` 1) or taken back (-1), counted for a stakeholder group too."""

    note_id: int
    delta: int
    group_id: int | None = None

    def apply(self, tx: Tx) -> Op:
        rows = select_rows(tx.conn, NOTE, [self.note_id])
        if not rows:
            raise OperationError("Some of these post-its no longer exist.")
        note = rows[0]
        values: dict[str, object] = {"votes": max(0, note["votes"] + self.delta)}
        if self.group_id is not None:
            values["tags"] = with_group_vote(note["tags"], self.group_id, self.delta)
        return Edit("note", {self.note_id: values}).apply(tx)
