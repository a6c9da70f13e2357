"""Looking at a workshop file without changing it: reading connections, snapshots, the checks.

Nothing here writes beside the file: a file with a ``-wal`` is read from a copy
(taken with SQLite's backup API while another Bruinpapier has it open, or byte
for byte after a crash), so no ``-shm`` appears. Every connection distrusts the
file's schema and has a time budget (:func:`app.model.integrity.guard`).
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.model import integrity, schema
from app.model.errors import DamagedFileError, NewerSchemaError, NotAWorkshopError, StoreError

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileInfo:
    """What inspecting a file without changing it found."""

    revision: str | None
    application_id: int
    problems: list[str]


def _connect(uri: str) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        integrity.guard(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


@contextlib.contextmanager
def reading(path: Path) -> Iterator[sqlite3.Connection]:
    """A guarded connection that reads ``path``'s committed content and writes nothing beside it."""
    wal, shm = _sidecar(path, "-wal"), _sidecar(path, "-shm")
    has_wal = wal.exists() and wal.stat().st_size > 0
    if not has_wal:
        conn = _connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1")
        try:
            yield conn
        finally:
            conn.close()
        return
    folder = Path(tempfile.mkdtemp(prefix="bruinpapier-read-"))
    copy = folder / "copy.bruinpapier"
    try:
        if shm.exists():  # open in another Bruinpapier: SQLite reads its snapshot consistently
            source = _connect(f"{path.resolve().as_uri()}?mode=ro")
            target = sqlite3.connect(copy)
            try:
                source.backup(target)
            finally:
                target.close()
                source.close()
        else:  # left by a crash: nobody writes, so the bytes are consistent
            shutil.copyfile(path, copy)
            shutil.copyfile(wal, _sidecar(copy, "-wal"))
        conn = _connect(f"{copy.as_uri()}?mode=ro")
        try:
            yield conn
        finally:
            conn.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def upgraded(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A private copy of an older workshop's content, upgraded to this version's schema.

    ``check`` reads an older file through it, so the file itself is never migrated.
    """
    from sqlalchemy import create_engine

    with tempfile.TemporaryDirectory(prefix="bruinpapier-check-") as folder:
        copy = Path(folder) / "copy.bruinpapier"
        target = sqlite3.connect(copy)
        try:
            conn.backup(target)
        finally:
            target.close()
        engine = create_engine(f"sqlite:///{copy}")
        try:
            with engine.begin() as writable:
                schema.upgrade(writable)
        finally:
            engine.dispose()
        result = _connect(f"{copy.as_uri()}?mode=ro")
        try:
            yield result
        finally:
            result.close()


def check_regular(path: Path) -> None:
    """Refuse what is not a regular file before anything opens it (a FIFO would hang)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise StoreError(path, "the file does not exist") from None
    except OSError as exc:
        raise StoreError(path, "the file cannot be read ({reason})", reason=exc.strerror) from None
    if stat.S_ISDIR(info.st_mode):
        raise NotAWorkshopError(path, "this is a folder, not a workshop file")
    if not stat.S_ISREG(info.st_mode):
        raise NotAWorkshopError(path, "this is not a regular file (a device or pipe)")


def _revision(path: Path, conn: sqlite3.Connection) -> str:
    """The file's schema revision, read only once the revision table is known to be ours."""
    if conn.execute("PRAGMA application_id").fetchone()[0] != schema.APPLICATION_ID:
        raise NotAWorkshopError(path, "a database, but not a Bruinpapier workshop")
    entries = integrity.read_schema(conn)
    if not integrity.version_table_ok(entries):
        raise NotAWorkshopError(path, "a database, but not a Bruinpapier workshop")
    row = conn.execute(f"SELECT version_num FROM {integrity.VERSION_TABLE}").fetchone()
    if row is None or not isinstance(row[0], str):
        raise NotAWorkshopError(path, "a database, but not a Bruinpapier workshop")
    revision = row[0]
    known = schema.known_revisions()
    if revision not in known:
        if revision > known[-1]:
            raise NewerSchemaError(
                path,
                "this workshop was saved by a newer Bruinpapier (schema {revision}); "
                "this version knows schema {known}. Update Bruinpapier to open it",
                revision=revision,
                known=known[-1],
            )
        raise DamagedFileError(
            path,
            "the file has a schema revision no Bruinpapier made ({revision})",
            revision=revision,
        )
    problems = integrity.schema_problems(entries, revision)
    if problems:
        raise DamagedFileError(
            path,
            "the file's structure is not Bruinpapier's, so it is not opened: {problems}",
            problems="; ".join(problems[:5]),
        )
    return revision


def inspect_file(path: Path, full: bool = False, semantic: bool = True) -> FileInfo:
    """Check that ``path`` is an intact, sane workshop file, without writing to it.

    In order: a regular file, an SQLite header, our application id, our schema for
    its revision (before any table is read), SQLite's own check (``integrity_check``
    when ``full``, else ``quick_check``), then the semantic check of the rows.
    """
    check_regular(path)
    with path.open("rb") as f:
        header = f.read(100)
    if not header.startswith(SQLITE_MAGIC):
        raise NotAWorkshopError(path, "not a Bruinpapier workshop (the file is not a database)")
    if len(header) < 100:
        raise DamagedFileError(path, "the file is damaged (it is cut short)")
    try:
        with reading(path) as conn:
            revision = _revision(path, conn)
            check = "integrity_check" if full else "quick_check"
            problems = [r[0] for r in conn.execute(f"PRAGMA {check}(20)")]
            if semantic and problems == ["ok"]:
                found = integrity.semantic_problems(conn)
                if found:
                    raise DamagedFileError(
                        path,
                        "the file holds what Bruinpapier cannot show: {problems}",
                        problems="; ".join(found),
                    )
    except sqlite3.DatabaseError as exc:
        raise DamagedFileError(path, "the file is damaged ({reason})", reason=exc) from None
    except OSError as exc:
        raise StoreError(path, "the file cannot be read ({reason})", reason=exc.strerror) from None
    if problems != ["ok"]:
        lines = [ln for p in problems for ln in p.splitlines() if not ln.startswith("***")]
        raise DamagedFileError(
            path, "the file is damaged: {problems}", problems="; ".join(lines[:3])
        )
    return FileInfo(revision, schema.APPLICATION_ID, problems)


def semantic_lines(path: Path) -> list[str]:
    """Every problem of the rows, one per line, for ``check`` (empty when all is well)."""
    with reading(path) as conn:
        return integrity.semantic_problems(conn)
