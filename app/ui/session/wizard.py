"""The new-workshop wizard: the trajectory, its stakeholder groups and people, and its sessions.

The pages only collect a plan; :func:`plan_from_wizard` turns it into one
``SetUpWorkshop`` (or ``SetUpWithMix`` when people are seated by hand) that
the wizard pushes as one undoable step when the facilitator clicks Finish.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
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
from app.model.templates import DEFAULT_GROUPS, METHOD, Composition, RoundTemplate, SessionTemplate
from app.ui.document import Document
from app.ui.interaction import Interaction
from app.ui.session.editor import SessionEditor, session_editor
from app.ui.session.mix_editor import GroupLabel, MixEditor, Person
from app.ui.session.status_line import StatusLine

COLOUR_ROLE = Qt.ItemDataRole.UserRole
COUNT_ROLE = Qt.ItemDataRole.UserRole + 1
NAMES_ROLE = Qt.ItemDataRole.UserRole + 2
TEMPLATE_ROLE = Qt.ItemDataRole.UserRole
QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1
NEW_GROUP_COLOUR = "#e0e0e0"

ColourPicker = Callable[[QColor], QColor | None]


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
) -> Op:
    """The operation that sets up the workshop as the wizard's pages describe it.

    ``mix`` seats the named people of mixed rounds; without it (or without
    names) the automatic even mix is used. ``first_date`` dates the first
    session; the next ones follow three weeks apart.
    """
    setup = SetUpWorkshop(
        name.strip(),
        organisation.strip(),
        facilitator.strip(),
        tuple(groups),
        tuple(sessions),
        mixed_subgroups=mixed_subgroups,
        first_date=first_date,
    )
    has_mixed = any(t.composition is Composition.MIXED for s in sessions for t in s.rounds)
    if mix is None or not has_mixed or not people_of(groups):
        return setup
    return SetUpWithMix(setup, tuple(tuple(pile) for pile in mix))


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class TrajectoryPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("New trajectory"))
        self.setSubTitle(self.tr("Which school, and who leads the sessions?"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Werken vanuit de bedoeling 2026"))
        self.organisation = QLineEdit(self)
        self.facilitator = QLineEdit(self)
        self.dated = QCheckBox(self.tr("First session on:"), self)
        self.first_date = QDateEdit(QDate.currentDate(), self)
        self.first_date.setCalendarPopup(True)
        self.first_date.setEnabled(False)
        self.dated.toggled.connect(self.first_date.setEnabled)
        form = QFormLayout(self)
        form.addRow(self.tr("Name of the trajectory:"), self.name)
        form.addRow(self.tr("School:"), self.organisation)
        form.addRow(self.tr("Facilitator:"), self.facilitator)
        form.addRow(self.dated, self.first_date)
        self.registerField("name*", self.name)

    def date(self) -> dt.date | None:
        """The first session's date, if the facilitator gave one."""
        return self.first_date.date().toPython() if self.dated.isChecked() else None


