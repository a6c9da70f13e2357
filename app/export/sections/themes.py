"""Beleidsthema's: what is done already, new initiatives, the chosen ones worked out, overview."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.export import styles
from app.export.data import InitiativeData, ReportData, ThemeData
from app.export.draft import Para
from app.export.markup import para
from app.export.sections.common import Writer, bullets, cell, distinct, grid, hint, label
from app.export.sections.pages import new_page
from app.model.kinds import InitiativeCategory, LogicKind, NoteKind


def existing_notes(data: ReportData, theme: ThemeData) -> list[str]:
    """Notes of kind bestaand written in a subgroup working on this theme."""
    texts: list[str] = []
    for _, rnd in data.rounds():
        subs = {s.id for s in rnd.subgroups if s.theme_id == theme.id}
        texts += [
            n.text for n in rnd.notes if n.subgroup_id in subs and n.kind is NoteKind.BESTAAND
        ]
    return texts


def _titled(initiative: InitiativeData) -> str:
    if initiative.description.strip():
        return f"{initiative.title} — {initiative.description}"
    return initiative.title


def chosen_block(initiative: InitiativeData, writer: Writer) -> list[Flowable]:
    story: list[Flowable] = [writer.heading("Gekozen: ", 2, initiative.title)]
    if initiative.description.strip():
        story.append(Para(para(initiative.description), styles.BODY))
    width = styles.frame_size("a4")[0]
    if initiative.actions:
        rows: list[list[object]] = [[cell("Activiteit", True), cell("Wie", True)]]
        rows += [[cell(a.activity), cell(a.who)] for a in initiative.actions]
        story.append(grid(rows, (0.68 * width, 0.32 * width)))
    if initiative.principles:
        rows = [[cell("Organisatieprincipe", True), cell("Hoe passen we het toe", True)]]
        rows += [[cell(u.principle, True), cell(u.how)] for u in initiative.principles]
        story.append(grid(rows, (0.36 * width, 0.64 * width), [("TOPPADDING", (0, 0), (-1, 0), 6)]))
    return story


def theme_block(data: ReportData, theme: ThemeData, writer: Writer) -> list[Flowable]:
    initiatives = [i for i in data.initiatives if i.theme_id == theme.id]
    existing = [_titled(i) for i in initiatives if i.category is InitiativeCategory.EXISTING]
    existing = distinct(existing + existing_notes(data, theme))
    innovative = [_titled(i) for i in initiatives if i.category is InitiativeCategory.INNOVATIVE]
    workload = [_titled(i) for i in initiatives if i.category is InitiativeCategory.WORKLOAD]
    activities = [
        n.label
        for n in data.logic.nodes
        if n.theme_id == theme.id and n.kind is LogicKind.ACTIVITEIT
    ]
    story: list[Flowable] = [writer.heading("Thema ", 1, theme.title)]
    if theme.description.strip():
        story.append(Para(para(theme.description), styles.QUESTION))
    for title, texts in (
        ("Activiteiten in de batenlogica", activities),
        ("Wat doen we al?", existing),
        ("Vernieuwende initiatieven", innovative),
        ("Kansen om werkdruk te verlagen", workload),
    ):
        if texts:
            story += [label(title), *bullets(texts)]
    for initiative in initiatives:
        if initiative.chosen:
            story += chosen_block(initiative, writer)
    return story


def overview(data: ReportData) -> list[list[object]]:
    """Rows of the overview table: theme, chosen initiative, how the principles apply."""
    rows: list[list[object]] = [
        [cell("Beleidsthema", True), cell("Gekozen initiatieven", True),
         cell("Hoe passen we de organisatieprincipes toe", True)]
    ]  # fmt: skip
    for theme in data.themes:
        chosen = [i for i in data.initiatives if i.theme_id == theme.id and i.chosen]
        for n, initiative in enumerate(chosen):
            how = [
                Para(f"<b>{para(u.principle)}:</b> {para(u.how)}", styles.CELL)
                for u in initiative.principles
            ] or [cell("–")]
            name = cell(theme.title, True) if n == 0 else Para(para(theme.title), styles.CELL_MUTED)
            rows.append([name, cell(initiative.title), how])
    return rows


THEMES_HINT = (
    "Nog leeg. In de app: Traject → Beleidsthema's om een thema te maken, of neem clusters "
    "mee als thema."
)


def themes_section(data: ReportData, writer: Writer) -> list[Flowable]:
    if not data.themes:
        if data.is_empty():
            return []
        return [writer.heading("Beleidsthema's", 0), hint(THEMES_HINT)]
    blocks = [theme_block(data, t, writer) for t in data.themes]
    story: list[Flowable] = [*new_page("a4"), writer.heading("Beleidsthema's", 0)]
    story.append(
        Para(
            "Per beleidsthema: wat de school al doet, welke vernieuwende initiatieven er zijn, "
            "en hoe de gekozen initiatieven worden uitgewerkt.",
            styles.BODY,
        )
    )
    for n, block in enumerate(blocks):
        story += [*new_page("a4"), *block] if n else block  # a page per theme, to hand out
    rows = overview(data)
    if len(rows) > 1:
        width = styles.frame_size("a4")[0]
        story += [
            *new_page("a4"),
            writer.heading("Overzicht: thema's, initiatieven en organisatieprincipes", 1),
            grid(rows, (0.24 * width, 0.3 * width, 0.46 * width)),
        ]
    return story
