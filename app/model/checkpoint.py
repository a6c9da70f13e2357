"""Keeping the main ``.bruinpapier`` file whole while a workshop is open.

SQLite in WAL mode first writes every commit to ``NAME.bruinpapier-wal``; only a
checkpoint copies it into the main file. A facilitator who copies just the main
file to a USB stick must get every edit, so a background thread checkpoints on
its own connection once edits have been quiet for a second, and the store asks
for one at once when a round closes and when it closes. PASSIVE checkpoints
never wait for (or block) the app's reads and writes; one that could not copy
everything, because a read was under way, is retried shortly after.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from pathlib import Path

from app.model import integrity

QUIET_S = 1.0
RETRY_S = 0.25


class Checkpointer:
    """A debounced checkpoint of one workshop file, run on a daemon thread."""

    def __init__(self, path: Path, quiet: float = QUIET_S) -> None:
        self.path = path
        self.quiet = quiet
        self._due: float | None = None
        self._closed = False
        self._wake = threading.Condition()
        self._conn_lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self.settled = threading.Event()
        """Set while the main file holds every commit; cleared by each edit."""
        self.settled.set()
        self._thread = threading.Thread(
            target=self._run, name=f"checkpoint {path.name}", daemon=True
        )
        self._thread.start()

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            integrity.guard(conn)
            conn.execute("PRAGMA busy_timeout=1000")
            self._conn = conn
        return self._conn

    def touch(self) -> None:
        """An edit was committed: checkpoint once the edits have been quiet for a while."""
        with self._wake:
            self.settled.clear()
            self._due = time.monotonic() + self.quiet
            self._wake.notify()

    def now(self, mode: str = "PASSIVE") -> bool:
        """Checkpoint at once; True when the main file now holds every commit."""
        with self._conn_lock:
            if self._closed and mode == "PASSIVE":
                return False
            try:
                busy, log, done = (
                    self._connection().execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
                )
            except sqlite3.Error:
                return False
        complete = not busy and (log == -1 or done >= log)
        if complete:
            with self._wake:
                if self._due is None:
                    self.settled.set()
        return complete

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._closed and (self._due is None or time.monotonic() < self._due):
                    timeout = None if self._due is None else self._due - time.monotonic()
                    self._wake.wait(timeout)
                if self._closed:
                    return
                self._due = None
            if not self.now():
                with self._wake:
                    if self._due is None:
                        self._due = time.monotonic() + RETRY_S

    def close(self) -> None:
        """Stop the thread and copy everything into the main file (and empty the -wal)."""
        with self._wake:
            self._closed = True
            self._wake.notify()
        self._thread.join(timeout=5)
        with self._conn_lock:
            if self._conn is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._conn.close()
                self._conn = None
