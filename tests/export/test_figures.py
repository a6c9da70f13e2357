"""Figures: text wraps inside its box, boards get a page on which they stay legible."""

from __future__ import annotations

import itertools

import pytest
from reportlab.platypus import Spacer

from app.export import fonts, styles
from app.export.board_figure import board_bounds, board_figure
from app.export.data import RoundData, SessionData, SubgroupData
from app.export.figures import Text, crop, extent, fit, text_width, wrap
from app.export.sections.boards import round_pages
from app.export.sections.common import Heading, Writer
from app.export.sections.pages import choose_page, tiles
from app.model.kinds import RoundKind
from app.model.layout import Rect
from tests.helpers.figures import note, wide_board

NOTE = styles.NOTE_TEXT_SIZE


def board(count: int, per_row: int = 10) -> RoundData:
    notes = tuple(note(i, per_row=per_row) for i in range(count))
    area = Rect.bounding([n.rect for n in notes])
    sub = SubgroupData(1, "Groep A", "#E53935", None, None, area)
    return RoundData(1, "Ronde", "Vraag?", RoundKind.FREE, (sub,), (), notes)


@pytest.mark.parametrize("width", [40.0, 120.0, 300.0])
def test_wrapped_lines_fit_their_width(width: float) -> None:
    text = "Leerlingen betrekken bij de rapportgesprekken\nen talentontwikkelingsgesprekken"
    lines = wrap(text, fonts.REGULAR, 12, width)
    assert all(text_width(line, fonts.REGULAR, 12) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "").replace("\n", "")


def test_fit_shrinks_then_cuts_with_an_ellipsis() -> None:
    lines, size = fit("woord " * 200, fonts.REGULAR, 16, 9, 140, 80)
    assert size == 9
    assert len(lines) * size * 1.2 <= 80
    assert lines[-1].endswith("…")


def test_note_text_stays_inside_its_post_it() -> None:
    rnd = RoundData(
        1, "R", "", RoundKind.FREE, (), (), (note(0, "Talentontwikkeling " * 6, votes=7),)
    )
    figure = board_figure(rnd)
    assert figure is not None
    texts = [s for s in figure.shapes if isinstance(s, Text)]
    body = next(t for t in texts if t.lines[0].startswith("Talent"))
    paper = rnd.notes[0].rect
    widest = max(text_width(line, body.face, body.size) for line in body.lines)
    assert body.x + widest <= paper.right and body.baseline(len(body.lines) - 1) <= paper.bottom
    assert any(t.lines == ("7",) and t.colour == "#FFFFFF" for t in texts)  # the vote badge


def test_small_boards_get_a4_big_ones_a3_and_huge_ones_a_page_per_subgroup() -> None:
    top = [Spacer(1, 50)]
    assert choose_page(board_bounds(board(12)), top, NOTE) == ("a4l", True)
    assert choose_page(board_bounds(board(17, per_row=17)), top, NOTE) == ("a3l", True)
    assert choose_page(board_bounds(board(400, per_row=40)), top, NOTE) == ("a3l", False)
    assert choose_page(board_bounds(board(12, per_row=2)), top, NOTE) == ("a4", True)


def test_a_huge_board_gets_detail_pages_per_subgroup() -> None:
    rnd = wide_board(4, 100, loose=3)
    story = round_pages(SessionData(1, "Sessie", None, (rnd,)), rnd, Writer(), [])
    headings = [f.outline for f in story if isinstance(f, Heading)]
    assert headings[0] == "Sessie › Ronde"
    names = [h.split(" (Ronde)")[0] for h in headings[1:]]
    expected = [*(f"Uitvergroting: Groep {s}" for s in range(4)), "Uitvergroting: zonder subgroep"]
    assert list(dict.fromkeys(names)) == expected


def test_a_subgroup_too_big_for_a3_is_split_in_parts() -> None:
    rnd = wide_board(1, 600)
    story = round_pages(SessionData(1, "Sessie", None, (rnd,)), rnd, Writer(), [])
    headings = [f.outline for f in story if isinstance(f, Heading)]
    parts = [h for h in headings if ", deel " in h]
    assert len(parts) > 1 and parts[-1].endswith(f"deel {len(parts)} van {len(parts)}")


def test_printed_note_text_is_legible_on_the_chosen_page() -> None:
    for count, per_row in ((12, 4), (30, 15)):
        bounds = board_bounds(board(count, per_row))
        page, legible = choose_page(bounds, [Spacer(1, 50)], NOTE)
        width, height = styles.frame_size(page)
        scale = min(width / bounds.w, (height - 60) / bounds.h)
        assert legible and styles.NOTE_TEXT_SIZE * scale >= styles.MIN_PRINTED_PT


def test_tiles_cover_the_figure_and_each_prints_legibly() -> None:
    bounds = Rect(-40, 10, 1800, 11000)
    page, legible = choose_page(bounds, [], styles.LOGIC_TEXT_SIZE)
    assert (page, legible) == ("a3", False)
    regions = tiles(bounds, page, 40, styles.LOGIC_TEXT_SIZE)
    assert len(regions) > 1
    width, height = styles.frame_size(page)
    for r in regions:
        scale = min(width / r.w, (height - 40) / r.h)
        assert styles.LOGIC_TEXT_SIZE * scale >= styles.MIN_PRINTED_PT
    assert min(r.x for r in regions) <= bounds.x and max(r.right for r in regions) >= bounds.right
    assert min(r.y for r in regions) <= bounds.y
    assert max(r.bottom for r in regions) >= bounds.bottom
    ordered = sorted(regions, key=lambda r: r.y)
    assert all(a.bottom > b.y for a, b in itertools.pairwise(ordered))  # overlap


def test_crop_keeps_only_what_reaches_the_region() -> None:
    rnd = board(20, per_row=10)
    figure = board_figure(rnd)
    assert figure is not None
    left = Rect(0, 0, 400, 1000)
    part = crop(figure, left)
    assert 0 < len(part.shapes) < len(figure.shapes)
    assert all(extent(s).x <= left.right for s in part.shapes)
