"""Setting up rounds with the facilitator's own mix instead of the automatic one."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.model.entities import Participant, Round, Session, Subgroup, SubgroupMember
from app.model.errors import OperationError
from app.model.kinds import RoundKind
from app.model.ops.session import AddRoundWithMix, SetUpWithMix
from app.model.ops.setup import AddRound, GroupPlan, SetUpWorkshop
from app.model.store import WorkshopStore
from app.model.templates import METHOD, Composition, RoundTemplate

GROUPS = (
    GroupPlan("Leerlingen", "#ffe08a", participants=("Ada", "Bo")),
    GroupPlan("Ouders", "#a8e6a1", participants=("Cas",)),
)


def seating(store: WorkshopStore, round_id: int) -> dict[str, list[str]]:
    with store.read() as db:
        rows = db.execute(
            select(Subgroup.name, Participant.name)
            .join(SubgroupMember, SubgroupMember.subgroup_id == Subgroup.id)
            .join(Participant, Participant.id == SubgroupMember.participant_id)
            .where(Subgroup.round_id == round_id)
            .order_by(Subgroup.position, Participant.name)
        ).all()
    result: dict[str, list[str]] = {}
    for subgroup, person in rows:
        result.setdefault(subgroup, []).append(person)
    return result


def brown_paper_round(store: WorkshopStore) -> int:
    with store.read() as db:
        return db.scalars(select(Round.id).where(Round.kind == RoundKind.BROWN_PAPER)).one()


def test_set_up_seats_the_mixed_round_as_the_facilitator_chose(store: WorkshopStore) -> None:
    setup = SetUpWorkshop("T", "S", "F", GROUPS, METHOD, mixed_subgroups=2)
    # The automatic mix would put Ada and Cas together; the facilitator keeps Bo with Ada.
    mix = (((0, 0), (0, 1)), ((1, 0),))
    undo = store.apply(SetUpWithMix(setup, mix))
    assert seating(store, brown_paper_round(store)) == {
        "Groep A": ["Ada", "Bo"],
        "Groep B": ["Cas"],
    }
    store.apply(undo)
    with store.read() as db:
        assert db.scalars(select(Session)).all() == []
        assert db.scalars(select(Participant)).all() == []


def test_set_up_refuses_a_mix_of_the_wrong_size(store: WorkshopStore) -> None:
    setup = SetUpWorkshop("T", "S", "F", GROUPS, METHOD, mixed_subgroups=3)
    with pytest.raises(OperationError):
        store.apply(SetUpWithMix(setup, (((0, 0),), ((0, 1),))))
    with store.read() as db:
        assert db.scalars(select(Session)).all() == []


def test_set_up_refuses_an_unknown_person(store: WorkshopStore) -> None:
    setup = SetUpWorkshop("T", "S", "F", GROUPS, METHOD, mixed_subgroups=1)
    with pytest.raises(OperationError, match="participant"):
        store.apply(SetUpWithMix(setup, (((1, 5),),)))
    with store.read() as db:
        assert db.scalars(select(Participant)).all() == []


def test_added_mixed_round_is_seated_and_undoable(store: WorkshopStore) -> None:
    store.apply(SetUpWorkshop("T", "S", "F", GROUPS, (METHOD[0],), mixed_subgroups=2))
    with store.read() as db:
        session_id = db.scalars(select(Session.id)).one()
        people = dict(db.execute(select(Participant.name, Participant.id)).all())
    template = RoundTemplate("Extra", "Wat nog meer?", RoundKind.FREE, Composition.MIXED, ("W",))
    mix = ((people["Cas"],), (people["Ada"], people["Bo"]))
    undo = store.apply(AddRoundWithMix(AddRound(session_id, template, 2), mix))
    with store.read() as db:
        round_id = db.scalars(select(Round.id).where(Round.title == "Extra")).one()
    assert seating(store, round_id) == {"Groep A": ["Cas"], "Groep B": ["Ada", "Bo"]}
    store.apply(undo)
    with store.read() as db:
        assert db.scalars(select(Round).where(Round.title == "Extra")).all() == []


def test_only_mixed_rounds_take_a_mix(store: WorkshopStore) -> None:
    store.apply(SetUpWorkshop("T", "S", "F", GROUPS, (METHOD[0],)))
    with store.read() as db:
        session_id = db.scalars(select(Session.id)).one()
    template = RoundTemplate("Vrij", "", RoundKind.FREE, Composition.FREE)
    with pytest.raises(OperationError):
        store.apply(AddRoundWithMix(AddRound(session_id, template, 1), ((),)))
