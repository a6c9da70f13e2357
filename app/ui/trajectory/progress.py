"""Voortgang: every chosen initiative's activities per theme, overdue work highlighted.

Made to walk through in the step-6 meeting on the projector: **Project**
shows it full screen in type readable from the back row (at least 1/40 of
the screen height, 20 px on a 1280×800 beamer). Selecting an activity lets the
facilitator set its owner, due date and status and add a dated progress note.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model.trajectory.read import ActionFollowUp, ThemeFollowUp, follow_up, read_with
from app.model.trajectory_kinds import ActionStatus
from app.ui.document import Document
from app.ui.trajectory.editor import TrajectoryEditor
from app.ui.trajectory.plan import PlanRow
from app.ui.trajectory.rows import no_default_buttons, parse_day

OVERDUE = QColor("#f6d5cf")
ROLE_ID = Qt.ItemDataRole.UserRole
ROLE_INITIATIVE = Qt.ItemDataRole.UserRole + 1
BACK_ROW = 40
"""Text at least 1/BACK_ROW of the screen height is readable from the back of a classroom."""
SMALLEST_BEAMER = 800
"""Lines of the smallest projector planned for (1280×800); smaller screens get its size."""
ACTIVITY_WIDTH = 320


def projection_pixels(screen_height: int) -> int:
    """The pixel size of projected text on a screen ``screen_height`` lines high."""
    return math.ceil(max(screen_height, SMALLEST_BEAMER) / BACK_ROW)


class ProgressView(QDialog):
    """The Voortgang of a workshop, read on every change."""

    def __init__(
        self, document: Document, editor: TrajectoryEditor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("progress_view")
        self.setWindowTitle(self.tr("Progress"))
        self.resize(980, 640)
        self.document = document
        self.today = dt.date.today()
        self.themes: tuple[ThemeFollowUp, ...] = ()
        self.summary = QLabel(self)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(
            [
                self.tr("Activity"),
                self.tr("Who"),
                self.tr("When"),
                self.tr("Status"),
                self.tr("Latest progress"),
            ]
        )
        self.tree.setColumnWidth(0, ACTIVITY_WIDTH)
        self.tree.itemSelectionChanged.connect(self._load)
        self.who = QLineEdit(self)
        self.who.setPlaceholderText(self.tr("Who"))
        self.due = QLineEdit(self)
        self.due.setPlaceholderText(self.tr("When (2026-05-31)"))
        self.status = QComboBox(self)
        for status in ActionStatus:
            self.status.addItem(self.status_name(status), status.value)
        self.save = QPushButton(self.tr("Save"), self)
        self.save.clicked.connect(self.save_follow_up)
        self.note_date = QLineEdit(self.today.isoformat(), self)
        self.note_date.setMaximumWidth(110)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Progress note"))
        self.note.returnPressed.connect(self.add_note)
        self.add = QPushButton(self.tr("Add note"), self)
        self.add.clicked.connect(self.add_note)
        self.project = QPushButton(self.tr("Project"), self)
        self.project.setCheckable(True)
        self.project.toggled.connect(self.set_projected)
        edit_row = QHBoxLayout()
        for widget in (self.who, self.due, self.status, self.save):
            edit_row.addWidget(widget)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_date)
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.add)
        self.editors = QWidget(self)
        box = QVBoxLayout(self.editors)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(edit_row)
        box.addLayout(note_row)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.project)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.editors)
        self.plan = PlanRow(editor, self)
        layout.addWidget(self.plan)
        no_default_buttons(self)
        self._base_font = QFont(self.tree.font())
        document.changed.connect(self.refresh)
        self.refresh()

    def status_name(self, status: ActionStatus) -> str:
        return {
            ActionStatus.PLANNED: self.tr("planned"),
            ActionStatus.RUNNING: self.tr("running"),
            ActionStatus.DONE: self.tr("done"),
            ActionStatus.STOPPED: self.tr("stopped"),
        }[status]

    def refresh(self, _changes: object = None) -> None:
        chosen = self.selected_action()
        chosen_initiative = None if chosen is not None else self.selected_initiative()
        self.themes = read_with(self.document.store, follow_up, self.today)
        self.tree.clear()
        late = 0
        count = 0
        for theme in self.themes:
            top = QTreeWidgetItem(self.tree, [theme.title])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for initiative in theme.initiatives:
                mid = QTreeWidgetItem(top, [initiative.title])
                mid.setData(0, ROLE_INITIATIVE, initiative.id)
                mid.setSelected(initiative.id == chosen_initiative)
                for action in initiative.actions:
                    item = self._action_item(mid, action)
                    count += 1
                    late += action.overdue
                    if action.id == chosen:
                        item.setSelected(True)
        self.tree.expandAll()
        self.summary.setText(
            self.tr("%1 activities; %2 overdue on %3")
            .replace("%1", str(count))
            .replace("%2", str(late))
            .replace("%3", self.today.isoformat())
        )
        self.editors.setEnabled(self.selected_action() is not None)
        self.plan.set_initiative(self.selected_initiative())

    def _action_item(self, parent: QTreeWidgetItem, action: ActionFollowUp) -> QTreeWidgetItem:
        status = self.status_name(action.status)
        if action.overdue:
            status = self.tr("%1 — overdue").replace("%1", status)
        latest = action.notes[-1] if action.notes else None
        item = QTreeWidgetItem(
            parent,
            [
                action.activity,
                action.who,
                action.due.isoformat() if action.due else "",
                status,
                f"{latest.date.isoformat()}: {latest.text}" if latest else "",
            ],
        )
        item.setData(0, ROLE_ID, action.id)
        if action.overdue:
            for column in range(item.columnCount()):
                item.setBackground(column, QBrush(OVERDUE))
        return item

    def overdue_rows(self) -> list[str]:
        """The activities shown as overdue (highlighted), in order."""
        found = []
        for item in self._action_items():
            if item.background(0).color() == OVERDUE:
                found.append(item.text(0))
        return found

    def _action_items(self) -> list[QTreeWidgetItem]:
        items = []
        for t in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(t)
            for i in range(top.childCount()):
                mid = top.child(i)
                items += [mid.child(a) for a in range(mid.childCount())]
        return items

    def select_activity(self, activity: str) -> None:
        for item in self._action_items():
            if item.text(0) == activity:
                self.tree.setCurrentItem(item)
                return

    def selected_action(self) -> int | None:
        items = self.tree.selectedItems()
        return items[0].data(0, ROLE_ID) if items else None

    def _find(self, action_id: int) -> ActionFollowUp | None:
        return next(
            (a for t in self.themes for i in t.initiatives for a in i.actions if a.id == action_id),
            None,
        )

    def selected_initiative(self) -> int | None:
        """The initiative selected, or the one of the selected activity."""
        items = self.tree.selectedItems()
        if not items:
            return None
        item = items[0]
        if item.data(0, ROLE_ID) is not None and item.parent() is not None:
            item = item.parent()
        return item.data(0, ROLE_INITIATIVE)

    def select_initiative(self, title: str) -> None:
        for t in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(t)
            for i in range(top.childCount()):
                if top.child(i).text(0) == title:
                    self.tree.setCurrentItem(top.child(i))
                    return

    def _load(self) -> None:
        self.plan.set_initiative(self.selected_initiative())
        action_id = self.selected_action()
        action = self._find(action_id) if action_id is not None else None
        self.editors.setEnabled(action is not None)
        if action is None:
            return
        self.who.setText(action.who)
        self.due.setText(action.due.isoformat() if action.due else "")
        self.status.setCurrentIndex(self.status.findData(action.status.value))

    def save_follow_up(self) -> None:
        action_id = self.selected_action()
        due = parse_day(self.due.text())
        if action_id is None or due is False:
            self.due.selectAll()
            return
        who, status = self.who.text().strip(), self.status.currentData()
        self.editor.set_follow_up(action_id, who, due or None, status)

    def add_note(self) -> None:
        """A dated progress note (today unless another date is typed) on the selected activity."""
        action_id = self.selected_action()
        text = self.note.text().strip()
        day = parse_day(self.note_date.text())
        if not isinstance(day, dt.date):
            self.note_date.selectAll()
            return
        if action_id is None or not text:
            return
        if self.editor.add_progress(action_id, day, text):
            self.note.clear()

    def set_projected(self, on: bool) -> None:
        """Full screen in large type, for the step-6 meeting on the projector."""
        font = QFont(self._base_font)
        if on:
            screen = self.screen().geometry().height()
            larger = round(QFontInfo(self._base_font).pixelSize() * 1.6)
            font.setPixelSize(max(projection_pixels(screen), larger))
        self.tree.setFont(font)
        self.summary.setFont(font)
        self.editors.setVisible(not on)
        if on:
            self.showFullScreen()
            for column in range(self.tree.columnCount()):
                self.tree.resizeColumnToContents(column)  # no activity cut off
        else:
            self.showNormal()
            self.tree.setColumnWidth(0, ACTIVITY_WIDTH)
