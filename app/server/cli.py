"""``bruinpapier serve``: the participant server without the window.

The store runs in a thread of its own (``ThreadSink``), the server on this
thread's event loop. The facilitator types short commands (open or close a
vote, lock writing). Ctrl+C or SIGTERM closes every connection, frees the port
and closes the workshop file.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import socket
import sys
import threading
from pathlib import Path
from typing import TextIO

from app.model.participation import find_round
from app.server.run import Run
from app.server.server import JoinLink, ParticipantServer
from app.server.sink import ThreadSink

DEFAULT_PORT = 8765  # also the command line's default


def _port(word: str) -> int:
    try:
        port = int(word)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{word}: expected a number from 0 to 65535")
    return port


def add_serve_parser(verbs: argparse._SubParsersAction, prog: str) -> None:
    """The ``serve`` verb's arguments, kept beside the server so the entry point stays small."""
    serve = verbs.add_parser(
        "serve", prog=f"{prog} serve", help="let phones on the room's network write and vote"
    )
    serve.add_argument("file", type=Path, metavar="FILE.bruinpapier")
    serve.add_argument("--round", metavar="NAME", help="ROUND or 'SESSION / ROUND'")
    serve.add_argument("--host", metavar="ADDR", help="address to listen on (default: the LAN's)")
    serve.add_argument(
        "--port", type=_port, default=DEFAULT_PORT, metavar="N", help="0 picks a free one"
    )
    serve.add_argument("--tray", action="store_true", help="arrivals in a tray per subgroup")
    serve.add_argument("--cards", type=Path, metavar="OUT.pdf", help="write QR cards to print")


def run_serve(args: argparse.Namespace) -> int:
    return serve(args.file, args.round, args.host, args.port, args.tray, args.cards)


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


COMMANDS_HELP = (
    "type: vote N (open a vote with N dots each), close (close the vote), "
    "lock / unlock (writing), then Enter"
)


def control(run: Run, line: str) -> str:
    """One facilitator command typed into ``serve``; what happened, in one line."""
    words = line.split()
    if len(words) == 2 and words[0] in ("vote", "stem") and words[1].isdigit():
        run.open_vote(int(words[1]))
        return f"vote open: {run.vote.dots if run.vote else 0} dots each"
    if words in (["close"], ["sluit"]):
        run.close_vote()
        return "vote closed"
    if words in (["lock"], ["dicht"]):
        run.set_writing(False)
        return "writing locked"
    if words in (["unlock"], ["open"]):
        run.set_writing(True)
        return "writing open"
    return COMMANDS_HELP if words else ""


def read_commands(run: Run, loop: asyncio.AbstractEventLoop, source: TextIO) -> None:
    """Read commands from ``source`` (a thread of its own) and run them on the loop."""

    def one(line: str) -> None:
        answer = control(run, line)
        if answer:
            print(answer, file=sys.stderr, flush=True)

    for line in source:
        loop.call_soon_threadsafe(one, line)


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
            f"serving “{links[0].name}” for phones at {links[0].url} (Ctrl+C stops); "
            + COMMANDS_HELP,
            file=sys.stderr,
            flush=True,
        )
        loop = asyncio.get_running_loop()
        threading.Thread(
            target=read_commands, args=(server.run, loop, sys.stdin), daemon=True
        ).start()
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
