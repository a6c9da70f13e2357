"""A small workshop file for the participant server: one open round, two subgroups."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from app.model.entities import Note
from app.model.ops import Insert
from app.model.store import WorkshopStore
from app.server.sink import ThreadSink


@dataclass(frozen=True)
class Room:
    path: Path
    round_id: int
    left: int  # subgroup "Leerlingen" (stakeholder group 1)
    right: int  # subgroup "Ouders"
    groups: tuple[int, int]


def build_room(path: Path) -> Room:
    with WorkshopStore.create(path, name="Test") as store:
        store.apply(Insert("stakeholder_group", ({"id": 1, "name": "Leerlingen"},)))
        store.apply(Insert("stakeholder_group", ({"id": 2, "name": "Ouders", "position": 1},)))
        store.apply(Insert("session", ({"id": 1, "title": "Sessie 1"},)))
        store.apply(
            Insert(
                "round",
                (
                    {
                        "id": 1,
                        "session_id": 1,
                        "title": "Bedoeling",
                        "question": "Waar word je blij van?",
                    },
                ),
            )
        )
        areas = (
            {"id": 1, "round_id": 1, "name": "Leerlingen", "colour": "#f4a261", "group_id": 1},
            {
                "id": 2,
                "round_id": 1,
                "name": "Ouders",
                "colour": "#2a9d8f",
                "position": 1,
                "x": 848,
            },
        )
        store.apply(Insert("subgroup", areas))
    return Room(path, 1, 1, 2, (1, 2))


@pytest.fixture
def room(tmp_path: Path) -> Room:
    return build_room(tmp_path / "room.bruinpapier")


@pytest.fixture
def sink(room: Room) -> Iterator[ThreadSink]:
    s = ThreadSink(room.path)
    yield s
    s.close()


def stored_notes(sink: ThreadSink) -> list[dict]:
    """Every note in the file, read on the store's thread."""

    def read(conn) -> list[dict]:
        rows = conn.execute(select(Note.__table__).order_by(Note.id)).mappings()
        return [dict(r) for r in rows]

    return sink.read(read).result(5)
