"""A printable agenda and minutes of one supportgroep meeting, with the previous open decisions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from app.export import fonts, styles
from app.export.draft import Para
from app.export.files import atomic_target
from app.export.markup import para, plain
from app.export.sections.common import Writer, dutch_date
from app.export.sections.meetings import meeting_block
from app.model.errors import WorkshopError
from app.model.store import WorkshopStore
from app.model.trajectory.read import MeetingData, supportgroep_meeting


@dataclass(frozen=True)
class MeetingResult:
    path: Path
    pages: int


def meeting_story(meeting: MeetingData, school: str, made_on: dt.date) -> list[Flowable]:
    story: list[Flowable] = []
    if school:
        story.append(Para(para(school), styles.COVER_SUB))
    story += meeting_block(meeting, Writer(), 0)
    story.append(Para(para(f"Gemaakt op {dutch_date(made_on)}."), styles.MUTED_SMALL))
    return story


def _footer(title: str):
    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, _ = canvas._pagesize
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, styles.FOOTER_SIZE)
        canvas.setFillColor(styles.MUTED)
        canvas.drawString(styles.MARGIN, styles.MARGIN / 2, title[:90])
        canvas.drawRightString(width - styles.MARGIN, styles.MARGIN / 2, f"pagina {doc.page}")
        canvas.restoreState()

    return draw


def write_meeting(store: WorkshopStore, number: int, path: Path | str) -> MeetingResult:
    """Write supportgroep meeting ``number`` (1-based) as an A4 PDF at ``path``."""
    path = Path(path)
    with store.read() as db:
        conn = db.connection()
        meeting = supportgroep_meeting(conn, number)
        school = conn.exec_driver_sql("SELECT organisation FROM workshop ORDER BY id").scalar()
    if meeting is None:
        raise WorkshopError("there is no supportgroep meeting {number}", number=number)
    title = plain(meeting.session.title)
    with atomic_target(path) as temp:
        doc = BaseDocTemplate(
            temp,
            pagesize=styles.PAGE_FORMATS["a4"],
            title=title,
            creator="Bruinpapier",
            leftMargin=styles.MARGIN,
            rightMargin=styles.MARGIN,
            topMargin=styles.MARGIN,
            bottomMargin=styles.MARGIN,
        )
        width, height = styles.frame_size("a4")
        frame = Frame(styles.MARGIN, styles.MARGIN, width, height, 0, 0, 0, 0)
        doc.addPageTemplates([PageTemplate("a4", [frame], _footer(title))])
        doc.build(meeting_story(meeting, school or "", dt.date.today()))
        pages = doc.page
    return MeetingResult(path, pages)
