"""The read functions the interface uses: plain data, right order, nothing written."""

from __future__ import annotations

import dataclasses

import pytest

from app.model.backups import list_backups
from app.model.errors import RoundClosedError
from app.model.kinds import RoundKind
from app.model.ops.edits import edit
from app.model.reads import batenlogica, board, search, selection, sessions, themes, votes
from app.model.store import WorkshopStore
from tests.helpers.snapshot import dump, seed


@pytest.fixture
def seeded(store: WorkshopStore) -> WorkshopStore:
    seed(store)
    return store


def test_table_rows_filters_picks_columns_and_orders_by_id(seeded: WorkshopStore) -> None:
    rows = board.table_rows(seeded, "note", ("id", "text", "cluster_id"), round_id=1)
    assert rows == [
        {"id": 1, "text": "a", "cluster_id": 1},
        {"id": 2, "text": "b", "cluster_id": 1},
        {"id": 3, "text": "c", "cluster_id": None},
        {"id": 4, "text": "d", "cluster_id": 2},
        {"id": 5, "text": "e", "cluster_id": None},
        {"id": 6, "text": "f", "cluster_id": None},
    ]
    assert [r["name"] for r in board.table_rows(seeded, "subgroup", round_id=1)] == [
        "Leerlingen",
        "Ouders",
    ]


def test_round_choices_and_heading(seeded: WorkshopStore) -> None:
    assert board.subgroups_of(seeded, 1) == [(1, "Leerlingen"), (2, "Ouders")]
    seeded.apply(edit("cluster", 2, y=-50))  # reading order: top first
    assert board.clusters_of(seeded, 1) == [(2, "Tijd"), (1, "Rust")]
    heading = board.round_heading(seeded, 2)
    assert heading == board.RoundHeading(
        "Sessie 1", "Bedoeling", "", RoundKind.FREE, session_id=1, closed=True
    )
    assert board.round_heading(seeded, 99) is None
    assert sorted(board.note_rounds(seeded, [7, 1, 99])) == [(1, 1), (7, 2)]


def test_ensure_round_open_refuses_a_closed_round_and_writes_nothing(
    seeded: WorkshopStore,
) -> None:
    before = dump(seeded)
    seeded.backup_interval = 0.0  # an edit now would take a backup
    board.ensure_round_open(seeded, 1)
    with pytest.raises(RoundClosedError, match="Bedoeling"):
        board.ensure_round_open(seeded, 2)
    assert dump(seeded) == before
    assert list_backups(seeded.path) == []  # a read takes no backup


def test_reads_return_frozen_data(seeded: WorkshopStore) -> None:
    (hit, *_rest) = search.all_notes(seeded)
    with pytest.raises(dataclasses.FrozenInstanceError):
        hit.text = "x"  # type: ignore[misc]


def test_top_notes_in_a_scope(seeded: WorkshopStore) -> None:
    seeded.apply(edit("note", 3, votes=2))
    seeded.apply(edit("note", 1, votes=5))
    ranked = votes.top_notes(seeded, votes.Scope(1), 5)
    assert [(r.note_id, r.votes) for r in ranked] == [(1, 5), (3, 2), (6, 2)]  # tie: top first
    assert [r.note_id for r in votes.top_notes(seeded, votes.Scope(1, subgroup_id=1), 5)] == [1, 3]
    assert [r.note_id for r in votes.top_notes(seeded, votes.Scope(1, cluster_id=1), 5)] == [1]
    assert votes.top_notes(seeded, votes.Scope(1), 0) == []


def test_selection_of_one_round_offers_its_choices(seeded: WorkshopStore) -> None:
    chosen = selection.read_selection(seeded, [2, 1])
    assert [n.id for n in chosen.notes] == [1, 2]
    assert not chosen.closed
    assert chosen.subgroups == [(1, "Leerlingen"), (2, "Ouders")]
    assert sorted(chosen.clusters) == [(1, "Rust"), (2, "Tijd")]
    mixed = selection.read_selection(seeded, [1, 7])
    assert (mixed.subgroups, mixed.clusters) == ([], [])
    assert selection.read_selection(seeded, [7]).closed


def test_search_rows_in_session_round_and_reading_order(seeded: WorkshopStore) -> None:
    hits = search.all_notes(seeded)
    assert [h.note_id for h in hits] == [1, 2, 4, 3, 5, 6, 7]
    assert (hits[-1].round_title, hits[-1].session_title) == ("Bedoeling", "Sessie 1")


def test_batenlogica_sources(seeded: WorkshopStore) -> None:
    assert batenlogica.source_counts(seeded) == {1: 2}
    assert batenlogica.source_notes(seeded, 1) == [1, 2]
    assert batenlogica.linked_nodes(seeded, [1]) == [1, 2]  # note 1 is in cluster 1
    assert batenlogica.linked_nodes(seeded, [3]) == []
    assert batenlogica.linked_nodes(seeded, [], [1]) == [2]


def test_outline_people_and_rounds(seeded: WorkshopStore) -> None:
    name, outline = sessions.read_outline(seeded)
    assert name == "Test"
    ((session,),) = [outline]
    assert [(r.id, r.closed, r.notes) for r in session.rounds] == [(1, False, 6), (2, True, 1)]
    assert sessions.session_choices(seeded) == [(1, "Sessie 1")]
    assert [(r.id, r.session) for r in sessions.round_choices(seeded)] == [
        (1, "Sessie 1"),
        (2, "Sessie 1"),
    ]
    groups, people = sessions.read_people(seeded)
    assert [g.name for g in groups] == ["Leerlingen", "Ouders"]
    assert people == [sessions.PersonInfo(1, "Sam", 1)]


def test_theme_reads(seeded: WorkshopStore) -> None:
    assert themes.read_themes(seeded) == [themes.ThemeLine(1, "T1", "Samen leren")]
    assert themes.theme_labels(seeded) == [("T1", "Samen leren")]
    assert themes.theme_rounds(seeded) == []
    seeded.apply(edit("round", 1, kind=RoundKind.THEMES))
    assert themes.theme_rounds(seeded) == [(1, "Bruin papier")]
    (initiative,) = themes.initiatives_of(seeded, 1)
    assert (initiative.id, initiative.title, initiative.chosen) == (1, "Leerplein", True)
    worked = themes.read_elaboration(seeded, 1)
    assert worked.principles == [(1, "Vertrouwen")]
    assert [(a.activity, a.who) for a in worked.actions] == [("Plannen", "IB")]
    assert worked.links == {1: (1, "x")}
    bare = themes.read_elaboration(seeded, None)
    assert (bare.actions, bare.links) == ([], {})
    assert themes.rounds_with_clusters(seeded) == {1}
    seeded.apply(edit("theme", 1, source_cluster_id=2))
    lines = themes.cluster_lines(seeded, 1)
    assert [(c.id, c.notes, c.is_theme) for c in lines] == [(1, 2, False), (2, 1, True)]
