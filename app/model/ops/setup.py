"""Setting up a workshop from the method's templates, and adding rounds later, as single steps."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select

from app.model.entities import TABLES
from app.model.layout import GAP, NOTE_W, Rect, area_layout
from app.model.mixing import deal
from app.model.ops.edits import Add, Edit, Remove
from app.model.ops.primitives import Batch, Op, Tx
from app.model.templates import Composition, RoundTemplate, SessionTemplate
from app.model.trajectory_kinds import SessionKind

MIXED_NAMES = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
MIXED_COLOURS = ("#ffd6a5", "#caffbf", "#9bf6ff", "#bdb2ff", "#ffc6ff", "#fdffb6", "#a0c4ff")


@dataclass(frozen=True)
class GroupPlan:
    name: str
    colour: str
    headcount: int = 0
    participants: tuple[str, ...] = ()


@dataclass(frozen=True)
class SubgroupPlan:
    name: str
    colour: str = ""
    group_index: int | None = None  # index into the workshop's stakeholder groups
    theme_id: int | None = None
    members: tuple[int, ...] = ()  # participant ids


class Steps:
    """Collects inverses while inserting rows whose ids later rows need."""

    def __init__(self, tx: Tx) -> None:
        self.tx = tx
        self.undo: list[Op] = []

    def add(self, table: str, **values: object) -> int:
        self.undo.append(Add(table, (values,)).apply(self.tx))
        return self.tx.changes[-1].id

    def inverse(self) -> Op:
        return Batch(tuple(reversed(self.undo)))


def next_position(tx: Tx, table: str, **where: int) -> int:
    t = TABLES[table]
    query = select(func.max(t.c.position))
    for column, value in where.items():
        query = query.where(t.c[column] == value)
    current = tx.conn.scalar(query)
    return 0 if current is None else current + 1


GRID_CELL = (2 * NOTE_W + 3 * GAP, 300.0)


def grid_areas(rows: int, columns: int) -> list[Rect]:
    """Cells of a grid board, row by row, touching like the squares of a drawn grid."""
    w, h = GRID_CELL
    return [Rect(c * w, r * h, w, h) for r in range(rows) for c in range(columns)]


def add_subgroups(
    steps: Steps,
    round_id: int,
    plans: Sequence[SubgroupPlan],
    counts: Sequence[int],
    areas: Sequence[Rect] | None = None,
) -> None:
    areas = area_layout(list(counts)) if areas is None else areas
    for position, (plan, area) in enumerate(zip(plans, areas, strict=True)):
        subgroup_id = steps.add(
            "subgroup",
            round_id=round_id,
            name=plan.name,
            colour=plan.colour,
            position=position,
            group_id=plan.group_index,
            theme_id=plan.theme_id,
            x=area.x,
            y=area.y,
            w=area.w,
            h=area.h,
        )
        for participant_id in plan.members:
            steps.add("subgroup_member", subgroup_id=subgroup_id, participant_id=participant_id)


def subgroup_plans(tx: Tx, template: RoundTemplate, mixed_count: int) -> list[SubgroupPlan]:
    """The subgroups a template asks for, from the workshop's current groups and themes."""
    groups = TABLES["stakeholder_group"]
    themes = TABLES["theme"]
    if template.composition is Composition.BY_GROUP:
        rows = tx.conn.execute(select(groups).order_by(groups.c.position, groups.c.id))
        plans = [SubgroupPlan(r.name, r.colour, group_index=r.id) for r in rows]
    elif template.composition is Composition.BY_THEME:
        rows = tx.conn.execute(select(themes).order_by(themes.c.position, themes.c.id))
        plans = [SubgroupPlan(f"{r.code} {r.name}".strip(), r.colour, theme_id=r.id) for r in rows]
    elif template.composition is Composition.MIXED:
        plans = mixed_plans(tx, mixed_count)
    elif template.composition is Composition.GRID:
        plans = [
            SubgroupPlan(f"{row} · {column}", MIXED_COLOURS[i % len(MIXED_COLOURS)])
            for i, row in enumerate(template.grid_rows)
            for column in template.grid_columns
        ]
    else:
        plans = []
    return plans + [SubgroupPlan(name) for name in template.extra_subgroups]


def mixed_plans(tx: Tx, count: int) -> list[SubgroupPlan]:
    """``count`` subgroups with every stakeholder group's participants spread evenly."""
    people = TABLES["participant"]
    groups = TABLES["stakeholder_group"]
    rows = tx.conn.execute(
        select(people.c.id, people.c.group_id)
        .outerjoin(groups, groups.c.id == people.c.group_id)
        .order_by(groups.c.position, people.c.id)
    ).all()
    piles = deal([(r.group_id, r.id) for r in rows], count)
    return [
        SubgroupPlan(
            f"Groep {MIXED_NAMES[i % len(MIXED_NAMES)]}",
            MIXED_COLOURS[i % len(MIXED_COLOURS)],
            members=tuple(pile),
        )
        for i, pile in enumerate(piles)
    ]


