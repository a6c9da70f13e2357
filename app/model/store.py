"""Opening, creating, checking and writing a workshop file (``*.bruinpapier``).

Every refusal happens before anything is written, so a file that is not ours,
damaged, newer than this program, read-only or open elsewhere stays
byte-for-byte unchanged.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session as DbSession

from app.model import integrity, schema
from app.model.backups import KEEP, take_backup
from app.model.changes import Observable
from app.model.checkpoint import Checkpointer
from app.model.entities import Workshop
from app.model.errors import (
    DiskFullError,
    LockedError,
    ReadOnlyError,
    StoreError,
)
from app.model.inspection import FileInfo, inspect_file, reading
from app.model.locking import FileLock
from app.model.ops.primitives import Op, Tx

SUFFIX = ".bruinpapier"
BACKUP_INTERVAL_S = 10 * 60
__all__ = ["FileInfo", "WorkshopStore", "inspect_file", "new_workshop", "restore_backup"]


def _check_writable(path: Path) -> None:
    mode = path.stat().st_mode
    if not mode & stat.S_IWUSR or not os.access(path, os.W_OK):
        raise ReadOnlyError(
            path,
            "the file is read-only; Bruinpapier saves every change as you make it, "
            "so it needs a file it may write (make a copy, or change its permissions)",
        )
    if not os.access(path.parent, os.W_OK):
        raise ReadOnlyError(path, "the folder {folder} is read-only", folder=path.parent)


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Take over transaction control from the driver so BEGIN covers reads too.
    dbapi_connection.isolation_level = None
    integrity.guard(dbapi_connection)
    for pragma in (
        "journal_mode=WAL",
        "foreign_keys=ON",
        "trusted_schema=OFF",
        "synchronous=NORMAL",
        "busy_timeout=3000",
    ):
        dbapi_connection.execute(f"PRAGMA {pragma}")


def _on_begin(conn: Any) -> None:
    # Straight to the driver: this runs on every edit and exec_driver_sql costs more than BEGIN.
    conn.connection.driver_connection.execute("BEGIN")


def _engine(path: Path) -> Engine:
    # A pool, not one shared connection: a read session left open while an edit runs then
    # reads its own snapshot (WAL) instead of breaking the edit's transaction.
    engine = create_engine(f"sqlite+pysqlite:///{path}", pool_size=2, max_overflow=4)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _store_error(path: Path, exc: DBAPIError | sqlite3.Error) -> StoreError:
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    message = str(orig) if orig is not None else str(exc)
    if "full" in message:
        return DiskFullError(path, "the disk is full; the last change was not saved")
    if "readonly" in message or "read-only" in message:
        return ReadOnlyError(path, "the file became read-only; the last change was not saved")
    return StoreError(path, "the change could not be saved ({reason})", reason=message)


class WorkshopStore:
    """An open workshop file: the single writer of its database.

    Listeners subscribed to ``events`` get the changes of every committed
    operation. Reads go through short-lived ORM sessions from :meth:`read`.
    """

    def __init__(self, path: Path, engine: Engine, lock: FileLock) -> None:
        self.path = path
        self.source = path  # the file a snapshot was taken of; exports never replace it
        self.engine = engine
        self._lock = lock
        # One connection kept for writing: checking one out of the pool per edit cost more
        # than the edit. Reads take their own pooled connections.
        self._writer = engine.connect()
        self._closed = False
        self.events = Observable()
        self.backup_interval = BACKUP_INTERVAL_S
        self.backups_kept = KEEP
        self._last_backup = time.monotonic()
        self.backup_problem: StoreError | None = None
        self.on_backup_problem: Callable[[StoreError], None] | None = None
        self._checkpoints = Checkpointer(path)

    # -- opening and creating -------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, backup: bool = True) -> WorkshopStore:
        path = Path(path).resolve() if Path(path).exists() else Path(path)
        info = inspect_file(path)
        _check_writable(path)
        lock = cls._lock_or_raise(path)
        try:
            engine = _engine(path)
            store = cls(path, engine, lock)
            if info.revision != schema.head_revision():
                store.backup()
                with engine.begin() as conn:
                    schema.upgrade(conn)
            if backup:
                store._periodic_backup()
        except BaseException:
            lock.release()
            raise
        return store

    @classmethod
    @contextlib.contextmanager
    def snapshot(cls, path: Path | str) -> Iterator[WorkshopStore]:
        """A private copy of the workshop's committed content, for reading and exporting.

        Works while another Bruinpapier has the file open, writes nothing beside
        it, and never upgrades it (an older file is upgraded in the copy only).
        """
        path = Path(path)
        inspect_file(path)
        folder = Path(tempfile.mkdtemp(prefix="bruinpapier-snapshot-"))
        copy = folder / path.name
        try:
            try:
                with reading(path) as source:
                    target = sqlite3.connect(copy)
                    try:
                        source.backup(target)
                    finally:
                        target.close()
            except sqlite3.Error as exc:
                raise StoreError(path, "the file cannot be read ({reason})", reason=exc) from None
            store = cls.open(copy, backup=False)
            store.source = path.resolve()
            try:
                yield store
            finally:
                store.close()
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    @classmethod
    def create(
        cls,
        path: Path | str,
        name: str = "",
        organisation: str = "",
        facilitator: str = "",
    ) -> WorkshopStore:
        path = Path(path)
        if path.exists():
            raise StoreError(path, "a file with this name already exists")
        if not path.parent.is_dir():
            raise StoreError(path, "the folder {folder} does not exist", folder=path.parent)
        if not os.access(path.parent, os.W_OK):
            raise ReadOnlyError(path, "the folder {folder} is read-only", folder=path.parent)
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            raise StoreError(path, "a file with this name already exists") from None
        except OSError as exc:
            raise StoreError(
                path, "the file could not be created ({reason})", reason=exc.strerror
            ) from None
        try:
            lock = cls._lock_or_raise(path)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        try:
            engine = _engine(path)
            with engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id={schema.APPLICATION_ID}")
                schema.upgrade(conn)
                conn.execute(
                    insert(Workshop.__table__).values(
                        name=name, organisation=organisation, facilitator=facilitator
                    )
                )
        except OSError as exc:
            lock.release()
            path.unlink(missing_ok=True)
            raise StoreError(
                path, "the file could not be created ({reason})", reason=exc.strerror
            ) from None
        except DBAPIError as exc:
            lock.release()
            path.unlink(missing_ok=True)
            raise _store_error(path, exc) from None
        return cls(path, engine, lock)

    @staticmethod
    def _lock_or_raise(path: Path) -> FileLock:
        lock = FileLock(path)
        try:
            holder = lock.acquire()
        except OSError as exc:
            raise ReadOnlyError(
                path, "cannot lock the file ({reason})", reason=exc.strerror
            ) from None
        if holder == str(os.getpid()):
            raise LockedError(path, "this workshop is already open in this Bruinpapier")
        if holder:
            raise LockedError(
                path,
                "this workshop is already open in another Bruinpapier (process {process})",
                process=holder,
            )
        if holder is not None:
            raise LockedError(path, "this workshop is already open in another Bruinpapier")
        return lock

    def close(self) -> None:
        """Close the file, with every edit copied into the main file; safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self._writer.close()
        self.engine.dispose()
        self._checkpoints.close()
        self._lock.release()

    def checkpoint(self) -> bool:
        """Copy every committed edit into the main file now (as on close, on a signal)."""
        return self._checkpoints.now()

    def __enter__(self) -> WorkshopStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------

    def apply(self, op: Op) -> Op:
        """Run ``op`` in one transaction, commit it, announce its changes, return its inverse."""
        try:
            with self._writer.begin():
                tx = Tx(self._writer)
                inverse = op.apply(tx)
        except (DBAPIError, sqlite3.Error) as exc:
            raise _store_error(self.path, exc) from None
        self._checkpoints.touch()
        if any(c.table == "round" and "state" in c.values for c in tx.changes):
            self._checkpoints.now()  # a closed round is a natural point to hand the file on
        self.events.notify(tx.changes)
        if time.monotonic() - self._last_backup >= self.backup_interval:
            self._periodic_backup()
        return inverse

    def backup(self) -> Path:
        with self.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            try:
                target = take_backup(raw, self.path, self.backups_kept)  # type: ignore[arg-type]
            except (OSError, sqlite3.Error) as exc:
                raise StoreError(
                    self.path, "the backup could not be written ({reason})", reason=exc
                ) from None
        self._last_backup = time.monotonic()
        return target

    def _periodic_backup(self) -> None:
        """A backup that never fails the edit before it: a problem is announced once."""
        try:
            self.backup()
        except StoreError as exc:
            self._last_backup = time.monotonic()  # try again after the next interval
            first = self.backup_problem is None
            self.backup_problem = exc
            if first and self.on_backup_problem is not None:
                self.on_backup_problem(exc)

    # -- reading -------------------------------------------------------------

    @contextlib.contextmanager
    def read(self) -> Iterator[DbSession]:
        """A short-lived ORM session for reading; never used to write.

        Objects stay readable after the block (closing detaches them without expiring).
        """
        with DbSession(self.engine) as db:
            yield db


