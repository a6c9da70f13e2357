"""Participants with the window: phones' notes through the Qt sink onto the board scene.

The same 60 simulated phones × 10 notes and burst of 60 × 5 dots as
``bench_participants.py`` (in a child process, over loopback), but the store
belongs to the GUI thread: each edit crosses to it through a queued signal and
is pushed through the document as one undoable step. Figures, each against a
baseline measured in the same run:
- submit → visible: from the phone sending a note to the first repaint of the
  board's viewport after its item exists, p95, against a bare aiohttp echo plus a
  raw ``store.apply`` of the same arrival (from ``bench_participants``);
- the GUI thread's longest block: how late it handles input. A child process
  writes its clock to a pipe every 10 ms, as the X server sends mouse and key
  events; a socket notifier on the GUI thread reads it. The figure is the
  largest delay from writing to reading, against the same probe on the idle
  window. It counts whatever keeps the window from answering: its own work,
  waiting for the GIL while the server thread runs, and waiting for a core;
- the same stall in the GUI thread's own CPU time (the largest gap between the
  ticks of a 10 ms timer, CPU only) and that timer's longest delay in wall time.
  Qt runs timers only when no posted work is waiting, so while the queue of
  phones' edits is drained the timer is late by design; input is not.

Two rooms, each with the same phones: the whole board in one view, zoomed out
(post-its drawn as batched rectangles), and the same view beside a second one
showing one subgroup's area at readable size (as the projection does; every
post-it is then painted with its text, in both views).

Run: QT_QPA_PLATFORM=offscreen python bench/bench_participants_window.py
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import asyncio
import struct
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench_board import shown
from bench_participants import (
    PHONES,
    SUBGROUPS,
    echo_ms,
    make_room,
    open_vote,
    phones_process,
    raw_apply_ms,
    subgroup_urls,
)
from common import Row, Stats, print_table, stats_of, write_json
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QRectF, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.model.store import WorkshopStore  # noqa: E402
from app.server.server import ParticipantServer, ServerThread  # noqa: E402
from app.ui.board.editor import BoardEditor  # noqa: E402
from app.ui.board.view import BoardView  # noqa: E402
from app.ui.document import Document  # noqa: E402
from app.ui.session.group_tallies import GroupTallies  # noqa: E402
from app.ui.session.participants import QtSink, favour_window  # noqa: E402
from app.ui.session.projector import ProjectionView  # noqa: E402

TICK_MS = 10
IDLE_S = 3.0
PROBE_LIMIT_S = 200.0
PROBE = """
import os, struct, sys, time
end = time.monotonic() + float(sys.argv[1])
while time.monotonic() < end:
    try:
        os.write(1, struct.pack("d", time.monotonic()))
    except BrokenPipeError:
        break
    time.sleep(0.01)
"""
"""The input probe's child: its clock on stdout every 10 ms, until the pipe closes or time is up."""


class InputProbe(QObject):
    """How late the GUI thread reads input that another process sent (as X events arrive)."""

    def __init__(self) -> None:
        super().__init__()
        self.child = subprocess.Popen(
            [sys.executable, "-c", PROBE, str(PROBE_LIMIT_S)], stdout=subprocess.PIPE
        )
        assert self.child.stdout is not None
        self.fd = self.child.stdout.fileno()
        os.set_blocking(self.fd, False)
        self.longest = 0.0
        self.notifier = QSocketNotifier(self.fd, QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._read)
        self.measuring = False

    def _read(self) -> None:
        now = time.monotonic()
        try:
            data = os.read(self.fd, 8192)
        except BlockingIOError:
            return
        if self.measuring and len(data) >= 8:
            (oldest,) = struct.unpack_from("d", data)
            self.longest = max(self.longest, (now - oldest) * 1000)

    def start(self) -> None:
        self._read()  # what waited before
        self.longest = 0.0
        self.measuring = True

    def stop(self) -> float:
        """The longest wait (ms) since ``start``."""
        self.measuring = False
        return self.longest

    def close(self) -> None:
        self.notifier.setEnabled(False)
        self.child.kill()
        self.child.wait()


class Stalls(QObject):
    """The longest gap between ticks of a fast timer on the GUI thread, and input's longest wait."""

    def __init__(self, probe: InputProbe) -> None:
        super().__init__()
        self.probe = probe
        self.clock = QElapsedTimer()
        self.longest = 0.0
        self.longest_cpu = 0.0  # the GUI thread's own CPU time within a gap
        self._cpu = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.longest = self.longest_cpu = 0.0
        self._cpu = time.thread_time()
        self.clock.start()
        self.timer.start()
        self.probe.start()

    def _tick(self) -> None:
        gap = self.clock.nsecsElapsed() / 1e6
        self.clock.restart()
        cpu, self._cpu = self._cpu, time.thread_time()
        self.longest = max(self.longest, gap - TICK_MS)
        self.longest_cpu = max(self.longest_cpu, (self._cpu - cpu) * 1000)

    def stop(self) -> tuple[float, float, float]:
        """Input's longest wait, the timer's longest delay and the longest CPU stretch (ms)."""
        self.timer.stop()
        return self.probe.stop(), self.longest, self.longest_cpu


