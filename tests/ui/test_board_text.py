"""Post-it text fitting: as large as fits, words whole when readable, elided as a last resort."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFontMetricsF

from app.ui.board.badge import badge_rect
from app.ui.board.items import BADGE_PX, BOARD_TEXT_PX, PAD, NoteItem
from app.ui.board.textfit import LARGEST_PX, SMALLEST_PX, fit_text, note_font
from app.ui.board.wrap import syllable_breaks, wrap_words

W, H = 144.0, 82.0


def fits(fit) -> bool:
    metrics = QFontMetricsF(fit.font)
    return all(
        origin.y() + metrics.descent() <= H + 0.5 and metrics.horizontalAdvance(line) <= W + 12
        for origin, line in fit.lines
    )


def test_a_short_text_gets_the_largest_size(qapp) -> None:
    fit = fit_text("Rust", W, H)
    assert fit.font.pixelSize() == LARGEST_PX
    assert [line for _, line in fit.lines] == ["Rust"]


def test_a_longer_text_shrinks_keeps_words_whole_and_fits(qapp) -> None:
    text = "Meer tijd voor elkaar en minder vergaderen over dingen die niet uitmaken"
    fit = fit_text(text, W, H)
    assert SMALLEST_PX <= fit.font.pixelSize() < LARGEST_PX
    assert " ".join(line for _, line in fit.lines).split() == text.split()
    assert not fit.elided and fits(fit)


def test_one_long_word_breaks_with_a_hyphen_rather_than_turning_tiny(qapp) -> None:
    fit = fit_text("Leerlingbesprekingen", W, H)
    lines = [line for _, line in fit.lines]
    assert len(lines) == 2 and lines[0].endswith("-")
    assert "".join(lines).replace("-", "") == "Leerlingbesprekingen"
    assert fit.font.pixelSize() > 16


def test_newlines_are_kept(qapp) -> None:
    fit = fit_text("Twee\nregels", W, H)
    assert [line for _, line in fit.lines] == ["Twee", "regels"]


def test_too_much_text_is_elided_at_the_smallest_size(qapp) -> None:
    fit = fit_text("Een heel lang verhaal " * 20, W, H)
    assert fit.elided and fit.font.pixelSize() == SMALLEST_PX
    assert fit.lines[-1][1].endswith("…")
    assert fits(fit)


def test_long_words_break_at_dutch_syllables_with_a_visible_hyphen(qapp) -> None:
    metrics = QFontMetricsF(note_font(18))
    for word in ("talentontwikkeling", "leerlingvolgsysteem"):
        lines = wrap_words(word, 110, metrics.horizontalAdvance).lines
        assert len(lines) >= 2 and all(line.endswith("-") for line in lines[:-1])
        assert "".join(line.removesuffix("-") for line in lines) == word
        first = len(lines[0]) - 1
        assert first in syllable_breaks(word)  # never mid-syllable ("ontwikk-eling")


def test_t_m_and_numbers_are_never_broken(qapp) -> None:
    metrics = QFontMetricsF(note_font(18))
    lines = wrap_words("Kindgesprekken van groep 1 t/m 8", 70, metrics.horizontalAdvance).lines
    assert "t/m" in " ".join(lines).split()
    assert syllable_breaks("t/m") == () and syllable_breaks("2026") == ()


def test_notes_of_a_board_share_one_text_size(qapp) -> None:
    sizes = {
        fit_text(text, W, H, BOARD_TEXT_PX).font.pixelSize()
        for text in ("Rust", "Meer tijd voor elkaar", "Ouders erbij", "Talentontwikkeling")
    }
    assert sizes == {BOARD_TEXT_PX}


def test_the_vote_badge_sits_beside_the_text_not_over_it(qtbot) -> None:
    item = NoteItem(
        {"id": 1, "x": 0, "y": 0, "w": 160, "h": 110, "text": "Rust", "votes": 12, "kind": "idee"}
        | {"subgroup_id": None, "cluster_id": None, "round_id": 1, "colour": ""}
    )
    text_box = item._text_box()
    badge = badge_rect(QPointF(item.rect().right() - PAD / 2, 0), 12, BADGE_PX)
    assert not badge.intersects(text_box.adjusted(0, 1, 0, 0))
    assert badge.width() >= BADGE_PX  # a count that can be read, not 4-px dots
