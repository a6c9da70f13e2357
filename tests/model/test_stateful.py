"""Random sequences of edits, undos and redos against a plain-Python model of the workshop.

The reference (tests/model/reference.py) knows the method's rules (closed rounds, cascades, cluster
frames, votes never below zero) on its own, from dicts of rows. After every
step the database must equal it (timestamps aside); at the end, undoing
everything must give back the starting file exactly, timestamps included.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from app.model.errors import OperationError, RoundClosedError
from app.model.kinds import LogicKind, NoteKind, RoundState
from app.model.layout import Rect
from app.model.ops import Op
from app.model.ops.board import CreateCluster, MoveCluster, SetCluster, Vote, ungroup
from app.model.ops.edits import Add, Edit, Remove, add, edit, remove, reorder, set_round_state
from app.model.ops.logic import AddLogicNode, add_edge
from app.model.ops.tidy import Tidy
from app.model.store import WorkshopStore
from tests.helpers.reference import (
    POSTIT_WIDTH,
    SPACING,
    TITLE_BAND,
    Box,
    Reference,
    Tables,
    frame_of,
    free_cells,
    tidy_places,
)
from tests.helpers.snapshot import TIMESTAMPS, Dump, seed, stored

texts = st.text(alphabet="abcdeéëö XYZ;,\"'\n", max_size=12)
coords = st.floats(min_value=-2000, max_value=2000, allow_nan=False).map(lambda v: round(v, 1))
note_kinds = st.sampled_from([k.value for k in NoteKind])
logic_kinds = st.sampled_from([k.value for k in LogicKind])


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One seeded workshop file; every example starts from a copy of it."""
    path = tmp_path_factory.mktemp("stateful") / "template.bruinpapier"
    with WorkshopStore.create(path, name="Stateful") as store:
        seed(store)
    return path


