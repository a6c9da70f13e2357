"""Arrivals and dots from phones as ordinary invertible operations."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.model.entities import Note
from app.model.layout import GAP, HEADER, NOTE_H, NOTE_W, Rect
from app.model.ops.board import free_slots
from app.model.ops.participants import (
    ArriveNote,
    GroupDot,
    author_of,
    group_votes,
    with_group_vote,
)
from app.model.store import WorkshopStore
from tests.helpers.board import build_board, overlapping


def _notes(store: WorkshopStore) -> list[Note]:
    with store.read() as db:
        return list(db.scalars(select(Note).order_by(Note.id)))


def test_arrivals_fill_free_cells_of_their_area_and_undo_exactly(store: WorkshopStore) -> None:
    board = build_board(store)
    undos = [
        store.apply(ArriveNote(board.right, f"idee {i}", author="An de Vries")) for i in range(7)
    ]
    notes = _notes(store)
    assert {n.subgroup_id for n in notes} == {board.right}
    assert all(n.x >= 848 for n in notes)
    assert overlapping([Rect(n.x, n.y, n.w, n.h) for n in notes]) == []
    assert author_of(notes[0].tags) == "An de Vries"
    for undo in reversed(undos):
        store.apply(undo)
    assert _notes(store) == []


def test_group_dots_keep_other_tags_and_never_go_below_zero(store: WorkshopStore) -> None:
    assert group_votes(with_group_vote("ict by:An", 3, 1)) == {3: 1}
    assert "ict" in with_group_vote("ict votes@3=1", 3, -1).split()
    assert group_votes(with_group_vote("votes@3=1", 3, -5)) == {}
    board = build_board(store)
    store.apply(ArriveNote(board.left, "samen"))
    (note,) = _notes(store)
    undo = store.apply(GroupDot(note.id, 1, 2))
    store.apply(GroupDot(note.id, 1, None))
    (note,) = _notes(store)
    assert (note.votes, group_votes(note.tags)) == (2, {2: 1})
    store.apply(undo)  # undoes the first dot's whole edit: votes and tally together
    (note,) = _notes(store)
    assert note.votes == 0 and group_votes(note.tags) == {}


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.floats(-300, 1200), st.floats(-300, 1500), st.floats(1, 600), st.floats(1, 600)
        ),
        max_size=30,
    ),
    st.integers(1, 12),
)
def test_free_slots_index_finds_exactly_the_cells_a_full_scan_finds(boxes, count) -> None:
    """The row index that makes arrivals fast on a full board changes no placement."""
    area = Rect(0, 0, 800, 600)
    taken = [Rect(*b) for b in boxes]
    columns = max(1, int((area.w - GAP) // (NOTE_W + GAP)))
    expected, index = [], 0
    while len(expected) < count:
        x = area.x + GAP + (index % columns) * (NOTE_W + GAP)
        y = area.y + HEADER + GAP + (index // columns) * (NOTE_H + GAP)
        cell = Rect(x, y, NOTE_W, NOTE_H)
        if not any(
            cell.x < t.right and t.x < cell.right and cell.y < t.bottom and t.y < cell.bottom
            for t in taken
        ):
            expected.append((x, y))
        index += 1
    assert free_slots(area, taken, count) == expected
