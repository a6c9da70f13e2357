"""Typed SQLAlchemy entities of a workshop file.

Every table has an integer ``id`` primary key so the generic operations in
``ops.primitives`` can snapshot, delete and restore any row the same way.
Ordering columns are called ``position`` (``order`` is an SQL keyword).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from sqlalchemy import Enum, ForeignKey, MetaData, String, Text, UniqueConstraint, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.model.kinds import (
    Chance,
    InitiativeCategory,
    LogicKind,
    NoteKind,
    RoundKind,
    RoundState,
    WorkloadOrigin,
)
from app.model.trajectory_kinds import ActionStatus, Framework, MomentKind, SessionKind

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _enum(cls: type) -> Enum:
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=16,
        values_callable=lambda e: [m.value for m in e],
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        NoteKind: _enum(NoteKind),
        LogicKind: _enum(LogicKind),
        RoundState: _enum(RoundState),
        RoundKind: _enum(RoundKind),
        InitiativeCategory: _enum(InitiativeCategory),
        Chance: _enum(Chance),
        WorkloadOrigin: _enum(WorkloadOrigin),
        SessionKind: _enum(SessionKind),
        ActionStatus: _enum(ActionStatus),
        MomentKind: _enum(MomentKind),
        Framework: _enum(Framework),
        str: String(),
    }


intpk = Annotated[int, mapped_column(primary_key=True)]
text = Annotated[str, mapped_column(Text, default="", server_default="")]
position = Annotated[int, mapped_column(default=0, server_default="0")]
real0 = Annotated[float, mapped_column(default=0.0, server_default="0")]
colour = Annotated[str, mapped_column(String(9), default="", server_default="")]
created_now = Annotated[
    dt.datetime, mapped_column(default=dt.datetime.now, server_default=func.current_timestamp())
]


def _fk(target: str, ondelete: str, nullable: bool = True) -> Mapped:
    return mapped_column(ForeignKey(target, ondelete=ondelete), index=True, nullable=nullable)


class Workshop(Base):
    """The one row describing the trajectory this file holds."""

    __tablename__ = "workshop"
    id: Mapped[intpk]
    name: Mapped[text]
    organisation: Mapped[text]
    facilitator: Mapped[text]
    created: Mapped[created_now]
    template: Mapped[text]  # the id of the method template it was made from
    report_sections: Mapped[text]  # comma-separated section names; empty: the method's default


class StakeholderGroup(Base):
    __tablename__ = "stakeholder_group"
    id: Mapped[intpk]
    name: Mapped[text]
    colour: Mapped[colour]
    position: Mapped[position]
    headcount: Mapped[int] = mapped_column(default=0, server_default="0")


class Participant(Base):
    __tablename__ = "participant"
    id: Mapped[intpk]
    name: Mapped[text]
    group_id: Mapped[int | None] = _fk("stakeholder_group.id", "SET NULL")


class Session(Base):
    """A meeting of the trajectory (not a database session)."""

    __tablename__ = "session"
    id: Mapped[intpk]
    title: Mapped[text]
    date: Mapped[dt.date | None]
    position: Mapped[position]
    kind: Mapped[SessionKind] = mapped_column(
        default=SessionKind.WORKSHOP, server_default="workshop"
    )
    rounds: Mapped[list[Round]] = relationship(
        back_populates="session", order_by="Round.position", passive_deletes=True
    )


class Round(Base):
    __tablename__ = "round"
    id: Mapped[intpk]
    session_id: Mapped[int] = _fk("session.id", "CASCADE", nullable=False)
    title: Mapped[text]
    question: Mapped[text]
    position: Mapped[position]
    state: Mapped[RoundState] = mapped_column(default=RoundState.OPEN, server_default="open")
    kind: Mapped[RoundKind] = mapped_column(default=RoundKind.FREE, server_default="free")
    minutes: Mapped[text]  # the note-taker's minutes beside the post-its
    format: Mapped[text]  # the chosen work form, e.g. an intervisie format
    options: Mapped[text]  # the work forms to choose from, one per line
    session: Mapped[Session] = relationship(back_populates="rounds")


class Theme(Base):
    """A beleidsthema: a cluster of activities in the batenlogica."""

    __tablename__ = "theme"
    id: Mapped[intpk]
    code: Mapped[text]
    name: Mapped[text]
    description: Mapped[text]
    colour: Mapped[colour]
    position: Mapped[position]
    source_cluster_id: Mapped[int | None] = _fk("cluster.id", "SET NULL")


class Subgroup(Base):
    """A group of participants in one round, and its area on the board."""

    __tablename__ = "subgroup"
    id: Mapped[intpk]
    round_id: Mapped[int] = _fk("round.id", "CASCADE", nullable=False)
    name: Mapped[text]
    colour: Mapped[colour]
    position: Mapped[position]
    group_id: Mapped[int | None] = _fk("stakeholder_group.id", "SET NULL")
    theme_id: Mapped[int | None] = _fk("theme.id", "SET NULL")
    x: Mapped[real0]
    y: Mapped[real0]
    w: Mapped[float] = mapped_column(default=800.0, server_default="800")
    h: Mapped[float] = mapped_column(default=600.0, server_default="600")


class SubgroupMember(Base):
    __tablename__ = "subgroup_member"
    __table_args__ = (UniqueConstraint("subgroup_id", "participant_id"),)
    id: Mapped[intpk]
    subgroup_id: Mapped[int] = _fk("subgroup.id", "CASCADE", nullable=False)
    participant_id: Mapped[int] = _fk("participant.id", "CASCADE", nullable=False)


class Cluster(Base):
    """A titled frame grouping notes on one round's board (a rode draad)."""

    __tablename__ = "cluster"
    id: Mapped[intpk]
    round_id: Mapped[int] = _fk("round.id", "CASCADE", nullable=False)
    title: Mapped[text]
    colour: Mapped[colour]
    x: Mapped[real0]
    y: Mapped[real0]
    w: Mapped[float] = mapped_column(default=300.0, server_default="300")
    h: Mapped[float] = mapped_column(default=200.0, server_default="200")


