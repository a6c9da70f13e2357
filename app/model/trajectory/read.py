"""Reading the trajectory into frozen dataclasses, for the window, the report and the CLI."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Connection, select

from app.model.entities import TABLES
from app.model.trajectory_kinds import (
    ACTIVE_STATUSES,
    ActionStatus,
    Framework,
    MomentKind,
    SessionKind,
)

T = TypeVar("T")


@dataclass(frozen=True)
class SessionInfo:
    id: int
    title: str
    kind: SessionKind
    date: dt.date | None
    rounds: int


@dataclass(frozen=True)
class AttendeeData:
    id: int
    name: str
    role: str
    group: str
    present: bool


@dataclass(frozen=True)
class AgendaData:
    id: int
    title: str
    minutes: str


@dataclass(frozen=True)
class DecisionData:
    id: int
    session_id: int
    text: str
    owner: str
    due: dt.date | None
    done: bool


@dataclass(frozen=True)
class ValidationData:
    id: int
    subject: str
    recognised: bool
    changes: str


@dataclass(frozen=True)
class MeetingData:
    """A meeting with what it holds, and the open decisions of the meeting before it."""

    session: SessionInfo
    number: int  # 1-based among the meetings of its kind
    attendees: tuple[AttendeeData, ...]
    agenda: tuple[AgendaData, ...]
    decisions: tuple[DecisionData, ...]
    validations: tuple[ValidationData, ...]
    previous: SessionInfo | None
    previous_open: tuple[DecisionData, ...]


@dataclass(frozen=True)
class ProgressData:
    id: int
    date: dt.date
    text: str


@dataclass(frozen=True)
class ActionFollowUp:
    id: int
    activity: str
    who: str
    due: dt.date | None
    status: ActionStatus
    notes: tuple[ProgressData, ...]
    overdue: bool


@dataclass(frozen=True)
class FrameworkData:
    id: int
    framework: Framework
    description: str


@dataclass(frozen=True)
class InitiativeFollowUp:
    id: int
    title: str
    actions: tuple[ActionFollowUp, ...]
    frameworks: tuple[FrameworkData, ...]

    @property
    def overdue(self) -> int:
        return sum(a.overdue for a in self.actions)


@dataclass(frozen=True)
class ThemeFollowUp:
    id: int
    code: str
    name: str
    initiatives: tuple[InitiativeFollowUp, ...]

    @property
    def title(self) -> str:
        return f"{self.code} {self.name}".strip()


@dataclass(frozen=True)
class ScoreData:
    id: int
    target: str  # the theme's or bedoeling's name
    theme_id: int | None
    node_id: int | None
    group: str  # empty: everyone
    value: int
    comment: str


@dataclass(frozen=True)
class MomentData:
    id: int
    kind: MomentKind
    title: str
    date: dt.date | None
    yield_staff: str
    yield_pupils: str
    scores: tuple[ScoreData, ...]

    @property
    def label(self) -> str:
        return self.title or self.kind.value


@dataclass(frozen=True)
class Change:
    """One target's scores across the moments, for "what changed"."""

    target: str
    group: str
    values: tuple[int | None, ...]  # one per moment, in order

    @property
    def delta(self) -> int | None:
        known = [v for v in self.values if v is not None]
        return known[-1] - known[0] if len(known) >= 2 else None


def _rows(conn: Connection, table: str, *order: str) -> list:
    t = TABLES[table]
    return list(conn.execute(select(t).order_by(*(t.c[c] for c in order), t.c.id)))


def sessions(conn: Connection) -> tuple[SessionInfo, ...]:
    """Every session in order, with its kind and number of rounds."""
    counts: dict[int, int] = defaultdict(int)
    for r in _rows(conn, "round", "position"):
        counts[r.session_id] += 1
    return tuple(
        SessionInfo(s.id, s.title, SessionKind(s.kind), s.date, counts[s.id])
        for s in _rows(conn, "session", "position")
    )


def _decisions(conn: Connection) -> dict[int, list[DecisionData]]:
    found: dict[int, list[DecisionData]] = defaultdict(list)
    for d in _rows(conn, "decision", "position"):
        found[d.session_id].append(
            DecisionData(d.id, d.session_id, d.text, d.owner, d.due, bool(d.done))
        )
    return found


