"""Principles, themes, the trajectory's shape and the marks, driven through the main window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
)
from sqlalchemy import select

from app.model.entities import LogicNode, Note, Principle, Round, Session, Theme
from app.model.kinds import Chance, NoteKind, RoundKind, WorkloadOrigin
from app.model.school import workload_overview
from app.model.store import WorkshopStore
from tests.helpers.actions import act

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


translate = QCoreApplication.translate


def click(dialog: QDialog, name: str) -> None:
    dialog.findChild(QPushButton, name).click()


def rows(store: WorkshopStore, query) -> list:
    with store.read() as db:
        return [tuple(r) for r in db.execute(query)]


@pytest.fixture
def empty_file(tmp_path: Path) -> Path:
    path = tmp_path / "school.bruinpapier"
    WorkshopStore.create(path, name="School").close()
    return path


def test_principles_are_added_edited_moved_and_deleted_with_undo(
    window, interaction, empty_file
) -> None:
    assert window.open_file(empty_file)
    store = window.document.store

    def script(dialog: QDialog) -> None:
        name = dialog.findChild(QLineEdit, "name")
        explanation = dialog.findChild(QPlainTextEdit, "explanation")
        for text in ("Vertrouwen", "Samen leren", "Weg ermee"):
            name.setText(text)
            explanation.setPlainText(f"Over {text.lower()}")
            click(dialog, "add")
        listing = dialog.findChild(QListWidget, "rows")
        assert [listing.item(i).text() for i in range(listing.count())] == [
            "Vertrouwen",
            "Samen leren",
            "Weg ermee",
        ]
        listing.setCurrentRow(0)
        assert name.text() == "Vertrouwen"
        explanation.setPlainText("Ruimte vanuit vertrouwen")
        click(dialog, "save")
        click(dialog, "down")
        listing.setCurrentRow(2)
        click(dialog, "delete")

    interaction.dialogs.append(script)
    act(window, "principles")
    stack = window.document.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == [
        *[translate("School", "Add")] * 3,
        translate("School", "Edit"),
        translate("School", "Reorder"),
        translate("School", "Delete"),
    ]
    query = select(Principle.name, Principle.description).order_by(Principle.position)
    assert rows(store, query) == [
        ("Samen leren", "Over samen leren"),
        ("Vertrouwen", "Ruimte vanuit vertrouwen"),
    ]
    window.action_set["undo"].trigger()  # the delete
    assert len(rows(store, query)) == 3
    assert window.action_set["redo"].isEnabled()


def theme_names(store: WorkshopStore) -> list[str]:
    return [r[0] for r in rows(store, select(Theme.name).order_by(Theme.position, Theme.id))]


def test_themes_are_created_renamed_merged_with_a_confirmation(
    window, interaction, demo_file
) -> None:
    assert window.open_file(demo_file)
    store = window.document.store
    before = theme_names(store)
    shown: list[str] = []

    def confirm(dialog: QDialog) -> None:
        shown.append(dialog.findChild(QLabel, "what_happens").text())
        click(dialog, "confirm")

    def script(dialog: QDialog) -> None:
        name = dialog.findChild(QLineEdit, "name")
        name.setText("Rust in de school")
        dialog.findChild(QPlainTextEdit, "description").setPlainText("Minder prikkels")
        click(dialog, "add")
        listing = dialog.findChild(QListWidget, "rows")
        listing.setCurrentRow(0)
        name.setText("Maatwerk")
        click(dialog, "save")
        listing.setCurrentRow(0)
        listing.item(1).setSelected(True)  # B is folded into A
        click(dialog, "merge")

    interaction.dialogs += [script, confirm]
    act(window, "themes")
    assert window.document.undo_stack.undoText() == translate("School", "Merge")
    names = theme_names(store)
    assert names == ["Maatwerk", *before[2:], "Rust in de school"]
    assert shown and "“Maatwerk”" in shown[0] and any(ch.isdigit() for ch in shown[0])
    with store.read() as db:
        kept = db.scalars(select(Theme.id).where(Theme.name == "Maatwerk")).one()
        merged_elements = db.scalars(select(LogicNode.id).where(LogicNode.theme_id == kept)).all()
    assert len(merged_elements) == 4  # two activities each
    window.action_set["undo"].trigger()
    assert theme_names(store)[:2] == ["Maatwerk", before[1]]


def test_sessions_and_rounds_are_shaped_and_a_round_deleted_after_confirming(
    window, interaction, empty_file
) -> None:
    assert window.open_file(empty_file)
    store = window.document.store
    questions: list[str] = []

    def confirm(dialog: QDialog) -> None:
        questions.append(dialog.findChild(QLabel, "what_happens").text())
        click(dialog, "confirm")

    def script(dialog: QDialog) -> None:
        tree = dialog.findChild(QTreeWidget, "shape")
        click(dialog, "add_session")
        dialog.findChild(QLineEdit, "title").setText("Startbijeenkomst")
        dialog.findChild(QCheckBox, "dated").setChecked(True)
        dialog.findChild(QDateEdit, "date").setDate(QDate(2026, 9, 1))
        click(dialog, "save")
        click(dialog, "add_plenary")
        click(dialog, "add_round")
        dialog.findChild(QPlainTextEdit, "question").setPlainText("Wat zien we?")
        kind = dialog.findChild(QComboBox, "kind")
        kind.setCurrentIndex(kind.findData(RoundKind.BROWN_PAPER.value))
        click(dialog, "save")
        click(dialog, "up")  # the brown paper before the plenary round
        tree.setCurrentItem(tree.topLevelItem(0).child(1))
        click(dialog, "delete")

    interaction.dialogs += [script, confirm]
    act(window, "shape")
    assert rows(store, select(Session.title, Session.date)) == [
        ("Startbijeenkomst", dt.date(2026, 9, 1))
    ]
    assert rows(store, select(Round.title, Round.question, Round.kind)) == [
        ("Ronde 2", "Wat zien we?", RoundKind.BROWN_PAPER)
    ] or rows(store, select(Round.title, Round.question, Round.kind)) == [
        ("Round 2", "Wat zien we?", RoundKind.BROWN_PAPER)
    ]
    assert questions and "0" in questions[0]
    window.action_set["undo"].trigger()
    kinds = rows(store, select(Round.kind).order_by(Round.position))
    assert kinds == [(RoundKind.BROWN_PAPER,), (RoundKind.PLENARY,)]


def brown_paper(store: WorkshopStore) -> int:
    with store.read() as db:
        return db.scalars(select(Round.id).where(Round.kind == RoundKind.BROWN_PAPER)).one()


def note_ids(store: WorkshopStore, *texts: str) -> list[int]:
    with store.read() as db:
        return list(db.scalars(select(Note.id).where(Note.text.in_(texts)).order_by(Note.id)))


def test_chances_are_marked_from_the_board_menu_and_by_key(qtbot, window, demo_file) -> None:
    assert window.open_file(demo_file)
    store = window.document.store
    window.show_round(brown_paper(store))
    ids = note_ids(store, "Leraren geven elkaars lessen: talenten inzetten")
    window.board.board_scene.select_notes(ids)
    assert window.inspector.selected_ids() == ids
    act(window, "chance_improvement")
    assert window.document.undo_stack.undoText() == translate("School", "Mark chance")
    with store.read() as db:
        assert db.scalars(select(Note.chance).where(Note.id == ids[0])).one() is Chance.IMPROVEMENT
    window.board.setFocus()
    qtbot.keyClick(
        window.board,
        Qt.Key.Key_0,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    with store.read() as db:
        assert db.scalars(select(Note.chance).where(Note.id == ids[0])).one() is None
    window.action_set["undo"].trigger()
    with store.read() as db:
        assert db.scalars(select(Note.chance).where(Note.id == ids[0])).one() is Chance.IMPROVEMENT


def test_werkdruk_origin_by_hand_overrides_the_batenlogica(window, demo_file) -> None:
    assert window.open_file(demo_file)
    store = window.document.store
    window.show_round(brown_paper(store))
    ids = note_ids(store, "Afhandeling van mail")  # the batenlogica says: systems
    window.board.board_scene.select_notes(ids)
    act(window, "origin_purpose")
    item = next(w for w in workload_overview(store) if w.note_id == ids[0])
    assert item.origin is WorkloadOrigin.PURPOSE and item.from_logic is WorkloadOrigin.SYSTEMS
    assert "systems" in window.statusBar().currentMessage() or "systemen" in (
        window.statusBar().currentMessage()
    )
    summary = window.findChild(QLabel, "mark_summary")
    assert summary.isVisible() and summary.text().count("Werkdruk") == 1
    assert "(" in summary.text()  # by hand, with what the batenlogica says beside it
    act(window, "origin_none")
    assert "(" not in summary.text()
    item = next(w for w in workload_overview(store) if w.note_id == ids[0])
    assert item.origin is WorkloadOrigin.SYSTEMS
    idea = note_ids(store, "Eén dashboard voor leraren")
    window.board.board_scene.select_notes(idea)
    act(window, "origin_systems")  # refused: not a werkdruk post-it
    with store.read() as db:
        assert db.scalars(select(Note.kind).where(Note.id == idea[0])).one() is NoteKind.IDEE
        assert db.scalars(select(Note.workload_origin).where(Note.id == idea[0])).one() is None


def test_batenlogica_elements_are_marked_when_it_is_shown(window, demo_file) -> None:
    assert window.open_file(demo_file)
    store = window.document.store
    window.show_logic()
    with store.read() as db:
        node = db.scalars(select(LogicNode.id).where(LogicNode.label == "PLG stimuleren")).one()
    window.logic.view.select_nodes([node])
    act(window, "chance_ict_purpose")
    with store.read() as db:
        assert db.scalars(select(LogicNode.chance).where(LogicNode.id == node)).one() is (
            Chance.ICT_PURPOSE
        )


def test_principles_are_offered_in_the_batenlogica_context_menu(
    window, interaction, demo_file
) -> None:
    assert window.open_file(demo_file)
    window.show_logic()
    view = window.logic.view
    menu = view.context_actions(view.mapToScene(view.viewport().rect().topLeft()))
    offered = [a for a in menu.actions() if a.objectName() == "principles"]
    assert offered == [window.findChild(QAction, "principles")]  # the Trajectory menu's own

    def script(dialog: QDialog) -> None:
        dialog.findChild(QLineEdit, "name").setText("Ruimte geven")
        click(dialog, "add")

    interaction.dialogs.append(script)
    offered[0].trigger()
    assert ("Ruimte geven",) in rows(window.document.store, select(Principle.name))
    assert window.document.undo_stack.undoText() == translate("School", "Add")