class Note(Base):
    """A post-it. ``colour`` empty means: coloured by its subgroup or kind."""

    __tablename__ = "note"
    id: Mapped[intpk]
    round_id: Mapped[int] = _fk("round.id", "CASCADE", nullable=False)
    subgroup_id: Mapped[int | None] = _fk("subgroup.id", "SET NULL")
    cluster_id: Mapped[int | None] = _fk("cluster.id", "SET NULL")
    kind: Mapped[NoteKind] = mapped_column(default=NoteKind.IDEE, server_default="idee")
    text: Mapped[text]
    x: Mapped[real0]
    y: Mapped[real0]
    w: Mapped[float] = mapped_column(default=160.0, server_default="160")
    h: Mapped[float] = mapped_column(default=110.0, server_default="110")
    votes: Mapped[int] = mapped_column(default=0, server_default="0")
    colour: Mapped[colour]
    tags: Mapped[text]
    created: Mapped[created_now]
    updated: Mapped[created_now]
    chance: Mapped[Chance | None]
    workload_origin: Mapped[WorkloadOrigin | None]


class Principle(Base):
    """An organisatieprincipe: how the school wants to work."""

    __tablename__ = "principle"
    id: Mapped[intpk]
    name: Mapped[text]
    description: Mapped[text]
    position: Mapped[position]


class LogicNode(Base):
    __tablename__ = "logic_node"
    id: Mapped[intpk]
    kind: Mapped[LogicKind]
    label: Mapped[text]
    description: Mapped[text]
    theme_id: Mapped[int | None] = _fk("theme.id", "SET NULL")
    x: Mapped[real0]
    y: Mapped[real0]
    pinned: Mapped[bool] = mapped_column(default=False, server_default="0")
    source_cluster_id: Mapped[int | None] = _fk("cluster.id", "SET NULL")
    chance: Mapped[Chance | None]


class LogicNodeSource(Base):
    """Links a batenlogica node to the post-its it came from."""

    __tablename__ = "logic_node_source"
    __table_args__ = (UniqueConstraint("node_id", "note_id"),)
    id: Mapped[intpk]
    node_id: Mapped[int] = _fk("logic_node.id", "CASCADE", nullable=False)
    note_id: Mapped[int] = _fk("note.id", "CASCADE", nullable=False)


class LogicEdge(Base):
    """Cause -> effect."""

    __tablename__ = "logic_edge"
    __table_args__ = (UniqueConstraint("cause_id", "effect_id"),)
    id: Mapped[intpk]
    cause_id: Mapped[int] = _fk("logic_node.id", "CASCADE", nullable=False)
    effect_id: Mapped[int] = _fk("logic_node.id", "CASCADE", nullable=False)


class Initiative(Base):
    """A line in a theme's session-2 lists; ``chosen`` ones are worked out."""

    __tablename__ = "initiative"
    id: Mapped[intpk]
    theme_id: Mapped[int] = _fk("theme.id", "CASCADE", nullable=False)
    category: Mapped[InitiativeCategory] = mapped_column(
        default=InitiativeCategory.INNOVATIVE, server_default="innovative"
    )
    title: Mapped[text]
    description: Mapped[text]
    chosen: Mapped[bool] = mapped_column(default=False, server_default="0")
    position: Mapped[position]


