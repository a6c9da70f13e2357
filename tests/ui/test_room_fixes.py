"""Fixes found by running a session as a new facilitator: through the main window, real clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWizard
from sqlalchemy import func, select

from app.model.entities import Participant, Round, Subgroup
from app.model.round_names import RoundNameError
from app.ui import app as app_module
from app.ui.app import open_main_window
from app.ui.i18n import Translations
from app.ui.session.wizard import NewWorkshopWizard
from tests.helpers.window import click_item, round_item

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


def test_t_starts_the_real_timer_and_the_projection_counts_down(qtbot, window, demo_file):
    window.open_file(demo_file)
    timer = window.session.timer
    timer.set_minutes(2 / 60)  # a 2-second countdown on the real clock
    qtbot.keyClick(window.board, Qt.Key.Key_F5)
    clock = window.session.projection.pane.clock
    assert clock.isVisible() and clock.text() == "00:02"
    qtbot.keyClick(window.board, Qt.Key.Key_T)
    assert timer.running
    qtbot.waitUntil(lambda: clock.text() == "00:01", timeout=4000)
    qtbot.waitUntil(lambda: clock.text() == "00:00" and not timer.running, timeout=4000)


def test_t_pauses_a_running_timer(qtbot, window, demo_file):
    window.open_file(demo_file)
    window.session.timer.set_minutes(5)
    qtbot.keyClick(window.board, Qt.Key.Key_T)
    assert window.session.timer.running
    qtbot.keyClick(window.board, Qt.Key.Key_T)
    assert not window.session.timer.running


def test_wizard_finishes_with_counts_and_no_names(qtbot, window, interaction, tmp_path):
    def finish(wizard: QDialog) -> None:
        assert isinstance(wizard, NewWorkshopWizard)
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
        page = wizard.groups
        for row, people in ((0, "6"), (1, "3"), (2, "4")):
            page.groups.setCurrentRow(row)
            page.headcount.selectAll()
            qtbot.keyClicks(page.headcount, people)
        while wizard.currentId() != wizard.mix_page_id:
            qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
        assert "×" in wizard.mixing.editor.names()[0][0]  # the count-only preview
        finish_button = wizard.button(QWizard.WizardButton.FinishButton)
        qtbot.mouseClick(finish_button, Qt.MouseButton.LeftButton)
        assert wizard.result() == QDialog.DialogCode.Accepted

    interaction.paths.append(tmp_path / "Traject Telling")
    interaction.dialogs.append(finish)
    window.action_set["new"].trigger()
    store = window.document.store
    with store.read() as db:
        assert db.scalar(select(func.count()).select_from(Round)) > 0
        assert db.scalar(select(func.count()).select_from(Subgroup)) > 0
        assert db.scalar(select(func.count()).select_from(Participant)) == 0


def test_ctrl_y_redoes(qtbot, window, demo_file):
    window.open_file(demo_file)
    scene = window.board.board_scene
    before = len(scene.notes)
    scene.select_notes([next(iter(scene.notes))])
    window.action_set["delete"].trigger()
    assert len(scene.notes) == before - 1
    window.action_set["undo"].trigger()
    assert len(scene.notes) == before
    qtbot.keyClick(window.board, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert len(scene.notes) == before - 1


def test_qt_dialogs_speak_dutch_in_the_dutch_interface(window):
    assert window.translations.language == "nl"
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Zoeken in:"
    assert QCoreApplication.translate("QFileDialog", "Files of type:") != "Files of type:"


def test_switching_rounds_at_low_zoom_draws_only_the_new_rounds_notes(qtbot, window, demo_file):
    window.open_file(demo_file)
    board = window.board
    scene = board.board_scene
    for _ in range(30):
        board.zoom_out()
    scene.update_detail()
    assert scene.low_detail
    board.viewport().grab()  # paints, building the low-detail batches
    first = scene.round_id
    other = next(r for r in (1, 2, 3, 4) if r != first)
    click_item(qtbot, window, round_item(window, other))
    board.viewport().grab()
    drawn = {(r.x(), r.y(), r.width(), r.height()) for r in scene._batches.rects()}
    shown = {
        (n.row["x"], n.row["y"], n.row["w"], n.row["h"])
        for n in scene.notes.values()
        if not n.isSelected()
    }
    assert drawn == shown


def test_open_main_window_at_a_named_round(qtbot, demo_file):
    window = open_main_window(demo_file, demo=False, round_name="ronde 3 - nieuwe")
    qtbot.addWidget(window)
    try:
        with window.document.store.read() as db:
            title = db.get_one(Round, window.board.board_scene.round_id).title
        assert title.startswith("Ronde 3 – Nieuwe mogelijkheden")
        assert window.current_round() == window.board.board_scene.round_id
    finally:
        window.close()
        window.translations.apply("en")


def test_open_main_window_refuses_an_ambiguous_round(qtbot, demo_file, monkeypatch):
    made: list[Translations] = []

    class Remembered(Translations):
        def __init__(self) -> None:
            super().__init__()
            made.append(self)

    monkeypatch.setattr(app_module, "Translations", Remembered)
    try:
        with pytest.raises(RoundNameError, match="more than one round"):
            open_main_window(demo_file, demo=False, round_name="Ronde 2")
    finally:
        for translations in made:
            translations.apply("en")  # the next tests run in the source language
    QApplication.instance().processEvents()


def test_ctrl_g_across_subgroups_names_where_the_notes_went(qtbot, window, demo_file):
    window.open_file(demo_file)
    scene = window.board.board_scene
    by_subgroup: dict[int, list[int]] = {}
    for note_id, item in sorted(scene.notes.items()):
        by_subgroup.setdefault(item.row["subgroup_id"], []).append(note_id)
    (first, many), (_second, few) = sorted(by_subgroup.items(), key=lambda kv: -len(kv[1]))[:2]
    scene.select_notes([*many[:2], few[0]])
    qtbot.keyClick(window.board, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    name = scene.areas[first].row["name"]
    assert window.document.undo_stack.undoText() == f"Cluster, verplaatst naar {name}"
    assert scene.notes[few[0]].row["subgroup_id"] == first
