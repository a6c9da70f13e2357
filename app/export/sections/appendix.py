"""The appendix: every post-it of every round, verbatim, with its votes — the complete record."""

from __future__ import annotations

from collections import defaultdict

from reportlab.platypus import Flowable

from app.export import styles
from app.export.board_figure import mixed_kinds
from app.export.data import NoteData, ReportData, RoundData
from app.export.draft import Para
from app.export.markup import para
from app.export.sections.common import Writer, label
from app.export.sections.pages import new_page
from app.model.kinds import NOTE_KIND_LABELS


def note_line(note: NoteData, show_kind: bool) -> Para:
    """The note's text exactly, then in grey its kind (where kinds are mixed) and votes."""
    meta = [NOTE_KIND_LABELS[note.kind][0]] if show_kind else []
    if note.votes:
        meta.append(f"{note.votes} {'stem' if note.votes == 1 else 'stemmen'}")
    markup = para(note.text)
    if meta:
        markup += f' <font color="#666666" size="8">({", ".join(meta)})</font>'
    return Para(markup, styles.APPENDIX_NOTE, bulletText="•")


def round_record(rnd: RoundData) -> list[Flowable]:
    """The notes grouped by subgroup, then by cluster, unclustered last."""
    story: list[Flowable] = []
    by_sub: dict[int | None, list[NoteData]] = defaultdict(list)
    for note in rnd.notes:
        by_sub[note.subgroup_id if rnd.subgroup(note.subgroup_id) else None].append(note)
    groups = [(s.name, by_sub[s.id]) for s in rnd.subgroups if by_sub[s.id]]
    if by_sub[None]:
        groups.append(("Zonder subgroep", by_sub[None]))
    titles = {c.id: c.title or "Cluster zonder titel" for c in rnd.clusters}
    show_kind = mixed_kinds(rnd)
    for name, notes in groups:
        story.append(label("Subgroep: " + name))
        by_cluster: dict[int | None, list[NoteData]] = defaultdict(list)
        for note in notes:
            by_cluster[note.cluster_id if note.cluster_id in titles else None].append(note)
        for cluster_id in [c.id for c in rnd.clusters] + [None]:
            members = by_cluster.get(cluster_id)
            if not members:
                continue
            if len(by_cluster) > 1 or cluster_id is not None:
                title = "Cluster: " + titles[cluster_id] if cluster_id else "Niet geclusterd"
                story.append(Para(para(title), styles.APPENDIX_CLUSTER))
            story += [note_line(n, show_kind) for n in members]
    return story


def appendix_section(data: ReportData, writer: Writer) -> list[Flowable]:
    if not any(r.notes for _, r in data.rounds()):
        return []
    story: list[Flowable] = [*new_page("a4"), writer.heading("Bijlage: alle post-its", 0)]
    story.append(
        Para(
            "Alle post-its van alle rondes, letterlijk zoals ze zijn geschreven, per sessie, "
            "ronde, subgroep en cluster, met het aantal stemmen.",
            styles.BODY,
        )
    )
    for session in data.sessions:
        rounds = [r for r in session.rounds if r.notes]
        if not rounds:
            continue
        story.append(writer.heading("", 1, session.title))
        for rnd in rounds:
            story.append(writer.heading("", 2, rnd.title))
            if rnd.question.strip():
                story.append(Para(para(rnd.question), styles.QUESTION))
            story += round_record(rnd)
    return story
