"""Every operation and its inverse: undo gives back the database exactly, redo the edit exactly.

Each case applies an operation to a seeded workshop, checks what it did, applies
its inverse (the database must equal the state before, timestamps included),
then the inverse of the inverse (it must equal the state after), and checks
that listeners heard about each step after it was committed.
"""

from __future__ import annotations

import pytest

from app.model.errors import OperationError, RoundClosedError
from app.model.kinds import RoundState
from app.model.layout import Rect
from app.model.ops import Batch, Delete, Insert, Op, Restore, Update
from app.model.ops.board import CreateCluster, FitCluster, MoveCluster, SetCluster, Vote, ungroup
from app.model.ops.edits import Add, Edit, Remove, add, edit, remove, reorder, set_round_state
from app.model.ops.logic import AddLogicNode, add_edge
from app.model.ops.tidy import Tidy
from app.model.store import WorkshopStore
from tests.helpers.ops import only_changed, refused, roundtrip
from tests.helpers.snapshot import Dump, dump, seed


@pytest.fixture
def seeded(store: WorkshopStore) -> WorkshopStore:
    seed(store)
    return store


# -- row primitives ------------------------------------------------------------------------------


def test_insert_gives_fresh_ids_and_fills_defaults(seeded: WorkshopStore) -> None:
    def check(before: Dump, after: Dump) -> None:
        assert only_changed(before, after) == {"note": {8, 9}}
        new = after["note"][8]
        assert (new["text"], new["kind"], new["w"], new["votes"]) == ("n", "idee", 160.0, 0)
        assert new["created"] is not None and new["updated"] is not None
        assert after["note"][9]["x"] == 5.0

    rows = ({"round_id": 1, "text": "n"}, {"round_id": 1, "x": 5.0})
    roundtrip(seeded, Insert("note", rows), check)


def test_insert_keeps_given_ids(seeded: WorkshopStore) -> None:
    def check(before: Dump, after: Dump) -> None:
        assert only_changed(before, after) == {"session": {42}}

    roundtrip(seeded, Insert("session", ({"id": 42, "title": "Later"},)), check)


def test_insert_of_an_unknown_column_is_refused(seeded: WorkshopStore) -> None:
    refused(seeded, Insert("note", ({"round_id": 1, "colour_x": 1},)), KeyError, "colour_x")


def test_update_sets_values_and_the_updated_stamp(seeded: WorkshopStore) -> None:
    def check(before: Dump, after: Dump) -> None:
        assert only_changed(before, after) == {"note": {1, 3}}
        assert (after["note"][1]["x"], after["note"][1]["y"]) == (11.0, 12.0)
        assert after["note"][3]["text"] == "cc"
        assert after["note"][1]["updated"] > before["note"][1]["updated"]

    roundtrip(seeded, Update("note", {1: {"x": 11.0, "y": 12.0}, 3: {"text": "cc"}}), check)


def test_update_of_a_missing_row_is_refused(seeded: WorkshopStore) -> None:
    refused(seeded, Update("note", {1: {"x": 1.0}, 99: {"x": 2.0}}), LookupError, "99")


def test_delete_cascades_and_nulls_links(seeded: WorkshopStore) -> None:
    def check(before: Dump, after: Dump) -> None:
        for table in ("session", "round", "subgroup", "cluster", "note", "logic_node_source"):
            assert after[table] == {}, table
        assert after["subgroup_member"] == {}
        assert after["logic_node"][2]["source_cluster_id"] is None
        assert after["logic_node"].keys() == before["logic_node"].keys()

    roundtrip(seeded, Delete("session", (1,)), check)


def test_delete_of_a_stakeholder_group_unlinks_its_people_and_subgroups(
    seeded: WorkshopStore,
) -> None:
    def check(before: Dump, after: Dump) -> None:
        assert 1 not in after["stakeholder_group"]
        assert after["participant"][1]["group_id"] is None
        assert after["subgroup"][1]["group_id"] is None
        assert after["subgroup"][2]["group_id"] == 2

    roundtrip(seeded, Delete("stakeholder_group", (1,)), check)


