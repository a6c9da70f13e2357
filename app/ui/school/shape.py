"""The trajectory's shape after the wizard: sessions and rounds, their names, dates and questions.

Every change is one undo step through the :class:`SchoolEditor`; deleting
first says how many rounds and post-its go with it.
A plenary round has no subgroups: everyone together.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app.model.changes import Change
from app.model.kinds import RoundKind
from app.model.school import RoundShape, SessionShape, trajectory_shape
from app.ui.document import Commit, Document
from app.ui.interaction import Interaction
from app.ui.school.common import ConfirmDialog, arrange, button_row
from app.ui.school.editor import SchoolEditor

ROLE = Qt.ItemDataRole.UserRole
SHAPE_TABLES = frozenset({"session", "round"})
KIND_NAMES = {
    RoundKind.FREE: QT_TRANSLATE_NOOP("School", "Free round"),
    RoundKind.PURPOSE: QT_TRANSLATE_NOOP("School", "Purpose (per stakeholder group)"),
    RoundKind.BROWN_PAPER: QT_TRANSLATE_NOOP("School", "Brown paper"),
    RoundKind.THEMES: QT_TRANSLATE_NOOP("School", "Per policy theme"),
    RoundKind.ELABORATION: QT_TRANSLATE_NOOP("School", "Working out initiatives"),
    RoundKind.PLENARY: QT_TRANSLATE_NOOP("School", "Plenary (everyone together)"),
}


class ShapeDialog(QDialog):
    """Add, rename, date, reorder and delete sessions and rounds; edit a round's question."""

    def __init__(
        self, document: Document, editor: SchoolEditor, interaction: Interaction, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shape_dialog")
        self.setWindowTitle(QCoreApplication.translate("School", "Sessions and rounds"))
        self.document = document  # read only: every edit goes through ``editor``
        self.editor = editor
        self.interaction = interaction
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shape")
        self.tree.setHeaderHidden(True)
        self.tree.currentItemChanged.connect(lambda *_: self._fill())
        self.title = QLineEdit(self)
        self.title.setObjectName("title")
        self.dated = QCheckBox(QCoreApplication.translate("School", "Dated"), self)
        self.dated.setObjectName("dated")
        self.date = QDateEdit(self)
        self.date.setObjectName("date")
        self.date.setCalendarPopup(True)
        self.question = QPlainTextEdit(self)
        self.question.setObjectName("question")
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for kind, name in KIND_NAMES.items():
            self.kind.addItem(QCoreApplication.translate("School", name), kind.value)
        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        form.addRow(QCoreApplication.translate("School", "Title"), self.title)
        when = QHBoxLayout()
        when.addWidget(self.dated)
        when.addWidget(self.date)
        form.addRow(QCoreApplication.translate("School", "Date"), when)
        form.addRow(QCoreApplication.translate("School", "Question(s)"), self.question)
        form.addRow(QCoreApplication.translate("School", "Kind of round"), self.kind)
        texts = {
            "add_session": QCoreApplication.translate("School", "Add session"),
            "add_round": QCoreApplication.translate("School", "Add round"),
            "add_plenary": QCoreApplication.translate("School", "Add plenary round"),
            "save": QCoreApplication.translate("School", "Save changes"),
            "up": QCoreApplication.translate("School", "Move up"),
            "down": QCoreApplication.translate("School", "Move down"),
            "delete": QCoreApplication.translate("School", "Delete…"),
        }
        row, self.buttons = button_row(self, list(texts), self.clicked)
        for name, text in texts.items():
            self.buttons[name].setText(text)
        arrange(self, self.tree, form_widget, row)
        document.changed.connect(self._changed)
        self.resize(820, 460)
        self.refresh()

    # -- reading -------------------------------------------------------------------------

    def shape(self) -> tuple[SessionShape, ...]:
        return trajectory_shape(self.document.store)

    def current(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, ROLE)

    def refresh(self, select: tuple[str, int] | None = None) -> None:
        keep = select or self.current()
        self.tree.blockSignals(True)
        self.tree.clear()
        for session in self.shape():
            top = QTreeWidgetItem(self.tree, [session.title])
            top.setData(0, ROLE, ("session", session.id))
            top.setExpanded(True)
            if keep == ("session", session.id):
                self.tree.setCurrentItem(top)
            for rnd in session.rounds:
                child = QTreeWidgetItem(top, [rnd.title])
                child.setData(0, ROLE, ("round", rnd.id))
                if keep == ("round", rnd.id):
                    self.tree.setCurrentItem(child)
        self.tree.blockSignals(False)
        self._fill()

    def find(self, key: tuple[str, int] | None) -> tuple[SessionShape | None, RoundShape | None]:
        for session in self.shape():
            if key == ("session", session.id):
                return session, None
            for rnd in session.rounds:
                if key == ("round", rnd.id):
                    return session, rnd
        return None, None

    def _fill(self) -> None:
        session, rnd = self.find(self.current())
        self.title.setText(rnd.title if rnd else session.title if session else "")
        day = session.date if session and not rnd else None
        self.dated.setChecked(day is not None)
        self.date.setDate(QDate(day.year, day.month, day.day) if day else QDate.currentDate())
        self.question.setPlainText(rnd.question if rnd else "")
        self.kind.setCurrentIndex(
            max(0, self.kind.findData((rnd.kind if rnd else RoundKind.FREE).value))
        )
        for widget in (self.question, self.kind):
            widget.setEnabled(rnd is not None)
        for widget in (self.dated, self.date):
            widget.setEnabled(session is not None and rnd is None)
        for name in ("add_round", "add_plenary", "save", "up", "down", "delete"):
            self.buttons[name].setEnabled(session is not None)

    def _changed(self, changes: list[Change]) -> None:
        if any(c.table in SHAPE_TABLES for c in changes):
            self.refresh()

    # -- editing -------------------------------------------------------------------------

    def clicked(self, name: str) -> None:
        key = self.current()
        session, rnd = self.find(key)
        if name == "add_session":
            count = len(self.shape()) + 1
            title = QCoreApplication.translate("School", "Session %1").replace("%1", str(count))
            if self.editor.add_session(title):
                self.refresh(select=("session", max(s.id for s in self.shape())))
            return
        if session is None:
            return
        if name in ("add_round", "add_plenary"):
            plenary = name == "add_plenary"
            kind = RoundKind.PLENARY if plenary else RoundKind.FREE
            title = (
                QCoreApplication.translate("School", "Plenary")
                if plenary
                else QCoreApplication.translate("School", "Round %1").replace(
                    "%1", str(len(session.rounds) + 1)
                )
            )
            if self.editor.add_round(session.id, title, kind):
                session, _ = self.find(("session", session.id))
                if session and session.rounds:
                    self.refresh(select=("round", max(r.id for r in session.rounds)))
        elif name == "save":
            self.save(session, rnd)
        elif name in ("up", "down"):
            self.move(session, rnd, -1 if name == "up" else 1)
        elif name == "delete":
            self.delete(session, rnd)

    def save(self, session: SessionShape, rnd: RoundShape | None) -> None:
        if rnd is not None:
            kind = RoundKind(self.kind.currentData())
            self.editor.edit_round(rnd.id, self.title.text(), self.question.toPlainText(), kind)
            return
        day = self.date.date().toPython() if self.dated.isChecked() else None
        self.editor.edit_session(session.id, self.title.text(), day)

    def move(self, session: SessionShape, rnd: RoundShape | None, step: int) -> None:
        if rnd is None:
            ids = [s.id for s in self.shape()]
            moved, key = session.id, ("session", session.id)
        else:
            ids = [r.id for r in session.rounds]
            moved, key = rnd.id, ("round", rnd.id)
        index = ids.index(moved)
        if not 0 <= index + step < len(ids):
            return
        ids[index], ids[index + step] = ids[index + step], ids[index]
        done = (
            self.editor.reorder_sessions(ids)
            if rnd is None
            else self.editor.move_rounds(session.id, ids)
        )
        if done:
            self.refresh(select=key)

    def delete(self, session: SessionShape, rnd: RoundShape | None) -> None:
        if rnd is None:
            notes = sum(r.notes for r in session.rounds)
            question = (
                QCoreApplication.translate(
                    "School", "Session “%1” will be deleted with its %2 round(s) and %3 post-it(s)."
                )
                .replace("%1", session.title)
                .replace("%2", str(len(session.rounds)))
                .replace("%3", str(notes))
            )
            delete: Callable[[], Commit] = partial(self.editor.remove_session, session.id)
        else:
            question = (
                QCoreApplication.translate(
                    "School",
                    "Round “%1” will be deleted with its %2 subgroup(s) and %3 post-it(s).",
                )
                .replace("%1", rnd.title)
                .replace("%2", str(rnd.subgroups))
                .replace("%3", str(rnd.notes))
            )
            delete = partial(self.editor.remove_round, rnd.id)
        question += " " + QCoreApplication.translate("School", "Undo brings everything back.")
        dialog = ConfirmDialog(
            self.windowTitle(), question, QCoreApplication.translate("School", "Delete"), self
        )
        if self.interaction.run(dialog):
            delete()

    def done(self, result: int) -> None:
        self.document.changed.disconnect(self._changed)
        super().done(result)
