"""Row primitives: every operation's inverse restores the database exactly."""

from __future__ import annotations

from sqlalchemy import text

from app.model.ops import Delete, Insert, Update
from app.model.store import WorkshopStore


def dump(store: WorkshopStore) -> dict[str, list[tuple]]:
    tables = ["session", "round", "cluster", "note"]
    with store.engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT * FROM {t} ORDER BY id")).all() for t in tables}


def test_delete_cascades_and_restore_brings_everything_back(store: WorkshopStore) -> None:
    store.apply(Insert("session", ({"title": "S1"},)))
    store.apply(Insert("round", ({"session_id": 1, "title": "R1"},)))
    store.apply(Insert("cluster", ({"round_id": 1, "title": "C"},)))
    store.apply(Insert("note", ({"round_id": 1, "text": "a", "cluster_id": 1}, {"round_id": 1})))
    before = dump(store)
    restore = store.apply(Delete("session", (1,)))
    assert all(rows == [] for rows in dump(store).values())
    redo = store.apply(restore)
    assert dump(store) == before
    store.apply(redo)
    assert dump(store)["note"] == []


def test_update_inverse_restores_old_values_and_timestamp(store: WorkshopStore) -> None:
    store.apply(Insert("session", ({"title": "S1"},)))
    store.apply(Insert("round", ({"session_id": 1},)))
    store.apply(Insert("note", ({"round_id": 1, "text": "old"},)))
    before = dump(store)
    undo = store.apply(Update("note", {1: {"text": "new", "x": 5.0}}))
    assert dump(store)["note"][0].text == "new"
    store.apply(undo)
    assert dump(store) == before