def test_delete_of_a_logic_node_takes_its_edges_and_sources(seeded: WorkshopStore) -> None:
    def check(before: Dump, after: Dump) -> None:
        assert set(after["logic_node"]) == {1, 3}
        assert after["logic_edge"] == {}
        assert set(after["logic_node_source"]) == {1, 2}

    roundtrip(seeded, Delete("logic_node", (2,)), check)


def test_restore_applied_first_is_undone_by_delete(seeded: WorkshopStore) -> None:
    restore = seeded.apply(Delete("theme", (1,)))
    assert isinstance(restore, Restore)

    def check(before: Dump, after: Dump) -> None:
        assert after["theme"][1]["name"] == "Samen leren"
        assert after["logic_node"][1]["theme_id"] == 1
        assert after["action"][1]["who"] == "IB"

    roundtrip(seeded, restore, check)


def test_batch_undoes_in_reverse_order(seeded: WorkshopStore) -> None:
    batch = Batch(
        (
            Insert("note", ({"id": 20, "round_id": 1, "text": "x"},)),
            Update("note", {20: {"text": "y"}}),
            Delete("note", (5,)),
        )
    )

    def check(before: Dump, after: Dump) -> None:
        assert after["note"][20]["text"] == "y"
        assert 5 not in after["note"]

    roundtrip(seeded, batch, check)


# -- guarded edits -------------------------------------------------------------------------------


def test_add_coerces_kind_names(seeded: WorkshopStore) -> None:
    def check(before: Dump, after: Dump) -> None:
        assert after["note"][8]["kind"] == "werkdruk"

    roundtrip(seeded, add("note", round_id=1, kind="werkdruk", text="druk"), check)


def test_add_of_an_unknown_kind_is_refused(seeded: WorkshopStore) -> None:
    refused(seeded, add("note", round_id=1, kind="wens"), OperationError, "not a valid kind")


def test_edit_many_notes_at_once(seeded: WorkshopStore) -> None:
    values = {1: {"colour": "#ff0000"}, 2: {"colour": "#ff0000"}, 5: {"w": 200.0, "h": 150.0}}

    def check(before: Dump, after: Dump) -> None:
        assert only_changed(before, after) == {"note": {1, 2, 5}}
        assert after["note"][2]["colour"] == "#ff0000"
        assert after["note"][5]["w"] == 200.0

    roundtrip(seeded, Edit("note", values), check)


def test_remove_many_notes_takes_their_logic_sources(seeded: WorkshopStore) -> None:
    def check(before: Dump, after: Dump) -> None:
        assert set(after["note"]) == {3, 4, 5, 6, 7}
        assert after["logic_node_source"] == {}

    roundtrip(seeded, remove("note", 1, 2), check)


def test_reorder_sets_positions(seeded: WorkshopStore) -> None:
    def check(before: Dump, after: Dump) -> None:
        assert [after["subgroup"][i]["position"] for i in (2, 1)] == [0, 1]

    roundtrip(seeded, reorder("subgroup", [2, 1]), check)


def test_reorder_rounds_of_a_session(seeded: WorkshopStore) -> None:
    def check(before: Dump, after: Dump) -> None:
        assert (after["round"][2]["position"], after["round"][1]["position"]) == (0, 1)

    roundtrip(seeded, reorder("round", [2, 1]), check)


def test_rename_a_closed_round_is_allowed(seeded: WorkshopStore) -> None:
    def check(before: Dump, after: Dump) -> None:
        assert after["round"][2]["title"] == "Waar word je blij van?"

    roundtrip(seeded, edit("round", 2, title="Waar word je blij van?"), check)


def test_closing_a_round_changes_only_its_state(seeded: WorkshopStore) -> None:
    def check(before: Dump, after: Dump) -> None:
        assert only_changed(before, after) == {"round": {1}}
        assert after["round"][1]["state"] == RoundState.CLOSED

    roundtrip(seeded, set_round_state(1, RoundState.CLOSED), check)


