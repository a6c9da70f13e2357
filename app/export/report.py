"""Writing the report: page templates, running header, page numbers, and a safe file write.

The PDF is written to a temporary file beside the target and renamed over it
when complete, so a failed export never leaves a half-written file.
``ExportError`` is re-exported here for callers that only import this module.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.tableofcontents import TableOfContents

from app.export import fonts, styles
from app.export.data import ReportData
from app.export.files import ExportError, atomic_target
from app.export.markup import plain
from app.export.reading import read_report_data
from app.export.sections.common import Heading
from app.export.story import build_story, contents_of
from app.model.atomic import check_target
from app.model.store import WorkshopStore

__all__ = ["ExportError", "ReportResult", "write_report"]

Progress = Callable[[int, int, str], None]
TITLE = "De bedoeling gevisualiseerd"
MAX_PASSES = 6
PROGRESS_READ = 5
PROGRESS_TOTAL = 100


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    warnings: tuple[str, ...]


def font_warnings(data: ReportData) -> tuple[str, ...]:
    """One warning per piece of text with characters the embedded font cannot show."""
    warnings = []
    for where, text in data.texts():
        missing = fonts.missing_characters(text)
        if missing:
            snippet = " ".join(text.split())
            snippet = snippet if len(snippet) <= 40 else snippet[:39] + "…"
            warnings.append(
                f"{where} (“{snippet}”): {fonts.describe(missing)} kan het lettertype niet tonen; "
                f"in het verslag staat daar {fonts.REPLACEMENT}"
            )
    return tuple(warnings)


class NumberedCanvas(Canvas):
    """A canvas that holds its pages back until the end, to print "pagina X van Y" on each."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            width, _ = self._pagesize
            self.setFont(fonts.REGULAR, styles.FOOTER_SIZE)
            self.setFillColor(styles.MUTED)
            self.drawRightString(
                width - styles.MARGIN, styles.MARGIN / 2, f"pagina {self._pageNumber} van {total}"
            )
            super().showPage()
        super().save()


class ReportDocument(BaseDocTemplate):
    """Page formats (cover, A4, A4 and A3 landscape), running header, contents and outline."""

    def __init__(
        self, target: str, data: ReportData, contents: TableOfContents, progress: Progress | None
    ) -> None:
        super().__init__(
            target,
            pagesize=styles.PAGE_FORMATS["a4"],
            title=f"{TITLE} — {data.name}",
            author=data.facilitator,
            subject=data.organisation,
            creator="Bruinpapier",
            leftMargin=styles.MARGIN,
            rightMargin=styles.MARGIN,
            topMargin=styles.MARGIN,
            bottomMargin=styles.MARGIN,
        )
        self.header_left = plain(data.name or TITLE).replace("\n", " ")
        self.header_right = plain(data.organisation).replace("\n", " ")
        templates = [PageTemplate("cover", [self._frame("a4")], pagesize=styles.PAGE_FORMATS["a4"])]
        for name, size in styles.PAGE_FORMATS.items():
            templates.append(
                PageTemplate(name, [self._frame(name)], self._furniture, pagesize=size)
            )
        self.addPageTemplates(templates)
        self.contents = contents
        self._outline_level = -1
        self._progress = progress
        self._pass = 0
        self._count = 1
        self._done = PROGRESS_READ
        if progress is not None:
            self.setProgressCallBack(self._on_progress)

    @staticmethod
    def _frame(page: str) -> Frame:
        width, height = styles.frame_size(page)
        return Frame(styles.MARGIN, styles.MARGIN, width, height, 0, 0, 0, 0, id=page)

    def _furniture(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """The running header: the trajectory left, the school right, a rule below."""
        width, height = canvas._pagesize
        top = height - styles.MARGIN + styles.HEADER_GAP / 2
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, styles.HEADER_SIZE)
        canvas.setFillColor(styles.MUTED)
        room = (width - 2 * styles.MARGIN) / 2 - 10
        canvas.drawString(styles.MARGIN, top, _clip(self.header_left, room))
        canvas.drawRightString(width - styles.MARGIN, top, _clip(self.header_right, room))
        canvas.setStrokeColor(styles.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(styles.MARGIN, top - 4, width - styles.MARGIN, top - 4)
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading) and flowable.key is not None:
            self.canv.bookmarkPage(flowable.key)
            # The PDF outline may not skip a level (a detail right under a section).
            level = min(flowable.level, self._outline_level + 1)
            self.canv.addOutlineEntry(flowable.outline, flowable.key, level)
            self._outline_level = level
            if flowable.level <= 1:
                self.contents.addEntry(flowable.level, flowable.toc_markup, self.page, flowable.key)

    def _on_progress(self, kind: str, value: int) -> None:
        """Map reportlab's per-pass flowable count onto PROGRESS_READ..PROGRESS_TOTAL."""
        if kind == "SIZE_EST":
            self._pass += 1
            self._count = max(1, value)
        elif kind == "PROGRESS" and self._progress is not None:
            passes = max(2, self._pass)  # a draft pass, then the final one
            done = (self._pass - 1 + min(value, self._count) / self._count) / passes
            step = PROGRESS_READ + round(done * (PROGRESS_TOTAL - PROGRESS_READ))
            self._done = max(self._done, min(step, PROGRESS_TOTAL - 1))
            self._progress(self._done, PROGRESS_TOTAL, "Pagina's opmaken")


