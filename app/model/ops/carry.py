"""Carrying results forward without retyping: clusters become themes, themes become subgroups,
and a theme round's post-its become the theme's initiatives."""

from __future__ import annotations

import string
from dataclasses import dataclass

from sqlalchemy import func, select

from app.model.entities import TABLES
from app.model.errors import OperationError
from app.model.kinds import InitiativeCategory, NoteKind
from app.model.ops.edits import ensure_rounds_open
from app.model.ops.primitives import Op, Tx, select_rows
from app.model.ops.setup import Steps, SubgroupPlan, add_subgroups, next_position

THEME_COLOURS = ("#f94144", "#f3722c", "#f9c74f", "#90be6d", "#43aa8b", "#577590", "#9b5de5")

NOTE_TO_CATEGORY = {
    NoteKind.BESTAAND: InitiativeCategory.EXISTING,
    NoteKind.IDEE: InitiativeCategory.INNOVATIVE,
    NoteKind.WERKDRUK: InitiativeCategory.WORKLOAD,
}


def theme_code(index: int) -> str:
    letters = string.ascii_uppercase
    return letters[index] if index < len(letters) else f"T{index + 1}"


@dataclass(frozen=True)
class ClustersToThemes(Op):
    """Each cluster (rode draad) becomes a beleidsthema named after its title."""

    cluster_ids: tuple[int, ...]

    def apply(self, tx: Tx) -> Op:
        clusters = select_rows(tx.conn, TABLES["cluster"], self.cluster_ids)
        if not clusters:
            raise OperationError("Select one or more clusters to turn into themes.")
        themes = TABLES["theme"]
        count = tx.conn.scalar(select(func.count()).select_from(themes)) or 0
        first = next_position(tx, "theme")
        steps = Steps(tx)
        for offset, cluster in enumerate(clusters):
            index = count + offset
            steps.add(
                "theme",
                code=theme_code(index),
                name=cluster["title"] or f"Thema {theme_code(index)}",
                colour=cluster["colour"] or THEME_COLOURS[index % len(THEME_COLOURS)],
                position=first + offset,
                source_cluster_id=cluster["id"],
            )
        return steps.inverse()


@dataclass(frozen=True)
class ThemesToSubgroups(Op):
    """Give a round one subgroup per theme (skipping themes it already has)."""

    round_id: int

    def apply(self, tx: Tx) -> Op:
        ensure_rounds_open(tx, [self.round_id])
        themes = TABLES["theme"]
        subgroups = TABLES["subgroup"]
        present = set(
            tx.conn.scalars(
                select(subgroups.c.theme_id).where(subgroups.c.round_id == self.round_id)
            )
        )
        rows = [
            r
            for r in tx.conn.execute(select(themes).order_by(themes.c.position, themes.c.id))
            if r.id not in present
        ]
        if not rows:
            raise OperationError("Every theme already has a subgroup in this round.")
        plans = [SubgroupPlan(f"{r.code} {r.name}".strip(), r.colour, theme_id=r.id) for r in rows]
        steps = Steps(tx)
        add_subgroups(steps, self.round_id, plans, [6] * len(plans))
        return steps.inverse()


@dataclass(frozen=True)
class NotesToInitiatives(Op):
    """A theme round's post-its become its themes' lists: existing, new, workload chances."""

    round_id: int

    def apply(self, tx: Tx) -> Op:
        notes = TABLES["note"]
        subgroups = TABLES["subgroup"]
        rows = tx.conn.execute(
            select(notes.c.text, notes.c.kind, notes.c.votes, subgroups.c.theme_id)
            .join(subgroups, subgroups.c.id == notes.c.subgroup_id)
            .where(notes.c.round_id == self.round_id, subgroups.c.theme_id.is_not(None))
            .order_by(subgroups.c.position, notes.c.y, notes.c.x, notes.c.id)
        ).all()
        steps = Steps(tx)
        for position, row in enumerate(r for r in rows if r.kind in NOTE_TO_CATEGORY):
            steps.add(
                "initiative",
                theme_id=row.theme_id,
                category=NOTE_TO_CATEGORY[row.kind],
                title=row.text,
                position=position,
            )
        if not steps.undo:
            raise OperationError("This round has no post-its in theme subgroups to carry over.")
        return steps.inverse()
