"""Whole-database snapshots and a small seeded workshop, shared by the store and operation tests.

Snapshots read through SQLAlchemy Core, not through the row primitives under
test, so a bug in the primitives' own reading cannot hide itself.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from typing import Any

from sqlalchemy import select

from app.model.changes import Change
from app.model.entities import TABLES
from app.model.ops import Insert
from app.model.store import WorkshopStore

Dump = dict[str, dict[int, dict[str, Any]]]
TIMESTAMPS = ("created", "updated")


def dump(store: WorkshopStore, ignore: tuple[str, ...] = ()) -> Dump:
    """Every row of every table, by table and id, optionally without some columns."""
    out: Dump = {}
    with store.engine.connect() as conn:
        for name, table in TABLES.items():
            rows = conn.execute(select(table).order_by(table.c.id)).mappings()
            out[name] = {r["id"]: {k: v for k, v in r.items() if k not in ignore} for r in rows}
    return out


def stored(store: WorkshopStore, ignore: tuple[str, ...] = ()) -> Dump:
    """Like :func:`dump`, but the values exactly as SQLite stores them, read with plain sqlite3.

    Much faster than :func:`dump`, for checks that run after every step.
    """
    with store.engine.connect() as conn:
        return stored_rows(conn.connection.driver_connection, ignore)


def stored_rows(conn: sqlite3.Connection, ignore: tuple[str, ...] = ()) -> Dump:
    """Every row of every workshop table as a plain sqlite3 connection sees it."""
    out: Dump = {}
    for name in TABLES:
        cursor = conn.execute(f'SELECT * FROM "{name}" ORDER BY id')
        columns = [d[0] for d in cursor.description]
        keep = [i for i, c in enumerate(columns) if c not in ignore]
        out[name] = {r[0]: {columns[i]: r[i] for i in keep} for r in cursor}
    return out


def assert_changes_describe(before: Dump, after: Dump, changes: list[Change]) -> None:
    """The notified changes account for every row that changed, with the values it now has."""
    inserted: dict[tuple[str, int], dict[str, Any]] = {}
    updated: dict[tuple[str, int], dict[str, Any]] = defaultdict(dict)
    deleted: set[tuple[str, int]] = set()
    for change in changes:
        key = (change.table, change.id)
        if change.kind == "insert":
            inserted[key] = dict(change.values)
        elif change.kind == "update":
            (inserted[key] if key in inserted else updated[key]).update(change.values)
        else:
            inserted.pop(key, None)
            deleted.add(key)
    for table, rows in after.items():
        old_rows = before[table]
        for row_id, row in rows.items():
            key = (table, row_id)
            if row_id not in old_rows:
                assert inserted.get(key) == row, f"insert of {key} not announced as it is"
                continue
            changed = {c for c, v in row.items() if old_rows[row_id][c] != v}
            if changed:
                assert key in updated or key in inserted, f"update of {key} not announced"
                announced = inserted.get(key) or updated[key]
                assert changed <= set(announced), f"{key}: {changed} not all announced"
                assert {c: row[c] for c in announced} == announced, f"{key}: wrong values"
        for row_id in old_rows.keys() - rows.keys():
            assert (table, row_id) in deleted, f"delete of {(table, row_id)} not announced"
    for table, row_id in deleted:
        assert row_id not in after[table] or (table, row_id) in inserted


def seed(store: WorkshopStore) -> None:
    """A small workshop touching every table, with fixed ids the tests refer to.

    Session 1 has round 1 (open, two subgroups, clusters 1 and 2, notes 1-6)
    and round 2 (closed, note 7). Logic nodes 1-3 with edges 1->2 and 2->3;
    node 1 came from notes 1 and 2, node 2 from cluster 1.
    """
    rows: dict[str, tuple[dict[str, Any], ...]] = {
        "stakeholder_group": (
            {"id": 1, "name": "Leerlingen", "colour": "#f4a261", "position": 0},
            {"id": 2, "name": "Ouders", "colour": "#2a9d8f", "position": 1},
        ),
        "participant": ({"id": 1, "name": "Sam", "group_id": 1},),
        "session": ({"id": 1, "title": "Sessie 1", "position": 0},),
        "round": (
            {"id": 1, "session_id": 1, "title": "Bruin papier", "position": 0},
            {"id": 2, "session_id": 1, "title": "Bedoeling", "position": 1, "state": "closed"},
        ),
        "theme": ({"id": 1, "code": "T1", "name": "Samen leren", "position": 0},),
        "subgroup": (
            {"id": 1, "round_id": 1, "name": "Leerlingen", "group_id": 1, "position": 0},
            {"id": 2, "round_id": 1, "name": "Ouders", "group_id": 2, "position": 1, "x": 848},
            {"id": 3, "round_id": 2, "name": "Allen", "position": 0},
        ),
        "subgroup_member": ({"id": 1, "subgroup_id": 1, "participant_id": 1},),
        "cluster": (
            {"id": 1, "round_id": 1, "title": "Rust", "x": 0, "y": 0, "w": 400, "h": 300},
            {"id": 2, "round_id": 1, "title": "Tijd", "x": 900, "y": 0, "w": 400, "h": 300},
        ),
        "note": (
            {"id": 1, "round_id": 1, "subgroup_id": 1, "cluster_id": 1, "text": "a", "x": 20},
            {"id": 2, "round_id": 1, "subgroup_id": 1, "cluster_id": 1, "text": "b", "x": 200},
            {"id": 3, "round_id": 1, "subgroup_id": 1, "text": "c", "x": 20, "y": 400},
            {"id": 4, "round_id": 1, "subgroup_id": 2, "cluster_id": 2, "text": "d", "x": 900},
            {"id": 5, "round_id": 1, "subgroup_id": 2, "text": "e", "x": 900, "y": 400},
            {"id": 6, "round_id": 1, "text": "f", "x": 1500, "y": 400, "votes": 2},
            {"id": 7, "round_id": 2, "subgroup_id": 3, "text": "g", "kind": "bedoeling"},
        ),
        "principle": ({"id": 1, "name": "Vertrouwen", "position": 0},),
        "logic_node": (
            {"id": 1, "kind": "oplossing", "label": "Rooster", "theme_id": 1},
            {"id": 2, "kind": "baat", "label": "Rust", "source_cluster_id": 1},
            {"id": 3, "kind": "bedoeling", "label": "Groei"},
        ),
        "logic_node_source": (
            {"id": 1, "node_id": 1, "note_id": 1},
            {"id": 2, "node_id": 1, "note_id": 2},
        ),
        "logic_edge": (
            {"id": 1, "cause_id": 1, "effect_id": 2},
            {"id": 2, "cause_id": 2, "effect_id": 3},
        ),
        "initiative": ({"id": 1, "theme_id": 1, "title": "Leerplein", "chosen": True},),
        "action": ({"id": 1, "initiative_id": 1, "activity": "Plannen", "who": "IB"},),
        "initiative_principle": ({"id": 1, "initiative_id": 1, "principle_id": 1, "how": "x"},),
    }
    for table, table_rows in rows.items():
        store.apply(Insert(table, table_rows))
