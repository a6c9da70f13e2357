"""Follow-up of the initiatives, the focusgroep's implementation plan, and measurements over time.

Every sentence is counted from the data; overdue work is marked in words as
well as with a tint, so it survives black-and-white print.
"""

from __future__ import annotations

from collections import Counter

from reportlab.lib import colors
from reportlab.platypus import Flowable

from app.export import styles
from app.export.data import ReportData
from app.export.draft import Para
from app.export.markup import para
from app.export.sections.common import Writer, bullets, cell, dutch_date, grid, label
from app.export.sections.pages import new_page
from app.model.trajectory.read import ActionFollowUp, ThemeFollowUp, changes
from app.model.trajectory_kinds import ActionStatus, Framework

OVERDUE_TINT = colors.HexColor("#F6D5CF")
STATUS_ORDER = (ActionStatus.DONE, ActionStatus.RUNNING, ActionStatus.PLANNED, ActionStatus.STOPPED)
FRAMEWORK_NAMES = {
    Framework.GUIDELINES: "richtlijnen",
    Framework.LEGISLATION: "wetgeving",
    Framework.PROCUREMENT: "aanbesteding",
    Framework.OTHER: "andere kaders",
}


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def status_text(action: ActionFollowUp) -> str:
    return f"{action.status.value} — te laat" if action.overdue else action.status.value


def summary(themes: tuple[ThemeFollowUp, ...], data: ReportData) -> str:
    actions = [a for t in themes for i in t.initiatives for a in i.actions]
    initiatives = sum(len(t.initiatives) for t in themes)
    counts = Counter(a.status for a in actions)
    parts = [f"{counts[s]} {s.value}" for s in STATUS_ORDER if counts[s]]
    late = sum(a.overdue for a in actions)
    text = (
        f"{_count(len(actions), 'activiteit', 'activiteiten')} bij "
        f"{_count(initiatives, 'initiatief', 'initiatieven')}"
    )
    if parts:
        text += ": " + ", ".join(parts)
    text += f". Op {dutch_date(data.trajectory.today)} "
    verb = "is" if late == 1 else "zijn"
    late_text = f"{verb} {_count(late, 'activiteit', 'activiteiten')} over de datum."
    text += late_text if late else "is geen activiteit over de datum."
    return text


def _actions_table(actions: tuple[ActionFollowUp, ...], with_progress: bool) -> Flowable:
    width = styles.frame_size("a4")[0]
    head = ["Activiteit", "Wie", "Wanneer", "Status"] + (["Voortgang"] if with_progress else [])
    rows: list[list[object]] = [[cell(h, True) for h in head]]
    extra = []
    for n, a in enumerate(actions, start=1):
        row: list[object] = [
            cell(a.activity),
            cell(a.who),
            cell(dutch_date(a.due) if a.due else "—"),
            cell(status_text(a), a.overdue),
        ]
        if with_progress:
            row.append(cell("\n".join(f"{dutch_date(p.date)}: {p.text}" for p in a.notes)))
        rows.append(row)
        if a.overdue:
            extra.append(("BACKGROUND", (0, n), (-1, n), OVERDUE_TINT))
    fractions = (0.3, 0.16, 0.14, 0.12, 0.28) if with_progress else (0.46, 0.22, 0.17, 0.15)
    return grid(rows, [width * f for f in fractions], extra)


def followup_section(data: ReportData, writer: Writer) -> list[Flowable]:
    themes = data.trajectory.follow_up
    declared = "followup" in data.sections
    if not (themes or declared):
        return []
    story: list[Flowable] = [*new_page("a4"), writer.heading("Voortgang van de initiatieven", 0)]
    if not themes:
        return [
            *story,
            Para("Er zijn nog geen gekozen initiatieven met activiteiten.", styles.BODY),
        ]
    story.append(Para(para(summary(themes, data)), styles.BODY))
    for theme in themes:
        story.append(writer.heading(theme.title, 1))
        for initiative in theme.initiatives:
            late = f" ({initiative.overdue} te laat)" if initiative.overdue else ""
            story.append(label(initiative.title + late))
            if initiative.actions:
                story.append(_actions_table(initiative.actions, True))
            else:
                story.append(Para("Nog geen activiteiten.", styles.MUTED_SMALL))
    return story


