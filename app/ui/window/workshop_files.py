"""File work behind the File menu that is not the store's: copies, JSON imports, demo files."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from app.model.errors import StoreError
from app.model.interchange.json_workshop import apply_workshop, read_workshop_json
from app.model.store import SUFFIX, WorkshopStore

FILTER = "Bruinpapier (*.bruinpapier)"


def with_suffix(path: Path) -> Path:
    """``path`` ending in ``.bruinpapier``, as a file dialog may return it without."""
    return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


def write_copy(store: WorkshopStore, target: Path) -> None:
    """Copy the open workshop to a new file with SQLite's backup API.

    The open file itself and existing files are refused, so nothing is ever
    overwritten; the copy appears under its name only once it is complete.
    """
    if target.exists():
        raise StoreError(target, "a file with this name already exists; choose a new name")
    if not target.parent.is_dir():
        raise StoreError(target, "the folder {folder} does not exist", folder=target.parent)
    partial = target.with_name(target.name + ".partial")
    try:
        with store.engine.connect() as conn:
            source = conn.connection.dbapi_connection
            dest = sqlite3.connect(partial)
            try:
                source.backup(dest)  # type: ignore[union-attr]
            finally:
                dest.close()
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(target, "the copy could not be written ({reason})", reason=exc) from None


def demo_path() -> Path:
    """A fresh file name for the demo workshop, in a new temporary folder."""
    folder = Path(tempfile.mkdtemp(prefix="bruinpapier-demo-"))
    return folder / "SWS Balans (demo).bruinpapier"


def workshop_from_json(source: Path, target: Path) -> WorkshopStore:
    """A new workshop file at ``target`` holding the workshop exported in ``source``.

    The export is checked before the file is created, and the file is removed
    again if filling it fails, so a refused import leaves nothing behind.
    """
    rows = read_workshop_json(source)
    store = WorkshopStore.create(target)
    try:
        apply_workshop(store, rows)
    except BaseException:
        store.close()
        for leftover in (target, *(target.with_name(target.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        raise
    return store
