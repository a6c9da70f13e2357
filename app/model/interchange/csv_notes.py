"""Post-its to and from CSV: ``session,round,subgroup,kind,cluster,text,votes[,chance]``.

Import reads and checks the whole file before anything is written, then makes
one operation (one transaction, one undo step) that finds or creates sessions,
rounds, subgroups and clusters by name and lays the new notes out tidily.
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, func, select

from app.model.entities import TABLES
from app.model.errors import ImportFormatError, InvalidValue
from app.model.interchange.cells import (
    check_bounds,
    refuse_bad_header,
    refuse_nul,
    restore,
)
from app.model.interchange.files import decode_utf8, read_bytes
from app.model.interchange.placement import Board, Group
from app.model.kinds import Chance, NoteKind, parse_chance, parse_note_kind
from app.model.layout import Rect
from app.model.ops.edits import ensure_rounds_open
from app.model.ops.primitives import Batch, Insert, Op, Tx, Update
from app.model.store import WorkshopStore

COLUMNS = ("session", "round", "subgroup", "kind", "cluster", "text", "votes")
REQUIRED = ("session", "round", "kind", "text")
OPTIONAL_COLUMNS = ("subgroup", "cluster", "votes", "chance")
MAX_VOTES = 1_000_000
HEADER_ALIASES = {
    "sessie": "session",
    "ronde": "round",
    "subgroep": "subgroup",
    "soort": "kind",
    "tekst": "text",
    "stemmen": "votes",
    "kans": "chance",
}

SESSION, ROUND, SUBGROUP = TABLES["session"], TABLES["round"], TABLES["subgroup"]
CLUSTER, NOTE = TABLES["cluster"], TABLES["note"]


@dataclass(frozen=True, slots=True)
class NoteRecord:
    """One checked row of a notes CSV; ``line`` is where its record starts in the file."""

    line: int
    session: str
    round: str
    subgroup: str
    kind: NoteKind
    cluster: str
    text: str
    votes: int
    chance: Chance | None = None


@dataclass(frozen=True)
class ImportResult:
    notes: int
    sessions: int  # created
    rounds: int
    subgroups: int
    clusters: int
    round_ids: tuple[int, ...]  # every round that received notes
    inverse: Op = field(repr=False)  # undoes the whole import


# -- reading ---------------------------------------------------------------


def _separator(text: str) -> str:
    """``;`` when the header line has more semicolons than commas (a Dutch spreadsheet)."""
    header = text.split("\n", 1)[0]
    return ";" if header.count(";") > header.count(",") else ","


def _records(path: Path, text: str) -> Iterator[tuple[int, list[str]]]:
    """Rows with the physical line their record starts on (quoted newlines counted)."""
    # strict: an unclosed quote is an error, not a field that swallows the rest of the file
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_separator(text), strict=True)
    start = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise ImportFormatError(
                path, "the CSV is malformed ({reason}; check the quotes)", line=start, reason=exc
            ) from None
        yield start, row
        start = reader.line_num + 1


def _header(
    path: Path,
    row: list[str],
    required: tuple[str, ...] = REQUIRED,
    aliases: dict[str, str] = HEADER_ALIASES,
    expected: tuple[str, ...] = COLUMNS,
) -> dict[str, int]:
    """Column name -> index (first one wins); names may be aliases, any case."""
    names = [aliases.get(n.strip().lower(), n.strip().lower()) for n in row]
    refuse_bad_header(path, names)
    index = {name: i for i, name in reversed(list(enumerate(names))) if name}
    missing = [c for c in required if c not in index]
    if missing:
        raise ImportFormatError(
            path,
            "the header lacks the column(s) {missing} (expected: {expected})",
            line=1,
            missing=", ".join(missing),
            expected=",".join(expected),
        )
    return index


def _votes(word: str) -> int:
    word = word.strip()
    if not word:
        return 0
    try:
        votes = int(word)
    except ValueError:
        raise InvalidValue("votes must be a whole number, not {word!r}", word=word) from None
    if votes < 0:
        raise InvalidValue("votes cannot be negative ({votes})", votes=votes)
    if votes > MAX_VOTES:
        raise InvalidValue("votes must be at most {most} ({votes})", most=MAX_VOTES, votes=votes)
    return votes


def _record(line: int, row: list[str], index: dict[str, int], width: int) -> NoteRecord:
    """One checked record; raises InvalidValue with the problem."""
    if len(row) < width:
        missing = [name for name, i in index.items() if i >= len(row)]
        raise InvalidValue(
            "{fields} fields where the header has {width}; missing: {missing}",
            fields=len(row),
            width=width,
            missing=", ".join(missing),
        )
    if any(field.strip() for field in row[width:]):
        raise InvalidValue(
            "{fields} fields where the header has {width}", fields=len(row), width=width
        )
    values = {name: restore(row[i].strip()) for name, i in index.items()}
    for name in REQUIRED:
        if not values[name]:
            raise InvalidValue("the {column} is empty", column=name)
    check_bounds(values)
    return NoteRecord(
        line=line,
        session=values["session"],
        round=values["round"],
        subgroup=values.get("subgroup", ""),
        kind=parse_note_kind(values["kind"]),
        cluster=values.get("cluster", ""),
        text=values["text"],
        votes=_votes(values.get("votes", "")),
        chance=parse_chance(values.get("chance", "")),
    )


def read_notes_csv(path: Path | str) -> list[NoteRecord]:
    """Read and check every row; the first bad one raises ``ImportFormatError``."""
    path = Path(path)
    text = decode_utf8(path, read_bytes(path))
    refuse_nul(path, text)
    rows = _records(path, text)
    first = next(rows, None)
    if first is None:
        raise ImportFormatError(
            path,
            "the file is empty (expected a header: {expected})",
            line=1,
            expected=",".join(COLUMNS),
        )
    index = _header(path, first[1])
    width = len(first[1])
    records: list[NoteRecord] = []
    for line, row in rows:
        if not any(field.strip() for field in row):
            continue
        try:
            records.append(_record(line, row, index, width))
        except InvalidValue as exc:
            raise ImportFormatError(path, exc.template, line=line, **exc.params) from None
    return records


# -- applying --------------------------------------------------------------


def _next_id(conn: Connection, table: Table) -> int:
    return (conn.scalar(select(func.max(table.c.id))) or 0) + 1


def _load_board(
    conn: Connection, round_id: int, owners: dict[int, int | None], new_clusters: set[int]
) -> Board:
    """The round's areas, frames and notes as they stand, with who owns which."""
    board = Board(new_clusters=new_clusters)
    for r in conn.execute(select(SUBGROUP).where(SUBGROUP.c.round_id == round_id)):
        board.rects[("subgroup", r.id)] = Rect(r.x, r.y, r.w, r.h)
    for r in conn.execute(select(CLUSTER).where(CLUSTER.c.round_id == round_id)):
        board.rects[("cluster", r.id)] = Rect(r.x, r.y, r.w, r.h)
        board.owner[("cluster", r.id)] = owners.get(r.id)
    query = select(NOTE).where(NOTE.c.round_id == round_id).order_by(NOTE.c.y, NOTE.c.x, NOTE.c.id)
    for r in conn.execute(query):
        board.rects[("note", r.id)] = Rect(r.x, r.y, r.w, r.h)
        board.owner[("note", r.id)] = r.subgroup_id
        if r.cluster_id is not None:
            board.members.setdefault(r.cluster_id, []).append(r.id)
    return board


