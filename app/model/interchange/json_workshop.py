"""The whole workshop as JSON: every table, ids kept, for archiving and moving between machines.

Export → import into a new file → export gives identical JSON. An import
checks the whole document (structure, types, references, uniqueness) before
anything is written, and only goes into a workshop that is still empty.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Enum,
    Float,
    Integer,
    UniqueConstraint,
    select,
)
from sqlalchemy import Table as SqlTable

from app.model import limits
from app.model.entities import Base
from app.model.errors import FileError, ImportFormatError, OperationError, fill
from app.model.interchange.files import read_json, write_atomically
from app.model.ops.primitives import Batch, Delete, Insert, Op, Tx
from app.model.queries import has_content
from app.model.store import WorkshopStore

FORMAT = "bruinpapier-workshop"
VERSION = 1
# Parents before children; the workshop's own description first, for a reader's sake.
ORDER: list[SqlTable] = sorted(Base.metadata.sorted_tables, key=lambda t: t.name != "workshop")
BY_NAME = {t.name: t for t in ORDER}

INT64 = (-(2**63), 2**63 - 1)  # what SQLite can store in an integer column

Rows = dict[str, list[dict[str, Any]]]


# -- exporting -------------------------------------------------------------


def _to_json(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def workshop_document(conn: Connection) -> dict[str, Any]:
    """Every table's rows by id, as plain JSON values."""
    tables: dict[str, list[dict[str, Any]]] = {}
    for table in ORDER:
        floats = [c.name for c in table.columns if isinstance(c.type, Float)]
        rows = []
        for row in conn.execute(select(table).order_by(table.c.id)).mappings():
            item = {k: _to_json(v) for k, v in row.items()}
            for name in floats:
                if item[name] is not None:
                    item[name] = float(item[name])
            rows.append(item)
        tables[table.name] = rows
    return {"format": FORMAT, "version": VERSION, "tables": tables}


