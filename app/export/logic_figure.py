"""The batenlogica as a figure, laid out as the app shows it: columns, theme frames, nodes, arrows.

Node sizes, theme frames and the arrows' routes come from the model
(``layout``, ``routing``), the same geometry the app's scene draws, so the
report's diagram has the app's layout and its arrows pass the same gaps.
"""

from __future__ import annotations

from dataclasses import replace

from app.export import fonts, styles
from app.export.data import LogicData, LogicNodeData, ThemeData
from app.export.figures import Box, Curve, Figure, Text, arrow_head, fitted_text, grow
from app.export.markup import plain
from app.model.batenlogica.graph import RANKED_KINDS
from app.model.batenlogica.layout import BAND_PAD as THEME_PAD
from app.model.batenlogica.layout import BAND_TITLE as THEME_BAND
from app.model.batenlogica.layout import COLUMN_HEADER, COLUMN_PAD, NODE_W, column_x, node_size
from app.model.batenlogica.routing import arrow_segments, theme_members, tip
from app.model.kinds import LOGIC_KIND_LABELS, LogicKind, WorkloadOrigin
from app.model.layout import Rect

PAD = 8.0
TAG_SIZE = 10.0
LABEL_SIZE = 17.0
THEME_SIZE = 14.0
ARROW = 13.0
EDGE_COLOUR = "#4A525C"
EDGE_WIDTH = 1.8
COLUMN_FILL = "#F4F4F4"
MARGIN = 24.0
COLUMN_TITLES = ("Oplossingen", "Activiteiten", "Baten", "Bedoeling")
ORIGIN_TAGS = {WorkloadOrigin.PURPOSE: " · BEDOELING", WorkloadOrigin.SYSTEMS: " · SYSTEMEN"}


def node_rect(node: LogicNodeData) -> Rect:
    """The node's box; the stored x/y is its centre, as in the app's batenlogica view."""
    w, h = node_size(node.kind)
    return Rect(node.x - w / 2, node.y - h / 2, w, h)


def theme_frames(logic: LogicData, themes: tuple[ThemeData, ...]) -> list[tuple[ThemeData, Rect]]:
    """Each theme's frame around its activities and the workload that burdens only them."""
    members = theme_members(
        {n.id: n.kind for n in logic.nodes}, {n.id: n.theme_id for n in logic.nodes}, logic.edges
    )
    rects = {n.id: node_rect(n) for n in logic.nodes}
    frames = []
    for theme in themes:
        if theme.id in members:
            box = grow(Rect.bounding([rects[n] for n in members[theme.id]]), THEME_PAD)
            frames.append((theme, Rect(box.x, box.y - THEME_BAND, box.w, box.h + THEME_BAND)))
    return frames


def column_stripes(content: Rect) -> list[Rect]:
    """The columns' background stripes, from the header above ``content`` to below it."""
    top = content.y - COLUMN_HEADER
    height = content.bottom + COLUMN_PAD - top
    return [
        Rect(column_x(layer) - NODE_W / 2 - COLUMN_PAD, top, NODE_W + 2 * COLUMN_PAD, height)
        for layer in range(len(RANKED_KINDS))
    ]


def logic_figure(logic: LogicData, themes: tuple[ThemeData, ...]) -> Figure | None:
    if not logic.nodes:
        return None
    frames = theme_frames(logic, themes)
    rects = {n.id: node_rect(n) for n in logic.nodes}
    content = Rect.bounding(list(rects.values()) + [r for _, r in frames])
    stripes = column_stripes(content)
    bounds = grow(Rect.bounding([content, *stripes]), MARGIN)
    figure = Figure(bounds, [Box(bounds, "#FFFFFF", None)])
    for title, stripe in zip(COLUMN_TITLES, stripes, strict=True):
        _column(figure, title, stripe)
    for theme, frame in frames:
        _theme(figure, theme, frame)
    obstacles = list(rects.values()) + [frame for _, frame in frames]
    kinds = {n.id: n.kind for n in logic.nodes}
    for cause, effect in logic.edges:
        if cause in rects and effect in rects:
            workload = LogicKind.WERKDRUK in (kinds[cause], kinds[effect])
            _edge(figure, rects[cause], rects[effect], obstacles, not workload)
    for node in logic.nodes:
        _node(figure, node, rects[node.id])
    return figure


def _column(figure: Figure, title: str, stripe: Rect) -> None:
    figure.shapes.append(Box(stripe, COLUMN_FILL, None, radius=18.0))
    header = Rect(stripe.x, stripe.y + 14, stripe.w, 30.0)
    figure.shapes.append(fitted_text(title, header, 22.0, 14.0, fonts.BOLD, centred=True))


def _theme(figure: Figure, theme: ThemeData, frame: Rect) -> None:
    valid = styles.valid_colour(theme.colour)
    fill = styles.tint(theme.colour) if valid else "#F4F4F4"
    figure.shapes.append(Box(frame, fill, "#777777", 1.2, (6.0, 4.0), 12.0))
    # One line, shrunk a little and then shortened with …, as the app's band title.
    band = Rect(
        frame.x + 12,
        frame.y + (THEME_BAND - THEME_SIZE * 1.2) / 2 + 2,
        frame.w - 24,
        THEME_SIZE * 1.2,
    )
    figure.shapes.append(fitted_text(plain(theme.title), band, THEME_SIZE, 11.0, fonts.BOLD))


def _node(figure: Figure, node: LogicNodeData, rect: Rect) -> None:
    """A box like the app's: the kind as a tag on top, the label as large as fits, centred."""
    dash = (5.0, 3.0) if node.kind is LogicKind.WERKDRUK else None
    width = 2.6 if node.kind is LogicKind.BEDOELING else 1.0
    figure.shapes.append(Box(rect, styles.LOGIC_FILL[node.kind], "#333333", width, dash, 6.0))
    tag = LOGIC_KIND_LABELS[node.kind][0].upper() + ORIGIN_TAGS.get(node.origin, "")
    figure.shapes.append(Text(rect.x + PAD, rect.y + 4, (tag,), TAG_SIZE, fonts.BOLD, "#555555"))
    inner = Rect(rect.x + 10, rect.y + 20, rect.w - 20, rect.h - 25)
    label = fitted_text(plain(node.label), inner, LABEL_SIZE, 8.0, centred=True)
    spare = inner.h - len(label.lines) * label.leading
    figure.shapes.append(replace(label, y=label.y + max(0.0, spare / 2)))


def _edge(figure: Figure, cause: Rect, effect: Rect, obstacles: list[Rect], beside: bool) -> None:
    """The arrow along the app's route: through free gaps, beside its column, or straight."""
    segments = arrow_segments(cause, effect, obstacles, beside)
    for segment in segments:
        figure.shapes.append(Curve(segment, EDGE_COLOUR, EDGE_WIDTH))
    end, _ = tip(segments)
    figure.shapes.append(arrow_head(end, segments[-1][2], ARROW, EDGE_COLOUR))
