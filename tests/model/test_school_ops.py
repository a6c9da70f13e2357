"""Principles, themes, marks and the trajectory's shape: each edit, its undo and its redo."""

from __future__ import annotations

import datetime as dt

import pytest

from app.model.errors import OperationError
from app.model.kinds import Chance, RoundKind, WorkloadOrigin
from app.model.ops import Insert
from app.model.ops.edits import remove, reorder
from app.model.ops.logic import add_edge
from app.model.ops.school import (
    AddPrinciple,
    AddTheme,
    MarkChance,
    MergeThemes,
    PrinciplesFrom,
    SetWorkloadOrigin,
    edit_principle,
    edit_theme,
    remove_theme,
)
from app.model.ops.shape import (
    AddSession,
    MoveRounds,
    add_round,
    edit_round,
    edit_session,
    remove_round,
    remove_session,
)
from app.model.school import (
    fate_text,
    principles,
    theme_fate,
    themes,
    trajectory_shape,
    workload_overview,
)
from app.model.store import WorkshopStore
from tests.helpers.ops import only_changed, refused, roundtrip
from tests.helpers.snapshot import Dump, seed


@pytest.fixture
def seeded(store: WorkshopStore) -> WorkshopStore:
    seed(store)
    return store


def test_add_principle_goes_last_and_is_read_back(seeded: WorkshopStore) -> None:
    def check(before: Dump, after: Dump) -> None:
        assert only_changed(before, after) == {"principle": {2}}
        assert after["principle"][2]["position"] == 1

    roundtrip(seeded, AddPrinciple("  Eigenaarschap  ", " Wie doet wat "), check)
    assert [(p.name, p.description) for p in principles(seeded)] == [
        ("Vertrouwen", ""),
        ("Eigenaarschap", "Wie doet wat"),
    ]


def test_edit_reorder_and_delete_principles(seeded: WorkshopStore) -> None:
    seeded.apply(AddPrinciple("Samen"))

    def edited(before: Dump, after: Dump) -> None:
        assert after["principle"][1]["name"] == "Groei"
        assert after["principle"][1]["description"] == "Leren"

    roundtrip(seeded, edit_principle(1, "Groei", "Leren"), edited)
    roundtrip(seeded, reorder("principle", [2, 1]), lambda b, a: None)

    def deleted(before: Dump, after: Dump) -> None:
        assert 1 not in after["principle"]
        assert after["initiative_principle"] == {}  # its uses go with it

    roundtrip(seeded, remove("principle", 1), deleted)
    refused(seeded, edit_principle(1, "  ", ""), OperationError, "may not be empty")


def test_principles_carried_from_notes_and_clusters_skip_existing(seeded: WorkshopStore) -> None:
    seeded.apply(AddPrinciple("rust"))  # cluster 1 is called "Rust": already there

    def check(before: Dump, after: Dump) -> None:
        names = [p["name"] for p in after["principle"].values()]
        assert names == ["Vertrouwen", "rust", "a", "Tijd"]

    roundtrip(seeded, PrinciplesFrom(note_ids=(1,), cluster_ids=(1, 2)), check)
    refused(seeded, PrinciplesFrom(cluster_ids=(1,)), OperationError, "already")


def test_add_theme_takes_a_free_code_and_edits(seeded: WorkshopStore) -> None:
    def check(before: Dump, after: Dump) -> None:
        (new,) = set(after["theme"]) - set(before["theme"])
        row = after["theme"][new]
        assert (row["code"], row["name"], row["position"]) == ("B", "Ouders erbij", 1)
        assert row["colour"]

    roundtrip(seeded, AddTheme("Ouders erbij"), check)
    roundtrip(
        seeded,
        edit_theme(1, name="Rust", description="Meer rust", colour="#123456"),
        lambda b, a: None,
    )
    assert next((t.code, t.name, t.description, t.colour) for t in themes(seeded)) == (
        "T1",
        "Rust",
        "Meer rust",
        "#123456",
    )
    refused(seeded, edit_theme(1, name=" "), OperationError, "may not be empty")


def test_merge_moves_subgroups_elements_and_initiatives(seeded: WorkshopStore) -> None:
    seeded.apply(AddTheme("Tweede"))
    seeded.apply(Insert("initiative", ({"id": 5, "theme_id": 2, "title": "Plan"},)))
    seeded.apply(Insert("logic_node", ({"id": 9, "kind": "activiteit", "theme_id": 2},)))
    seeded.apply(Insert("subgroup", ({"id": 9, "round_id": 2, "theme_id": 2},)))  # closed round
    fate = theme_fate(seeded, (2,))
    assert (fate.subgroups, fate.elements, fate.initiatives) == (1, 1, 1)
    assert "naar “Samen leren”" in fate_text(fate, "Samen leren")

    def check(before: Dump, after: Dump) -> None:
        assert 2 not in after["theme"]
        assert after["initiative"][5]["theme_id"] == 1
        assert after["initiative"][5]["position"] == 1
        assert after["logic_node"][9]["theme_id"] == 1
        assert after["subgroup"][9]["theme_id"] == 1

    roundtrip(seeded, MergeThemes(1, (2,)), check)
    refused(seeded, MergeThemes(1, (1,)), OperationError, "at least one other")


def test_delete_theme_says_what_happens_and_undoes(seeded: WorkshopStore) -> None:
    fate = theme_fate(seeded, (1,))
    assert (fate.subgroups, fate.elements, fate.initiatives) == (0, 1, 1)
    text = fate_text(fate, None)
    assert "1 initiatief" in text and "1 element" in text and "zonder thema" in text
    assert "1 initiative" in fate_text(fate, None, "en")

    def check(before: Dump, after: Dump) -> None:
        assert after["theme"] == {} and after["initiative"] == {} and after["action"] == {}
        assert after["logic_node"][1]["theme_id"] is None

    roundtrip(seeded, remove_theme(1), check)


