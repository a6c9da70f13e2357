"""The Trajectory menu's questions: the kind of a session to add, the name of a template."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from app.model.trajectory_kinds import SessionKind
from app.ui.optional_date import chosen_date, optional_date


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK accepts, Cancel rejects ``dialog``."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class TemplateNameDialog(QDialog):
    """Asks the name of the facilitator's own template."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("template_name_dialog")
        self.setWindowTitle(self.tr("Save as template"))
        self.name = QLineEdit(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Name of the template:"), self.name)
        form.addRow(ok_cancel(self))


class SessionKindDialog(QDialog):
    """Asks the kind, title and (optional) date of the new session."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session_kind_dialog")
        self.setWindowTitle(self.tr("Add session"))
        self.kind = QComboBox(self)
        for kind, name in (
            (SessionKind.INTAKE, self.tr("Intake")),
            (SessionKind.WERKSESSIE, self.tr("Working session (werksessie)")),
            (SessionKind.EVALUATION, self.tr("Evaluation (evaluatie)")),
            (SessionKind.SUPPORTGROEP, self.tr("Supportgroep meeting")),
            (SessionKind.WORKSHOP, self.tr("Brown-paper session")),
            (SessionKind.ANALYSIS, self.tr("Analysis (analyse)")),
            (SessionKind.PRESENTATION, self.tr("Presentation (presentatie)")),
        ):
            self.kind.addItem(name, kind.value)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Title (the kind when left empty)"))
        self.dated, self.date = optional_date(self.tr("On:"), self)
        form = QFormLayout(self)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.dated, self.date)
        form.addRow(ok_cancel(self))

    def choose(self, kind: SessionKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(SessionKind(kind).value))

    def chosen_kind(self) -> SessionKind:
        return SessionKind(self.kind.currentData())

    def session_title(self) -> str:
        return self.title.text().strip() or self.kind.currentText()

    def session_date(self) -> dt.date | None:
        return chosen_date(self.dated, self.date)
