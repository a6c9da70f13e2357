"""Organisation principles, then the workload overview and the chances, from a fresh page."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.export import styles
from app.export.data import ReportData
from app.export.draft import Para
from app.export.markup import para
from app.export.sections.common import Writer, hint
from app.export.sections.pages import new_page
from app.export.sections.workload import chances_section, workload_section

PRINCIPLES_HINT = (
    "Nog leeg. In de app: Traject → Organisatieprincipes, of neem post-its of clusters mee "
    "als principe."
)


def principles_section(data: ReportData, writer: Writer) -> list[Flowable]:
    story: list[Flowable] = [writer.heading("Organisatieprincipes", 0)]
    if not data.principles:
        return [] if data.is_empty() else [*story, hint(PRINCIPLES_HINT)]
    story.append(Para("Zo wil de school werken:", styles.BODY))
    for p in data.principles:
        text = f"<b>{para(p.name)}</b>"
        if p.description.strip():
            text += " — " + para(p.description)
        story.append(Para(text, styles.BULLET, bulletText="•"))
    return story


def practice_section(data: ReportData, writer: Writer) -> list[Flowable]:
    """Principles, workload and chances, one after the other from a fresh page."""
    story = principles_section(data, writer) + workload_section(data, writer)
    story += chances_section(data, writer)
    return [*new_page("a4"), *story] if story else []
