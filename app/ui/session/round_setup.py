"""Adding a round to a session: from one of the method's templates or blank with an own question,
with the subgroups formed by stakeholder group, mixed (shown and editable), by theme, or freely."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.model.ops import Op
from app.model.ops.session import AddRoundWithMix
from app.model.ops.setup import AddRound
from app.model.reads.sessions import read_people, session_choices
from app.model.templates import BLANK_ROUND, METHOD, Composition, RoundTemplate
from app.ui.document import REFUSED, Commit, Document
from app.ui.session.combos import refill
from app.ui.session.editor import SessionEditor, session_editor
from app.ui.session.mix_editor import GroupLabel, MixEditor, Person
from app.ui.session.status_line import StatusLine

TEMPLATES: tuple[RoundTemplate, ...] = (
    *(t for s in METHOD for t in s.rounds),
    BLANK_ROUND,
)


def round_op(
    session_id: int,
    base: RoundTemplate,
    composition: Composition,
    title: str,
    question: str,
    mixed_count: int,
    mix: Sequence[Sequence[int]] | None = None,
    free_names: Sequence[str] = (),
) -> Op:
    """The operation adding the round as the dialog describes it.

    ``mix`` (participant ids per mixed subgroup) seats people as shown; without
    it a mixed round gets the automatic even mix. Free subgroups are named by
    ``free_names``; the template's extra subgroups (the workload inventory) stay.
    """
    names = tuple(n.strip() for n in free_names if n.strip())
    extras = base.extra_subgroups + (names if composition is Composition.FREE else ())
    template = RoundTemplate(
        title.strip() or base.title, question.strip(), base.kind, composition, extras
    )
    add = AddRound(session_id, template, mixed_count)
    if composition is Composition.MIXED and mix is not None and any(mix):
        return AddRoundWithMix(add, tuple(tuple(pile) for pile in mix))
    return add


class AddRoundDialog(QDialog):
    """Title, question and subgroups of a new round; OK adds it as one undoable step."""

    def __init__(
        self,
        document: Document,
        session_id: int | None = None,
        parent: QWidget | None = None,
        editor: SessionEditor | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = session_editor(document, self, editor)
        self.commit: Commit = REFUSED
        """What the accepted dialog added (its new round's id among the changes)."""
        self.setWindowTitle(self.tr("Add a round"))
        self.resize(760, 640)
        self.document = document
        self.session = QComboBox(self)
        self.session.setAccessibleName(self.tr("Session"))
        self.template = QComboBox(self)
        self.template.setAccessibleName(self.tr("Template"))
        for index, template in enumerate(TEMPLATES):
            label = self.tr("Blank round") if template is BLANK_ROUND else template.title
            self.template.addItem(label, index)
        self.title = QLineEdit(self)
        self.question = QPlainTextEdit(self)
        self.question.setMaximumHeight(70)
        self.question.setPlaceholderText(self.tr("The question the subgroups answer"))

        self.compositions = QButtonGroup(self)
        labels = {
            Composition.BY_GROUP: self.tr("One subgroup per stakeholder group"),
            Composition.MIXED: self.tr("Mixed subgroups"),
            Composition.BY_THEME: self.tr("One subgroup per theme"),
            Composition.FREE: self.tr("Free: name the subgroups"),
        }
        self.radio: dict[Composition, QRadioButton] = {}
        choices = QVBoxLayout()
        for index, (composition, label) in enumerate(labels.items()):
            button = QRadioButton(label, self)
            self.compositions.addButton(button, index)
            self.radio[composition] = button
            choices.addWidget(button)
        self.mixed_count = QSpinBox(self)
        self.mixed_count.setRange(1, 12)
        self.mixed_count.setValue(3)
        self.mix = MixEditor(self)
        self.free_names = QPlainTextEdit(self)
        self.free_names.setPlaceholderText(self.tr("One subgroup name per line"))
        self.status = StatusLine(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)

        form = QFormLayout()
        form.addRow(self.tr("Session:"), self.session)
        form.addRow(self.tr("Template:"), self.template)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Question:"), self.question)
        form.addRow(self.tr("Subgroups:"), choices)
        count_row = QHBoxLayout()
        count_row.addWidget(self.mixed_count)
        count_row.addStretch(1)
        form.addRow(self.tr("Number of mixed subgroups:"), count_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.mix, 1)
        layout.addWidget(self.free_names, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self._load_people()
        refill(self.session, [(title, i) for i, title in session_choices(document.store)])
        if session_id is not None:
            self.session.setCurrentIndex(self.session.findData(session_id))
        self.template.currentIndexChanged.connect(self._template_chosen)
        self.compositions.idToggled.connect(lambda _id, _on: self._show_composition())
        self.mixed_count.valueChanged.connect(self.mix.set_count)
        self.template.setCurrentIndex(len(TEMPLATES) - 1)  # blank: the common case
        self._template_chosen()

    def composition(self) -> Composition:
        return next(c for c, button in self.radio.items() if button.isChecked())

    def base_template(self) -> RoundTemplate:
        return TEMPLATES[self.template.currentData()]

    def plan(self) -> Op:
        session_id = self.session.currentData()
        return round_op(
            session_id,
            self.base_template(),
            self.composition(),
            self.title.text(),
            self.question.toPlainText(),
            self.mixed_count.value(),
            self.mix.mix() if self._has_people else None,
            self.free_names.toPlainText().splitlines(),
        )

    def accept(self) -> None:
        """Add the round; stay open with the reason when it is refused."""
        if self.session.currentData() is None:
            self.status.show_message(self.tr("Create a session first."))
            return
        self.commit = self.editor.add_round(self.plan())
        if self.status.report(self.commit):
            super().accept()

    def _load_people(self) -> None:
        groups, people = read_people(self.document.store)
        index = {g.id: i for i, g in enumerate(groups)}
        persons = sorted(
            (Person(p.id, p.name, index.get(p.group_id, len(groups))) for p in people),
            key=lambda person: person.group,
        )
        self._has_people = bool(persons)
        self.mix.set_count(self.mixed_count.value())
        self.mix.set_people(
            persons,
            [GroupLabel(g.name, g.colour) for g in groups],
            [g.headcount for g in groups],
        )

    def _template_chosen(self) -> None:
        template = self.base_template()
        self.title.setText(template.title)
        self.question.setPlainText(template.question)
        self.radio[template.composition].setChecked(True)
        self._show_composition()

    def _show_composition(self) -> None:
        composition = self.composition()
        mixed = composition is Composition.MIXED
        self.mix.setVisible(mixed)
        self.mixed_count.setEnabled(mixed)
        self.free_names.setVisible(composition is Composition.FREE)
