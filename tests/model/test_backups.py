"""Rotating backups: on open, every N minutes of editing, the last ten kept, and restoring one."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from app.model import store as store_module
from app.model.backups import KEEP, backup_dir, list_backups
from app.model.errors import LockedError, StoreError
from app.model.ops import Update
from app.model.store import WorkshopStore, inspect_file, restore_backup
from tests.helpers.snapshot import TIMESTAMPS, dump, seed


@pytest.fixture
def workshop(tmp_path: Path) -> Path:
    path = tmp_path / "school.bruinpapier"
    with WorkshopStore.create(path, name="School") as store:
        seed(store)
    return path


def note_text(path: Path, note_id: int = 1) -> str:
    with WorkshopStore.open(path, backup=False) as store:
        return dump(store)["note"][note_id]["text"]


def backup_texts(path: Path) -> list[str]:
    """Note 1's text in each backup, newest first."""
    texts = []
    for backup in list_backups(path):
        copy = backup.path.with_name("probe.bruinpapier")
        copy.write_bytes(backup.path.read_bytes())
        texts.append(note_text(copy))
        copy.unlink()
        Path(f"{copy}.lock").unlink(missing_ok=True)
    return texts


def test_opening_takes_a_backup_of_the_file_as_it_was(workshop: Path) -> None:
    assert list_backups(workshop) == []
    with WorkshopStore.open(workshop) as store:
        store.apply(Update("note", {1: {"text": "after open"}}))
    (backup,) = list_backups(workshop)
    assert backup.path.parent == backup_dir(workshop)
    assert inspect_file(backup.path, full=True).problems == ["ok"]
    assert backup_texts(workshop) == ["a"]


def test_a_backup_every_interval_of_editing(workshop: Path, monkeypatch) -> None:
    now = [1000.0]
    monkeypatch.setattr(store_module, "time", SimpleNamespace(monotonic=lambda: now[0]))
    with WorkshopStore.open(workshop) as store:
        store.backup_interval = 600
        for minute in range(1, 10):
            now[0] = 1000.0 + 60 * minute
            store.apply(Update("note", {1: {"text": f"minute {minute}"}}))
        assert len(list_backups(workshop)) == 1
        now[0] = 1000.0 + 600
        store.apply(Update("note", {1: {"text": "minute 10"}}))
        assert backup_texts(workshop) == ["minute 10", "a"]
        now[0] = 1000.0 + 900
        store.apply(Update("note", {1: {"text": "minute 15"}}))
        assert len(list_backups(workshop)) == 2
        now[0] = 1000.0 + 1200
        store.apply(Update("note", {1: {"text": "minute 20"}}))
    assert backup_texts(workshop) == ["minute 20", "minute 10", "a"]


def test_only_the_last_ten_are_kept_newest_first(workshop: Path) -> None:
    taken = []
    with WorkshopStore.open(workshop, backup=False) as store:
        for i in range(KEEP + 3):
            store.apply(Update("note", {1: {"text": f"state {i}"}}))
            taken.append(store.backup())
    backups = list_backups(workshop)
    assert [b.path for b in backups] == list(reversed(taken))[:KEEP]
    assert [b.taken for b in backups] == sorted((b.taken for b in backups), reverse=True)
    assert sorted(p.name for p in backup_dir(workshop).iterdir()) == sorted(
        p.name for p in taken[-KEEP:]
    )
    assert backup_texts(workshop) == [f"state {i}" for i in reversed(range(3, KEEP + 3))]


def test_restore_brings_back_the_old_content_after_backing_up_the_current(
    workshop: Path,
) -> None:
    with WorkshopStore.open(workshop, backup=False) as store:
        old = dump(store, ignore=TIMESTAMPS)
        kept = store.backup()
        store.apply(Update("note", {1: {"text": "newer"}, 2: {"x": 999.0}}))
        newer = dump(store)
    restore_backup(workshop, kept)
    with WorkshopStore.open(workshop, backup=False) as store:
        assert dump(store, ignore=TIMESTAMPS) == old
    assert backup_texts(workshop) == ["newer", "a"]
    (latest, *_) = list_backups(workshop)
    restore_backup(workshop, latest.path)
    with WorkshopStore.open(workshop, backup=False) as store:
        assert dump(store) == newer


def test_restore_of_the_oldest_of_a_full_set(workshop: Path) -> None:
    with WorkshopStore.open(workshop, backup=False) as store:
        for i in range(KEEP):
            store.apply(Update("note", {1: {"text": f"state {i}"}}))
            store.backup()
    oldest = list_backups(workshop)[-1]
    restore_backup(workshop, oldest.path)
    assert note_text(workshop) == "state 0"
    assert backup_texts(workshop)[0] == f"state {KEEP - 1}"


def test_restore_is_refused_while_the_workshop_is_open(workshop: Path) -> None:
    with WorkshopStore.open(workshop) as store:
        (backup,) = list_backups(workshop)
        store.apply(Update("note", {1: {"text": "open"}}))
        with pytest.raises(LockedError, match="already open"):
            restore_backup(workshop, backup.path)
        assert dump(store)["note"][1]["text"] == "open"
    assert note_text(workshop) == "open"


def test_restore_of_a_damaged_backup_is_refused(workshop: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.bruinpapier"
    bad.write_bytes(b"SQLite format 3\x00" + bytes(200))
    with pytest.raises(StoreError):
        restore_backup(workshop, bad)
    assert note_text(workshop) == "a"
    assert list_backups(workshop) == []
