"""The demo workshop holds the SWS Balans example as the method runs it."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.model.demo import DEMO_DATA, build_demo
from app.model.entities import (
    Action,
    Initiative,
    InitiativePrinciple,
    LogicEdge,
    LogicNode,
    Note,
    Principle,
    Round,
    StakeholderGroup,
    Subgroup,
    Theme,
    Workshop,
)
from app.model.errors import WorkshopError
from app.model.kinds import Chance, InitiativeCategory, RoundKind, RoundState, WorkloadOrigin
from app.model.school import workload_overview
from app.model.store import WorkshopStore


def _csv_count(name: str) -> int:
    with (DEMO_DATA / name).open(encoding="utf-8", newline="") as f:
        return sum(1 for _ in csv.DictReader(f))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    path: Path = tmp_path_factory.mktemp("demo") / "demo.bruinpapier"
    store = WorkshopStore.create(path)
    build_demo(store)
    yield store
    store.close()


def count(store: WorkshopStore, entity: type) -> int:
    with store.read() as db:
        return db.scalar(select(func.count()).select_from(entity))


def test_counts_match_the_example_data(demo):
    assert count(demo, Note) == _csv_count("notes.csv") == 126
    assert count(demo, LogicNode) == _csv_count("logic_nodes.csv") == 32
    assert count(demo, LogicEdge) == _csv_count("logic_edges.csv") == 34
    assert count(demo, Theme) == _csv_count("themes.csv") == 5
    assert count(demo, Principle) == _csv_count("principles.csv") == 5


def test_workshop_and_stakeholder_groups(demo):
    with demo.read() as db:
        workshop = db.scalars(select(Workshop)).one()
        groups = db.scalars(select(StakeholderGroup).order_by(StakeholderGroup.position)).all()
    assert workshop.name == "SWS Balans"
    assert workshop.organisation and workshop.facilitator
    assert [g.name for g in groups] == [
        "Leerlingen",
        "Ouders",
        "Leraren",
        "Directie & IB",
        "Bestuur",
    ]
    colours = [g.colour.lower() for g in groups]
    assert len(set(colours)) == 5
    for colour in colours:  # pastel: light, yet clearly coloured on a projector
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        lightness = (max(channels) + min(channels)) / 2
        assert lightness >= 0.7 and max(channels) - min(channels) >= 0.15


def test_rounds_follow_the_method(demo):
    with demo.read() as db:
        rounds = db.scalars(select(Round).join(Round.session).order_by("position")).all()
        rounds = sorted(rounds, key=lambda r: (r.session.position, r.position))
        kinds = [r.kind for r in rounds]
        states = [r.state for r in rounds]
        subgroups = {
            r.kind: db.scalars(select(Subgroup).where(Subgroup.round_id == r.id)).all()
            for r in rounds
        }
    assert kinds == [
        RoundKind.PURPOSE,
        RoundKind.BROWN_PAPER,
        RoundKind.THEMES,
        RoundKind.ELABORATION,
    ]
    assert states == [RoundState.CLOSED, RoundState.CLOSED, RoundState.OPEN, RoundState.OPEN]
    assert all(r.question for r in rounds)
    assert len(subgroups[RoundKind.PURPOSE]) == 5
    assert all(s.group_id is not None for s in subgroups[RoundKind.PURPOSE])
    assert all(s.group_id is None for s in subgroups[RoundKind.BROWN_PAPER])
    themed = subgroups[RoundKind.THEMES]
    assert len({s.theme_id for s in themed}) == 5 and None not in {s.theme_id for s in themed}


def test_batenlogica_nodes_have_themes_and_columns(demo):
    with demo.read() as db:
        nodes = db.scalars(select(LogicNode)).all()
    activities = [n for n in nodes if n.kind == "activiteit"]
    assert activities and all(n.theme_id is not None for n in activities)
    x_of = {kind: {n.x for n in nodes if n.kind == kind} for kind in {n.kind for n in nodes}}
    assert all(len(xs) == 1 for xs in x_of.values())
    (solution,) = x_of["oplossing"]
    (activity,) = x_of["activiteit"]
    (benefit,) = x_of["baat"]
    (purpose,) = x_of["bedoeling"]
    assert solution < activity < benefit < purpose


def test_every_theme_has_chosen_initiatives_with_actions_and_principles(demo):
    with demo.read() as db:
        theme_ids = db.scalars(select(Theme.id)).all()
        for theme_id in theme_ids:
            chosen = db.scalars(
                select(Initiative).where(Initiative.theme_id == theme_id, Initiative.chosen)
            ).all()
            assert len(chosen) == 2
            for initiative in chosen:
                actions = db.scalars(
                    select(Action).where(Action.initiative_id == initiative.id)
                ).all()
                assert actions and all(a.activity and a.who for a in actions)
                links = db.scalars(
                    select(InitiativePrinciple).where(
                        InitiativePrinciple.initiative_id == initiative.id
                    )
                ).all()
                assert links and all(link.how for link in links)


def test_every_theme_has_all_three_lists(demo):
    with demo.read() as db:
        pairs = set(db.execute(select(Initiative.theme_id, Initiative.category)))
        theme_ids = db.scalars(select(Theme.id)).all()
    assert pairs == {(t, c) for t in theme_ids for c in InitiativeCategory}


def test_chances_are_marked_as_in_the_case_and_nothing_is_tagged(demo):
    with demo.read() as db:
        notes = db.execute(select(Note.chance).where(Note.chance.is_not(None))).scalars().all()
        nodes = db.scalars(select(LogicNode.chance).where(LogicNode.chance.is_not(None))).all()
        tags = db.scalars(select(Note.tags).where(Note.tags != "")).all()
    marked = Counter([*notes, *nodes])
    assert marked == {Chance.ICT_WORKLOAD: 3, Chance.ICT_PURPOSE: 4}
    assert tags == []


def test_werkdruk_is_classified_like_the_board_clusters(demo):
    items = workload_overview(demo)
    assert len(items) == 13
    origins = Counter(w.origin for w in items)
    assert origins == {WorkloadOrigin.PURPOSE: 6, WorkloadOrigin.SYSTEMS: 7}
    # Placed in the batenlogica: the classification comes from there, not from a hand choice.
    assert sum(1 for w in items if w.from_logic is not None and w.hand is None) == 5


def test_demo_refuses_a_workshop_with_content(demo):
    with pytest.raises(WorkshopError, match="empty"):
        build_demo(demo)
    assert count(demo, Note) == 126
