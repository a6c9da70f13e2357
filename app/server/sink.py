"""Where the participant server hands its edits: the one thread that owns the store.

The network handlers never touch the store. They call a ``StoreSink``, which
returns a ``concurrent.futures.Future`` at once; the handler awaits it without
blocking its event loop. ``ThreadSink`` runs the store in a dedicated thread
(for ``bruinpapier serve``); the window supplies a sink of its own that runs
each edit on the GUI thread as one undoable step.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any, Protocol, TypeVar

from sqlalchemy import Connection

from app.model.changes import Change
from app.model.ops.primitives import Op
from app.model.store import WorkshopStore

T = TypeVar("T")
Listener = Callable[[list[Change]], None]


class StoreSink(Protocol):
    """The store's owner, seen from the network."""

    def apply(self, op: Op, label: str) -> Future[list[Change]]:
        """Commit ``op`` as one step (``label`` names it in the undo history); its changes."""

    def read(self, query: Callable[[Connection], T]) -> Future[T]:
        """Run a read-only ``query`` on the owner's thread."""

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` (on the owner's thread) with every committed change; unsubscribe."""


def run_into(future: Future[Any], work: Callable[[], Any]) -> None:
    """Run ``work`` and settle ``future`` with its result or its exception."""
    if not future.set_running_or_notify_cancel():
        return
    try:
        future.set_result(work())
    except BaseException as exc:  # handed to the awaiting handler, which reports it
        future.set_exception(exc)


class ThreadSink:
    """Opens the workshop in a thread of its own and runs every edit and read there, in order."""

    def __init__(self, path: Path) -> None:
        self._jobs: queue.SimpleQueue[tuple[Future[Any], Callable[[], Any]] | None] = (
            queue.SimpleQueue()
        )
        self._store: WorkshopStore | None = None
        self._changes: list[Change] = []
        self._listeners: list[Listener] = []
        opened: Future[None] = Future()
        self._thread = threading.Thread(
            target=self._main, args=(path, opened), name="store", daemon=True
        )
        self._thread.start()
        opened.result()  # re-raises the store's refusal (locked, damaged, newer…)

    def _main(self, path: Path, opened: Future[None]) -> None:
        try:
            self._store = WorkshopStore.open(path)
        except BaseException as exc:
            opened.set_exception(exc)
            return
        self._store.events.subscribe(self._notify)
        opened.set_result(None)
        try:
            while (job := self._jobs.get()) is not None:
                run_into(*job)
        finally:
            self._store.close()

    def _notify(self, changes: list[Change]) -> None:
        self._changes.extend(changes)
        for listener in list(self._listeners):
            listener(changes)

    def _submit(self, work: Callable[[], T]) -> Future[T]:
        future: Future[T] = Future()
        self._jobs.put((future, work))
        return future

    def apply(self, op: Op, label: str) -> Future[list[Change]]:
        def work() -> list[Change]:
            assert self._store is not None
            self._changes = []
            self._store.apply(op)
            return self._changes

        return self._submit(work)

    def read(self, query: Callable[[Connection], T]) -> Future[T]:
        def work() -> T:
            assert self._store is not None
            with self._store.read() as db:
                return query(db.connection())

        return self._submit(work)

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def close(self) -> None:
        """Finish the queued work, close the store and end the thread."""
        if self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join()
