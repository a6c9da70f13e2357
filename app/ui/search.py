"""Find post-its in every round of the workshop (Ctrl+F) and jump to them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from app.model.entities import Note, Round, Session
from app.ui.document import Document

MAX_HITS = 200


@dataclass(frozen=True)
class Hit:
    note_id: int
    round_id: int
    round_title: str
    session_title: str
    text: str


def find_notes(document: Document, query: str, limit: int = MAX_HITS) -> list[Hit]:
    """Notes whose text contains ``query`` (any case), in session, round and reading order."""
    words = query.strip().lower()
    if not words:
        return []
    pattern = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    stmt = (
        select(Note.id, Note.round_id, Round.title, Session.title, Note.text)
        .join(Round, Note.round_id == Round.id)
        .join(Session, Round.session_id == Session.id)
        .where(func.lower(Note.text).like(pattern, escape="\\"))
        .order_by(Session.position, Session.id, Round.position, Round.id, Note.y, Note.x)
        .limit(limit)
    )
    with document.store.read() as db:
        return [Hit(*row) for row in db.execute(stmt)]


class SearchDialog(QDialog):
    """A search field with live results; choosing one asks the window to show that note.

    Signals:
        hitChosen(int, int): round id and note id of the chosen result.
    """

    hitChosen = Signal(int, int)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_dialog")
        self._document = document
        self.field = QLineEdit(self)
        self.field.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.summary = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.summary)
        self.resize(520, 440)
        self.field.textChanged.connect(self.run)
        self.field.returnPressed.connect(self._choose_current)
        self.results.itemActivated.connect(self._choose)
        self.field.installEventFilter(self)
        self.retranslate()

    def start(self) -> None:
        """Show the dialog with the field ready for typing."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus()
        self.field.selectAll()

    def run(self, query: str) -> None:
        hits = find_notes(self._document, query)
        self.results.clear()
        for hit in hits:
            text = " ".join(hit.text.split())
            where = f"{hit.session_title} › {hit.round_title}"
            item = QListWidgetItem(f"{text}\n    {where}", self.results)
            item.setToolTip(where)
            item.setData(Qt.ItemDataRole.UserRole, (hit.round_id, hit.note_id))
        if hits:
            self.results.setCurrentRow(0)
        if not query.strip():
            self.summary.setText("")
        elif len(hits) >= MAX_HITS:
            self.summary.setText(self.tr("The first %n results", "", MAX_HITS))
        else:
            self.summary.setText(self.tr("%n result(s)", "", len(hits)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Find post-its"))
        self.field.setPlaceholderText(self.tr("Search the text of every post-it in every round"))
        self.run(self.field.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        """Up and Down in the field move through the results."""
        if watched is self.field and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()), 0)
            if step and self.results.count() and event.type() == QEvent.Type.KeyPress:
                row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def _choose_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._choose(item)

    def _choose(self, item: QListWidgetItem) -> None:
        round_id, note_id = item.data(Qt.ItemDataRole.UserRole)
        self.hitChosen.emit(round_id, note_id)
