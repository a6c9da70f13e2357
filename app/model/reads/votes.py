"""Reads for dot voting: the post-its with most votes in a round, a subgroup or a cluster,
and the dots that phones gave per stakeholder group."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model.entities import Note, StakeholderGroup
from app.model.ops.participants import VOTES_TAG, group_votes
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


@dataclass(frozen=True)
class GroupDots:
    """The dots one stakeholder group's phones gave a post-it."""

    group: str
    dots: int


def group_dots_in(db: Session, round_id: int | None = None) -> dict[int, tuple[GroupDots, ...]]:
    """Per post-it with phone dots from stakeholder groups (of one round, or all): the dots
    per group, in the groups' order; post-its without such dots are left out."""
    groups = db.execute(
        select(StakeholderGroup.id, StakeholderGroup.name).order_by(
            StakeholderGroup.position, StakeholderGroup.id
        )
    ).all()
    query = select(Note.id, Note.tags).where(Note.tags.contains(VOTES_TAG))
    if round_id is not None:
        query = query.where(Note.round_id == round_id)
    found: dict[int, tuple[GroupDots, ...]] = {}
    for note_id, tags in db.execute(query):
        tally = group_votes(tags)
        dots = tuple(GroupDots(name, tally[gid]) for gid, name in groups if tally.get(gid))
        if dots:
            found[note_id] = dots
    return found


def round_group_dots(store: WorkshopStore, round_id: int) -> dict[int, tuple[GroupDots, ...]]:
    """:func:`group_dots_in` for one round, in one short read session."""
    with store.read() as db:
        return group_dots_in(db, round_id)


def tally_line(dots: Sequence[GroupDots]) -> str:
    """The per-group dots as one line, e.g. "ouders 5 · leraren 3"."""
    return " · ".join(f"{d.group} {d.dots}" for d in dots)
