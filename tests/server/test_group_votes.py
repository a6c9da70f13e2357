"""Dots per stakeholder group from phones: the model's split, and the report's table of it."""

from __future__ import annotations

import asyncio

import pytest
from pypdf import PdfReader

from app.export.report import write_report
from app.model.reads.votes import GroupDots, round_group_dots, tally_line
from app.model.store import WorkshopStore
from app.server.run import Run
from app.server.web import make_app
from tests.helpers.server import Room

pytestmark = pytest.mark.asyncio


async def vote_from_phones(aiohttp_client, sink, room: Room) -> tuple[int, int]:
    """Two post-its; an Ouders phone gives the first 2 dots, a Leerlingen phone 1 on each."""
    run = Run(sink, room.round_id)
    run.attach(asyncio.get_running_loop())
    client = await aiohttp_client(make_app(run))

    async def post(action: str, body: dict) -> dict:
        response = await client.post(f"/p/{run.token}/api/{action}", json=body)
        assert response.status == 200, await response.text()
        return await response.json()

    async def phone(subgroup: int, group: int) -> str:
        device = (await post("join", {"subgroup": subgroup}))["device"]
        await post("profile", {"device": device, "name": "", "group": group})
        return device

    writer = await phone(room.left, 1)
    first = (await post("note", {"device": writer, "key": "a", "text": "Meer buiten"}))["id"]
    second = (await post("note", {"device": writer, "key": "b", "text": "Rust in de klas"}))["id"]
    run.open_vote(3)
    parent = await phone(room.right, 2)
    for note_id, device in ((first, parent), (first, parent), (first, writer), (second, writer)):
        await post("dot", {"device": device, "id": note_id, "delta": 1})
    run.close_vote()
    return first, second


async def test_the_split_per_group_is_read_from_the_model_and_printed_in_the_report(
    aiohttp_client, sink, room: Room, tmp_path
) -> None:
    first, second = await vote_from_phones(aiohttp_client, sink, room)
    sink.close()
    with WorkshopStore.open(room.path) as store:
        split = round_group_dots(store, room.round_id)
        assert split == {
            first: (GroupDots("Leerlingen", 1), GroupDots("Ouders", 2)),  # the groups' order
            second: (GroupDots("Leerlingen", 1),),
        }
        assert round_group_dots(store, room.round_id + 1) == {}
        assert tally_line(split[first]) == "Leerlingen 1 · Ouders 2"
        report = tmp_path / "verslag.pdf"
        write_report(store, report)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(report).pages)
    assert "Stemmen per geleding: Bedoeling" in text
    table = text[text.index("Stemmen per geleding: Bedoeling") :]
    assert "Meer buiten 3 Leerlingen 1 · Ouders 2" in table
    assert "Rust in de klas 1 Leerlingen 1" in table
    assert table.index("Meer buiten") < table.index("Rust in de klas")  # most dots first
