"""Reads for the panels that shape a school's trajectory: principles, themes, shape, marks.

Every function returns frozen dataclasses, so the UI never queries the
database itself. ``workload_origins`` is the one place that decides a
werkdruk post-it's effective origin: a hand choice, else the batenlogica's
classification of the element made from it, else not classified.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from app.model.batenlogica.analysis import LogicAnalysis
from app.model.batenlogica.graph import load_graph
from app.model.entities import TABLES
from app.model.kinds import Chance, LogicKind, NoteKind, RoundKind, RoundState, WorkloadOrigin
from app.model.store import WorkshopStore

CHANCE_LABELS: dict[Chance, tuple[str, str]] = {
    Chance.ICT_WORKLOAD: ("ICT-kans voor werkdrukverlaging", "ICT chance for lowering workload"),
    Chance.ICT_PURPOSE: ("ICT-kans voor de bedoeling", "ICT chance for the purpose"),
    Chance.IMPROVEMENT: ("andere verbeterkans", "other improvement chance"),
}
ORIGIN_LABELS: dict[WorkloadOrigin | None, tuple[str, str]] = {
    WorkloadOrigin.PURPOSE: ("uit het werken aan de bedoeling", "from working on the purpose"),
    WorkloadOrigin.SYSTEMS: (
        "uit systemen en manier van werken",
        "from systems and ways of working",
    ),
    None: ("nog niet ingedeeld", "not classified yet"),
}


@dataclass(frozen=True)
class PrincipleRow:
    id: int
    name: str
    description: str


@dataclass(frozen=True)
class ThemeRow:
    id: int
    code: str
    name: str
    description: str
    colour: str


@dataclass(frozen=True)
class ThemeFate:
    """What a theme holds, so a merge or delete can say what happens to it."""

    subgroups: int
    elements: int
    initiatives: int


@dataclass(frozen=True)
class RoundShape:
    id: int
    title: str
    question: str
    kind: RoundKind
    closed: bool
    subgroups: int
    notes: int


@dataclass(frozen=True)
class SessionShape:
    id: int
    title: str
    date: dt.date | None
    rounds: tuple[RoundShape, ...]


@dataclass(frozen=True)
class WorkloadItem:
    """One werkdruk post-it and where it comes from."""

    note_id: int
    round_id: int
    text: str
    hand: WorkloadOrigin | None
    from_logic: WorkloadOrigin | None

    @property
    def origin(self) -> WorkloadOrigin | None:
        """The hand choice overrides the batenlogica; None means not classified."""
        return self.hand if self.hand is not None else self.from_logic


def principles(store: WorkshopStore) -> tuple[PrincipleRow, ...]:
    t = TABLES["principle"]
    with store.read() as db:
        rows = db.execute(select(t).order_by(t.c.position, t.c.id)).all()
    return tuple(PrincipleRow(r.id, r.name, r.description) for r in rows)


def themes(store: WorkshopStore) -> tuple[ThemeRow, ...]:
    t = TABLES["theme"]
    with store.read() as db:
        rows = db.execute(select(t).order_by(t.c.position, t.c.id)).all()
    return tuple(ThemeRow(r.id, r.code, r.name, r.description, r.colour) for r in rows)


def theme_fate(store: WorkshopStore, theme_ids: tuple[int, ...]) -> ThemeFate:
    counts = []
    with store.read() as db:
        for table in ("subgroup", "logic_node", "initiative"):
            t = TABLES[table]
            query = select(func.count()).where(t.c.theme_id.in_(theme_ids))
            counts.append(db.scalar(query) or 0)
    return ThemeFate(*counts)


WORDS = {
    False: (("subgroep", "subgroepen"), ("element", "elementen"), ("initiatief", "initiatieven")),
    True: (("subgroup", "subgroups"), ("element", "elements"), ("initiative", "initiatives")),
}


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def fate_text(fate: ThemeFate, into: str | None, lang: str = "nl") -> str:
    """What merging into ``into`` (or deleting, ``into`` None) does, in one plain sentence."""
    en = lang == "en"
    subs = _count(
        fate.subgroups, *(("subgroup", "subgroups") if en else ("subgroep", "subgroepen"))
    )
    elems = _count(fate.elements, *(("element", "elements") if en else ("element", "elementen")))
    inits = _count(
        fate.initiatives,
        *(("initiative", "initiatives") if en else ("initiatief", "initiatieven")),
    )
    if into is not None:
        if en:
            return f"{subs}, {elems} of the batenlogica and {inits} move to “{into}”."
        return f"{subs}, {elems} van de batenlogica en {inits} gaan over naar “{into}”."
    if en:
        return (
            f"{inits} (with their actions) will be deleted; {subs} keep their post-its and "
            f"{elems} of the batenlogica stay, without a theme."
        )
    return (
        f"{inits} (met hun acties) worden verwijderd; {subs} houden hun post-its en "
        f"{elems} van de batenlogica blijven staan, zonder thema."
    )


def trajectory_shape(store: WorkshopStore) -> tuple[SessionShape, ...]:
    s, r, sub, note = (TABLES[n] for n in ("session", "round", "subgroup", "note"))
    with store.read() as db:
        subs = dict(db.execute(select(sub.c.round_id, func.count()).group_by(sub.c.round_id)).all())
        notes = dict(
            db.execute(select(note.c.round_id, func.count()).group_by(note.c.round_id)).all()
        )
        rounds: dict[int, list[RoundShape]] = defaultdict(list)
        for row in db.execute(select(r).order_by(r.c.position, r.c.id)):
            rounds[row.session_id].append(
                RoundShape(
                    row.id,
                    row.title,
                    row.question,
                    RoundKind(row.kind),
                    row.state == RoundState.CLOSED,
                    subs.get(row.id, 0),
                    notes.get(row.id, 0),
                )
            )
        sessions = db.execute(select(s).order_by(s.c.position, s.c.id)).all()
    return tuple(SessionShape(x.id, x.title, x.date, tuple(rounds[x.id])) for x in sessions)


def logic_origins(db: DbSession) -> dict[int, WorkloadOrigin]:
    """The batenlogica's classification of each werkdruk post-it placed in it, by note id."""
    graph = load_graph(db)
    analysis = LogicAnalysis(graph)
    links = TABLES["logic_node_source"]
    sources: dict[int, list[int]] = defaultdict(list)
    for node_id, note_id in db.execute(select(links.c.node_id, links.c.note_id)):
        sources[node_id].append(note_id)
    out: dict[int, WorkloadOrigin] = {}
    for node in graph.nodes:
        if graph.nodes[node]["kind"] != LogicKind.WERKDRUK:
            continue
        origin = (
            WorkloadOrigin.PURPOSE if analysis.burdens_purpose(node) else WorkloadOrigin.SYSTEMS
        )
        for note_id in sources.get(node, ()):
            out.setdefault(note_id, origin)
    return out