class GroupsPage(QWizardPage):
    """Stakeholder groups with colours, and optionally who comes or how many."""

    def __init__(self, pick_colour: ColourPicker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Stakeholder groups"))
        self.setSubTitle(
            self.tr(
                "Who takes part? Names are optional: a number per group is enough for an even mix."
            )
        )
        self._pick_colour = pick_colour
        self.groups = QListWidget(self)
        self.groups.setAccessibleName(self.tr("Stakeholder groups"))
        for name, colour in DEFAULT_GROUPS:
            self._append(name, colour)
        self.add_button = QPushButton(self.tr("Add group"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.colour_button = QPushButton(self.tr("Colour…"), self)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.colour_button.clicked.connect(self._recolour)
        self.headcount = QSpinBox(self)
        self.headcount.setRange(0, 500)
        self.names = QPlainTextEdit(self)
        self.names.setPlaceholderText(self.tr("One name per line (optional)"))
        self.headcount.valueChanged.connect(self._store_count)
        self.names.textChanged.connect(self._store_names)
        self.groups.currentItemChanged.connect(self._load)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.colour_button):
            buttons.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(self.groups)
        left.addLayout(buttons)
        right = QFormLayout()
        right.addRow(self.tr("Number of participants:"), self.headcount)
        right.addRow(self.tr("Names:"), self.names)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self.groups.setCurrentRow(0)

    def plans(self) -> list[GroupPlan]:
        result = []
        for row in range(self.groups.count()):
            item = self.groups.item(row)
            names = tuple(
                line.strip() for line in str(item.data(NAMES_ROLE)).splitlines() if line.strip()
            )
            result.append(
                GroupPlan(item.text().strip(), item.data(COLOUR_ROLE), item.data(COUNT_ROLE), names)
            )
        return [plan for plan in result if plan.name]

    def isComplete(self) -> bool:
        return bool(self.plans())

    def _append(self, name: str, colour: str) -> QListWidgetItem:
        item = QListWidgetItem(_swatch(colour), name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(COLOUR_ROLE, colour)
        item.setData(COUNT_ROLE, 0)
        item.setData(NAMES_ROLE, "")
        self.groups.addItem(item)
        return item

    def _add(self) -> None:
        item = self._append(self.tr("New group"), NEW_GROUP_COLOUR)
        self.groups.setCurrentItem(item)
        self.groups.editItem(item)
        self.completeChanged.emit()

    def _remove(self) -> None:
        row = self.groups.currentRow()
        if row >= 0:
            self.groups.takeItem(row)
            self.completeChanged.emit()

    def _recolour(self) -> None:
        item = self.groups.currentItem()
        if item is None:
            return
        colour = self._pick_colour(QColor(item.data(COLOUR_ROLE)))
        if colour is not None:
            item.setData(COLOUR_ROLE, colour.name())
            item.setIcon(_swatch(colour.name()))

    def _load(self, item: QListWidgetItem | None) -> None:
        enabled = item is not None
        self.headcount.setEnabled(enabled)
        self.names.setEnabled(enabled)
        if item is None:
            return
        self.headcount.blockSignals(True)
        self.names.blockSignals(True)
        self.headcount.setValue(item.data(COUNT_ROLE))
        self.names.setPlainText(item.data(NAMES_ROLE))
        self.headcount.blockSignals(False)
        self.names.blockSignals(False)

    def _store_count(self, value: int) -> None:
        item = self.groups.currentItem()
        if item is not None:
            item.setData(COUNT_ROLE, value)

    def _store_names(self) -> None:
        item = self.groups.currentItem()
        if item is None:
            return
        text = self.names.toPlainText()
        item.setData(NAMES_ROLE, text)
        named = len([line for line in text.splitlines() if line.strip()])
        if named > self.headcount.value():
            self.headcount.setValue(named)


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
        self._templates: list[RoundTemplate] = []
        for session in templates:
            top = QTreeWidgetItem(self.tree, [session.title, ""])
            self._checkable(top)
            for template in session.rounds:
                child = QTreeWidgetItem(top, [template.title, self._composition(template)])
                self._checkable(child)
                child.setData(0, TEMPLATE_ROLE, len(self._templates))
                child.setData(0, QUESTION_ROLE, template.question)
                self._templates.append(template)
        self.tree.expandAll()
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

    def sessions(self) -> list[SessionTemplate]:
        """The included sessions, each with its included rounds as edited."""
        result = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.checkState(0) != Qt.CheckState.Checked:
                continue
            rounds = []
            for j in range(top.childCount()):
                child = top.child(j)
                if child.checkState(0) == Qt.CheckState.Checked:
                    base = self._templates[child.data(0, TEMPLATE_ROLE)]
                    rounds.append(
                        RoundTemplate(
                            child.text(0).strip(),
                            child.data(0, QUESTION_ROLE).strip(),
                            base.kind,
                            base.composition,
                            base.extra_subgroups,
                        )
                    )
            result.append(SessionTemplate(top.text(0).strip(), tuple(rounds)))
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
    ) -> None:
        super().__init__(parent)
        self.editor = session_editor(document, self, editor)
        self.setWindowTitle(self.tr("New trajectory"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.resize(820, 600)
        self.document = document
        picker = pick_colour or (lambda c: Interaction(self).colour(self.tr("Group colour"), c))
        self.trajectory = TrajectoryPage(self)
        self.groups = GroupsPage(picker, self)
        self.rounds = RoundsPage(templates, self)
        self.mixing = MixPage(self.groups, self)
        pages = (self.trajectory, self.groups, self.rounds, self.mixing)
        self.mix_page_id = [self.addPage(page) for page in pages][-1]

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
        )

    def accept(self) -> None:
        """Create everything as one undoable step; stay open with the reason if it is refused."""
        page = self.currentPage()
        status = page.status if isinstance(page, RoundsPage | MixPage) else self.rounds.status
        if self.document is None or status.report(self.editor.new_trajectory(self.plan())):
            super().accept()
