"""Edits of the trajectory around the boards: meetings, follow-up of actions, measurements.

Most are the guarded generic edits with the method's checks in front (a
score on the scale, a status from the list); the few that touch several rows
run as one step, like every other operation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from app.model.entities import TABLES
from app.model.errors import OperationError
from app.model.ops.edits import Add, Edit, Remove, add, edit
from app.model.ops.primitives import Batch, Op, Tx
from app.model.ops.setup import Steps, next_position
from app.model.trajectory_kinds import SCALE, ActionStatus, MomentKind, SessionKind


@dataclass(frozen=True)
class AddSession(Op):
    """A new session of any kind at the end of the trajectory, with a meeting's agenda."""

    title: str
    kind: SessionKind = SessionKind.SUPPORTGROEP
    date: dt.date | None = None
    agenda: tuple[str, ...] = ()

    def apply(self, tx: Tx) -> Op:
        steps = Steps(tx)
        session_id = steps.add(
            "session",
            title=self.title,
            kind=SessionKind(self.kind),
            date=self.date,
            position=next_position(tx, "session"),
        )
        for position, title in enumerate(self.agenda):
            steps.add("agenda_item", session_id=session_id, title=title, position=position)
        return steps.inverse()


@dataclass(frozen=True)
class Append(Op):
    """Add a row at the end of its list: ``scope`` (column, id) pairs name the list."""

    table: str
    scope: tuple[tuple[str, int], ...]
    values: tuple[tuple[str, object], ...]

    def apply(self, tx: Tx) -> Op:
        where = dict(self.scope)
        row = {**dict(self.values), **where, "position": next_position(tx, self.table, **where)}
        return Add(self.table, (row,)).apply(tx)


def _meeting_row(table: str, session_id: int, **values: object) -> Op:
    """An attendee, agenda item, decision or validation at the end of a meeting's list."""
    return Append(table, (("session_id", session_id),), tuple(values.items()))


def add_attendee(session_id: int, name: str, role: str = "", group_id: int | None = None) -> Op:
    return _meeting_row("attendee", session_id, name=name, role=role, group_id=group_id)


def add_agenda_item(session_id: int, title: str, minutes: str = "") -> Op:
    return _meeting_row("agenda_item", session_id, title=title, minutes=minutes)


def add_decision(session_id: int, text: str, owner: str = "", due: dt.date | None = None) -> Op:
    return _meeting_row("decision", session_id, text=text, owner=owner, due=due)


def add_validation(session_id: int, subject: str, recognised: bool = True, changes: str = "") -> Op:
    return _meeting_row(
        "validation", session_id, subject=subject, recognised=recognised, changes=changes
    )


def set_decision_done(decision_id: int, done: bool) -> Op:
    return edit("decision", decision_id, done=done)


def set_follow_up(
    action_id: int,
    *,
    who: str | None = None,
    due: dt.date | str | None = "",
    status: ActionStatus | str | None = None,
) -> Op:
    """Change an action's owner, due date (None clears it) and status; "" leaves due as is."""
    values: dict[str, object] = {}
    if who is not None:
        values["who"] = who
    if due != "":
        values["due"] = due
    if status is not None:
        try:
            values["status"] = ActionStatus(status)
        except ValueError:
            allowed = ", ".join(s.value for s in ActionStatus)
            raise OperationError(
                "{status!r} is not a status (expected one of: {allowed})",
                status=status,
                allowed=allowed,
            ) from None
    return Edit("action", {action_id: values})


def add_progress(action_id: int, date: dt.date, text: str) -> Op:
    return add("progress_note", action_id=action_id, date=date, text=text)


def add_action(initiative_id: int, activity: str, who: str = "", due: dt.date | None = None) -> Op:
    """A new activity at the end of an initiative's list."""
    values = (("activity", activity), ("who", who), ("due", due))
    return Append("action", (("initiative_id", initiative_id),), values)


def add_moment(kind: MomentKind, title: str = "", date: dt.date | None = None) -> Op:
    """A measurement moment at the end of the list."""
    return Append("moment", (), (("kind", MomentKind(kind)), ("title", title), ("date", date)))


@dataclass(frozen=True)
class SetScore(Op):
    """Give a theme or bedoeling its score at a moment (per group if given); None removes it."""

    moment_id: int
    value: int | None
    comment: str = ""
    theme_id: int | None = None
    node_id: int | None = None
    group_id: int | None = None

    def apply(self, tx: Tx) -> Op:
        if (self.theme_id is None) == (self.node_id is None):
            raise OperationError("A score is for one theme or one bedoeling.")
        if self.value is not None and self.value not in SCALE:
            raise OperationError(
                "A score is a whole number from {low} to {high}.", low=SCALE[0], high=SCALE[-1]
            )
        t = TABLES["score"]
        existing = tx.conn.scalar(
            select(t.c.id).where(
                t.c.moment_id == self.moment_id,
                t.c.theme_id.is_(None) if self.theme_id is None else t.c.theme_id == self.theme_id,
                t.c.node_id.is_(None) if self.node_id is None else t.c.node_id == self.node_id,
                t.c.group_id.is_(None) if self.group_id is None else t.c.group_id == self.group_id,
            )
        )
        if self.value is None:
            return Remove("score", (existing,)).apply(tx) if existing else Batch(())
        values = {"value": self.value, "comment": self.comment}
        if existing is not None:
            return Edit("score", {existing: values}).apply(tx)
        row = {
            **values,
            "moment_id": self.moment_id,
            "theme_id": self.theme_id,
            "node_id": self.node_id,
            "group_id": self.group_id,
        }
        return Add("score", (row,)).apply(tx)


def set_yield(moment_id: int, staff: str, pupils: str) -> Op:
    """The closing "wat levert het op", for staff and for pupils."""
    return edit("moment", moment_id, yield_staff=staff, yield_pupils=pupils)


def add_framework(initiative_id: int, framework: str, description: str = "") -> Op:
    """A framework (richtlijnen, wetgeving, aanbesteding) an initiative needs changed."""
    values = (("framework", framework), ("description", description))
    return Append("framework_change", (("initiative_id", initiative_id),), values)


def set_minutes(round_id: int, minutes: str) -> Op:
    """The note-taker's minutes of a round; allowed on a closed round (they are not the board)."""
    return Edit("round", {round_id: {"minutes": minutes}})


def remove_rows(table: str, ids: Sequence[int]) -> Op:
    return Remove(table, tuple(ids))