def implementation_section(data: ReportData, writer: Writer) -> list[Flowable]:
    themes = data.trajectory.follow_up
    declared = "implementation" in data.sections
    if not declared:
        return []
    story: list[Flowable] = [writer.heading("Implementatieplan", 0)]
    actions = [a for t in themes for i in t.initiatives for a in i.actions]
    frameworks = [f for t in themes for i in t.initiatives for f in i.frameworks]
    if not (actions or frameworks):
        return [*story, Para("Er zijn nog geen acties of kaders vastgelegd.", styles.BODY)]
    kinds = Counter(f.framework for f in frameworks)
    text = f"{_count(len(actions), 'actie', 'acties')} met wie en wanneer"
    if frameworks:
        named = ", ".join(f"{FRAMEWORK_NAMES[k]} ({n})" for k, n in kinds.items())
        text += f"; {_count(len(frameworks), 'kader', 'kaders')} om te veranderen: {named}"
    story.append(Para(para(text + "."), styles.BODY))
    for theme in themes:
        story.append(writer.heading(theme.title, 1))
        for initiative in theme.initiatives:
            story.append(label(initiative.title))
            if initiative.actions:
                story.append(_actions_table(initiative.actions, False))
            if initiative.frameworks:
                story += bullets(
                    [
                        f"{FRAMEWORK_NAMES[f.framework]}: {f.description}".rstrip(": ")
                        for f in initiative.frameworks
                    ]
                )
    return story


def _arrow(delta: int | None) -> str:
    if delta is None:
        return "—"
    return f"+{delta}" if delta > 0 else str(delta) if delta < 0 else "0"


def measurements_section(data: ReportData, writer: Writer) -> list[Flowable]:
    moments = data.trajectory.moments
    declared = "measurements" in data.sections
    if not (moments or declared):
        return []
    story: list[Flowable] = [writer.heading("Metingen door de tijd", 0)]
    if not moments:
        return [*story, Para("Er is nog geen meting vastgelegd.", styles.BODY)]
    found = changes(moments)
    deltas = [c.delta for c in found if c.delta is not None]
    text = (
        f"{_count(len(found), 'onderwerp', 'onderwerpen')} gescoord op een schaal van 1 tot 5, "
        f"op {_count(len(moments), 'moment', 'momenten')}."
    )
    if deltas:
        up, down = sum(d > 0 for d in deltas), sum(d < 0 for d in deltas)
        text += f" Gestegen: {up}, gedaald: {down}, gelijk gebleven: {len(deltas) - up - down}."
    story.append(Para(para(text), styles.BODY))
    width = styles.frame_size("a4")[0]
    head = (
        ["Onderwerp"]
        + [m.label + (f"\n{dutch_date(m.date)}" if m.date else "") for m in moments]
        + ["Verschil"]
    )
    rows: list[list[object]] = [[cell(h, True) for h in head]]
    for c in found:
        target = f"{c.target} ({c.group})" if c.group else c.target
        values = [cell("—" if v is None else str(v)) for v in c.values]
        rows.append([cell(target), *values, cell(_arrow(c.delta), True)])
    first = width * 0.32
    rest = (width - first) / (len(moments) + 1)
    story.append(grid(rows, [first] + [rest] * (len(moments) + 1)))
    for m in moments:
        comments = [f"{s.target}: {s.comment}" for s in m.scores if s.comment.strip()]
        yields = [(w, t) for w, t in (("personeel", m.yield_staff), ("leerlingen", m.yield_pupils))]
        if comments or any(t.strip() for _, t in yields):
            story.append(writer.heading(m.label, 1))
            story += bullets(comments)
            for who, what in yields:
                if what.strip():
                    story.append(label(f"Wat levert het op voor {who}"))
                    story.append(Para(para(what), styles.BODY))
    return story