class Arrivals(QObject):
    """When each new note's item is first painted: stamped at the viewport's next repaint."""

    def __init__(self, view: BoardView) -> None:
        super().__init__()
        self.view = view
        self.waiting: set[int] = set()
        self.painted: dict[int, float] = {}
        view.document.changed.connect(self._changed)
        view.viewport().installEventFilter(self)

    def _changed(self, changes: list) -> None:
        for change in changes:
            if change.table == "note" and change.kind == "insert":
                self.waiting.add(change.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.waiting:
            now = time.monotonic()
            notes = self.view.board_scene.notes
            for note_id in [n for n in self.waiting if n in notes]:
                self.painted[note_id] = now
                self.waiting.discard(note_id)
        return False


def run_until(done: threading.Event) -> None:
    """Keep the GUI thread's event loop turning until ``done`` (the phones have finished)."""
    app = QApplication.instance()
    assert app is not None
    while not done.is_set():
        app.processEvents()
        time.sleep(0.001)


def idle_stall(probe: InputProbe) -> tuple[float, float, float]:
    stalls = Stalls(probe)
    stalls.start()
    done = threading.Event()
    threading.Timer(IDLE_S, done.set).start()
    run_until(done)
    return stalls.stop()


def room(
    folder: Path, readable: bool, probe: InputProbe, raw: Stats, echo: Stats
) -> tuple[list[Row], dict[str, object]]:
    """The phones against one window layout; ``readable``: a second view shows one area's text.

    ``raw`` and ``echo`` are the baseline: a raw ``store.apply`` of an arrival and a
    bare aiohttp round trip.
    """
    path = folder / f"window-{int(readable)}.bruinpapier"
    make_room(path)
    document = Document(WorkshopStore.open(path, backup=False))
    view = shown(BoardView(document))
    view.show_round(1)
    # The whole board the phones will fill in view, so every arrival is painted at once
    # (an item below the visible part would only be stamped at some later repaint).
    # The view's own scene rect, so the fit is not clamped to the (still small) board and
    # the rows the phones add below it stay in view (else they count as painted late).
    whole = QRectF(0, 0, SUBGROUPS * 900.0, 3600.0)
    view.setSceneRect(whole)
    shown(view, whole)
    if readable:  # the first subgroup's area at full size, as on the projection
        second = shown(ProjectionView(view.board_scene))
        second.centerOn(450.0, 500.0)
    arrivals = Arrivals(view)
    idle = idle_stall(probe)
    editor = BoardEditor()
    editor.attach(view)  # the phones' edits go through the board editor, as in the window
    GroupTallies(view.board_scene)  # and the per-group tooltips follow the dots, as there
    sink = QtSink(document, editor.from_phone)
    thread = ServerThread(lambda: ParticipantServer(sink, 1, "127.0.0.1", 0))
    thread.start()
    favour_window(True)  # what the dialog's Start does
    urls = subgroup_urls(thread.server.base_url)
    result: dict[str, object] = {}
    done = threading.Event()

    def phones() -> None:
        try:
            result.update(phones_process(urls, lambda: open_vote(thread).result(5)))
        finally:
            done.set()

    stalls = Stalls(probe)
    stalls.start()
    worker = threading.Thread(target=phones)
    worker.start()
    run_until(done)
    blocked, late, busy = stalls.stop()
    worker.join()
    for _ in range(5):  # the last repaints
        QApplication.processEvents()
    thread.close()
    favour_window(False)
    low_detail = view.board_scene.low_detail
    sent = {int(k): v for k, v in result["sent"].items()}  # type: ignore[union-attr]
    visible = [(arrivals.painted[n] - t) * 1000 for n, t in sent.items() if n in arrivals.painted]
    missing = len(sent) - len(visible)
    seen = stats_of(visible or [float("inf")])
    document.close()
    name = "readable area beside the board" if readable else "whole board, zoomed out"
    rows = [
        Row(f"[{name}] submit → visible, p95", seen.p95_ms, "ms", echo.p95_ms + raw.p95_ms, 300.0),
        Row("  submit → visible, median", seen.median_ms, "ms", echo.median_ms + raw.median_ms),
        Row("  notes never painted", missing, "notes", target=0),
        Row("  GUI thread's longest block: input waiting", blocked, "ms", idle[0], target=50.0),
        Row("  GUI thread's longest stretch of its own CPU", busy, "ms", idle[2]),
        Row("  a 10 ms timer's longest delay (timers wait for posted work)", late, "ms", idle[1]),
    ]
    extra = {"burst_s": result.get("burst_s"), "low_detail": low_detail}
    return rows, extra


def main() -> None:
    QApplication.instance() or QApplication([])
    probe = InputProbe()
    rows: list[Row] = []
    extra: dict[str, object] = {"phones": PHONES}
    try:
        with tempfile.TemporaryDirectory() as folder:
            raw = stats_of(raw_apply_ms(Path(folder))[0])
            echo = stats_of(asyncio.run(echo_ms()))
            for readable in (False, True):
                more, about = room(Path(folder), readable, probe, raw, echo)
                rows += more
                extra["readable" if readable else "zoomed_out"] = about
    finally:
        probe.close()
    extra["load_average"] = os.getloadavg()
    print_table(rows)
    write_json("participants_window", rows, extra)


if __name__ == "__main__":
    main()
