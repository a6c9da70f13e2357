"""The embedded report font (DejaVu Sans, shipped in resources/fonts) and what it can show.

reportlab writes a broken text layer for characters outside the Basic
Multilingual Plane, so those count as not showable too: they are replaced by
U+FFFD in the document and reported as export warnings, never silently lost.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FAMILY = "DejaVu Sans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
FACES = (REGULAR, BOLD, ITALIC)
REPLACEMENT = "\ufffd"
ALLOWED_CONTROLS = frozenset("\n\t")
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def font_file(face: str) -> Path:
    return FONT_DIR / f"{face}.ttf"


@cache
def register() -> None:
    """Register the faces with reportlab once, as a family so <b> and <i> pick the right face."""
    for face in FACES:
        pdfmetrics.registerFont(TTFont(face, str(font_file(face))))
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD
    )
    addMapping(REGULAR, 1, 1, BOLD)


@cache
def _covered() -> frozenset[int]:
    """Code points every face has a glyph for (user text appears in all three)."""
    register()
    maps = [set(pdfmetrics.getFont(face).face.charToGlyph) for face in FACES]
    common = set.intersection(*maps)
    return frozenset(c for c in common if c < 0x10000 and unicodedata.category(chr(c)) != "Cc")


def can_show(char: str) -> bool:
    return char in ALLOWED_CONTROLS or ord(char) in _covered()


def missing_characters(text: str) -> list[str]:
    """The distinct characters of ``text`` the font cannot show, in order of appearance."""
    if text.isascii() and not _ASCII_CONTROL.search(text):
        return []  # the common case, and every printable ASCII character has a glyph
    covered = _covered()
    seen: dict[str, None] = {}
    for char in text:
        if char not in ALLOWED_CONTROLS and ord(char) not in covered:
            seen.setdefault(char)
    return list(seen)


def showable(text: str) -> str:
    """``text`` with every character the font cannot show replaced by U+FFFD."""
    missing = missing_characters(text)
    for char in missing:
        text = text.replace(char, REPLACEMENT)
    return text


def describe(chars: list[str]) -> str:
    """A readable list such as ``'😀' (U+1F600)`` for a warning."""
    shown = []
    for char in chars:
        printable = char if unicodedata.category(char)[0] not in "CZ" else ""
        shown.append(f"'{printable}' (U+{ord(char):04X})" if printable else f"U+{ord(char):04X}")
    return ", ".join(shown)
