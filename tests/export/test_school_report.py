"""The report speaks only of this workshop: derived sentences, werkdruk by origin, marked chances,
merged analysis rows, origin labels and real arrows in the batenlogica, legible boards on A4."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pypdf import PdfReader
from reportlab.platypus import NextPageTemplate
from sqlalchemy import select

from app.export import styles
from app.export.data import PurposeRoute, ReportData, RoundData, SessionData
from app.export.drawings import FigureFlowable
from app.export.figures import Curve, Text
from app.export.logic_figure import logic_figure, node_rect
from app.export.reading import read_report_data
from app.export.report import write_report
from app.export.sections.boards import BOARD_MIN_PT, asked, boards_section, round_pages
from app.export.sections.common import Heading, Writer
from app.export.sections.logic import merged_routes
from app.model.batenlogica.routing import LOOP_BEND
from app.model.entities import LogicNode, Note
from app.model.kinds import LogicKind, NoteKind, RoundKind
from app.model.ops import Batch
from app.model.ops.edits import Add
from app.model.school import ORIGIN_LABELS, workload_overview
from app.model.store import WorkshopStore
from app.model.templates import THEME_QUESTIONS
from tests.helpers.figures import note, wide_board
from tests.helpers.report import normalise, pdf_pages


def section(text: str, start: str, end: str) -> str:
    """The report text from heading ``start`` up to the heading ``end`` after it."""
    head = text.index(start, text.index("Inhoud") + 400)  # past the contents page
    return text[head : text.index(end, head)]


def test_werkdruk_overview_lists_every_werkdruk_post_it_in_its_origin_group(
    demo_store: WorkshopStore, demo_report: tuple
) -> None:
    text = normalise(" ".join(demo_report[1]))
    part = section(text, "Waar wordt werkdruk ervaren?", "Kansen De kansen")
    items = workload_overview(demo_store)
    assert items and all(normalise(w.text) in part for w in items)
    groups = {}
    for w in items:
        groups.setdefault(ORIGIN_LABELS[w.origin][0], []).append(normalise(w.text))
    for title, texts in groups.items():
        start = part.index(title[0].upper() + title[1:])
        others = [part.find(t[0].upper() + t[1:], start + 1) for t in groups if t != title]
        block = part[start : min([o for o in others if o > start], default=len(part))]
        assert all(t in block for t in texts), title
    assert f"{len(items)} plekken waar werkdruk wordt ervaren" in part


def test_chances_are_listed_exactly_as_marked(demo_store: WorkshopStore, demo_report) -> None:
    text = normalise(" ".join(demo_report[1]))
    part = section(text, "Kansen De kansen", "Bijlage: alle post-its")
    with demo_store.read() as db:
        marked = db.scalars(select(Note.text).where(Note.chance.is_not(None))).all()
        marked += db.scalars(select(LogicNode.label).where(LogicNode.chance.is_not(None))).all()
        unmarked = db.scalars(
            select(Note.text).where(Note.chance.is_(None), Note.kind == NoteKind.IDEE)
        ).all()
    assert marked and all(normalise(m) in part for m in marked)
    for label in ("ICT-kansen om werkdruk te verlagen", "ICT-kansen voor de bedoeling"):
        assert label in part
    assert "Andere verbeterkansen" not in part  # nothing marked as such in the demo
    assert "Kansen om werkdruk te verlagen, per beleidsthema" in part
    assert [u for u in unmarked if f"• {normalise(u)} •" in part] == []
    for complaint in ("Afhandeling van mail", "Snappet", "Website, twitter, digiduif"):
        assert f"• {complaint} " not in part


def groups_only(store: WorkshopStore, names: tuple[str, ...]) -> None:
    rows = [
        Add("stakeholder_group", tuple({"id": i + 1, "name": n} for i, n in enumerate(names))),
        Add("session", ({"id": 1, "title": "Sessie 1"},)),
        Add("round", ({"id": 1, "session_id": 1, "title": "Blij", "kind": RoundKind.PURPOSE},)),
        Add(
            "subgroup",
            tuple(
                {"id": i + 1, "round_id": 1, "name": n, "group_id": i + 1}
                for i, n in enumerate(names)
            ),
        ),
        Add(
            "note",
            tuple(
                {"round_id": 1, "subgroup_id": i + 1, "kind": "bedoeling", "text": f"Blij {n}"}
                for i, n in enumerate(names)
            ),
        ),
    ]
    store.apply(Batch(tuple(rows)))


def test_purpose_sentence_names_only_the_groups_present(store: WorkshopStore, tmp_path) -> None:
    groups_only(store, ("Leerlingen", "Ouders"))
    path = tmp_path / "r.pdf"
    write_report(store, path)
    text = normalise(" ".join(pdf_pages(path)))
    assert "Waar worden leerlingen en ouders blij van?" in text
    assert "“Blij”" in text
    assert "bestuur" not in text.lower() and "directie" not in text.lower()


def test_analysis_rows_with_the_same_themes_and_solutions_are_merged() -> None:
    routes = (
        PurposeRoute("Blije kinderen", ("A", "B"), ("X",)),
        PurposeRoute("Ouders betrokken", ("C",), ("Y",)),
        PurposeRoute("Talent", ("A", "B"), ("X",)),
    )
    merged = merged_routes(routes)
    assert [purposes for purposes, _ in merged] == [
        ["Blije kinderen", "Talent"],
        ["Ouders betrokken"],
    ]


def test_demo_analysis_has_no_repeated_rows(demo_store: WorkshopStore) -> None:
    routes = read_report_data(demo_store).logic.findings.routes
    merged = merged_routes(routes)
    keys = [(r.themes, r.solutions) for _, r in merged]
    assert len(keys) == len(set(keys)) < len(routes)


def test_batenlogica_keeps_the_origin_label(demo_report) -> None:
    text = " ".join(demo_report[1])
    assert "WERKDRUK · BEDOELING" in text and "WERKDRUK · SYSTEMEN" in text


def test_arrows_within_a_column_bow_out_and_point_into_their_target(
    demo_store: WorkshopStore,
) -> None:
    data = read_report_data(demo_store)
    figure = logic_figure(data.logic, data.themes)
    assert figure is not None
    nodes = {n.id: n for n in data.logic.nodes}
    curves = [s for s in figure.shapes if isinstance(s, Curve)]
    checked = 0
    for cause, effect in data.logic.edges:
        a, b = node_rect(nodes[cause]), node_rect(nodes[effect])
        if abs(a.x - b.x) > a.w / 2:
            continue
        curve = next(
            c
            for c in curves
            if c.points[0][0] == a.x
            and a.y <= c.points[0][1] <= a.bottom
            and c.points[3][0] == b.x  # ends on the target's near side
            and b.y <= c.points[3][1] <= b.bottom
        )
        assert min(p[0] for p in curve.points) <= min(a.x, b.x) - LOOP_BEND
        checked += nodes[cause].kind is LogicKind.WERKDRUK
    assert checked >= 3


def board_figures(data: ReportData, paper: str) -> tuple[list[FigureFlowable], set[str]]:
    story = boards_section(data, Writer(paper=paper))
    pages = {f.action[1] for f in story if isinstance(f, NextPageTemplate)}
    return [f for f in story if isinstance(f, FigureFlowable)], pages


def test_board_text_prints_at_least_9_pt_on_a4(demo_store: WorkshopStore) -> None:
    data = read_report_data(demo_store)
    figures, pages = board_figures(data, "a4")
    assert pages <= {"a4", "a4l"}
    legible = 0
    notes = [n.rect for _, r in data.rounds() for n in r.notes]
    for flow in figures:
        on_notes = [
            s.size
            for s in flow.figure.shapes
            if isinstance(s, Text)
            and s.size <= styles.NOTE_TEXT_SIZE  # not a cluster title running over a post-it
            and any(n.contains(s.x, s.y) for n in notes)
        ]
        if on_notes:  # post-it text and kind labels; the overview pages have none
            assert min(on_notes) * flow.scale >= BOARD_MIN_PT - 1e-6
            legible += 1
    assert legible > 5
    _, big = board_figures(data, "a3")
    assert big & {"a3", "a3l"}


def test_a3_is_used_only_when_asked(demo_store: WorkshopStore, tmp_path: Path) -> None:
    path = tmp_path / "a3.pdf"
    result = write_report(demo_store, path, paper="a3")

    widths = {round(float(p.mediabox.width)) for p in PdfReader(str(path)).pages}
    assert 1191 in widths or 842 in {
        round(float(p.mediabox.height)) for p in PdfReader(str(path)).pages
    }
    assert result.pages == len(pdf_pages(path))


def test_a_theme_round_asks_only_what_its_board_answers() -> None:
    question = " / ".join(THEME_QUESTIONS)
    rnd = RoundData(1, "R", question, RoundKind.THEMES, (), (), (note(0),))
    assert asked(rnd) == THEME_QUESTIONS[1]
    free = RoundData(1, "R", "Wat zie je?", RoundKind.FREE, (), (), ())
    assert asked(free) == "Wat zie je?"


def test_an_empty_subgroup_gets_no_detail_page() -> None:
    full = wide_board(3, 100)
    rnd = replace(full, notes=tuple(n for n in full.notes if n.subgroup_id != 1))
    story = round_pages(SessionData(1, "Sessie", None, (rnd,)), rnd, Writer(), [])
    headings = " ".join(f.outline for f in story if isinstance(f, Heading))
    assert "Groep 0" in headings and "Groep 2" in headings
    assert "Groep 1" not in headings
