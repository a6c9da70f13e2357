"""Starting and stopping the participant server, on an event loop here or in a thread of its own.

``ParticipantServer`` binds only the chosen address. Stopping closes every
connection and frees the port; starting again keeps the run (token, devices,
idempotency keys), so phones that queued notes meanwhile deliver them once.
``ServerThread`` runs it beside a window or a test, so its caller never waits
on the network.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, TypeVar

from aiohttp import web

from app.server.run import Limits, Run
from app.server.sink import StoreSink
from app.server.web import load_page, make_app

T = TypeVar("T")
SHUTDOWN_S = 1.0


@dataclass(frozen=True)
class JoinLink:
    """A subgroup's (or, with ``subgroup_id`` None, the round's) join URL."""

    subgroup_id: int | None
    name: str
    colour: str
    url: str


def url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


class ParticipantServer:
    """One round's run, served on ``host:port`` (port 0: any free port)."""

    def __init__(
        self,
        sink: StoreSink,
        round_id: int,
        host: str = "127.0.0.1",
        port: int = 0,
        tray: bool = False,
        limits: Limits | None = None,
    ) -> None:
        self.run = Run(sink, round_id, tray, limits)
        self.host = host
        self.port = port
        self._files = load_page()
        self._runner: web.AppRunner | None = None

    @property
    def running(self) -> bool:
        return self._runner is not None

    @property
    def base_url(self) -> str:
        return f"http://{url_host(self.host)}:{self.port}/p/{self.run.token}/"

    async def start(self) -> None:
        """Listen (again); the first start picks the port, later ones reuse it."""
        if self._runner is not None:
            return
        self.run.attach(asyncio.get_running_loop())
        runner = web.AppRunner(
            make_app(self.run, self._files), access_log=None, shutdown_timeout=SHUTDOWN_S
        )
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        sockets = runner.addresses
        if sockets:
            self.port = sockets[0][1]
        self._runner = runner

    async def stop(self) -> None:
        """Close every connection and free the port; the run stays for a later start."""
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()
        self.run.detach()

    async def links(self) -> list[JoinLink]:
        """The round's join URL first, then one per subgroup in board order."""
        view = await self.run.view()
        base = self.base_url
        return [JoinLink(None, view.title, "", base)] + [
            JoinLink(a.id, a.name, a.colour, f"{base}{a.id}") for a in view.subgroups
        ]


class ServerThread:
    """A ``ParticipantServer`` on an event loop in a daemon thread."""

    def __init__(self, make: Callable[[], ParticipantServer]) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="participants")
        self._thread.daemon = True
        self._thread.start()
        self.server: ParticipantServer = self.call(make).result()

    def call(self, work: Callable[[], T]) -> Future[T]:
        """Run ``work`` on the server's loop (for the facilitator's controls)."""
        future: Future[T] = Future()

        def run() -> None:
            try:
                future.set_result(work())
            except BaseException as exc:
                future.set_exception(exc)

        self._loop.call_soon_threadsafe(run)
        return future

    def submit(self, coroutine: Any) -> Future[Any]:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop)

    def start(self, timeout: float = 10.0) -> None:
        self.submit(self.server.start()).result(timeout)

    def links(self, timeout: float = 10.0) -> list[JoinLink]:
        """The join URLs; not from the store's own thread, which answers the read."""
        return self.submit(self.server.links()).result(timeout)

    def stop(self, timeout: float = 10.0) -> None:
        self.submit(self.server.stop()).result(timeout)

    def close(self) -> None:
        """Stop serving and end the thread."""
        if self._thread.is_alive():
            self.stop()
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join()
            self._loop.close()
