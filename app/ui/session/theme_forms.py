"""Session 2 forms beside the board: per theme its three lists, and chosen initiatives worked out.

Per beleidsthema: "What are we already doing?", "Which innovative
initiatives?" and "Which chances to reduce workload?" as lists edited in
place, and for each chosen initiative its activities with who does them and
how it applies the organisation principles. Every edit is one operation
pushed on the document; the forms redraw only from ``Document.changed``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model.kinds import InitiativeCategory
from app.model.reads.themes import initiatives_of, read_elaboration, read_themes, theme_rounds
from app.ui.document import Commit, Document
from app.ui.session.combos import refill
from app.ui.session.editor import SessionEditor, session_editor
from app.ui.session.status_line import StatusLine

ID_ROLE = Qt.ItemDataRole.UserRole
WATCHED = {"theme", "initiative", "action", "initiative_principle", "principle", "round"}
CATEGORY_TITLES = {
    InitiativeCategory.EXISTING: QT_TRANSLATE_NOOP("ThemeForms", "What are we already doing?"),
    InitiativeCategory.INNOVATIVE: QT_TRANSLATE_NOOP("ThemeForms", "Which innovative initiatives?"),
    InitiativeCategory.WORKLOAD: QT_TRANSLATE_NOOP(
        "ThemeForms", "Which chances to reduce workload?"
    ),
}


def category_title(category: InitiativeCategory) -> str:
    return QCoreApplication.translate("ThemeForms", CATEGORY_TITLES[category])


def _checked(on: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked


class InitiativeList(QGroupBox):
    """One of a theme's three lists: titles edited in place, ticked when chosen to work out."""

    def __init__(self, forms: ThemeForms, category: InitiativeCategory) -> None:
        super().__init__(category_title(category), forms)
        self.forms = forms
        self.category = category
        self._next_position = 0
        self.list = QListWidget(self)
        self.list.setAccessibleName(category_title(category))
        self.list.itemChanged.connect(self._edited)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Up"), self)
        self.down_button = QPushButton(self.tr("Down"), self)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def ids(self) -> list[int]:
        return [self.list.item(r).data(ID_ROLE) for r in range(self.list.count())]

    def titles(self) -> list[str]:
        return [self.list.item(r).text() for r in range(self.list.count())]

    def show_rows(self, rows: Sequence[Any]) -> None:
        """Show (id, title, chosen, position) rows; items are kept when the ids did not change."""
        self._next_position = max((r.position for r in rows), default=-1) + 1
        self.list.blockSignals(True)
        if [r.id for r in rows] != self.ids():
            self.list.clear()
            for row in rows:
                item = QListWidgetItem()
                item.setFlags(
                    item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setData(ID_ROLE, row.id)
                self.list.addItem(item)
        for index, row in enumerate(rows):
            item = self.list.item(index)
            item.setText(row.title)
            item.setCheckState(_checked(row.chosen))
            item.setToolTip(self.tr("Ticked: chosen to work out"))
        self.list.blockSignals(False)

    def add(self) -> None:
        theme_id = self.forms.theme_id()
        if theme_id is None:
            return
        row = {
            "theme_id": theme_id,
            "category": self.category,
            "title": self.tr("New initiative"),
            "position": self._next_position,
        }
        before = set(self.ids())
        if self.forms.report(self.forms.editor.add_initiative(row)):
            new = [r for r in range(self.list.count()) if self.ids()[r] not in before]
            if new:
                item = self.list.item(new[0])
                self.list.setCurrentItem(item)
                self.list.editItem(item)

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.forms.report(self.forms.editor.remove_initiative(item.data(ID_ROLE)))

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        ids = self.ids()
        target = row + step
        if row < 0 or not 0 <= target < len(ids):
            return
        ids[row], ids[target] = ids[target], ids[row]
        if self.forms.report(self.forms.editor.reorder_initiatives(ids)):
            self.list.setCurrentRow(target)

    def _edited(self, item: QListWidgetItem) -> None:
        initiative_id = item.data(ID_ROLE)
        current = self.forms.initiative(initiative_id)
        if current is None:
            return
        chosen = item.checkState() == Qt.CheckState.Checked
        if chosen != current.chosen:
            self.forms.report(self.forms.editor.choose_initiative(initiative_id, chosen))
        elif item.text().strip() and item.text() != current.title:
            self.forms.report(self.forms.editor.rename_initiative(initiative_id, item.text()))
        else:
            self.forms.refresh()  # an emptied title goes back to what the model holds


class ElaborationForm(QGroupBox):
    """A chosen initiative worked out: activities with who, and the organisation principles."""

    def __init__(self, forms: ThemeForms) -> None:
        super().__init__(
            QCoreApplication.translate("ElaborationForm", "Work out a chosen initiative"), forms
        )
        self.forms = forms
        self.initiative = QComboBox(self)
        self.initiative.setAccessibleName(self.tr("Chosen initiative"))
        self.actions = QTableWidget(0, 2, self)
        self.actions.setHorizontalHeaderLabels([self.tr("Activity"), self.tr("Who")])
        self.actions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.actions.verticalHeader().hide()
        self.actions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions.itemChanged.connect(self._action_edited)
        self.add_action = QPushButton(self.tr("Add activity"), self)
        self.remove_action = QPushButton(self.tr("Remove activity"), self)
        self.add_action.clicked.connect(self._add_action)
        self.remove_action.clicked.connect(self._remove_action)
        self.principles = QTableWidget(0, 2, self)
        self.principles.setHorizontalHeaderLabels([self.tr("Principle"), self.tr("How")])
        self.principles.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.principles.verticalHeader().hide()
        self.principles.setWordWrap(True)
        self.principles.itemChanged.connect(self._principle_edited)
        self._links: dict[int, tuple[int, str]] = {}  # principle id -> (link id, how)
        self._next_action_position = 0
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_action)
        buttons.addWidget(self.remove_action)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Initiative:"), self.initiative)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Activities and who does them:"), self))
        layout.addWidget(self.actions, 1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Organisation principles that apply, and how:"), self))
        layout.addWidget(self.principles, 1)
        self.initiative.currentIndexChanged.connect(lambda _i: self.show_initiative())

    def initiative_id(self) -> int | None:
        value = self.initiative.currentData()
        return value if isinstance(value, int) else None

    def show_chosen(self, chosen: Sequence[Any]) -> None:
        current = self.initiative_id()
        self.initiative.blockSignals(True)
        self.initiative.clear()
        for row in chosen:
            self.initiative.addItem(row.title, row.id)
        index = self.initiative.findData(current) if current is not None else -1
        self.initiative.setCurrentIndex(max(0, index) if chosen else -1)
        self.initiative.blockSignals(False)
        self.show_initiative()

    def show_initiative(self) -> None:
        initiative_id = self.initiative_id()
        enabled = initiative_id is not None
        for widget in (self.actions, self.principles, self.add_action, self.remove_action):
            widget.setEnabled(enabled)
        elaboration = read_elaboration(self.forms.document.store, initiative_id)
        principles, actions = elaboration.principles, elaboration.actions
        self._links = elaboration.links
        self._next_action_position = max((a.position for a in actions), default=-1) + 1
        self.actions.blockSignals(True)
        self.actions.setRowCount(len(actions))
        for r, action in enumerate(actions):
            for c, text in enumerate((action.activity, action.who)):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, action.id)
                self.actions.setItem(r, c, item)
        self.actions.blockSignals(False)
        self.principles.blockSignals(True)
        self.principles.setRowCount(len(principles))
        for r, (principle_id, name) in enumerate(principles):
            linked = principle_id in self._links
            name_item = QTableWidgetItem(name)
            name_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            name_item.setCheckState(_checked(linked))
            name_item.setData(ID_ROLE, principle_id)
            how_item = QTableWidgetItem(self._links[principle_id][1] if linked else "")
            how_item.setData(ID_ROLE, principle_id)
            if not linked:
                how_item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.principles.setItem(r, 0, name_item)
            self.principles.setItem(r, 1, how_item)
        self.principles.blockSignals(False)

    def _add_action(self) -> None:
        initiative_id = self.initiative_id()
        if initiative_id is None:
            return
        row = {
            "initiative_id": initiative_id,
            "activity": self.tr("New activity"),
            "position": self._next_action_position,
        }
        if self.forms.report(self.forms.editor.add_activity(row)):
            last = self.actions.rowCount() - 1  # the highest position comes last
            self.actions.setCurrentCell(last, 0)
            self.actions.editItem(self.actions.item(last, 0))

    def _remove_action(self) -> None:
        item = self.actions.item(self.actions.currentRow(), 0)
        if item is not None:
            self.forms.report(self.forms.editor.remove_activity(item.data(ID_ROLE)))

    def _action_edited(self, item: QTableWidgetItem) -> None:
        column = ("activity", "who")[item.column()]
        self.forms.report(self.forms.editor.edit_activity(item.data(ID_ROLE), column, item.text()))

    def _principle_edited(self, item: QTableWidgetItem) -> None:
        initiative_id = self.initiative_id()
        principle_id = item.data(ID_ROLE)
        if initiative_id is None:
            return
        link = self._links.get(principle_id)
        if item.column() == 0:
            if item.checkState() == Qt.CheckState.Checked and link is None:
                editor = self.forms.editor
                self.forms.report(editor.apply_principle(initiative_id, principle_id))
            elif item.checkState() != Qt.CheckState.Checked and link is not None:
                self.forms.report(self.forms.editor.drop_principle(link[0]))
        elif link is not None:
            self.forms.report(self.forms.editor.describe_principle(link[0], item.text()))


