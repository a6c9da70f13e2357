"""The new-workshop wizard and the add-round dialog, typed and clicked through, and the even mix
they preview."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QWizard
from sqlalchemy import select

from app.model.entities import (
    Participant,
    Round,
    Session,
    StakeholderGroup,
    Subgroup,
    SubgroupMember,
    Workshop,
)
from app.model.ops.setup import GroupPlan, SetUpWorkshop
from app.model.templates import METHOD, WORKLOAD_INVENTORY, Composition
from app.ui.document import Document
from app.ui.session.mix_editor import GroupLabel, MixEditor
from app.ui.session.round_setup import AddRoundDialog
from app.ui.session.wizard import NewWorkshopWizard, people_of

# The offscreen platform (no display in CI) cannot resize native windows to their hints.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def document(store):
    doc = Document(store)
    yield doc
    doc.undo_stack.clear()


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(qtbot, radio) -> None:
    """Click a radio button on its indicator (a click right of its label misses it)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))


def type_lines(qtbot, widget, lines: list[str]) -> None:
    for i, line in enumerate(lines):
        if i:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.keyClicks(widget, line)


def test_wizard_creates_sessions_rounds_and_subgroups(qtbot, document, store) -> None:
    wizard = NewWorkshopWizard(document, pick_colour=lambda _c: QColor("#123456"))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    assert not next_button.isEnabled()  # a trajectory needs a name
    qtbot.keyClicks(wizard.trajectory.name, "Werken vanuit de bedoeling")
    qtbot.keyClicks(wizard.trajectory.organisation, "SWS Balans")
    qtbot.keyClicks(wizard.trajectory.facilitator, "Fien")
    qtbot.mouseClick(wizard.trajectory.dated, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    wizard.trajectory.first_date.setDate(QDate(2026, 2, 10))
    click(qtbot, next_button)

    page = wizard.groups
    page.groups.setCurrentRow(4)  # Bestuur does not take part this time
    click(qtbot, page.remove_button)
    click(qtbot, page.add_button)  # a new group, its name in edit mode
    editor = page.groups.findChild(type(wizard.trajectory.name))
    editor.selectAll()
    qtbot.keyClicks(editor, "Ondersteuners")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.groups.currentItem().text() == "Ondersteuners")
    click(qtbot, page.colour_button)
    type_lines(qtbot, page.names, ["Olga", "Omar"])
    page.groups.setCurrentRow(0)
    type_lines(qtbot, page.names, ["Ada", "Bo", "Cas"])
    page.groups.setCurrentRow(2)
    type_lines(qtbot, page.names, ["Eva", "Fem", "Gijs"])
    page.groups.setCurrentRow(1)
    page.headcount.selectAll()
    qtbot.keyClicks(page.headcount, "4")  # parents come, unnamed
    click(qtbot, next_button)

    rounds = wizard.rounds
    elaboration = rounds.round_item(METHOD[1].rounds[1].title)
    rounds.tree.setCurrentItem(elaboration)
    qtbot.keyClick(rounds.tree, Qt.Key.Key_Space)  # leave this round out
    brown = rounds.round_item(METHOD[0].rounds[1].title)
    rounds.tree.setCurrentItem(brown)
    rounds.question.selectAll()
    qtbot.keyClicks(rounds.question, "Wat kan er anders?")
    click(qtbot, next_button)

    mixing = wizard.mixing
    mixing.count.selectAll()
    qtbot.keyClicks(mixing.count, "2")
    shown = mixing.editor.names()
    assert sorted(len(c) for c in shown) == [4, 4]
    mixing.editor.column(0).item(0).setSelected(True)
    moved = mixing.editor.column(0).item(0).text()
    mixing.editor.target.setCurrentIndex(1)
    click(qtbot, mixing.editor.move_button)
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))

    assert wizard.result() == QWizard.DialogCode.Accepted
    assert document.undo_stack.count() == 1
    with store.read() as db:
        workshop = db.scalars(select(Workshop)).one()
        assert (workshop.name, workshop.organisation, workshop.facilitator) == (
            "Werken vanuit de bedoeling",
            "SWS Balans",
            "Fien",
        )
        groups = db.execute(
            select(
                StakeholderGroup.name, StakeholderGroup.colour, StakeholderGroup.headcount
            ).order_by(StakeholderGroup.position)
        ).all()
        assert [tuple(g) for g in groups] == [
            ("Leerlingen", "#ffe08a", 3),
            ("Ouders", "#a8e6a1", 4),
            ("Leraren", "#9fd3ff", 3),
            ("Directie & IB", "#ffb3c7", 0),
            ("Ondersteuners", "#123456", 2),
        ]
        rounds_ = db.execute(
            select(Session.title, Round.title, Round.question, Round.id)
            .join(Round)
            .order_by(Session.position, Round.position)
        ).all()
        assert [(s, r) for s, r, _, _ in rounds_] == [
            (METHOD[0].title, METHOD[0].rounds[0].title),
            (METHOD[0].title, METHOD[0].rounds[1].title),
            (METHOD[1].title, METHOD[1].rounds[0].title),
        ]
        assert rounds_[1].question == "Wat kan er anders?"
        dates = db.scalars(select(Session.date).order_by(Session.position)).all()
        assert dates == [dt.date(2026, 2, 10), dt.date(2026, 3, 3)]
        purpose_groups = db.scalars(
            select(Subgroup.name)
            .where(Subgroup.round_id == rounds_[0].id)
            .order_by(Subgroup.position)
        ).all()
        assert purpose_groups == [
            "Leerlingen",
            "Ouders",
            "Leraren",
            "Directie & IB",
            "Ondersteuners",
        ]
        seated = db.execute(
            select(Subgroup.name, Participant.name)
            .join(SubgroupMember, SubgroupMember.subgroup_id == Subgroup.id)
            .join(Participant, Participant.id == SubgroupMember.participant_id)
            .where(Subgroup.round_id == rounds_[1].id)
        ).all()
        brown_names = db.scalars(
            select(Subgroup.name)
            .where(Subgroup.round_id == rounds_[1].id)
            .order_by(Subgroup.position)
        ).all()
    assert brown_names == ["Groep A", "Groep B", WORKLOAD_INVENTORY]
    by_subgroup: dict[str, set[str]] = {}
    for subgroup, person in seated:
        by_subgroup.setdefault(subgroup, set()).add(person)
    assert by_subgroup == {
        "Groep A": set(shown[0]) - {moved},
        "Groep B": set(shown[1]) | {moved},
    }


