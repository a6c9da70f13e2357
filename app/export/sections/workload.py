"""Where werkdruk is felt, by origin, and the chances exactly as the facilitator marked them."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.export import styles
from app.export.data import ReportData
from app.export.draft import Para
from app.export.sections.common import Writer, bullets, distinct, dutch_list, hint, label
from app.model.kinds import (
    Chance,
    InitiativeCategory,
    LogicKind,
    NoteKind,
    RoundKind,
    WorkloadOrigin,
)

ORIGIN_GROUPS: tuple[tuple[WorkloadOrigin | None, str], ...] = (
    (WorkloadOrigin.PURPOSE, "Uit het werken aan de bedoeling"),
    (WorkloadOrigin.SYSTEMS, "Uit systemen en manier van werken"),
    (None, "Nog niet ingedeeld"),
)
CHANCE_GROUPS: tuple[tuple[Chance, str], ...] = (
    (Chance.ICT_WORKLOAD, "ICT-kansen om werkdruk te verlagen"),
    (Chance.ICT_PURPOSE, "ICT-kansen voor de bedoeling"),
    (Chance.IMPROVEMENT, "Andere verbeterkansen"),
)
WORKLOAD_HINT = (
    "Nog leeg. In de app: schrijf post-its van de soort ‘werkdruk’ en deel ze in via "
    "Bord → Werkdruk (uit de bedoeling of uit systemen)."
)
CHANCES_HINT = (
    "Nog leeg. In de app: markeer post-its of elementen van de batenlogica via Bord → Kans "
    "(ICT-kans werkdruk, ICT-kans bedoeling of andere verbeterkans)."
)


def workload_groups(data: ReportData) -> list[tuple[str, list[str]]]:
    """Every werkdruk post-it (and werkdruk element not made from one) by origin, in order.

    A theme round's werkdruk post-its are left out: they are chances to lower
    workload, listed with the chances.
    """
    grouped: dict[WorkloadOrigin | None, list[str]] = {o: [] for o, _ in ORIGIN_GROUPS}
    for _, rnd in data.rounds():
        if rnd.kind is RoundKind.THEMES:
            continue  # there werkdruk post-its answer "kansen om werkdruk te verlagen"
        for note in rnd.notes:
            if note.kind is NoteKind.WERKDRUK:
                grouped[note.origin].append(note.text)
    seen = {_key(t) for texts in grouped.values() for t in texts}
    for node in data.logic.nodes:
        if node.kind is LogicKind.WERKDRUK and _key(node.label) not in seen:
            grouped[node.origin].append(node.label)
    return [(title, distinct(grouped[o])) for o, title in ORIGIN_GROUPS if grouped[o]]


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def workload_section(data: ReportData, writer: Writer) -> list[Flowable]:
    groups = workload_groups(data)
    story: list[Flowable] = [writer.heading("Waar wordt werkdruk ervaren?", 0)]
    if not groups:
        return [] if data.is_empty() else [*story, hint(WORKLOAD_HINT)]
    count = sum(len(texts) for _, texts in groups)
    kinds = dutch_list([f"{len(t)} {title[0].lower()}{title[1:]}" for title, t in groups])
    where = "plek" if count == 1 else "plekken"
    story.append(Para(f"{count} {where} waar werkdruk wordt ervaren: {kinds}.", styles.BODY))
    for title, texts in groups:
        story += [label(title), *bullets(texts)]
    return story


def chance_groups(data: ReportData) -> list[tuple[str, list[str]]]:
    """Marked post-its and elements per kind of chance, then the themes' workload chances."""
    marked: dict[Chance, list[str]] = {c: [] for c, _ in CHANCE_GROUPS}
    for _, rnd in data.rounds():
        for note in rnd.notes:
            if note.chance is not None:
                marked[note.chance].append(note.text)
    for node in data.logic.nodes:
        if node.chance is not None:
            marked[node.chance].append(node.label)
    groups = [(title, distinct(marked[c])) for c, title in CHANCE_GROUPS if marked[c]]
    themes = {t.id: t for t in data.themes}
    per_theme = [
        f"{i.title} ({themes[i.theme_id].title})"
        for i in data.initiatives
        if i.category is InitiativeCategory.WORKLOAD and i.theme_id in themes
    ]
    if per_theme:
        groups.append(("Kansen om werkdruk te verlagen, per beleidsthema", distinct(per_theme)))
    return groups


def chances_section(data: ReportData, writer: Writer) -> list[Flowable]:
    groups = chance_groups(data)
    story: list[Flowable] = [writer.heading("Kansen", 0)]
    if not groups:
        return [] if data.is_empty() else [*story, hint(CHANCES_HINT)]
    story.append(
        Para(
            "De kansen zoals ze in de sessies zijn gemarkeerd, en de kansen om werkdruk te "
            "verlagen die per beleidsthema zijn genoemd.",
            styles.BODY,
        )
    )
    for title, texts in groups:
        story += [label(title), *bullets(texts)]
    return story
