"""The cover: the trajectory, the school, the facilitator, the sessions, and the contents."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer
from reportlab.platypus.tableofcontents import TableOfContents

from app.export import styles
from app.export.data import ReportData
from app.export.draft import Para
from app.export.markup import para
from app.export.sections.common import cell, dutch_date, grid


def contents() -> TableOfContents:
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = list(styles.TOC_LEVELS)
    return toc


def cover(data: ReportData, made_on: dt.date) -> list[Flowable]:
    story: list[Flowable] = [
        NextPageTemplate("a4"),  # the contents may run on; later pages get the header
        Spacer(1, 40),
        Para(para(data.name or "Bruinpapiersessies"), styles.COVER_TITLE),
        Para("De bedoeling gevisualiseerd", styles.COVER_SUB),
    ]
    facts = [("School", data.organisation), ("Begeleiding", data.facilitator)]
    for word, value in facts:
        if value:
            story.append(Para(f"<b>{word}:</b> " + para(value), styles.COVER_LINE))
    story.append(Para(f"<b>Verslag gemaakt op:</b> {dutch_date(made_on)}", styles.COVER_LINE))
    if data.sessions:
        width = styles.frame_size("a4")[0]
        rows: list[list[object]] = [
            [cell("Sessie", True), cell("Datum", True), cell("Rondes", True)]
        ]
        for session in data.sessions:
            rounds = "\n".join(r.title for r in session.rounds) or "–"
            date = dutch_date(session.date) if session.date else "–"
            rows.append([cell(session.title), cell(date), cell(rounds)])
        story += [Spacer(1, 14), grid(rows, (0.36 * width, 0.2 * width, 0.44 * width))]
    return story


def contents_page() -> list[Flowable]:
    """The contents, from a page of its own: its length then never moves the cover around."""
    return [PageBreak(), Para("Inhoud", styles.HEADINGS[0]), contents()]
