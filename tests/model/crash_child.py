"""Child process of the crash test: edits a workshop in a loop until it is killed.

``python tests/model/crash_child.py FILE`` runs the loop. Edit ``k`` (counting
on from what the file holds) inserts a post-it with text ``edit k`` and sets
note 1's ``votes`` to ``k`` in one operation; the line ``k`` is printed and
flushed only after ``apply`` returned, so every printed line is an edit the
store acknowledged as committed.

``python tests/model/crash_child.py FILE --serve`` imports everything once and
then forks one such editor per ``go`` line on stdin: the editor prints
``pid N`` first, and once it has died the server prints ``dead``. Forking a
warm process keeps thirty kills within seconds instead of a minute of imports.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from sqlalchemy import func, select

from app.model.entities import Note
from app.model.ops import Batch, Insert, Update
from app.model.store import WorkshopStore


def edit_forever(path: Path) -> None:
    store = WorkshopStore.open(path, backup=False)
    with store.read() as db:
        edit = db.scalar(select(func.count()).select_from(Note))
    while True:
        text = f"edit {edit} " + "x" * (edit % 700)
        store.apply(
            Batch(
                (
                    Insert("note", ({"round_id": 1, "text": text, "x": float(edit)},)),
                    Update("note", {1: {"votes": edit}}),
                )
            )
        )
        sys.stdout.write(f"{edit}\n")
        sys.stdout.flush()
        edit += 1


def serve(path: Path) -> None:
    for command in sys.stdin:
        if command.strip() != "go":
            break
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            sys.stdout.write(f"pid {os.getpid()}\n")
            sys.stdout.flush()
            try:
                edit_forever(path)
            finally:
                os._exit(1)
        os.waitpid(pid, 0)
        sys.stdout.write("dead\n")
        sys.stdout.flush()


if __name__ == "__main__":
    if sys.argv[2:] == ["--serve"]:
        serve(Path(sys.argv[1]))
    else:
        edit_forever(Path(sys.argv[1]))
