"""File work behind the File menu that is not the store's: copies, JSON imports, demo files."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from app.model.atomic import atomic_target
from app.model.errors import StoreError
from app.model.interchange.json_workshop import apply_workshop, read_workshop_json
from app.model.store import SUFFIX, WorkshopStore, new_workshop

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
    try:
        with atomic_target(target, copy=True) as temp, store.engine.connect() as conn:
            source = conn.connection.dbapi_connection
            dest = sqlite3.connect(temp)
            try:
                source.backup(dest)  # type: ignore[union-attr]
            finally:
                dest.close()
    except sqlite3.Error as exc:
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
    with new_workshop(target) as store:
        apply_workshop(store, rows)
    return store
