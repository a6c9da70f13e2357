"""Safe at the edges: the main file alone is whole, exports never touch the workshop,
the lock follows the file rather than its name, backups never fail an edit, and bounds hold."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.__main__ import main
from app.model import atomic, backups
from app.model.atomic import WriteError, atomic_target, remove_stale_temps
from app.model.errors import InvalidValue, LockedError, StoreError
from app.model.interchange.csv_export import export_notes_csv
from app.model.interchange.json_workshop import export_workshop_json
from app.model.limits import LimitError, check_row
from app.model.ops import Update
from app.model.store import WorkshopStore
from tests.helpers.snapshot import dump, seed


@pytest.fixture
def workshop(tmp_path: Path) -> Path:
    path = tmp_path / "w.bruinpapier"
    with WorkshopStore.create(path, name="W") as store:
        seed(store)
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def text_in_main_file_only(path: Path, copy: Path, note_id: int = 1) -> str:
    """Note text as found in a copy of just the ``.bruinpapier`` file (no -wal beside it)."""
    shutil.copyfile(path, copy)
    conn = sqlite3.connect(copy)
    try:
        return conn.execute("SELECT text FROM note WHERE id=?", (note_id,)).fetchone()[0]
    finally:
        conn.close()


# -- 1. the main file is always whole -----------------------------------------------------


def test_a_copy_of_only_the_main_file_holds_an_edit_once_quiet(workshop, tmp_path) -> None:
    with WorkshopStore.open(workshop, backup=False) as store:
        store.apply(Update("note", {1: {"text": "first"}}))
        store.apply(Update("note", {1: {"text": "last edit"}}))
        assert not store._checkpoints.settled.is_set()  # the edit sits in the -wal for now
        assert store._checkpoints.settled.wait(timeout=30)  # after a quiet second
        assert workshop.with_name(workshop.name + "-wal").exists()  # still open
        assert text_in_main_file_only(workshop, tmp_path / "usb.bruinpapier") == "last edit"


def test_closing_a_round_checkpoints_at_once(workshop, tmp_path) -> None:
    with WorkshopStore.open(workshop, backup=False) as store:
        store._checkpoints.quiet = 3600  # only the round close can have copied it
        store.apply(Update("note", {1: {"text": "before closing"}}))
        store.apply(Update("round", {1: {"state": "closed"}}))
        assert text_in_main_file_only(workshop, tmp_path / "usb.bruinpapier") == "before closing"


def test_close_leaves_one_whole_file(workshop) -> None:
    with WorkshopStore.open(workshop, backup=False) as store:
        store._checkpoints.quiet = 3600
        store.apply(Update("note", {1: {"text": "closed"}}))
    assert not workshop.with_name(workshop.name + "-wal").exists()
    assert text_in_main_file_only(workshop, workshop.with_name("c.bruinpapier")) == "closed"


# -- 2. exports never touch the workshop ----------------------------------------------------


def other_names(workshop: Path, tmp_path: Path) -> dict[str, Path]:
    hard = tmp_path / "hard.csv"
    os.link(workshop, hard)
    soft = tmp_path / "soft.csv"
    soft.symlink_to(workshop)
    dotted = tmp_path / "sub" / ".." / workshop.name
    (tmp_path / "sub").mkdir()
    return {"itself": workshop, "hard link": hard, "symlink": soft, "dotted": dotted}


@pytest.mark.parametrize("kind", ["itself", "hard link", "symlink", "dotted"])
@pytest.mark.parametrize("flag", ["--csv", "--json", "--pdf"])
def test_cli_export_onto_the_workshop_is_refused(workshop, tmp_path, capsys, kind, flag) -> None:
    target = other_names(workshop, tmp_path)[kind]
    before = sha(workshop)
    assert main(["export", str(workshop), flag, str(target)]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "never replaces it" in err
    assert sha(workshop) == before


@pytest.mark.parametrize("part", ["-wal", "-shm", "-backups/notes.csv", ".lock"])
def test_export_onto_a_part_of_the_workshop_is_refused(workshop, part) -> None:
    target = Path(str(workshop) + part)
    target.parent.mkdir(exist_ok=True)
    with WorkshopStore.open(workshop, backup=False) as store, pytest.raises(WriteError):
        export_notes_csv(store, target)
    assert not target.exists()


def test_export_onto_a_device_or_fifo_is_refused(workshop, tmp_path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with WorkshopStore.open(workshop, backup=False) as store:
        for target in (fifo, Path(os.devnull)):
            with pytest.raises(WriteError, match="not a regular file"):
                export_workshop_json(store, target)
    assert fifo.is_fifo()
    assert Path(os.devnull).is_char_device()


def test_export_works_while_the_workshop_is_open(workshop, tmp_path, capsys) -> None:
    with WorkshopStore.open(workshop, backup=False) as store:
        store.apply(Update("note", {1: {"text": "=HYPERLINK(1)"}}))
        before = sorted(os.listdir(tmp_path))
        assert main(["export", str(workshop), "--csv", str(tmp_path / "out.csv")]) == 0
        assert main(["check", str(workshop)]) == 0
        assert sorted(os.listdir(tmp_path)) == sorted([*before, "out.csv"])
    assert "'=HYPERLINK(1)" in (tmp_path / "out.csv").read_text(encoding="utf-8")


def test_temp_files_of_a_killed_export_are_removed(tmp_path) -> None:
    dead = tmp_path / f".out.csv.{2**22 + 7}.abc{atomic.TEMP_SUFFIX}"  # no such process
    dead.write_text("half")
    mine = tmp_path / f".out.csv.{os.getpid()}.abc{atomic.TEMP_SUFFIX}"
    mine.write_text("in progress")
    assert remove_stale_temps(tmp_path) == [dead]
    with atomic_target(tmp_path / "other.csv") as temp:
        Path(temp).write_text("done")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([mine.name, "other.csv"])


def test_cli_import_takes_a_backup_first(workshop, tmp_path) -> None:
    csv = tmp_path / "n.csv"
    csv.write_text("session,round,kind,text\nS,R,idee,nieuw\n", encoding="utf-8")
    assert backups.list_backups(workshop) == []
    assert main(["import", str(workshop), str(csv)]) == 0
    (backup,) = backups.list_backups(workshop)
    with WorkshopStore.open(backup.path, backup=False) as store:
        assert "nieuw" not in {n["text"] for n in dump(store)["note"].values()}


# -- 7. backups never fail an edit ---------------------------------------------------------


def test_a_failing_backup_does_not_fail_the_edit_and_warns_once(workshop, monkeypatch) -> None:
    def broken(*args: object, **kwargs: object) -> Path:
        raise OSError(28, "No space left on device")

    warned: list[StoreError] = []
    with WorkshopStore.open(workshop, backup=False) as store:
        store.on_backup_problem = warned.append
        store.backup_interval = 0
        monkeypatch.setattr("app.model.store.take_backup", broken)
        store.apply(Update("note", {1: {"text": "saved"}}))
        store.apply(Update("note", {1: {"text": "saved again"}}))
        assert dump(store)["note"][1]["text"] == "saved again"
    assert len(warned) == 1 and "backup could not be written" in str(warned[0])


def test_an_unwritable_backups_folder_warns_but_opens(workshop) -> None:
    folder = backups.backup_dir(workshop)
    folder.write_text("a file where the folder should be")
    with WorkshopStore.open(workshop) as store:
        assert store.backup_problem is not None
        store.apply(Update("note", {1: {"text": "still works"}}))
    assert not list(workshop.parent.rglob("*.partial"))


# -- 8. the lock follows the file --------------------------------------------------------


@pytest.mark.parametrize("kind", ["hard link", "symlink", "dotted"])
def test_a_second_name_of_an_open_workshop_is_refused(workshop, tmp_path, kind) -> None:
    names = other_names(workshop, tmp_path)
    other = names[kind].with_suffix(".bruinpapier") if kind != "dotted" else names[kind]
    if other != names[kind]:
        names[kind].rename(other)
    with WorkshopStore.open(workshop, backup=False):
        before = sha(workshop)
        with pytest.raises(LockedError, match="already open"):
            WorkshopStore.open(other, backup=False)
        assert sha(workshop) == before
    with WorkshopStore.open(other, backup=False) as store:  # released on close
        assert dump(store)["workshop"][1]["name"] == "W"


# -- 5. bounds -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "word"),
    [
        ({"x": 100_001.0}, "between"),
        ({"y": -1e12}, "between"),
        ({"w": 0.0}, "more than 0"),
        ({"h": 5001.0}, "more than 0"),
        ({"text": "x" * 2001}, "longer than 2000"),
    ],
)
def test_operations_refuse_values_out_of_bounds(workshop, values, word) -> None:
    with WorkshopStore.open(workshop, backup=False) as store:
        before = dump(store)
        with pytest.raises(LimitError, match=word):
            store.apply(Update("note", {1: values}))
        assert dump(store) == before
    with pytest.raises(InvalidValue, match=word):
        check_row("note", values)


def test_values_at_the_bounds_are_accepted(workshop) -> None:
    edge = {"x": -100_000.0, "y": 100_000.0, "w": 5000.0, "h": 0.5, "text": "y" * 2000}
    check_row("note", edge)
    with WorkshopStore.open(workshop, backup=False) as store:
        store.apply(Update("note", {1: edge}))
        assert dump(store)["note"][1]["text"] == "y" * 2000


def test_check_and_export_after_a_crash_create_nothing_beside_the_file(workshop, tmp_path):
    """A -wal without -shm (a crash, or a copy taken mid-session) is read from a copy."""
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    with WorkshopStore.open(workshop, backup=False) as store:
        store._checkpoints.quiet = 3600
        store.apply(Update("note", {1: {"text": "only in the wal"}}))
        for suffix in ("", "-wal"):
            shutil.copyfile(f"{workshop}{suffix}", crashed / f"w.bruinpapier{suffix}")
    path = crashed / "w.bruinpapier"
    before = {p.name: sha(p) for p in crashed.iterdir()}
    assert main(["check", str(path)]) == 0
    assert main(["export", str(path), "--csv", str(tmp_path / "out.csv")]) == 0
    assert {p.name: sha(p) for p in crashed.iterdir()} == before
    assert "only in the wal" in (tmp_path / "out.csv").read_text(encoding="utf-8")


def test_reading_connections_distrust_the_schema_and_stop_endless_queries(workshop) -> None:
    from app.model.inspection import reading
    from app.model.integrity import guard

    with reading(workshop) as conn:
        assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    conn = sqlite3.connect(":memory:")
    guard(conn, budget=0.05)
    endless = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT max(n) FROM r"
    with pytest.raises(sqlite3.OperationalError, match="interrupted"):
        conn.execute(endless).fetchone()
    assert conn.execute("SELECT 1").fetchone() == (1,)  # the budget is per statement
    conn.close()


def test_the_cached_expected_schemas_equal_freshly_built_ones() -> None:
    from app.model import integrity, schema

    built = integrity._build_schemas()
    assert sorted(built) == schema.known_revisions()
    assert integrity.expected_schemas() == built
    assert all(any(e[0] == "table" and e[1] == "note" for e in built[rev]) for rev in built)
