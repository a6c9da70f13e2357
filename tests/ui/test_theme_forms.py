"""Session-2 forms: the three lists per theme, taken over from the board, edited in place,
and a chosen initiative worked out with activities and principles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select

from app.model.entities import Action, Initiative, InitiativePrinciple, Round, Subgroup
from app.model.kinds import InitiativeCategory, NoteKind, RoundKind
from app.model.ops.edits import Add
from app.model.ops.setup import SetUpWorkshop
from app.model.templates import METHOD
from app.ui.document import Document
from app.ui.session.theme_forms import ThemeForms

# The offscreen platform (no display in CI) cannot resize native windows to their hints.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

EXISTING, INNOVATIVE, WORKLOAD = InitiativeCategory


@pytest.fixture
def forms(qtbot, store):
    store.apply(Add("theme", ({"code": "A", "name": "Maatwerk"}, {"code": "B", "name": "Ouders"})))
    store.apply(
        Add(
            "principle",
            ({"name": "Vertrouwen", "position": 0}, {"name": "Samen leren", "position": 1}),
        )
    )
    store.apply(SetUpWorkshop("T", "", "", (), (METHOD[1],)))
    with store.read() as db:
        round_id = db.scalars(select(Round.id).where(Round.kind == RoundKind.THEMES)).one()
        first = db.scalars(
            select(Subgroup.id).where(Subgroup.round_id == round_id).order_by(Subgroup.position)
        ).first()
    notes = [
        ("Snappet", NoteKind.BESTAAND),
        ("Sofiegroepen", NoteKind.BESTAAND),
        ("Visie op maatwerk", NoteKind.IDEE),
        ("Leerlijn ict", NoteKind.IDEE),
        ("Minder rapporten", NoteKind.WERKDRUK),
    ]
    store.apply(
        Add(
            "note",
            tuple(
                {"round_id": round_id, "subgroup_id": first, "text": t, "kind": k, "y": 120.0 * i}
                for i, (t, k) in enumerate(notes)
            ),
        )
    )
    document = Document(store)
    widget = ThemeForms(document)
    qtbot.addWidget(widget)
    widget.resize(700, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    yield document, widget
    document.undo_stack.clear()


def rows(store, category: InitiativeCategory) -> list[tuple[str, bool]]:
    with store.read() as db:
        return [
            tuple(r)
            for r in db.execute(
                select(Initiative.title, Initiative.chosen)
                .where(Initiative.category == category)
                .order_by(Initiative.position, Initiative.id)
            )
        ]


def type_into_editor(qtbot, view, text: str) -> None:
    (editor,) = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_take_over_from_the_board_fills_the_three_lists(qtbot, store, forms) -> None:
    document, widget = forms
    assert widget.theme.currentText() == "A Maatwerk"
    qtbot.mouseClick(widget.take_over, Qt.MouseButton.LeftButton)
    assert widget.lists[EXISTING].titles() == ["Snappet", "Sofiegroepen"]
    assert widget.lists[INNOVATIVE].titles() == ["Visie op maatwerk", "Leerlijn ict"]
    assert widget.lists[WORKLOAD].titles() == ["Minder rapporten"]
    widget.theme.setCurrentIndex(1)
    assert widget.lists[EXISTING].titles() == []  # theme B had no post-its
    document.undo_stack.undo()
    widget.theme.setCurrentIndex(0)
    assert widget.lists[INNOVATIVE].titles() == []


def test_lists_are_edited_in_place(qtbot, store, forms) -> None:
    document, widget = forms
    qtbot.mouseClick(widget.take_over, Qt.MouseButton.LeftButton)
    innovative = widget.lists[INNOVATIVE]

    qtbot.mouseClick(innovative.add_button, Qt.MouseButton.LeftButton)
    type_into_editor(qtbot, innovative.list, "Kindgesprekken")
    qtbot.wait_until(lambda: rows(store, INNOVATIVE)[-1] == ("Kindgesprekken", False))

    innovative.list.setCurrentRow(2)
    qtbot.mouseClick(innovative.up_button, Qt.MouseButton.LeftButton)
    assert [t for t, _ in rows(store, INNOVATIVE)] == [
        "Visie op maatwerk",
        "Kindgesprekken",
        "Leerlijn ict",
    ]
    assert innovative.titles() == [t for t, _ in rows(store, INNOVATIVE)]

    innovative.list.setCurrentRow(2)
    qtbot.mouseClick(innovative.remove_button, Qt.MouseButton.LeftButton)
    assert [t for t, _ in rows(store, INNOVATIVE)] == ["Visie op maatwerk", "Kindgesprekken"]

    innovative.list.setCurrentRow(0)
    innovative.list.editItem(innovative.list.item(0))
    type_into_editor(qtbot, innovative.list, "Visie op maatwerk ontwikkelen")
    qtbot.wait_until(lambda: rows(store, INNOVATIVE)[0][0] == "Visie op maatwerk ontwikkelen")
    assert document.undo_stack.text(document.undo_stack.count() - 1) == "Rename initiative"


def test_a_chosen_initiative_is_worked_out(qtbot, store, forms) -> None:
    document, widget = forms
    qtbot.mouseClick(widget.take_over, Qt.MouseButton.LeftButton)
    innovative = widget.lists[INNOVATIVE]
    innovative.list.setFocus()
    innovative.list.setCurrentRow(0)
    qtbot.keyClick(innovative.list, Qt.Key.Key_Space)  # tick: chosen
    assert rows(store, INNOVATIVE)[0] == ("Visie op maatwerk", True)
    form = widget.elaboration
    assert form.initiative.currentText() == "Visie op maatwerk"

    qtbot.mouseClick(form.add_action, Qt.MouseButton.LeftButton)
    type_into_editor(qtbot, form.actions, "Studiedag plannen")
    qtbot.wait_until(lambda: form.actions.item(0, 0).text() == "Studiedag plannen")
    form.actions.setCurrentCell(0, 1)
    form.actions.editItem(form.actions.item(0, 1))
    type_into_editor(qtbot, form.actions, "Directie en IB")
    qtbot.wait_until(lambda: form.actions.item(0, 1).text() == "Directie en IB")
    with store.read() as db:
        action = db.execute(select(Action.activity, Action.who)).one()
    assert tuple(action) == ("Studiedag plannen", "Directie en IB")

    form.principles.setFocus()
    form.principles.setCurrentCell(1, 0)
    qtbot.keyClick(form.principles, Qt.Key.Key_Space)  # "Samen leren" applies
    form.principles.setCurrentCell(1, 1)
    form.principles.editItem(form.principles.item(1, 1))
    type_into_editor(qtbot, form.principles, "Werkgroep leert samen")
    qtbot.wait_until(lambda: form.principles.item(1, 1).text() == "Werkgroep leert samen")
    with store.read() as db:
        link = db.execute(select(InitiativePrinciple.principle_id, InitiativePrinciple.how)).one()
    assert link.how == "Werkgroep leert samen" and link.principle_id == 2

    steps = document.undo_stack.count()
    for _ in range(steps - 1):
        document.undo_stack.undo()
    assert form.initiative.count() == 0  # nothing chosen any more
    with store.read() as db:
        assert db.scalars(select(Action)).all() == []
        assert db.scalars(select(InitiativePrinciple)).all() == []
