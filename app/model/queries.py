"""Small read helpers shared by the command line, the interchange and the UI.

Each takes a SQLAlchemy ``Connection`` (``db.connection()`` of a read
session, or an operation's ``tx.conn``), so the same query serves reads and
guards inside a transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Table, func, select

from app.model.entities import TABLES

SESSION, ROUND, SUBGROUP = TABLES["session"], TABLES["round"], TABLES["subgroup"]
CLUSTER, NOTE = TABLES["cluster"], TABLES["note"]


@dataclass(frozen=True)
class RoundCounts:
    session: str
    round: str
    subgroups: int
    clusters: int
    notes: int


def row_counts(conn: Connection) -> dict[str, int]:
    """How many rows every table holds, by table name."""
    return {
        name: conn.scalar(select(func.count()).select_from(table)) or 0
        for name, table in TABLES.items()
    }


def has_content(conn: Connection) -> bool:
    """Whether anything beyond the workshop's own description is in the file."""
    return any(
        conn.scalar(select(table.c.id).limit(1)) is not None
        for name, table in TABLES.items()
        if name != "workshop"
    )


def round_counts(conn: Connection) -> list[RoundCounts]:
    """Subgroups, clusters and notes per round, in session and round order."""

    def per_round(table: Table) -> dict[int, int]:
        query = select(table.c.round_id, func.count()).group_by(table.c.round_id)
        return {round_id: count for round_id, count in conn.execute(query)}

    subgroups, clusters, notes = per_round(SUBGROUP), per_round(CLUSTER), per_round(NOTE)
    query = (
        select(ROUND.c.id, SESSION.c.title, ROUND.c.title)
        .join(SESSION, ROUND.c.session_id == SESSION.c.id)
        .order_by(SESSION.c.position, SESSION.c.id, ROUND.c.position, ROUND.c.id)
    )
    return [
        RoundCounts(session, title, subgroups.get(i, 0), clusters.get(i, 0), notes.get(i, 0))
        for i, session, title in conn.execute(query)
    ]
