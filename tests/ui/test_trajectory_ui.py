"""The Traject menu driven through the main window: meetings, Voortgang, measurements, template."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFontInfo, QFontMetrics

from app.model.trajectory.read import follow_up, meetings, moments, read_with, sessions
from app.model.trajectory_kinds import ActionStatus, SessionKind
from app.ui.trajectory.progress import BACK_ROW, projection_pixels
from tests.helpers.window import tree_items

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


def trigger(window, name: str) -> None:
    action = window.findChild(QAction, f"action_trajectory_{name}")
    assert action is not None and action.isEnabled()
    action.trigger()


def test_the_menu_follows_the_open_workshop(window, demo_file) -> None:
    menu = window.trajectory.menu
    assert not menu.isEnabled()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index(menu.title()) == len(titles) - 2  # just before Help
    window.open_file(demo_file)
    assert menu.isEnabled()


def top_of_undo(window) -> str:
    return window.document.undo_stack.undoText()


def test_the_menu_is_the_trajectory_editors_action_table(window) -> None:
    table = window.trajectory.editor.table
    placed = [a for a in window.trajectory.menu.actions() if a in table.actions.values()]
    assert placed == [table[s.name] for s in table.specs]
    assert table["add_session"].text() == QCoreApplication.translate(
        "Actions", "Add session of &kind…"
    )


def test_a_session_of_another_kind_is_added_from_the_menu(window, demo_file, interaction) -> None:
    window.open_file(demo_file)
    before = read_with(window.document.store, sessions)

    def fill(dialog) -> None:
        dialog.choose(SessionKind.INTAKE)
        dialog.title.setText("Intake met de directie")
        dialog.accept()

    interaction.dialogs.append(fill)
    trigger(window, "add_session")
    after = read_with(window.document.store, sessions)
    assert len(after) == len(before) + 1
    assert (after[-1].title, after[-1].kind, after[-1].rounds) == (
        "Intake met de directie",
        SessionKind.INTAKE,
        0,
    )
    assert "Intake met de directie" in [i.text(0) for i in tree_items(window, "session")]
    assert top_of_undo(window) == QCoreApplication.translate("SessionKindDialog", "Add session")
    window.action_set["undo"].trigger()
    assert read_with(window.document.store, sessions) == before


def test_a_cancelled_add_session_changes_nothing(window, demo_file, interaction) -> None:
    window.open_file(demo_file)
    interaction.dialogs.append(lambda d: d.reject())
    trigger(window, "add_session")
    assert window.document.undo_stack.count() == 0


def test_meeting_editor_adds_a_decision_as_one_undo_step(qtbot, window, demo_file) -> None:
    window.open_file(demo_file)
    trigger(window, "meetings")
    editor = window.trajectory.meetings
    editor.chooser.setCurrentIndex(1)  # step 4
    assert "Ruimte en materialen regelen" in editor.previous.text()
    table = editor.decisions
    before = table.table.rowCount()
    qtbot.keyClicks(table.fields[0], "Programma sessie 2 mailen")
    qtbot.keyClicks(table.fields[1], "Marieke")
    qtbot.keyClicks(table.fields[2], "2026-03-10")
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    assert table.table.rowCount() == before + 1
    assert table.table.item(before, 2).text() == "2026-03-10"
    store = window.document.store
    second = read_with(store, meetings)[1]
    assert second.decisions[-1].owner == "Marieke" and not second.decisions[-1].done
    # mark it done, then undo both through the window's Edit menu
    table.select_id(second.decisions[-1].id)
    qtbot.mouseClick(table.toggle_button, Qt.MouseButton.LeftButton)
    assert read_with(store, meetings)[1].decisions[-1].done
    assert top_of_undo(window) == QCoreApplication.translate("MeetingEditor", "Mark decision")
    window.action_set["undo"].trigger()
    assert top_of_undo(window) == QCoreApplication.translate("MeetingEditor", "Add decision")
    window.action_set["undo"].trigger()
    assert table.table.rowCount() == before
    assert len(read_with(store, meetings)[1].decisions) == before


def test_a_new_supportgroep_meeting_and_its_attendees(qtbot, window, demo_file) -> None:
    window.open_file(demo_file)
    trigger(window, "meetings")
    editor = window.trajectory.meetings
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    assert editor.chooser.count() == 4
    assert editor.current().number == 4
    assert [d.text for d in editor.current().previous_open] == [
        "Afspraak met de ict-afdeling van het bestuur",
        "Volgende supportgroep na de zomer plannen",
    ]
    editor.group.setCurrentIndex(editor.group.findText("Directie & IB"))
    qtbot.keyClicks(editor.attendees.fields[0], "Ellen de Vries")
    qtbot.keyClick(editor.attendees.fields[0], Qt.Key.Key_Return)
    (attendee,) = editor.current().attendees
    assert (attendee.name, attendee.group, attendee.present) == (
        "Ellen de Vries",
        "Directie & IB",
        True,
    )
    editor.attendees.select_id(attendee.id)
    qtbot.mouseClick(editor.attendees.toggle_button, Qt.MouseButton.LeftButton)
    assert not editor.current().attendees[0].present


def test_voortgang_highlights_overdue_work_and_edits_it(qtbot, window, demo_file) -> None:
    window.open_file(demo_file)
    trigger(window, "progress")
    view = window.trajectory.progress
    store = window.document.store
    expected = [
        a.activity
        for t in read_with(store, follow_up, view.today)
        for i in t.initiatives
        for a in i.actions
        if a.overdue
    ]
    assert expected and view.overdue_rows() == expected
    late = expected[0]
    view.select_activity(late)
    assert view.editors.isEnabled()
    view.status.setCurrentIndex(view.status.findData(ActionStatus.DONE.value))
    qtbot.mouseClick(view.save, Qt.MouseButton.LeftButton)
    assert late not in view.overdue_rows()
    assert top_of_undo(window) == QCoreApplication.translate("ProgressView", "Change follow-up")
    view.select_activity(late)
    view.note_date.setText("2026-11-20")
    qtbot.keyClicks(view.note, "Afgerond in de teamvergadering")
    qtbot.keyClick(view.note, Qt.Key.Key_Return)
    item = view.tree.selectedItems()[0]
    assert item.text(4) == "2026-11-20: Afgerond in de teamvergadering"
    window.action_set["undo"].trigger()
    window.action_set["undo"].trigger()
    assert view.overdue_rows() == expected


def test_voortgang_is_projectable(qtbot, window, demo_file) -> None:
    window.open_file(demo_file)
    trigger(window, "progress")
    view = window.trajectory.progress
    size = QFontInfo(view.tree.font()).pixelSize()
    qtbot.mouseClick(view.project, Qt.MouseButton.LeftButton)
    assert view.isFullScreen() and not view.editors.isVisible()
    screen = view.screen().geometry().height()
    for widget in (view.tree, view.summary, view.tree.header()):
        pixels = QFontInfo(widget.font()).pixelSize()
        assert pixels * BACK_ROW >= max(screen, 800), widget  # ≥ 20 px at 1280×800
        assert pixels > size
    metrics = QFontMetrics(view.tree.font())
    longest = max((i.text(0) for i in view._action_items()), key=metrics.horizontalAdvance)
    assert view.tree.columnWidth(0) >= metrics.horizontalAdvance(longest)  # nothing cut off
    qtbot.mouseClick(view.project, Qt.MouseButton.LeftButton)
    assert not view.isFullScreen() and QFontInfo(view.tree.font()).pixelSize() == size


def test_projected_text_is_a_fortieth_of_the_screen() -> None:
    assert projection_pixels(800) == 20  # 1280×800
    assert projection_pixels(1080) == 27  # 1920×1080
    assert projection_pixels(600) == 20  # smaller screens: still the beamer's size


def test_measurements_show_the_change_between_moments(qtbot, window, demo_file) -> None:
    window.open_file(demo_file)
    trigger(window, "evaluation")
    dialog = window.trajectory.evaluation
    theme = dialog.targets[0].label
    for value in (2, 4):
        qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
        dialog.set_score(theme, value, "gemeten")
        qtbot.mouseClick(dialog.save_scores, Qt.MouseButton.LeftButton)
    found = read_with(window.document.store, moments)
    assert [m.scores[0].value for m in found] == [2, 4]
    assert top_of_undo(window) == QCoreApplication.translate("EvaluationDialog", "Save scores")
    assert dialog.change.item(0, 0).text() == theme
    assert dialog.change.item(0, 3).text() == "+2"
    dialog.staff.setPlainText("Minder dubbel werk")
    qtbot.mouseClick(dialog.save_yield, Qt.MouseButton.LeftButton)
    assert read_with(window.document.store, moments)[-1].yield_staff == "Minder dubbel werk"


def test_save_as_template_writes_the_shape(window, demo_file, interaction, tmp_path: Path):
    window.open_file(demo_file)
    window.trajectory.template_folder = tmp_path
    interaction.dialogs.append(lambda d: (d.name.setText("SWS traject"), d.accept()))
    trigger(window, "save_template")
    document = json.loads((tmp_path / "sws-traject.json").read_text(encoding="utf-8"))
    kinds = [s["kind"] for s in document["sessions"]]
    assert kinds.count("supportgroep") == 3
    assert interaction.shown and "sws-traject" in interaction.shown[-1][1]
    assert dt.date.today()  # the window stayed usable


def test_minutes_and_intervisie_format_of_the_shown_round(qtbot, window, tmp_path: Path) -> None:
    from app.__main__ import main
    from app.model.trajectory.read import round_notes

    path = tmp_path / "net.bruinpapier"
    assert main(["new", str(path), "--template", "ontwikkelnetwerk"]) == 0
    window.open_file(path)
    reflection = next(
        r for r in read_with(window.document.store, round_notes) if r.kind == "reflection"
    )
    assert window.tree.select_round(reflection.id)
    trigger(window, "round_notes")
    dialog = window.trajectory.round_notes
    assert dialog.format.findText("Balintmethode") > 0
    dialog.minutes.setPlainText("De casus van Joost: wat deed de leerling precies?")
    dialog.format.setCurrentIndex(dialog.format.findText("Balintmethode"))
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    saved = dialog.notes()
    assert (saved.minutes, saved.format) == (
        "De casus van Joost: wat deed de leerling precies?",
        "Balintmethode",
    )
    window.action_set["undo"].trigger()
    assert dialog.notes().format == ""
    assert dialog.notes().minutes == saved.minutes


def test_voortgang_adds_activities_and_frameworks_to_an_initiative(qtbot, window, demo_file):
    window.open_file(demo_file)
    trigger(window, "progress")
    view = window.trajectory.progress
    assert not view.plan.isEnabled()
    view.select_initiative("PLG stimuleren")
    plan = view.plan
    assert plan.isEnabled()
    qtbot.keyClicks(plan.activity, "Kenniskringen evalueren")
    qtbot.keyClicks(plan.who, "Werkgroep PLG")
    qtbot.keyClicks(plan.due, "2027-06-30")
    qtbot.mouseClick(plan.add_activity, Qt.MouseButton.LeftButton)
    plan.framework.setCurrentIndex(plan.framework.findData("richtlijnen"))
    qtbot.keyClicks(plan.change, "Taakbeleid: tijd voor kenniskringen")
    qtbot.mouseClick(plan.add_framework, Qt.MouseButton.LeftButton)
    (initiative,) = [
        i
        for t in read_with(window.document.store, follow_up, view.today)
        for i in t.initiatives
        if i.title == "PLG stimuleren"
    ]
    last = initiative.actions[-1]
    assert (last.activity, last.who, last.due) == (
        "Kenniskringen evalueren",
        "Werkgroep PLG",
        dt.date(2027, 6, 30),
    )
    assert [f.description for f in initiative.frameworks] == ["Taakbeleid: tijd voor kenniskringen"]
    assert "Kenniskringen evalueren" in [i.text(0) for i in view._action_items()]
    window.action_set["undo"].trigger()
    window.action_set["undo"].trigger()
    assert "Kenniskringen evalueren" not in [i.text(0) for i in view._action_items()]
