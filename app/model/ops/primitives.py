"""Row-level operations that every edit is built from, each returning its exact inverse.

Undo is "apply the inverse"; redo is "apply the inverse of the inverse". An
inverse re-creates rows with their original ids, so scene items that mirror
rows by id stay valid across any number of undo/redo steps.
"""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, Connection, DateTime, Dialect, Enum, Table
from sqlalchemy.types import TypeEngine

from app.model import limits
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


Defaults = tuple[tuple[str, Any, Callable[[], Any] | None], ...]
_DEFAULTS: dict[Table, tuple[frozenset[str], Defaults]] = {}


def _defaults_of(table: Table) -> tuple[frozenset[str], Defaults]:
    """Column names, and (name, value, factory) defaults: SQLAlchemy's collections are slow."""
    found = _DEFAULTS.get(table)
    if found is None:
        defaults: list[tuple[str, Any, Callable[[], Any] | None]] = []
        for column in table.columns:
            default = column.default
            if default is not None and default.is_callable:
                call = default.arg  # type: ignore[union-attr]
                defaults.append((column.name, None, lambda call=call: call(None)))
            else:
                defaults.append((column.name, _default(column), None))
        found = _DEFAULTS[table] = (frozenset(table.c.keys()), tuple(defaults))
    return found


def full_row(table: Table, values: Mapping[str, Any]) -> Row:
    """Complete ``values`` with the column defaults, so a change carries the whole row."""
    names, defaults = _defaults_of(table)
    if not names.issuperset(values):
        raise KeyError(f"{table.name} has no column(s) {sorted(set(values) - names)}")
    return {
        name: values[name] if name in values else value if make is None else make()
        for name, value, make in defaults
    }


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _marks(count: int) -> str:
    return ",".join("?" * count)


class TableSql:
    """One table's SQL text and type converters, built once: the hot paths skip the ORM.

    Every edit runs a few of these statements; building and compiling them with
    SQLAlchemy Core took most of an edit's time. The converters are the
    dialect's own bind and result processors, so values read and written here
    are exactly what SQLAlchemy would produce.
    """

    def __init__(self, table: Table, dialect: Dialect) -> None:
        self.table = table
        self.name = _quote(table.name)
        self.columns = tuple(table.c.keys())
        self._column_list = ",".join(_quote(c) for c in self.columns)
        self._select = f"SELECT {self._column_list} FROM {self.name} WHERE id IN "
        self.insert_sql = (
            f"INSERT INTO {self.name} ({self._column_list}) VALUES ({_marks(len(self.columns))})"
        )
        self.writers: dict[str, Callable[[Any], Any] | None] = {}
        readers: list[Callable[[Any], Any] | None] = []
        for column in table.columns:
            impl = column.type.dialect_impl(dialect)
            self.writers[column.name] = _quick_writer(impl, impl.bind_processor(dialect))
            readers.append(impl.result_processor(dialect, None))
        self._readers = tuple(readers) if any(readers) else None
        self._row_writers = tuple(self.writers.items())
        self._updates: dict[tuple[str, ...], str] = {}

    def write(self, column: str, value: Any) -> Any:
        """A Python value as the database stores it."""
        try:
            writer = self.writers[column]
        except KeyError:
            raise KeyError(f"{self.table.name} has no column {column!r}") from None
        return value if writer is None else writer(value)

    def read(self, raw: Sequence[Any]) -> Row:
        """A stored row as Python values, keyed by column name."""
        readers = self._readers
        if readers is None:
            return dict(zip(self.columns, raw, strict=True))
        return {
            name: value if reader is None else reader(value)
            for name, value, reader in zip(self.columns, raw, readers, strict=True)
        }

    def select_sql(self, count: int) -> str:
        return f"{self._select}({_marks(count)}) ORDER BY id"

    def update_sql(self, columns: tuple[str, ...]) -> str:
        """UPDATE of ``columns`` by id; parameters are the values then the id."""
        sql = self._updates.get(columns)
        if sql is None:
            sets = ",".join(f"{_quote(c)}=?" for c in columns)
            sql = self._updates[columns] = f"UPDATE {self.name} SET {sets} WHERE id=?"
        return sql

    def params(self, row: Mapping[str, Any], columns: Sequence[str]) -> tuple[Any, ...]:
        return tuple(self.write(c, row[c]) for c in columns)

    def row_params(self, row: Mapping[str, Any]) -> tuple[Any, ...]:
        """A whole row's values as stored, in column order, for ``insert_sql``."""
        return tuple(
            row[name] if writer is None else writer(row[name]) for name, writer in self._row_writers
        )


Writer = Callable[[Any], Any]
_SAMPLE_TIME = dt.datetime(2001, 2, 3, 4, 5, 6, 7)


