"""Each round's brown paper as a vector drawing, on a landscape page that keeps the text legible."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.export import styles
from app.export.board_figure import board_figure, region_of_subgroup
from app.export.board_parts import parts
from app.export.data import ReportData, RoundData, SessionData
from app.export.draft import Para
from app.export.figures import Figure, Text, crop
from app.export.markup import para
from app.export.sections.common import Writer, cell, grid, swatch
from app.export.sections.pages import figure_page, used_height
from app.model.kinds import NOTE_KIND_LABELS, NoteKind
from app.model.layout import Rect
from app.model.reads.votes import tally_line
from app.model.templates import THEME_QUESTIONS

TOP_GROUP_VOTES = 10  # the most-voted post-its whose dots are split per geleding
BOARD_MIN_PT = 9.0  # the smallest post-it text on the printed page
NOTE_TEXT_SIZE = styles.NOTE_TEXT_SIZE
THEME_KINDS = (NoteKind.BESTAAND, NoteKind.IDEE, NoteKind.WERKDRUK)

OVERVIEW = (
    "Dit bord is te groot om in één keer leesbaar af te drukken. Hieronder de indeling; "
    "de tekst van de post-its staat op de uitvergrotingen per subgroep die volgen."
)


def legend(rnd: RoundData) -> Para:
    kinds = sorted({n.kind for n in rnd.notes if not styles.valid_colour(n.colour)})
    parts = [f"{swatch(styles.NOTE_FILL[k])} {NOTE_KIND_LABELS[k][0]}" for k in kinds]
    parts.append(f'<font color="{styles.VOTE_COLOUR}">●</font> stem')
    parts.append("gestippeld kader: cluster")
    return Para("Legenda: " + " · ".join(parts), styles.MUTED_SMALL)


def round_title(session: SessionData, rnd: RoundData) -> str:
    return f"{session.title} › {rnd.title}"


def smallest_text(figure: Figure) -> float:
    """The smallest text on a board figure, in scene units: what must stay legible on paper."""
    return min((s.size for s in figure.shapes if isinstance(s, Text)), default=NOTE_TEXT_SIZE)


def board_page(bounds: Rect, top: list[Flowable], text: float, paper: str) -> tuple[str, bool]:
    """The orientation of ``paper`` printing the board largest; True if ``text`` stays legible."""
    best, scale = paper, 0.0
    for page in (f"{paper}l", paper):
        width, height = styles.frame_size(page)
        fit = min(width / bounds.w, (height - used_height(top, width)) / bounds.h)
        if fit > scale:
            best, scale = page, fit
    return best, text * scale >= BOARD_MIN_PT


def asked(rnd: RoundData) -> str:
    """The round's question, without the parts its board holds no answers to.

    A theme round asks three questions, one per kind of post-it; a question
    whose kind is not on the board is not printed above it.
    """
    parts = [p.strip() for p in rnd.question.split(" / ")]
    if len(parts) == len(THEME_QUESTIONS) and parts == list(THEME_QUESTIONS):
        kinds = {n.kind for n in rnd.notes}
        parts = [p for p, kind in zip(parts, THEME_KINDS, strict=True) if kind in kinds]
    return " / ".join(p for p in parts if p)


def round_pages(
    session: SessionData, rnd: RoundData, writer: Writer, first: list[Flowable]
) -> list[Flowable]:
    """The board of one round; split into parts per subgroup when it is too big to read."""
    figure = board_figure(rnd)
    if figure is None or not rnd.notes:
        return []
    top = [*first, writer.heading("", 1, round_title(session, rnd))]
    question = asked(rnd)
    if question:
        top.append(Para(para(question), styles.QUESTION))
    top.append(legend(rnd))
    page, legible = board_page(figure.bounds, top, smallest_text(figure), writer.paper)
    if legible:
        return figure_page(top, figure, page)
    top.insert(-1, Para(OVERVIEW, styles.SMALL))
    story = figure_page(top, board_figure(rnd, note_text=False) or figure, page)
    parts = [(s.id, s.name) for s in rnd.subgroups] + [(None, "zonder subgroep")]
    for sub_id, name in parts:
        region = region_of_subgroup(rnd, sub_id)
        detail = board_figure(rnd, region) if region else None
        notes = [n.rect for n in rnd.notes if region and region.contains(n.rect.x, n.rect.y)]
        if detail is not None and notes:  # an empty subgroup's area gets no page
            story += detail_pages(detail, notes, f"{name} ({rnd.title})", legend(rnd), writer)
    return story


def detail_pages(
    detail: Figure, notes: list[Rect], title: str, key: Para, writer: Writer
) -> list[Flowable]:
    """One subgroup's part of a big board; cut between its post-its if even that is too big."""
    head = [writer.heading("Uitvergroting: ", 2, title), key]
    text = smallest_text(detail)
    page, legible = board_page(detail.bounds, head, text, writer.paper)
    if legible:
        return figure_page(head, detail, page)
    options = []
    for turn in (f"{writer.paper}l", writer.paper):  # the orientation needing fewer parts
        width, height = styles.frame_size(turn)
        room = height - used_height(head, width)
        found = parts(detail.bounds, notes, width, room, BOARD_MIN_PT / text)
        options.append((len(found), turn != page, turn, found))
    _, _, page, regions = min(options)
    story: list[Flowable] = []
    for n, region in enumerate(regions, start=1):
        part = f"{title}, deel {n} van {len(regions)}"
        story += figure_page(
            [writer.heading("Uitvergroting: ", 2, part), key], crop(detail, region), page
        )
    return story


def group_votes_table(rnd: RoundData, writer: Writer) -> list[Flowable]:
    """The round's most-voted post-its with their dots per geleding, when phones said theirs."""
    voted = sorted((n for n in rnd.notes if n.group_dots), key=lambda n: -n.votes)
    if not voted:
        return []
    width = styles.frame_size(writer.paper)[0]
    rows: list[list[object]] = [
        [cell("Post-it", True), cell("Stippen", True), cell("Per geleding", True)]
    ]
    rows += [
        [cell(n.text), cell(str(n.votes)), cell(tally_line(n.group_dots))]
        for n in voted[:TOP_GROUP_VOTES]
    ]
    return [
        writer.heading("Stemmen per geleding: ", 2, rnd.title),
        grid(rows, (0.55 * width, 0.12 * width, 0.33 * width)),
    ]


def boards_section(data: ReportData, writer: Writer) -> list[Flowable]:
    story: list[Flowable] = []
    for session, rnd in data.rounds():
        first: list[Flowable] = []
        if not story:
            first = [
                writer.heading("Het bruine papier", 0),
                Para(
                    "Elk bruin papier zoals het aan het eind van de ronde was. "
                    "De volledige tekst van alle post-its staat in de bijlage.",
                    styles.SMALL,
                ),
            ]
        pages = round_pages(session, rnd, writer, first)
        story += pages + (group_votes_table(rnd, writer) if pages else [])
    return story
