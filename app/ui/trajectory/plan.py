"""Adding to a chosen initiative's plan: a new activity (wie, wanneer), or a framework to change."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QPushButton, QWidget

from app.model.trajectory_kinds import Framework
from app.ui.trajectory.editor import TrajectoryEditor
from app.ui.trajectory.rows import parse_day


class PlanRow(QWidget):
    """Two short forms under the Voortgang; each add is one undo step through the editor."""

    def __init__(self, editor: TrajectoryEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.initiative_id: int | None = None
        self.activity = QLineEdit(self)
        self.activity.setPlaceholderText(self.tr("New activity of the selected initiative"))
        self.who = QLineEdit(self)
        self.who.setPlaceholderText(self.tr("Who"))
        self.due = QLineEdit(self)
        self.due.setPlaceholderText(self.tr("When (2026-05-31)"))
        self.add_activity = QPushButton(self.tr("Add activity"), self)
        self.add_activity.clicked.connect(self._activity)
        self.framework = QComboBox(self)
        for kind, name in (
            (Framework.GUIDELINES, self.tr("guidelines (richtlijnen)")),
            (Framework.LEGISLATION, self.tr("legislation (wetgeving)")),
            (Framework.PROCUREMENT, self.tr("procurement (aanbesteding)")),
            (Framework.OTHER, self.tr("other framework")),
        ):
            self.framework.addItem(name, kind.value)
        self.change = QLineEdit(self)
        self.change.setPlaceholderText(self.tr("What needs to change"))
        self.add_framework = QPushButton(self.tr("Add framework"), self)
        self.add_framework.clicked.connect(self._framework)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.activity, 0, 0)
        grid.addWidget(self.who, 0, 1)
        grid.addWidget(self.due, 0, 2)
        grid.addWidget(self.add_activity, 0, 3)
        grid.addWidget(self.framework, 1, 0)
        grid.addWidget(self.change, 1, 1, 1, 2)
        grid.addWidget(self.add_framework, 1, 3)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 1)
        self.set_initiative(None)

    def set_initiative(self, initiative_id: int | None) -> None:
        self.initiative_id = initiative_id
        self.setEnabled(initiative_id is not None)

    def _activity(self) -> None:
        text = self.activity.text().strip()
        due = parse_day(self.due.text())
        if self.initiative_id is None or not text or due is False:
            self.due.selectAll()
            return
        self.editor.add_activity(self.initiative_id, text, self.who.text().strip(), due or None)
        for edit in (self.activity, self.who, self.due):
            edit.clear()

    def _framework(self) -> None:
        if self.initiative_id is None:
            return
        kind = self.framework.currentData()
        self.editor.add_framework(self.initiative_id, kind, self.change.text())
        self.change.clear()
