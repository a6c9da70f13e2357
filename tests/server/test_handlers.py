"""The participant server's handlers through aiohttp's test client (no browser, no network)."""

from __future__ import annotations

import asyncio

import pytest
import pytest_asyncio
from sqlalchemy import text

from app.model.kinds import RoundState
from app.model.ops.edits import set_round_state
from app.model.ops.participants import TRAY_TITLE, group_votes
from app.server.run import Limits, Run
from app.server.web import make_app
from tests.helpers.server import Room, stored_notes

pytestmark = pytest.mark.asyncio


@pytest_asyncio.fixture
async def phone(aiohttp_client, sink, room: Room):
    """A client factory: ``await phone(limits=…, tray=…)`` gives (client, run)."""

    async def make(limits: Limits | None = None, tray: bool = False):
        run = Run(sink, room.round_id, tray=tray, limits=limits)
        run.attach(asyncio.get_running_loop())
        client = await aiohttp_client(make_app(run))
        return client, run

    return make


def api(run: Run, action: str) -> str:
    return f"/p/{run.token}/api/{action}"


async def join(client, run: Run, subgroup: int | None) -> str:
    response = await client.post(api(run, "join"), json={"subgroup": subgroup})
    assert response.status == 200
    return (await response.json())["device"]


async def note(client, run: Run, device: str, key: str, text: str):
    return await client.post(api(run, "note"), json={"device": device, "key": key, "text": text})


async def test_wrong_token_and_unknown_paths_get_the_same_bare_404(phone) -> None:
    client, run = await phone()
    good = await client.get(f"/p/{run.token}/")
    assert good.status == 200
    assert "script-src 'self'" in good.headers["Content-Security-Policy"]
    assert good.headers["Referrer-Policy"] == "no-referrer"
    wrong_token = "A" * len(run.token)
    answers = []
    for path in (
        f"/p/{wrong_token}/",
        f"/p/{wrong_token}/api/state?d=x",
        "/",
        "/p/",
        f"/p/{run.token}/s/../app.js",
        f"/p/{run.token}/s/index.html",
        f"/p/{run.token}/s/",
        "/resources/participant/app.js",
    ):
        response = await client.get(path)
        answers.append((response.status, await response.text()))
    assert set(answers) == {(404, "404: Not Found")}
    posted = await client.post(f"/p/{wrong_token}/api/join", json={})
    assert posted.status == 404


async def test_a_note_lands_in_the_subgroup_of_its_join_url(phone, sink, room: Room) -> None:
    client, run = await phone()
    device = await join(client, run, room.right)
    response = await note(client, run, device, "k1", "  Meer buiten spelen  ")
    assert response.status == 200
    body = await response.json()
    (stored,) = stored_notes(sink)
    assert (stored["id"], stored["text"], stored["subgroup_id"]) == (
        body["id"],
        "Meer buiten spelen",
        room.right,
    )
    assert stored["x"] >= 848  # inside the right-hand area
    assert body["state"]["mine"] == [{"id": stored["id"], "key": "k1", "text": stored["text"]}]


async def test_a_repeated_idempotency_key_stores_one_note(phone, sink, room: Room) -> None:
    client, run = await phone()
    device = await join(client, run, room.left)
    answers = await asyncio.gather(
        *(note(client, run, device, "same", "één keer") for _ in range(5))
    )
    ids = {(await a.json())["id"] for a in answers}
    assert len(ids) == 1
    assert [n["text"] for n in stored_notes(sink)] == ["één keer"]


async def test_limits_on_text_request_size_rate_and_devices(phone, sink, room: Room) -> None:
    client, run = await phone(limits=Limits(notes_per_minute=3, devices=2))
    device = await join(client, run, room.left)
    long = await note(client, run, device, "long", "x" * 501)
    assert (long.status, (await long.json())["error"]) == (413, "too_long")
    huge = await note(client, run, device, "huge", "x" * 20_000)
    assert huge.status == 413
    codes = [(await note(client, run, device, f"k{i}", f"idee {i}")).status for i in range(4)]
    assert codes == [200, 200, 200, 429]
    assert len(stored_notes(sink)) == 3
    await join(client, run, room.left)
    full = await client.post(api(run, "join"), json={})
    assert (full.status, (await full.json())["error"]) == (503, "full")
    form = await client.post(api(run, "note"), data="device=x")
    assert form.status == 415


