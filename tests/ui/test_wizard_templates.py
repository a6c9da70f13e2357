"""A new trajectory from a method template, chosen in the New workshop wizard (File → New)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWizard

from app.model.templates import builtin_templates
from app.model.trajectory.read import read_with, sessions
from app.model.trajectory.shape import save_template
from app.model.trajectory_kinds import SessionKind
from app.ui.document import Document
from app.ui.session.wizard import NewWorkshopWizard
from tests.helpers.window import tree_items

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")

NO_ACTIONS_YET = "Er zijn nog geen acties of kaders vastgelegd."  # the implementatieplan's body


def pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", text)


def finish(qtbot, wizard: QWizard) -> None:
    """Next until Finish shows, then Finish: what the facilitator clicks."""
    while not wizard.button(QWizard.WizardButton.FinishButton).isVisible():
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


def test_ctrl_n_starts_a_focusgroep_with_its_topics_rounds_and_report(
    qtbot, window, interaction, tmp_path: Path
) -> None:
    seen: list[list[str]] = []

    def fill(wizard) -> None:
        choice = wizard.choice
        assert [choice.combo.itemData(i) for i in range(1, choice.combo.count())][:4] == [
            t.id for t in builtin_templates()
        ]
        choice.choose("focusgroep")
        assert choice.topic_list.isVisibleTo(wizard)
        choice.topic_list.clear()
        qtbot.keyClicks(choice.topic_list, "Pesten")
        qtbot.keyClick(choice.topic_list, Qt.Key.Key_Return)
        qtbot.keyClicks(choice.topic_list, "Schermtijd")
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        tree = wizard.rounds.tree
        seen.append([tree.topLevelItem(0).child(i).text(0) for i in range(3)])
        finish(qtbot, wizard)

    interaction.paths.append(tmp_path / "Focusgroep onderbouw")
    interaction.dialogs.append(fill)
    window.activateWindow()
    qtbot.waitActive(window)
    assert window.action_set["new"].shortcut().toString() == "Ctrl+N"
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == [["Pesten", "Schermtijd", "Prioriteren"]]
    rounds = [i.text(0) for i in tree_items(window, "round")]
    assert rounds == ["Pesten", "Schermtijd", "Prioriteren", "Implementatieplan"]
    document = window.document
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == QCoreApplication.translate(
        "NewWorkshopWizard", "New trajectory"
    )
    pdf = tmp_path / "rapport.pdf"
    interaction.paths.append(pdf)
    window.action_set["export_report"].trigger()
    assert interaction.errors == []
    assert NO_ACTIONS_YET in pdf_text(pdf)


def test_the_default_choice_keeps_the_methods_two_sessions_without_implementatieplan(
    qtbot, window, interaction, tmp_path: Path
) -> None:
    interaction.paths.append(tmp_path / "Traject")
    interaction.dialogs.append(lambda wizard: finish(qtbot, wizard))
    window.action_set["new"].trigger()
    found = read_with(window.document.store, sessions)
    assert [s.kind for s in found] == [SessionKind.WORKSHOP, SessionKind.WORKSHOP]
    pdf = tmp_path / "rapport.pdf"
    interaction.paths.append(pdf)
    window.action_set["export_report"].trigger()
    assert NO_ACTIONS_YET not in pdf_text(pdf)


def test_vernieuwend_werken_brings_its_supportgroep_meetings(qtbot, document, store) -> None:
    wizard = NewWorkshopWizard(document)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.trajectory.name.setText("Vernieuwend werken 2027")
    wizard.choice.choose("vernieuwend-werken")
    finish(qtbot, wizard)
    kinds = [s.kind for s in read_with(store, sessions)]
    expected = [s.kind for s in builtin_templates()[0].sessions]
    assert kinds == expected and SessionKind.SUPPORTGROEP in kinds


def test_the_facilitators_own_template_is_offered(qtbot, document, demo_store, store, tmp_path):
    own = read_with(demo_store, save_template, "Ons SWS traject", tmp_path)
    wizard = NewWorkshopWizard(document, template_folder=tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.trajectory.name.setText("Tweede ronde")
    wizard.choice.choose(own.id)
    assert wizard.choice.template() == own
    finish(qtbot, wizard)
    titles = [s.title for s in read_with(store, sessions)]
    assert titles == [s.title for s in own.sessions]


def test_going_back_to_another_template_reshapes_the_rounds(qtbot, document) -> None:
    wizard = NewWorkshopWizard(document)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.trajectory.name.setText("T")
    for _ in range(2):
        wizard.next()
    default = wizard.rounds.tree.topLevelItemCount()
    wizard.back()
    wizard.back()
    wizard.choice.choose("ontwikkelnetwerk")
    wizard.next()
    wizard.next()
    titles = [s.title for s in wizard.rounds.sessions()]
    ontwikkelnetwerk = next(t for t in builtin_templates() if t.id == "ontwikkelnetwerk")
    assert titles == [s.title for s in ontwikkelnetwerk.sessions] and len(titles) != default


@pytest.fixture
def document(store):
    doc = Document(store)
    yield doc
    doc.undo_stack.clear()
