"""Reading a workshop into report data, in one short read session."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from app.export.data import (
    ActionData,
    ClusterData,
    GroupData,
    InitiativeData,
    LogicData,
    LogicFindings,
    LogicNodeData,
    NoteData,
    PrincipleData,
    PrincipleUse,
    ReportData,
    RoundData,
    SessionData,
    SubgroupData,
    ThemeData,
)
from app.export.findings import find_logic_findings
from app.model.batenlogica.analysis import LogicAnalysis
from app.model.batenlogica.graph import load_graph
from app.model.entities import (
    Action,
    Cluster,
    Initiative,
    InitiativePrinciple,
    LogicEdge,
    LogicNode,
    Note,
    Principle,
    Round,
    Session,
    StakeholderGroup,
    Subgroup,
    Theme,
    Workshop,
)
from app.model.kinds import InitiativeCategory, LogicKind, NoteKind, RoundKind, WorkloadOrigin
from app.model.layout import Rect
from app.model.reads.votes import group_dots_in
from app.model.school import logic_origins
from app.model.store import WorkshopStore
from app.model.trajectory.read import read_trajectory

_TAG_SPLIT = re.compile(r"[\s,;]+")


def parse_tags(tags: str) -> frozenset[str]:
    """Tags as typed ("ICT, #planning") to lower-case words without the hash."""
    return frozenset(t.lstrip("#").lower() for t in _TAG_SPLIT.split(tags) if t.lstrip("#"))


def read_report_data(store: WorkshopStore) -> ReportData:
    with store.read() as db:
        return _read(db)


def _read(db: DbSession) -> ReportData:
    workshop = db.scalars(select(Workshop).order_by(Workshop.id)).first()
    groups = tuple(
        GroupData(g.id, g.name, g.colour)
        for g in db.scalars(
            select(StakeholderGroup).order_by(StakeholderGroup.position, StakeholderGroup.id)
        )
    )
    principles = tuple(
        PrincipleData(p.id, p.name, p.description)
        for p in db.scalars(select(Principle).order_by(Principle.position, Principle.id))
    )
    themes = tuple(
        ThemeData(t.id, t.code, t.name, t.description, t.colour)
        for t in db.scalars(select(Theme).order_by(Theme.position, Theme.id))
    )
    return ReportData(
        name=workshop.name if workshop else "",
        organisation=workshop.organisation if workshop else "",
        facilitator=workshop.facilitator if workshop else "",
        groups=groups,
        sessions=_sessions(db),
        themes=themes,
        principles=principles,
        initiatives=_initiatives(db, {p.id: p.name for p in principles}),
        logic=_logic(db),
        sections=tuple(s for s in (workshop.report_sections if workshop else "").split(",") if s),
        trajectory=read_trajectory(db.connection(), dt.date.today()),
    )


def _sessions(db: DbSession) -> tuple[SessionData, ...]:
    subgroups: dict[int, list[SubgroupData]] = defaultdict(list)
    for s in db.scalars(select(Subgroup).order_by(Subgroup.position, Subgroup.id)):
        subgroups[s.round_id].append(
            SubgroupData(s.id, s.name, s.colour, s.group_id, s.theme_id, Rect(s.x, s.y, s.w, s.h))
        )
    clusters: dict[int, list[ClusterData]] = defaultdict(list)
    for c in db.scalars(select(Cluster).order_by(Cluster.y, Cluster.x, Cluster.id)):
        clusters[c.round_id].append(ClusterData(c.id, c.title, c.colour, Rect(c.x, c.y, c.w, c.h)))
    notes: dict[int, list[NoteData]] = defaultdict(list)
    origins = logic_origins(db)
    group_dots = group_dots_in(db)
    for n in db.scalars(select(Note).order_by(Note.y, Note.x, Note.id)):
        notes[n.round_id].append(
            NoteData(
                n.id,
                n.subgroup_id,
                n.cluster_id,
                NoteKind(n.kind),
                n.text,
                Rect(n.x, n.y, n.w, n.h),
                n.votes,
                n.colour,
                parse_tags(n.tags),
                n.chance,
                _origin(n, origins),
                group_dots.get(n.id, ()),
            )
        )
    rounds: dict[int, list[RoundData]] = defaultdict(list)
    for r in db.scalars(select(Round).order_by(Round.position, Round.id)):
        rounds[r.session_id].append(
            RoundData(
                r.id,
                r.title,
                r.question,
                RoundKind(r.kind),
                tuple(subgroups[r.id]),
                tuple(clusters[r.id]),
                tuple(notes[r.id]),
            )
        )
    return tuple(
        SessionData(s.id, s.title, s.date, tuple(rounds[s.id]))
        for s in db.scalars(select(Session).order_by(Session.position, Session.id))
    )


def _origin(note: Note, from_logic: dict[int, WorkloadOrigin]) -> WorkloadOrigin | None:
    """A werkdruk post-it's origin: the hand choice overrides the batenlogica."""
    if note.kind != NoteKind.WERKDRUK:
        return None
    return note.workload_origin or from_logic.get(note.id)


def _initiatives(db: DbSession, principle_names: dict[int, str]) -> tuple[InitiativeData, ...]:
    actions: dict[int, list[ActionData]] = defaultdict(list)
    for a in db.scalars(select(Action).order_by(Action.position, Action.id)):
        actions[a.initiative_id].append(ActionData(a.activity, a.who))
    uses: dict[int, list[PrincipleUse]] = defaultdict(list)
    order = {pid: i for i, pid in enumerate(principle_names)}
    rows = sorted(
        db.scalars(select(InitiativePrinciple)),
        key=lambda u: (order.get(u.principle_id, len(order)), u.id),
    )
    for u in rows:
        uses[u.initiative_id].append(PrincipleUse(principle_names.get(u.principle_id, ""), u.how))
    return tuple(
        InitiativeData(
            i.id,
            i.theme_id,
            InitiativeCategory(i.category),
            i.title,
            i.description,
            bool(i.chosen),
            tuple(actions[i.id]),
            tuple(uses[i.id]),
        )
        for i in db.scalars(select(Initiative).order_by(Initiative.position, Initiative.id))
    )


def _logic(db: DbSession) -> LogicData:
    rows = db.scalars(select(LogicNode).order_by(LogicNode.id)).all()
    analysis = LogicAnalysis(load_graph(db)) if rows else None
    nodes = tuple(
        LogicNodeData(
            n.id,
            LogicKind(n.kind),
            n.label,
            n.theme_id,
            n.x,
            n.y,
            n.chance,
            _node_origin(analysis, n) if analysis else None,
        )
        for n in rows
    )
    edges = tuple(
        (cause, effect)
        for cause, effect in db.execute(
            select(LogicEdge.cause_id, LogicEdge.effect_id).order_by(LogicEdge.id)
        )
    )
    return LogicData(nodes, edges, find_logic_findings(db) if nodes else LogicFindings())


def _node_origin(analysis: LogicAnalysis, node: LogicNode) -> WorkloadOrigin | None:
    if node.kind != LogicKind.WERKDRUK:
        return None
    purpose = analysis.burdens_purpose(node.id)
    return WorkloadOrigin.PURPOSE if purpose else WorkloadOrigin.SYSTEMS