@contextlib.contextmanager
def new_workshop(path: Path | str, **names: str) -> Iterator[WorkshopStore]:
    """A workshop created at ``path`` for the block to fill; removed again if the block fails."""
    path = Path(path)
    store = WorkshopStore.create(path, **names)
    try:
        yield store
    except BaseException:
        store.close()
        for leftover in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        raise


def restore_backup(path: Path | str, backup: Path | str) -> None:
    """Replace the workshop's content with a backup, after backing up what it holds now.

    Refused while the workshop is open, here or in another process.
    """
    path, backup = Path(path), Path(backup)
    inspect_file(backup)
    # Read the backup first: opening the workshop backs it up and may rotate this one away.
    content = sqlite3.connect(":memory:")
    try:
        with reading(backup) as source:
            source.backup(content)
    except sqlite3.Error as exc:
        content.close()
        raise StoreError(backup, "the backup could not be read ({reason})", reason=exc) from None
    try:
        store = WorkshopStore.open(path)  # takes the lock and backs up the current state
        try:
            with store.engine.connect() as conn:
                content.backup(conn.connection.dbapi_connection)  # type: ignore[arg-type]
        except sqlite3.Error as exc:
            raise StoreError(
                path, "the backup could not be restored ({reason})", reason=exc
            ) from None
        finally:
            store.close()
    finally:
        content.close()
