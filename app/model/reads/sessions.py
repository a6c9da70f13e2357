"""Reads for the trajectory: the outline of sessions and rounds, and who takes part."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app.model.entities import Note, Participant, Round, Session, StakeholderGroup, Workshop
from app.model.kinds import RoundKind, RoundState
from app.model.reads.common import fetch
from app.model.store import WorkshopStore


@dataclass(frozen=True)
class RoundLine:
    id: int
    title: str
    closed: bool
    notes: int


@dataclass(frozen=True)
class SessionLine:
    id: int
    title: str
    date: str
    rounds: list[RoundLine]


def read_outline(store: WorkshopStore) -> tuple[str, list[SessionLine]]:
    """The workshop's name and its sessions with their rounds and note counts, in order."""
    with store.read() as db:
        name = db.scalar(select(Workshop.name)) or ""
        counts = dict(db.execute(select(Note.round_id, func.count()).group_by(Note.round_id)).all())
        rounds = db.scalars(select(Round).order_by(Round.position, Round.id)).all()
        by_session: dict[int, list[RoundLine]] = {}
        for r in rounds:
            line = RoundLine(r.id, r.title, r.state == RoundState.CLOSED, counts.get(r.id, 0))
            by_session.setdefault(r.session_id, []).append(line)
        sessions = [
            SessionLine(
                s.id, s.title, s.date.isoformat() if s.date else "", by_session.get(s.id, [])
            )
            for s in db.scalars(select(Session).order_by(Session.position, Session.id))
        ]
    return name, sessions


def session_choices(store: WorkshopStore) -> list[tuple[int, str]]:
    """Every session as (id, title), in order."""
    return fetch(store, select(Session.id, Session.title).order_by(Session.position, Session.id))


@dataclass(frozen=True)
class RoundChoice:
    id: int
    title: str
    kind: RoundKind
    session: str


def round_choices(store: WorkshopStore) -> list[RoundChoice]:
    """Every round with its session's title, in session and round order."""
    query = (
        select(Round.id, Round.title, Round.kind, Session.title.label("session"))
        .join(Session)
        .order_by(Session.position, Round.position)
    )
    return [RoundChoice(*row) for row in fetch(store, query)]


@dataclass(frozen=True)
class GroupInfo:
    id: int
    name: str
    colour: str
    headcount: int


@dataclass(frozen=True)
class PersonInfo:
    id: int
    name: str
    group_id: int | None


def read_people(store: WorkshopStore) -> tuple[list[GroupInfo], list[PersonInfo]]:
    """The stakeholder groups in order, and every participant in id order."""
    with store.read() as db:
        groups = db.execute(
            select(
                StakeholderGroup.id,
                StakeholderGroup.name,
                StakeholderGroup.colour,
                StakeholderGroup.headcount,
            ).order_by(StakeholderGroup.position, StakeholderGroup.id)
        ).all()
        people = db.execute(
            select(Participant.id, Participant.name, Participant.group_id).order_by(Participant.id)
        ).all()
    return [GroupInfo(*g) for g in groups], [PersonInfo(*p) for p in people]
