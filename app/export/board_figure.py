"""A round's brown paper as a figure: subgroup areas, clusters, post-its with text and votes."""

from __future__ import annotations

from app.export import fonts, styles
from app.export.data import NoteData, RoundData
from app.export.figures import Box, Figure, Text, fitted_text, grow, text_width
from app.export.markup import plain
from app.model.kinds import NOTE_KIND_LABELS
from app.model.layout import Rect

PAD = 8.0
VOTE_SIZE = 16.0
VOTE_BAND = VOTE_SIZE + 4
MARGIN = 24.0


def board_bounds(rnd: RoundData) -> Rect | None:
    """The part of the board that holds anything, with a margin; None for an empty board."""
    rects = [s.rect for s in rnd.subgroups] + [c.rect for c in rnd.clusters]
    rects += [n.rect for n in rnd.notes]
    return grow(Rect.bounding(rects), MARGIN) if rects else None


def mixed_kinds(rnd: RoundData) -> bool:
    return len({n.kind for n in rnd.notes}) > 1


def note_fill(note: NoteData) -> str:
    if styles.valid_colour(note.colour):
        return styles.tint(note.colour, 0.35)
    return styles.NOTE_FILL[note.kind]


def region_of_subgroup(rnd: RoundData, subgroup_id: int | None) -> Rect | None:
    """A subgroup's area with its post-its and their clusters; None: the post-its of no subgroup."""
    known = {s.id for s in rnd.subgroups}
    notes = [
        n for n in rnd.notes if (n.subgroup_id if n.subgroup_id in known else None) == subgroup_id
    ]
    clusters = {n.cluster_id for n in notes}
    rects = [s.rect for s in rnd.subgroups if s.id == subgroup_id] + [n.rect for n in notes]
    rects += [c.rect for c in rnd.clusters if c.id in clusters]
    return grow(Rect.bounding(rects), MARGIN) if rects else None


def _inside(rect: Rect, region: Rect) -> bool:
    return (
        rect.x >= region.x
        and rect.y >= region.y
        and rect.right <= region.right
        and rect.bottom <= region.bottom
    )


def board_figure(
    rnd: RoundData, region: Rect | None = None, note_text: bool = True
) -> Figure | None:
    """The board of ``rnd`` (or the part of it inside ``region``).

    Without ``note_text`` the post-its are blank: an overview of a board too
    big to read, whose text follows on pages per subgroup.
    """
    bounds = region or board_bounds(rnd)
    if bounds is None:
        return None
    figure = Figure(bounds, [Box(bounds, styles.PAPER, None)])
    for sub in rnd.subgroups:
        if _inside(sub.rect, bounds):
            _area(figure, sub.rect, sub.name, sub.colour)
    for cluster in rnd.clusters:
        if _inside(cluster.rect, bounds):
            _cluster(figure, cluster.rect, cluster.title)
    show_kind = mixed_kinds(rnd)
    for note in rnd.notes:
        if _inside(note.rect, bounds):
            _note(figure, note, show_kind, note_text)
    return figure


def _area(figure: Figure, rect: Rect, name: str, colour: str) -> None:
    valid = styles.valid_colour(colour)
    fill = styles.tint(colour, 0.82) if valid else "#FBF6EE"
    stroke = colour if valid else "#8A6A48"
    figure.shapes.append(Box(rect, fill, stroke, 2.0, None, 10.0))
    title = Rect(rect.x + 14, rect.y + 10, rect.w - 28, styles.AREA_TITLE_SIZE * 1.3)
    figure.shapes.append(fitted_text(plain(name), title, styles.AREA_TITLE_SIZE, 12.0, fonts.BOLD))


def _cluster(figure: Figure, rect: Rect, title: str) -> None:
    figure.shapes.append(Box(rect, None, "#5A4632", 1.6, (7.0, 4.0), 8.0))
    if title:
        band = Rect(rect.x + 10, rect.y + 8, rect.w - 20, 2 * styles.CLUSTER_TITLE_SIZE * 1.2)
        figure.shapes.append(
            fitted_text(plain(title), band, styles.CLUSTER_TITLE_SIZE, 10.0, fonts.BOLD)
        )


def _note(figure: Figure, note: NoteData, show_kind: bool, with_text: bool) -> None:
    rect = note.rect
    figure.shapes.append(Box(rect, note_fill(note), "#7A6A50", 0.8))
    bottom = VOTE_BAND if note.votes or show_kind else 0.0
    inner = Rect(rect.x + PAD, rect.y + PAD, rect.w - 2 * PAD, rect.h - 2 * PAD - bottom)
    if not with_text:
        return  # an overview: kind labels and votes are read on the detail pages
    figure.shapes.append(
        fitted_text(plain(note.text), inner, styles.NOTE_TEXT_SIZE, styles.NOTE_TEXT_MIN)
    )
    base_y = rect.bottom - PAD - VOTE_SIZE / 2
    if show_kind:
        label = NOTE_KIND_LABELS[note.kind][0]
        size = styles.KIND_TAG_SIZE
        figure.shapes.append(
            Text(rect.x + PAD, base_y - size * 0.6, (label,), size, fonts.ITALIC, "#555555")
        )
    if note.votes:
        _votes(figure, note.votes, rect.right - PAD, base_y)


def _votes(figure: Figure, votes: int, right: float, cy: float) -> None:
    """The count in a dark pill, as the board and the projection show it (app.ui.board.badge)."""
    label = str(votes)
    height = VOTE_SIZE * 1.2
    width = max(height, text_width(label, fonts.BOLD, VOTE_SIZE * 0.8) + VOTE_SIZE * 0.6)
    pill = Rect(right - width, cy - height / 2, width, height)
    figure.shapes.append(Box(pill, "#1F1A14", None, 0.0, radius=height / 2))
    size = VOTE_SIZE * 0.8
    x = pill.x + (width - text_width(label, fonts.BOLD, size)) / 2
    figure.shapes.append(Text(x, cy - size * 0.62, (label,), size, fonts.BOLD, "#FFFFFF"))
