"""The trajectory's shape after the wizard: sessions and rounds added, renamed, dated, moved.

A round keeps its board whatever happens to its title or question; deleting
a session or round deletes its boards too (undo brings them back whole).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from app.model.entities import TABLES
from app.model.errors import OperationError
from app.model.kinds import RoundKind
from app.model.ops.edits import Edit, Remove, reorder
from app.model.ops.primitives import Op, Tx, select_rows
from app.model.ops.school import NamedEdit, clean_name
from app.model.ops.setup import AddRound, Steps, next_position
from app.model.templates import Composition, RoundTemplate

NOT_GIVEN = object()


@dataclass(frozen=True)
class AddSession(Op):
    """A new, empty session at the end of the trajectory."""

    title: str
    date: dt.date | None = None

    def apply(self, tx: Tx) -> Op:
        title = clean_name(self.title)
        steps = Steps(tx)
        steps.add("session", title=title, date=self.date, position=next_position(tx, "session"))
        return steps.inverse()


def edit_session(session_id: int, title: str | None = None, date: object = NOT_GIVEN) -> NamedEdit:
    """Rename and/or (re)date a session; ``date=None`` clears the date."""
    values: dict[str, object] = {}
    if title is not None:
        values["title"] = title
    if date is not NOT_GIVEN:
        values["date"] = date
    return NamedEdit("session", session_id, values, "title")


def remove_session(session_id: int) -> Remove:
    """Delete a session with its rounds and their boards."""
    return Remove("session", (session_id,))


def reorder_sessions(ids_in_order: Sequence[int]) -> Edit:
    return reorder("session", ids_in_order)


def round_template(title: str, question: str, kind: RoundKind) -> RoundTemplate:
    """A round the facilitator defines; a plenary round has no subgroups at all."""
    return RoundTemplate(title, question, kind, Composition.FREE)


@dataclass(frozen=True)
class AddOwnRound(Op):
    """A round of the facilitator's own at the end of a session; plenary ones get no subgroups."""

    session_id: int
    title: str
    question: str = ""
    kind: RoundKind = RoundKind.FREE

    def apply(self, tx: Tx) -> Op:
        template = round_template(clean_name(self.title), self.question.strip(), self.kind)
        return AddRound(self.session_id, template).apply(tx)


def add_round(
    session_id: int, title: str, question: str = "", kind: RoundKind = RoundKind.FREE
) -> AddOwnRound:
    return AddOwnRound(session_id, title, question, RoundKind(kind))


def edit_round(
    round_id: int,
    title: str | None = None,
    question: str | None = None,
    kind: RoundKind | None = None,
) -> Edit:
    """Rename a round, change its question(s) or its kind; the board stays as it is."""
    values: dict[str, object] = {}
    if title is not None:
        values["title"] = title
    if question is not None:
        values["question"] = question.strip()
    if kind is not None:
        values["kind"] = RoundKind(kind)
    return NamedEdit("round", round_id, values, "title")


def remove_round(round_id: int) -> Remove:
    """Delete a round with its board."""
    return Remove("round", (round_id,))


@dataclass(frozen=True)
class MoveRounds(Op):
    """Put a session's rounds in this order (all of them, or they would share positions)."""

    session_id: int
    ids_in_order: tuple[int, ...]

    def apply(self, tx: Tx) -> Op:
        rows = select_rows(tx.conn, TABLES["round"], self.ids_in_order)
        if len(rows) != len(set(self.ids_in_order)) or any(
            r["session_id"] != self.session_id for r in rows
        ):
            raise OperationError("These rounds are not all in this session.")
        return reorder("round", self.ids_in_order).apply(tx)
