"""Add session of kind…: an intake, werksessie, evaluatie or other session at the end."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from app.model.trajectory_kinds import SessionKind


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
        self.dated = QCheckBox(self.tr("On:"), self)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setEnabled(False)
        self.dated.toggled.connect(self.date.setEnabled)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.dated, self.date)
        form.addRow(buttons)

    def choose(self, kind: SessionKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(SessionKind(kind).value))

    def chosen_kind(self) -> SessionKind:
        return SessionKind(self.kind.currentData())

    def session_title(self) -> str:
        return self.title.text().strip() or self.kind.currentText()

    def session_date(self) -> dt.date | None:
        return self.date.date().toPython() if self.dated.isChecked() else None
