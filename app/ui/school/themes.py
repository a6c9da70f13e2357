"""The beleidsthema's: made from scratch or carried from clusters, then shaped, merged, deleted.

Merging and deleting first say, in one sentence from the model, what happens
to the themes' subgroups, batenlogica elements and initiatives.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from app.model.school import ThemeRow, fate_text, theme_fate, themes
from app.ui.document import Commit, Document
from app.ui.interaction import Interaction
from app.ui.school.common import ConfirmDialog, RowsDialog, interface_language
from app.ui.school.editor import SchoolEditor


class ThemesDialog(RowsDialog):
    """Create, rename, describe, colour, reorder, merge and delete themes."""

    table = "theme"

    def __init__(
        self, document: Document, editor: SchoolEditor, interaction: Interaction, parent: QWidget
    ) -> None:
        super().__init__(document, editor, interaction, parent)
        self.setObjectName("themes_dialog")
        self.setWindowTitle(QCoreApplication.translate("School", "Policy themes"))
        self.name = QLineEdit(self.form)
        self.name.setObjectName("name")
        self.description = QPlainTextEdit(self.form)
        self.description.setObjectName("description")
        form = QFormLayout(self.form)
        form.addRow(QCoreApplication.translate("School", "Theme"), self.name)
        form.addRow(QCoreApplication.translate("School", "Description"), self.description)
        self.buttons["colour"].setText(QCoreApplication.translate("School", "Colour…"))
        self.buttons["merge"].setText(QCoreApplication.translate("School", "Merge into current…"))
        self.buttons["merge"].setToolTip(
            QCoreApplication.translate(
                "School", "Fold the other selected themes into the current one"
            )
        )
        self.refresh()

    def extra_buttons(self) -> Sequence[str]:
        return ("colour", "merge")

    def _theme(self, row_id: int | None) -> ThemeRow | None:
        return next((t for t in themes(self.document.store) if t.id == row_id), None)

    def rows(self) -> list[tuple[int, str]]:
        return [
            (t.id, f"{t.code}. {t.name}" if t.code else t.name) for t in themes(self.document.store)
        ]

    def fill_form(self, row_id: int | None) -> None:
        theme = self._theme(row_id)
        self.name.setText(theme.name if theme else "")
        self.description.setPlainText(theme.description if theme else "")
        self.buttons["colour"].setEnabled(theme is not None)
        self.buttons["merge"].setEnabled(theme is not None and len(self.selected()) > 1)

    def add_row(self) -> Commit:
        return self.editor.add_theme(self.name.text(), self.description.toPlainText())

    def save_row(self, row_id: int) -> Commit:
        return self.editor.edit_theme(row_id, self.name.text(), self.description.toPlainText())

    def delete_question(self, ids: list[int]) -> str:
        return fate_text(theme_fate(self.document.store, tuple(ids)), None, interface_language())

    def extra(self, name: str, current: int) -> None:
        theme = self._theme(current)
        if theme is None:
            return
        if name == "colour":
            title = QCoreApplication.translate("School", "Theme colour")
            colour = self.interaction.colour(title, QColor(theme.colour or "#ffffff"))
            if colour is not None:
                self.editor.colour_theme(current, colour.name())
        elif name == "merge":
            others = tuple(i for i in self.selected() if i != current)
            if not others:
                return
            fate = theme_fate(self.document.store, others)
            question = fate_text(fate, theme.name, interface_language())
            merge = QCoreApplication.translate("School", "Merge")
            if self.interaction.run(ConfirmDialog(self.windowTitle(), question, merge, self)):
                self.editor.merge_themes(current, others)

    def _fill(self) -> None:
        super()._fill()
        self.buttons["merge"].setEnabled(len(self.selected()) > 1)
