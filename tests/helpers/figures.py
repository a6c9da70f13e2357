"""Report data made by hand: post-its and wide boards for figure and page tests."""

from __future__ import annotations

from app.export.data import NoteData, RoundData, SubgroupData
from app.model.kinds import NoteKind, RoundKind
from app.model.layout import Rect


def note(i: int, text: str = "Een idee", per_row: int = 10, votes: int = 0) -> NoteData:
    x, y = 16 + (i % per_row) * 176, 72 + (i // per_row) * 126
    return NoteData(i, 1, None, NoteKind.IDEE, text, Rect(x, y, 160, 110), votes, "", frozenset())


def wide_board(subgroups: int, per_subgroup: int, loose: int = 0) -> RoundData:
    """Subgroups side by side, ten notes a row each, plus ``loose`` notes in no subgroup."""
    subs, notes = [], []
    for s in range(subgroups):
        x0 = s * 1900.0
        for i in range(per_subgroup):
            x, y = x0 + 16 + (i % 10) * 176, 72 + (i // 10) * 126
            rect = Rect(x, y, 160, 110)
            notes.append(
                NoteData(len(notes), s, None, NoteKind.IDEE, "Idee", rect, 0, "", frozenset())
            )
        area = Rect(x0, 0, 1780, 72 + (per_subgroup // 10 + 1) * 126)
        subs.append(SubgroupData(s, f"Groep {s}", "", None, None, area))
    for i in range(loose):
        rect = Rect(i * 176, 5000, 160, 110)
        notes.append(
            NoteData(len(notes), None, None, NoteKind.IDEE, "Los", rect, 0, "", frozenset())
        )
    return RoundData(1, "Ronde", "", RoundKind.FREE, tuple(subs), (), tuple(notes))