def test_reopening_a_round_allows_its_board_again(seeded: WorkshopStore) -> None:
    def check(before: Dump, after: Dump) -> None:
        assert after["round"][2]["state"] == RoundState.OPEN

    roundtrip(seeded, set_round_state(2, RoundState.OPEN), check)
    seeded.apply(set_round_state(2, RoundState.OPEN))
    seeded.apply(edit("note", 7, text="changed"))
    assert dump(seeded)["note"][7]["text"] == "changed"


@pytest.mark.parametrize(
    "op",
    [
        add("note", round_id=2, text="late"),
        Add("cluster", ({"round_id": 2, "title": "late"},)),
        Add("subgroup", ({"round_id": 2, "name": "late"},)),
        edit("note", 7, text="changed"),
        Edit("note", {3: {"x": 1.0}, 7: {"x": 1.0}}),
        edit("subgroup", 3, name="changed"),
        remove("note", 7),
        Remove("note", (3, 7)),
        remove("subgroup", 3),
        Vote((7,)),
        CreateCluster((7,), "late"),
    ],
    ids=lambda op: type(op).__name__,
)
def test_closed_round_refuses_changes_to_its_board(seeded: WorkshopStore, op: Op) -> None:
    refused(seeded, op, RoundClosedError, "Round “Bedoeling” is closed")


# -- board ---------------------------------------------------------------------------------------


def test_vote_adds_to_every_note(seeded: WorkshopStore) -> None:
    def check(before: Dump, after: Dump) -> None:
        assert (after["note"][1]["votes"], after["note"][6]["votes"]) == (1, 3)

    roundtrip(seeded, Vote((1, 6)), check)


def test_taking_back_votes_stops_at_zero(seeded: WorkshopStore) -> None:
    def check(before: Dump, after: Dump) -> None:
        assert (after["note"][6]["votes"], after["note"][1]["votes"]) == (0, 0)

    roundtrip(seeded, Vote((6, 1), delta=-5), check)


def test_vote_on_a_missing_note_is_refused(seeded: WorkshopStore) -> None:
    refused(seeded, Vote((1, 99)), OperationError, "no longer exist")


def test_create_cluster_frames_its_notes(seeded: WorkshopStore) -> None:
    def check(before: Dump, after: Dump) -> None:
        assert set(after["cluster"]) == {1, 2, 3}
        frame = after["cluster"][3]
        assert (frame["title"], frame["round_id"], frame["colour"]) == ("Nieuw", 1, "#abcdef")
        for note_id in (3, 5):
            note = after["note"][note_id]
            assert note["cluster_id"] == 3
            assert frame["x"] < note["x"] and note["x"] + note["w"] < frame["x"] + frame["w"]
            assert frame["y"] < note["y"] and note["y"] + note["h"] < frame["y"] + frame["h"]

    roundtrip(seeded, CreateCluster((3, 5), "Nieuw", "#abcdef"), check)


def test_create_cluster_refuses_nothing_and_mixed_rounds(seeded: WorkshopStore) -> None:
    refused(seeded, CreateCluster(()), OperationError, "at least one post-it")
    refused(seeded, CreateCluster((3, 7)), OperationError, "one round")


def test_move_cluster_moves_frame_and_members(seeded: WorkshopStore) -> None:
    def check(before: Dump, after: Dump) -> None:
        assert only_changed(before, after) == {"cluster": {1}, "note": {1, 2}}
        for table, row_id in (("cluster", 1), ("note", 1), ("note", 2)):
            old, new = before[table][row_id], after[table][row_id]
            assert (new["x"] - old["x"], new["y"] - old["y"]) == (10.0, -20.0)

    roundtrip(seeded, MoveCluster(1, 10.0, -20.0), check)


def test_move_cluster_of_a_missing_cluster_is_refused(seeded: WorkshopStore) -> None:
    refused(seeded, MoveCluster(99, 1.0, 1.0), OperationError, "no longer exists")


