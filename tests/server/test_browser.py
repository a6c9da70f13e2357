"""The real phone page in Debian's headless Chromium (Playwright's sync API), all on 127.0.0.1."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright
from sqlalchemy import select

from app.model.entities import Note
from app.model.ops.participants import group_votes
from app.model.store import WorkshopStore
from app.server.server import JoinLink, ParticipantServer, ServerThread
from app.server.sink import ThreadSink
from tests.helpers.server import Room

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        b = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
        yield b
        b.close()


@dataclass
class Live:
    room: Room
    sink: ThreadSink
    thread: ServerThread
    links: list[JoinLink]

    @property
    def server(self) -> ParticipantServer:
        return self.thread.server

    def url(self, subgroup_id: int) -> str:
        return next(link.url for link in self.links if link.subgroup_id == subgroup_id)

    def notes(self) -> list[Note]:
        """Every note, read from the file itself once the server has let go of it."""
        self.close()
        with WorkshopStore.open(self.room.path, backup=False) as store, store.read() as db:
            return list(db.scalars(select(Note).order_by(Note.id)))

    def close(self) -> None:
        self.thread.close()
        self.sink.close()


@pytest.fixture
def live(room: Room) -> Iterator[Live]:
    sink = ThreadSink(room.path)
    thread = ServerThread(lambda: ParticipantServer(sink, room.round_id, "127.0.0.1", 0))
    thread.start()
    served = Live(room, sink, thread, thread.links())
    yield served
    served.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context()
    p = context.new_page()
    p.set_default_timeout(15_000)
    yield p
    context.close()


def send(page: Page, text: str) -> None:
    page.fill("#text", text)
    page.click("#send")


def test_a_note_sent_through_a_subgroup_url_lands_in_that_subgroup(live: Live, page: Page) -> None:
    page.goto(live.url(live.room.right))
    expect(page.locator("#question")).to_have_text("Waar word je blij van?")
    expect(page.locator("#area")).to_have_text("Ouders")
    send(page, "Als mijn kind vrolijk thuiskomt")
    expect(page.locator("#mine li .text")).to_have_text(["Als mijn kind vrolijk thuiskomt"])
    expect(page.locator("#message")).to_have_text("Verstuurd.")
    (note,) = live.notes()
    assert (note.text, note.subgroup_id, note.round_id) == (
        "Als mijn kind vrolijk thuiskomt",
        live.room.right,
        live.room.round_id,
    )


def test_the_page_switches_to_english(live: Live, page: Page) -> None:
    page.goto(live.url(live.room.left))
    expect(page.locator("#send")).to_have_text("Versturen")
    page.click("#lang")
    expect(page.locator("#send")).to_have_text("Send")
    page.reload()
    expect(page.locator("#send")).to_have_text("Send")


def test_a_wrong_token_gets_404_and_reveals_nothing(live: Live, page: Page) -> None:
    wrong = live.url(live.room.left).replace(
        live.server.run.token, "x" * len(live.server.run.token)
    )
    response = page.goto(wrong)
    assert response is not None and response.status == 404
    assert "blij" not in page.content() and "Ouders" not in page.content()


def test_a_2000_character_note_is_refused_with_a_message(live: Live, page: Page) -> None:
    page.goto(live.url(live.room.left))
    send(page, "lang " * 400)
    expect(page.locator("#message")).to_contain_text("Te lang: maximaal 500 tekens")
    expect(page.locator("#count")).to_have_class(re.compile("over"))
    assert page.locator("#mine li").count() == 0
    assert live.notes() == []


def test_a_withdrawn_note_leaves_the_board(live: Live, page: Page) -> None:
    page.goto(live.url(live.room.left))
    send(page, "blijft")
    send(page, "gaat weg")
    expect(page.locator("#mine li .text")).to_have_text(["blijft", "gaat weg"])
    page.locator("#mine li").nth(1).get_by_role("button", name="Intrekken").click()
    page.get_by_role("button", name="Ja, intrekken").click()
    expect(page.locator("#mine li .text")).to_have_text(["blijft"])
    assert [n.text for n in live.notes()] == ["blijft"]


def test_an_edited_note_changes_in_the_file(live: Live, page: Page) -> None:
    page.goto(live.url(live.room.left))
    send(page, "eerst zo")
    page.get_by_role("button", name="Wijzigen").click()
    page.fill("#mine li textarea", "toch anders")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator("#mine li .text")).to_have_text(["toch anders"])
    assert [n.text for n in live.notes()] == ["toch anders"]


def test_phones_spend_their_dots_until_the_vote_closes(live: Live, page: Page) -> None:
    page.goto(live.url(live.room.left))
    send(page, "meer buiten")
    send(page, "minder toetsen")
    expect(page.locator("#mine li")).to_have_count(2)
    live.thread.call(lambda: live.server.run.open_vote(2)).result(5)
    expect(page.locator("#vote-section")).to_be_visible()
    expect(page.locator("#dots-left")).to_have_text("Nog 2 van 2 stippen")
    first = page.locator("#vote li").filter(has_text="meer buiten")
    first.get_by_role("button", name="+").click()
    expect(page.locator("#dots-left")).to_have_text("Nog 1 van 2 stippen")
    first.get_by_role("button", name="+").click()
    expect(page.locator("#dots-left")).to_have_text("Nog 0 van 2 stippen")
    expect(first.get_by_role("button", name="+")).to_be_disabled()
    live.thread.call(live.server.run.close_vote).result(5)
    expect(page.locator("#dots-left")).to_have_text("De stemming is gesloten.")
    expect(page.locator("#vote li button")).to_have_count(0)
    votes = {n.text: (n.votes, group_votes(n.tags)) for n in live.notes()}
    assert votes == {"meer buiten": (2, {1: 2}), "minder toetsen": (0, {})}


RECONNECT_MS = 30_000


def test_a_note_queued_while_the_server_is_down_arrives_exactly_once(
    live: Live, page: Page
) -> None:
    page.goto(live.url(live.room.left))
    send(page, "voor de storing")
    expect(page.locator("#mine li")).to_have_count(1)
    live.thread.stop()
    expect(page.locator("#status")).to_have_text("Geen verbinding; je post-its wachten hier.")
    send(page, "tijdens de storing")
    expect(page.locator("#queued")).to_contain_text("1 post-it(s) wachten")
    live.thread.start()
    # The page retries every 2 s; on a loaded machine the restart and a retry or two may take
    # longer than Playwright's default 5 s, so wait up to RECONNECT_MS (a bound, not a figure).
    expect(page.locator("#mine li .text")).to_have_text(
        ["voor de storing", "tijdens de storing"], timeout=RECONNECT_MS
    )
    expect(page.locator("#queued")).to_have_text("")
    page.reload()
    expect(page.locator("#mine li")).to_have_count(2)
    assert [n.text for n in live.notes()] == ["voor de storing", "tijdens de storing"]