def _quick_writer(impl: TypeEngine[Any], writer: Writer | None) -> Writer | None:
    """SQLAlchemy's converter, with a shortcut for timestamps and enum values of bulk inserts.

    The shortcut is taken only for inputs where it gives the converter's exact
    result (checked here once); everything else goes to the converter itself.
    """
    if writer is None:
        return None
    if isinstance(impl, DateTime) and writer(_SAMPLE_TIME) == str(_SAMPLE_TIME):
        naive = dt.datetime

        def write_time(value: Any) -> Any:
            if type(value) is naive and value.tzinfo is None:
                return value.isoformat(" ", "microseconds")
            return writer(value)

        return write_time
    if isinstance(impl, Enum) and impl.enum_class is not None:
        kinds = (str, impl.enum_class)
        stored = {member: writer(member) for member in impl.enum_class}

        def write_enum(value: Any) -> Any:
            if type(value) in kinds and value in stored:
                return stored[value]
            return writer(value)

        return write_enum
    return writer


_SQL: dict[tuple[Table, str], TableSql] = {}


def table_sql(conn: Connection, table: Table) -> TableSql:
    key = (table, conn.dialect.name)
    sql = _SQL.get(key)
    if sql is None:
        sql = _SQL[key] = TableSql(table, conn.dialect)
    return sql


def driver(conn: Connection) -> Any:
    """The DB-API connection under ``conn``, inside the same transaction."""
    return conn.connection.driver_connection


def select_rows(conn: Connection, table: Table, ids: Sequence[int]) -> list[Row]:
    """The rows with these ids as dicts of Python values, ordered by id."""
    sql = table_sql(conn, table)
    raw = driver(conn)
    rows: list[Row] = []
    for part in _chunks(list(ids)):
        rows.extend(map(sql.read, raw.execute(sql.select_sql(len(part)), tuple(part))))
    return rows


def _referring(
    conn: Connection, table: str, column: str, ids: Sequence[int]
) -> list[tuple[int, int]]:
    """(id, ``column``) of the rows of ``table`` whose foreign key ``column`` is one of ``ids``."""
    found: list[tuple[int, int]] = []
    raw = driver(conn)
    col = _quote(column)
    for part in _chunks(list(ids)):
        query = f"SELECT id,{col} FROM {_quote(table)} WHERE {col} IN ({_marks(len(part))})"
        found.extend(raw.execute(query + " ORDER BY id", tuple(part)))
    return found


def _insert_rows(tx: Tx, table: Table, rows: list[Row]) -> None:
    if rows:
        sql = table_sql(tx.conn, table)
        driver(tx.conn).executemany(sql.insert_sql, [sql.row_params(r) for r in rows])
        tx.changes.extend(Change(table.name, "insert", r["id"], r) for r in rows)


@dataclass(frozen=True)
class Insert(Op):
    """Insert rows; rows without an id get fresh ones."""

    table: str
    rows: tuple[Mapping[str, Any], ...]

    def apply(self, tx: Tx) -> Op:
        table = TABLES[self.table]
        rows = [full_row(table, r) for r in self.rows]
        for row in rows:
            limits.enforce(self.table, row)
        missing = [r for r in rows if r["id"] is None]
        if missing:
            top = driver(tx.conn).execute(f"SELECT max(id) FROM {_quote(table.name)}").fetchone()
            next_id = (top[0] or 0) + 1
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
        if not self.values:
            return Update(self.table, {})
        table = TABLES[self.table]
        sql = table_sql(tx.conn, table)
        stamp = "updated" in sql.writers
        now = _default(table.c.updated) if stamp else None
        old = {r["id"]: r for r in select_rows(tx.conn, table, list(self.values))}
        missing = set(self.values) - set(old)
        if missing:
            raise LookupError(f"{self.table} rows {sorted(missing)} do not exist")
        groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = defaultdict(list)
        inverse: dict[int, Row] = {}
        for row_id, values in self.values.items():
            new = dict(values)
            limits.enforce(self.table, new)
            if stamp and "updated" not in new:
                new["updated"] = now
            before = old[row_id]
            columns = tuple(sorted(new))
            inverse[row_id] = {c: before[c] for c in columns}
            groups[columns].append((*sql.params(new, columns), row_id))
            tx.changes.append(Change(self.table, "update", row_id, new))
        raw = driver(tx.conn)
        for columns, params in groups.items():
            raw.executemany(sql.update_sql(columns), params)
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
        raw = driver(tx.conn)
        for table_name, rows in reversed(removed):
            ids = [r["id"] for r in rows]
            for part in _chunks(ids):
                query = f"DELETE FROM {_quote(table_name)} WHERE id IN ({_marks(len(part))})"
                raw.execute(query, tuple(part))
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
            children = _referring(conn, ref_table, column, found)
            if ondelete.upper() == "CASCADE":
                self._collect(conn, ref_table, [i for i, _ in children], removed, nulled, seen)
            else:
                nulled.extend((ref_table, i, column, old) for i, old in children)


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
        raw = driver(tx.conn)
        for table_name, values in by_table.items():
            sql = table_sql(tx.conn, TABLES[table_name])
            for row_id, cols in values.items():
                columns = tuple(cols)
                raw.execute(sql.update_sql(columns), (*sql.params(cols, columns), row_id))
                tx.changes.append(Change(table_name, "update", row_id, cols))
        return Delete(self.table, self.ids)


@dataclass(frozen=True)
class Batch(Op):
    """Several operations as one step; undone in reverse order."""

    ops: tuple[Op, ...]

    def apply(self, tx: Tx) -> Op:
        return Batch(tuple(reversed([op.apply(tx) for op in self.ops])))
