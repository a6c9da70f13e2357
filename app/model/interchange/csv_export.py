"""Post-its out to CSV in the import format, safe to open in a spreadsheet."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, select

from app.model.entities import TABLES
from app.model.interchange.csv_notes import COLUMNS
from app.model.interchange.files import write_csv
from app.model.store import WorkshopStore

SESSION, ROUND, SUBGROUP = TABLES["session"], TABLES["round"], TABLES["subgroup"]
CLUSTER, NOTE = TABLES["cluster"], TABLES["note"]


def note_rows(conn: Connection) -> list[tuple[str, ...]]:
    """Every note as a CSV row (the chance last), by session, round, subgroup, reading order."""
    query = (
        select(
            SESSION.c.title,
            ROUND.c.title,
            SUBGROUP.c.name,
            NOTE.c.kind,
            CLUSTER.c.title,
            NOTE.c.text,
            NOTE.c.votes,
            NOTE.c.chance,
        )
        .select_from(NOTE)
        .join(ROUND, NOTE.c.round_id == ROUND.c.id)
        .join(SESSION, ROUND.c.session_id == SESSION.c.id)
        .outerjoin(SUBGROUP, NOTE.c.subgroup_id == SUBGROUP.c.id)
        .outerjoin(CLUSTER, NOTE.c.cluster_id == CLUSTER.c.id)
        .order_by(
            SESSION.c.position,
            SESSION.c.id,
            ROUND.c.position,
            ROUND.c.id,
            SUBGROUP.c.id.is_(None),
            SUBGROUP.c.position,
            SUBGROUP.c.id,
            NOTE.c.y,
            NOTE.c.x,
            NOTE.c.id,
        )
    )
    return [
        (s, r, g or "", str(kind), c or "", text, str(votes) if votes else "", chance or "")
        for s, r, g, kind, c, text, votes, chance in conn.execute(query)
    ]


def export_notes_csv(store: WorkshopStore, path: Path | str) -> int:
    """Write every note in the import format; returns how many were written."""
    with store.read() as db:
        rows = note_rows(db.connection())
    marked = any(row[-1] for row in rows)
    columns = (*COLUMNS, "chance") if marked else COLUMNS  # only when a post-it is marked
    body = rows if marked else [row[:-1] for row in rows]
    write_csv(Path(path), columns, body, store.source)
    return len(rows)
