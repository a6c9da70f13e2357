"""The report's story: a pure function from report data to reportlab flowables."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable
from reportlab.platypus.tableofcontents import TableOfContents

from app.export.data import ReportData
from app.export.sections.appendix import appendix_section
from app.export.sections.boards import boards_section
from app.export.sections.common import Heading, Writer
from app.export.sections.cover import contents_page, cover
from app.export.sections.logic import logic_section
from app.export.sections.principles import practice_section
from app.export.sections.purpose import purpose_section
from app.export.sections.themes import themes_section

SECTIONS = (
    purpose_section,
    boards_section,
    logic_section,
    themes_section,
    practice_section,
    appendix_section,
)


def build_story(data: ReportData, made_on: dt.date, paper: str = "a4") -> list[Flowable]:
    """Cover and contents, then every section that has something to show, in the method's order."""
    writer = Writer(paper=paper)
    body: list[Flowable] = []
    for section in SECTIONS:
        body += section(data, writer)
    if not body:
        return cover(data, made_on)
    story = [*cover(data, made_on), *contents_page(), *body]
    seed_contents(story)
    return story


def seed_contents(story: list[Flowable]) -> None:
    """Give the contents its entries up front, so the first layout pass already has its length.

    The page numbers are placeholders of typical width; one layout pass fills
    in the real ones.
    """
    toc = contents_of(story)
    for f in story:
        if isinstance(f, Heading) and f.key is not None and f.level <= 1:
            toc.addEntry(f.level, f.toc_markup, 999, f.key)


def contents_of(story: list[Flowable]) -> TableOfContents:
    """The story's contents; an empty one, never shown, for a report without sections."""
    return next((f for f in story if isinstance(f, TableOfContents)), TableOfContents())
