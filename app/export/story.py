"""The report's story: a pure function from report data to reportlab flowables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from reportlab.platypus import Flowable
from reportlab.platypus.tableofcontents import TableOfContents

from app.export.data import ReportData
from app.export.sections.appendix import appendix_section
from app.export.sections.boards import boards_section
from app.export.sections.common import Heading, Writer
from app.export.sections.cover import contents_page, cover
from app.export.sections.followup import (
    followup_section,
    implementation_section,
    measurements_section,
)
from app.export.sections.logic import logic_section
from app.export.sections.meetings import grid_section, meetings_section, minutes_section
from app.export.sections.principles import practice_section
from app.export.sections.purpose import purpose_section
from app.export.sections.themes import themes_section

Section = Callable[[ReportData, Writer], list[Flowable]]
SECTIONS: dict[str, Section] = {
    "purpose": purpose_section,
    "boards": boards_section,
    "grid": grid_section,
    "minutes": minutes_section,
    "logic": logic_section,
    "themes": themes_section,
    "practice": practice_section,
    "implementation": implementation_section,
    "followup": followup_section,
    "measurements": measurements_section,
    "meetings": meetings_section,
    "appendix": appendix_section,
}
"""Every section by the name a template uses, in the report's order."""
DEFAULT_SECTIONS = tuple(n for n in SECTIONS if n not in ("grid", "minutes", "implementation"))
"""A workshop without a template's choice: the method's sections, each if it has something."""


def chosen_sections(data: ReportData) -> list[Section]:
    names = data.sections or DEFAULT_SECTIONS
    return [section for name, section in SECTIONS.items() if name in names]


def build_story(data: ReportData, made_on: dt.date, paper: str = "a4") -> list[Flowable]:
    """Cover and contents, then every section that has something to show, in the method's order."""
    writer = Writer(paper=paper)
    body: list[Flowable] = []
    for section in chosen_sections(data):
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
