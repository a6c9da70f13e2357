"""Post-its and clusters become batenlogica elements in one operation that undoes exactly."""

from __future__ import annotations

import pytest

from app.model.batenlogica.graph import load_graph
from app.model.batenlogica.layout import free_spots
from app.model.errors import OperationError
from app.model.kinds import LogicKind
from app.model.ops.edits import edit
from app.model.ops.logic import AddNodesFromBoard
from app.model.store import WorkshopStore
from tests.helpers.snapshot import TIMESTAMPS, seed, stored


@pytest.fixture
def seeded(store: WorkshopStore) -> WorkshopStore:
    seed(store)
    return store


def new_nodes(store: WorkshopStore, before: dict) -> dict[int, dict]:
    after = stored(store)["logic_node"]
    return {i: row for i, row in after.items() if i not in before["logic_node"]}


def sources(store: WorkshopStore, node_id: int) -> list[int]:
    rows = stored(store)["logic_node_source"].values()
    return sorted(r["note_id"] for r in rows if r["node_id"] == node_id)


def test_clusters_and_loose_notes_become_linked_elements_once(seeded: WorkshopStore) -> None:
    seeded.apply(edit("cluster", 1, title="  Rust \n in de  klas "))
    before = stored(seeded, ignore=TIMESTAMPS)
    spots = free_spots(load_graph(seeded), LogicKind.OPLOSSING, 3)
    # note 1 is in cluster 1 (skipped), 3 is loose and named twice, 99 does not exist
    op = AddNodesFromBoard(
        LogicKind.OPLOSSING, note_ids=(3, 1, 3, 99, 5), cluster_ids=(1, 1), cluster_label="C"
    )
    inverse = seeded.apply(op)
    added = new_nodes(seeded, before)
    assert [(r["label"], r["source_cluster_id"]) for r in added.values()] == [
        ("Rust in de klas", 1),
        ("c", None),
        ("e", None),
    ]
    assert [(r["x"], r["y"]) for r in added.values()] == spots
    assert [sources(seeded, i) for i in added] == [[1, 2], [3], [5]]
    assert all(r["kind"] == "oplossing" for r in added.values())
    seeded.apply(inverse)
    assert stored(seeded, ignore=TIMESTAMPS) == before


def test_an_untitled_cluster_gets_the_given_label_and_at_places_the_column(
    seeded: WorkshopStore,
) -> None:
    seeded.apply(edit("cluster", 2, title=""))
    before = stored(seeded)
    seeded.apply(
        AddNodesFromBoard(
            LogicKind.BAAT,
            note_ids=(6,),
            cluster_ids=(2,),
            at=(10.0, 20.0),
            cluster_label="Cluster",
        )
    )
    first, second = new_nodes(seeded, before).values()
    assert (first["label"], first["x"], first["y"]) == ("Cluster", 10.0, 20.0)
    assert second["x"] == 10.0 and second["y"] > 20.0


def test_nothing_left_to_add_is_refused_without_writing(seeded: WorkshopStore) -> None:
    before = stored(seeded)
    with pytest.raises(OperationError):
        seeded.apply(AddNodesFromBoard(LogicKind.BAAT, note_ids=(99,), cluster_ids=(98,)))
    assert stored(seeded) == before
