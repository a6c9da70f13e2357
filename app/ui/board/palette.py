"""Colours of the board: kraft paper, subgroup tints, post-it fills, kind markers.

Colour never carries meaning alone: every kind also has a short label, and
every subgroup area its name.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.model.kinds import NOTE_KIND_LABELS, NoteKind

PAPER = QColor("#c8a46e")
PAPER_FIBRE = QColor(120, 84, 40, 22)
PAPER_FLECK = QColor(255, 240, 210, 30)
INK = QColor("#1f1a14")
INK_LIGHT = QColor("#fdfaf3")
SELECTION = QColor("#1565c0")
HIGHLIGHT = QColor("#ff6f00")

FALLBACK = ("#f4a261", "#2a9d8f", "#e9c46a", "#8ab17d", "#e76f51", "#6d9dc5", "#b388eb", "#ef8fb1")
"""Subgroup colours used when neither the subgroup nor its stakeholder group has one."""

KIND_COLOURS: dict[NoteKind, QColor] = {
    NoteKind.BEDOELING: QColor("#ffd166"),
    NoteKind.IDEE: QColor("#fff59d"),
    NoteKind.WERKDRUK: QColor("#ff8a80"),
    NoteKind.BESTAAND: QColor("#b9f6ca"),
    NoteKind.ACTIE: QColor("#82b1ff"),
    NoteKind.NOTITIE: QColor("#eeeeee"),
}

SWATCHES = ("#fff59d", "#ffcc80", "#ff8a80", "#f8bbd0", "#b39ddb", "#82b1ff", "#80deea", "#b9f6ca")
"""Fixed post-it colours offered when recolouring by hand."""


def kind_label(kind: NoteKind) -> str:
    """The kind's name in the interface language (English source, Dutch from the translations)."""
    return QCoreApplication.translate("NoteKind", NOTE_KIND_LABELS[kind][1])


def subgroup_colour(own: str, group: str, position: int) -> QColor:
    """A subgroup's colour: its own, else its stakeholder group's, else a fixed fallback."""
    for candidate in (own, group):
        if candidate and QColor.isValidColorName(candidate):
            return QColor(candidate)
    return QColor(FALLBACK[position % len(FALLBACK)])


def note_fill(base: QColor) -> QColor:
    """A post-it shade of ``base``: light enough that dark ink stays readable on a projector."""
    return _note_fill(base.rgba())


@cache
def _note_fill(rgba: int) -> QColor:
    base = QColor.fromRgba(rgba)
    white = 0.55 if base.lightnessF() < 0.75 else 0.15
    return QColor.fromRgbF(
        base.redF() + (1 - base.redF()) * white,
        base.greenF() + (1 - base.greenF()) * white,
        base.blueF() + (1 - base.blueF()) * white,
    )


def area_fill(base: QColor) -> QColor:
    """A translucent tint of a subgroup's colour over the paper."""
    tint = QColor(base)
    tint.setAlpha(70)
    return tint


def ink_on(fill: QColor) -> QColor:
    """Dark or light text, whichever contrasts with ``fill``."""
    return _ink_on(fill.rgba())


@cache
def _ink_on(rgba: int) -> QColor:
    fill = QColor.fromRgba(rgba)
    luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF()
    return INK if luminance > 0.45 else INK_LIGHT
