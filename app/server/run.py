"""One run of the participant server: its token, the devices, their limits and their actions.

Everything here runs on the server's event loop, so the state needs no locks;
every edit goes to the store's owner through the ``StoreSink`` and is awaited.
A run lives until the facilitator stops it: the listener may stop and start
again (a Wi-Fi hiccup, a restarted server) and phones carry on with the same
token, devices and idempotency keys, so a queued note still arrives once.
"""

from __future__ import annotations

import asyncio
import re
import secrets
import time
from collections import deque
from collections.abc import Awaitable, Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, TypeVar

from app.model.changes import Change
from app.model.errors import OperationError, RoundClosedError, StoreError
from app.model.ops.edits import Edit, Remove
from app.model.ops.participants import ArriveNote, GroupDot, inserted_note
from app.model.participation import RoundView
from app.server.mirror import RoundMirror
from app.server.sink import StoreSink

T = TypeVar("T")

TOKEN_BYTES = 16  # 128 bits; the issue asks for at least 96
KEY = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
NAME_CHARS = 40
HINT_DELAY_S = 0.2


@dataclass(frozen=True)
class Limits:
    notes_per_minute: int = 30
    chars: int = 500
    request_bytes: int = 16 * 1024
    devices: int = 300


class Refused(Exception):
    """A participant action the server declines; ``code`` is what the page shows a message for."""

    def __init__(self, code: str, status: int = 409) -> None:
        super().__init__(code)
        self.code = code
        self.status = status


@dataclass
class Device:
    id: str
    subgroup_id: int | None
    name: str = ""
    group_id: int | None = None
    sent: deque[float] = field(default_factory=deque)
    notes: dict[str, int] = field(default_factory=dict)  # idempotency key -> note id
    pending: dict[str, asyncio.Future[int]] = field(default_factory=dict)
    dots: dict[int, int] = field(default_factory=dict)  # note id -> dots given


@dataclass
class VoteState:
    dots: int
    open: bool = True


def clean_text(text: Any, limit: int) -> str:
    if not isinstance(text, str):
        raise Refused("bad", 400)
    text = CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if not text:
        raise Refused("empty", 400)
    if len(text) > limit:
        raise Refused("too_long", 413)
    return text


async def refusing(awaitable: Awaitable[T]) -> T:
    """The awaited result, with the model's refusals as ``Refused``."""
    try:
        return await awaitable
    except RoundClosedError:
        raise Refused("locked") from None
    except OperationError:
        raise Refused("gone") from None
    except StoreError:
        raise Refused("store", 503) from None


async def settled(future: Future[T]) -> T:
    """The result of a sink's future, awaited without blocking the loop."""
    return await refusing(asyncio.wrap_future(future))


