"""A small table of rows with a form to add one, shared by the meeting editor's tabs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def parse_day(text: str) -> dt.date | bool | None:
    """A typed date (2026-05-31); None when empty, False when it is not a date."""
    text = text.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return False


class RowTable(QWidget):
    """Rows shown read-only, a form of line edits below, and add/remove/toggle buttons.

    Signals:
        addRequested(list[str]): the form's texts, in field order.
        removeRequested(int): the id of the selected row.
        toggleRequested(int): the id of the selected row, to flip its yes/no column.
    """

    addRequested = Signal(list)
    removeRequested = Signal(int)
    toggleRequested = Signal(int)

    def __init__(
        self,
        headers: Sequence[str],
        fields: Sequence[str],
        toggle_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 280)
        self.fields = [QLineEdit(self) for _ in fields]
        form = QHBoxLayout()
        for edit, placeholder in zip(self.fields, fields, strict=True):
            edit.setPlaceholderText(placeholder)
            edit.returnPressed.connect(self._add)
            form.addWidget(edit)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self._add)
        form.addWidget(self.add_button)
        buttons = QHBoxLayout()
        self.toggle_button = QPushButton(toggle_text, self)
        self.toggle_button.setVisible(bool(toggle_text))
        self.toggle_button.clicked.connect(lambda: self._emit(self.toggleRequested))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(lambda: self._emit(self.removeRequested))
        buttons.addWidget(self.toggle_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def fill(self, rows: Sequence[tuple[int, Sequence[str]]]) -> None:
        """Show ``rows`` as (id, cells), keeping the selected row selected."""
        current = self.selected_id()
        self.table.setRowCount(len(rows))
        for r, (row_id, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row_id)
                self.table.setItem(r, c, item)
            if row_id == current:
                self.table.selectRow(r)

    def selected_id(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def select_id(self, row_id: int) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == row_id:
                self.table.selectRow(r)

    def _emit(self, signal: Signal) -> None:
        row_id = self.selected_id()
        if row_id is not None:
            signal.emit(row_id)

    def _add(self) -> None:
        texts = [f.text().strip() for f in self.fields]
        if texts and texts[0]:
            self.addRequested.emit(texts)

    def clear_form(self) -> None:
        for edit in self.fields:
            edit.clear()
        self.fields[0].setFocus()


Handler = Callable[[list[str]], None]


def no_default_buttons(dialog: QWidget) -> None:
    """Enter in a form field adds that row; it must not also press a dialog button."""
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)
