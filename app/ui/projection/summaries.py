"""What the projection shows besides the boards: the workshop's results as card groups.

The bedoeling per stakeholder group, the themes with their chosen
initiatives, the organisation principles and the werkdruk by origin, each a
titled list of card groups (a heading card and its cards) that the
projection lays out like a board page. The batenlogica is a view on the
laptop's own diagram, so its path highlighting follows the facilitator.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.export.data import ReportData
from app.export.reading import read_report_data
from app.export.sections.purpose import who_is_happy
from app.model.kinds import NoteKind, WorkloadOrigin
from app.model.store import WorkshopStore
from app.model.workload import workload_by_origin
from app.ui.board.palette import KIND_COLOURS, note_fill
from app.ui.projection.cards import Card

PLAIN = QColor("#fff59d")


@dataclass(frozen=True)
class Summary:
    key: str
    title: str
    groups: tuple[tuple[Card, ...], ...]


def _group(title: str, colour: QColor, texts: list[str]) -> tuple[Card, ...]:
    fill = note_fill(colour)
    return (Card(title, colour, heading=True), *(Card(t, fill) for t in texts if t.strip()))


def purpose_summary(data: ReportData) -> Summary | None:
    groups = tuple(
        _group(who.name, QColor(who.colour or "#e9c46a"), who.notes)
        for who in who_is_happy(data)
        if who.notes
    )
    title = QCoreApplication.translate("Summaries", "The purpose per stakeholder group")
    return Summary("purpose", title, groups) if groups else None


def themes_summary(data: ReportData) -> Summary | None:
    groups = []
    for theme in data.themes:
        chosen = [i.title for i in data.initiatives if i.theme_id == theme.id and i.chosen]
        texts = chosen or ([theme.description] if theme.description.strip() else [])
        groups.append(_group(theme.title, QColor(theme.colour or "#8ab17d"), texts))
    title = QCoreApplication.translate("Summaries", "Themes and chosen initiatives")
    return Summary("themes", title, tuple(groups)) if groups else None


def principles_summary(data: ReportData) -> Summary | None:
    cards = tuple(
        Card(f"{p.name}: {p.description}" if p.description.strip() else p.name, PLAIN)
        for p in data.principles
    )
    title = QCoreApplication.translate("Summaries", "Organisation principles")
    return Summary("principles", title, (cards,)) if cards else None


def workload_summary(store: WorkshopStore) -> Summary | None:
    by_origin = workload_by_origin(store)
    names = {
        WorkloadOrigin.PURPOSE: QCoreApplication.translate(
            "Summaries", "From working on the purpose"
        ),
        WorkloadOrigin.SYSTEMS: QCoreApplication.translate(
            "Summaries", "From systems and ways of working"
        ),
        None: QCoreApplication.translate("Summaries", "Origin not yet chosen"),
    }
    colour = KIND_COLOURS[NoteKind.WERKDRUK]
    groups = tuple(
        _group(name, colour, by_origin[origin])
        for origin, name in names.items()
        if origin in by_origin
    )
    title = QCoreApplication.translate("Summaries", "Workload by origin")
    return Summary("workload", title, groups) if groups else None


def read_summaries(store: WorkshopStore) -> list[Summary]:
    """Every summary with something to show, in the order of the method."""
    data = read_report_data(store)
    makers: list[Callable[[], Summary | None]] = [
        lambda: purpose_summary(data),
        lambda: themes_summary(data),
        lambda: principles_summary(data),
        lambda: workload_summary(store),
    ]
    return [s for s in (make() for make in makers) if s is not None]
