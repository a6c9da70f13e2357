"""The store's refusals: a file it cannot safely use is refused with a clear error, left as it was.

"As it was" means byte-for-byte, and without -wal, -shm or lock files appearing beside it.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.model.errors import (
    DamagedFileError,
    DiskFullError,
    LockedError,
    NewerSchemaError,
    NotAWorkshopError,
    ReadOnlyError,
    StoreError,
)
from app.model.ops import Insert, Update
from app.model.store import WorkshopStore, inspect_file
from tests.helpers.snapshot import dump, seed

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def workshop(tmp_path: Path) -> Path:
    """A closed, seeded workshop file with enough rows to span many pages."""
    path = tmp_path / "work" / "real.bruinpapier"
    path.parent.mkdir()
    with WorkshopStore.create(path, name="Echt") as store:
        seed(store)
        notes = tuple({"round_id": 1, "text": f"post-it {i} " * 20} for i in range(300))
        store.apply(Insert("note", notes))
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refuses(path: Path, error: type[StoreError], match: str) -> StoreError:
    """Opening ``path`` raises ``error``; the file and its folder are exactly as before."""
    before = sha(path)
    beside = sorted(os.listdir(path.parent))
    with pytest.raises(error, match=match) as caught:
        WorkshopStore.open(path)
    assert sha(path) == before
    assert sorted(os.listdir(path.parent)) == beside
    assert caught.value.path.name == path.name
    assert str(path.name) in str(caught.value)
    return caught.value


def write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "bad" / "file.bruinpapier"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "data",
    [os.urandom(8192), b"Naam;Kleur\nLeerlingen;oranje\n", b""],
    ids=["random-bytes", "text-file", "empty-file"],
)
def test_not_sqlite_is_refused(tmp_path: Path, data: bytes) -> None:
    refuses(write(tmp_path, data), NotAWorkshopError, "not a Bruinpapier workshop")


def test_truncated_file_is_refused(tmp_path: Path, workshop: Path) -> None:
    data = workshop.read_bytes()
    refuses(write(tmp_path, data[: len(data) // 2]), DamagedFileError, "damaged")


def test_header_cut_short_is_refused(tmp_path: Path, workshop: Path) -> None:
    refuses(write(tmp_path, workshop.read_bytes()[:60]), DamagedFileError, "cut short")


def test_damaged_pages_are_refused(tmp_path: Path, workshop: Path) -> None:
    data = bytearray(workshop.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = bytes(range(256)) * 16
    refuses(write(tmp_path, bytes(data)), DamagedFileError, "damaged")


def test_sqlite_database_of_another_program_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, b"")
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    refuses(path, NotAWorkshopError, "a database, but not a Bruinpapier workshop")


def test_newer_schema_is_refused(workshop: Path) -> None:
    conn = sqlite3.connect(workshop)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    error = refuses(workshop, NewerSchemaError, "newer Bruinpapier")
    assert "9999" in str(error)


def test_read_only_file_is_refused(workshop: Path) -> None:
    workshop.chmod(0o444)
    try:
        refuses(workshop, ReadOnlyError, "read-only")
    finally:
        workshop.chmod(0o644)


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        WorkshopStore.open(tmp_path / "nowhere.bruinpapier")
    assert os.listdir(tmp_path) == []
    with pytest.raises(NotAWorkshopError, match="folder"):
        WorkshopStore.open(tmp_path)


def test_second_open_in_the_same_process_is_refused(workshop: Path) -> None:
    with WorkshopStore.open(workshop, backup=False) as first:
        first.apply(Update("note", {1: {"text": "held"}}))
        before = dump(first)
        with pytest.raises(LockedError, match="already open"):
            WorkshopStore.open(workshop)
        first.apply(Update("note", {1: {"text": "still mine"}}))
        assert dump(first)["note"][1]["text"] == "still mine"
        assert dump(first)["note"][2] == before["note"][2]
    with WorkshopStore.open(workshop, backup=False) as again:
        assert dump(again)["note"][1]["text"] == "still mine"


@pytest.fixture
def held_elsewhere(workshop: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process that has the workshop open until its stdin closes."""
    script = (
        "import sys\n"
        "from app.model.store import WorkshopStore\n"
        "store = WorkshopStore.open(sys.argv[1], backup=False)\n"
        "print('open', flush=True)\n"
        "sys.stdin.read()\n"
        "store.close()\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(workshop)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert child.stdout is not None and child.stdout.readline() == "open\n"
    yield child
    if child.poll() is None:
        child.kill()
        child.wait()


def test_workshop_open_in_another_process_is_refused(
    workshop: Path, held_elsewhere: subprocess.Popen[str]
) -> None:
    error = refuses(workshop, LockedError, "already open in another Bruinpapier")
    assert f"process {held_elsewhere.pid}" in str(error)
    assert held_elsewhere.stdin is not None
    held_elsewhere.stdin.close()
    assert held_elsewhere.wait(timeout=30) == 0
    with WorkshopStore.open(workshop, backup=False) as store:
        assert dump(store)["workshop"][1]["name"] == "Echt"


def test_create_refuses_an_existing_path(workshop: Path) -> None:
    before = sha(workshop)
    with pytest.raises(StoreError, match="already exists"):
        WorkshopStore.create(workshop)
    assert sha(workshop) == before


def test_create_in_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        WorkshopStore.create(tmp_path / "no" / "such.bruinpapier")


def test_created_file_is_a_workshop_that_opens_again(tmp_path: Path) -> None:
    path = tmp_path / "new.bruinpapier"
    with WorkshopStore.create(path, name="Nieuw", organisation="SWS", facilitator="Ans"):
        pass
    info = inspect_file(path, full=True)
    assert info.problems == ["ok"]
    with WorkshopStore.open(path, backup=False) as store:
        row = dump(store)["workshop"][1]
        assert (row["name"], row["organisation"], row["facilitator"]) == ("Nieuw", "SWS", "Ans")
        with store.engine.connect() as conn:
            raw = conn.connection.driver_connection
            pragmas = {
                p: raw.execute(f"PRAGMA {p}").fetchone()[0]
                for p in ("journal_mode", "foreign_keys", "trusted_schema", "synchronous")
            }
    assert pragmas == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "trusted_schema": 0,
        "synchronous": 1,
    }


