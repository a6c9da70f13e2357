"""Rotating backups beside the workshop file, taken with SQLite's online backup API."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.model.atomic import atomic_target

KEEP = 10


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: dt.datetime


def backup_dir(path: Path) -> Path:
    return path.with_name(path.name + "-backups")


def take_backup(source: sqlite3.Connection, path: Path, keep: int = KEEP) -> Path:
    """Copy the live database to a new timestamped file and drop the oldest beyond ``keep``."""
    folder = backup_dir(path)
    folder.mkdir(exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}.bruinpapier"
    with atomic_target(target, copy=True) as temp:
        dest = sqlite3.connect(temp)
        try:
            source.backup(dest)
        finally:
            dest.close()
    for old in list_backups(path)[keep:]:
        old.path.unlink(missing_ok=True)
    return target


def list_backups(path: Path) -> list[Backup]:
    """Backups of ``path``, newest first."""
    folder = backup_dir(path)
    if not folder.is_dir():
        return []
    found = []
    for file in folder.glob(f"{path.stem}-*.bruinpapier"):
        stamp = file.stem[len(path.stem) + 1 :]
        try:
            taken = dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S-%f")
        except ValueError:
            continue
        found.append(Backup(file, taken))
    return sorted(found, key=lambda b: b.taken, reverse=True)
