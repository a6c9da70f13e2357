"""The report's batenlogica: app-sized boxes, one-line theme titles, arrows clear of boxes."""

from __future__ import annotations

from app.export.figures import Curve, Text, extent
from app.export.logic_figure import logic_figure, node_rect, theme_frames
from app.export.reading import read_report_data
from app.model.batenlogica.layout import BAND_TITLE
from app.model.layout import Rect
from app.model.store import WorkshopStore
from tests.helpers.curves import crossed, curve_points


def test_demo_arrows_pass_no_box_and_no_theme_title(demo_store: WorkshopStore) -> None:
    data = read_report_data(demo_store)
    figure = logic_figure(data.logic, data.themes)
    assert figure is not None
    boxes = [node_rect(n) for n in data.logic.nodes]
    titles = [Rect(f.x, f.y, f.w, BAND_TITLE) for _, f in theme_frames(data.logic, data.themes)]
    curves = [s.points for s in figure.shapes if isinstance(s, Curve)]
    assert len(curves) >= len(data.logic.edges)
    assert crossed(curve_points(curves), boxes + titles) == []


def test_theme_titles_are_one_line_inside_their_band(demo_store: WorkshopStore) -> None:
    data = read_report_data(demo_store)
    figure = logic_figure(data.logic, data.themes)
    assert figure is not None
    texts = [s for s in figure.shapes if isinstance(s, Text)]
    for theme, frame in theme_frames(data.logic, data.themes):
        title = next(t for t in texts if t.lines[0].startswith(theme.title[:12]))
        assert len(title.lines) == 1
        area = extent(title)
        assert frame.x < area.x and area.right < frame.right
        assert frame.y < area.y and area.bottom < frame.y + BAND_TITLE + 2
