"""A list of rows with a form beside it, and a confirmation that says what will happen.

Every button is one edit through the :class:`SchoolEditor` (one undo step); the
list refills itself from the model whenever a change touches its table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.model.changes import Change
from app.ui.document import Commit, Document
from app.ui.interaction import Interaction
from app.ui.school.editor import SchoolEditor

ID = Qt.ItemDataRole.UserRole


def interface_language() -> str:
    """'nl' or 'en': which of the model's two summaries to show."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


def button_row(
    dialog: QDialog, names: Sequence[str], clicked: Callable[[str], None]
) -> tuple[QHBoxLayout, dict[str, QPushButton]]:
    """Push buttons named ``names`` in a row, each calling ``clicked(name)``."""
    row = QHBoxLayout()
    buttons: dict[str, QPushButton] = {}
    for name in names:
        button = QPushButton(dialog)
        button.setObjectName(name)
        button.clicked.connect(lambda _=False, n=name: clicked(n))
        buttons[name] = button
        row.addWidget(button)
    return row, buttons


def arrange(dialog: QDialog, left: QWidget, right: QWidget, buttons: QHBoxLayout) -> None:
    """The list or tree on the left, its form on the right, the buttons and Close below."""
    side = QHBoxLayout()
    side.addWidget(left, 2)
    side.addWidget(right, 3)
    layout = QVBoxLayout(dialog)
    layout.addLayout(side)
    layout.addLayout(buttons)
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    close.rejected.connect(dialog.accept)
    layout.addWidget(close)


class ConfirmDialog(QDialog):
    """A yes/no question naming exactly what an action will do."""

    def __init__(self, title: str, text: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirm_dialog")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.text = QLabel(text, self)
        self.text.setObjectName("what_happens")
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("confirm")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class RowsDialog(QDialog):
    """Rows of one table in order, with add, save, move up/down and delete.

    Subclasses give the rows, fill the form for the current row and add or
    save through the editor; ``table`` is reordered and deleted generically.
    The document is only read; every edit goes through ``editor``.
    """

    table = ""

    def __init__(
        self,
        document: Document,
        editor: SchoolEditor,
        interaction: Interaction,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.editor = editor
        self.interaction = interaction
        self.list = QListWidget(self)
        self.list.setObjectName("rows")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.currentItemChanged.connect(lambda *_: self._fill())
        self.list.itemSelectionChanged.connect(self._fill)
        self.form = QWidget(self)
        names = ("add", "save", "up", "down", "delete", *self.extra_buttons())
        row, self.buttons = button_row(self, names, self.clicked)
        arrange(self, self.list, self.form, row)
        document.changed.connect(self._changed)
        texts = {
            "add": QCoreApplication.translate("School", "Add"),
            "save": QCoreApplication.translate("School", "Save changes"),
            "up": QCoreApplication.translate("School", "Move up"),
            "down": QCoreApplication.translate("School", "Move down"),
            "delete": QCoreApplication.translate("School", "Delete…"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.resize(760, 440)

    def extra_buttons(self) -> Sequence[str]:
        return ()

    # -- what subclasses give ------------------------------------------------------------

    def rows(self) -> list[tuple[int, str]]:
        raise NotImplementedError

    def fill_form(self, row_id: int | None) -> None:
        raise NotImplementedError

    def add_row(self) -> Commit:
        """Add the row typed in the form."""
        raise NotImplementedError

    def save_row(self, row_id: int) -> Commit:
        """Save the form into row ``row_id``."""
        raise NotImplementedError

    def delete_question(self, ids: list[int]) -> str:
        """What deleting these rows does; empty: delete without asking."""
        return ""

    # -- shared behaviour ----------------------------------------------------------------

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(ID))

    def selected(self) -> list[int]:
        return [int(i.data(ID)) for i in self.list.selectedItems()]

    def refresh(self, select: int | None = None) -> None:
        keep = self.current_id() if select is None else select
        self.list.blockSignals(True)
        self.list.clear()
        for row_id, label in self.rows():
            item = QListWidgetItem(label, self.list)
            item.setData(ID, row_id)
            if row_id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._fill()

    def _fill(self) -> None:
        self.fill_form(self.current_id())
        has = self.current_id() is not None
        for name in ("save", "up", "down", "delete"):
            self.buttons[name].setEnabled(has)

    def _changed(self, changes: list[Change]) -> None:
        if any(c.table == self.table for c in changes):
            self.refresh()

    def clicked(self, name: str) -> None:
        current = self.current_id()
        ids = [row_id for row_id, _ in self.rows()]
        if name == "add":
            if self.add_row():
                self.list.setCurrentRow(self.list.count() - 1)
        elif current is None:
            return
        elif name == "save":
            self.save_row(current)
        elif name in ("up", "down"):
            index = ids.index(current)
            other = index - 1 if name == "up" else index + 1
            if 0 <= other < len(ids):
                ids[index], ids[other] = ids[other], ids[index]
                self.editor.reorder(self.table, ids)
                self.refresh(select=current)
        elif name == "delete":
            self.delete([current])
        else:
            self.extra(name, current)

    def delete(self, ids: list[int]) -> None:
        question = self.delete_question(ids)
        if question:
            delete = QCoreApplication.translate("School", "Delete")
            if not self.interaction.run(ConfirmDialog(self.windowTitle(), question, delete, self)):
                return
        self.editor.delete(self.table, ids)

    def extra(self, name: str, current: int) -> None:
        """A subclass's own button."""

    def done(self, result: int) -> None:
        self.document.changed.disconnect(self._changed)
        super().done(result)
