"""Row-level operations that every edit is built from, each returning its exact inverse.

Undo is "apply the inverse"; redo is "apply the inverse of the inverse". An
inverse re-creates rows with their original ids, so scene items that mirror
rows by id stay valid across any number of undo/redo steps.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, Connection, Table, bindparam, func, select

from app.model.changes import Change
from app.model.entities import TABLES

Row = dict[str, Any]


class Tx:
    """The connection of the running transaction and the changes it makes."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.changes: list[Change] = []


class Op(ABC):
    @abstractmethod
    def apply(self, tx: Tx) -> Op:
        """Perform the operation inside ``tx`` and return the operation that undoes it."""


def _default(column: Column) -> Any:
    default = column.default
    if default is None:
        return None
    if default.is_callable:
        return default.arg(None)  # type: ignore[union-attr,operator]
    return default.arg  # type: ignore[union-attr]


def full_row(table: Table, values: Mapping[str, Any]) -> Row:
    """Complete ``values`` with the column defaults, so a change carries the whole row."""
    unknown = set(values) - set(table.c.keys())
    if unknown:
        raise KeyError(f"{table.name} has no column(s) {sorted(unknown)}")
    return {c.name: values[c.name] if c.name in values else _default(c) for c in table.columns}


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def select_rows(conn: Connection, table: Table, ids: Sequence[int]) -> list[Row]:
    rows: list[Row] = []
    for part in _chunks(list(ids)):
        result = conn.execute(select(table).where(table.c.id.in_(part)).order_by(table.c.id))
        rows.extend(dict(r._mapping) for r in result)
    return rows


def _insert_rows(tx: Tx, table: Table, rows: list[Row]) -> None:
    if rows:
        tx.conn.execute(table.insert(), rows)
        tx.changes.extend(Change(table.name, "insert", r["id"], r) for r in rows)


@dataclass(frozen=True)
class Insert(Op):
    """Insert rows; rows without an id get fresh ones."""

    table: str
    rows: tuple[Mapping[str, Any], ...]

    def apply(self, tx: Tx) -> Op:
        table = TABLES[self.table]
        rows = [full_row(table, r) for r in self.rows]
        missing = [r for r in rows if r["id"] is None]
        if missing:
            next_id = (tx.conn.scalar(select(func.max(table.c.id))) or 0) + 1
            for offset, row in enumerate(missing):
                row["id"] = next_id + offset
        _insert_rows(tx, table, rows)
        return Delete(self.table, tuple(r["id"] for r in rows))


@dataclass(frozen=True)
class Update(Op):
    """Set columns of rows by id; ``updated`` timestamps are maintained unless given."""

    table: str
    values: Mapping[int, Mapping[str, Any]]

    def apply(self, tx: Tx) -> Op:
        table = TABLES[self.table]
        stamp = "updated" in table.c
        now = _default(table.c.updated) if stamp else None
        old = {r["id"]: r for r in select_rows(tx.conn, table, list(self.values))}
        missing = set(self.values) - set(old)
        if missing:
            raise LookupError(f"{self.table} rows {sorted(missing)} do not exist")
        groups: dict[tuple[str, ...], list[Row]] = defaultdict(list)
        inverse: dict[int, Row] = {}
        for row_id, values in self.values.items():
            new = dict(values)
            if stamp and "updated" not in new:
                new["updated"] = now
            inverse[row_id] = {k: old[row_id][k] for k in new}
            groups[tuple(sorted(new))].append({"_id": row_id, **new})
            tx.changes.append(Change(self.table, "update", row_id, new))
        for columns, rows in groups.items():
            stmt = (
                table.update()
                .where(table.c.id == bindparam("_id"))
                .values({c: bindparam(c) for c in columns})
            )
            tx.conn.execute(stmt, rows)
        return Update(self.table, inverse)


def _referrers() -> dict[str, list[tuple[str, str, str]]]:
    """For each table, the (table, column, ondelete) of foreign keys pointing at it."""
    refs: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for table in TABLES.values():
        for fk in table.foreign_keys:
            refs[fk.column.table.name].append((table.name, fk.parent.name, fk.ondelete or ""))
    return refs


REFERRERS = _referrers()


@dataclass(frozen=True)
class Delete(Op):
    """Delete rows and everything the foreign keys cascade to, remembering all of it."""

    table: str
    ids: tuple[int, ...]

    def apply(self, tx: Tx) -> Op:
        removed: list[tuple[str, list[Row]]] = []
        nulled: list[tuple[str, int, str, Any]] = []
        seen: set[tuple[str, int]] = set()
        self._collect(tx.conn, self.table, list(self.ids), removed, nulled, seen)
        nulled = [n for n in nulled if (n[0], n[1]) not in seen]
        for table_name, row_id, column, _old in nulled:
            tx.changes.append(Change(table_name, "update", row_id, {column: None}))
        # Children were collected after their parents; delete them first.
        for table_name, rows in reversed(removed):
            table = TABLES[table_name]
            ids = [r["id"] for r in rows]
            for part in _chunks(ids):
                tx.conn.execute(table.delete().where(table.c.id.in_(part)))
            tx.changes.extend(Change(table_name, "delete", i) for i in ids)
        return Restore(self.table, self.ids, tuple(removed), tuple(nulled))

    def _collect(
        self,
        conn: Connection,
        table_name: str,
        ids: list[int],
        removed: list[tuple[str, list[Row]]],
        nulled: list[tuple[str, int, str, Any]],
        seen: set[tuple[str, int]],
    ) -> None:
        ids = [i for i in ids if (table_name, i) not in seen]
        rows = select_rows(conn, TABLES[table_name], ids)
        if not rows:
            return
        seen.update((table_name, r["id"]) for r in rows)
        removed.append((table_name, rows))
        found = [r["id"] for r in rows]
        for ref_table, column, ondelete in REFERRERS[table_name]:
            table = TABLES[ref_table]
            child_ids: list[int] = []
            for part in _chunks(found):
                child_ids.extend(
                    conn.scalars(select(table.c.id).where(table.c[column].in_(part))).all()
                )
            if ondelete.upper() == "CASCADE":
                self._collect(conn, ref_table, child_ids, removed, nulled, seen)
            elif child_ids:
                for part in _chunks(child_ids):
                    query = select(table.c.id, table.c[column]).where(table.c.id.in_(part))
                    nulled.extend((ref_table, i, column, old) for i, old in conn.execute(query))


@dataclass(frozen=True)
class Restore(Op):
    """Put back what a Delete removed, with the same ids and links."""

    table: str
    ids: tuple[int, ...]
    removed: tuple[tuple[str, list[Row]], ...]
    nulled: tuple[tuple[str, int, str, Any], ...] = field(default=())

    def apply(self, tx: Tx) -> Op:
        for table_name, rows in self.removed:
            _insert_rows(tx, TABLES[table_name], [dict(r) for r in rows])
        by_table: dict[str, dict[int, dict[str, Any]]] = defaultdict(lambda: defaultdict(dict))
        for table_name, row_id, column, old in self.nulled:
            by_table[table_name][row_id][column] = old
        for table_name, values in by_table.items():
            table = TABLES[table_name]
            for row_id, cols in values.items():
                tx.conn.execute(table.update().where(table.c.id == row_id).values(cols))
                tx.changes.append(Change(table_name, "update", row_id, cols))
        return Delete(self.table, self.ids)


@dataclass(frozen=True)
class Batch(Op):
    """Several operations as one step; undone in reverse order."""

    ops: tuple[Op, ...]

    def apply(self, tx: Tx) -> Op:
        return Batch(tuple(reversed([op.apply(tx) for op in self.ops])))
