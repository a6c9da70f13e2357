"""The report's batenlogica matches the app's: same boxes, same theme frames, same arrows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainterPath

from app.export.figures import Box, Curve, Figure
from app.export.logic_figure import logic_figure, node_rect, theme_frames
from app.export.reading import read_report_data
from app.model.batenlogica.layout import move_op
from app.model.kinds import LogicKind
from app.model.layout import Rect
from app.model.store import WorkshopStore
from app.ui.batenlogica.scene import LogicScene
from app.ui.document import Document

Point = tuple[float, float]


@pytest.fixture
def document(demo_store: WorkshopStore) -> Iterator[Document]:
    doc = Document(demo_store)
    yield doc
    doc.undo_stack.clear()


def rect(r: QRectF) -> Rect:
    return Rect(round(r.x(), 3), round(r.y(), 3), round(r.width(), 3), round(r.height(), 3))


def rounded(r: Rect) -> Rect:
    return Rect(round(r.x, 3), round(r.y, 3), round(r.w, 3), round(r.h, 3))


def cubics(path: QPainterPath) -> set[tuple[Point, ...]]:
    """The path's cubic segments as (start, c1, c2, end), rounded."""
    points = [
        (round(e.x, 3), round(e.y, 3)) for e in map(path.elementAt, range(path.elementCount()))
    ]
    return {tuple(points[i - 1 : i + 3]) for i in range(1, len(points), 3)}


def figure_cubics(figure: Figure) -> set[tuple[Point, ...]]:
    return {
        tuple((round(x, 3), round(y, 3)) for x, y in s.points)
        for s in figure.shapes
        if isinstance(s, Curve)
    }


def assert_report_matches_app(document: Document, scene: LogicScene) -> None:
    data = read_report_data(document.store)
    figure = logic_figure(data.logic, data.themes)
    assert figure is not None
    boxes = {rounded(s.rect) for s in figure.shapes if isinstance(s, Box)}
    for node in data.logic.nodes:
        app_box = rect(scene.nodes[node.id].scene_box())
        assert rounded(node_rect(node)) == app_box
        assert app_box in boxes
    frames = {theme.id: rounded(frame) for theme, frame in theme_frames(data.logic, data.themes)}
    app_frames = {t: rect(b.frame()) for t, b in scene.bands.items()}
    assert frames == app_frames
    assert frames and all(frame in boxes for frame in frames.values())
    drawn = figure_cubics(figure)
    for edge in scene.edges.values():
        assert cubics(edge.path()) <= drawn, (edge.cause, edge.effect)


def test_the_report_draws_the_batenlogica_as_the_app_shows_it(qapp, document: Document) -> None:
    scene = LogicScene(document)
    assert len(scene.edges) > 30 and len(scene.bands) > 3
    routed = [e for e in scene.edges.values() if e.path().elementCount() > 4]
    assert routed  # the demo has arrows that skip a column: they pass through gaps
    assert_report_matches_app(document, scene)


def test_after_a_manual_nudge_the_report_still_follows_the_app(qapp, document: Document) -> None:
    scene = LogicScene(document)
    activity = next(i for i in scene.nodes.values() if i.kind == LogicKind.ACTIVITEIT)
    document.push(move_op({activity.node_id: (activity.x() + 90, activity.y() + 400)}), "Verplaats")
    assert (scene.nodes[activity.node_id].x(), scene.nodes[activity.node_id].y()) == (
        activity.x(),
        activity.y(),
    )
    assert_report_matches_app(document, scene)
