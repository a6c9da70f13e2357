"""The keyboard shortcuts overview (F1 or ?), generated from the window's menus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def shortcut_rows(menu_bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action with a shortcut, in menu order."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, title: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), title)  # type: ignore[arg-type]
            elif keys := [k for k in action.shortcuts() if on_keyboard(k)]:
                native = QKeySequence.SequenceFormat.NativeText
                rows.append((title, plain(action), ", ".join(k.toString(native) for k in keys)))

    for action in menu_bar.actions():
        if action.menu() is not None:
            walk(action.menu(), plain(action))  # type: ignore[arg-type]
    return rows


def on_keyboard(keys: QKeySequence) -> bool:
    """Whether ``keys`` is typed on an ordinary keyboard: up to F35, no Help, media or Open key."""
    return keys[0].key().value < Qt.Key.Key_Super_L.value


def plain(action: QAction) -> str:
    """An action's text as shown to a reader: without mnemonics or a trailing ellipsis."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


class ShortcutsDialog(QDialog):
    """A table of every shortcut, grouped by menu."""

    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setShowGrid(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(480, 620)
        self.fill(menu_bar)

    def fill(self, menu_bar: QMenuBar) -> None:
        self.table.setRowCount(0)
        bold = QFont(self.font())
        bold.setBold(True)
        current = None
        for menu, action, keys in shortcut_rows(menu_bar):
            if menu != current:
                current = menu
                self._add_row(menu, "", bold)
            self._add_row("    " + action, keys, None)

    def _add_row(self, left: str, right: str, font: QFont | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((left, right)):
            item = QTableWidgetItem(text)
            if font is not None:
                item.setFont(font)
            if column == 1:
                item.setTextAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight)
            self.table.setItem(row, column, item)

    def rows(self) -> list[tuple[str, str]]:
        """The table's text, row by row: what the user reads."""
        return [
            (self.table.item(r, 0).text().strip(), self.table.item(r, 1).text())
            for r in range(self.table.rowCount())
        ]
