"""File → Export: the report with its progress, and pictures of a board or the batenlogica."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog

from app.ui.window.main_window import MainWindow
from app.ui.window.picture_dialog import BOARD, LOGIC, PictureDialog, drawings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")

OPEN_ROUND = 3  # demo: session 2, round 2, with post-its and clusters


def test_the_report_shows_its_progress_to_the_end(window: MainWindow, interaction, demo_file):
    window.open_file(demo_file)
    pdf = demo_file.with_name("verslag.pdf")
    interaction.paths.append(pdf)
    seen: list[tuple[int, int, str]] = []
    progress = window.files.progress
    original = window.files._report_progress

    def spy(done: int, total: int, label: str) -> None:
        original(done, total, label)
        seen.append((progress.value(), progress.maximum(), progress.labelText()))
        assert progress.isVisible()  # shown while the report is being written

    window.files._report_progress = spy  # type: ignore[method-assign]
    window.action_set["export_report"].trigger()
    assert interaction.errors == []
    assert pdf.read_bytes().startswith(b"%PDF")
    values = [value for value, _, _ in seen]
    assert values == sorted(values) and len(values) > 3
    assert values[-1] == seen[-1][1] > 0  # the bar reached its maximum
    assert seen[0][2] != seen[-1][2]  # the label said what was being done
    assert progress.isHidden()


def a3_pages(pdf: Path) -> int:
    """How many pages are A3 (either way round); the others are A4."""
    sizes = [sorted(round(float(v)) for v in p.mediabox[2:]) for p in PdfReader(pdf).pages]
    assert all(size in ([595, 842], [842, 1191]) for size in sizes), sizes
    return sizes.count([842, 1191])


def test_the_report_prints_its_boards_on_a4_or_on_a3_when_asked(
    window: MainWindow, interaction, demo_file
):
    window.open_file(demo_file)
    a4, a3 = demo_file.with_name("a4.pdf"), demo_file.with_name("a3.pdf")
    interaction.paths += [a4, a3]
    menu = window.action_set.menus["export"]
    names = [a.objectName() for a in menu.actions()]
    assert names.index("export_report_a3") == names.index("export_report") + 1
    window.action_set["export_report"].trigger()  # the default: boards on A4
    window.action_set["export_report_a3"].trigger()
    assert interaction.errors == []
    assert a3_pages(a3) > a3_pages(a4)  # the boards moved to A3; the text stays on A4
    assert a3_pages(a3) < len(PdfReader(a3).pages)


def choose(what: str, fmt: str, scale_index: int, seen: dict[str, str]):
    """A dialog script: pick the options, remember the size shown, export."""

    def script(dialog: QDialog) -> None:
        assert isinstance(dialog, PictureDialog)
        seen["default"] = dialog.what.currentData()
        dialog.what.setCurrentIndex(dialog.what.findData(what))
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        dialog.scale.setCurrentIndex(scale_index)
        seen["size"] = dialog.size.text()
        dialog.buttons.accepted.emit()

    return script


def export_picture(window: MainWindow, interaction, what: str, fmt: str, scale: int, path: Path):
    seen: dict[str, str] = {}
    interaction.dialogs.append(choose(what, fmt, scale, seen))
    interaction.paths.append(path)
    window.action_set["export_picture"].trigger()
    assert interaction.errors == []
    return seen


def test_export_picture_waits_for_a_workshop(window: MainWindow, demo_file):
    assert not window.action_set["export_picture"].isEnabled()
    window.open_file(demo_file)
    assert window.action_set["export_picture"].isEnabled()


def test_the_board_as_png_at_twice_the_size(window: MainWindow, interaction, demo_file, tmp_path):
    window.open_file(demo_file)
    window.show_round(OPEN_ROUND)
    small, large = tmp_path / "bord1.png", tmp_path / "bord2.png"
    seen1 = export_picture(window, interaction, BOARD, "png", 0, small)
    seen2 = export_picture(window, interaction, BOARD, "png", 1, large)
    assert seen1["default"] == BOARD  # the window showed a board
    one, two = QImage(str(small)), QImage(str(large))
    assert not one.isNull() and not two.isNull()
    assert abs(two.width() - 2 * one.width()) <= 1 and abs(two.height() - 2 * one.height()) <= 1
    width, height = (int(n) for n in re.findall(r"\d+", seen2["size"]))  # as the dialog said
    assert (two.width(), two.height()) == (width, height)
    assert window.statusBar().currentMessage().endswith("bord2.png")


def test_the_batenlogica_as_svg(window: MainWindow, interaction, demo_file, tmp_path):
    window.open_file(demo_file)
    window.show_logic()
    target = tmp_path / "logica"  # no extension typed: the dialog's format decides
    seen = export_picture(window, interaction, LOGIC, "svg", 0, target)
    assert seen["default"] == LOGIC  # the window showed the batenlogica
    svg = target.with_name("logica.svg")
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and len(text) > 1000
    assert not target.exists()


def test_a_scale_too_large_cannot_be_exported(qtbot, window: MainWindow, demo_file):
    window.open_file(demo_file)
    window.show_round(OPEN_ROUND)
    figures = drawings(window.document, OPEN_ROUND)
    dialog = PictureDialog(figures, BOARD, window)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert ok.isEnabled()
    figure = figures[BOARD]  # a board far wider than a laptop can hold as pixels:
    figures[BOARD] = replace(figure, bounds=replace(figure.bounds, w=figure.bounds.w * 100))
    dialog.scale.setCurrentIndex(2)
    assert not ok.isEnabled()
    assert "16000" in dialog.size.text().replace(".", "")  # names the limit