def meetings(conn: Connection) -> tuple[MeetingData, ...]:
    """Every meeting (not a board session, not analysis) with agenda, decisions, validations."""
    groups = {g.id: g.name for g in _rows(conn, "stakeholder_group", "position")}
    attendees: dict[int, list[AttendeeData]] = defaultdict(list)
    for a in _rows(conn, "attendee", "position"):
        attendees[a.session_id].append(
            AttendeeData(a.id, a.name, a.role, groups.get(a.group_id, ""), bool(a.present))
        )
    agenda: dict[int, list[AgendaData]] = defaultdict(list)
    for i in _rows(conn, "agenda_item", "position"):
        agenda[i.session_id].append(AgendaData(i.id, i.title, i.minutes))
    checks: dict[int, list[ValidationData]] = defaultdict(list)
    for v in _rows(conn, "validation", "position"):
        checks[v.session_id].append(ValidationData(v.id, v.subject, bool(v.recognised), v.changes))
    decisions = _decisions(conn)
    found: list[MeetingData] = []
    numbers: dict[SessionKind, int] = defaultdict(int)
    before: dict[SessionKind, SessionInfo] = {}
    for s in sessions(conn):
        if s.kind in (SessionKind.WORKSHOP, SessionKind.ANALYSIS):
            continue
        numbers[s.kind] += 1
        previous = before.get(s.kind)
        still_open = (
            tuple(d for d in decisions.get(previous.id, []) if not d.done) if previous else ()
        )
        found.append(
            MeetingData(
                s,
                numbers[s.kind],
                tuple(attendees[s.id]),
                tuple(agenda[s.id]),
                tuple(decisions[s.id]),
                tuple(checks[s.id]),
                previous,
                still_open,
            )
        )
        before[s.kind] = s
    return tuple(found)


def supportgroep_meeting(conn: Connection, number: int) -> MeetingData | None:
    """The ``number``-th supportgroep meeting (1-based), or None."""
    found = [m for m in meetings(conn) if m.session.kind is SessionKind.SUPPORTGROEP]
    return found[number - 1] if 1 <= number <= len(found) else None


def follow_up(conn: Connection, today: dt.date) -> tuple[ThemeFollowUp, ...]:
    """Chosen initiatives per theme with their actions; overdue as of ``today``."""
    notes: dict[int, list[ProgressData]] = defaultdict(list)
    for n in _rows(conn, "progress_note", "date"):
        notes[n.action_id].append(ProgressData(n.id, n.date, n.text))
    actions: dict[int, list[ActionFollowUp]] = defaultdict(list)
    for a in _rows(conn, "action", "position"):
        status = ActionStatus(a.status)
        late = a.due is not None and a.due < today and status in ACTIVE_STATUSES
        actions[a.initiative_id].append(
            ActionFollowUp(a.id, a.activity, a.who, a.due, status, tuple(notes[a.id]), late)
        )
    frameworks: dict[int, list[FrameworkData]] = defaultdict(list)
    for f in _rows(conn, "framework_change", "position"):
        frameworks[f.initiative_id].append(
            FrameworkData(f.id, Framework(f.framework), f.description)
        )
    per_theme: dict[int, list[InitiativeFollowUp]] = defaultdict(list)
    for i in _rows(conn, "initiative", "position"):
        if i.chosen or actions[i.id] or frameworks[i.id]:
            per_theme[i.theme_id].append(
                InitiativeFollowUp(i.id, i.title, tuple(actions[i.id]), tuple(frameworks[i.id]))
            )
    return tuple(
        ThemeFollowUp(t.id, t.code, t.name, tuple(per_theme[t.id]))
        for t in _rows(conn, "theme", "position")
        if per_theme[t.id]
    )


def moments(conn: Connection) -> tuple[MomentData, ...]:
    """Measurement moments in order, each with its scores (themes first, then bedoelingen)."""
    themes = {t.id: f"{t.code} {t.name}".strip() for t in _rows(conn, "theme", "position")}
    order = {tid: i for i, tid in enumerate(themes)}
    nodes = {n.id: n.label for n in _rows(conn, "logic_node", "id")}
    groups = {g.id: (i, g.name) for i, g in enumerate(_rows(conn, "stakeholder_group", "position"))}
    scores: dict[int, list[tuple[tuple, ScoreData]]] = defaultdict(list)
    for s in _rows(conn, "score", "id"):
        target = themes.get(s.theme_id, "") if s.theme_id else nodes.get(s.node_id, "")
        rank, group = groups.get(s.group_id, (-1, ""))
        key = (s.theme_id is None, order.get(s.theme_id, s.node_id or 0), rank)
        data = ScoreData(s.id, target, s.theme_id, s.node_id, group, s.value, s.comment)
        scores[s.moment_id].append((key, data))
    return tuple(
        MomentData(
            m.id,
            MomentKind(m.kind),
            m.title,
            m.date,
            m.yield_staff,
            m.yield_pupils,
            tuple(d for _, d in sorted(scores[m.id], key=lambda p: p[0])),
        )
        for m in _rows(conn, "moment", "position")
    )


