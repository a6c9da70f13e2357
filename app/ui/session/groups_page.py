"""The wizard's stakeholder groups page: groups with colours, and who comes or how many."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.model.ops.setup import GroupPlan
from app.model.templates import DEFAULT_GROUPS

COLOUR_ROLE = Qt.ItemDataRole.UserRole
COUNT_ROLE = Qt.ItemDataRole.UserRole + 1
NAMES_ROLE = Qt.ItemDataRole.UserRole + 2
NEW_GROUP_COLOUR = "#e0e0e0"

ColourPicker = Callable[[QColor], QColor | None]


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


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
