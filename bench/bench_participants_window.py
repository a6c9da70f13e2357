"""Participants with the window: phones' notes through the Qt sink onto the board scene.

The same 60 simulated phones × 10 notes and burst of 60 × 5 dots as
``bench_participants.py`` (in a child process, over loopback), but the store
belongs to the GUI thread: each edit crosses to it through a queued signal and
is pushed through the document as one undoable step. Figures, each against a
baseline measured in the same run:
- submit → visible: from the phone sending a note to the first repaint of the
  board's viewport after its item exists, p95, against a bare aiohttp echo plus a
  raw ``store.apply`` of the same arrival (from ``bench_participants``);
- the GUI thread's longest stall: the largest gap between the ticks of a 10 ms
  timer minus 10 ms, against the same timer on the idle window; reported in the
  GUI thread's own CPU time within a gap (the target) and in wall time, which
  on a loaded 2-core machine mostly measures other processes (as bench_board).

Run: QT_QPA_PLATFORM=offscreen python bench/bench_participants_window.py
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import asyncio
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
from common import Row, print_table, stats_of, write_json
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QRectF, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.model.store import WorkshopStore  # noqa: E402
from app.server.server import ParticipantServer, ServerThread  # noqa: E402
from app.ui.board.editor import BoardEditor  # noqa: E402
from app.ui.board.view import BoardView  # noqa: E402
from app.ui.document import Document  # noqa: E402
from app.ui.session.group_tallies import GroupTallies  # noqa: E402
from app.ui.session.participants import QtSink, quiet_collector  # noqa: E402

TICK_MS = 10
IDLE_S = 3.0


class Stalls(QObject):
    """The longest gap between ticks of a fast timer on the GUI thread."""

    def __init__(self) -> None:
        super().__init__()
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

    def _tick(self) -> None:
        gap = self.clock.nsecsElapsed() / 1e6
        self.clock.restart()
        cpu, self._cpu = self._cpu, time.thread_time()
        self.longest = max(self.longest, gap - TICK_MS)
        self.longest_cpu = max(self.longest_cpu, (self._cpu - cpu) * 1000)

    def stop(self) -> tuple[float, float]:
        """The longest stall in wall time and in the GUI thread's own CPU time (ms)."""
        self.timer.stop()
        return self.longest, self.longest_cpu


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


def idle_stall() -> tuple[float, float]:
    stalls = Stalls()
    stalls.start()
    done = threading.Event()
    threading.Timer(IDLE_S, done.set).start()
    run_until(done)
    return stalls.stop()


def bench(folder: Path) -> tuple[list[Row], dict[str, object]]:
    raw_arrivals, _raw_dots = raw_apply_ms(folder)
    raw = stats_of(raw_arrivals)
    echo = stats_of(asyncio.run(echo_ms()))
    path = folder / "window.bruinpapier"
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
    arrivals = Arrivals(view)
    idle = idle_stall()
    editor = BoardEditor()
    editor.attach(view)  # the phones' edits go through the board editor, as in the window
    GroupTallies(view.board_scene)  # and the per-group tooltips follow the dots, as there
    sink = QtSink(document, editor.from_phone)
    thread = ServerThread(lambda: ParticipantServer(sink, 1, "127.0.0.1", 0))
    thread.start()
    quiet_collector(True)  # what the dialog's Start does
    urls = subgroup_urls(thread.server.base_url)
    result: dict[str, object] = {}
    done = threading.Event()

    def phones() -> None:
        try:
            result.update(phones_process(urls, lambda: open_vote(thread).result(5)))
        finally:
            done.set()

    stalls = Stalls()
    stalls.start()
    worker = threading.Thread(target=phones)
    worker.start()
    run_until(done)
    longest, longest_cpu = stalls.stop()
    worker.join()
    for _ in range(5):  # the last repaints
        QApplication.processEvents()
    thread.close()
    quiet_collector(False)
    sent = {int(k): v for k, v in result["sent"].items()}  # type: ignore[union-attr]
    visible = [(arrivals.painted[n] - t) * 1000 for n, t in sent.items() if n in arrivals.painted]
    missing = len(sent) - len(visible)
    seen = stats_of(visible or [float("inf")])
    document.close()
    baseline = echo.p95_ms + raw.p95_ms
    rows = [
        Row("submit → visible in the board scene, p95", seen.p95_ms, "ms", baseline, 300.0),
        Row("submit → visible, median", seen.median_ms, "ms", echo.median_ms + raw.median_ms),
        Row("notes never painted", missing, "notes", target=0),
        Row("GUI thread's longest stall, its own CPU", longest_cpu, "ms", idle[1], target=50.0),
        Row("GUI thread's longest stall, wall (other processes too)", longest, "ms", idle[0]),
    ]
    extra = {
        "phones": PHONES,
        "burst_s": result.get("burst_s"),
        "load_average": os.getloadavg(),
    }
    return rows, extra


def main() -> None:
    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        rows, extra = bench(Path(folder))
    print_table(rows)
    write_json("participants_window", rows, extra)


if __name__ == "__main__":
    main()
