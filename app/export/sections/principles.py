"""Organisation principles, the workload overview, and ICT chances next to other chances."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.export import styles
from app.export.data import NoteData, ReportData
from app.export.draft import Para
from app.export.markup import para
from app.export.sections.boards import round_title
from app.export.sections.common import Writer, bullets, distinct, label
from app.export.sections.pages import new_page
from app.model.kinds import LogicKind, NoteKind


def principles_section(data: ReportData, writer: Writer) -> list[Flowable]:
    if not data.principles:
        return []
    story: list[Flowable] = [writer.heading("Organisatieprincipes", 0)]
    story.append(Para("Zo wil de school werken:", styles.BODY))
    for p in data.principles:
        text = f"<b>{para(p.name)}</b>"
        if p.description.strip():
            text += " — " + para(p.description)
        story.append(Para(text, styles.BULLET, bulletText="•"))
    return story


def workload_section(data: ReportData, writer: Writer) -> list[Flowable]:
    per_round = [
        (round_title(s, r), [n.text for n in r.notes if n.kind is NoteKind.WERKDRUK])
        for s, r in data.rounds()
    ]
    per_round = [(title, texts) for title, texts in per_round if texts]
    nodes = [n.label for n in data.logic.nodes if n.kind is LogicKind.WERKDRUK]
    if not (per_round or nodes):
        return []
    found = data.logic.findings
    story: list[Flowable] = [writer.heading("Werkdruk", 0)]
    story.append(
        Para(
            "Waar de deelnemers werkdruk voelen, en waar die vandaan komt: uit het werken aan de "
            "bedoeling, of uit systemen en werkwijzen die geen bedoeling dienen.",
            styles.BODY,
        )
    )
    classified = (
        ("Uit het werken aan de bedoeling", found.workload_purpose),
        ("Uit systemen en werkwijzen", found.workload_systems),
    )
    if nodes:
        story.append(writer.heading("Werkdruk in de batenlogica", 1))
        shown = False
        for title, labels in classified:
            if labels:
                story += [label(title), *bullets(labels)]
                shown = True
        if not shown:
            story += bullets(nodes)
    if per_round:
        story.append(writer.heading("Werkdruk op de post-its", 1))
        for title, texts in per_round:
            story += [label(title), *bullets(texts)]
    return story


def is_ict(note: NoteData) -> bool:
    return any(t == "ict" or t.startswith("ict-") for t in note.tags)


def chances_section(data: ReportData, writer: Writer) -> list[Flowable]:
    notes = [n for _, r in data.rounds() for n in r.notes]
    ict = distinct(n.text for n in notes if is_ict(n))
    if not ict:
        return []
    other = distinct(n.text for n in notes if n.kind is NoteKind.IDEE and not is_ict(n))
    story: list[Flowable] = [writer.heading("Kansen: ICT en andere verbeteringen", 0)]
    story.append(
        Para(
            "Post-its die als ICT-kans zijn gemarkeerd, naast de andere ideeën voor verbetering.",
            styles.BODY,
        )
    )
    story += [label("ICT-kansen"), *bullets(ict)]
    if other:
        story += [label("Andere verbeterkansen"), *bullets(other)]
    return story


def practice_section(data: ReportData, writer: Writer) -> list[Flowable]:
    """Principles, workload and chances, one after the other from a fresh page."""
    story = principles_section(data, writer) + workload_section(data, writer)
    story += chances_section(data, writer)
    return [*new_page("a4"), *story] if story else []
