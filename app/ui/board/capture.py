"""Quick capture: type or paste many lines, get one post-it per line in one undo step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.model.reads.board import subgroups_of
from app.ui.board.editor import BoardEditor
from app.ui.document import Document


class QuickCapture(QWidget):
    """A multi-line field and a subgroup chooser; Add (Ctrl+Enter) lays the lines out as notes."""

    def __init__(
        self, document: Document, parent: QWidget | None = None, editor: BoardEditor | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        if editor is None:  # a field on its own (tests): its own editor on the document
            editor = BoardEditor(self)
            editor.set_document(document)
        self.editor = editor
        self.round_id: int | None = None
        self.field = QPlainTextEdit(self)
        self.field.setPlaceholderText(
            QCoreApplication.translate("QuickCapture", "One idea per line…")
        )
        self.subgroup = QComboBox(self)
        self.add_button = QPushButton(QCoreApplication.translate("QuickCapture", "Add"), self)
        self.add_button.setToolTip(
            QCoreApplication.translate("QuickCapture", "Add one post-it per line (Ctrl+Enter)")
        )
        self.add_button.clicked.connect(self.add)
        self.field.installEventFilter(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(QCoreApplication.translate("QuickCapture", "Subgroup:"), self))
        row.addWidget(self.subgroup, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field, 1)
        layout.addLayout(row)
        document.rows.touched.connect(self._follow)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter in the field adds, as the button does."""
        if (
            watched is self.field
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.add()
            return True
        return super().eventFilter(watched, event)

    def set_round(self, round_id: int | None) -> None:
        """Offer the subgroups of ``round_id``."""
        self.round_id = round_id
        self._reload()

    def lines(self) -> list[str]:
        return [line.strip() for line in self.field.toPlainText().splitlines() if line.strip()]

    def add(self) -> bool:
        """Create the notes; the field empties only when they were made."""
        subgroup_id = self.subgroup.currentData()
        texts = tuple(self.lines())
        if subgroup_id is None or not texts:
            return False
        # self.tr, not QCoreApplication.translate: pyside6-lupdate only sees the plural in tr()
        label = self.tr("Add %n post-it(s)", "", len(texts))
        if not self.editor.capture(subgroup_id, texts, label):
            return False
        self.field.clear()
        return True

    def _reload(self) -> None:
        current = self.subgroup.currentData()
        self.subgroup.clear()
        if self.round_id is None:
            return
        for subgroup_id, name in subgroups_of(self.document.store, self.round_id):
            self.subgroup.addItem(
                name or QCoreApplication.translate("QuickCapture", "(unnamed)"), subgroup_id
            )
        index = self.subgroup.findData(current)
        self.subgroup.setCurrentIndex(max(0, index))

    def _follow(self, tables: frozenset[str]) -> None:
        if tables & {"subgroup", "round"}:
            self._reload()
