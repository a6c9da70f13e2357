"""The round as last committed, kept on the server's loop from the store's change stream.

Phones fetch their state often (after every hint); answering from this mirror
keeps those reads off the store's thread, which then only writes. A snapshot
is taken on the store's thread and handed to the loop from there, so it is
ordered exactly with the change notifications: changes committed before the
snapshot are in it, later ones arrive after it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from typing import Any

from app.model.changes import Change
from app.model.participation import NoteView, RoundView, round_notes, round_view
from app.server.sink import StoreSink

VIEW_TABLES = ("round", "stakeholder_group")
AREA_COLUMNS = frozenset({"name", "colour", "group_id", "position", "round_id"})


class RoundMirror:
    def __init__(self, sink: StoreSink, round_id: int) -> None:
        self.sink = sink
        self.round_id = round_id
        self.view: RoundView | None = None
        self.notes: dict[int, NoteView] = {}
        self._order: list[int] | None = None
        self._loading: asyncio.Event | None = None
        self._stale = True
        self._failed: BaseException | None = None

    async def fresh(self) -> RoundView:
        """The round's view, reloaded (with its notes) when the round or its areas changed."""
        while self._stale or self.view is None:
            if self._loading is None:
                self._loading = asyncio.Event()
                self._stale = False
                self._load(asyncio.get_running_loop(), self._loading)
            loading = self._loading
            await loading.wait()
            if self._failed is not None:
                failed, self._failed = self._failed, None
                raise failed
        return self.view

    def _load(self, loop: asyncio.AbstractEventLoop, done: asyncio.Event) -> None:
        round_id = self.round_id

        def snapshot(conn: Any) -> None:
            data = (round_view(conn, round_id), round_notes(conn, round_id))
            loop.call_soon_threadsafe(self._loaded, data, done)

        future = self.sink.read(snapshot)
        future.add_done_callback(lambda f: self._maybe_failed(loop, f, done))

    def _maybe_failed(self, loop: asyncio.AbstractEventLoop, future: Any, done: Any) -> None:
        if future.exception() is not None:
            loop.call_soon_threadsafe(self._failed_load, future.exception(), done)

    def _failed_load(self, exc: BaseException, done: asyncio.Event) -> None:
        self._failed = exc
        self._stale = True
        self._loading = None
        done.set()

    def _loaded(self, data: tuple[RoundView, list[NoteView]], done: asyncio.Event) -> None:
        self.view, notes = data
        self.notes = {n.id: n for n in notes}
        self._order = None
        self._loading = None
        done.set()

    def apply(self, changes: list[Change]) -> None:
        """Follow committed changes (a snapshot still on its way replaces what they did)."""
        for change in changes:
            if change.table == "note":
                self._note(change)
            else:
                area = change.kind != "update" or bool(AREA_COLUMNS & change.values.keys())
                view = change.table in VIEW_TABLES or (change.table == "subgroup" and area)
                self._stale = self._stale or view

    def _note(self, change: Change) -> None:
        values = change.values
        if change.kind == "insert":
            if values.get("round_id") == self.round_id:
                self._order = None
                self.notes[change.id] = NoteView(
                    change.id, values["subgroup_id"], values["text"], values["votes"]
                )
        elif change.kind == "delete":
            if self.notes.pop(change.id, None) is not None:
                self._order = None
        elif change.id in self.notes:
            old = self.notes[change.id]
            self.notes[change.id] = NoteView(
                old.id,
                values.get("subgroup_id", old.subgroup_id),
                values.get("text", old.text),
                values.get("votes", old.votes),
            )

    def ordered(self, only: Iterable[int] | None = None) -> list[NoteView]:
        """The round's notes (or ``only`` these) in arrival order, stable on a phone while the
        board is rearranged. The order is kept until a note comes or goes: during a vote a
        change sends every phone for the whole list, and only the first fetch sorts it."""
        if only is not None:
            return [self.notes[i] for i in sorted(only) if i in self.notes]
        if self._order is None:
            self._order = sorted(self.notes)
        return [self.notes[i] for i in self._order]
