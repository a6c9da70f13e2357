"""Every paragraph style, colour, font size and page format of the report, in one place."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm

from app.export import fonts
from app.model.kinds import LogicKind, NoteKind

fonts.register()

# -- pages ---------------------------------------------------------------------

PAGE_FORMATS: dict[str, tuple[float, float]] = {
    "a4": A4,
    "a4l": landscape(A4),
    "a3l": landscape(A3),
    "a3": A3,
}
MARGIN = 1.8 * cm
HEADER_GAP = 0.9 * cm  # the running header sits this far above the frame


def frame_size(page: str) -> tuple[float, float]:
    width, height = PAGE_FORMATS[page]
    return width - 2 * MARGIN, height - 2 * MARGIN


# -- colours -------------------------------------------------------------------

INK = colors.HexColor("#222222")
VOTE_COLOUR = "#B0281A"  # dark enough to stay a clear dot in black-and-white print
MUTED = colors.HexColor("#666666")
RULE = colors.HexColor("#999999")
ACCENT = colors.HexColor("#7A4E22")  # brown-paper brown, dark enough for black-and-white print
TABLE_HEAD = colors.HexColor("#EFE6DA")
PAPER = "#F3E9DA"  # a light kraft tone: the board without wasting toner

NOTE_FILL: dict[NoteKind, str] = {
    NoteKind.BEDOELING: "#FFE3B3",
    NoteKind.IDEE: "#FFF6A6",
    NoteKind.WERKDRUK: "#FFD0D6",
    NoteKind.BESTAAND: "#D3EDCF",
    NoteKind.ACTIE: "#CFE3FA",
    NoteKind.NOTITIE: "#EEEEEE",
}

LOGIC_FILL: dict[LogicKind, str] = {
    LogicKind.BEDOELING: "#FFE3B3",
    LogicKind.BAAT: "#D3EDCF",
    LogicKind.ACTIVITEIT: "#CFE3FA",
    LogicKind.OPLOSSING: "#E6DAF5",
    LogicKind.WERKDRUK: "#FFD0D6",
}


def tint(colour: str, amount: float = 0.6) -> str:
    """``colour`` mixed with white, so black text on it stays readable in print."""
    value = colour.lstrip("#")
    if len(value) not in (6, 8):
        return "#FFFFFF"
    try:
        rgb = (
            [int(value[i : i + 2], 16) for i in (0, 2, 4)]
            if len(value) == 6
            else [int(value[i : i + 2], 16) for i in (2, 4, 6)]
        )
    except ValueError:
        return "#FFFFFF"
    mixed = [round(c + (255 - c) * amount) for c in rgb]
    return "#" + "".join(f"{c:02X}" for c in mixed)


def valid_colour(colour: str) -> bool:
    value = colour.lstrip("#")
    return len(value) in (6, 8) and all(c in "0123456789abcdefABCDEF" for c in value)


# -- type ----------------------------------------------------------------------

BODY_SIZE = 10
LEADING = 13.5

_base = ParagraphStyle(
    "body",
    fontName=fonts.REGULAR,
    bulletFontName=fonts.REGULAR,
    fontSize=BODY_SIZE,
    leading=LEADING,
    textColor=INK,
    spaceAfter=4,
)

BODY = _base
SMALL = ParagraphStyle("small", parent=_base, fontSize=8.5, leading=11, spaceAfter=2)
MUTED_SMALL = ParagraphStyle("muted", parent=SMALL, textColor=MUTED)
QUESTION = ParagraphStyle(
    "question", parent=_base, fontName=fonts.ITALIC, fontSize=11, leading=14.5, spaceAfter=6
)
BULLET = ParagraphStyle("bullet", parent=_base, leftIndent=12, bulletIndent=2, spaceAfter=2)
CELL = ParagraphStyle("cell", parent=_base, fontSize=9, leading=11.5, spaceAfter=0)
CELL_BULLET = ParagraphStyle("cellbullet", parent=CELL, leftIndent=10, bulletIndent=0, spaceAfter=2)
CELL_MUTED = ParagraphStyle("cellmuted", parent=CELL, textColor=MUTED)
CELL_BOLD = ParagraphStyle("cellbold", parent=CELL, fontName=fonts.BOLD)
CELL_HEAD = ParagraphStyle("cellhead", parent=CELL, fontName=fonts.BOLD, textColor=INK)
APPENDIX_NOTE = ParagraphStyle(
    "appnote", parent=_base, fontSize=9, leading=11.5, leftIndent=12, bulletIndent=2, spaceAfter=2
)
APPENDIX_CLUSTER = ParagraphStyle(
    "appcluster",
    parent=_base,
    fontName=fonts.ITALIC,
    fontSize=9,
    leading=12,
    leftIndent=4,
    spaceBefore=3,
    spaceAfter=2,
    keepWithNext=1,
)
LABEL = ParagraphStyle(
    "label",
    parent=_base,
    fontName=fonts.BOLD,
    fontSize=10,
    spaceBefore=6,
    spaceAfter=3,
    keepWithNext=1,
)

HEADINGS: tuple[ParagraphStyle, ...] = (
    ParagraphStyle(
        "h1",
        parent=_base,
        fontName=fonts.BOLD,
        fontSize=18,
        leading=22,
        textColor=ACCENT,
        spaceBefore=22,
        spaceAfter=10,
        keepWithNext=1,
    ),
    ParagraphStyle(
        "h2",
        parent=_base,
        fontName=fonts.BOLD,
        fontSize=13.5,
        leading=17,
        spaceBefore=12,
        spaceAfter=6,
        keepWithNext=1,
    ),
    ParagraphStyle(
        "h3",
        parent=_base,
        fontName=fonts.BOLD,
        fontSize=11,
        leading=14,
        spaceBefore=8,
        spaceAfter=4,
        keepWithNext=1,
    ),
)

COVER_TITLE = ParagraphStyle(
    "covertitle",
    parent=_base,
    fontName=fonts.BOLD,
    fontSize=30,
    leading=36,
    textColor=ACCENT,
    spaceAfter=8,
    alignment=TA_LEFT,
)
COVER_SUB = ParagraphStyle("coversub", parent=_base, fontSize=15, leading=20, spaceAfter=18)
COVER_LINE = ParagraphStyle("coverline", parent=_base, fontSize=11, leading=15, spaceAfter=3)

TOC_LEVELS: tuple[ParagraphStyle, ...] = (
    ParagraphStyle(
        "toc1",
        parent=_base,
        fontName=fonts.BOLD,
        fontSize=10.5,
        leading=14,
        leftIndent=0,
        firstLineIndent=0,
        spaceBefore=5,
    ),
    ParagraphStyle(
        "toc2",
        parent=_base,
        fontSize=9.5,
        leading=12.5,
        leftIndent=16,
        firstLineIndent=0,
        spaceAfter=0,
    ),
)

HEADER_SIZE = 8
FOOTER_SIZE = 8
CENTERED_SMALL = ParagraphStyle("centersmall", parent=SMALL, alignment=TA_CENTER)

# -- drawings (scene units; the drawing is scaled to fit its page) ---------------

NOTE_TEXT_SIZE = 16.0
NOTE_TEXT_MIN = 9.0
AREA_TITLE_SIZE = 22.0
CLUSTER_TITLE_SIZE = 17.0
KIND_TAG_SIZE = 9.5
MIN_PRINTED_PT = 5.0  # post-it text smaller than this on paper gets a page per subgroup
LOGIC_TEXT_SIZE = 13.0