def workload_items(db: DbSession) -> tuple[WorkloadItem, ...]:
    """Every werkdruk post-it felt in the trajectory, in session, round and board order.

    A theme round's werkdruk post-its answer "kansen om werkdruk te verlagen":
    chances, not felt workload, so they are not among these.
    """
    note, r, s = TABLES["note"], TABLES["round"], TABLES["session"]
    origins = logic_origins(db)
    rows = db.execute(
        select(note.c.id, note.c.round_id, note.c.text, note.c.workload_origin)
        .join(r, r.c.id == note.c.round_id)
        .join(s, s.c.id == r.c.session_id)
        .where(note.c.kind == NoteKind.WERKDRUK, r.c.kind != RoundKind.THEMES)
        .order_by(s.c.position, s.c.id, r.c.position, r.c.id, note.c.y, note.c.x, note.c.id)
    ).all()
    return tuple(
        WorkloadItem(
            i,
            round_id,
            text,
            None if hand is None else WorkloadOrigin(hand),
            origins.get(i),
        )
        for i, round_id, text, hand in rows
    )


def workload_overview(store: WorkshopStore) -> tuple[WorkloadItem, ...]:
    with store.read() as db:
        return workload_items(db)


@dataclass(frozen=True)
class NoteMarks:
    """A post-it's chance and, for werkdruk, where it comes from and who said so."""

    note_id: int
    chance: Chance | None
    workload: WorkloadItem | None


def note_marks(store: WorkshopStore, note_ids: list[int]) -> tuple[NoteMarks, ...]:
    note = TABLES["note"]
    with store.read() as db:
        rows = db.execute(select(note.c.id, note.c.chance).where(note.c.id.in_(note_ids))).all()
        workload = {w.note_id: w for w in workload_items(db)} if rows else {}
    return tuple(NoteMarks(i, None if c is None else Chance(c), workload.get(i)) for i, c in rows)
