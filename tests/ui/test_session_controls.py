"""The session controls driven through the real main window: wizard, projector, rounds, votes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard
from sqlalchemy import func, select

from app.model.entities import Note, Round, Session, Subgroup, Theme
from app.model.kinds import RoundState
from app.model.store import WorkshopStore
from app.model.templates import METHOD
from app.ui.session.carry_forward import CarryForwardDialog
from app.ui.session.round_setup import AddRoundDialog
from app.ui.session.wizard import NewWorkshopWizard
from app.ui.window.main_window import MainWindow
from app.ui.window.workshop_tree import ID_ROLE
from tests.helpers.window import click_item, click_note, first_note, round_item, tree_items

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")

THEMES_ROUND, ELABORATION_ROUND, PURPOSE_ROUND = 3, 4, 1  # in the demo; 1 and 2 are closed


def read_round(store: WorkshopStore, round_id: int) -> Round:
    with store.read() as db:
        return db.get_one(Round, round_id)


def round_notes(store: WorkshopStore, round_id: int) -> set[int]:
    with store.read() as db:
        return set(db.scalars(select(Note.id).where(Note.round_id == round_id)))


def count(store: WorkshopStore, entity: type, *where: object) -> int:
    with store.read() as db:
        return db.scalar(select(func.count()).select_from(entity).where(*where))


# -- preparing ------------------------------------------------------------------------


def test_new_trajectory_runs_the_wizard_and_shows_its_rounds(qtbot, window, interaction, tmp_path):
    def finish(wizard: QDialog) -> None:
        assert isinstance(wizard, NewWorkshopWizard)
        assert wizard.trajectory.name.text() == "Traject De Linde"  # from the file name
        while wizard.currentId() != wizard.mix_page_id:
            qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.LeftButton)
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.LeftButton)

    interaction.paths.append(tmp_path / "Traject De Linde")
    interaction.dialogs.append(finish)
    window.action_set["new"].trigger()

    store = window.document.store
    assert [i.text(0) for i in tree_items(window, "session")] == [s.title for s in METHOD]
    with store.read() as db:
        rounds = db.execute(select(Round.id, Round.title).order_by(Round.id)).all()
    assert [r.title for r in rounds] == [r.title for s in METHOD for r in s.rounds]
    assert {i.data(0, ID_ROLE) for i in tree_items(window, "round")} == {r.id for r in rounds}
    assert window.board.board_scene.round_id == rounds[0].id
    window.action_set["undo"].trigger()  # the whole plan is one step
    assert tree_items(window, "session") == []


def test_cancelling_the_wizard_leaves_the_empty_workshop_open(window, interaction, tmp_path):
    interaction.paths.append(tmp_path / "Leeg")
    window.action_set["new"].trigger()  # no script: the wizard is cancelled
    assert window.document.store.path == (tmp_path / "Leeg.bruinpapier").resolve()
    assert count(window.document.store, Session) == 0
    assert "geannuleerd" in window.statusBar().currentMessage()


def test_add_round_goes_to_the_session_chosen_in_the_tree(qtbot, window, interaction, demo_file):
    window.open_file(demo_file)
    # the first of the demo's board sessions (the supportgroep's meetings sit around them)
    first_session = next(i for i in tree_items(window, "session") if "Sessie 1" in i.text(0))
    click_item(qtbot, window, first_session)
    session_id = first_session.data(0, ID_ROLE)

    def add(dialog: QDialog) -> None:
        assert isinstance(dialog, AddRoundDialog)
        assert dialog.session.currentData() == session_id
        dialog.title.selectAll()
        qtbot.keyClicks(dialog.title, "Ronde 4 - Terugblik")
        qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)

    interaction.dialogs.append(add)
    window.action_set["add_round"].trigger()
    with window.document.store.read() as db:
        new = db.execute(select(Round.id, Round.session_id).where(Round.title.contains("Terug")))
        (new_id, new_session) = new.one()
    assert new_session == session_id
    assert round_item(window, new_id).parent().data(0, ID_ROLE) == session_id
    assert window.board.board_scene.round_id == new_id


# -- running ------------------------------------------------------------------------


def test_projector_follows_the_rounds_shown_and_freezes(qtbot, window, demo_file):
    window.open_file(demo_file)
    store = window.document.store
    projector = window.action_set["projector"]
    assert not window.action_set["freeze"].isEnabled()
    qtbot.keyClick(window.board, Qt.Key_F5)

    projection = window.session.projection
    assert projection.presentation is not None  # offscreen has one screen
    assert projection.is_showing() and projection.pane.isVisible()
    pane = projection.pane
    assert pane.question.text() == read_round(store, THEMES_ROUND).question
    assert set(pane.view.scene().notes) == round_notes(store, THEMES_ROUND)

    click_item(qtbot, window, round_item(window, ELABORATION_ROUND))
    assert pane.question.text() == read_round(store, ELABORATION_ROUND).question
    assert set(pane.view.scene().notes) == round_notes(store, ELABORATION_ROUND)

    window.action_set["freeze"].trigger()
    assert pane.is_frozen()
    qtbot.keyClick(pane, Qt.Key_Escape)  # leaves the presentation
    assert not projection.is_showing()
    assert not projector.isChecked() and not window.action_set["freeze"].isChecked()


def test_closing_a_round_makes_its_board_read_only_until_undone(qtbot, window, demo_file):
    window.open_file(demo_file)
    store = window.document.store
    close, reopen = window.action_set["close_round"], window.action_set["reopen_round"]
    assert close.isVisible() and not reopen.isVisible()
    close.trigger()
    assert read_round(store, THEMES_ROUND).state == RoundState.CLOSED
    assert window.board.shows_closed()
    assert "gesloten" in round_item(window, THEMES_ROUND).toolTip(0)
    assert reopen.isVisible() and not close.isVisible()

    target = first_note(store, THEMES_ROUND)
    click_note(qtbot, window, target.id)
    window.action_set["delete"].trigger()
    message = window.statusBar().currentMessage()
    assert read_round(store, THEMES_ROUND).title in message
    assert window.board.message() == message
    assert target.id in round_notes(store, THEMES_ROUND)

    window.action_set["undo"].trigger()  # closing was one step
    assert read_round(store, THEMES_ROUND).state == RoundState.OPEN
    assert not window.board.shows_closed()
    assert close.isVisible()


def test_vote_mode_turns_clicks_into_votes_that_persist(qtbot, window, demo_file):
    window.open_file(demo_file)
    store = window.document.store
    target = first_note(store, THEMES_ROUND)
    vote = window.action_set["vote_mode"]
    vote.trigger()
    assert window.session.voting.mode.is_active()
    assert window.session.voting_dock.isVisible()
    click_note(qtbot, window, target.id)
    click_note(qtbot, window, target.id)
    vote.trigger()
    assert not window.session.voting.mode.is_active()
    click_note(qtbot, window, target.id)  # selects only
    window.set_document(None)

    again = WorkshopStore.open(demo_file, backup=False)
    try:
        with again.read() as db:
            assert db.get_one(Note, target.id).votes == target.votes + 2
    finally:
        again.close()


def test_carry_forward_actions_are_undoable(qtbot, window, interaction, demo_file):
    window.open_file(demo_file)
    store = window.document.store
    scene = window.board.board_scene
    themes = count(store, Theme)
    chosen = list(scene.clusters.values())[:2]
    for item in chosen:
        item.setSelected(True)
    window.action_set["clusters_to_themes"].trigger()
    assert count(store, Theme) == themes + 2
    window.action_set["undo"].trigger()
    assert count(store, Theme) == themes

    click_item(qtbot, window, round_item(window, ELABORATION_ROUND))
    window.action_set["themes_to_subgroups"].trigger()
    assert count(store, Subgroup, Subgroup.round_id == ELABORATION_ROUND) >= themes
    window.action_set["undo"].trigger()

    shown: list[QDialog] = []
    interaction.dialogs.append(shown.append)
    window.action_set["carry_forward"].trigger()
    assert isinstance(shown[0], CarryForwardDialog)


def test_theme_forms_show_for_theme_rounds_and_board_actions_leave_the_logic(
    qtbot, window, demo_file
):
    window.open_file(demo_file)
    forms = window.session.forms_dock
    assert window.board.board_scene.round_id == THEMES_ROUND
    assert forms.isVisible()
    click_item(qtbot, window, round_item(window, PURPOSE_ROUND))
    assert not forms.isVisible()
    click_item(qtbot, window, round_item(window, ELABORATION_ROUND))
    assert forms.isVisible()

    window.show_logic()
    for name in ("projector", "vote_mode", "close_round", "clusters_to_themes"):
        assert not window.action_set[name].isEnabled()
    assert window.action_set["add_round"].isEnabled()


def test_the_timer_panel_and_the_projection_share_one_timer(window: MainWindow, demo_file: Path):
    window.open_file(demo_file)
    window.action_set["show_timer"].trigger()
    assert window.session.timer_dock.isVisible()
    window.session.timer_dock.widget().minutes.setValue(7)
    window.session.timer_dock.widget().set_button.click()
    window.action_set["projector"].trigger()
    assert window.session.projection.pane.clock.text() == window.session.timer.text() == "07:00"


def test_session_panels_follow_the_interface_language(window, demo_file):
    window.open_file(demo_file)
    titles = (window.session.timer_dock, window.session.voting_dock, window.session.forms_dock)
    assert [d.windowTitle() for d in titles] == ["Timer", "Stemmen", "Thema-uitwerking"]
    assert window.action_set["vote_mode"].text() == "&Stemmodus"
    window.action_set["language_en"].trigger()
    assert [d.windowTitle() for d in titles] == ["Timer", "Votes", "Theme forms"]
    assert window.action_set["vote_mode"].text() == "&Vote mode"