def test_wizard_without_a_mixed_round_finishes_on_the_rounds_page(qtbot, document, store) -> None:
    wizard = NewWorkshopWizard(document)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.trajectory.name, "Kort traject")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    brown = wizard.rounds.round_item(METHOD[0].rounds[1].title)
    wizard.rounds.tree.setCurrentItem(brown)
    qtbot.keyClick(wizard.rounds.tree, Qt.Key.Key_Space)
    assert wizard.rounds.isFinalPage()
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    with store.read() as db:
        assert len(db.scalars(select(Round)).all()) == 3
        assert db.scalars(select(SubgroupMember)).all() == []


group_sizes = st.lists(st.integers(min_value=0, max_value=9), min_size=1, max_size=6)


@settings(max_examples=40, deadline=None)
@given(group_sizes, st.integers(min_value=1, max_value=8))
def test_preview_spreads_every_group_evenly(qapp, sizes: list[int], count: int) -> None:
    plans = [
        GroupPlan(f"G{g}", "#ffffff", participants=tuple(f"p{g}.{i}" for i in range(n)))
        for g, n in enumerate(sizes)
    ]
    editor = MixEditor()
    editor.set_count(count)
    editor.set_people(people_of(plans), [GroupLabel(p.name, p.colour) for p in plans])
    piles = editor.mix()
    assert len(piles) == count
    assert Counter(key for pile in piles for key in pile) == Counter(
        p.key for p in people_of(plans)
    )
    lengths = [len(pile) for pile in piles]
    assert max(lengths) - min(lengths) <= 1
    for g in range(len(sizes)):
        shares = [sum(1 for group, _ in pile if group == g) for pile in piles]
        assert max(shares) - min(shares) <= 1
    editor.deleteLater()


