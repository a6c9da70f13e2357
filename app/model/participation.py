"""What the participant server may read: one round's question, areas and notes, as plain data.

Nothing here reads other rounds' notes, the batenlogica or the facilitator's
data: the server only ever sees what these functions return.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, select

from app.model.entities import TABLES
from app.model.errors import OperationError
from app.model.kinds import RoundState

ROUND, SESSION = TABLES["round"], TABLES["session"]
SUBGROUP, NOTE, GROUP = TABLES["subgroup"], TABLES["note"], TABLES["stakeholder_group"]


@dataclass(frozen=True)
class Area:
    id: int
    name: str
    colour: str
    group_id: int | None


@dataclass(frozen=True)
class Group:
    id: int
    name: str
    colour: str


@dataclass(frozen=True)
class RoundView:
    """A round as the phones see it."""

    id: int
    title: str
    question: str
    open: bool
    subgroups: tuple[Area, ...]
    groups: tuple[Group, ...]


@dataclass(frozen=True)
class NoteView:
    id: int
    subgroup_id: int | None
    text: str
    votes: int


def round_view(conn: Connection, round_id: int) -> RoundView:
    row = conn.execute(select(ROUND).where(ROUND.c.id == round_id)).mappings().first()
    if row is None:
        raise OperationError("Round {round} no longer exists.", round=round_id)
    areas = conn.execute(
        select(SUBGROUP)
        .where(SUBGROUP.c.round_id == round_id)
        .order_by(SUBGROUP.c.position, SUBGROUP.c.id)
    ).mappings()
    groups = conn.execute(select(GROUP).order_by(GROUP.c.position, GROUP.c.id)).mappings()
    return RoundView(
        row["id"],
        row["title"],
        row["question"],
        row["state"] == RoundState.OPEN,
        tuple(Area(a["id"], a["name"], a["colour"], a["group_id"]) for a in areas),
        tuple(Group(g["id"], g["name"], g["colour"]) for g in groups),
    )


def round_notes(
    conn: Connection, round_id: int, ids: Iterable[int] | None = None
) -> list[NoteView]:
    """The round's notes (only ``ids`` among them, when given), in board order."""
    query = select(NOTE.c.id, NOTE.c.subgroup_id, NOTE.c.text, NOTE.c.votes).where(
        NOTE.c.round_id == round_id
    )
    if ids is not None:
        query = query.where(NOTE.c.id.in_(list(ids)))
    query = query.order_by(NOTE.c.subgroup_id, NOTE.c.y, NOTE.c.x, NOTE.c.id)
    return [NoteView(*r) for r in conn.execute(query)]


def find_round(conn: Connection, name: str | None) -> int:
    """The round called ``name`` ("ROUND" or "SESSION / ROUND"), or the first open one with areas.

    Raises ``OperationError`` naming the choices when there is no single match.
    """
    query = (
        select(ROUND.c.id, SESSION.c.title, ROUND.c.title, ROUND.c.state)
        .join(SESSION, ROUND.c.session_id == SESSION.c.id)
        .order_by(SESSION.c.position, SESSION.c.id, ROUND.c.position, ROUND.c.id)
    )
    rounds = list(conn.execute(query))
    with_areas = set(conn.scalars(select(SUBGROUP.c.round_id).distinct()))
    names = "; ".join(f"{s} / {r}" for _i, s, r, _st in rounds) or "none"
    if name is None:
        for round_id, _s, _r, state in rounds:
            if state == RoundState.OPEN and round_id in with_areas:
                return round_id
        raise OperationError("No open round with subgroups (rounds: {names}).", names=names)
    wanted = " ".join(name.split()).casefold()
    hits = [
        i
        for i, s, r, _st in rounds
        if wanted in (r.casefold(), f"{s} / {r}".casefold(), f"{s}/{r}".casefold())
    ]
    if not hits:
        raise OperationError(
            "“{name}” is no round of this workshop; give “SESSION / ROUND” (rounds: {names}).",
            name=name,
            names=names,
        )
    if len(hits) > 1:
        raise OperationError(
            "“{name}” names more than one round; give “SESSION / ROUND” (rounds: {names}).",
            name=name,
            names=names,
        )
    if hits[0] not in with_areas:
        raise OperationError("Round “{name}” has no subgroups to write in.", name=name)
    return hits[0]
