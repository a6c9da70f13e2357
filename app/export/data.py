"""Report data: plain, immutable copies of what the report shows, read once from the store.

The story builders work on these only, so they are pure functions that
never touch the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from app.model.kinds import (
    Chance,
    InitiativeCategory,
    LogicKind,
    NoteKind,
    RoundKind,
    WorkloadOrigin,
)
from app.model.layout import Rect
from app.model.reads.votes import GroupDots
from app.model.trajectory.read import TrajectoryReport


@dataclass(frozen=True)
class GroupData:
    id: int
    name: str
    colour: str


@dataclass(frozen=True)
class NoteData:
    id: int
    subgroup_id: int | None
    cluster_id: int | None
    kind: NoteKind
    text: str
    rect: Rect
    votes: int
    colour: str
    tags: frozenset[str]
    chance: Chance | None = None
    origin: WorkloadOrigin | None = None  # werkdruk only: by hand, else from the batenlogica
    group_dots: tuple[GroupDots, ...] = ()  # phones' dots per stakeholder group


@dataclass(frozen=True)
class ClusterData:
    id: int
    title: str
    colour: str
    rect: Rect


@dataclass(frozen=True)
class SubgroupData:
    id: int
    name: str
    colour: str
    group_id: int | None
    theme_id: int | None
    rect: Rect


@dataclass(frozen=True)
class RoundData:
    id: int
    title: str
    question: str
    kind: RoundKind
    subgroups: tuple[SubgroupData, ...]
    clusters: tuple[ClusterData, ...]
    notes: tuple[NoteData, ...]

    def subgroup(self, subgroup_id: int | None) -> SubgroupData | None:
        return next((s for s in self.subgroups if s.id == subgroup_id), None)


@dataclass(frozen=True)
class SessionData:
    id: int
    title: str
    date: dt.date | None
    rounds: tuple[RoundData, ...]


@dataclass(frozen=True)
class ThemeData:
    id: int
    code: str
    name: str
    description: str
    colour: str

    @property
    def title(self) -> str:
        return f"{self.code}. {self.name}" if self.code else self.name


@dataclass(frozen=True)
class PrincipleData:
    id: int
    name: str
    description: str


@dataclass(frozen=True)
class ActionData:
    activity: str
    who: str


@dataclass(frozen=True)
class PrincipleUse:
    principle: str
    how: str


@dataclass(frozen=True)
class InitiativeData:
    id: int
    theme_id: int
    category: InitiativeCategory
    title: str
    description: str
    chosen: bool
    actions: tuple[ActionData, ...]
    principles: tuple[PrincipleUse, ...]


@dataclass(frozen=True)
class LogicNodeData:
    id: int
    kind: LogicKind
    label: str
    theme_id: int | None
    x: float
    y: float
    chance: Chance | None = None
    origin: WorkloadOrigin | None = None  # werkdruk only: the analysis's classification


@dataclass(frozen=True)
class PurposeRoute:
    """Which themes and solutions lead to one purpose in the batenlogica."""

    purpose: str
    themes: tuple[str, ...]
    solutions: tuple[str, ...]


@dataclass(frozen=True)
class LogicFindings:
    """What the batenlogica analysis found, as lines for the report."""

    not_contributing: tuple[str, ...] = ()
    not_addressed: tuple[str, ...] = ()
    workload_purpose: tuple[str, ...] = ()
    workload_systems: tuple[str, ...] = ()
    other: tuple[str, ...] = ()
    routes: tuple[PurposeRoute, ...] = ()

    def __bool__(self) -> bool:
        lists = (self.not_contributing, self.not_addressed, self.workload_purpose)
        return any((*lists, self.workload_systems, self.other, self.routes))


@dataclass(frozen=True)
class LogicData:
    nodes: tuple[LogicNodeData, ...]
    edges: tuple[tuple[int, int], ...]
    findings: LogicFindings = field(default_factory=LogicFindings)


@dataclass(frozen=True)
class ReportData:
    name: str
    organisation: str
    facilitator: str
    groups: tuple[GroupData, ...]
    sessions: tuple[SessionData, ...]
    themes: tuple[ThemeData, ...]
    principles: tuple[PrincipleData, ...]
    initiatives: tuple[InitiativeData, ...]
    logic: LogicData
    sections: tuple[str, ...] = ()  # the template's report sections; empty: the method's
    trajectory: TrajectoryReport = field(default_factory=lambda: TrajectoryReport(dt.date.today()))

    def is_empty(self) -> bool:
        """Nothing written yet: the report is a cover only, without how-to-fill hints."""
        notes = any(r.notes for _, r in self.rounds())
        return not (notes or self.themes or self.principles or self.logic.nodes)

    def rounds(self) -> Iterator[tuple[SessionData, RoundData]]:
        for session in self.sessions:
            for rnd in session.rounds:
                yield session, rnd

    def group(self, group_id: int | None) -> GroupData | None:
        return next((g for g in self.groups if g.id == group_id), None)

    def texts(self) -> Iterator[tuple[str, str]]:
        """Every piece of user text with where it is, for the font check."""
        yield "de naam van het traject", self.name
        yield "de naam van de school", self.organisation
        yield "de naam van de begeleider", self.facilitator
        for g in self.groups:
            yield f"geleding “{g.name}”", g.name
        for session in self.sessions:
            yield f"sessie “{session.title}”", session.title
            for rnd in session.rounds:
                where = f"{session.title} › {rnd.title}"
                yield where, rnd.title
                yield f"de vraag van {where}", rnd.question
                for s in rnd.subgroups:
                    yield f"subgroep in {where}", s.name
                for c in rnd.clusters:
                    yield f"cluster in {where}", c.title
                for n in rnd.notes:
                    yield f"post-it in {where}", n.text
        for t in self.themes:
            yield f"beleidsthema “{t.name}”", t.title + "\n" + t.description
        for p in self.principles:
            yield f"organisatieprincipe “{p.name}”", p.name + "\n" + p.description
        for i in self.initiatives:
            yield f"initiatief “{i.title}”", i.title + "\n" + i.description
            for a in i.actions:
                yield f"actie bij “{i.title}”", a.activity + "\n" + a.who
            for u in i.principles:
                yield f"principe bij “{i.title}”", u.how
        for node in self.logic.nodes:
            yield "element van de batenlogica", node.label
        yield from trajectory_texts(self.trajectory)


def trajectory_texts(trajectory: TrajectoryReport) -> Iterator[tuple[str, str]]:
    """The trajectory's user text with where it is, for the font check."""
    for m in trajectory.meetings:
        where = f"bijeenkomst “{m.session.title}”"
        for a in m.attendees:
            yield where, f"{a.name}\n{a.role}"
        for i in m.agenda:
            yield where, f"{i.title}\n{i.minutes}"
        for d in m.decisions:
            yield where, f"{d.text}\n{d.owner}"
        for v in m.validations:
            yield where, f"{v.subject}\n{v.changes}"
    for theme in trajectory.follow_up:
        for initiative in theme.initiatives:
            for action in initiative.actions:
                for note in action.notes:
                    yield f"voortgang bij “{action.activity}”", note.text
            for f in initiative.frameworks:
                yield f"kader bij “{initiative.title}”", f.description
    for moment in trajectory.moments:
        yield f"meting “{moment.label}”", f"{moment.yield_staff}\n{moment.yield_pupils}"
        for s in moment.scores:
            yield f"meting “{moment.label}”", s.comment
    for r in trajectory.rounds:
        yield f"verslag van “{r.title}”", f"{r.minutes}\n{r.format}"
