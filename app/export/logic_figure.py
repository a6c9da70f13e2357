"""The batenlogica as a figure, at the positions the app shows: theme groups, nodes and arrows."""

from __future__ import annotations

from collections import defaultdict

from app.export import fonts, styles
from app.export.data import LogicData, LogicNodeData, ThemeData
from app.export.figures import Box, Curve, Figure, Text, arrow_head, fitted_text, grow
from app.export.markup import plain
from app.model.batenlogica.layout import BAND_PAD as THEME_PAD
from app.model.batenlogica.layout import BAND_TITLE as THEME_BAND
from app.model.batenlogica.layout import NODE_H, NODE_W, node_size
from app.model.kinds import LOGIC_KIND_LABELS, LogicKind
from app.model.layout import Rect

PAD = 8.0
ARROW = 11.0
EDGE_COLOUR = "#444444"
MARGIN = 24.0


def node_rect(node: LogicNodeData) -> Rect:
    """The node's box; the stored x/y is its centre, as in the app's batenlogica view."""
    w, h = node_size(node.kind)
    return Rect(node.x - w / 2, node.y - h / 2, w, h)


def theme_frames(logic: LogicData, themes: tuple[ThemeData, ...]) -> list[tuple[ThemeData, Rect]]:
    members: dict[int, list[Rect]] = defaultdict(list)
    for node in logic.nodes:
        if node.theme_id is not None:
            members[node.theme_id].append(node_rect(node))
    frames = []
    for theme in themes:
        if members[theme.id]:
            box = grow(Rect.bounding(members[theme.id]), THEME_PAD)
            frames.append((theme, Rect(box.x, box.y - THEME_BAND, box.w, box.h + THEME_BAND)))
    return frames


def logic_figure(logic: LogicData, themes: tuple[ThemeData, ...]) -> Figure | None:
    if not logic.nodes:
        return None
    frames = theme_frames(logic, themes)
    rects = {n.id: node_rect(n) for n in logic.nodes}
    bounds = grow(Rect.bounding(list(rects.values()) + [r for _, r in frames]), MARGIN)
    figure = Figure(bounds, [Box(bounds, "#FFFFFF", None)])
    for theme, frame in frames:
        _theme(figure, theme, frame)
    for cause, effect in logic.edges:
        if cause in rects and effect in rects:
            _edge(figure, rects[cause], rects[effect])
    for node in logic.nodes:
        _node(figure, node, rects[node.id])
    return figure


def _theme(figure: Figure, theme: ThemeData, frame: Rect) -> None:
    valid = styles.valid_colour(theme.colour)
    fill = styles.tint(theme.colour, 0.85) if valid else "#F4F4F4"
    figure.shapes.append(Box(frame, fill, "#777777", 1.2, (6.0, 4.0), 12.0))
    band = Rect(frame.x + 10, frame.y + 5, frame.w - 20, THEME_BAND)
    figure.shapes.append(fitted_text(plain("Thema " + theme.title), band, 14.0, 9.0, fonts.BOLD))


def _node(figure: Figure, node: LogicNodeData, rect: Rect) -> None:
    dash = (5.0, 3.0) if node.kind is LogicKind.WERKDRUK else None
    width = 2.6 if node.kind is LogicKind.BEDOELING else 1.0
    figure.shapes.append(Box(rect, styles.LOGIC_FILL[node.kind], "#333333", width, dash, 6.0))
    tag = LOGIC_KIND_LABELS[node.kind][0].upper()
    figure.shapes.append(Text(rect.x + PAD, rect.y + 4, (tag,), 8.5, fonts.BOLD, "#555555"))
    inner = Rect(rect.x + PAD, rect.y + 16, rect.w - 2 * PAD, rect.h - 16 - PAD / 2)
    figure.shapes.append(
        fitted_text(plain(node.label), inner, styles.LOGIC_TEXT_SIZE, 8.0, centred=True)
    )


def _side_points(a: Rect, b: Rect) -> tuple[tuple[float, float], ...]:
    """Bézier control points leaving ``a`` and entering ``b`` on the sides that face each other."""
    ax, ay = a.x + a.w / 2, a.y + a.h / 2
    bx, by = b.x + b.w / 2, b.y + b.h / 2
    if abs(bx - ax) * NODE_H > abs(by - ay) * NODE_W:
        sign = 1 if bx > ax else -1
        start, end = (ax + sign * a.w / 2, ay), (bx - sign * b.w / 2, by)
        bend = max(30.0, abs(end[0] - start[0]) / 2)
        return start, (start[0] + sign * bend, start[1]), (end[0] - sign * bend, end[1]), end
    sign = 1 if by > ay else -1
    start, end = (ax, ay + sign * a.h / 2), (bx, by - sign * b.h / 2)
    bend = max(30.0, abs(end[1] - start[1]) / 2)
    return start, (start[0], start[1] + sign * bend), (end[0], end[1] - sign * bend), end


def _edge(figure: Figure, cause: Rect, effect: Rect) -> None:
    points = _side_points(cause, effect)
    figure.shapes.append(Curve(points, EDGE_COLOUR, 1.3))
    figure.shapes.append(arrow_head(points[3], points[2], ARROW, EDGE_COLOUR))
