"""The follow-up of the initiatives as CSV, to plan in a spreadsheet and read back.

Columns ``id,theme,initiative,activity,owner,due_date,status,progress``; the
progress cell holds one dated note per line (``2026-05-12: text``). Reading
back updates the actions by id (owner, due date, status, progress notes) and
adds rows without an id to the initiative named; the whole file is checked
before anything is written, and the import is one step.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, select

from app.model.entities import TABLES
from app.model.errors import ImportFormatError
from app.model.interchange.csv_notes import _header, _records
from app.model.interchange.files import decode_utf8, read_bytes, write_csv
from app.model.ops.edits import Add, Edit, Remove
from app.model.ops.primitives import Batch, Op, Tx
from app.model.ops.trajectory import Append
from app.model.store import WorkshopStore
from app.model.trajectory_kinds import ActionStatus

COLUMNS = ("id", "theme", "initiative", "activity", "owner", "due_date", "status", "progress")
REQUIRED = ("activity", "owner", "due_date", "status")
ALIASES = {
    "who": "owner",
    "wie": "owner",
    "eigenaar": "owner",
    "due": "due_date",
    "wanneer": "due_date",
    "deadline": "due_date",
    "thema": "theme",
    "initiatief": "initiative",
    "activiteit": "activity",
    "voortgang": "progress",
}
STATUS_WORDS = {
    **{s.value: s for s in ActionStatus},
    "planned": ActionStatus.PLANNED,
    "running": ActionStatus.RUNNING,
    "in progress": ActionStatus.RUNNING,
    "done": ActionStatus.DONE,
    "stopped": ActionStatus.STOPPED,
}


@dataclass(frozen=True)
class ActionRecord:
    line: int
    id: int | None
    theme: str
    initiative: str
    activity: str
    owner: str
    due: dt.date | None
    status: ActionStatus
    progress: tuple[tuple[dt.date, str], ...]


def action_rows(conn: Connection) -> list[tuple[str, ...]]:
    """Every action of the workshop, theme by theme, as CSV cells."""
    t = TABLES
    notes: dict[int, list[str]] = {}
    query = select(t["progress_note"]).order_by(t["progress_note"].c.date, t["progress_note"].c.id)
    for n in conn.execute(query):
        notes.setdefault(n.action_id, []).append(f"{n.date.isoformat()}: {n.text}")
    a, i, th = t["action"], t["initiative"], t["theme"]
    query = (
        select(a, i.c.title.label("initiative"), th.c.code, th.c.name.label("theme"))
        .join(i, a.c.initiative_id == i.c.id)
        .join(th, i.c.theme_id == th.c.id)
        .order_by(th.c.position, th.c.id, i.c.position, i.c.id, a.c.position, a.c.id)
    )
    return [
        (
            str(r.id),
            f"{r.code} {r.theme}".strip(),
            r.initiative,
            r.activity,
            r.who,
            r.due.isoformat() if r.due else "",
            ActionStatus(r.status).value,
            "\n".join(notes.get(r.id, [])),
        )
        for r in conn.execute(query)
    ]


def export_actions_csv(store: WorkshopStore, path: Path | str) -> int:
    with store.read() as db:
        rows = action_rows(db.connection())
    write_csv(Path(path), COLUMNS, rows, store.source)
    return len(rows)


def _date(path: Path, line: int, word: str) -> dt.date | None:
    word = word.strip()
    if not word:
        return None
    try:
        return dt.date.fromisoformat(word)
    except ValueError:
        raise ImportFormatError(
            path, "{word!r} is not a date (write it as 2026-05-31)", line=line, word=word
        ) from None


def _record(path: Path, line: int, cells: dict[str, str]) -> ActionRecord:
    raw_id = cells.get("id", "").strip()
    if raw_id and not raw_id.isdigit():
        raise ImportFormatError(path, "{word!r} is not an action id", line=line, word=raw_id)
    word = cells.get("status", "").strip().lower() or ActionStatus.PLANNED.value
    if word not in STATUS_WORDS:
        allowed = ", ".join(s.value for s in ActionStatus)
        raise ImportFormatError(
            path,
            "unknown status {word!r} (expected one of: {allowed})",
            line=line,
            word=word,
            allowed=allowed,
        )
    progress = []
    for text in cells.get("progress", "").splitlines():
        if not text.strip():
            continue
        day, sep, note = text.partition(":")
        date = _date(path, line, day) if sep else None
        if date is None:
            raise ImportFormatError(
                path, "a progress note starts with its date (2026-05-31: text)", line=line
            )
        progress.append((date, note.strip()))
    return ActionRecord(
        line,
        int(raw_id) if raw_id else None,
        cells.get("theme", "").strip(),
        cells.get("initiative", "").strip(),
        cells.get("activity", "").strip(),
        cells.get("owner", "").strip(),
        _date(path, line, cells.get("due_date", "")),
        STATUS_WORDS[word],
        tuple(progress),
    )


def read_actions_csv(path: Path | str) -> list[ActionRecord]:
    """Read and check an actions CSV; any problem raises ImportFormatError with the line."""
    path = Path(path)
    rows = iter(_records(path, decode_utf8(path, read_bytes(path))))
    first = next(rows, None)
    if first is None:
        raise ImportFormatError(
            path, "the file is empty (expected a header: {expected})", expected=",".join(COLUMNS)
        )
    index = _header(path, first[1], REQUIRED, ALIASES, COLUMNS)
    records = []
    for line, row in rows:
        if not any(c.strip() for c in row):
            continue
        cells = {name: row[i] for name, i in index.items() if i < len(row)}
        records.append(_record(path, line, cells))
    return records


@dataclass(frozen=True)
class ImportActions(Op):
    """Owner, due date, status and progress of existing actions; new actions where named."""

    path: Path
    records: tuple[ActionRecord, ...]

    def apply(self, tx: Tx) -> Op:
        t = TABLES
        actions = {r.id for r in tx.conn.execute(select(t["action"].c.id))}
        initiatives = {
            (f"{r.code} {r.name}".strip().casefold(), r.title.casefold()): r.id
            for r in tx.conn.execute(
                select(
                    t["initiative"].c.id,
                    t["initiative"].c.title,
                    t["theme"].c.code,
                    t["theme"].c.name,
                ).join(t["theme"])
            )
        }
        undo: list[Op] = []
        for record in self.records:
            values = {"who": record.owner, "due": record.due, "status": record.status}
            if record.id is not None:
                if record.id not in actions:
                    raise ImportFormatError(
                        self.path,
                        "there is no action with id {id}",
                        line=record.line,
                        id=record.id,
                    )
                action_id = record.id
                undo.append(Edit("action", {action_id: values}).apply(tx))
                old = tx.conn.scalars(
                    select(t["progress_note"].c.id).where(
                        t["progress_note"].c.action_id == action_id
                    )
                ).all()
                if old:
                    undo.append(Remove("progress_note", tuple(old)).apply(tx))
            else:
                key = (record.theme.casefold(), record.initiative.casefold())
                if key not in initiatives:
                    raise ImportFormatError(
                        self.path,
                        "no initiative {initiative!r} in theme {theme!r}",
                        line=record.line,
                        initiative=record.initiative,
                        theme=record.theme,
                    )
                initiative_id = initiatives[key]
                row = (*values.items(), ("activity", record.activity))
                scope = (("initiative_id", initiative_id),)
                undo.append(Append("action", scope, row).apply(tx))
                action_id = tx.changes[-1].id
            notes = tuple(
                {"action_id": action_id, "date": day, "text": text} for day, text in record.progress
            )
            if notes:
                undo.append(Add("progress_note", notes).apply(tx))
        return Batch(tuple(reversed(undo)))


def import_actions_csv(store: WorkshopStore, path: Path | str) -> int:
    """Read back an actions CSV as one step; returns how many rows were applied."""
    path = Path(path)
    records = read_actions_csv(path)
    store.apply(ImportActions(path, tuple(records)))
    return len(records)
