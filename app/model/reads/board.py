"""Reads for the board: a round's rows, its heading, and where post-its live."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.model.entities import TABLES, Note, Round, Session
from app.model.kinds import RoundKind, RoundState
from app.model.ops.edits import refuse_closed
from app.model.reads.common import fetch
from app.model.store import WorkshopStore


def table_rows(
    store: WorkshopStore, table: str, columns: Iterable[str] = (), **where: Any
) -> list[dict[str, Any]]:
    """Rows of ``table`` (all columns, or ``columns``) matching ``where``, in id order."""
    t = TABLES[table]
    query = select(*(t.c[c] for c in columns)) if columns else t.select()
    for column, value in where.items():
        query = query.where(t.c[column] == value)
    with store.read() as db:
        result = db.execute(query.order_by(t.c.id))
        keys = list(result.keys())
        return [dict(zip(keys, row, strict=True)) for row in result.all()]


def subgroups_of(store: WorkshopStore, round_id: int) -> list[tuple[int, str]]:
    """A round's subgroups as (id, name), in their order."""
    table = TABLES["subgroup"]
    query = (
        select(table.c.id, table.c.name)
        .where(table.c.round_id == round_id)
        .order_by(table.c.position, table.c.id)
    )
    return fetch(store, query)


def clusters_of(store: WorkshopStore, round_id: int) -> list[tuple[int, str]]:
    """A round's clusters as (id, title), in reading order (top, then left)."""
    table = TABLES["cluster"]
    query = (
        select(table.c.id, table.c.title)
        .where(table.c.round_id == round_id)
        .order_by(table.c.y, table.c.x, table.c.id)
    )
    return fetch(store, query)


def note_rounds(store: WorkshopStore, note_ids: Sequence[int]) -> list[tuple[int, int]]:
    """(note id, round id) for the post-its that exist, in the database's order."""
    return fetch(store, select(Note.id, Note.round_id).where(Note.id.in_(note_ids)))


@dataclass(frozen=True)
class RoundHeading:
    session: str
    title: str
    question: str
    kind: RoundKind
    session_id: int
    closed: bool


def round_heading(store: WorkshopStore, round_id: int) -> RoundHeading | None:
    """What a round is called and asks, in which session, and whether it is closed."""
    query = (
        select(Session.title, Round.title, Round.question, Round.kind, Round.session_id)
        .add_columns(Round.state)
        .join(Session, Round.session_id == Session.id)
        .where(Round.id == round_id)
    )
    with store.read() as db:
        row = db.execute(query).first()
    if row is None:
        return None
    session, title, question, kind, session_id, state = row
    return RoundHeading(session, title, question, kind, session_id, state == RoundState.CLOSED)


def ensure_round_open(store: WorkshopStore, round_id: int) -> None:
    """Raise :class:`RoundClosedError` like an edit would when the round is closed; a pure read."""
    with store.read() as db:
        refuse_closed(db.connection(), [round_id])
