"""The report's story: a pure function from report data to reportlab flowables."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable

from app.export.data import ReportData
from app.export.sections.appendix import appendix_section
from app.export.sections.boards import boards_section
from app.export.sections.common import Writer
from app.export.sections.cover import cover
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


def build_story(data: ReportData, made_on: dt.date) -> list[Flowable]:
    """Cover and contents, then every section that has something to show, in the method's order."""
    writer = Writer()
    story = cover(data, made_on)
    for section in SECTIONS:
        story += section(data, writer)
    return story
