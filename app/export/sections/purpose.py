"""De bedoeling: who is happy when…, per stakeholder group, and the rode draden."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable

from app.export import styles
from app.export.data import NoteData, ReportData, RoundData
from app.export.draft import Para
from app.export.markup import para
from app.export.sections.common import (
    Writer,
    bullets,
    cell,
    colour_or,
    dutch_list,
    grid,
    hint,
    label,
)
from app.export.sections.pages import new_page
from app.model.kinds import LogicKind, NoteKind, RoundKind


@dataclass
class Who:
    name: str
    colour: str
    notes: list[str]
    group: bool = False


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
                who = Who(group.name, group.colour or (sub.colour if sub else ""), [], True)
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


PURPOSE_HINT = (
    "Nog leeg. In de app: schrijf in een bedoelingsronde per geleding post-its van de soort "
    "‘bedoeling’ (Waar word je blij van?)."
)


def _lower(name: str) -> str:
    """A group name inside a sentence: ``Ouders`` → ``ouders``, ``IB`` stays ``IB``."""
    if len(name) > 1 and name[1].isupper():
        return name
    return name[:1].lower() + name[1:]


def introduction(data: ReportData, table: list[Who]) -> str:
    """The opening sentence, naming exactly the groups and rounds this workshop has."""
    names = dutch_list([_lower(w.name) for w in table])
    rounds = [r.title for _, r in data.rounds() if r.kind is RoundKind.PURPOSE and r.notes]
    where = f" in {dutch_list([f'“{t}”' for t in rounds])}" if rounds else ""
    who = "elke geleding" if any(w.group for w in table) else "elke subgroep"
    if len(table) == 1:
        return f"Waar worden {names} blij van? Dit schreven zij{where} op post-its."
    return f"Waar worden {names} blij van? Dit is wat {who}{where} op post-its schreef."


def purpose_section(data: ReportData, writer: Writer) -> list[Flowable]:
    table = who_is_happy(data)
    threads = rode_draden(data)
    summary = [n.label for n in data.logic.nodes if n.kind is LogicKind.BEDOELING]
    if not (table or threads or summary):
        if data.is_empty():
            return []
        return [writer.heading("De bedoeling", 0), hint(PURPOSE_HINT)]
    story: list[Flowable] = [*new_page("a4"), writer.heading("De bedoeling", 0)]
    if table:
        story.append(Para(para(introduction(data, table)), styles.BODY))
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