def _clip(text: str, width: float) -> str:
    if stringWidth(text, fonts.REGULAR, styles.HEADER_SIZE) <= width:
        return text
    while text and stringWidth(text + "…", fonts.REGULAR, styles.HEADER_SIZE) > width:
        text = text[:-1]
    return text + "…"


class DraftCanvas(NumberedCanvas):
    """Lays out pages without painting or writing them (see ``app.export.draft``)."""

    draft = True

    def save(self) -> None:
        self._pages.clear()


def _layout(doc: ReportDocument, story: list[Flowable], canvas: type[Canvas]) -> None:
    """One pass over the story; the contents shows the page numbers of the previous pass."""
    doc.contents.beforeBuild()
    doc._outline_level = -1
    # A pass marks flowables (moved on, kept with next); reportlab records how to undo
    # those marks in this hook, as its own multiBuild does, so every pass starts alike.
    undo: list[tuple[Any, ...]] = []
    doc._multiBuildEdits = undo.append
    try:
        doc.build(story[:], canvasmaker=canvas)
    finally:
        for action, *args in undo:
            action(*args)
    doc.contents.afterBuild()


def render(
    data: ReportData, target: str, progress: Progress | None = None, paper: str = "a4"
) -> int:
    """Lay out the report of ``data`` into ``target``; returns the number of pages.

    A draft pass (nothing painted) finds the page of every heading, the
    contents having its full length from the start (``story.seed_contents``);
    the final pass paints with those page numbers, and repeats in the rare
    case that the real numbers moved a heading after all.
    """
    story = build_story(data, dt.date.today(), paper)
    doc = ReportDocument(target, data, contents_of(story), progress)
    _layout(doc, story, DraftCanvas)
    a85 = rl_config.useA85
    rl_config.useA85 = 0  # plain deflate streams: smaller, and no slow pure-Python ASCII85
    try:
        for _ in range(MAX_PASSES):
            _layout(doc, story, NumberedCanvas)
            if doc.contents.isSatisfied():
                return doc.page
    finally:
        rl_config.useA85 = a85
    raise RuntimeError(f"the contents did not settle in {MAX_PASSES} passes")


def write_report(
    store: WorkshopStore, path: Path | str, progress: Progress | None = None, paper: str = "a4"
) -> ReportResult:
    """Write the visualised bedoeling of the workshop in ``store`` as a PDF at ``path``.

    Boards print on ``paper`` ("a4", the school's printer, or "a3" when asked for).
    """
    path = Path(path)
    check_target(path, store.source)  # before the work, not only when it is done
    report = progress or (lambda done, total, label: None)
    report(0, PROGRESS_TOTAL, "Gegevens lezen")
    data = read_report_data(store)
    warnings = font_warnings(data)
    report(PROGRESS_READ, PROGRESS_TOTAL, "Verslag samenstellen")
    with atomic_target(path, store.source) as temp:
        pages = render(data, temp, progress, paper)
    report(PROGRESS_TOTAL, PROGRESS_TOTAL, "Klaar")
    return ReportResult(path, pages, warnings)