def test_mark_chances_on_notes_and_elements_even_in_a_closed_round(seeded: WorkshopStore) -> None:
    def check(before: Dump, after: Dump) -> None:
        assert only_changed(before, after) == {"note": {1, 7}}
        assert after["note"][7]["chance"] == "ict_purpose"

    roundtrip(seeded, MarkChance("note", (1, 7), Chance.ICT_PURPOSE), check)
    roundtrip(
        seeded,
        MarkChance("logic_node", (1,), Chance.IMPROVEMENT),
        lambda b, a: a["logic_node"][1]["chance"] == "improvement" or pytest.fail("not marked"),
    )
    roundtrip(seeded, MarkChance("note", (1,), None), lambda b, a: None)
    refused(seeded, MarkChance("theme", (1,), Chance.IMPROVEMENT), OperationError, "Only")
    refused(seeded, MarkChance("note", (99,), Chance.IMPROVEMENT), OperationError, "exist")


def test_workload_origin_by_hand_overrides_the_batenlogica(seeded: WorkshopStore) -> None:
    seeded.apply(
        Insert(
            "note",
            (
                {"id": 20, "round_id": 1, "kind": "werkdruk", "text": "mail", "y": 900},
                {"id": 21, "round_id": 1, "kind": "werkdruk", "text": "plannen", "y": 950},
                {"id": 22, "round_id": 1, "kind": "werkdruk", "text": "los", "y": 990},
            ),
        )
    )
    seeded.apply(
        Insert(
            "logic_node",
            (
                {"id": 10, "kind": "werkdruk", "label": "mail"},
                {"id": 11, "kind": "werkdruk", "label": "plannen"},
            ),
        )
    )
    seeded.apply(Insert("logic_node_source", ({"node_id": 10, "note_id": 20},)))
    seeded.apply(Insert("logic_node_source", ({"node_id": 11, "note_id": 21},)))
    seeded.apply(add_edge(11, 2))  # burdens "Rust", which leads to the purpose
    found = {w.note_id: (w.from_logic, w.origin) for w in workload_overview(seeded)}
    assert found == {
        20: (WorkloadOrigin.SYSTEMS, WorkloadOrigin.SYSTEMS),
        21: (WorkloadOrigin.PURPOSE, WorkloadOrigin.PURPOSE),
        22: (None, None),
    }

    def check(before: Dump, after: Dump) -> None:
        assert after["note"][20]["workload_origin"] == "purpose"

    roundtrip(seeded, SetWorkloadOrigin((20,), WorkloadOrigin.PURPOSE), check)
    by_id = {w.note_id: w for w in workload_overview(seeded)}
    assert by_id[20].origin is WorkloadOrigin.PURPOSE
    assert by_id[20].from_logic is WorkloadOrigin.SYSTEMS
    refused(seeded, SetWorkloadOrigin((1,), WorkloadOrigin.PURPOSE), OperationError, "werkdruk")


def test_sessions_added_renamed_dated_reordered_and_deleted(seeded: WorkshopStore) -> None:
    day = dt.date(2026, 5, 1)

    def added(before: Dump, after: Dump) -> None:
        assert only_changed(before, after) == {"session": {2}}
        assert after["session"][2]["position"] == 1

    roundtrip(seeded, AddSession("Sessie 2", day), added)
    roundtrip(seeded, edit_session(2, title="Terugkoppeling"), lambda b, a: None)
    roundtrip(seeded, edit_session(2, date=None), lambda b, a: None)
    roundtrip(seeded, reorder("session", [2, 1]), lambda b, a: None)
    shape = trajectory_shape(seeded)
    assert [(s.title, s.date) for s in shape] == [("Terugkoppeling", None), ("Sessie 1", None)]
    assert [r.title for r in shape[1].rounds] == ["Bruin papier", "Bedoeling"]
    assert shape[1].rounds[1].closed and shape[1].rounds[0].notes == 6

    def deleted(before: Dump, after: Dump) -> None:
        assert after["round"] == {} and after["note"] == {} and after["cluster"] == {}

    roundtrip(seeded, remove_session(1), deleted)
    refused(seeded, AddSession(" "), OperationError, "may not be empty")


def test_rounds_added_as_plenary_edited_moved_and_deleted(seeded: WorkshopStore) -> None:
    def added(before: Dump, after: Dump) -> None:
        assert only_changed(before, after) == {"round": {3}}  # no subgroups
        row = after["round"][3]
        assert (row["kind"], row["position"], row["question"]) == ("plenary", 2, "Wat valt op?")

    roundtrip(seeded, add_round(1, "Opening", "Wat valt op?", RoundKind.PLENARY), added)

    def edited(before: Dump, after: Dump) -> None:
        assert after["round"][2]["question"] == "Hoe ziet succes eruit?"
        assert after["round"][2]["state"] == "closed"

    roundtrip(seeded, edit_round(2, question="Hoe ziet succes eruit?"), edited)
    roundtrip(seeded, MoveRounds(1, (3, 1, 2)), lambda b, a: None)
    assert [r.title for r in trajectory_shape(seeded)[0].rounds] == [
        "Opening",
        "Bruin papier",
        "Bedoeling",
    ]
    roundtrip(seeded, remove_round(1), lambda b, a: None)
    refused(seeded, MoveRounds(2, (3,)), OperationError, "not all")