def dumps(document: Mapping[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def export_workshop_json(store: WorkshopStore, path: Path | str) -> None:
    """Write the whole workshop; the target is replaced only by a complete file."""
    with store.read() as db:
        text = dumps(workshop_document(db.connection()))
    write_atomically(Path(path), text, store.source)


# -- reading and checking --------------------------------------------------


class _Problem(Exception):
    """A problem in the document, turned into an ImportFormatError with the file's name."""


def _value(column: Column, value: Any) -> Any:
    """``value`` from JSON as the Python value the column takes; raises _Problem otherwise."""
    kind = column.type
    if value is None:
        if column.nullable and not column.primary_key:
            return None
        raise _Problem(f"column {column.name!r} cannot be empty")
    if isinstance(kind, Enum):
        allowed = [e.value for e in kind.enum_class]  # type: ignore[union-attr]
        if value not in allowed:
            raise _Problem(f"column {column.name!r} must be one of {', '.join(allowed)}")
        return kind.enum_class(value)  # type: ignore[misc]
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise _Problem(f"column {column.name!r} must be true or false")
        return value
    if isinstance(kind, Integer):
        if (
            not isinstance(value, int)
            or isinstance(value, bool)
            or not INT64[0] <= value <= INT64[1]
        ):
            raise _Problem(f"column {column.name!r} must be a whole number")
        return value
    if isinstance(kind, Float):
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise _Problem(f"column {column.name!r} must be a number")
        if not math.isfinite(value):
            raise _Problem(f"column {column.name!r} must be a finite number")
        return float(value)
    if isinstance(kind, Date | DateTime):
        parse = dt.datetime.fromisoformat if isinstance(kind, DateTime) else dt.date.fromisoformat
        try:
            return parse(value)
        except (TypeError, ValueError):
            raise _Problem(f"column {column.name!r} must be an ISO date, not {value!r}") from None
    if not isinstance(value, str):
        raise _Problem(f"column {column.name!r} must be text")
    return value


def _may_be_omitted(column: Column) -> bool:
    return column.default is not None or column.server_default is not None or column.nullable


def _row(table: SqlTable, raw: Any) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise _Problem("a row must be an object")
    unknown = sorted(set(raw) - set(table.c.keys()))
    if unknown:
        raise _Problem(f"unknown column(s) {', '.join(unknown)}")
    missing = [c.name for c in table.columns if c.name not in raw and not _may_be_omitted(c)]
    if missing:
        raise _Problem(f"missing column(s) {', '.join(missing)}")
    row = {name: _value(table.c[name], value) for name, value in raw.items()}
    found = limits.first_violation(table.name, row)
    if found is not None:
        raise _Problem(fill(*found))
    return row


def _check_links(rows: Rows) -> None:
    """Ids unique, foreign keys pointing at rows that exist, unique constraints kept."""
    ids = {name: {r["id"] for r in table_rows} for name, table_rows in rows.items()}
    for name, table_rows in rows.items():
        if len(ids[name]) != len(table_rows):
            raise _Problem(f"table {name!r} has duplicate ids")
        table = BY_NAME[name]
        for fk in table.foreign_keys:
            column, target = fk.parent.name, fk.column.table.name
            for r in table_rows:
                if r.get(column) is not None and r[column] not in ids[target]:
                    raise _Problem(
                        f"table {name!r}, id {r['id']}: {column} {r[column]} "
                        f"refers to a missing {target}"
                    )
        for constraint in table.constraints:
            if not isinstance(constraint, UniqueConstraint):
                continue
            columns = [c.name for c in constraint.columns]
            keys = [tuple(r.get(c) for c in columns) for r in table_rows]
            if len(set(keys)) != len(keys):
                raise _Problem(f"table {name!r} repeats a ({', '.join(columns)}) pair")


def parse_document(document: Any) -> Rows:
    """Checked rows per table, in insert order; raises _Problem."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _Problem("not a Bruinpapier workshop export (the 'format' key is missing)")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _Problem("the 'version' key is missing")
    if version > VERSION:
        raise _Problem(
            f"written by a newer Bruinpapier (format version {version}; "
            f"this version reads up to {VERSION})"
        )
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise _Problem("the 'tables' object is missing")
    unknown = sorted(set(tables) - set(BY_NAME))
    if unknown:
        raise _Problem(f"unknown table(s) {', '.join(unknown)}")
    rows: Rows = {}
    for table in ORDER:
        raw_rows = tables.get(table.name, [])
        if not isinstance(raw_rows, list):
            raise _Problem(f"table {table.name!r} must be a list of rows")
        checked = []
        for i, raw in enumerate(raw_rows, start=1):
            try:
                checked.append(_row(table, raw))
            except _Problem as exc:
                raise _Problem(f"table {table.name!r}, row {i}: {exc}") from None
        rows[table.name] = checked
    if len(rows["workshop"]) != 1:
        raise _Problem("table 'workshop' must hold exactly one row")
    _check_links(rows)
    return rows


def read_workshop_json(path: Path | str) -> Rows:
    """Read and check a workshop export; any problem raises ``ImportFormatError``."""
    path = Path(path)
    document = read_json(path)
    try:
        return parse_document(document)
    except _Problem as exc:
        raise ImportFormatError(path, str(exc)) from None


# -- importing -------------------------------------------------------------


@dataclass(frozen=True)
class ImportWorkshop(Op):
    """Fill an empty workshop with every row of an export, keeping ids."""

    rows: Mapping[str, list[dict[str, Any]]]

    def apply(self, tx: Tx) -> Op:
        if has_content(tx.conn):
            raise OperationError(_NOT_EMPTY)
        workshop = BY_NAME["workshop"]
        current = tuple(tx.conn.scalars(select(workshop.c.id)).all())
        ops: list[Op] = [Delete("workshop", current)] if current else []
        ops.extend(Insert(t.name, tuple(self.rows[t.name])) for t in ORDER if self.rows[t.name])
        return Batch(tuple(ops)).apply(tx)


_NOT_EMPTY = (
    "a whole workshop can only be imported into a new, empty workshop "
    "(this one already has sessions, notes or other content)"
)


def import_workshop_json(store: WorkshopStore, path: Path | str) -> Op:
    """Import a whole workshop into an empty one as one step; returns the inverse."""
    return apply_workshop(store, read_workshop_json(path))


def apply_workshop(store: WorkshopStore, rows: Rows) -> Op:
    """Fill the empty workshop in ``store`` with checked rows; returns the inverse."""
    with store.read() as db:
        filled = has_content(db.connection())
    if filled:
        raise FileError(store.path, _NOT_EMPTY)
    return store.apply(ImportWorkshop(rows))
