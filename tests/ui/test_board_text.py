"""Post-it text fitting: as large as fits, words whole when readable, elided as a last resort."""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF

from app.ui.board.textfit import LARGEST_PX, SMALLEST_PX, fit_text

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
