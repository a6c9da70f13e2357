"""Issue 11, item 7: a school's trajectory made by hand in the window, then its report.

From an empty file, only through the main window's actions and widgets: the
wizard, capturing and clustering post-its, clusters carried to themes and
themes to subgroups, the theme forms filled from the board, principles,
chances, werkdruk origins, a small batenlogica, a renamed session and an
edited question; the PDF then holds each of these.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QWizard,
)
from sqlalchemy import select

from app.model.entities import Cluster, Note, Round
from app.model.kinds import LogicKind, RoundKind
from tests.helpers.actions import act
from tests.helpers.report import normalise, pdf_pages

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def wizard_script(qtbot):
    def run(wizard: QWizard) -> None:
        qtbot.keyClicks(wizard.trajectory.organisation, "Basisschool De Linde")
        while not wizard.button(QWizard.WizardButton.FinishButton).isVisible():
            qtbot.mouseClick(
                wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton
            )
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )

    return run


def round_of(window, kind: RoundKind) -> int:
    with window.document.store.read() as db:
        return db.scalars(select(Round.id).where(Round.kind == kind)).one()


def capture(qtbot, window, subgroup: str, lines: list[str]) -> None:
    box = window.capture
    box.subgroup.setCurrentIndex(box.subgroup.findText(subgroup))
    assert box.subgroup.currentText() == subgroup
    box.field.setPlainText("\n".join(lines))
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    assert box.field.toPlainText() == ""


def ids_of(window, *texts: str) -> list[int]:
    with window.document.store.read() as db:
        return list(db.scalars(select(Note.id).where(Note.text.in_(texts)).order_by(Note.id)))


def pick(window, *texts: str) -> None:
    window.board.board_scene.select_notes(ids_of(window, *texts))
    assert sorted(window.inspector.selected_ids()) == ids_of(window, *texts)


def test_a_trajectory_made_by_hand_gives_a_report_of_its_own(
    qtbot, window, interaction, tmp_path: Path
) -> None:
    interaction.paths.append(tmp_path / "De Linde")
    interaction.dialogs.append(wizard_script(qtbot))
    act(window, "new")
    assert window.document is not None

    # Session 1, the purpose: two groups write what makes them happy.
    window.show_round(round_of(window, RoundKind.PURPOSE))
    capture(qtbot, window, "Leerlingen", ["Buiten leren", "Samen werken"])
    capture(qtbot, window, "Leraren", ["Tijd voor elk kind"])

    # The brown paper: ideas, clustered; werkdruk in its own subgroup.
    window.show_round(round_of(window, RoundKind.BROWN_PAPER))
    ideas = ["Eén dashboard voor leraren", "Inloop voor ouders", "Kindgesprekken"]
    subgroups = [
        window.capture.subgroup.itemText(i) for i in range(window.capture.subgroup.count())
    ]
    capture(qtbot, window, subgroups[0], ideas)
    capture(qtbot, window, "Werkdruk", ["Te veel mail", "Dubbel invoeren", "Veel vergaderen"])
    pick(window, "Te veel mail", "Dubbel invoeren", "Veel vergaderen")
    kinds = window.inspector.kind
    kinds.setFocus()
    qtbot.keyClick(kinds, Qt.Key.Key_Down)  # idee → werkdruk
    assert kinds.currentData() == "werkdruk"
    pick(window, "Inloop voor ouders", "Kindgesprekken")
    act(window, "cluster")
    assert window.board.typing.editor is not None  # the new frame's title is being typed
    qtbot.keyClicks(window.board.viewport(), "Ouders en kind erbij")
    qtbot.keyClick(window.board.viewport(), Qt.Key.Key_Return)
    with window.document.store.read() as db:
        cluster = db.scalars(select(Cluster.id)).one()
    window.board.board_scene.clearSelection()
    window.board.board_scene.clusters[cluster].setSelected(True)
    act(window, "clusters_to_themes")

    # Session 2: a subgroup per theme, its post-its taken over into the theme's lists.
    window.show_round(round_of(window, RoundKind.THEMES))
    act(window, "themes_to_subgroups")
    theme_subgroup = window.capture.subgroup.itemText(0)
    assert "Ouders en kind erbij" in theme_subgroup
    capture(qtbot, window, theme_subgroup, ["Koffie-inloop op vrijdag", "Minder mail naar ouders"])
    pick(window, "Minder mail naar ouders")
    kinds = window.inspector.kind
    kinds.setFocus()
    qtbot.keyClick(kinds, Qt.Key.Key_Down)  # idee → werkdruk: a chance to lower workload
    forms = window.session.forms
    qtbot.mouseClick(forms.take_over, Qt.MouseButton.LeftButton)
    window.show_round(round_of(window, RoundKind.BROWN_PAPER))

    # Principles, chances, werkdruk origins.
    def principles(dialog: QDialog) -> None:
        dialog.findChild(QLineEdit, "name").setText("Vertrouwen geven")
        dialog.findChild(QPlainTextEdit, "explanation").setPlainText("Ruimte voor leraren")
        dialog.findChild(QPushButton, "add").click()

    interaction.dialogs.append(principles)
    act(window, "principles")
    pick(window, "Eén dashboard voor leraren")
    act(window, "chance_ict_workload")
    pick(window, "Inloop voor ouders")
    act(window, "chance_improvement")
    pick(window, "Te veel mail")
    act(window, "origin_systems")
    pick(window, "Veel vergaderen")
    act(window, "origin_purpose")

    # A small batenlogica: an element made from an idea, one from a werkdruk post-it.
    pick(window, "Kindgesprekken")
    window.action_set.logic_kinds[LogicKind.OPLOSSING].trigger()
    pick(window, "Dubbel invoeren")
    window.action_set.logic_kinds[LogicKind.WERKDRUK].trigger()

    # The trajectory's shape: rename the first session, change the brown paper's question.
    def shape(dialog: QDialog) -> None:
        tree = dialog.findChild(QTreeWidget, "shape")
        tree.setCurrentItem(tree.topLevelItem(0))
        dialog.findChild(QLineEdit, "title").setText("Eerste sessie van De Linde")
        dialog.findChild(QPushButton, "save").click()
        brown = tree.topLevelItem(0).child(1)
        tree.setCurrentItem(brown)
        dialog.findChild(QPlainTextEdit, "question").setPlainText("Wat kan slimmer bij ons?")
        dialog.findChild(QPushButton, "save").click()

    interaction.dialogs.append(shape)
    act(window, "shape")

    pdf = tmp_path / "verslag.pdf"
    interaction.paths.append(pdf)
    act(window, "export_report")
    assert interaction.errors == []
    text = normalise(" ".join(pdf_pages(pdf)))

    assert "Waar worden leerlingen en leraren blij van?" in text
    assert "directie en bestuur" not in text  # the groups that wrote nothing are not named
    assert "Eerste sessie van De Linde" in text
    assert "Wat kan slimmer bij ons?" in text
    assert "Ouders en kind erbij" in text  # the theme
    assert "Vertrouwen geven — Ruimte voor leraren" in text
    werkdruk = text[text.rindex("Waar wordt werkdruk ervaren?") :]
    purpose = werkdruk.index("Uit het werken aan de bedoeling")
    systems = werkdruk.index("Uit systemen en manier van werken")
    assert purpose < werkdruk.index("Veel vergaderen") < systems
    assert systems < werkdruk.index("Te veel mail")
    assert systems < werkdruk.index("Dubbel invoeren")  # from the batenlogica: burdens nothing
    chances = werkdruk[werkdruk.index("Kansen") :]
    # a theme round's werkdruk post-it answers "kansen om werkdruk te verlagen": a chance
    assert "3 plekken waar werkdruk wordt ervaren" in werkdruk
    assert "Minder mail naar ouders" not in werkdruk[: werkdruk.index("Kansen")]
    assert "ICT-kansen om werkdruk te verlagen • Eén dashboard voor leraren" in chances
    assert "Andere verbeterkansen • Inloop voor ouders" in chances
    assert "WERKDRUK · SYSTEMEN" in text
    theme = text[text.index("Thema A. Ouders en kind erbij") :]
    assert "Vernieuwende initiatieven • Koffie-inloop op vrijdag" in theme
    assert "Kansen om werkdruk te verlagen • Minder mail naar ouders" in theme
    assert "Minder mail naar ouders (A. Ouders en kind erbij)" in chances
    assert "Nog leeg" not in text  # no section is left empty
