"""De bedoeling: who is happy when…, per stakeholder group, and the rode draden."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable

from app.export import styles
from app.export.data import NoteData, ReportData, RoundData
from app.export.draft import Para
from app.export.sections.common import Writer, bullets, cell, colour_or, grid, label
from app.export.sections.pages import new_page
from app.model.kinds import LogicKind, NoteKind, RoundKind


@dataclass
class Who:
    name: str
    colour: str
    notes: list[str]


def purpose_notes(rnd: RoundData) -> list[NoteData]:
    """The notes of a purpose round, or the bedoeling notes of any other round."""
    if rnd.kind is RoundKind.PURPOSE:
        return list(rnd.notes)
    return [n for n in rnd.notes if n.kind is NoteKind.BEDOELING]


def who_is_happy(data: ReportData) -> list[Who]:
    """Purpose notes per stakeholder group (or per subgroup when it has no group), in order."""
    rows: dict[tuple, Who] = {}
    order: dict[tuple, tuple] = {}
    group_pos = {g.id: i for i, g in enumerate(data.groups)}
    for _, rnd in data.rounds():
        for note in purpose_notes(rnd):
            sub = rnd.subgroup(note.subgroup_id)
            group = data.group(sub.group_id) if sub else None
            if group is not None:
                key: tuple = ("g", group.id)
                who = Who(group.name, group.colour or (sub.colour if sub else ""), [])
                order.setdefault(key, (0, group_pos[group.id], 0))
            elif sub is not None:
                key = ("s", sub.name)
                who = Who(sub.name, sub.colour, [])
                order.setdefault(key, (1, len(order), 0))
            else:
                key = ("x",)
                who = Who("Overig", "", [])
                order.setdefault(key, (2, 0, 0))
            rows.setdefault(key, who).notes.append(note.text)
    return [rows[k] for k in sorted(rows, key=order.__getitem__)]


def rode_draden(data: ReportData) -> list[str]:
    titles: list[str] = []
    for _, rnd in data.rounds():
        if rnd.kind is RoundKind.PURPOSE or purpose_notes(rnd):
            titles += [c.title for c in rnd.clusters if c.title.strip()]
    return titles


def purpose_section(data: ReportData, writer: Writer) -> list[Flowable]:
    table = who_is_happy(data)
    threads = rode_draden(data)
    summary = [n.label for n in data.logic.nodes if n.kind is LogicKind.BEDOELING]
    if not (table or threads or summary):
        return []
    story: list[Flowable] = [
        *new_page("a4"),
        writer.heading("De bedoeling", 0),
        Para(
            "Waar worden de leerlingen, ouders, leraren, directie en bestuur blij van? "
            "Dit is wat elke geleding in de bedoelingsronde op post-its schreef.",
            styles.BODY,
        ),
    ]
    if table:
        width = styles.frame_size("a4")[0]
        rows: list[list[object]] = [[cell("Wie", True), cell("… zijn blij als", True)]]
        extra = []
        for i, who in enumerate(table, start=1):
            rows.append([cell(who.name, True), bullets(who.notes, styles.CELL_BULLET)])
            extra.append(("BACKGROUND", (0, i), (0, i), colour_or(who.colour, styles.TABLE_HEAD)))
        story.append(grid(rows, (0.26 * width, 0.74 * width), extra))
    if threads:
        story += [label("Rode draden"), *bullets(threads)]
    if summary:
        story += [label("De bedoeling, samengevat in de batenlogica"), *bullets(summary)]
    return story
