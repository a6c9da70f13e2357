"""The organisatieprincipes: how the school wants to work (the method's questions 5 and 7)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from app.model.school import principles
from app.ui.document import Commit, Document
from app.ui.interaction import Interaction
from app.ui.school.common import RowsDialog
from app.ui.school.editor import SchoolEditor


class PrinciplesDialog(RowsDialog):
    """Add, edit (name and explanation), reorder and delete principles; each one undo step."""

    table = "principle"

    def __init__(
        self, document: Document, editor: SchoolEditor, interaction: Interaction, parent: QWidget
    ) -> None:
        super().__init__(document, editor, interaction, parent)
        self.setObjectName("principles_dialog")
        self.setWindowTitle(QCoreApplication.translate("School", "Organisation principles"))
        self.name = QLineEdit(self.form)
        self.name.setObjectName("name")
        self.explanation = QPlainTextEdit(self.form)
        self.explanation.setObjectName("explanation")
        form = QFormLayout(self.form)
        form.addRow(QCoreApplication.translate("School", "Principle"), self.name)
        form.addRow(QCoreApplication.translate("School", "Explanation"), self.explanation)
        self.buttons["add"].setToolTip(
            QCoreApplication.translate("School", "Add the principle typed beside the list")
        )
        self.refresh()

    def rows(self) -> list[tuple[int, str]]:
        return [(p.id, p.name) for p in principles(self.document.store)]

    def fill_form(self, row_id: int | None) -> None:
        found = next((p for p in principles(self.document.store) if p.id == row_id), None)
        self.name.setText(found.name if found else "")
        self.explanation.setPlainText(found.description if found else "")

    def add_row(self) -> Commit:
        return self.editor.add_principle(self.name.text(), self.explanation.toPlainText())

    def save_row(self, row_id: int) -> Commit:
        return self.editor.edit_principle(row_id, self.name.text(), self.explanation.toPlainText())
