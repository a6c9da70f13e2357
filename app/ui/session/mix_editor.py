"""The preview of a mixed round's subgroups: the automatic even mix, which the facilitator can edit.

Used by the new-workshop wizard (people not yet in the database, keyed by
(group index, index in group)) and by the add-round dialog (keyed by
participant id). People move by dragging between the columns or with
"Move to".
"""

from __future__ import annotations

import html
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.model.mixing import deal, mix_counts
from app.model.ops.setup import MIXED_COLOURS, MIXED_NAMES

INDEX_ROLE = (
    Qt.ItemDataRole.UserRole
)  # an int index into the editor's people; survives drag and drop
COLUMNS_PER_ROW = 4


@dataclass(frozen=True)
class Person:
    key: Hashable
    name: str
    group: int  # index into the groups shown beside the names


@dataclass(frozen=True)
class GroupLabel:
    name: str
    colour: str


def mixed_name(index: int) -> str:
    return f"Groep {MIXED_NAMES[index % len(MIXED_NAMES)]}"


def automatic_mix(people: Sequence[Person], count: int) -> list[list[Hashable]]:
    """Keys of ``people`` dealt over ``count`` subgroups, each group spread evenly.

    ``people`` are in group order, as the set-up operations read them back.
    """
    return deal([(p.group, p.key) for p in people], count)


