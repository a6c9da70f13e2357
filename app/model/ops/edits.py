"""Guarded generic edits: add, edit, remove and reorder rows of any table.

The guards turn edits the method forbids (changing a closed round, an edge
from a node to itself, an unknown kind) into an ``OperationError`` with a
message for the facilitator, before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from app.model.entities import TABLES
from app.model.errors import OperationError, RoundClosedError
from app.model.kinds import InitiativeCategory, LogicKind, NoteKind, RoundKind, RoundState
from app.model.ops.primitives import Delete, Insert, Op, Tx, Update, select_rows
from app.model.trajectory_kinds import ActionStatus, Framework, MomentKind, SessionKind

ROUND_SCOPED = ("note", "cluster", "subgroup")
ENUM_COLUMNS: dict[tuple[str, str], type] = {
    ("note", "kind"): NoteKind,
    ("logic_node", "kind"): LogicKind,
    ("round", "state"): RoundState,
    ("round", "kind"): RoundKind,
    ("initiative", "category"): InitiativeCategory,
    ("session", "kind"): SessionKind,
    ("action", "status"): ActionStatus,
    ("moment", "kind"): MomentKind,
    ("framework_change", "framework"): Framework,
}


def ensure_rounds_open(tx: Tx, round_ids: Iterable[int]) -> None:
    refuse_closed(tx.conn, round_ids)


def refuse_closed(conn: Connection, round_ids: Iterable[int]) -> None:
    """Raise :class:`RoundClosedError` naming the first closed round among ``round_ids``."""
    closed = [
        r
        for r in select_rows(conn, TABLES["round"], sorted(set(round_ids)))
        if r["state"] == RoundState.CLOSED
    ]
    if closed:
        raise RoundClosedError(
            "Round “{title}” is closed; reopen it before changing its board.",
            title=closed[0]["title"],
        )


def _round_ids_of(tx: Tx, table_name: str, ids: Iterable[int]) -> set[int]:
    # select_rows, not a Core select(): this guard runs on every drag of a post-it.
    return {r["round_id"] for r in select_rows(tx.conn, TABLES[table_name], list(ids))}


def _coerce(table: str, values: Mapping[str, Any]) -> dict[str, Any]:
    row = dict(values)
    for column, value in values.items():
        enum = ENUM_COLUMNS.get((table, column))
        if enum is not None:
            try:
                row[column] = enum(value)
            except ValueError:
                raise OperationError(
                    "{value!r} is not a valid {column}", value=value, column=column
                ) from None
    return row


def _check_edge(tx: Tx, row: Mapping[str, Any]) -> None:
    if row.get("cause_id") == row.get("effect_id"):
        raise OperationError("An arrow must connect two different elements.")
    table = TABLES["logic_edge"]
    exists = tx.conn.scalar(
        select(table.c.id).where(
            table.c.cause_id == row["cause_id"], table.c.effect_id == row["effect_id"]
        )
    )
    if exists is not None:
        raise OperationError("These two elements are already connected.")


@dataclass(frozen=True)
class Add(Op):
    table: str
    rows: tuple[Mapping[str, Any], ...]

    def apply(self, tx: Tx) -> Op:
        rows = tuple(_coerce(self.table, r) for r in self.rows)
        if self.table in ROUND_SCOPED:
            ensure_rounds_open(tx, (r["round_id"] for r in rows))
        if self.table == "logic_edge":
            for row in rows:
                _check_edge(tx, row)
        return Insert(self.table, rows).apply(tx)


@dataclass(frozen=True)
class Edit(Op):
    table: str
    values: Mapping[int, Mapping[str, Any]]

    def apply(self, tx: Tx) -> Op:
        if not self.values:
            return Update(self.table, {})
        values = {i: _coerce(self.table, v) for i, v in self.values.items()}
        if self.table in ROUND_SCOPED:
            ensure_rounds_open(tx, _round_ids_of(tx, self.table, values))
        return Update(self.table, values).apply(tx)


@dataclass(frozen=True)
class Remove(Op):
    table: str
    ids: tuple[int, ...]

    def apply(self, tx: Tx) -> Op:
        if self.table in ROUND_SCOPED:
            ensure_rounds_open(tx, _round_ids_of(tx, self.table, self.ids))
        return Delete(self.table, self.ids).apply(tx)


def add(table: str, **values: Any) -> Add:
    return Add(table, (values,))


def edit(table: str, row_id: int, **values: Any) -> Edit:
    return Edit(table, {row_id: values})


def remove(table: str, *ids: int) -> Remove:
    return Remove(table, tuple(ids))


def reorder(table: str, ids_in_order: Sequence[int]) -> Edit:
    return Edit(table, {row_id: {"position": i} for i, row_id in enumerate(ids_in_order)})


def set_round_state(round_id: int, state: RoundState) -> Edit:
    """Closing keeps the board exactly as left; only the state column changes."""
    return Edit("round", {round_id: {"state": state}})
