"""The new-workshop wizard: the trajectory, its stakeholder groups and people, and its sessions.

The pages only collect a plan; :func:`plan_from_wizard` turns it into one
``SetUpWorkshop`` (or ``SetUpWithMix`` when people are seated by hand) that
the wizard pushes as one undoable step when the facilitator clicks Finish.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.model.ops import Op
from app.model.ops.session import PersonKey, SetUpWithMix
from app.model.ops.setup import GroupPlan, SetUpWorkshop
from app.model.templates import (
    METHOD,
    Composition,
    MethodTemplate,
    RoundTemplate,
    SessionTemplate,
    all_templates,
)
from app.model.trajectory.shape import setup_from_template
from app.ui.document import Document
from app.ui.interaction import Interaction
from app.ui.optional_date import chosen_date, optional_date
from app.ui.session.editor import SessionEditor, session_editor
from app.ui.session.groups_page import ColourPicker, GroupsPage
from app.ui.session.mix_editor import GroupLabel, MixEditor, Person
from app.ui.session.status_line import StatusLine
from app.ui.session.template_choice import TemplateChoice

TEMPLATE_ROLE = Qt.ItemDataRole.UserRole
QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1


def people_of(groups: Sequence[GroupPlan]) -> list[Person]:
    """Everyone named in the groups, keyed as ``SetUpWithMix`` expects, in group order."""
    return [
        Person((g, p), name, g)
        for g, group in enumerate(groups)
        for p, name in enumerate(group.participants)
    ]


def plan_from_wizard(
    name: str,
    organisation: str,
    facilitator: str,
    groups: Sequence[GroupPlan],
    sessions: Sequence[SessionTemplate],
    mixed_subgroups: int,
    mix: Sequence[Sequence[PersonKey]] | None = None,
    first_date: dt.date | None = None,
    template: MethodTemplate | None = None,
    topics: Sequence[str] = (),
) -> Op:
    """The operation that sets up the workshop as the wizard's pages describe it.

    ``mix`` seats the named people of mixed rounds; without it (or without
    names) the automatic even mix is used. ``first_date`` dates the first
    session; the next ones follow the template's weeks, or three weeks apart.
    A ``template`` also gives the workshop its kind, topics and report
    sections, as ``bruinpapier new --template`` does.
    """
    base = (
        SetUpWorkshop("", "", "", (), ())
        if template is None
        else setup_from_template(template, topics=topics)
    )
    setup = replace(
        base,
        name=name.strip(),
        organisation=organisation.strip(),
        facilitator=facilitator.strip(),
        groups=tuple(groups),
        sessions=tuple(sessions),
        mixed_subgroups=mixed_subgroups,
        first_date=first_date,
    )
    has_mixed = any(t.composition is Composition.MIXED for s in sessions for t in s.rounds)
    if mix is None or not has_mixed or not people_of(groups):
        return setup
    return SetUpWithMix(setup, tuple(tuple(pile) for pile in mix))


class TrajectoryPage(QWizardPage):
    def __init__(self, choice: TemplateChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("New trajectory"))
        self.setSubTitle(self.tr("Which school, and who leads the sessions?"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Werken vanuit de bedoeling 2026"))
        self.organisation = QLineEdit(self)
        self.facilitator = QLineEdit(self)
        self.dated, self.first_date = optional_date(self.tr("First session on:"), self)
        form = QFormLayout(self)
        form.addRow(self.tr("Name of the trajectory:"), self.name)
        form.addRow(self.tr("School:"), self.organisation)
        form.addRow(self.tr("Facilitator:"), self.facilitator)
        form.addRow(self.dated, self.first_date)
        form.addRow(self.tr("Method template:"), choice)
        self.registerField("name*", self.name)

    def date(self) -> dt.date | None:
        """The first session's date, if the facilitator gave one."""
        return chosen_date(self.dated, self.first_date)


