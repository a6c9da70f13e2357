"""Each round's brown paper as a vector drawing, on a landscape page that keeps the text legible."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.export import styles
from app.export.board_figure import board_figure, region_of_subgroup
from app.export.data import ReportData, RoundData, SessionData
from app.export.draft import Para
from app.export.figures import Figure, crop
from app.export.markup import para
from app.export.sections.common import Writer, swatch
from app.export.sections.pages import choose_page, figure_page, tiles, used_height
from app.model.kinds import NOTE_KIND_LABELS

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


def round_pages(
    session: SessionData, rnd: RoundData, writer: Writer, first: list[Flowable]
) -> list[Flowable]:
    """The board of one round; split into a page per subgroup when it is too big to read."""
    figure = board_figure(rnd)
    if figure is None or not rnd.notes:
        return []
    top = [*first, writer.heading("", 1, round_title(session, rnd))]
    if rnd.question.strip():
        top.append(Para(para(rnd.question), styles.QUESTION))
    top.append(legend(rnd))
    page, legible = choose_page(figure.bounds, top, styles.NOTE_TEXT_SIZE)
    if legible:
        return figure_page(top, figure, page)
    top.insert(-1, Para(OVERVIEW, styles.SMALL))
    story = figure_page(top, board_figure(rnd, note_text=False) or figure, page)
    parts = [(s.id, s.name) for s in rnd.subgroups] + [(None, "zonder subgroep")]
    for sub_id, name in parts:
        region = region_of_subgroup(rnd, sub_id)
        detail = board_figure(rnd, region) if region else None
        if detail is not None:
            story += detail_pages(detail, f"{name} ({rnd.title})", legend(rnd), writer)
    return story


def detail_pages(detail: Figure, title: str, key: Para, writer: Writer) -> list[Flowable]:
    """One subgroup's part of a big board; in overlapping parts if even that is too big."""
    head = [writer.heading("Uitvergroting: ", 2, title), key]
    page, legible = choose_page(detail.bounds, head, styles.NOTE_TEXT_SIZE)
    if legible:
        return figure_page(head, detail, page)
    width = styles.frame_size(page)[0]
    regions = tiles(detail.bounds, page, used_height(head, width), styles.NOTE_TEXT_SIZE)
    story: list[Flowable] = []
    for n, region in enumerate(regions, start=1):
        part = f"{title}, deel {n} van {len(regions)}"
        story += figure_page(
            [writer.heading("Uitvergroting: ", 2, part), key], crop(detail, region), page
        )
    return story


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
        story += round_pages(session, rnd, writer, first)
    return story
