"""``bruinpapier serve``: the participant server without the window.

The store runs in a thread of its own (``ThreadSink``), the server on this
thread's event loop. Ctrl+C or SIGTERM closes every connection, frees the port
and closes the workshop file.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import socket
import sys
from pathlib import Path
from typing import TextIO

from app.model.participation import find_round
from app.server.server import JoinLink, ParticipantServer
from app.server.sink import ThreadSink

DEFAULT_PORT = 8765  # also the command line's default


def lan_address() -> str:
    """This machine's address on its main network, or loopback when it has none.

    Connecting a UDP socket sends nothing; it only asks the system which
    interface it would use.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))
            return probe.getsockname()[0]
        except OSError:
            return "127.0.0.1"


def print_links(links: list[JoinLink], out: TextIO) -> None:
    """One line per subgroup: its name, a tab, its join URL."""
    for link in links:
        if link.subgroup_id is not None:
            print(f"{' '.join(link.name.split())}\t{link.url}", file=out, flush=True)


async def _serve(
    server: ParticipantServer, out: TextIO, cards: Path | None, stop: asyncio.Event
) -> None:
    await server.start()
    try:
        links = await server.links()
        if cards is not None:
            from app.server.cards import write_cards

            write_cards(cards, links)
        print_links(links, out)
        print(
            f"serving “{links[0].name}” for phones at {links[0].url} (Ctrl+C stops)",
            file=sys.stderr,
            flush=True,
        )
        await stop.wait()
    finally:
        await server.stop()


def serve(
    path: Path,
    round_name: str | None = None,
    host: str | None = None,
    port: int = DEFAULT_PORT,
    tray: bool = False,
    cards: Path | None = None,
    out: TextIO = sys.stdout,
) -> int:
    sink = ThreadSink(path)
    try:
        round_id = sink.read(lambda conn: find_round(conn, round_name)).result()
        server = ParticipantServer(sink, round_id, host or lan_address(), port, tray)

        async def main() -> None:
            stop = asyncio.Event()
            loop = asyncio.get_running_loop()
            for signum in (signal.SIGINT, signal.SIGTERM):
                with contextlib.suppress(NotImplementedError):  # Windows: Ctrl+C raises instead
                    loop.add_signal_handler(signum, stop.set)
            await _serve(server, out, cards, stop)

        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(main())
    finally:
        sink.close()
    return 0