def test_counts_only_preview_shows_how_many_of_each_group(qtbot) -> None:
    editor = MixEditor()
    qtbot.addWidget(editor)
    editor.set_count(2)
    editor.set_people(
        [], [GroupLabel("Ouders", "#a8e6a1"), GroupLabel("Leraren", "#9fd3ff")], [3, 2]
    )
    assert editor.names() == [["2 × Ouders", "1 × Leraren"], ["1 × Ouders", "1 × Leraren"]]
    assert not editor.move_button.isEnabled()


def test_add_round_dialog_adds_a_blank_mixed_round_seated_as_shown(qtbot, document, store) -> None:
    groups = (
        GroupPlan("Leerlingen", "#ffe08a", participants=("Ada", "Bo")),
        GroupPlan("Ouders", "#a8e6a1", participants=("Cas", "Dirk")),
    )
    document.push(SetUpWorkshop("T", "", "", groups, (METHOD[0],)), "Set up")
    with store.read() as db:
        session_id = db.scalars(select(Session.id)).one()
    dialog = AddRoundDialog(document, session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.template.currentText() == "Blank round"
    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, "Ronde 4 - Wat nemen we mee?")
    qtbot.keyClicks(dialog.question, "Wat nemen we mee naar sessie 2?")
    choose(qtbot, dialog.radio[Composition.MIXED])
    dialog.mixed_count.selectAll()
    qtbot.keyClicks(dialog.mixed_count, "2")
    shown = dialog.mix.names()
    assert sorted(map(sorted, shown)) == [["Ada", "Cas"], ["Bo", "Dirk"]]  # each group spread
    dialog.mix.column(0).item(0).setSelected(True)
    dialog.mix.target.setCurrentIndex(1)
    qtbot.mouseClick(dialog.mix.move_button, Qt.MouseButton.LeftButton)
    final = dialog.mix.names()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == AddRoundDialog.DialogCode.Accepted
    with store.read() as db:
        new = db.execute(
            select(Round.id, Round.question).where(Round.title == "Ronde 4 - Wat nemen we mee?")
        ).one()
        seated = db.execute(
            select(Subgroup.name, Participant.name)
            .join(SubgroupMember, SubgroupMember.subgroup_id == Subgroup.id)
            .join(Participant, Participant.id == SubgroupMember.participant_id)
            .where(Subgroup.round_id == new.id)
        ).all()
    assert new.question == "Wat nemen we mee naar sessie 2?"
    by_subgroup: dict[str, set[str]] = {}
    for subgroup, person in seated:
        by_subgroup.setdefault(subgroup, set()).add(person)
    assert by_subgroup == {"Groep A": set(final[0]), "Groep B": set(final[1])}
    document.undo_stack.undo()
    with store.read() as db:
        assert db.scalars(select(Round).where(Round.id == new.id)).all() == []


def test_add_round_dialog_names_free_subgroups(qtbot, document, store) -> None:
    document.push(SetUpWorkshop("T", "", "", (), (METHOD[0],)), "Set up")
    dialog = AddRoundDialog(document)
    qtbot.addWidget(dialog)
    dialog.show()
    choose(qtbot, dialog.radio[Composition.FREE])
    assert dialog.free_names.isVisible() and not dialog.mix.isVisible()
    type_lines(qtbot, dialog.free_names, ["Tafel 1", "Tafel 2"])
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with store.read() as db:
        round_id = db.scalars(select(Round.id).where(Round.title == "Nieuwe ronde")).one()
        names = db.scalars(
            select(Subgroup.name).where(Subgroup.round_id == round_id).order_by(Subgroup.position)
        ).all()
    assert names == ["Tafel 1", "Tafel 2"]


def test_going_back_and_forth_keeps_the_edited_mix(qtbot) -> None:
    wizard = NewWorkshopWizard(None)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.trajectory.name, "Heen en weer")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    type_lines(qtbot, wizard.groups.names, ["Ada", "Bo", "Cas"])
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    editor = wizard.mixing.editor
    editor.move((0, 2), 0)  # Cas joins Ada
    edited = editor.names()
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert editor.names() == edited
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    wizard.groups.names.moveCursor(QTextCursor.MoveOperation.End)
    type_lines(qtbot, wizard.groups.names, ["", "Dirk"])  # someone new: a fresh even mix
    assert wizard.groups.plans()[0].participants == ("Ada", "Bo", "Cas", "Dirk")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert sorted(len(c) for c in editor.names()) == [1, 1, 2]
