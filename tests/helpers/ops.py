"""Checks shared by the operation tests: do, undo and redo give back exactly what they should."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from app.model.changes import Change
from app.model.ops import Op
from app.model.store import WorkshopStore
from tests.helpers.snapshot import Dump, assert_changes_describe, dump, stored, stored_rows

Check = Callable[[Dump, Dump], None]


@dataclass
class Heard:
    """What a listener received, and whether the change was already committed when it did."""

    batches: list[list[Change]]
    committed: list[bool]


def listen(store: WorkshopStore, probe: Callable[[], bool]) -> Heard:
    heard = Heard([], [])

    def on_change(changes: list[Change]) -> None:
        heard.batches.append(changes)
        heard.committed.append(probe())

    store.events.subscribe(on_change)
    return heard


def is_committed(store: WorkshopStore) -> bool:
    """Whether another connection sees what the store's own connection sees."""
    other = sqlite3.connect(store.path)
    try:
        return stored_rows(other) == stored(store)
    finally:
        other.close()


def roundtrip(store: WorkshopStore, op: Op, check: Check) -> None:
    """Apply, undo, redo: each step changes the database as it should and is announced."""
    heard = listen(store, lambda: is_committed(store))

    def step(current: Op) -> tuple[Op, Dump, Dump]:
        before = dump(store)
        inverse = store.apply(current)
        after = dump(store)
        assert_changes_describe(before, after, heard.batches[-1])
        return inverse, before, after

    inverse, before, after = step(op)
    assert after != before
    check(before, after)
    redo, _, undone = step(inverse)
    assert undone == before
    _, _, redone = step(redo)
    assert redone == after
    assert heard.committed == [True, True, True]


def refused(store: WorkshopStore, op: Op, error: type[Exception], match: str) -> None:
    """The operation is refused with a message, nothing changes and nobody is told."""
    heard = listen(store, lambda: True)
    before = dump(store)
    with pytest.raises(error, match=match):
        store.apply(op)
    assert dump(store) == before
    assert heard.batches == []


def only_changed(before: Dump, after: Dump) -> dict[str, set[int]]:
    """Which rows differ, by table."""
    out: dict[str, set[int]] = {}
    for table, rows in after.items():
        ids = {i for i in rows.keys() | before[table].keys() if rows.get(i) != before[table].get(i)}
        if ids:
            out[table] = ids
    return out
