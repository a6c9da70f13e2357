"""The band above the board: which round is shown, its question, and whether it is closed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from app.model.reads.board import round_heading
from app.ui.document import Document
from app.ui.icons import icon


class RoundHeader(QFrame):
    """Shows the round on the board; follows edits of its title, question and state."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("round_header")
        self.setStyleSheet(
            "#round_header { background: #fbf6ec; border-bottom: 1px solid #d8c7a8; }"
            "#round_title { font-weight: 600; font-size: 12pt; color: #3d2a14; }"
            "#round_question { color: #5a4a3a; font-size: 11pt; }"
            "#round_closed { color: #7a4b00; background: #ffe9b8; border-radius: 8px;"
            " padding: 1px 8px; }"
        )
        self._document = document
        self.round_id: int | None = None
        self.title = QLabel(self)
        self.title.setObjectName("round_title")
        self.title.setWordWrap(True)  # a long title wraps instead of widening the window
        self.title.setMinimumWidth(150)
        self.question = QLabel(self)
        self.question.setObjectName("round_question")
        self.question.setWordWrap(True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lock = QLabel(self)
        self.lock.setPixmap(icon("lock").pixmap(QSize(16, 16)))
        self.closed = QLabel(self)
        self.closed.setObjectName("round_closed")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(10)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.question, 2)
        layout.addWidget(self.lock)
        layout.addWidget(self.closed)
        document.rows.touched.connect(self._on_changed)
        self.show_round(None)

    def show_round(self, round_id: int | None) -> None:
        self.round_id = round_id
        row = None if round_id is None else round_heading(self._document.store, round_id)
        self.setVisible(row is not None)
        if row is None:
            return
        self.title.setText(row.title)
        self.title.setToolTip(row.session)
        self.question.setText(row.question)
        closed = row.closed
        self.lock.setVisible(closed)
        self.closed.setVisible(closed)
        self.closed.setText(self.tr("closed"))
        self.closed.setToolTip(self.tr("This round is closed: its board is kept as it was left."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_round(self.round_id)
        super().changeEvent(event)

    def _on_changed(self, tables: frozenset[str]) -> None:
        if tables & {"round", "session"}:
            self.show_round(self.round_id)
