"""The note-taker's minutes of the shown round, and the work form chosen (e.g. intervisie)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.model.trajectory.read import RoundNotes, read_with, round_notes
from app.ui.document import Document
from app.ui.trajectory.editor import TrajectoryEditor
from app.ui.trajectory.rows import no_default_buttons


class RoundNotesDialog(QDialog):
    """Minutes beside the post-its of one round; each save is one undo step."""

    def __init__(
        self,
        document: Document,
        editor: TrajectoryEditor,
        round_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("round_notes_dialog")
        self.setWindowTitle(self.tr("Minutes of the round"))
        self.resize(640, 480)
        self.document = document
        self.round_id = round_id
        self.heading = QLabel(self)
        self.minutes = QPlainTextEdit(self)
        self.format = QComboBox(self)
        self.save = QPushButton(self.tr("Save"), self)
        self.save.clicked.connect(self.store)
        form = QFormLayout(self)
        form.addRow(self.heading)
        form.addRow(self.tr("Minutes:"), self.minutes)
        form.addRow(self.tr("Work form:"), self.format)
        form.addRow(self.save)
        no_default_buttons(self)
        self.load()

    def notes(self) -> RoundNotes:
        found = read_with(self.document.store, round_notes)
        return next(r for r in found if r.id == self.round_id)

    def load(self) -> None:
        notes = self.notes()
        self.heading.setText(f"{notes.session} › {notes.title}")
        self.minutes.setPlainText(notes.minutes)
        self.format.clear()
        self.format.addItem(self.tr("(none chosen)"), "")
        for option in notes.options:
            self.format.addItem(option, option)
        if notes.format and self.format.findData(notes.format) < 0:
            self.format.addItem(notes.format, notes.format)
        self.format.setCurrentIndex(max(0, self.format.findData(notes.format)))
        self.format.setEnabled(self.format.count() > 1)

    def store(self) -> None:
        notes = self.notes()
        minutes, chosen = self.minutes.toPlainText(), self.format.currentData()
        if minutes != notes.minutes:
            self.editor.set_round_minutes(self.round_id, minutes)
        if chosen != notes.format:
            self.editor.choose_work_form(self.round_id, chosen)
