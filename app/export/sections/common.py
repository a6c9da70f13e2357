"""Building blocks shared by the sections: headings that feed the contents, lists and tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table, TableStyle

from app.export import styles
from app.export.draft import Para
from app.export.markup import para, plain

MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip


def dutch_date(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


class Heading(Para):
    """A heading; ``level`` 0 and 1 appear in the contents, every level in the PDF outline.

    The constructor stays Paragraph's, which builds the parts of a split heading;
    only the first part carries the entry (``key`` is None on the others).
    """

    level = 0
    outline = ""
    key: str | None = None
    toc_markup = ""


@dataclass
class Keys:
    """Unique bookmark names for the headings of one story."""

    count: int = 0

    def next(self) -> str:
        self.count += 1
        return f"h{self.count}"


@dataclass
class Writer:
    """What every section needs: fresh bookmark keys, and the paper boards print on."""

    keys: Keys = field(default_factory=Keys)
    paper: str = "a4"

    def heading(self, text: str, level: int, user_text: str = "") -> Heading:
        """A heading from fixed report words ``text`` plus escaped ``user_text``."""
        markup = para(text) + para(user_text)
        heading = Heading(markup, styles.HEADINGS[level])
        heading.level, heading.outline, heading.toc_markup = level, plain(text + user_text), markup
        heading.key = self.keys.next()
        return heading


def distinct(texts: Iterable[str]) -> list[str]:
    """Texts without repeats (same words, ignoring case and spacing), first one kept."""
    seen: dict[str, str] = {}
    for text in texts:
        seen.setdefault(" ".join(text.split()).casefold(), text)
    return [t for key, t in seen.items() if key]


def bullets(texts: Sequence[str], style: ParagraphStyle = styles.BULLET) -> list[Flowable]:
    """A bulleted list of user texts."""
    return [Para(para(t), style, bulletText="•") for t in texts]


def label(text: str) -> Para:
    return Para(para(text), styles.LABEL)


def cell(text: str, bold: bool = False) -> Para:
    return Para(para(text), styles.CELL_BOLD if bold else styles.CELL)


def grid(
    rows: list[list[object]],
    widths: Sequence[float],
    extra: Sequence[tuple] = (),
) -> Table:
    """A table with a shaded header row that repeats on every page; tall rows may split."""
    table = Table(
        rows,
        colWidths=list(widths),
        repeatRows=1,
        splitInRow=1,
        hAlign="LEFT",
        spaceBefore=4,
        spaceAfter=10,
    )
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), styles.TABLE_HEAD),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, styles.INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, styles.RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                *extra,
            ]
        )
    )
    return table


def swatch(colour: str) -> str:
    """A small coloured square in Paragraph markup, for legends (never the only cue)."""
    return f'<font color="{colour}">■</font>'


def colour_or(colour: str, fallback: colors.Color) -> colors.Color:
    return colors.HexColor(styles.tint(colour, 0.7)) if styles.valid_colour(colour) else fallback


def hint(text: str) -> Para:
    """One line saying how to fill an empty section in the app."""
    return Para(para(text), styles.MUTED_SMALL)


def dutch_list(items: Sequence[str]) -> str:
    """``a``, ``a en b``, ``a, b en c``."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]
