"""Workshop set-up from the method's templates, the even mix, and carrying results forward."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from app.model.entities import (
    Cluster,
    Initiative,
    Note,
    Round,
    Session,
    Subgroup,
    SubgroupMember,
    Theme,
)
from app.model.kinds import InitiativeCategory, NoteKind, RoundKind
from app.model.mixing import deal, mix_counts
from app.model.ops.board import CreateCluster
from app.model.ops.carry import ClustersToThemes, NotesToInitiatives, ThemesToSubgroups
from app.model.ops.edits import Add
from app.model.ops.setup import AddRound, GroupPlan, SetUpWorkshop
from app.model.store import WorkshopStore
from app.model.templates import BLANK_ROUND, DEFAULT_GROUPS, METHOD, WORKLOAD_INVENTORY


def wizard(participants: int = 0) -> SetUpWorkshop:
    groups = tuple(
        GroupPlan(name, colour, participants=tuple(f"{name} {i}" for i in range(participants)))
        for name, colour in DEFAULT_GROUPS
    )
    return SetUpWorkshop("Traject", "De School", "Fien", groups, METHOD, mixed_subgroups=3)


def rounds_with_subgroups(store: WorkshopStore) -> list[tuple[str, str, list[str]]]:
    with store.read() as db:
        rounds = db.scalars(
            select(Round).join(Session).order_by(Session.position, Round.position)
        ).all()
        return [
            (
                r.session.title,
                r.title,
                list(
                    db.scalars(
                        select(Subgroup.name)
                        .where(Subgroup.round_id == r.id)
                        .order_by(Subgroup.position)
                    )
                ),
            )
            for r in rounds
        ]


def test_wizard_creates_the_method_sessions_rounds_and_subgroups(store: WorkshopStore) -> None:
    store.apply(wizard(participants=4))
    layout = rounds_with_subgroups(store)
    assert [(s, r) for s, r, _ in layout] == [
        (session.title, round_.title) for session in METHOD for round_ in session.rounds
    ]
    purpose, brown, themes, elaboration = (subs for _, _, subs in layout)
    assert purpose == [name for name, _ in DEFAULT_GROUPS]
    assert brown == ["Groep A", "Groep B", "Groep C", WORKLOAD_INVENTORY]
    assert themes == [] and elaboration == []  # no themes exist yet


def test_wizard_is_one_undo_step(store: WorkshopStore) -> None:
    undo = store.apply(wizard(participants=2))
    store.apply(undo)
    assert rounds_with_subgroups(store) == []
    with store.read() as db:
        assert db.scalars(select(SubgroupMember)).all() == []


def test_mixed_round_spreads_each_group_over_the_subgroups(store: WorkshopStore) -> None:
    store.apply(wizard(participants=4))  # 5 groups x 4 people over 3 subgroups
    with store.read() as db:
        rows = db.execute(
            select(SubgroupMember.subgroup_id, Subgroup.name).join(
                Subgroup, Subgroup.id == SubgroupMember.subgroup_id
            )
        ).all()
    sizes = Counter(name for _, name in rows)
    assert sorted(sizes.values()) == [6, 7, 7]


@given(
    st.lists(st.integers(min_value=0, max_value=12), min_size=1, max_size=6),
    st.integers(min_value=1, max_value=8),
)
def test_deal_spreads_every_group_evenly(headcounts: list[int], subgroups: int) -> None:
    piles = mix_counts(list(enumerate(headcounts)), subgroups)
    assert len(piles) == subgroups
    sizes = [sum(p.values()) for p in piles]
    assert max(sizes) - min(sizes) <= 1
    assert sum(sizes) == sum(headcounts)
    for group, count in enumerate(headcounts):
        shares = [p.get(group, 0) for p in piles]
        assert sum(shares) == count
        assert max(shares) - min(shares) <= 1


def test_deal_keeps_every_item_once() -> None:
    items = [("a", 1), ("b", 2), ("a", 3), ("c", 4), ("b", 5)]
    piles = deal(items, 2)
    assert sorted(i for pile in piles for i in pile) == [1, 2, 3, 4, 5]


def test_blank_round_is_added_to_a_session(store: WorkshopStore) -> None:
    store.apply(wizard())
    with store.read() as db:
        first = db.scalars(select(Session).order_by(Session.position)).first()
        session_id = first.id
    store.apply(AddRound(session_id, BLANK_ROUND))
    titles = [r for s, r, _ in rounds_with_subgroups(store) if s == first.title]
    assert titles[-1] == BLANK_ROUND.title


def test_clusters_become_themes_and_themes_become_subgroups(store: WorkshopStore) -> None:
    store.apply(wizard())
    with store.read() as db:
        brown = db.scalars(select(Round).where(Round.kind == RoundKind.BROWN_PAPER)).one()
        theme_round = db.scalars(select(Round).where(Round.kind == RoundKind.THEMES)).one()
        brown_id, theme_round_id = brown.id, theme_round.id
    store.apply(
        Add(
            "note",
            tuple({"round_id": brown_id, "text": t, "x": i * 200.0} for i, t in enumerate("abc")),
        )
    )
    with store.read() as db:
        ids = db.scalars(select(Note.id).order_by(Note.id)).all()
    store.apply(CreateCluster((ids[0], ids[1]), title="Maatwerk"))
    store.apply(CreateCluster((ids[2],), title="Ouders"))
    with store.read() as db:
        cluster_ids = tuple(db.scalars(select(Cluster.id).order_by(Cluster.id)))

    undo_themes = store.apply(ClustersToThemes(cluster_ids))
    with store.read() as db:
        themes = db.execute(select(Theme.code, Theme.name).order_by(Theme.position)).all()
    assert [tuple(t) for t in themes] == [("A", "Maatwerk"), ("B", "Ouders")]

    undo_subgroups = store.apply(ThemesToSubgroups(theme_round_id))
    names = next(subs for _, r, subs in rounds_with_subgroups(store) if r == theme_round.title)
    assert names == ["A Maatwerk", "B Ouders"]

    store.apply(undo_subgroups)
    store.apply(undo_themes)
    with store.read() as db:
        assert db.scalars(select(Theme)).all() == []
        assert db.scalars(select(Subgroup).where(Subgroup.round_id == theme_round_id)).all() == []


def test_theme_round_notes_become_initiatives(store: WorkshopStore) -> None:
    store.apply(Add("theme", ({"code": "A", "name": "Maatwerk"},)))
    store.apply(SetUpWorkshop("T", "", "", (), (METHOD[1],), mixed_subgroups=1))
    with store.read() as db:
        theme_round = db.scalars(select(Round).where(Round.kind == RoundKind.THEMES)).one()
        subgroup = db.scalars(select(Subgroup).where(Subgroup.round_id == theme_round.id)).one()
        round_id, subgroup_id = theme_round.id, subgroup.id
    notes = [
        ("Al gedaan", NoteKind.BESTAAND),
        ("Nieuw idee", NoteKind.IDEE),
        ("Minder mail", NoteKind.WERKDRUK),
    ]
    store.apply(
        Add(
            "note",
            tuple(
                {
                    "round_id": round_id,
                    "subgroup_id": subgroup_id,
                    "text": t,
                    "kind": k,
                    "y": i * 150.0,
                }
                for i, (t, k) in enumerate(notes)
            ),
        )
    )
    undo = store.apply(NotesToInitiatives(round_id))
    with store.read() as db:
        rows = db.execute(
            select(Initiative.title, Initiative.category).order_by(Initiative.position)
        ).all()
    assert [tuple(r) for r in rows] == [
        ("Al gedaan", InitiativeCategory.EXISTING),
        ("Nieuw idee", InitiativeCategory.INNOVATIVE),
        ("Minder mail", InitiativeCategory.WORKLOAD),
    ]
    store.apply(undo)
    with store.read() as db:
        assert db.scalars(select(Initiative)).all() == []
