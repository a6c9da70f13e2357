"""The SWS Balans demo workshop, built from ``resources/demo`` as the method runs it.

Two sessions: the purpose per stakeholder group and a mixed brown paper in
the first; one subgroup per beleidsthema and the worked-out initiatives in
the second. Between them, the batenlogica, themes and organisation
principles; around them, the supportgroep's three meetings and the
follow-up of the initiatives. Every report section has something to show.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session as DbSession

from app.model.batenlogica.graph import load_graph
from app.model.batenlogica.layout import compute_layout
from app.model.demo_trajectory import DemoTrajectory
from app.model.entities import TABLES
from app.model.errors import FileError
from app.model.interchange.csv_notes import ImportNotes, read_notes_csv
from app.model.kinds import (
    Chance,
    InitiativeCategory,
    LogicKind,
    NoteKind,
    RoundState,
    WorkloadOrigin,
    parse_logic_kind,
)
from app.model.ops.primitives import Batch, Delete, Insert, Op, Tx, Update
from app.model.ops.setup import MIXED_COLOURS
from app.model.queries import has_content
from app.model.store import WorkshopStore
from app.model.templates import DEFAULT_GROUPS, METHOD

DEMO_DATA = Path(__file__).resolve().parents[2] / "resources" / "demo"

WORKSHOP = {
    "name": "SWS Balans",
    "organisation": "Basisschool SWS Balans",
    "facilitator": "Marieke Jansen",
}
HEADCOUNTS = (4, 4, 6, 4, 2)
SESSION_DATES = (dt.date(2026, 2, 10), dt.date(2026, 3, 17))
THEME_COLOURS = ("#fcd5b5", "#c9e4c5", "#b5d8f7", "#e2c6f5", "#f9f1a5")
# Brown-paper clusters of session 1 that became beleidsthema's (theme code -> cluster title).
THEME_SOURCES = {"B": "Anders leren", "C": "Ouders erbij"}

# Who carries out each worked-out initiative, and how it applies the organisation principles.
WHO = {
    "Visie op maatwerk ontwikkelen": "Directie en IB",
    "HR-beleid: leraar in zijn kracht": "Directie",
    "PLG stimuleren": "Coördinatoren kenniskringen",
    "Iedereen aan de slag met nieuwe werkvormen": "Alle leraren",
    "Inloopochtenden organiseren": "Leraren met de oudervereniging",
    "Digitale studiewijzer voor ouders": "Ict-coördinator",
    "Schema van administratieve zaken": "IB en directie",
    "Marktonderzoek naar één integraal systeem": "Ict-coördinator met het bestuur",
    "Digitaal portfolio talentontwikkeling": "Werkgroep talentontwikkeling",
    "Kind bij rapportgesprekken, groep 1 t/m 8": "Leraren groep 1 t/m 8",
}
PRINCIPLE_LINKS: dict[str, tuple[tuple[int, str], ...]] = {
    "Visie op maatwerk ontwikkelen": (
        (1, "Studiedag en werkgroep: samen leren wat maatwerk is"),
        (4, "Eerst in kaart brengen wat groepen al doen"),
    ),
    "HR-beleid: leraar in zijn kracht": ((0, "Leraren kiezen zelf waar hun talent ligt"),),
    "PLG stimuleren": ((1, "Kenniskringen leren van en met elkaar"),),
    "Iedereen aan de slag met nieuwe werkvormen": (
        (3, "Iedereen probeert een werkvorm en evalueert"),
    ),
    "Inloopochtenden organiseren": ((2, "Ouders kijken maandelijks mee in de klas"),),
    "Digitale studiewijzer voor ouders": ((2, "Samen met ouders bepalen wat we delen"),),
    "Schema van administratieve zaken": ((4, "Eerst bekijken wat we invullen en waarom"),),
    "Marktonderzoek naar één integraal systeem": (
        (4, "Andere scholen en beurzen bezoeken"),
        (2, "Samen met de ict-afdeling van het bestuur"),
    ),
    "Digitaal portfolio talentontwikkeling": ((3, "Klein beginnen: format kiezen en uitproberen"),),
    "Kind bij rapportgesprekken, groep 1 t/m 8": (
        (0, "Het kind is eigenaar van zijn ontwikkeling"),
    ),
}
# Session 2's third question per theme, "Welke kansen om werkdruk te verlagen?", answered
# from the workload post-its of the brown paper.
WORKLOAD_CHANCES = {
    "A": ("Eén plan per groep in plaats van losse plannen",),
    "B": ("Vergaderen vervangen door kenniskringen",),
    "C": ("Vaste momenten voor oudercontact in plaats van mail",),
    "D": ("Eén keer invoeren, overal zien", "Stoppen met dubbele verantwoording"),
    "E": ("Eén overdrachtsformulier per groep",),
}
# The case's chances (question 8), marked as a facilitator would: three ICT chances for lowering
# werkdruk, four for the bedoeling. Other improvement chances are the themes' workload lists.
NOTE_CHANCES = {
    "Eén dashboard voor leraren": Chance.ICT_WORKLOAD,
    "Op één blad: hoe gaat het met het kind?": Chance.ICT_WORKLOAD,
    "Digitale studiewijzer voor ouders": Chance.ICT_PURPOSE,
    "Ouders laten meekijken in het leerlingvolgsysteem": Chance.ICT_PURPOSE,
    "Portfolio voor talentontwikkeling": Chance.ICT_PURPOSE,
    "Vloggende leraar: rekenles als vlog": Chance.ICT_PURPOSE,
}
ELEMENT_CHANCES = {"Marktonderzoek naar één integraal systeem": Chance.ICT_WORKLOAD}
# The brown paper's two werkdruk clusters, as the facilitator classifies the post-its by hand
# where the batenlogica holds no element made from them.
WORKLOAD_CLUSTERS = {
    "In het werken aan de bedoeling": WorkloadOrigin.PURPOSE,
    "In de organisatie en manier van werken": WorkloadOrigin.SYSTEMS,
}


def _csv_rows(name: str) -> Iterator[dict[str, str]]:
    with (DEMO_DATA / name).open(encoding="utf-8-sig", newline="") as f:
        yield from csv.DictReader(f)


def _insert(tx: Tx, undo: list[Op], table: str, rows: list[dict[str, Any]]) -> list[int]:
    """Insert rows with fresh ids and return the ids, in order."""
    inverse = Insert(table, tuple(rows)).apply(tx)
    undo.append(inverse)
    assert isinstance(inverse, Delete)
    return list(inverse.ids)


def _update(tx: Tx, undo: list[Op], table: str, values: dict[int, dict[str, Any]]) -> None:
    if values:
        undo.append(Update(table, values).apply(tx))


def _ids_by(conn: Connection, table: str, key: str) -> dict[Any, int]:
    t = TABLES[table]
    return {k: i for i, k in conn.execute(select(t.c.id, t.c[key]).order_by(t.c.id))}


@dataclass(frozen=True)
class _Setting(Op):
    """The workshop, its stakeholder groups, themes and organisation principles."""

    def apply(self, tx: Tx) -> Op:
        undo: list[Op] = []
        workshop = TABLES["workshop"]
        ids = tx.conn.scalars(select(workshop.c.id)).all()
        if ids:
            _update(tx, undo, "workshop", {i: dict(WORKSHOP) for i in ids})
        else:
            _insert(tx, undo, "workshop", [dict(WORKSHOP)])
        groups = [
            {"name": name, "colour": colour, "position": i, "headcount": HEADCOUNTS[i]}
            for i, (name, colour) in enumerate(DEFAULT_GROUPS)
        ]
        _insert(tx, undo, "stakeholder_group", groups)
        themes = [
            {**row, "colour": THEME_COLOURS[i], "position": i}
            for i, row in enumerate(_csv_rows("themes.csv"))
        ]
        _insert(tx, undo, "theme", themes)
        principles = [{**row, "position": i} for i, row in enumerate(_csv_rows("principles.csv"))]
        _insert(tx, undo, "principle", principles)
        return Batch(tuple(reversed(undo)))


@dataclass(frozen=True)
class _Outcome(Op):
    """After the notes are in: the method's rounds, the batenlogica and the initiatives."""

    def apply(self, tx: Tx) -> Op:
        undo: list[Op] = []
        rounds = self._rounds(tx, undo)
        self._subgroups(tx, undo, rounds)
        self._logic(tx, undo)
        self._initiatives(tx, undo, rounds[-1])
        self._marks(tx, undo)
        closed = {r: {"state": RoundState.CLOSED} for r in rounds[:2]}
        _update(tx, undo, "round", closed)
        return Batch(tuple(reversed(undo)))

    def _rounds(self, tx: Tx, undo: list[Op]) -> list[int]:
        """Dates, kinds and questions from the method; returns round ids in board order."""
        session, round_ = TABLES["session"], TABLES["round"]
        sessions = tx.conn.scalars(select(session.c.id).order_by(session.c.position)).all()
        _update(
            tx,
            undo,
            "session",
            {s: {"date": d} for s, d in zip(sessions, SESSION_DATES, strict=True)},
        )
        order: list[int] = []
        values: dict[int, dict[str, Any]] = {}
        for session_id, template in zip(sessions, METHOD, strict=True):
            query = select(round_.c.id).where(round_.c.session_id == session_id)
            ids = tx.conn.scalars(query.order_by(round_.c.position)).all()
            for round_id, rt in zip(ids, template.rounds, strict=True):
                values[round_id] = {"kind": rt.kind, "question": rt.question}
                order.append(round_id)
        _update(tx, undo, "round", values)
        return order

    def _subgroups(self, tx: Tx, undo: list[Op], rounds: list[int]) -> None:
        """Purpose subgroups are the stakeholder groups; session 2's are the themes."""
        sub, group, theme = TABLES["subgroup"], TABLES["stakeholder_group"], TABLES["theme"]
        groups = {r.name: r for r in tx.conn.execute(select(group))}
        themes = {r.code: r for r in tx.conn.execute(select(theme))}
        values: dict[int, dict[str, Any]] = {}
        query = select(sub).order_by(sub.c.round_id, sub.c.position)
        for row in tx.conn.execute(query):
            step = rounds.index(row.round_id)
            if step == 0:
                g = groups[row.name]
                values[row.id] = {"group_id": g.id, "colour": g.colour}
            elif step == 1:
                values[row.id] = {"colour": MIXED_COLOURS[row.position % len(MIXED_COLOURS)]}
            else:
                t = themes[row.name.split(" ", 1)[0]]
                values[row.id] = {"theme_id": t.id, "colour": t.colour}
        _update(tx, undo, "subgroup", values)
        clusters = _ids_by(tx.conn, "cluster", "title")
        _update(
            tx,
            undo,
            "theme",
            {themes[c].id: {"source_cluster_id": clusters[t]} for c, t in THEME_SOURCES.items()},
        )

    def _logic(self, tx: Tx, undo: list[Op]) -> None:
        """Nodes linked to the post-its and clusters they came from, laid out in kind columns."""
        themes = _ids_by(tx.conn, "theme", "name")
        clusters = _ids_by(tx.conn, "cluster", "title")
        notes = _ids_by(tx.conn, "note", "text")
        rows = [
            {
                "kind": parse_logic_kind(line["kind"]),
                "label": line["label"],
                "theme_id": themes[line["theme"]] if line["theme"] else None,
                "source_cluster_id": clusters.get(line["label"]),
            }
            for line in _csv_rows("logic_nodes.csv")
        ]
        ids = _insert(tx, undo, "logic_node", rows)
        by_label = {row["label"]: i for row, i in zip(rows, ids, strict=True)}
        sources = [
            {"node_id": by_label[row["label"]], "note_id": notes[row["label"]]}
            for row in rows
            if row["label"] in notes
        ]
        _insert(tx, undo, "logic_node_source", sources)
        edges = [
            {"cause_id": by_label[e["cause"]], "effect_id": by_label[e["effect"]]}
            for e in _csv_rows("logic_edges.csv")
        ]
        _insert(tx, undo, "logic_edge", edges)
        # Placed by the automatic layout, as "New layout" in the app would.
        with DbSession(tx.conn) as db:
            graph = load_graph(db)
        positions = compute_layout(graph).positions
        _update(tx, undo, "logic_node", {n: {"x": x, "y": y} for n, (x, y) in positions.items()})

    def _initiatives(self, tx: Tx, undo: list[Op], elaboration: int) -> None:
        """Each theme's three lists from round 2, and its chosen initiatives worked out later."""
        note, sub, cluster = TABLES["note"], TABLES["subgroup"], TABLES["cluster"]
        principles = tx.conn.scalars(
            select(TABLES["principle"].c.id).order_by(TABLES["principle"].c.position)
        ).all()
        lists: dict[int, list[dict[str, Any]]] = {}
        query = (
            select(sub.c.theme_id, sub.c.round_id, note.c.kind, note.c.text, cluster.c.title)
            .join(sub, note.c.subgroup_id == sub.c.id)
            .outerjoin(cluster, note.c.cluster_id == cluster.c.id)
            .where(sub.c.theme_id.is_not(None))
            .order_by(sub.c.theme_id, sub.c.round_id, note.c.y, note.c.x)
        )
        actions: dict[tuple[int, str], list[str]] = {}
        for theme_id, round_id, kind, text, title in tx.conn.execute(query):
            items = lists.setdefault(theme_id, [])
            if round_id == elaboration:
                actions.setdefault((theme_id, title), []).append(text)
                if not any(i["title"] == title for i in items):
                    items.append(self._initiative(theme_id, title, InitiativeCategory.INNOVATIVE))
            elif kind in (NoteKind.BESTAAND, NoteKind.IDEE):
                existing = kind is NoteKind.BESTAAND
                cat = InitiativeCategory.EXISTING if existing else InitiativeCategory.INNOVATIVE
                items.append(self._initiative(theme_id, text, cat))
        theme = TABLES["theme"]
        for code, theme_id in tx.conn.execute(select(theme.c.code, theme.c.id)):
            lists.setdefault(theme_id, []).extend(
                self._initiative(theme_id, title, InitiativeCategory.WORKLOAD)
                for title in WORKLOAD_CHANCES.get(code, ())
            )
        initiatives = [
            {**item, "position": i, "chosen": (theme_id, item["title"]) in actions}
            for theme_id, items in lists.items()
            for i, item in enumerate(items)
        ]
        ids = _insert(tx, undo, "initiative", initiatives)
        action_rows: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        for item, initiative_id in zip(initiatives, ids, strict=True):
            if not item["chosen"]:
                continue
            title = item["title"]
            for i, text in enumerate(actions[(item["theme_id"], title)]):
                who = WHO[title]
                action_rows.append(
                    {"initiative_id": initiative_id, "activity": text, "who": who, "position": i}
                )
            links.extend(
                {"initiative_id": initiative_id, "principle_id": principles[p], "how": how}
                for p, how in PRINCIPLE_LINKS[title]
            )
        _insert(tx, undo, "action", action_rows)
        _insert(tx, undo, "initiative_principle", links)

    @staticmethod
    def _initiative(theme_id: int, title: str, category: InitiativeCategory) -> dict[str, Any]:
        return {"theme_id": theme_id, "title": title, "category": category}

    def _marks(self, tx: Tx, undo: list[Op]) -> None:
        """The case's chances, and the werkdruk origins the batenlogica does not give."""
        note, node = TABLES["note"], TABLES["logic_node"]
        notes = _ids_by(tx.conn, "note", "text")
        nodes = _ids_by(tx.conn, "logic_node", "label")
        _update(tx, undo, "note", {notes[t]: {"chance": c} for t, c in NOTE_CHANCES.items()})
        elements = {nodes[t]: {"chance": c} for t, c in ELEMENT_CHANCES.items()}
        _update(tx, undo, "logic_node", elements)
        links = TABLES["logic_node_source"]
        placed = set(
            tx.conn.scalars(
                select(links.c.note_id)
                .join(node, node.c.id == links.c.node_id)
                .where(node.c.kind == LogicKind.WERKDRUK)
            )
        )
        cluster = TABLES["cluster"]
        rows = tx.conn.execute(
            select(note.c.id, cluster.c.title)
            .join(cluster, cluster.c.id == note.c.cluster_id)
            .where(note.c.kind == NoteKind.WERKDRUK)
        ).all()
        origins = {
            i: {"workload_origin": WORKLOAD_CLUSTERS[title]}
            for i, title in rows
            if i not in placed and title in WORKLOAD_CLUSTERS
        }
        _update(tx, undo, "note", origins)


def demo_op() -> Op:
    """The whole demo as one operation, for a new, empty workshop."""
    notes = ImportNotes(tuple(read_notes_csv(DEMO_DATA / "notes.csv")))
    return Batch((_Setting(), notes, _Outcome(), DemoTrajectory()))


def build_demo(store: WorkshopStore) -> None:
    """Fill a new, empty workshop with the SWS Balans demo, in one transaction."""
    with store.read() as db:
        filled = has_content(db.connection())
    if filled:
        raise FileError(store.path, "the demo can only be built in a new, empty workshop")
    store.apply(demo_op())
