"""A small room for the participant server: one open round, two subgroups."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.model.entities import Note
from app.server.sink import ThreadSink


@dataclass(frozen=True)
class Room:
    path: Path
    round_id: int
    left: int  # subgroup "Leerlingen" (stakeholder group 1)
    right: int  # subgroup "Ouders"
    groups: tuple[int, int]


def stored_notes(sink: ThreadSink) -> list[dict]:
    """Every note in the file, read on the store's thread."""

    def read(conn) -> list[dict]:
        rows = conn.execute(select(Note.__table__).order_by(Note.id)).mappings()
        return [dict(r) for r in rows]

    return sink.read(read).result(5)
