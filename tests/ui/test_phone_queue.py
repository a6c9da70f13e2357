"""The queue of phones' edits on the window's thread: in order, in slices, with input between."""

from __future__ import annotations

import socket
import threading
import time

from PySide6.QtCore import QSocketNotifier

from app.ui.document import REFUSED, Document
from app.ui.session.participants import QtSink

pytest_plugins = ("tests.helpers.board_fixtures",)
JOBS = 60


def test_sixty_queued_edits_run_in_order_and_a_key_press_is_handled_between_them(
    qtbot, document: Document
) -> None:
    sink = QtSink(document, lambda _op, _label: REFUSED)
    done: list[int] = []

    def slow(i: int):
        def query(_conn) -> int:
            end = time.perf_counter() + 0.002  # a phone's edit takes a few ms on this thread
            while time.perf_counter() < end:
                pass
            done.append(i)
            return i

        return query

    keyboard, key = socket.socketpair()  # input arrives on a socket, as from the X server
    handled_after: list[int] = []

    def key_pressed() -> None:
        keyboard.recv(1)
        handled_after.append(len(done))

    notifier = QSocketNotifier(keyboard.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(key_pressed)
    futures = []
    server = threading.Thread(
        target=lambda: futures.extend(sink.read(slow(i)) for i in range(JOBS))
    )
    server.start()
    server.join()
    key.send(b"k")  # a key press while sixty edits wait
    try:
        qtbot.waitUntil(lambda: len(done) == JOBS and bool(handled_after))
    finally:
        notifier.setEnabled(False)
        keyboard.close()
        key.close()
    assert [f.result(0) for f in futures] == list(range(JOBS))
    assert done == list(range(JOBS))
    assert handled_after[0] < JOBS  # not after the whole queue: the window answered in between