class MixEditor(QWidget):
    """Columns of subgroups holding people; edits keep the columns as the facilitator left them.

    Signals:
        edited(): someone was moved, or the mix was dealt afresh.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: list[Person] = []
        self._groups: list[GroupLabel] = []
        self._headcounts: list[int] = []
        self._lists: list[QListWidget] = []
        self._titles: list[QLabel] = []
        self._grid = QGridLayout()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.target = QComboBox(self)
        self.target.setAccessibleName(self.tr("Move to subgroup"))
        self.move_button = QPushButton(self.tr("Move to"), self)
        self.move_button.clicked.connect(self._move_selected)
        self.redeal_button = QPushButton(self.tr("Mix again"), self)
        self.redeal_button.clicked.connect(self.deal)
        moves = QHBoxLayout()
        moves.addWidget(self.move_button)
        moves.addWidget(self.target, 1)
        moves.addWidget(self.redeal_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self._grid, 1)
        layout.addLayout(moves)
        layout.addWidget(self.summary)
        self._count = 3
        self._building = False

    # -- input ---------------------------------------------------------------------

    def set_people(
        self, people: Sequence[Person], groups: Sequence[GroupLabel], headcounts: Sequence[int] = ()
    ) -> None:
        """Who takes part; with nobody named, ``headcounts`` per group give a count-only preview.

        The same people again (going back and forth in the wizard) keep the edited mix.
        """
        same = (list(people), list(groups), list(headcounts)) == (
            self._people,
            self._groups,
            self._headcounts,
        )
        if same and self._lists:
            return
        self._people = list(people)
        self._groups = list(groups)
        self._headcounts = list(headcounts)
        self.deal()

    def set_count(self, count: int) -> None:
        if count != self._count:
            self._count = count
            self.deal()

    def count(self) -> int:
        return self._count

    def deal(self) -> None:
        """Throw away edits and show the automatic even mix."""
        self._build_columns()
        index = {p.key: i for i, p in enumerate(self._people)}
        self._building = True
        for column, pile in zip(self._lists, automatic_mix(self._people, self._count), strict=True):
            for key in pile:
                column.addItem(self._item(index[key]))
        self._building = False
        self._refresh()
        self.edited.emit()

    # -- output --------------------------------------------------------------------

    def mix(self) -> list[list[Hashable]]:
        """Keys of the people per subgroup, as shown; empty piles when only counts were given."""
        if not self._people:
            return [[] for _ in self._lists]
        return [
            [self._people[column.item(r).data(INDEX_ROLE)].key for r in range(column.count())]
            for column in self._lists
        ]

    def names(self) -> list[list[str]]:
        return [[column.item(r).text() for r in range(column.count())] for column in self._lists]

    def column(self, index: int) -> QListWidget:
        return self._lists[index]

    def move(self, key: Hashable, subgroup: int) -> None:
        """Put one person in another subgroup (what a drag or "Move to" does)."""
        for column in self._lists:
            for row in range(column.count()):
                item = column.item(row)
                if self._people[item.data(INDEX_ROLE)].key == key:
                    column.takeItem(row)
                    self._lists[subgroup].addItem(item)
                    return
        raise KeyError(key)

    # -- building ------------------------------------------------------------------

    def _build_columns(self) -> None:
        for widget in (*self._lists, *self._titles):
            self._grid.removeWidget(widget)
            widget.hide()  # gone at once, deleted when the event loop gets to it
            widget.deleteLater()
        self._lists, self._titles = [], []
        named = bool(self._people)
        for i in range(self._count):
            title = QLabel(self)
            title.setStyleSheet(
                f"QLabel {{ background: {MIXED_COLOURS[i % len(MIXED_COLOURS)]};"
                " color: black; font-weight: bold; padding: 3px; }"
            )
            column = QListWidget(self)
            column.setAccessibleName(mixed_name(i))
            if named:
                column.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
                column.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
                column.setDefaultDropAction(Qt.DropAction.MoveAction)
                column.model().rowsInserted.connect(self._dropped)
            else:
                column.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            row, col = divmod(i, COLUMNS_PER_ROW)
            self._grid.addWidget(title, 2 * row, col)
            self._grid.addWidget(column, 2 * row + 1, col)
            self._titles.append(title)
            self._lists.append(column)
        self.target.clear()
        self.target.addItems([mixed_name(i) for i in range(self._count)])
        for widget in (self.move_button, self.target, self.redeal_button):
            widget.setEnabled(named)

    def _item(self, index: int) -> QListWidgetItem:
        person = self._people[index]
        item = QListWidgetItem(person.name)
        item.setData(INDEX_ROLE, index)
        if person.group < len(self._groups):
            group = self._groups[person.group]
            item.setBackground(QBrush(QColor(group.colour)))
            item.setForeground(QBrush(QColor("black")))
            item.setToolTip(group.name)
        return item

    def _legend(self) -> str:
        """The stakeholder groups in their colours, so the columns read at a glance."""
        swatch = '<span style="background:{}; color:black">&nbsp;{}&nbsp;</span>'
        return " ".join(swatch.format(g.colour, html.escape(g.name)) for g in self._groups)

    def _dropped(self) -> None:
        """A person arrived in a column (dragged, or moved with "Move to")."""
        if not self._building:
            self._refresh()
            self.edited.emit()

    def _move_selected(self) -> None:
        target = self.target.currentIndex()
        keys = [
            self._people[item.data(INDEX_ROLE)].key
            for column in self._lists
            for item in column.selectedItems()
        ]
        for key in keys:
            self.move(key, target)

    def _refresh(self) -> None:
        if self._people:
            for i, (title, column) in enumerate(zip(self._titles, self._lists, strict=True)):
                title.setText(f"{mixed_name(i)} ({column.count()})")
            hint = self.tr("Drag names between the subgroups to change the mix.")
            self.summary.setText(f"{self._legend()}<br>{hint}")
            return
        piles = mix_counts(list(enumerate(self._headcounts)), self._count)
        for i, (title, pile) in enumerate(zip(self._titles, piles, strict=True)):
            title.setText(f"{mixed_name(i)} ({sum(pile.values())})")
            column = self._lists[i]
            column.clear()
            for group, count in sorted(pile.items()):
                column.addItem(f"{count} × {self._groups[group].name}")
        self.summary.setText(
            self.tr("Without names the mix is a suggestion: type names to seat people.")
        )
