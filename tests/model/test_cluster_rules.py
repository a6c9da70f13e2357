"""Clustering that stays tidy: one subgroup per cluster, frames grow, tidying never overlaps."""

from __future__ import annotations

from sqlalchemy import select

from app.model.entities import Cluster, Note, Subgroup
from app.model.layout import Rect
from app.model.ops.board import AddNote, CreateCluster, MoveCluster, MoveNotes, cluster_subgroup
from app.model.ops.tidy import TidyCluster, TidySubgroup
from tests.helpers.session import make_round


def rect(row) -> Rect:
    return Rect(row.x, row.y, row.w, row.h)


def inside(inner: Rect, outer: Rect) -> bool:
    return (
        outer.x <= inner.x
        and outer.y <= inner.y
        and inner.right <= outer.right
        and inner.bottom <= outer.bottom
    )


def overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def rows(store, entity):
    with store.read() as db:
        return {r.id: r for r in db.scalars(select(entity))}


def test_the_subgroup_of_a_mixed_cluster_is_where_most_notes_are() -> None:
    assert cluster_subgroup([2, 1, 2]) == 2
    assert cluster_subgroup([1, 2]) == 1  # a tie: the first note's
    assert cluster_subgroup([None, None]) is None


def test_a_cluster_of_two_subgroups_moves_its_notes_into_one(store) -> None:
    small = make_round(
        store,
        [("Rust", 0, 20, 80), ("Tijd", 0, 200, 80), ("Ruimte", 1, 870, 80), ("Los", 1, 870, 300)],
    )
    undo = store.apply(CreateCluster(tuple(small.notes[:3])))
    notes, frames = rows(store, Note), rows(store, Cluster)
    areas = rows(store, Subgroup)
    (frame,) = frames.values()
    home = areas[small.subgroups[0]]
    assert {notes[n].subgroup_id for n in small.notes[:3]} == {home.id}
    assert all(inside(rect(notes[n]), rect(frame)) for n in small.notes[:3])
    assert inside(rect(frame), rect(home))  # the frame stays inside one subgroup's area
    assert not overlap(rect(frame), rect(areas[small.subgroups[1]]))
    store.apply(undo)
    assert rows(store, Note)[small.notes[2]].subgroup_id == small.subgroups[1]
    assert rows(store, Note)[small.notes[2]].x == 870


def test_a_chained_note_stays_inside_its_frame_and_subgroup(store) -> None:
    small = make_round(store, [("Rust", 0, 20, 80), ("Tijd", 0, 200, 80)])
    store.apply(CreateCluster(tuple(small.notes)))
    frame = next(iter(rows(store, Cluster).values()))
    # Enter-chained: the next post-it beside the last one, its centre still in the frame
    x = frame.x + frame.w - 90
    store.apply(AddNote(small.round_id, small.subgroups[0], "Ruimte", x, frame.y + 80))
    new = max(rows(store, Note).values(), key=lambda n: n.id)
    frame = rows(store, Cluster)[frame.id]
    assert new.cluster_id == frame.id and inside(rect(new), rect(frame))
    area = rows(store, Subgroup)[small.subgroups[0]]
    assert inside(rect(frame), rect(area)) and inside(rect(new), rect(area))


def test_tidying_a_cluster_never_overlaps_another_frame(store) -> None:
    small = make_round(
        store,
        [(f"Idee {i}", 0, 20 + 30 * i, 80) for i in range(7)] + [("Onder", 0, 20, 420)],
    )
    store.apply(CreateCluster(tuple(small.notes[:7])))
    store.apply(CreateCluster((small.notes[7],)))
    store.apply(TidyCluster(min(rows(store, Cluster))))
    first, second = (rect(f) for f in rows(store, Cluster).values())
    assert not overlap(first, second)
    notes = [rect(n) for n in rows(store, Note).values()]
    assert not any(overlap(a, b) for i, a in enumerate(notes) for b in notes[i + 1 :])


def test_tidying_a_subgroup_keeps_clear_of_frames_reaching_into_it(store) -> None:
    loose = [(f"Los {i}", 0, 100.0 + 40 * i, 400.0) for i in range(4)]
    small = make_round(store, [*loose, ("F1", 1, 860, 80), ("F2", 1, 1036, 80)])
    store.apply(CreateCluster(tuple(small.notes[4:])))
    cluster_id = min(rows(store, Cluster))
    # the frame is dragged so it reaches into the first area, its centre still outside
    store.apply(MoveCluster(cluster_id, -208.0, 0.0))
    frame = rect(rows(store, Cluster)[cluster_id])
    area = rect(rows(store, Subgroup)[small.subgroups[0]])
    assert overlap(frame, area) and frame.x + frame.w / 2 >= area.right
    store.apply(TidySubgroup(small.subgroups[0]))
    notes = rows(store, Note)
    assert not any(overlap(rect(notes[n]), frame) for n in small.notes[:4])


def test_an_emptied_frame_shrinks(store) -> None:
    small = make_round(store, [(f"Idee {i}", 0, 20 + 170 * i, 80) for i in range(4)])
    store.apply(CreateCluster(tuple(small.notes)))
    cluster_id = min(rows(store, Cluster))
    store.apply(MoveNotes({n: (20.0 + 170 * i, 700.0) for i, n in enumerate(small.notes)}))
    frame = rows(store, Cluster)[cluster_id]
    assert frame.w < 250 and frame.h < 150
