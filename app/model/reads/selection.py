"""Reads for the inspector: the selected post-its and the choices their round offers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.model.entities import Cluster, Note, Round, Subgroup
from app.model.kinds import NoteKind, RoundState
from app.model.store import WorkshopStore


@dataclass(frozen=True)
class NoteView:
    id: int
    text: str
    kind: NoteKind
    subgroup_id: int | None
    cluster_id: int | None
    votes: int
    colour: str


@dataclass(frozen=True)
class Selection:
    """What the inspector shows: the notes, and the choices their round offers."""

    notes: list[NoteView]
    closed: bool
    subgroups: list[tuple[int, str]]
    clusters: list[tuple[int, str]]


def read_selection(store: WorkshopStore, ids: list[int]) -> Selection:
    with store.read() as db:
        rows = db.scalars(select(Note).where(Note.id.in_(ids)).order_by(Note.id)).all()
        notes = [
            NoteView(n.id, n.text, n.kind, n.subgroup_id, n.cluster_id, n.votes, n.colour)
            for n in rows
        ]
        round_ids = {n.round_id for n in rows}
        if len(round_ids) != 1:
            return Selection(notes, False, [], [])
        round_id = round_ids.pop()
        closed = db.scalar(select(Round.state).where(Round.id == round_id)) == RoundState.CLOSED
        subgroups = [
            (s.id, s.name)
            for s in db.scalars(
                select(Subgroup).where(Subgroup.round_id == round_id).order_by(Subgroup.position)
            )
        ]
        clusters = [
            (c.id, c.title) for c in db.scalars(select(Cluster).where(Cluster.round_id == round_id))
        ]
    return Selection(notes, closed, subgroups, clusters)