def fill_disk(store: WorkshopStore, full: bool) -> None:
    """Cap the database at its current size, as a full disk would; ``False`` lifts the cap."""
    raw = store._writer.connection.driver_connection  # the cap is per connection
    count = raw.execute("PRAGMA page_count").fetchone()[0]
    raw.execute(f"PRAGMA max_page_count={count if full else 1 << 30}")


def test_disk_full_during_an_edit_keeps_earlier_data_and_the_store_working(
    workshop: Path,
) -> None:
    with WorkshopStore.open(workshop, backup=False) as store:
        before = dump(store)
        heard: list[object] = []
        store.events.subscribe(heard.append)
        fill_disk(store, True)
        big = tuple({"round_id": 1, "text": "x" * 2000} for _ in range(100))
        with pytest.raises(DiskFullError, match="disk is full"):
            store.apply(Insert("note", big))
        assert dump(store) == before
        assert heard == []
        fill_disk(store, False)
        store.apply(Update("note", {3: {"text": "after"}}))
        assert dump(store)["note"][3]["text"] == "after"
    assert inspect_file(workshop, full=True).problems == ["ok"]


def test_failed_constraint_rolls_back_the_whole_operation(workshop: Path) -> None:
    with WorkshopStore.open(workshop, backup=False) as store:
        before = dump(store)
        rows = ({"id": 9000, "round_id": 1}, {"id": 9001, "round_id": 777})
        with pytest.raises(StoreError, match="could not be saved"):
            store.apply(Insert("note", rows))
        assert dump(store) == before


def test_a_read_session_open_during_an_edit_does_not_break_it(store) -> None:
    from sqlalchemy import select

    from app.model.entities import Session
    from app.model.ops.edits import add

    with store.read() as db:
        assert db.scalars(select(Session)).all() == []
        store.apply(add("session", title="S1"))
    with store.read() as db:
        assert [s.title for s in db.scalars(select(Session))] == ["S1"]
