"""Board gestures decided in the model: capture, drop into frames, duplicate, tidy."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.model.entities import Cluster, Note, Subgroup
from app.model.errors import RoundClosedError
from app.model.kinds import RoundState
from app.model.layout import Rect
from app.model.ops.board import (
    AddNote,
    CaptureNotes,
    CreateCluster,
    DuplicateNotes,
    MoveNotes,
    area_at,
    free_slots,
)
from app.model.ops.edits import set_round_state
from app.model.ops.tidy import TidyBoard, TidyCluster, TidySubgroup
from app.model.reads.board import ensure_round_open
from app.model.store import WorkshopStore
from tests.helpers.board import Board, build_board, notes, overlapping


@pytest.fixture
def board(store: WorkshopStore) -> Board:
    return build_board(store)


def test_area_at_prefers_the_smallest_containing_area() -> None:
    areas = {1: Rect(0, 0, 100, 100), 2: Rect(10, 10, 20, 20)}
    assert area_at(areas, 15, 15) == 2
    assert area_at(areas, 50, 50) == 1
    assert area_at(areas, 150, 50) is None


def test_free_slots_skip_taken_cells_and_continue_below() -> None:
    area = Rect(0, 0, 400, 200)  # two columns of 160 + gaps
    taken = [Rect(16, 72, 160, 110)]  # the first cell
    slots = free_slots(area, taken, 3)
    assert slots[0] == (192, 72)
    assert len(set(slots)) == 3
    assert all(not Rect(x, y, 160, 110).contains(20, 80) for x, y in slots)


def test_add_note_inside_a_frame_joins_its_cluster(store: WorkshopStore, board: Board) -> None:
    store.apply(AddNote(board.round_id, board.left, "a", 100, 100))
    store.apply(CreateCluster((1,), "Rode draad"))
    with store.read() as db:
        frame = db.get(Cluster, 1)
        fx, fy = frame.x, frame.y
    store.apply(AddNote(board.round_id, board.left, "b", fx + 20, fy + 60))
    store.apply(AddNote(board.round_id, board.left, "c", 600, 400))
    assert [n.cluster_id for n in notes(store)] == [1, 1, None]


def test_capture_fills_free_cells_and_grows_the_area(store: WorkshopStore, board: Board) -> None:
    store.apply(AddNote(board.round_id, board.left, "already here", 16, 72))
    undo = store.apply(CaptureNotes(board.left, tuple(f"idee {i}" for i in range(20))))
    captured = notes(store)[1:]
    assert [n.text for n in captured] == [f"idee {i}" for i in range(20)]
    rects = [Rect(n.x, n.y, n.w, n.h) for n in notes(store)]
    assert not overlapping(rects)
    with store.read() as db:
        area = db.get(Subgroup, board.left)
        assert all(area.x <= r.x and r.right <= area.x + area.w for r in rects)
        assert max(r.bottom for r in rects) <= area.y + area.h
    store.apply(undo)
    assert [n.text for n in notes(store)] == ["already here"]
    with store.read() as db:
        assert db.get(Subgroup, board.left).h == 600


def test_move_notes_joins_leaves_and_refits_frames(store: WorkshopStore, board: Board) -> None:
    for x in (100, 300, 1000):
        store.apply(AddNote(board.round_id, board.left, "n", x, 100))
    store.apply(CreateCluster((1, 2), "Samen"))
    with store.read() as db:
        before = db.get(Cluster, 1)
        frame = Rect(before.x, before.y, before.w, before.h)
    # note 3 dropped into the frame; note 2 dragged far out of it
    undo = store.apply(MoveNotes({3: (frame.x + 30, frame.y + 70), 2: (1200, 500)}))
    assert [n.cluster_id for n in notes(store)] == [1, None, 1]
    with store.read() as db:
        after = db.get(Cluster, 1)
        assert after.w < frame.w  # refitted around notes 1 and 3 only
    store.apply(undo)
    assert [(n.x, n.y, n.cluster_id) for n in notes(store)] == [
        (100, 100, 1),
        (300, 100, 1),
        (1000, 100, None),
    ]
    with store.read() as db:
        restored = db.get(Cluster, 1)
        assert Rect(restored.x, restored.y, restored.w, restored.h) == frame


def test_duplicate_copies_text_kind_and_subgroup_but_not_cluster(
    store: WorkshopStore, board: Board
) -> None:
    store.apply(AddNote(board.round_id, board.right, "kopie mij", 900, 100, kind="werkdruk"))
    store.apply(CreateCluster((1,)))
    store.apply(DuplicateNotes((1,)))
    original, copy = notes(store)
    assert (copy.text, copy.kind, copy.subgroup_id) == ("kopie mij", "werkdruk", board.right)
    assert (copy.x, copy.y, copy.cluster_id) == (original.x + 32, original.y + 32, None)


def test_tidy_subgroup_leaves_no_overlaps_and_keeps_clear_of_frames(
    store: WorkshopStore, board: Board
) -> None:
    for i in range(12):
        store.apply(AddNote(board.round_id, board.left, f"n{i}", 40 + 7 * i, 90 + 3 * i))
    store.apply(AddNote(board.round_id, board.left, "framed", 500, 300))
    store.apply(CreateCluster((13,), "Apart"))
    store.apply(TidySubgroup(board.left))
    with store.read() as db:
        frame = db.get(Cluster, 1)
        framed = Rect(frame.x, frame.y, frame.w, frame.h)
        area = db.get(Subgroup, board.left)
        area_rect = Rect(area.x, area.y, area.w, area.h)
    loose = [Rect(n.x, n.y, n.w, n.h) for n in notes(store) if n.cluster_id is None]
    everything = [*loose, framed]
    assert not overlapping(everything)
    assert all(r.bottom <= area_rect.bottom and r.right <= area_rect.right for r in loose)


def test_tidy_cluster_grids_members_and_fits_the_frame(store: WorkshopStore, board: Board) -> None:
    for i in range(5):
        store.apply(AddNote(board.round_id, board.left, f"n{i}", 100 + 20 * i, 100 + 15 * i))
    store.apply(CreateCluster(tuple(range(1, 6)), "Stapel"))
    store.apply(TidyCluster(1))
    members = [Rect(n.x, n.y, n.w, n.h) for n in notes(store)]
    assert len({(r.x, r.y) for r in members}) == 5
    assert not overlapping(members)
    with store.read() as db:
        frame = db.get(Cluster, 1)
        assert all(
            frame.x <= r.x and r.right <= frame.x + frame.w and r.bottom <= frame.y + frame.h
            for r in members
        )


def test_closed_round_refuses_gestures(store: WorkshopStore, board: Board) -> None:
    store.apply(AddNote(board.round_id, board.left, "n", 100, 100))
    store.apply(set_round_state(board.round_id, RoundState.CLOSED))
    with pytest.raises(RoundClosedError):
        ensure_round_open(store, board.round_id)
    for op in (
        AddNote(board.round_id, board.left, "x", 10, 10),
        MoveNotes({1: (300, 300)}),
        CaptureNotes(board.left, ("a",)),
        DuplicateNotes((1,)),
    ):
        with pytest.raises(RoundClosedError):
            store.apply(op)
    assert [(n.text, n.x) for n in notes(store)] == [("n", 100)]


def test_tidy_board_leaves_nothing_overlapping_and_undoes_exactly(tmp_path) -> None:
    from app.model.demo import build_demo
    from app.model.entities import Round

    with WorkshopStore.create(tmp_path / "demo.bruinpapier") as store:
        build_demo(store)
        with store.read() as db:
            round_id = db.scalar(select(Round.id).where(Round.state == RoundState.OPEN))
            frames = db.scalars(select(Cluster).where(Cluster.round_id == round_id)).all()
            first = frames[0]
            members = db.scalars(select(Note.id).where(Note.cluster_id == first.id)).all()
        # pile one frame's notes onto its neighbour, the way a busy session leaves a board
        store.apply(
            MoveNotes({n: (first.x + 20 + 5 * i, first.y + 70) for i, n in enumerate(members)})
        )
        before = notes(store)
        undo = store.apply(TidyBoard(round_id))
        with store.read() as db:
            all_notes = [
                Rect(n.x, n.y, n.w, n.h)
                for n in db.scalars(select(Note).where(Note.round_id == round_id))
            ]
            all_frames = [
                Rect(c.x, c.y, c.w, c.h)
                for c in db.scalars(select(Cluster).where(Cluster.round_id == round_id))
            ]
            all_areas = [
                Rect(a.x, a.y, a.w, a.h)
                for a in db.scalars(select(Subgroup).where(Subgroup.round_id == round_id))
            ]
        assert not overlapping(all_notes)
        assert not overlapping(all_frames)
        assert not overlapping(all_areas)
        store.apply(undo)
        assert [(n.id, n.x, n.y, n.cluster_id) for n in notes(store)] == [
            (n.id, n.x, n.y, n.cluster_id) for n in before
        ]
