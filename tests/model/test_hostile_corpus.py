"""A corpus of hostile workshop files, generated here: each is refused cleanly by opening,
``check`` and ``export`` — one line, no traceback, no hang — and left byte-identical, with
nothing appearing beside it. The 5-second bound is pytest-timeout's, not an assertion."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from app.__main__ import main
from app.model.errors import StoreError
from app.model.store import WorkshopStore
from tests.helpers.snapshot import seed

Mutation = Callable[[sqlite3.Connection], None]


def sql(*statements: str) -> Mutation:
    def run(conn: sqlite3.Connection) -> None:
        for statement in statements:
            conn.execute(statement)

    return run


def writable_schema(name: str, new_sql: str) -> Mutation:
    """Rewrite one schema entry's SQL in place, as a crafted file would have it."""

    def run(conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA writable_schema=ON")
        conn.execute("UPDATE sqlite_schema SET sql=? WHERE name=?", (new_sql, name))
        conn.execute("PRAGMA writable_schema=OFF")

    return run


RECURSIVE = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r"
TABLES_WITH_TRIGGERS = ("note", "round", "cluster", "logic_node", "workshop", "subgroup")

SQL_CASES: dict[str, Mutation] = {
    **{
        f"trigger on {table}": sql(
            f"CREATE TRIGGER evil_{table} AFTER UPDATE ON {table} BEGIN DELETE FROM note; END"
        )
        for table in TABLES_WITH_TRIGGERS
    },
    "trigger before delete": sql(
        "CREATE TRIGGER evil BEFORE DELETE ON note BEGIN DELETE FROM round; END"
    ),
    "view alembic_version recursive": sql(
        "ALTER TABLE alembic_version RENAME TO old_version",
        f"CREATE VIEW alembic_version(version_num) AS {RECURSIVE}",
    ),
    "extra view": sql(f"CREATE VIEW endless AS {RECURSIVE}"),
    "view doubling notes": sql(
        "CREATE VIEW note2 AS SELECT * FROM note UNION ALL SELECT * FROM note"
    ),
    "extra table": sql("CREATE TABLE extra (id INTEGER PRIMARY KEY)"),
    "extra index": sql("CREATE INDEX ix_evil ON note (text)"),
    "expression index": sql("CREATE INDEX ix_expr ON note (length(text) * 2)"),
    "changed table sql": writable_schema(
        "principle",
        "CREATE TABLE principle (id INTEGER NOT NULL, name TEXT DEFAULT '' NOT NULL, "
        "description TEXT DEFAULT '' NOT NULL, position INTEGER DEFAULT '0' NOT NULL, "
        "CONSTRAINT pk_principle PRIMARY KEY (id), CHECK (name != 'x'))",
    ),
    **{f"missing table {t}": sql(f"DROP TABLE {t}") for t in ("note", "logic_edge", "action")},
    "missing index": sql("DROP INDEX ix_note_round_id"),
    "bad note kind": sql("UPDATE note SET kind='evil' WHERE id=1"),
    "bad round state": sql("UPDATE round SET state='half' WHERE id=1"),
    "bad round kind": sql("UPDATE round SET kind='party' WHERE id=1"),
    "bad logic kind": sql("UPDATE logic_node SET kind='magic' WHERE id=1"),
    "bad category": sql("UPDATE initiative SET category='odd'"),
    "bad chance": sql("UPDATE note SET chance='lottery' WHERE id=1"),
    "text in x": sql("UPDATE note SET x='left' WHERE id=1"),
    "text in votes": sql("UPDATE note SET votes='many' WHERE id=1"),
    "blob in text": sql("UPDATE note SET text=X'00FF' WHERE id=1"),
    "real in position": sql("UPDATE round SET position=1.5 WHERE id=1"),
    "boolean 7": sql("UPDATE logic_node SET pinned=7 WHERE id=1"),
    "dangling round": sql("UPDATE note SET round_id=999 WHERE id=1"),
    "dangling edge": sql("UPDATE logic_edge SET effect_id=999"),
    "no workshop row": sql("DELETE FROM workshop"),
    "two workshop rows": sql("INSERT INTO workshop (id, name) VALUES (2, 'twin')"),
    "x far away": sql("UPDATE note SET x=-1e12 WHERE id=1"),
    "y far away": sql("UPDATE note SET y=1e7 WHERE id=1"),
    "negative width": sql("UPDATE note SET w=-5 WHERE id=1"),
    "zero height": sql("UPDATE note SET h=0 WHERE id=1"),
    "huge cluster": sql("UPDATE cluster SET w=1e9 WHERE id=1"),
    "node far away": sql("UPDATE logic_node SET x=1e300 WHERE id=1"),
    "huge note text": sql("UPDATE note SET text=printf('%.*c', 120000, 'x') WHERE id=1"),
    "unknown older revision": sql("UPDATE alembic_version SET version_num='0000'"),
    "newer revision": sql("UPDATE alembic_version SET version_num='9999'"),
    "empty revision table": sql("DELETE FROM alembic_version"),
    "other application id": sql("PRAGMA application_id=7"),
}


def _damage(offset: int, data: bytes) -> Callable[[Path], None]:
    def run(path: Path) -> None:
        with path.open("r+b") as f:
            f.seek(offset)
            f.write(data)

    return run


def _replace(data: bytes) -> Callable[[Path], None]:
    def run(path: Path) -> None:
        path.write_bytes(data)

    return run


BYTE_CASES: dict[str, Callable[[Path], None]] = {
    "zero bytes": _replace(b""),
    "random bytes": _replace(bytes(range(256)) * 40),
    "header only": _replace(b"SQLite format 3\x00"),
    "cut short": lambda p: p.write_bytes(p.read_bytes()[:5000]),
    "damaged page": _damage(4096 * 2, b"\xff" * 400),
    "damaged header": _damage(16, b"\x00\x03"),
    "text file": _replace(b"session,round,kind,text\n"),
}


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("base") / "base.bruinpapier"
    with WorkshopStore.create(path, name="Basis") as store:
        seed(store)
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build(base: Path, folder: Path, case: str) -> Path:
    path = folder / "hostile.bruinpapier"
    shutil.copyfile(base, path)
    if case in SQL_CASES:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA foreign_keys=OFF")
        SQL_CASES[case](conn)
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.close()
    else:
        BYTE_CASES[case](path)
    return path


def assert_refused_cleanly(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = path.parent
    before, listing = sha(path), sorted(os.listdir(folder))
    with pytest.raises(StoreError) as caught:
        WorkshopStore.open(path)
    assert caught.value.path.name == path.name
    capsys.readouterr()
    assert main(["check", str(path)]) == 1
    assert main(["export", str(path), "--csv", str(folder / "out.csv")]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 2, err  # one line per command
    assert "Traceback" not in err
    assert sha(path) == before
    assert sorted(os.listdir(folder)) == listing


CASES = sorted(SQL_CASES) + sorted(BYTE_CASES)


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 40


@pytest.mark.timeout(5)
@pytest.mark.parametrize("case", CASES)
def test_hostile_file_is_refused_cleanly(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    assert_refused_cleanly(build(base, tmp_path, case), capsys)


@pytest.mark.timeout(5)
@pytest.mark.parametrize("special", ["fifo", "folder", "device"])
def test_special_files_are_refused_before_opening(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], special: str
) -> None:
    path = tmp_path / "special.bruinpapier"
    if special == "fifo":
        os.mkfifo(path)
    elif special == "folder":
        path.mkdir()
    else:
        path.symlink_to(os.devnull)
    with pytest.raises(StoreError, match=r"regular file|folder"):
        WorkshopStore.open(path)
    assert main(["check", str(path)]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_the_base_of_the_corpus_opens(base: Path, tmp_path: Path) -> None:
    """The corpus is refused for what was done to it, not for being ours."""
    path = build(base, tmp_path, "zero bytes")
    shutil.copyfile(base, path)
    assert main(["check", str(path)]) == 0
    with WorkshopStore.open(path, backup=False):
        pass
