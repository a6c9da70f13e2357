"""A small workshop file for the participant server: one open round, two subgroups."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.model.ops import Insert
from app.model.store import WorkshopStore
from app.server.sink import ThreadSink
from tests.helpers.server import Room


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
