"""What a workshop file must look like before the app trusts it: our schema, and sane rows.

The expected schema of every known revision is built once per process, by running
the migrations into an in-memory database and recording ``sqlite_schema`` after
each step, so a new migration needs no edit here. A file whose schema differs
(an extra trigger or view, a missing table, a changed column) is refused before
any of its tables or views is queried. The semantic check then reads the tables
as the entities declare them: types, enum values, NOT NULLs, foreign keys,
exactly one workshop row, and the bounds of :mod:`app.model.limits`.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import re
import sqlite3
import time
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import platformdirs
from sqlalchemy import Boolean, Date, DateTime, Enum, Float, Integer, String, Table

from app.model import atomic, limits, schema
from app.model.entities import TABLES

QUERY_BUDGET_S = 20.0
"""Longest any one statement may run before it is aborted (a hostile file, not our data)."""
PROGRESS_STEPS = 20_000
MAX_PROBLEMS = 20
IGNORED = re.compile(r"sqlite_stat\d")  # statistics ANALYZE may add; they only guide the planner

SchemaEntry = tuple[str, str, str, str]


def guard(conn: sqlite3.Connection, budget: float = QUERY_BUDGET_S) -> None:
    """Distrust the file's schema and abort any statement that runs longer than ``budget``."""
    conn.execute("PRAGMA trusted_schema=OFF")
    started = [time.monotonic()]

    def on_statement(_sql: str) -> None:
        started[0] = time.monotonic()

    def over_budget() -> bool:
        return time.monotonic() - started[0] > budget

    conn.set_trace_callback(on_statement)
    conn.set_progress_handler(over_budget, PROGRESS_STEPS)


def _normalised(sql: str | None) -> str:
    """SQL without the differences SQLite and SQLAlchemy versions make: spacing, quoting, case."""
    return re.sub(r'[\s"`\[\]]+', "", sql or "").lower()


def read_schema(conn: sqlite3.Connection) -> frozenset[SchemaEntry]:
    """Every table, index, trigger and view of the file, normalised for comparison."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema").fetchall()
    return frozenset(
        (kind, name.lower(), table.lower(), _normalised(sql))
        for kind, name, table, sql in rows
        if not IGNORED.fullmatch(name)
    )


def _build_schemas() -> dict[str, frozenset[SchemaEntry]]:
    """Run the migrations into an in-memory database, recording the schema after each."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    memory = sqlite3.connect(":memory:", isolation_level=None)
    engine = create_engine("sqlite://", creator=lambda: memory, poolclass=StaticPool)
    found = {}
    try:
        for revision in schema.known_revisions():
            with engine.begin() as conn:
                schema.upgrade(conn, revision)
            found[revision] = read_schema(memory)
    finally:
        engine.dispose()
        memory.close()
    return found