class RoundsPage(QWizardPage):
    """The method's sessions and rounds: include or leave out, retitle, rephrase the question."""

    def __init__(self, templates: Sequence[SessionTemplate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sessions and rounds"))
        self.setSubTitle(
            self.tr(
                "Untick what you do not need. Double-click a title to change it; "
                "the question of the selected round is below."
            )
        )
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Session / round"), self.tr("Subgroups")])
        self.tree.setColumnWidth(0, 420)
        self._sessions: list[SessionTemplate] = []
        self.set_sessions(templates)
        self.question = QPlainTextEdit(self)
        self.question.setAccessibleName(self.tr("Question of the round"))
        self.question.setEnabled(False)
        self.question.setMaximumHeight(80)
        self.question.textChanged.connect(self._store_question)
        self.tree.currentItemChanged.connect(self._load)
        self.tree.itemChanged.connect(self._included_changed)
        self.status = StatusLine(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(QLabel(self.tr("Question:"), self))
        layout.addWidget(self.question)
        layout.addWidget(self.status)

    def set_sessions(self, templates: Sequence[SessionTemplate]) -> None:
        """Show these sessions and rounds, all included, as the template has them."""
        self.tree.blockSignals(True)  # half-built rows are not yet a choice
        self.tree.clear()
        self._sessions = list(templates)
        for index, session in enumerate(self._sessions):
            top = QTreeWidgetItem(self.tree, [session.title, ""])
            top.setData(0, TEMPLATE_ROLE, index)
            self._checkable(top)
            for number, template in enumerate(session.rounds):
                child = QTreeWidgetItem(top, [template.title, self._composition(template)])
                self._checkable(child)
                child.setData(0, TEMPLATE_ROLE, number)
                child.setData(0, QUESTION_ROLE, template.question)
        self.tree.blockSignals(False)
        self.tree.expandAll()
        self._included_changed()

    def sessions(self) -> list[SessionTemplate]:
        """The included sessions, each with its included rounds as edited."""
        result = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.checkState(0) != Qt.CheckState.Checked:
                continue
            session = self._sessions[top.data(0, TEMPLATE_ROLE)]
            rounds = []
            for j in range(top.childCount()):
                child = top.child(j)
                if child.checkState(0) == Qt.CheckState.Checked:
                    rounds.append(
                        replace(
                            session.rounds[child.data(0, TEMPLATE_ROLE)],
                            title=child.text(0).strip(),
                            question=child.data(0, QUESTION_ROLE).strip(),
                        )
                    )
            result.append(replace(session, title=top.text(0).strip(), rounds=tuple(rounds)))
        return result

    def has_mixed_round(self) -> bool:
        return any(t.composition is Composition.MIXED for s in self.sessions() for t in s.rounds)

    def round_item(self, title: str) -> QTreeWidgetItem:
        """The tree row of a round by its current title."""
        (item,) = self.tree.findItems(
            title, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
        )
        return item

    def nextId(self) -> int:
        return super().nextId() if self.has_mixed_round() else -1

    def _composition(self, template: RoundTemplate) -> str:
        text = {
            Composition.BY_GROUP: self.tr("one per stakeholder group"),
            Composition.MIXED: self.tr("mixed"),
            Composition.BY_THEME: self.tr("one per theme"),
            Composition.FREE: self.tr("free"),
        }[template.composition]
        if template.extra_subgroups:
            text += " + " + ", ".join(template.extra_subgroups)
        return text

    def _included_changed(self) -> None:
        """Without a mixed round there is no mix to show: this page becomes the last."""
        self.setFinalPage(not self.has_mixed_round())

    def _checkable(self, item: QTreeWidgetItem) -> None:
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
        item.setCheckState(0, Qt.CheckState.Checked)

    def _load(self, item: QTreeWidgetItem | None) -> None:
        is_round = item is not None and item.parent() is not None
        self.question.blockSignals(True)
        self.question.setPlainText(item.data(0, QUESTION_ROLE) if is_round else "")
        self.question.blockSignals(False)
        self.question.setEnabled(is_round)

    def _store_question(self) -> None:
        item = self.tree.currentItem()
        if item is not None and item.parent() is not None:
            item.setData(0, QUESTION_ROLE, self.question.toPlainText())


class MixPage(QWizardPage):
    """How many mixed subgroups, and the automatic mix, editable before anything is created."""

    def __init__(self, groups_page: GroupsPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Mixed subgroups"))
        self.setSubTitle(
            self.tr("Every stakeholder group is spread evenly. Move people if you like.")
        )
        self._groups_page = groups_page
        self.count = QSpinBox(self)
        self.count.setRange(1, 12)
        self.count.setValue(3)
        self.editor = MixEditor(self)
        self.count.valueChanged.connect(self.editor.set_count)
        form = QFormLayout()
        form.addRow(self.tr("Number of mixed subgroups:"), self.count)
        self.status = StatusLine(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.status)

    def initializePage(self) -> None:
        plans = self._groups_page.plans()
        self.editor.set_count(self.count.value())
        self.editor.set_people(
            people_of(plans),
            [GroupLabel(p.name, p.colour) for p in plans],
            [max(p.headcount, len(p.participants)) for p in plans],
        )


class NewWorkshopWizard(QWizard):
    """Collects the plan of a new workshop and pushes it as one step on Finish.

    Run it on a freshly created workshop. Without a document it only collects:
    the caller reads :meth:`plan` after ``exec()``.
    """

    def __init__(
        self,
        document: Document | None,
        templates: Sequence[SessionTemplate] = METHOD,
        pick_colour: ColourPicker | None = None,
        parent: QWidget | None = None,
        editor: SessionEditor | None = None,
        template_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = session_editor(document, self, editor)
        self.setWindowTitle(self.tr("New trajectory"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.resize(820, 600)
        self.document = document
        picker = pick_colour or (lambda c: Interaction(self).colour(self.tr("Group colour"), c))
        self.choice = TemplateChoice(all_templates(template_folder), templates, self)
        self.trajectory = TrajectoryPage(self.choice, self)
        self.groups = GroupsPage(picker, self)
        self.rounds = RoundsPage(self.choice.sessions(), self)
        self.mixing = MixPage(self.groups, self)
        self._shaped = self.choice.key()  # what the rounds page shows
        pages = (self.trajectory, self.groups, self.rounds, self.mixing)
        ids = [self.addPage(page) for page in pages]
        self.rounds_page_id, self.mix_page_id = ids[2], ids[3]

    def initializePage(self, page_id: int) -> None:
        """The rounds page follows the template chosen (edits are kept while it stays)."""
        if page_id == self.rounds_page_id and self.choice.key() != self._shaped:
            self._shaped = self.choice.key()
            self.rounds.set_sessions(self.choice.sessions())
        super().initializePage(page_id)

    def plan(self) -> Op:
        mix_shown = self.rounds.has_mixed_round() and self.hasVisitedPage(self.mix_page_id)
        return plan_from_wizard(
            self.trajectory.name.text(),
            self.trajectory.organisation.text(),
            self.trajectory.facilitator.text(),
            self.groups.plans(),
            self.rounds.sessions(),
            self.mixing.count.value(),
            self.mixing.editor.mix() if mix_shown else None,
            self.trajectory.date(),
            self.choice.template(),
            self.choice.topics(),
        )

    def accept(self) -> None:
        """Create everything as one undoable step; stay open with the reason if it is refused."""
        page = self.currentPage()
        status = page.status if isinstance(page, RoundsPage | MixPage) else self.rounds.status
        if self.document is None or status.report(self.editor.new_trajectory(self.plan())):
            super().accept()