class WorkshopMachine(RuleBasedStateMachine):
    template: Path

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="bp-stateful-"))
        path = self.folder / "w.bruinpapier"
        shutil.copyfile(self.template, path)
        self.store = WorkshopStore.open(path, backup=False)
        self.start: Dump = stored(self.store)
        self.ref = Reference(stored(self.store, ignore=TIMESTAMPS))
        self.undo_stack: list[tuple[Op, Tables]] = []
        self.redo_stack: list[tuple[Op, Tables]] = []
        self.consistent = False

    # -- helpers -------------------------------------------------------------------------------

    def ids(self, table: str) -> list[int]:
        return sorted(self.ref.t[table])

    def run(
        self, op: Op, model: Callable[[], None], refusal: tuple[type, str] | None = None
    ) -> None:
        """Apply ``op`` to the store and ``model`` to the reference, or expect the refusal."""
        self.consistent = False
        if refusal is not None:
            error, words = refusal
            try:
                self.store.apply(op)
            except error as exc:
                assert words in str(exc)
            else:
                raise AssertionError(f"{op} was not refused with {error.__name__}")
            return
        before = self.ref.copy()
        inverse = self.store.apply(op)
        model()
        self.undo_stack.append((inverse, before))
        self.redo_stack.clear()

    def closed_refusal(self, round_ids: set[int]) -> tuple[type, str] | None:
        closed = [r for r in sorted(round_ids) if not self.ref.is_open(r)]
        return (RoundClosedError, "is closed") if closed else None

    def pick(self, data: st.DataObject, table: str, many: bool = False) -> list[int]:
        ids = self.ids(table)
        if many:
            return data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=4, unique=True))
        return [data.draw(st.sampled_from(ids))]

    def note_rounds(self, ids: list[int]) -> set[int]:
        return {self.ref.t["note"][i]["round_id"] for i in ids}

    # -- notes ---------------------------------------------------------------------------------

    @precondition(lambda self: self.ref.t["round"])
    @rule(data=st.data(), count=st.integers(1, 3), kind=note_kinds, text=texts, x=coords, y=coords)
    def add_notes(
        self, data: st.DataObject, count: int, kind: str, text: str, x: float, y: float
    ) -> None:
        (round_id,) = self.pick(data, "round")
        subgroups = [s for s, r in self.ref.t["subgroup"].items() if r["round_id"] == round_id]
        subgroup = data.draw(st.sampled_from([None, *subgroups]))
        rows = [
            {
                "round_id": round_id,
                "subgroup_id": subgroup,
                "kind": kind,
                "text": f"{text}{i}",
                "x": x + 170 * i,
                "y": y,
            }
            for i in range(count)
        ]

        def model() -> None:
            for row in rows:
                self.ref.insert("note", row)

        self.run(Add("note", tuple(rows)), model, self.closed_refusal({round_id}))

    @precondition(lambda self: self.ref.t["note"])
    @rule(data=st.data(), text=texts, colour=st.sampled_from(["", "#ffcc00", "#2a9d8f"]))
    def edit_notes(self, data: st.DataObject, text: str, colour: str) -> None:
        ids = self.pick(data, "note", many=True)
        values = {i: {"text": text, "colour": colour} for i in ids}

        def model() -> None:
            for i in ids:
                self.ref.update("note", i, values[i])

        self.run(Edit("note", values), model, self.closed_refusal(self.note_rounds(ids)))

    @precondition(lambda self: self.ref.t["note"])
    @rule(data=st.data(), x=coords, y=coords, w=st.sampled_from([160.0, 220.0]))
    def move_notes(self, data: st.DataObject, x: float, y: float, w: float) -> None:
        ids = self.pick(data, "note", many=True)
        values = {i: {"x": x + 10 * n, "y": y, "w": w} for n, i in enumerate(ids)}

        def model() -> None:
            for i in ids:
                self.ref.update("note", i, values[i])

        self.run(Edit("note", values), model, self.closed_refusal(self.note_rounds(ids)))

    @precondition(lambda self: self.ref.t["note"])
    @rule(data=st.data())
    def delete_notes(self, data: st.DataObject) -> None:
        ids = self.pick(data, "note", many=True)
        self.run(
            Remove("note", tuple(ids)),
            lambda: self.ref.delete("note", ids),
            self.closed_refusal(self.note_rounds(ids)),
        )

    @precondition(lambda self: self.ref.t["note"])
    @rule(data=st.data(), delta=st.sampled_from([1, 1, 2, -1, -3]))
    def vote(self, data: st.DataObject, delta: int) -> None:
        ids = self.pick(data, "note", many=True)

        def model() -> None:
            for i in ids:
                votes = self.ref.t["note"][i]["votes"]
                self.ref.update("note", i, {"votes": max(0, votes + delta)})

        self.run(Vote(tuple(ids), delta), model, self.closed_refusal(self.note_rounds(ids)))

    # -- clusters ------------------------------------------------------------------------------

    @precondition(lambda self: self.ref.t["note"])
    @rule(data=st.data(), title=texts)
    def create_cluster(self, data: st.DataObject, title: str) -> None:
        ids = self.pick(data, "note", many=True)
        rounds = self.note_rounds(ids)
        refusal = (OperationError, "one round") if len(rounds) > 1 else self.closed_refusal(rounds)

        def model() -> None:
            notes = [self.ref.t["note"][i] for i in sorted(ids)]
            # one cluster, one subgroup: where most of its notes are (a tie: the first note's)
            known = [n["subgroup_id"] for n in notes if n["subgroup_id"] is not None]
            target = max(known, key=lambda s: (known.count(s), -known.index(s))) if known else None
            strays = [n for n in notes if n["subgroup_id"] != target] if target else []
            if strays:
                staying = [n for n in notes if n not in strays]
                area = self.ref.t["subgroup"][target]
                region: Box = (area["x"], area["y"], area["w"], area["h"])
                if staying:
                    left = min(n["x"] for n in staying)
                    top = min(n["y"] for n in staying)
                    right = area["x"] + area["w"]
                    region = (
                        left - SPACING,
                        top - SPACING - TITLE_BAND,
                        max(right - left + SPACING, POSTIT_WIDTH),
                        0.0,
                    )
                others = [
                    (n["x"], n["y"], n["w"], n["h"])
                    for n in self.ref.t["note"].values()
                    if n["round_id"] == notes[0]["round_id"] and n not in strays
                ]
                w, h = max(n["w"] for n in strays), max(n["h"] for n in strays)
                cells = free_cells(region, others, len(strays), w, h)
                for note, (x, y) in zip(strays, cells, strict=True):
                    note.update(subgroup_id=target, x=x, y=y)
            frame = frame_of(notes)
            x, y, w, h = frame
            row = {"round_id": rounds.pop(), "title": title, "x": x, "y": y, "w": w, "h": h}
            cluster_id = self.ref.insert("cluster", row)
            for i in ids:
                self.ref.update("note", i, {"cluster_id": cluster_id})
            if target is not None:
                self.ref.grow(target, frame)

        self.run(CreateCluster(tuple(ids), title), model, refusal)

    @precondition(lambda self: self.ref.t["cluster"])
    @rule(data=st.data(), dx=coords, dy=coords)
    def move_cluster(self, data: st.DataObject, dx: float, dy: float) -> None:
        (cluster_id,) = self.pick(data, "cluster")
        frame = self.ref.t["cluster"][cluster_id]

        def model() -> None:
            for row in [*self.ref.t["note"].values(), frame]:
                if row is frame or row["cluster_id"] == cluster_id:
                    row.update(x=row["x"] + dx, y=row["y"] + dy)

        self.run(MoveCluster(cluster_id, dx, dy), model, self.closed_refusal({frame["round_id"]}))

    @precondition(lambda self: self.ref.t["cluster"] and self.ref.t["note"])
    @rule(data=st.data(), leave=st.booleans())
    def set_cluster(self, data: st.DataObject, leave: bool) -> None:
        (cluster_id,) = self.pick(data, "cluster")
        round_id = self.ref.t["cluster"][cluster_id]["round_id"]
        same_round = [i for i, n in self.ref.t["note"].items() if n["round_id"] == round_id]
        if not same_round:
            return
        ids = data.draw(st.lists(st.sampled_from(same_round), min_size=1, max_size=3, unique=True))
        target = None if leave else cluster_id

        def model() -> None:
            touched = {self.ref.t["note"][i]["cluster_id"] for i in ids} | {target}
            for i in ids:
                self.ref.update("note", i, {"cluster_id": target})
            for c in sorted(c for c in touched if c is not None):
                self.ref.fit(c)

        self.run(SetCluster(tuple(ids), target), model, self.closed_refusal({round_id}))

    @precondition(lambda self: self.ref.t["note"])
    @rule(data=st.data(), x=coords, y=coords, width=st.sampled_from([300.0, 800.0, 1400.0]))
    def tidy(self, data: st.DataObject, x: float, y: float, width: float) -> None:
        ids = self.pick(data, "note", many=True)
        area = Rect(x, y, width, 600.0)

        def model() -> None:
            notes = sorted(
                (self.ref.t["note"][i] for i in ids), key=lambda n: (n["y"], n["x"], n["id"])
            )
            places = tidy_places((x, y, width, 600.0), notes)
            for note, (px, py) in zip(notes, places, strict=True):
                note.update(x=px, y=py)

        self.run(Tidy(tuple(ids), area), model, self.closed_refusal(self.note_rounds(ids)))

    @precondition(lambda self: self.ref.t["cluster"])
    @rule(data=st.data())
    def ungroup_cluster(self, data: st.DataObject) -> None:
        (cluster_id,) = self.pick(data, "cluster")
        round_id = self.ref.t["cluster"][cluster_id]["round_id"]
        self.run(
            ungroup(cluster_id),
            lambda: self.ref.delete("cluster", [cluster_id]),
            self.closed_refusal({round_id}),
        )

    # -- sessions, rounds, subgroups -----------------------------------------------------------

    @rule(title=texts)
    def add_session(self, title: str) -> None:
        position = len(self.ref.t["session"])
        self.run(
            add("session", title=title, position=position),
            lambda: self.ref.insert("session", {"title": title, "position": position}),
        )

    @precondition(lambda self: self.ref.t["session"])
    @rule(data=st.data(), title=texts, question=texts)
    def add_round(self, data: st.DataObject, title: str, question: str) -> None:
        (session_id,) = self.pick(data, "session")
        row = {"session_id": session_id, "title": title, "question": question}
        self.run(Add("round", (row,)), lambda: self.ref.insert("round", row))

    @precondition(lambda self: self.ref.t["round"])
    @rule(data=st.data(), name=texts)
    def add_subgroup(self, data: st.DataObject, name: str) -> None:
        (round_id,) = self.pick(data, "round")
        row = {"round_id": round_id, "name": name, "x": 900.0}
        self.run(
            Add("subgroup", (row,)),
            lambda: self.ref.insert("subgroup", row),
            self.closed_refusal({round_id}),
        )

    @precondition(
        lambda self: self.ref.t["session"] or self.ref.t["round"] or self.ref.t["subgroup"]
    )
    @rule(data=st.data(), table=st.sampled_from(["session", "round", "subgroup"]), name=texts)
    def rename(self, data: st.DataObject, table: str, name: str) -> None:
        if not self.ref.t[table]:
            return
        (row_id,) = self.pick(data, table)
        column = "name" if table == "subgroup" else "title"
        refusal = (
            self.closed_refusal({self.ref.t[table][row_id]["round_id"]})
            if table == "subgroup"
            else None
        )
        self.run(
            edit(table, row_id, **{column: name}),
            lambda: self.ref.update(table, row_id, {column: name}),
            refusal,
        )

    @precondition(lambda self: self.ref.t["session"] or self.ref.t["round"])
    @rule(data=st.data(), table=st.sampled_from(["session", "round", "subgroup"]))
    def reorder_rows(self, data: st.DataObject, table: str) -> None:
        if table == "session":
            siblings = self.ids("session")
            refusal = None
        else:
            parents = sorted(
                {
                    r["round_id" if table == "subgroup" else "session_id"]
                    for r in self.ref.t[table].values()
                }
            )
            if not parents:
                return
            parent = data.draw(st.sampled_from(parents))
            key = "round_id" if table == "subgroup" else "session_id"
            siblings = sorted(i for i, r in self.ref.t[table].items() if r[key] == parent)
            refusal = self.closed_refusal({parent}) if table == "subgroup" else None
        order = data.draw(st.permutations(siblings))

        def model() -> None:
            for position, row_id in enumerate(order):
                self.ref.update(table, row_id, {"position": position})

        self.run(reorder(table, order), model, refusal)

    @precondition(
        lambda self: self.ref.t["session"] or self.ref.t["round"] or self.ref.t["subgroup"]
    )
    @rule(data=st.data(), table=st.sampled_from(["session", "round", "round", "subgroup"]))
    def delete_row(self, data: st.DataObject, table: str) -> None:
        if not self.ref.t[table]:
            return
        (row_id,) = self.pick(data, table)
        refusal = (
            self.closed_refusal({self.ref.t[table][row_id]["round_id"]})
            if table == "subgroup"
            else None
        )
        self.run(remove(table, row_id), lambda: self.ref.delete(table, [row_id]), refusal)

    @precondition(lambda self: self.ref.t["round"])
    @rule(data=st.data(), state=st.sampled_from([RoundState.OPEN, RoundState.CLOSED]))
    def set_state(self, data: st.DataObject, state: RoundState) -> None:
        (round_id,) = self.pick(data, "round")
        self.run(
            set_round_state(round_id, state),
            lambda: self.ref.update("round", round_id, {"state": state.value}),
        )

    # -- batenlogica ---------------------------------------------------------------------------

    @rule(data=st.data(), kind=logic_kinds, label=texts, x=coords, y=coords)
    def add_logic_node(
        self, data: st.DataObject, kind: str, label: str, x: float, y: float
    ) -> None:
        notes = (
            data.draw(st.lists(st.sampled_from(self.ids("note")), max_size=2, unique=True))
            if self.ref.t["note"]
            else []
        )
        cluster = data.draw(st.sampled_from([None, *self.ids("cluster")]))

        def model() -> None:
            node = {"kind": kind, "label": label, "x": x, "y": y, "source_cluster_id": cluster}
            node_id = self.ref.insert("logic_node", node)
            for note_id in notes:
                self.ref.insert("logic_node_source", {"node_id": node_id, "note_id": note_id})

        op = AddLogicNode(
            kind, label, x, y, source_note_ids=tuple(notes), source_cluster_id=cluster
        )
        self.run(op, model)

    @precondition(lambda self: self.ref.t["logic_node"])
    @rule(data=st.data())
    def connect(self, data: st.DataObject) -> None:
        (cause,) = self.pick(data, "logic_node")
        (effect,) = self.pick(data, "logic_node")
        edges = {(e["cause_id"], e["effect_id"]) for e in self.ref.t["logic_edge"].values()}
        refusal: tuple[type, str] | None = None
        if cause == effect:
            refusal = (OperationError, "two different elements")
        elif (cause, effect) in edges:
            refusal = (OperationError, "already connected")
        row = {"cause_id": cause, "effect_id": effect}
        self.run(add_edge(cause, effect), lambda: self.ref.insert("logic_edge", row), refusal)

    @precondition(lambda self: self.ref.t["logic_node"])
    @rule(data=st.data())
    def delete_logic_node(self, data: st.DataObject) -> None:
        (node_id,) = self.pick(data, "logic_node")
        self.run(remove("logic_node", node_id), lambda: self.ref.delete("logic_node", [node_id]))

    # -- undo and redo -------------------------------------------------------------------------

    @precondition(lambda self: self.undo_stack)
    @rule()
    def undo(self) -> None:
        self.consistent = False
        inverse, before = self.undo_stack.pop()
        after = self.ref.copy()
        redo = self.store.apply(inverse)
        self.ref.t = before
        self.redo_stack.append((redo, after))

    @precondition(lambda self: self.redo_stack)
    @rule()
    def redo(self) -> None:
        self.consistent = False
        redo, after = self.redo_stack.pop()
        before = self.ref.copy()
        inverse = self.store.apply(redo)
        self.ref.t = after
        self.undo_stack.append((inverse, before))

    @invariant()
    def database_equals_reference(self) -> None:
        assert stored(self.store, ignore=TIMESTAMPS) == self.ref.t
        self.consistent = True

    def teardown(self) -> None:
        try:
            # After a failed step the step's own error is the report; undoing on would hide it.
            if self.consistent:
                while self.undo_stack:
                    self.undo()
                    self.database_equals_reference()
                assert stored(self.store) == self.start
        finally:
            self.store.close()
            shutil.rmtree(self.folder, ignore_errors=True)


@pytest.mark.slow
def test_random_edits_and_undos_match_the_reference(template: Path) -> None:
    WorkshopMachine.template = template
    run_state_machine_as_test(
        WorkshopMachine,
        settings=settings(
            max_examples=40,
            stateful_step_count=30,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