def test_fit_cluster_wraps_its_members(seeded: WorkshopStore) -> None:
    def check(before: Dump, after: Dump) -> None:
        frame = after["cluster"][1]
        members = [after["note"][1], after["note"][2]]
        left = min(n["x"] for n in members)
        right = max(n["x"] + n["w"] for n in members)
        assert frame["x"] < left and right < frame["x"] + frame["w"]
        assert frame["w"] < before["cluster"][1]["w"]

    roundtrip(seeded, FitCluster(1), check)


def test_set_cluster_moves_notes_in_and_refits_both_frames(seeded: WorkshopStore) -> None:
    def check(before: Dump, after: Dump) -> None:
        assert after["note"][4]["cluster_id"] == 1
        assert after["note"][3]["cluster_id"] == 1
        assert after["cluster"][1] != before["cluster"][1]
        note = after["note"][3]
        frame = after["cluster"][1]
        assert frame["y"] + frame["h"] > note["y"] + note["h"]

    roundtrip(seeded, SetCluster((3, 4), 1), check)


def test_set_cluster_none_takes_notes_out(seeded: WorkshopStore) -> None:
    def check(before: Dump, after: Dump) -> None:
        assert after["note"][2]["cluster_id"] is None
        assert after["note"][1]["cluster_id"] == 1

    roundtrip(seeded, SetCluster((2,), None), check)


def test_ungroup_keeps_the_notes_where_they_are(seeded: WorkshopStore) -> None:
    def check(before: Dump, after: Dump) -> None:
        assert set(after["cluster"]) == {2}
        for note_id in (1, 2):
            old, new = before["note"][note_id], after["note"][note_id]
            assert new["cluster_id"] is None
            assert (new["x"], new["y"]) == (old["x"], old["y"])
        assert after["logic_node"][2]["source_cluster_id"] is None

    roundtrip(seeded, ungroup(1), check)


def test_tidy_places_notes_in_a_grid_inside_the_area(seeded: WorkshopStore) -> None:
    area = Rect(0.0, 0.0, 800.0, 600.0)

    def check(before: Dump, after: Dump) -> None:
        notes = [after["note"][i] for i in (1, 2, 3)]
        places = {(n["x"], n["y"]) for n in notes}
        assert len(places) == 3
        for n in notes:
            assert area.contains(n["x"], n["y"])
            assert n["x"] + n["w"] <= area.right

    roundtrip(seeded, Tidy((1, 2, 3), area), check)


# -- batenlogica ---------------------------------------------------------------------------------


def test_logic_node_from_notes_keeps_its_sources(seeded: WorkshopStore) -> None:
    def check(before: Dump, after: Dump) -> None:
        node = after["logic_node"][4]
        assert (node["kind"], node["label"], node["x"]) == ("activiteit", "Plan", 30.0)
        links = {(r["node_id"], r["note_id"]) for r in after["logic_node_source"].values()}
        assert {(4, 3), (4, 5)} <= links

    roundtrip(seeded, AddLogicNode("activiteit", "Plan", x=30.0, source_note_ids=(3, 5)), check)


def test_logic_node_without_sources(seeded: WorkshopStore) -> None:
    def check(before: Dump, after: Dump) -> None:
        assert only_changed(before, after) == {"logic_node": {4}}
        assert after["logic_node"][4]["source_cluster_id"] == 2

    roundtrip(seeded, AddLogicNode("baat", "Tijd", source_cluster_id=2), check)


def test_logic_node_of_an_unknown_kind_is_refused(seeded: WorkshopStore) -> None:
    refused(seeded, AddLogicNode("droom", "x"), OperationError, "not a valid kind")


def test_add_edge(seeded: WorkshopStore) -> None:
    def check(before: Dump, after: Dump) -> None:
        assert after["logic_edge"][3] == {"id": 3, "cause_id": 1, "effect_id": 3}

    roundtrip(seeded, add_edge(1, 3), check)


def test_edge_to_itself_and_duplicate_edge_are_refused(seeded: WorkshopStore) -> None:
    refused(seeded, add_edge(2, 2), OperationError, "two different elements")
    refused(seeded, add_edge(1, 2), OperationError, "already connected")
