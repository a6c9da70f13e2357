"""Organisatieprincipes, beleidsthema's and marks, made and changed by hand.

A workshop made with the wizard has no principles and gets themes only by
carrying clusters forward; these operations let the facilitator make and
shape both directly, mark chances (the method's question 8) and say by hand
where a werkdruk post-it comes from.

Marks and theme assignments are analysis, not board content: they are written
with the row primitives, without the closed-round guard, so a closed round's
post-its can still be marked while the board itself stays as it was left.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from app.model.entities import TABLES
from app.model.errors import OperationError
from app.model.kinds import Chance, NoteKind, WorkloadOrigin
from app.model.ops.carry import THEME_COLOURS, theme_code
from app.model.ops.edits import Edit, Remove
from app.model.ops.primitives import Batch, Op, Tx, Update, select_rows
from app.model.ops.setup import Steps, next_position

MARKABLE = ("note", "logic_node")


def clean_name(text: str) -> str:
    """A name on one line without extra spaces; an empty one is refused."""
    text = " ".join(text.split())
    if not text:
        raise OperationError("A name may not be empty.")
    return text


@dataclass(frozen=True)
class NamedEdit(Op):
    """An edit of one row whose ``name_column`` may not become empty (checked when applied)."""

    table: str
    row_id: int
    values: Mapping[str, Any]
    name_column: str = "name"

    def apply(self, tx: Tx) -> Op:
        values = dict(self.values)
        if not values:
            raise OperationError("Nothing to change.")
        if self.name_column in values:
            values[self.name_column] = clean_name(str(values[self.name_column]))
        return Edit(self.table, {self.row_id: values}).apply(tx)


# -- organisatieprincipes ------------------------------------------------------------------------


@dataclass(frozen=True)
class AddPrinciple(Op):
    """A new organisatieprincipe at the end of the list."""

    name: str
    description: str = ""

    def apply(self, tx: Tx) -> Op:
        steps = Steps(tx)
        steps.add(
            "principle",
            name=clean_name(self.name),
            description=self.description.strip(),
            position=next_position(tx, "principle"),
        )
        return steps.inverse()


def edit_principle(principle_id: int, name: str, description: str) -> NamedEdit:
    """Change a principle's name and explanation."""
    return NamedEdit("principle", principle_id, {"name": name, "description": description.strip()})


@dataclass(frozen=True)
class PrinciplesFrom(Op):
    """Carry post-its and cluster titles forward as principles, skipping names already there."""

    note_ids: tuple[int, ...] = ()
    cluster_ids: tuple[int, ...] = ()

    def apply(self, tx: Tx) -> Op:
        texts = [n["text"] for n in select_rows(tx.conn, TABLES["note"], self.note_ids)]
        texts += [c["title"] for c in select_rows(tx.conn, TABLES["cluster"], self.cluster_ids)]
        table = TABLES["principle"]
        seen = {_key(n) for n in tx.conn.scalars(select(table.c.name))}
        steps = Steps(tx)
        position = next_position(tx, "principle")
        for text in texts:
            name = " ".join(text.split())
            if name and _key(name) not in seen:
                seen.add(_key(name))
                steps.add("principle", name=name, position=position)
                position += 1
        if not steps.undo:
            raise OperationError("These post-its or clusters are already principles.")
        return steps.inverse()


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


# -- beleidsthema's --------------------------------------------------------------------------------


@dataclass(frozen=True)
class AddTheme(Op):
    """A new beleidsthema from scratch, with the next free letter and colour."""

    name: str
    description: str = ""
    colour: str = ""

    def apply(self, tx: Tx) -> Op:
        themes = TABLES["theme"]
        count = tx.conn.scalar(select(func.count()).select_from(themes)) or 0
        codes = set(tx.conn.scalars(select(themes.c.code)))
        index = count
        while theme_code(index) in codes:
            index += 1
        steps = Steps(tx)
        steps.add(
            "theme",
            code=theme_code(index),
            name=clean_name(self.name),
            description=self.description.strip(),
            colour=self.colour or THEME_COLOURS[count % len(THEME_COLOURS)],
            position=next_position(tx, "theme"),
        )
        return steps.inverse()


THEME_FIELDS = frozenset({"name", "description", "colour", "code"})


def edit_theme(theme_id: int, **values: str) -> NamedEdit:
    """Rename (``name``), describe (``description``), recolour (``colour``) or recode a theme."""
    if set(values) - THEME_FIELDS:
        raise ValueError(f"a theme has no {sorted(set(values) - THEME_FIELDS)}")
    return NamedEdit("theme", theme_id, values)


def _theme_children(tx: Tx, theme_ids: Sequence[int]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for table in ("subgroup", "logic_node", "initiative"):
        t = TABLES[table]
        rows = tx.conn.execute(
            select(t).where(t.c.theme_id.in_(list(theme_ids))).order_by(t.c.id)
        ).mappings()
        out[table] = [dict(r) for r in rows]
    return out


@dataclass(frozen=True)
class MergeThemes(Op):
    """Fold themes into ``into``: their subgroups, elements and initiatives move, they go."""

    into: int
    merged: tuple[int, ...]

    def apply(self, tx: Tx) -> Op:
        merged = tuple(t for t in dict.fromkeys(self.merged) if t != self.into)
        found = select_rows(tx.conn, TABLES["theme"], (self.into, *merged))
        if len(found) != len(merged) + 1 or not merged:
            raise OperationError("Choose a theme to keep and at least one other theme.")
        children = _theme_children(tx, merged)
        undo: list[Op] = []
        first = next_position(tx, "initiative", theme_id=self.into)
        for table, rows in children.items():
            values: dict[int, dict] = {}
            for offset, row in enumerate(rows):
                values[row["id"]] = {"theme_id": self.into}
                if table == "initiative":
                    values[row["id"]]["position"] = first + offset
            undo.append(Update(table, values).apply(tx))
        undo.append(Remove("theme", merged).apply(tx))
        return Batch(tuple(reversed(undo)))


def remove_theme(theme_id: int) -> Remove:
    """Delete a theme: its initiatives go with it, subgroups and elements lose their theme."""
    return Remove("theme", (theme_id,))


# -- marks ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MarkChance(Op):
    """Mark post-its or batenlogica elements as a chance, or clear the mark (``chance`` None)."""

    table: str
    ids: tuple[int, ...]
    chance: Chance | None

    def apply(self, tx: Tx) -> Op:
        if self.table not in MARKABLE:
            raise OperationError("Only post-its and batenlogica elements can be marked.")
        chance = None if self.chance is None else Chance(self.chance)
        rows = select_rows(tx.conn, TABLES[self.table], self.ids)
        if len(rows) != len(set(self.ids)):
            raise OperationError("Some of these items no longer exist.")
        return Update(self.table, {r["id"]: {"chance": chance} for r in rows}).apply(tx)


@dataclass(frozen=True)
class SetWorkloadOrigin(Op):
    """Say by hand where werkdruk post-its come from (None: leave it to the batenlogica)."""

    note_ids: tuple[int, ...]
    origin: WorkloadOrigin | None

    def apply(self, tx: Tx) -> Op:
        origin = None if self.origin is None else WorkloadOrigin(self.origin)
        rows = select_rows(tx.conn, TABLES["note"], self.note_ids)
        if len(rows) != len(set(self.note_ids)):
            raise OperationError("Some of these post-its no longer exist.")
        if not rows or any(r["kind"] != NoteKind.WERKDRUK for r in rows):
            raise OperationError("Only werkdruk post-its have an origin.")
        return Update("note", {r["id"]: {"workload_origin": origin} for r in rows}).apply(tx)