async def test_own_notes_are_editable_and_withdrawable_until_locked(
    phone, sink, room: Room
) -> None:
    client, run = await phone()
    mine, other = await join(client, run, room.left), await join(client, run, room.left)
    note_id = (await (await note(client, run, mine, "a", "eerste")).json())["id"]
    stolen = await client.post(api(run, "edit"), json={"device": other, "id": note_id, "text": "x"})
    assert stolen.status == 404
    edited = await client.post(
        api(run, "edit"), json={"device": mine, "id": note_id, "text": "beter"}
    )
    assert edited.status == 200
    assert [n["text"] for n in stored_notes(sink)] == ["beter"]
    run.set_writing(False)
    locked = await client.post(api(run, "withdraw"), json={"device": mine, "id": note_id})
    assert (locked.status, (await locked.json())["error"]) == (409, "locked")
    run.set_writing(True)
    gone = await client.post(api(run, "withdraw"), json={"device": mine, "id": note_id})
    assert gone.status == 200
    assert stored_notes(sink) == []
    replay = await note(client, run, mine, "a", "eerste")
    assert replay.status == 200
    assert stored_notes(sink) == []  # a withdrawn note's key does not bring it back


async def test_a_closed_round_refuses_new_notes(phone, sink, room: Room) -> None:
    client, run = await phone()
    device = await join(client, run, room.left)
    sink.apply(set_round_state(room.round_id, RoundState.CLOSED), "close").result(5)
    response = await note(client, run, device, "k", "te laat")
    assert (response.status, (await response.json())["error"]) == (409, "locked")
    state = await client.get(f"/p/{run.token}/api/state?d={device}")
    assert (await state.json())["state"]["open"] is False


async def test_dot_voting_counts_per_device_and_per_group(phone, sink, room: Room) -> None:
    client, run = await phone()
    writer = await join(client, run, room.left)  # subgroup of stakeholder group 1
    note_id = (await (await note(client, run, writer, "a", "samen")).json())["id"]

    async def dot(device: str, delta: int = 1):
        return await client.post(
            api(run, "dot"), json={"device": device, "id": note_id, "delta": delta}
        )

    assert (await dot(writer)).status == 409  # no vote open yet
    run.open_vote(2)
    parent = await join(client, run, room.right)
    await client.post(api(run, "profile"), json={"device": parent, "name": "An", "group": 2})
    results = await asyncio.gather(*(dot(parent) for _ in range(4)))
    assert sorted(r.status for r in results) == [200, 200, 409, 409]
    assert (await dot(writer)).status == 200
    (stored,) = stored_notes(sink)
    assert stored["votes"] == 3
    assert group_votes(stored["tags"]) == {1: 1, 2: 2}
    taken_back = await dot(parent, -1)
    assert (await taken_back.json())["dots"] == {"left": 1, "mine": {str(note_id): 1}}
    assert group_votes(stored_notes(sink)[0]["tags"]) == {1: 1, 2: 1}
    run.close_vote()
    closed = await dot(parent)
    assert (closed.status, (await closed.json())["error"]) == (409, "vote_closed")
    state = await (await client.get(f"/p/{run.token}/api/state?d={parent}")).json()
    assert state["state"]["vote"]["left"] == 1
    assert state["state"]["vote"]["open"] is False


async def test_tray_setting_collects_arrivals_in_a_frame_per_subgroup(
    phone, sink, room: Room
) -> None:
    client, run = await phone(tray=True)
    device = await join(client, run, room.right)
    for i in range(3):
        assert (await note(client, run, device, f"k{i}", f"idee {i}")).status == 200
    notes = stored_notes(sink)
    frames = {n["cluster_id"] for n in notes}
    assert len(frames) == 1 and None not in frames

    def titles(conn):
        return list(conn.scalars(text("SELECT title FROM cluster")))

    assert sink.read(titles).result(5) == [TRAY_TITLE]
    places = {(n["x"], n["y"]) for n in notes}
    assert len(places) == 3