class Run:
    """The participant side of one round while the facilitator lets phones join."""

    def __init__(
        self, sink: StoreSink, round_id: int, tray: bool = False, limits: Limits | None = None
    ) -> None:
        self.sink = sink
        self.round_id = round_id
        self.mirror = RoundMirror(sink, round_id)
        self.tray = tray
        self.limits = limits or Limits()
        self.token = secrets.token_urlsafe(TOKEN_BYTES)
        self.devices: dict[str, Device] = {}
        self.owner: dict[int, str] = {}  # note id -> device id
        self.writing = True
        self.vote: VoteState | None = None
        self.on_hint: Callable[[set[str] | None], None] = lambda _devices: None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._hinted: set[str] | None = set()
        self._hint_timer: asyncio.TimerHandle | None = None
        self._unsubscribe: Callable[[], None] | None = None

    # -- live hints to the phones -------------------------------------------

    def attach(self, loop: asyncio.AbstractEventLoop) -> None:
        """Start forwarding the store's changes (from its thread) to this loop."""
        self._loop = loop
        if self._unsubscribe is None:
            self._unsubscribe = self.sink.subscribe(
                lambda changes: loop.call_soon_threadsafe(self._changed, changes)
            )

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self._hint_timer is not None:
            self._hint_timer.cancel()
            self._hint_timer = None

    def _changed(self, changes: list[Change]) -> None:
        """Hint the phones whose view these changes alter; dots alter only the giver's own."""
        listed = self.vote is not None
        everyone = False
        devices: set[str] = set()
        for change in changes:
            if change.table == "note":
                shown = change.kind != "update" or "text" in change.values
                if shown and change.id in self.owner:
                    devices.add(self.owner[change.id])
                in_round = change.id in self.mirror.notes or (
                    change.values.get("round_id") == self.round_id
                )
                everyone = everyone or (listed and in_round and shown)
            elif change.table == "round":
                everyone = everyone or change.id == self.round_id
            elif change.table == "subgroup":
                everyone = everyone or change.kind != "update" or "name" in change.values
        self.mirror.apply(changes)
        self.hint(None if everyone else devices)

    def hint(self, devices: set[str] | None) -> None:
        """Tell these devices (None: all) soon, in one message, that their view changed."""
        if devices is not None and not devices:
            return
        if self._hinted is not None:
            self._hinted = None if devices is None else self._hinted | devices
        if self._hint_timer is None and self._loop is not None:
            self._hint_timer = self._loop.call_later(HINT_DELAY_S, self._send_hints)

    def _send_hints(self) -> None:
        self._hint_timer = None
        devices, self._hinted = self._hinted, set()
        self.on_hint(devices)

    # -- the facilitator's controls (call on the loop) ------------------------

    def set_writing(self, allowed: bool) -> None:
        self.writing = allowed
        self.hint(None)

    def open_vote(self, dots: int) -> None:
        """A new vote: every device gets ``dots`` dots; earlier dots stay on the board."""
        self.vote = VoteState(max(1, dots))
        for device in self.devices.values():
            device.dots.clear()
        self.hint(None)

    def close_vote(self) -> None:
        if self.vote is not None:
            self.vote.open = False
        self.hint(None)

    # -- participant actions --------------------------------------------------

    def device(self, device_id: Any) -> Device:
        device = self.devices.get(device_id) if isinstance(device_id, str) else None
        if device is None:
            raise Refused("unknown", 403)
        return device

    async def view(self) -> RoundView:
        return await refusing(self.mirror.fresh())

    async def join(self, device_id: Any, subgroup_id: Any) -> Device:
        """The device with this id, or a new one (within the limit), in its subgroup."""
        if isinstance(device_id, str) and device_id in self.devices:
            device = self.devices[device_id]
        else:
            if len(self.devices) >= self.limits.devices:
                raise Refused("full", 503)
            device = Device(secrets.token_urlsafe(TOKEN_BYTES), None)
            self.devices[device.id] = device
        if subgroup_id is not None:
            await self.choose(device, subgroup_id)
        return device

    async def choose(self, device: Device, subgroup_id: Any) -> None:
        view = await self.view()
        area = next((a for a in view.subgroups if a.id == subgroup_id), None)
        if area is None:
            raise Refused("bad", 400)
        device.subgroup_id = area.id
        if device.group_id is None:
            device.group_id = area.group_id

    async def profile(self, device: Device, name: Any, group_id: Any) -> None:
        if not isinstance(name, str) or len(name) > NAME_CHARS:
            raise Refused("bad", 400)
        if group_id is not None:
            view = await self.view()
            if group_id not in {g.id for g in view.groups}:
                raise Refused("bad", 400)
        device.name = " ".join(CONTROL.sub("", name).split())
        device.group_id = group_id

    async def _writable(self) -> None:
        """Refuse before the store does: a closed round is no error for the facilitator."""
        if not self.writing or not (await self.view()).open:
            raise Refused("locked")

    def _count(self, device: Device) -> None:
        now = time.monotonic()
        while device.sent and now - device.sent[0] >= 60.0:
            device.sent.popleft()
        if len(device.sent) >= self.limits.notes_per_minute:
            raise Refused("rate", 429)
        device.sent.append(now)

    async def submit(self, device: Device, key: Any, text: Any) -> int:
        """Store a note once per idempotency ``key``; a repeated key returns the first note."""
        if not isinstance(key, str) or not KEY.match(key):
            raise Refused("bad", 400)
        if key in device.notes:
            return device.notes[key]
        if key in device.pending:
            return await asyncio.shield(device.pending[key])
        text = clean_text(text, self.limits.chars)
        await self._writable()
        if device.subgroup_id is None:
            raise Refused("subgroup", 400)
        self._count(device)
        pending: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        pending.add_done_callback(lambda f: f.cancelled() or f.exception())
        device.pending[key] = pending
        try:
            op = ArriveNote(device.subgroup_id, text, self.tray, device.name)
            changes = await settled(self.sink.apply(op, "Post-it from a phone"))
            note_id = inserted_note(changes)
            if note_id is None:
                raise Refused("gone")
            device.notes[key] = note_id
            self.owner[note_id] = device.id
            pending.set_result(note_id)
            return note_id
        except BaseException as exc:
            pending.set_exception(exc if isinstance(exc, Exception) else Refused("gone"))
            raise
        finally:
            device.pending.pop(key, None)

    def _own(self, device: Device, note_id: Any) -> int:
        if not isinstance(note_id, int) or self.owner.get(note_id) != device.id:
            raise Refused("gone", 404)
        return note_id

    async def edit(self, device: Device, note_id: Any, text: Any) -> None:
        note_id = self._own(device, note_id)
        text = clean_text(text, self.limits.chars)
        await self._writable()
        self._count(device)
        op = Edit("note", {note_id: {"text": text}})
        await settled(self.sink.apply(op, "Edit a post-it from a phone"))

    async def withdraw(self, device: Device, note_id: Any) -> None:
        note_id = self._own(device, note_id)
        await self._writable()
        await settled(self.sink.apply(Remove("note", (note_id,)), "Withdraw a post-it"))
        self.owner.pop(note_id, None)
        for key, value in list(device.notes.items()):
            if value == note_id:
                device.notes[key] = -1  # a replay of the key must not bring it back
        device.dots.pop(note_id, None)

    async def dot(self, device: Device, note_id: Any, delta: Any) -> None:
        vote = self.vote
        if vote is None or not vote.open or not (await self.view()).open:
            raise Refused("vote_closed")
        if not isinstance(note_id, int) or delta not in (1, -1):
            raise Refused("bad", 400)
        given = device.dots.get(note_id, 0)
        if (delta > 0 and sum(device.dots.values()) >= vote.dots) or (delta < 0 and not given):
            raise Refused("no_dots")
        device.dots[note_id] = given + delta  # reserved before awaiting: bursts cannot overspend
        try:
            await self.view()
            if note_id not in self.mirror.notes:
                raise Refused("gone", 404)
            op = GroupDot(note_id, delta, device.group_id)
            await settled(self.sink.apply(op, "Dot from a phone"))
        except BaseException:
            device.dots[note_id] = device.dots.get(note_id, 0) - delta
            raise
        if not device.dots[note_id]:
            del device.dots[note_id]

    def dots_of(self, device: Device) -> dict[str, Any]:
        """What a dot changes on the giver's phone: the dots left and where they are."""
        total = self.vote.dots if self.vote is not None else 0
        mine = {str(n): k for n, k in device.dots.items()}
        return {"left": total - sum(device.dots.values()), "mine": mine}

    async def state(self, device: Device) -> dict[str, Any]:
        """Everything one phone shows, as JSON-ready data."""
        voting = self.vote is not None
        mine = {n: k for k, n in device.notes.items() if n > 0}

        view = await self.view()
        notes = self.mirror.ordered(None if voting else mine)
        area = next((a for a in view.subgroups if a.id == device.subgroup_id), None)
        vote = None
        if self.vote is not None:
            spent = sum(device.dots.values())
            vote = {
                "dots": self.vote.dots,
                "open": self.vote.open and view.open,
                "left": self.vote.dots - spent,
                "notes": [
                    {"id": n.id, "text": n.text, "mine": device.dots.get(n.id, 0)} for n in notes
                ],
            }
        return {
            "round": {"title": view.title, "question": view.question},
            "open": view.open and self.writing,
            "subgroup": None if area is None else _area(area),
            "subgroups": [_area(a) for a in view.subgroups],
            "groups": [{"id": g.id, "name": g.name} for g in view.groups],
            "me": {"name": device.name, "group": device.group_id},
            "mine": [
                {"id": n.id, "key": mine[n.id], "text": n.text} for n in notes if n.id in mine
            ],
            "vote": vote,
            "max": self.limits.chars,
        }


def _area(area: Any) -> dict[str, Any]:
    return {"id": area.id, "name": area.name, "colour": area.colour}
