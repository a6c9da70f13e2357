"""Killing Bruinpapier at any moment loses no acknowledged edit and never damages the file."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.model.ops import Insert
from app.model.store import WorkshopStore, inspect_file

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("crash_child.py")
KILLS = 30


@pytest.fixture
def workshop(tmp_path: Path) -> Path:
    """A workshop with one round and note 1, whose votes count the edits."""
    path = tmp_path / "crash.bruinpapier"
    with WorkshopStore.create(path) as store:
        store.apply(Insert("session", ({"id": 1, "title": "S"},)))
        store.apply(Insert("round", ({"id": 1, "session_id": 1, "title": "R"},)))
        store.apply(Insert("note", ({"id": 1, "round_id": 1, "text": "teller"},)))
    return path


@pytest.fixture
def server(workshop: Path) -> Iterator[subprocess.Popen[str]]:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(workshop), "--serve"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    yield child
    assert child.stdin is not None
    child.stdin.close()
    child.wait(timeout=30)


def run_and_kill(server: subprocess.Popen[str], delay: float) -> list[int]:
    """Fork an editor, SIGKILL it ``delay`` seconds into editing; the edits it acknowledged."""
    assert server.stdin is not None and server.stdout is not None
    server.stdin.write("go\n")
    server.stdin.flush()
    word, pid = server.stdout.readline().split()
    assert word == "pid"
    acknowledged = [int(server.stdout.readline())]
    time.sleep(delay)
    os.kill(int(pid), signal.SIGKILL)
    for line in server.stdout:
        if line == "dead\n":
            return acknowledged
        acknowledged.append(int(line))
    raise AssertionError("the crash server stopped")


def stored(path: Path) -> tuple[set[int], int, str]:
    """The edits found in the file, note 1's votes, and the integrity check's verdict."""
    conn = sqlite3.connect(path)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        texts = conn.execute("SELECT text FROM note WHERE id > 1").fetchall()
        votes = conn.execute("SELECT votes FROM note WHERE id = 1").fetchone()[0]
    finally:
        conn.close()
    return {int(t.split()[1]) for (t,) in texts}, votes, verdict


@pytest.mark.slow
def test_sigkill_at_random_moments_keeps_every_acknowledged_edit(
    workshop: Path, server: subprocess.Popen[str]
) -> None:
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    acknowledged: list[int] = []
    for kill in range(KILLS):
        acknowledged += run_and_kill(server, rng.uniform(0.0, 0.2))
        context = f"seed {seed}, kill {kill}"
        # First through the store, while the dead editor's -wal and -shm are still there.
        assert Path(f"{workshop}-wal").exists(), context
        WorkshopStore.open(workshop, backup=False).close()
        edits, votes, verdict = stored(workshop)
        assert verdict == "ok", context
        assert set(acknowledged) <= edits, context
        # Edits are whole: each one's post-it and counter arrive together, and none is skipped.
        assert edits == set(range(1, len(edits) + 1)), context
        assert votes == len(edits), context
    assert inspect_file(workshop, full=True).problems == ["ok"]
    with WorkshopStore.open(workshop, backup=False) as store, store.engine.connect() as conn:
        count = conn.exec_driver_sql("SELECT count(*) FROM note").scalar()
    assert count == len(edits) + 1 >= len(acknowledged) + 1


def test_the_child_runs_standalone_until_killed(workshop: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(workshop)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    assert child.stdout is not None
    assert [child.stdout.readline() for _ in range(3)] == ["1\n", "2\n", "3\n"]
    child.kill()
    child.communicate()
    edits, votes, verdict = stored(workshop)
    assert verdict == "ok" and {1, 2, 3} <= edits and votes == len(edits)