class Action(Base):
    """An activity of a chosen initiative, and who does it."""

    __tablename__ = "action"
    id: Mapped[intpk]
    initiative_id: Mapped[int] = _fk("initiative.id", "CASCADE", nullable=False)
    activity: Mapped[text]
    who: Mapped[text]
    position: Mapped[position]
    due: Mapped[dt.date | None]
    status: Mapped[ActionStatus] = mapped_column(
        default=ActionStatus.PLANNED, server_default="gepland"
    )


class InitiativePrinciple(Base):
    """How an initiative applies an organisation principle."""

    __tablename__ = "initiative_principle"
    __table_args__ = (UniqueConstraint("initiative_id", "principle_id"),)
    id: Mapped[intpk]
    initiative_id: Mapped[int] = _fk("initiative.id", "CASCADE", nullable=False)
    principle_id: Mapped[int] = _fk("principle.id", "CASCADE", nullable=False)
    how: Mapped[text]


class ProgressNote(Base):
    """A dated line on how an action is going."""

    __tablename__ = "progress_note"
    id: Mapped[intpk]
    action_id: Mapped[int] = _fk("action.id", "CASCADE", nullable=False)
    date: Mapped[dt.date]
    text: Mapped[text]


class Attendee(Base):
    """Someone at a meeting, with the stakeholder group they represent."""

    __tablename__ = "attendee"
    id: Mapped[intpk]
    session_id: Mapped[int] = _fk("session.id", "CASCADE", nullable=False)
    name: Mapped[text]
    role: Mapped[text]
    group_id: Mapped[int | None] = _fk("stakeholder_group.id", "SET NULL")
    present: Mapped[bool] = mapped_column(default=True, server_default="1")
    position: Mapped[position]


class AgendaItem(Base):
    """An item of a meeting's agenda and what was said about it."""

    __tablename__ = "agenda_item"
    id: Mapped[intpk]
    session_id: Mapped[int] = _fk("session.id", "CASCADE", nullable=False)
    title: Mapped[text]
    minutes: Mapped[text]
    position: Mapped[position]


class Decision(Base):
    """A decision or agreement of a meeting, who carries it, and whether it is done."""

    __tablename__ = "decision"
    id: Mapped[intpk]
    session_id: Mapped[int] = _fk("session.id", "CASCADE", nullable=False)
    text: Mapped[text]
    owner: Mapped[text]
    due: Mapped[dt.date | None]
    done: Mapped[bool] = mapped_column(default=False, server_default="0")
    position: Mapped[position]


class Validation(Base):
    """What a meeting checked ("uitkomsten sessie 1 herkend"), and the changes asked for."""

    __tablename__ = "validation"
    id: Mapped[intpk]
    session_id: Mapped[int] = _fk("session.id", "CASCADE", nullable=False)
    subject: Mapped[text]
    recognised: Mapped[bool] = mapped_column(default=True, server_default="1")
    changes: Mapped[text]
    position: Mapped[position]


class Moment(Base):
    """A measurement moment: nulmeting, tussenmeting or eindmeting, and what it yields."""

    __tablename__ = "moment"
    id: Mapped[intpk]
    session_id: Mapped[int | None] = _fk("session.id", "SET NULL")
    kind: Mapped[MomentKind] = mapped_column(
        default=MomentKind.BASELINE, server_default="nulmeting"
    )
    title: Mapped[text]
    date: Mapped[dt.date | None]
    yield_staff: Mapped[text]  # "wat levert het op" for staff
    yield_pupils: Mapped[text]  # ... and for pupils
    position: Mapped[position]


class Score(Base):
    """One score of a moment for a theme or a bedoeling, optionally for one stakeholder group."""

    __tablename__ = "score"
    id: Mapped[intpk]
    moment_id: Mapped[int] = _fk("moment.id", "CASCADE", nullable=False)
    theme_id: Mapped[int | None] = _fk("theme.id", "CASCADE")
    node_id: Mapped[int | None] = _fk("logic_node.id", "CASCADE")
    group_id: Mapped[int | None] = _fk("stakeholder_group.id", "CASCADE")
    value: Mapped[int] = mapped_column(default=3, server_default="3")
    comment: Mapped[text]


class FrameworkChange(Base):
    """A framework (richtlijnen, wetgeving, aanbesteding) an initiative needs changed."""

    __tablename__ = "framework_change"
    id: Mapped[intpk]
    initiative_id: Mapped[int] = _fk("initiative.id", "CASCADE", nullable=False)
    framework: Mapped[Framework] = mapped_column(
        default=Framework.GUIDELINES, server_default="richtlijnen"
    )
    description: Mapped[text]
    position: Mapped[position]


TABLES = Base.metadata.tables