def _cluster_subgroups(conn: Connection) -> dict[int, int | None]:
    """Each cluster's subgroup: the one most of its notes are in."""
    votes: dict[int, Counter[int | None]] = defaultdict(Counter)
    query = select(NOTE.c.cluster_id, NOTE.c.subgroup_id).where(NOTE.c.cluster_id.is_not(None))
    for cluster_id, subgroup_id in conn.execute(query):
        votes[cluster_id][subgroup_id] += 1
    return {c: counter.most_common(1)[0][0] for c, counter in votes.items()}


class _Names:
    """Finds sessions, rounds, subgroups and clusters by name, creating rows for new ones."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.sessions: dict[str, int] = {}
        self.rounds: dict[tuple[int, str], int] = {}
        self.subgroups: dict[tuple[int, str], int] = {}
        self.clusters: dict[tuple[int, int | None, str], int] = {}
        self.new_rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.next_ids = {t.name: _next_id(conn, t) for t in (SESSION, ROUND, SUBGROUP, CLUSTER)}
        self.next_pos: dict[tuple[str, int], int] = {}
        order = (SESSION.c.position, SESSION.c.id)
        for r in conn.execute(select(SESSION.c.id, SESSION.c.title).order_by(*order)):
            self.sessions.setdefault(r.title, r.id)
        for r in conn.execute(select(ROUND.c.id, ROUND.c.session_id, ROUND.c.title)):
            self.rounds.setdefault((r.session_id, r.title), r.id)
        for r in conn.execute(select(SUBGROUP.c.id, SUBGROUP.c.round_id, SUBGROUP.c.name)):
            self.subgroups.setdefault((r.round_id, r.name), r.id)
        self.cluster_owners = _cluster_subgroups(conn)
        for r in conn.execute(select(CLUSTER.c.id, CLUSTER.c.round_id, CLUSTER.c.title)):
            self.clusters.setdefault((r.round_id, self.cluster_owners.get(r.id), r.title), r.id)

    def is_new(self, table: str, row_id: int) -> bool:
        return any(r["id"] == row_id for r in self.new_rows[table])

    def _position(self, table: Table, parent: str | None, parent_id: int) -> int:
        key = (table.name, parent_id)
        if key not in self.next_pos:
            query = select(func.max(table.c.position))
            if parent is not None:
                query = query.where(table.c[parent] == parent_id)
            current = self.conn.scalar(query)
            self.next_pos[key] = 0 if current is None else current + 1
        self.next_pos[key] += 1
        return self.next_pos[key] - 1

    def _create(self, table: Table, row: dict[str, Any]) -> int:
        row_id = self.next_ids[table.name]
        self.next_ids[table.name] += 1
        self.new_rows[table.name].append({"id": row_id, **row})
        return row_id

    def session(self, title: str) -> int:
        if title not in self.sessions:
            position = self._position(SESSION, None, 0)
            self.sessions[title] = self._create(SESSION, {"title": title, "position": position})
        return self.sessions[title]

    def round(self, session_id: int, title: str) -> int:
        key = (session_id, title)
        if key not in self.rounds:
            position = self._position(ROUND, "session_id", session_id)
            row = {"session_id": session_id, "title": title, "position": position}
            self.rounds[key] = self._create(ROUND, row)
        return self.rounds[key]

    def subgroup(self, round_id: int, name: str) -> int | None:
        if not name:
            return None
        key = (round_id, name)
        if key not in self.subgroups:
            position = self._position(SUBGROUP, "round_id", round_id)
            row = {"round_id": round_id, "name": name, "position": position}
            self.subgroups[key] = self._create(SUBGROUP, row)
        return self.subgroups[key]

    def cluster(self, round_id: int, subgroup_id: int | None, title: str) -> int | None:
        if not title:
            return None
        key = (round_id, subgroup_id, title)
        if key not in self.clusters:
            self.clusters[key] = self._create(CLUSTER, {"round_id": round_id, "title": title})
        return self.clusters[key]


@dataclass(eq=False)
class ImportNotes(Op):
    """Add checked CSV records to the workshop as one step.

    Names are resolved inside the transaction, so the operation is correct
    whatever the workshop held when it was read.
    """

    records: tuple[NoteRecord, ...]
    result: ImportResult | None = field(default=None, init=False)

    def apply(self, tx: Tx) -> Op:
        names = _Names(tx.conn)
        notes: list[dict[str, Any]] = []
        # round id -> subgroup id -> cluster id -> note indexes, all in order of appearance
        plan: dict[int, dict[int | None, Group]] = {}
        for record in self.records:
            round_id = names.round(names.session(record.session), record.round)
            subgroup_id = names.subgroup(round_id, record.subgroup)
            cluster_id = names.cluster(round_id, subgroup_id, record.cluster)
            group = plan.setdefault(round_id, {}).setdefault(subgroup_id, {})
            group.setdefault(cluster_id, []).append(len(notes))
            notes.append(
                {
                    "round_id": round_id,
                    "subgroup_id": subgroup_id,
                    "cluster_id": cluster_id,
                    "kind": record.kind,
                    "text": record.text,
                    "votes": record.votes,
                    "chance": record.chance,
                }
            )
        ensure_rounds_open(tx, [r for r in plan if not names.is_new("round", r)])
        clusters = {r["id"]: r for r in names.new_rows["cluster"]}
        subgroups = {r["id"]: r for r in names.new_rows["subgroup"]}
        # Existing rows that make room: grown subgroup areas, moved clusters and their notes.
        updates: dict[str, dict[int, dict[str, float]]] = {
            t: {} for t in ("subgroup", "cluster", "note")
        }
        for round_id, by_subgroup in plan.items():
            if names.is_new("round", round_id):
                board = Board(new_clusters=set(clusters))
            else:
                board = _load_board(tx.conn, round_id, names.cluster_owners, set(clusters))
            for subgroup_id, area in board.fill(by_subgroup).items():
                subgroups[subgroup_id].update(x=area.x, y=area.y, w=area.w, h=area.h)
            _write_back(board, notes, clusters, updates)
        ops: list[Op] = [
            Insert(table, tuple(names.new_rows[table]))
            for table in ("session", "round", "subgroup", "cluster")
        ]
        ops.append(Insert("note", tuple(notes)))
        ops.extend(Update(table, values) for table, values in updates.items() if values)
        inverse = Batch(tuple(reversed([op.apply(tx) for op in ops])))
        self.result = ImportResult(
            notes=len(notes),
            sessions=len(names.new_rows["session"]),
            rounds=len(names.new_rows["round"]),
            subgroups=len(subgroups),
            clusters=len(clusters),
            round_ids=tuple(plan),
            inverse=inverse,
        )
        return inverse


def _write_back(
    board: Board,
    notes: list[dict[str, Any]],
    clusters: dict[int, dict[str, Any]],
    updates: dict[str, dict[int, dict[str, float]]],
) -> None:
    """Copy the places the board found into the new rows and the updates of existing ones."""
    for table, row_id in board.changed:
        r = board.rects[(table, row_id)]
        if table == "new":
            notes[row_id].update(x=r.x, y=r.y)
        elif table == "note":
            updates["note"][row_id] = {"x": r.x, "y": r.y}
        elif table == "cluster" and row_id in clusters:
            clusters[row_id].update(x=r.x, y=r.y, w=r.w, h=r.h)
        else:
            updates[table][row_id] = {"x": r.x, "y": r.y, "w": r.w, "h": r.h}


def apply_notes(store: WorkshopStore, records: list[NoteRecord]) -> ImportResult:
    """Add checked records to the workshop as one transaction."""
    op = ImportNotes(tuple(records))
    store.apply(op)
    if op.result is None:  # pragma: no cover - apply either fills it or raises
        raise RuntimeError("the import operation reported no result")
    return op.result


def import_notes_csv(store: WorkshopStore, path: Path | str) -> ImportResult:
    """Import a notes CSV as one undoable step; a bad row raises before anything is written."""
    return apply_notes(store, read_notes_csv(path))
