"""Find post-its in every round of the workshop (Ctrl+F) and jump to them."""

from __future__ import annotations

import itertools
import unicodedata

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

from app.model.reads.search import Hit, all_notes
from app.ui.document import Document

MAX_HITS = 200


def folded(text: str) -> str:
    """``text`` without case or accents, so "cooperatief" finds "Coöperatief"."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class NoteIndex:
    """Every post-it with its folded text, read once and again only after an edit.

    The matching runs here rather than in SQL, whose LOWER() and LIKE fold
    ASCII only; keeping the folded texts makes each keystroke a plain scan.
    """

    def __init__(self, document: Document) -> None:
        self._document = document
        self._rows: list[tuple[Hit, str]] | None = None
        document.rows.touched.connect(self._on_changed)

    def _on_changed(self, tables: frozenset[str]) -> None:
        if tables & {"note", "round", "session"}:
            self._rows = None

    def _read(self) -> list[tuple[Hit, str]]:
        return [(hit, folded(hit.text)) for hit in all_notes(self._document.store)]

    def find(self, query: str, limit: int = MAX_HITS) -> list[Hit]:
        """Post-its holding every word of ``query``, in session, round and reading order."""
        words = folded(query).split()
        if not words:
            return []
        if self._rows is None:
            self._rows = self._read()
        hits = (hit for hit, text in self._rows if all(w in text for w in words))
        return list(itertools.islice(hits, limit))


class SearchDialog(QDialog):
    """A search field with live results; choosing one asks the window to show that note.

    Signals:
        hitChosen(int, int): round id and note id of the chosen result.
    """

    hitChosen = Signal(int, int)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_dialog")
        self.index = NoteIndex(document)
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
        hits = self.index.find(query)
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
