"""Meetings (agenda, attendees, validations, decisions), round minutes, and grid boards."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.export import styles
from app.export.data import ReportData, RoundData
from app.export.draft import Para
from app.export.markup import para
from app.export.sections.common import Writer, cell, dutch_date, grid, label
from app.export.sections.pages import new_page
from app.model.kinds import RoundKind
from app.model.templates import GRID_SEPARATOR, grid_axes
from app.model.trajectory.read import DecisionData, MeetingData
from app.model.trajectory_kinds import SESSION_KIND_LABELS

KIND_WORD = {kind: dutch for kind, (dutch, _) in SESSION_KIND_LABELS.items()}


def meeting_title(meeting: MeetingData) -> str:
    kind = KIND_WORD[meeting.session.kind].capitalize()
    return f"{kind} {meeting.number}: {meeting.session.title}"


def decisions_table(decisions: tuple[DecisionData, ...]) -> Flowable:
    width = styles.frame_size("a4")[0]
    rows: list[list[object]] = [[cell(h, True) for h in ("Besluit", "Wie", "Wanneer", "Status")]]
    rows += [
        [
            cell(d.text),
            cell(d.owner),
            cell(dutch_date(d.due) if d.due else "—"),
            cell("afgerond" if d.done else "open"),
        ]
        for d in decisions
    ]
    return grid(rows, [width * f for f in (0.5, 0.2, 0.17, 0.13)])


def meeting_block(meeting: MeetingData, writer: Writer, level: int) -> list[Flowable]:
    """One meeting: when, who, the agenda with minutes, what was validated and decided."""
    s = meeting.session
    story: list[Flowable] = [writer.heading(meeting_title(meeting), level)]
    if s.date:
        story.append(Para(para(f"Datum: {dutch_date(s.date)}"), styles.BODY))
    present = [a for a in meeting.attendees if a.present]
    absent = [a for a in meeting.attendees if not a.present]
    if meeting.attendees:

        def who(a) -> str:  # noqa: ANN001 - AttendeeData
            extra = ", ".join(x for x in (a.role, a.group) if x)
            return f"{a.name} ({extra})" if extra else a.name

        story.append(label(f"Aanwezig ({len(present)})"))
        story.append(Para(para("; ".join(who(a) for a in present) or "—"), styles.BODY))
        if absent:
            story.append(label(f"Afwezig ({len(absent)})"))
            story.append(Para(para("; ".join(who(a) for a in absent)), styles.BODY))
    if meeting.previous_open:
        story.append(
            label(f"Open besluiten van de vorige bijeenkomst ({len(meeting.previous_open)})")
        )
        story.append(decisions_table(meeting.previous_open))
    if meeting.agenda:
        story.append(label("Agenda"))
        for n, item in enumerate(meeting.agenda, start=1):
            story.append(Para(para(f"{n}. {item.title}"), styles.BODY))
            if item.minutes.strip():
                story.append(Para(para(item.minutes), styles.BULLET))
    if meeting.validations:
        story.append(label("Gevalideerd"))
        width = styles.frame_size("a4")[0]
        rows: list[list[object]] = [
            [cell(h, True) for h in ("Onderwerp", "Herkend", "Gevraagde wijzigingen")]
        ]
        rows += [
            [cell(v.subject), cell("ja" if v.recognised else "nee"), cell(v.changes or "—")]
            for v in meeting.validations
        ]
        story.append(grid(rows, [width * 0.4, width * 0.12, width * 0.48]))
    if meeting.decisions:
        open_count = sum(not d.done for d in meeting.decisions)
        story.append(label(f"Besluiten ({len(meeting.decisions)}, waarvan {open_count} open)"))
        story.append(decisions_table(meeting.decisions))
    return story


def meetings_section(data: ReportData, writer: Writer) -> list[Flowable]:
    found = data.trajectory.meetings
    declared = "meetings" in data.sections
    shown = [
        m for m in found if m.agenda or m.attendees or m.decisions or m.validations or declared
    ]
    if not shown:
        return []
    story: list[Flowable] = [*new_page("a4"), writer.heading("Bijeenkomsten", 0)]
    story.append(
        Para(para(f"{len(shown)} bijeenkomsten naast de sessies op het bord."), styles.BODY)
    )
    for meeting in shown:
        story += meeting_block(meeting, writer, 1)
    return story


def minutes_section(data: ReportData, writer: Writer) -> list[Flowable]:
    rounds = [r for r in data.trajectory.rounds if r.minutes.strip() or r.format or r.options]
    declared = "minutes" in data.sections
    if not (rounds or declared):
        return []
    story: list[Flowable] = [writer.heading("Verslag per ronde", 0)]
    if not rounds:
        return [*story, Para("Er is nog geen verslag vastgelegd.", styles.BODY)]
    for r in rounds:
        story.append(writer.heading(f"{r.session} › {r.title}", 1))
        if r.format:
            story.append(Para(para(f"Werkvorm: {r.format}"), styles.BODY))
        elif r.options:
            story.append(Para(para("Te kiezen werkvorm: " + ", ".join(r.options)), styles.BODY))
        if r.minutes.strip():
            story.append(Para(para(r.minutes), styles.BODY))
        else:
            story.append(Para("Nog geen notulen.", styles.MUTED_SMALL))
    return story


def grid_table(rnd: RoundData) -> Flowable | None:
    """A grid round as a table: its rows down, its columns across, the post-its in the cells."""
    cells = [s for s in rnd.subgroups if GRID_SEPARATOR in s.name]
    if not cells:
        return None
    rows, columns = grid_axes([s.name for s in cells])
    texts = {s.name: [n.text for n in rnd.notes if n.subgroup_id == s.id] for s in cells}
    table: list[list[object]] = [[cell("", True), *(cell(c, True) for c in columns)]]
    for row in rows:
        table.append(
            [cell(row, True)]
            + [
                [
                    Para(para(t), styles.CELL_BULLET, bulletText="•")
                    for t in texts.get(f"{row}{GRID_SEPARATOR}{c}", [])
                ]
                or cell("")
                for c in columns
            ]
        )
    width = styles.frame_size("a4l")[0]
    first = width * 0.12
    return grid(table, [first] + [(width - first) / len(columns)] * len(columns))


def grid_section(data: ReportData, writer: Writer) -> list[Flowable]:
    found = [(s, r) for s, r in data.rounds() if r.kind is RoundKind.GRID]
    declared = "grid" in data.sections
    if not (found or declared):
        return []
    story: list[Flowable] = [*new_page("a4l"), writer.heading("Halen en brengen", 0)]
    if not found:
        return [*story, Para("Er is geen rasterbord.", styles.BODY)]
    for session, rnd in found:
        notes = len(rnd.notes)
        story.append(writer.heading(f"{session.title} › {rnd.title}", 1))
        if rnd.question:
            story.append(Para(para(rnd.question), styles.QUESTION))
        story.append(Para(para(f"{notes} post-its in het raster."), styles.BODY))
        table = grid_table(rnd)
        if table is not None:
            story.append(table)
    return [*story, *new_page("a4")]