def changes(found: tuple[MomentData, ...]) -> tuple[Change, ...]:
    """Each (target, group) scored at some moment, with its value at every moment."""
    keys: list[tuple[str, str]] = []
    values: dict[tuple[str, str], dict[int, int]] = defaultdict(dict)
    for index, moment in enumerate(found):
        for s in moment.scores:
            key = (s.target, s.group)
            if key not in values:
                keys.append(key)
            values[key][index] = s.value
    return tuple(
        Change(target, group, tuple(values[(target, group)].get(i) for i in range(len(found))))
        for target, group in keys
    )


@dataclass(frozen=True)
class DatedActivity:
    """Something with a date, for a calendar."""

    uid: str
    day: dt.date
    summary: str
    description: str


def dated_activities(conn: Connection) -> tuple[DatedActivity, ...]:
    """Sessions, actions and decisions that have a date, in date order."""
    found: list[DatedActivity] = []
    for s in sessions(conn):
        if s.date is not None:
            found.append(DatedActivity(f"session-{s.id}", s.date, s.title, s.kind.value))
    for a in _rows(conn, "action", "position"):
        if a.due is not None:
            text = f"wie: {a.who}; status: {ActionStatus(a.status).value}"
            found.append(DatedActivity(f"action-{a.id}", a.due, a.activity, text))
    for d in _rows(conn, "decision", "position"):
        if d.due is not None:
            found.append(DatedActivity(f"decision-{d.id}", d.due, d.text, f"eigenaar: {d.owner}"))
    return tuple(sorted(found, key=lambda a: (a.day, a.uid)))


@dataclass(frozen=True)
class RoundNotes:
    """A round's note-taker's minutes and work form, for the report's minutes."""

    session: str
    title: str
    kind: str
    minutes: str
    format: str
    options: tuple[str, ...]
    id: int = 0


@dataclass(frozen=True)
class TrajectoryReport:
    """Everything around the boards that the report shows."""

    today: dt.date
    meetings: tuple[MeetingData, ...] = ()
    follow_up: tuple[ThemeFollowUp, ...] = ()
    moments: tuple[MomentData, ...] = ()
    rounds: tuple[RoundNotes, ...] = ()


def round_notes(conn: Connection) -> tuple[RoundNotes, ...]:
    titles = {s.id: s.title for s in sessions(conn)}
    order = {sid: i for i, sid in enumerate(titles)}
    rows = sorted(_rows(conn, "round", "position"), key=lambda r: (order[r.session_id], r.position))
    return tuple(
        RoundNotes(
            titles[r.session_id],
            r.title,
            r.kind,
            r.minutes,
            r.format,
            tuple(o for o in r.options.splitlines() if o.strip()),
            r.id,
        )
        for r in rows
    )


def read_trajectory(conn: Connection, today: dt.date) -> TrajectoryReport:
    return TrajectoryReport(
        today, meetings(conn), follow_up(conn, today), moments(conn), round_notes(conn)
    )


@dataclass(frozen=True)
class ScoreTarget:
    theme_id: int | None
    node_id: int | None
    label: str


def score_targets(conn: Connection) -> tuple[ScoreTarget, ...]:
    """What a measurement scores: every theme, then every bedoeling of the batenlogica."""
    themes = [
        ScoreTarget(t.id, None, f"{t.code} {t.name}".strip())
        for t in _rows(conn, "theme", "position")
    ]
    purposes = [
        ScoreTarget(None, n.id, n.label)
        for n in _rows(conn, "logic_node", "id")
        if n.kind == "bedoeling"
    ]
    return (*themes, *purposes)


def stakeholder_groups(conn: Connection) -> tuple[tuple[str, int], ...]:
    """(name, id) of every stakeholder group, in order."""
    return tuple((g.name, g.id) for g in _rows(conn, "stakeholder_group", "position"))


def read_with(store: Any, read: Callable[..., T], *args: Any) -> T:
    """Run one of these reads in a short read session of ``store`` (for the window)."""
    with store.read() as db:
        return read(db.connection(), *args)