def _add_round(
    steps: Steps, session_id: int, position: int, template: RoundTemplate, mixed: int
) -> int:
    round_id = steps.add(
        "round",
        session_id=session_id,
        title=template.title,
        question=template.question,
        kind=template.kind,
        position=position,
        options="\n".join(template.options),
    )
    plans = subgroup_plans(steps.tx, template, mixed)
    areas = None
    if template.composition is Composition.GRID:
        cells = grid_areas(len(template.grid_rows), len(template.grid_columns))
        areas = cells + area_layout([6] * (len(plans) - len(cells)))[: len(plans) - len(cells)]
    add_subgroups(steps, round_id, plans, [6] * len(plans), areas)
    return round_id


@dataclass(frozen=True)
class SetUpWorkshop(Op):
    """The new-workshop wizard's result: groups, participants, sessions, rounds and subgroups."""

    name: str
    organisation: str
    facilitator: str
    groups: tuple[GroupPlan, ...]
    sessions: tuple[SessionTemplate, ...]
    mixed_subgroups: int = 3
    first_date: dt.date | None = None
    template_id: str = ""
    report_sections: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()  # a focusgroep's topics: its implementation plan hangs on them

    def apply(self, tx: Tx) -> Op:
        steps = Steps(tx)
        workshop = TABLES["workshop"]
        current = tx.conn.execute(select(workshop).order_by(workshop.c.id)).first()
        values = {
            "name": self.name,
            "organisation": self.organisation,
            "facilitator": self.facilitator,
        }
        if self.template_id:
            values["template"] = self.template_id
            values["report_sections"] = ",".join(self.report_sections)
        if current is None:
            steps.add("workshop", **values)
        else:
            steps.undo.append(Edit("workshop", {current.id: values}).apply(tx))
        base = next_position(tx, "stakeholder_group")
        for offset, group in enumerate(self.groups):
            group_id = steps.add(
                "stakeholder_group",
                name=group.name,
                colour=group.colour,
                headcount=max(group.headcount, len(group.participants)),
                position=base + offset,
            )
            for person in group.participants:
                steps.add("participant", name=person, group_id=group_id)
        for offset, theme in enumerate(self.themes):
            steps.add(
                "theme",
                code=str(offset + 1),
                name=theme,
                colour=MIXED_COLOURS[offset % len(MIXED_COLOURS)],
                position=next_position(tx, "theme"),
            )
        first = next_position(tx, "session")
        start = next((s.week for s in self.sessions[:1] if s.week is not None), 0)
        for offset, session in enumerate(self.sessions):
            week = 3 * offset if session.week is None else session.week - start
            date = self.first_date + dt.timedelta(weeks=week) if self.first_date else None
            session_id = steps.add(
                "session",
                title=session.title,
                date=date,
                position=first + offset,
                kind=SessionKind(session.kind),
            )
            for position, title in enumerate(session.agenda):
                steps.add("agenda_item", session_id=session_id, title=title, position=position)
            for position, template in enumerate(session.rounds):
                _add_round(steps, session_id, position, template, self.mixed_subgroups)
        return steps.inverse()


@dataclass(frozen=True)
class AddRound(Op):
    """Add a round to a session from a template (a blank one for the facilitator's own question)."""

    session_id: int
    template: RoundTemplate
    mixed_subgroups: int = 3

    def apply(self, tx: Tx) -> Op:
        steps = Steps(tx)
        position = next_position(tx, "round", session_id=self.session_id)
        _add_round(steps, self.session_id, position, self.template, self.mixed_subgroups)
        return steps.inverse()


@dataclass(frozen=True)
class MixSubgroups(Op):
    """Give mixed subgroups a fresh even mix of participants (editable afterwards)."""

    subgroup_ids: tuple[int, ...] = field(default=())

    def apply(self, tx: Tx) -> Op:
        members = TABLES["subgroup_member"]
        steps = Steps(tx)
        existing = tx.conn.scalars(
            select(members.c.id).where(members.c.subgroup_id.in_(self.subgroup_ids))
        ).all()
        if existing:
            steps.undo.append(Remove("subgroup_member", tuple(existing)).apply(tx))
        for plan, subgroup_id in zip(
            mixed_plans(tx, len(self.subgroup_ids)), self.subgroup_ids, strict=True
        ):
            for participant_id in plan.members:
                steps.add("subgroup_member", subgroup_id=subgroup_id, participant_id=participant_id)
        return steps.inverse()