def _cache_key() -> str:
    """Changes with any migration and with the libraries that render their SQL."""
    digest = hashlib.sha256(sqlite3.sqlite_version.encode())
    for package in ("sqlalchemy", "alembic"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            digest.update(metadata.version(package).encode())
    for path in sorted((schema.MIGRATIONS / "versions").glob("*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:24]


@functools.cache
def expected_schemas() -> dict[str, frozenset[SchemaEntry]]:
    """The schema after each known revision; built once, then kept in the user's cache folder.

    Running the migrations takes a second or two, which opening a file should not cost
    every time; the cached copy is only a speed-up and is rebuilt whenever it is off.
    """
    cache = Path(platformdirs.user_cache_dir("bruinpapier")) / f"schemas-{_cache_key()}.json"
    with contextlib.suppress(OSError, ValueError, TypeError):
        stored = json.loads(cache.read_text(encoding="utf-8"))
        if sorted(stored) == schema.known_revisions():
            return {rev: frozenset(tuple(e) for e in entries) for rev, entries in stored.items()}
    found = _build_schemas()
    with contextlib.suppress(OSError):
        cache.parent.mkdir(parents=True, exist_ok=True)
        atomic.write_text(cache, json.dumps({rev: sorted(e) for rev, e in found.items()}))
    return found


VERSION_TABLE = "alembic_version"


def version_table_ok(entries: frozenset[SchemaEntry]) -> bool:
    """The revision table is a plain table exactly as ours, so reading it runs nothing else."""
    ours = {e for e in next(iter(expected_schemas().values())) if e[2] == VERSION_TABLE}
    theirs = {e for e in entries if e[2] == VERSION_TABLE or e[1] == VERSION_TABLE}
    return theirs == ours


def schema_problems(entries: frozenset[SchemaEntry], revision: str) -> list[str]:
    """How the file's schema differs from that of ``revision``, one line each."""
    expected = expected_schemas()[revision]
    problems = []
    for kind, name, _table, _sql in sorted(entries - expected):
        if (kind, name) in {(k, n) for k, n, _, _ in expected}:
            problems.append(f"the {kind} {name} is not as this version made it")
        else:
            problems.append(f"an unknown {kind} {name}")
    for kind, name, _table, _sql in sorted(expected - entries):
        if (kind, name) not in {(k, n) for k, n, _, _ in entries}:
            problems.append(f"the {kind} {name} is missing")
    return problems


# -- the semantic check ----------------------------------------------------------------------


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _type_condition(table: Table, name: str) -> str | None:
    """SQL true for a row whose ``name`` holds what the entity cannot read."""
    column = table.c[name]
    col = _quote(name)
    kind = column.type
    if isinstance(kind, Enum):
        allowed = ",".join("'" + v.replace("'", "''") + "'" for v in kind.enums)
        return f"{col} NOT IN ({allowed})"
    if isinstance(kind, Boolean):
        return f"{col} NOT IN (0, 1)"
    if isinstance(kind, Integer):
        return f"typeof({col}) != 'integer'"
    if isinstance(kind, Float):
        return f"typeof({col}) NOT IN ('integer', 'real')"
    if isinstance(kind, Date | DateTime):
        return f"typeof({col}) != 'text' OR length({col}) > 32"
    if isinstance(kind, String):
        most = limits.text_limit(table.name, name)
        return f"typeof({col}) != 'text' OR length({col}) > {most}"
    return None


def _conditions(table: Table, present: set[str]) -> Iterator[tuple[str, str, str]]:
    """(column, SQL condition, what it means) for every check of ``table``'s present columns."""
    for column in table.columns:
        name = column.name
        if name not in present:
            continue
        if not column.nullable or column.primary_key:
            yield name, f"{_quote(name)} IS NULL", "is empty"
        condition = _type_condition(table, name)
        if condition is not None:
            yield name, f"{_quote(name)} IS NOT NULL AND ({condition})", "has a wrong value"
    for name, condition in limits.sql_conditions(table.name, present):
        yield name, condition, "is out of bounds"


def semantic_problems(conn: sqlite3.Connection) -> list[str]:
    """What the app assumes about the rows but the file breaks, one line per problem."""
    problems: list[str] = []
    for table in TABLES.values():
        present = {row[1] for row in conn.execute(f"PRAGMA table_info({_quote(table.name)})")}
        checks = list(_conditions(table, present))
        if not checks:
            continue
        # One scan per table: a column per condition, rows where any holds.
        flags = ", ".join(f"({condition})" for _, condition, _ in checks)
        where = " OR ".join(f"({condition})" for _, condition, _ in checks)
        sql = f"SELECT id, {flags} FROM {_quote(table.name)} WHERE {where} LIMIT {MAX_PROBLEMS}"
        for row_id, *held in conn.execute(sql):
            for (column, _, meaning), flag in zip(checks, held, strict=True):
                if flag:
                    problems.append(f"table {table.name}, row {row_id}: {column} {meaning}")
        if len(problems) >= MAX_PROBLEMS:
            return problems[:MAX_PROBLEMS]
    for table, row_id, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchmany(5):
        problems.append(f"table {table}, row {row_id}: refers to a missing {parent}")
    count = conn.execute("SELECT count(*) FROM workshop").fetchone()[0]
    if count != 1:
        problems.append(f"table workshop holds {count} rows instead of one")
    return problems[:MAX_PROBLEMS]
