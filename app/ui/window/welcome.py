"""What the window shows before a workshop is open: start a new one, open one, or a recent one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.icons import icon


class WelcomePage(QWidget):
    """The empty state of the main window.

    Signals:
        newRequested(), openRequested(), demoRequested(): the buttons.
        recentChosen(Path): a recent workshop was double-clicked or activated.
    """

    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    recentChosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(
            "#welcome { background: #efe6d6; }"
            "#welcome_card { background: #fffdf8; border: 1px solid #d8c7a8; border-radius: 8px; }"
            "#welcome_title { font-size: 26pt; font-weight: 600; color: #5a3d1c; }"
            "#welcome_lead { font-size: 11pt; color: #4a4038; }"
        )
        card = QFrame(self)
        card.setObjectName("welcome_card")
        card.setMaximumWidth(620)
        self.title = QLabel("Bruinpapier", card)
        self.title.setObjectName("welcome_title")
        self.lead = QLabel(card)
        self.lead.setObjectName("welcome_lead")
        self.lead.setWordWrap(True)
        self.new_button = QPushButton(icon("new"), "", card)
        self.open_button = QPushButton(icon("open"), "", card)
        self.demo_button = QPushButton(icon("round"), "", card)
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        self.recent_label = QLabel(card)
        self.recent = QListWidget(card)
        self.recent.itemActivated.connect(self._on_activated)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(34)
            buttons.addWidget(button)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(14)
        inner.addWidget(self.title)
        inner.addWidget(self.lead)
        inner.addLayout(buttons)
        inner.addWidget(self.recent_label)
        inner.addWidget(self.recent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.retranslate()

    def set_recent(self, files: list[Path]) -> None:
        self.recent.clear()
        for path in files:
            item = QListWidgetItem(icon("workshop"), path.stem, self.recent)
            item.setToolTip(str(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
        self.recent.setVisible(bool(files))
        self.recent_label.setVisible(bool(files))

    def retranslate(self) -> None:
        self.lead.setText(
            self.tr(
                "Capture and cluster the post-its of a brown-paper session. "
                "Everything is saved automatically, the moment you make a change."
            )
        )
        self.new_button.setText(self.tr("New workshop…"))
        self.open_button.setText(self.tr("Open…"))
        self.demo_button.setText(self.tr("Open the demo"))
        self.recent_label.setText(self.tr("Recently opened"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.recentChosen.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
