"""Reads for dot voting: the post-its with most votes in a round, a subgroup or a cluster."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.model.entities import Note
from app.model.reads.common import fetch
from app.model.store import WorkshopStore


@dataclass(frozen=True)
class Scope:
    """Where to count votes: the whole round, one subgroup or one cluster."""

    round_id: int
    subgroup_id: int | None = None
    cluster_id: int | None = None


@dataclass(frozen=True)
class Ranked:
    note_id: int
    text: str
    votes: int


def top_notes(store: WorkshopStore, scope: Scope, n: int) -> list[Ranked]:
    """The ``n`` post-its with most votes in ``scope``; ties in reading order (top, then left)."""
    query = select(Note.id, Note.text, Note.votes).where(
        Note.round_id == scope.round_id, Note.votes > 0
    )
    if scope.subgroup_id is not None:
        query = query.where(Note.subgroup_id == scope.subgroup_id)
    if scope.cluster_id is not None:
        query = query.where(Note.cluster_id == scope.cluster_id)
    query = query.order_by(Note.votes.desc(), Note.y, Note.x, Note.id).limit(max(0, n))
    return [Ranked(*row) for row in fetch(store, query)]