class ThemeForms(QWidget):
    """The session-2 forms of one theme at a time, beside the board."""

    def __init__(
        self,
        document: Document,
        parent: QWidget | None = None,
        editor: SessionEditor | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = session_editor(document, self, editor)
        self.document = document
        self._initiatives: dict[int, Any] = {}
        self.theme = QComboBox(self)
        self.theme.setAccessibleName(self.tr("Theme"))
        self.source_round = QComboBox(self)
        self.source_round.setAccessibleName(self.tr("Round to take post-its from"))
        self.take_over = QPushButton(self.tr("Take over from the board"), self)
        self.take_over.setToolTip(
            self.tr("The post-its of the theme subgroups become the lines of these lists")
        )
        self.take_over.clicked.connect(self.take_over_from_board)
        self.lists = {c: InitiativeList(self, c) for c in InitiativeCategory}
        self.elaboration = ElaborationForm(self)
        self.status = StatusLine(self)

        top = QFormLayout()
        top.addRow(self.tr("Theme:"), self.theme)
        source = QHBoxLayout()
        source.addWidget(self.source_round, 1)
        source.addWidget(self.take_over)
        top.addRow(self.tr("From round:"), source)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for box in self.lists.values():
            layout.addWidget(box, 1)
        layout.addWidget(self.elaboration, 2)
        layout.addWidget(self.status)

        self.theme.currentIndexChanged.connect(lambda _i: self.refresh())
        document.rows.touched.connect(self._changed)
        self.refresh()

    # -- for the parts ---------------------------------------------------------------

    def report(self, commit: Commit) -> bool:
        """Show an edit's refusal under the forms; whether it was done."""
        return self.status.report(commit)

    def theme_id(self) -> int | None:
        value = self.theme.currentData()
        return value if isinstance(value, int) else None

    def initiative(self, initiative_id: int) -> Any:
        """The initiative row as last read (id, title, chosen, category)."""
        return self._initiatives.get(initiative_id)

    def select_theme(self, theme_id: int) -> None:
        self.theme.setCurrentIndex(self.theme.findData(theme_id))

    def take_over_from_board(self) -> bool:
        round_id = self.source_round.currentData()
        if round_id is None:
            self.status.show_message(self.tr("There is no theme round to take post-its from."))
            return False
        return self.report(self.editor.notes_to_initiatives(round_id))

    # -- showing the model -----------------------------------------------------------

    def refresh(self) -> None:
        store = self.document.store
        refill(self.theme, [(f"{t.code} {t.name}".strip(), t.id) for t in read_themes(store)])
        refill(self.source_round, [(title, i) for i, title in theme_rounds(store)])
        theme_id = self.theme_id()
        rows = [] if theme_id is None else initiatives_of(store, theme_id)
        self._initiatives = {r.id: r for r in rows}
        for category, box in self.lists.items():
            box.setEnabled(theme_id is not None)
            box.show_rows([r for r in rows if r.category == category])
        self.elaboration.show_chosen([r for r in rows if r.chosen])

    def _changed(self, tables: frozenset[str]) -> None:
        if tables & WATCHED:
            self.refresh()
