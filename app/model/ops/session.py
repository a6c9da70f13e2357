"""Set-up steps that take the facilitator's own mix of a mixed round instead of the automatic one.

The wizard and the add-round dialog show the automatic even mix and let the
facilitator move people between subgroups before anything is written; these
operations create the rounds as ``SetUpWorkshop``/``AddRound`` do and then
seat everyone as shown, all in the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from app.model.changes import Change
from app.model.entities import TABLES
from app.model.errors import OperationError
from app.model.ops.edits import Remove
from app.model.ops.primitives import Op, Tx
from app.model.ops.setup import AddRound, SetUpWorkshop, Steps
from app.model.templates import Composition

PersonKey = tuple[int, int]
"""A participant of the wizard, before it has an id: (group index, index within the group)."""


def _inserted(changes: Sequence[Change], table: str) -> list[Change]:
    return [c for c in changes if c.table == table and c.kind == "insert"]


def _seat(steps: Steps, subgroup_ids: Sequence[int], members: Sequence[Sequence[int]]) -> None:
    """Replace the members of ``subgroup_ids`` with ``members`` (participant ids per subgroup)."""
    if len(subgroup_ids) != len(members):
        raise OperationError(
            "The mix has {mixed} subgroups but the round has {subgroups}.",
            mixed=len(members),
            subgroups=len(subgroup_ids),
        )
    table = TABLES["subgroup_member"]
    existing = steps.tx.conn.scalars(
        select(table.c.id).where(table.c.subgroup_id.in_(list(subgroup_ids)))
    ).all()
    if existing:
        steps.undo.append(Remove("subgroup_member", tuple(existing)).apply(steps.tx))
    for subgroup_id, people in zip(subgroup_ids, members, strict=True):
        for participant_id in people:
            steps.add("subgroup_member", subgroup_id=subgroup_id, participant_id=participant_id)


def _mixed_subgroups(new: Sequence[Change], round_id: int, count: int) -> list[int]:
    """The first ``count`` subgroups created in a round: the mixed ones come before the extras."""
    return [c.id for c in _inserted(new, "subgroup") if c.values["round_id"] == round_id][:count]


@dataclass(frozen=True)
class SetUpWithMix(Op):
    """``SetUpWorkshop`` with every mixed round seated as ``mix`` says.

    ``mix`` holds, per mixed subgroup, the wizard's people as ``PersonKey``s.
    """

    setup: SetUpWorkshop
    mix: tuple[tuple[PersonKey, ...], ...]

    def apply(self, tx: Tx) -> Op:
        if len(self.mix) != self.setup.mixed_subgroups:
            raise OperationError("The mix does not match the number of mixed subgroups.")
        start = len(tx.changes)
        steps = Steps(tx)
        steps.undo.append(self.setup.apply(tx))
        new = tx.changes[start:]
        people = [c.id for c in _inserted(new, "participant")]
        offsets = [0]
        for group in self.setup.groups:
            offsets.append(offsets[-1] + len(group.participants))
        try:
            members = [[people[offsets[g] + p] for g, p in pile] for pile in self.mix]
        except IndexError:
            raise OperationError("The mix names a participant who is not in the list.") from None
        templates = [t for s in self.setup.sessions for t in s.rounds]
        rounds = [c.id for c in _inserted(new, "round")]
        for round_id, template in zip(rounds, templates, strict=True):
            if template.composition is Composition.MIXED:
                subgroups = _mixed_subgroups(new, round_id, len(self.mix))
                _seat(steps, subgroups, members)
        return steps.inverse()


@dataclass(frozen=True)
class AddRoundWithMix(Op):
    """``AddRound`` for a mixed round, seated as ``mix`` (participant ids per subgroup) says."""

    add: AddRound
    mix: tuple[tuple[int, ...], ...]

    def apply(self, tx: Tx) -> Op:
        if self.add.template.composition is not Composition.MIXED:
            raise OperationError("Only a mixed round takes a mix of participants.")
        if len(self.mix) != self.add.mixed_subgroups:
            raise OperationError("The mix does not match the number of mixed subgroups.")
        start = len(tx.changes)
        steps = Steps(tx)
        steps.undo.append(self.add.apply(tx))
        new = tx.changes[start:]
        (round_id,) = (c.id for c in _inserted(new, "round"))
        _seat(steps, _mixed_subgroups(new, round_id, len(self.mix)), self.mix)
        return steps.inverse()
