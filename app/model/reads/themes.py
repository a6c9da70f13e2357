"""Reads for the theme forms and carrying results forward: themes, initiatives, clusters."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app.model.entities import (
    Action,
    Cluster,
    Initiative,
    InitiativePrinciple,
    Note,
    Principle,
    Round,
    Theme,
)
from app.model.kinds import InitiativeCategory, RoundKind
from app.model.reads.common import fetch
from app.model.store import WorkshopStore


@dataclass(frozen=True)
class ThemeLine:
    id: int
    code: str
    name: str


def read_themes(store: WorkshopStore) -> list[ThemeLine]:
    """Every theme, in order."""
    query = select(Theme.id, Theme.code, Theme.name).order_by(Theme.position, Theme.id)
    return [ThemeLine(*row) for row in fetch(store, query)]


def theme_rounds(store: WorkshopStore) -> list[tuple[int, str]]:
    """The rounds that work on themes, as (id, title), by session and position."""
    query = (
        select(Round.id, Round.title)
        .where(Round.kind == RoundKind.THEMES)
        .order_by(Round.session_id, Round.position)
    )
    return fetch(store, query)


@dataclass(frozen=True)
class InitiativeLine:
    id: int
    title: str
    chosen: bool
    category: InitiativeCategory
    position: int


def initiatives_of(store: WorkshopStore, theme_id: int) -> list[InitiativeLine]:
    """A theme's initiatives, in order."""
    query = (
        select(
            Initiative.id,
            Initiative.title,
            Initiative.chosen,
            Initiative.category,
            Initiative.position,
        )
        .where(Initiative.theme_id == theme_id)
        .order_by(Initiative.position, Initiative.id)
    )
    return [InitiativeLine(*row) for row in fetch(store, query)]


@dataclass(frozen=True)
class ActionLine:
    id: int
    activity: str
    who: str
    position: int


@dataclass(frozen=True)
class Elaboration:
    """An initiative worked out: its activities, every principle, and how it applies them."""

    principles: list[tuple[int, str]]
    actions: list[ActionLine]
    links: dict[int, tuple[int, str]]
    """Principle id -> (link id, how)."""


def read_elaboration(store: WorkshopStore, initiative_id: int | None) -> Elaboration:
    """Every principle; with an initiative, also its activities and principle links."""
    with store.read() as db:
        principles = db.execute(
            select(Principle.id, Principle.name).order_by(Principle.position, Principle.id)
        ).all()
        actions, links = [], []
        if initiative_id is not None:
            actions = db.execute(
                select(Action.id, Action.activity, Action.who, Action.position)
                .where(Action.initiative_id == initiative_id)
                .order_by(Action.position, Action.id)
            ).all()
            links = db.execute(
                select(
                    InitiativePrinciple.id,
                    InitiativePrinciple.principle_id,
                    InitiativePrinciple.how,
                ).where(InitiativePrinciple.initiative_id == initiative_id)
            ).all()
    return Elaboration(
        [(i, name) for i, name in principles],
        [ActionLine(*a) for a in actions],
        {p: (i, how) for i, p, how in links},
    )


def theme_labels(store: WorkshopStore) -> list[tuple[str, str]]:
    """(code, name) of every theme, in order."""
    return fetch(store, select(Theme.code, Theme.name).order_by(Theme.position))


def rounds_with_clusters(store: WorkshopStore) -> set[int]:
    """The ids of the rounds that have at least one cluster."""
    with store.read() as db:
        return set(db.scalars(select(Cluster.round_id).distinct()))


@dataclass(frozen=True)
class ClusterLine:
    id: int
    title: str
    notes: int
    is_theme: bool
    """Whether a theme was already made from it."""


def cluster_lines(store: WorkshopStore, round_id: int) -> list[ClusterLine]:
    """A round's clusters in reading order, with their post-it counts."""
    with store.read() as db:
        rows = db.execute(
            select(Cluster.id, Cluster.title, func.count(Note.id))
            .outerjoin(Note, Note.cluster_id == Cluster.id)
            .where(Cluster.round_id == round_id)
            .group_by(Cluster.id)
            .order_by(Cluster.y, Cluster.x, Cluster.id)
        ).all()
        used = set(db.scalars(select(Theme.source_cluster_id)))
    return [ClusterLine(i, title, count, i in used) for i, title, count in rows]
