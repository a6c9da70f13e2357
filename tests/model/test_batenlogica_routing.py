"""Arrow routing in the batenlogica: through free gaps, never through the boxes it skips."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from app.model.batenlogica.layout import NODE_H, NODE_W, WORK_H, WORK_W, column_x
from app.model.batenlogica.routing import (
    GAP_CLEARANCE,
    LOOP_BEND,
    arrow_segments,
    theme_members,
    tip,
)
from app.model.kinds import LogicKind
from app.model.layout import Rect
from tests.helpers.curves import crossed, curve_points


def box(layer: int, y: float, w: float = NODE_W, h: float = NODE_H, shift: float = 0.0) -> Rect:
    """A node box in column ``layer``, centred at height ``y``."""
    return Rect(column_x(layer) - w / 2 + shift, y - h / 2, w, h)


def test_an_arrow_skipping_a_column_passes_a_free_gap_not_the_box_on_its_line() -> None:
    start, end = box(0, 100.0), box(2, 100.0)
    blocker = box(1, 110.0)  # right on the straight line from start to end
    segments = arrow_segments(start, end, [start, end, blocker])
    assert crossed(curve_points(segments), [blocker]) == []
    in_column = [
        y
        for x, y in curve_points(segments)
        if blocker.x <= x <= blocker.right  # where the arrow passes the skipped column
    ]
    assert in_column
    assert all(y <= blocker.y - GAP_CLEARANCE + 0.01 for y in in_column)  # the nearer gap: above


def test_without_a_box_in_the_way_a_long_arrow_keeps_to_its_straight_line() -> None:
    start, end = box(0, 0.0), box(3, 300.0)
    segments = arrow_segments(start, end, [start, end])
    for layer in (1, 2):
        x = column_x(layer)
        wanted = 300.0 * (x - column_x(0)) / (column_x(3) - column_x(0))
        ys = [py for px, py in curve_points(segments) if abs(px - x) < 1.0]
        assert ys and all(abs(y - wanted) < 0.5 for y in ys)


@settings(max_examples=60, deadline=None)
@given(
    st.floats(-400, 400),
    st.floats(-400, 400),
    st.lists(st.floats(-500, 500), min_size=1, max_size=8),
    st.booleans(),
)
def test_skipping_arrows_never_cross_a_box_in_the_columns_between(
    y_start: float, y_end: float, middle: list[float], backwards: bool
) -> None:
    start, end = box(0, y_start), box(3, y_end)
    if backwards:
        start, end = end, start
    blockers = [box(layer, y) for y in middle for layer in (1, 2)]
    segments = arrow_segments(start, end, [start, end, *blockers])
    assert crossed(curve_points(segments), blockers) == []
    (x, _), _ = tip(segments)
    assert x == (end.x if not backwards else end.right)  # it enters on the facing side


def test_within_a_column_an_arrow_bows_out_on_the_incoming_side() -> None:
    upper, between, lower = box(2, 0.0), box(2, 100.0), box(2, 200.0)
    segments = arrow_segments(upper, lower, [upper, between, lower], beside=True)
    points = curve_points(segments)
    assert crossed(points, [between]) == []
    assert max(x for x, _ in points) <= upper.x + 0.01
    end, angle = tip(segments)
    assert end[0] == lower.x and lower.y <= end[1] < 200.0  # left side, above the middle
    assert math.cos(angle) > 0  # the head points right, into the box like incoming arrows


def test_workload_arrows_loop_into_the_activity_they_burden() -> None:
    activity = box(1, 0.0)
    work = box(1, NODE_H / 2 + 10 + WORK_H / 2, WORK_W, WORK_H, (NODE_W - WORK_W) / 2)
    segments = arrow_segments(work, activity, [work, activity], beside=False)
    end, angle = tip(segments)
    assert end[0] == activity.x and end[1] > 0.0  # its left side, below the middle
    assert math.cos(angle) > 0  # pointing into the box
    assert min(x for x, _ in curve_points(segments)) <= activity.x - LOOP_BEND / 2


def test_a_theme_frames_its_activities_and_the_workload_burdening_only_them() -> None:
    kinds = {
        1: LogicKind.ACTIVITEIT,
        2: LogicKind.ACTIVITEIT,
        3: LogicKind.WERKDRUK,
        4: LogicKind.WERKDRUK,
        5: LogicKind.ACTIVITEIT,
        6: LogicKind.BAAT,
    }
    themes = {1: 10, 2: 20, 3: None, 4: None, 5: None, 6: 10}
    edges = [(3, 1), (4, 1), (4, 2), (1, 6), (5, 6)]
    members = theme_members(kinds, themes, edges)
    assert {t: sorted(n) for t, n in members.items()} == {10: [1, 3], 20: [2]}
