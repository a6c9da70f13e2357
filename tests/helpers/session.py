"""A small round to run a session on: one session, one round, named subgroups and post-its."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from app.model.entities import Note, Round, Subgroup
from app.model.kinds import NoteKind
from app.model.ops.edits import Add
from app.model.store import WorkshopStore


@dataclass(frozen=True)
class SmallRound:
    round_id: int
    subgroups: list[int]
    notes: list[int]


def make_round(
    store: WorkshopStore,
    notes: Sequence[tuple[str, int, float, float]],
    subgroups: Sequence[str] = ("Groep A", "Groep B"),
    question: str = "Waar word je blij van?",
    kind: NoteKind = NoteKind.IDEE,
) -> SmallRound:
    """``notes`` are (text, subgroup index, x, y); areas sit side by side, 800 wide."""
    store.apply(Add("session", ({"title": "Sessie 1"},)))
    store.apply(Add("round", ({"session_id": 1, "title": "Ronde 1", "question": question},)))
    with store.read() as db:
        round_id = db.scalars(select(Round.id)).one()
    store.apply(
        Add(
            "subgroup",
            tuple(
                {"round_id": round_id, "name": name, "position": i, "x": i * 850.0, "y": 0.0}
                for i, name in enumerate(subgroups)
            ),
        )
    )
    with store.read() as db:
        subgroup_ids = list(db.scalars(select(Subgroup.id).order_by(Subgroup.position)))
    store.apply(
        Add(
            "note",
            tuple(
                {
                    "round_id": round_id,
                    "subgroup_id": subgroup_ids[s],
                    "text": text,
                    "kind": kind,
                    "x": x,
                    "y": y,
                }
                for text, s, x, y in notes
            ),
        )
    )
    with store.read() as db:
        note_ids = list(db.scalars(select(Note.id).order_by(Note.id)))
    return SmallRound(round_id, subgroup_ids, note_ids)


def votes(store: WorkshopStore) -> dict[int, int]:
    with store.read() as db:
        return dict(db.execute(select(Note.id, Note.votes)).all())
