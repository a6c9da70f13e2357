"""The main window's status bar: passing messages, "everything is saved", and the zoom."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar

from app.ui.icons import icon

STATUS_MS = 8000


class WindowStatus:
    """The permanent parts of a status bar, and its passing messages."""

    def __init__(self, bar: QStatusBar) -> None:
        self.bar = bar
        self.zoom_label = QLabel(bar)
        self.saved_label = QLabel(bar)
        saved_icon = QLabel(bar)
        saved_icon.setPixmap(icon("saved").pixmap(16, 16))
        for part in (saved_icon, self.saved_label, self.zoom_label):
            bar.addPermanentWidget(part)

    def show(self, message: str) -> None:
        """A passing message ("" shows nothing)."""
        if message:
            self.bar.showMessage(message, STATUS_MS)

    def show_zoom(self, scale: float | None) -> None:
        """The board's zoom as a percentage; None when no board is shown."""
        text = (
            ""
            if scale is None
            else QCoreApplication.translate("MainWindow", "Zoom %1%").replace(
                "%1", str(round(scale * 100))
            )
        )
        self.zoom_label.setText(text)

    def retranslate(self) -> None:
        self.saved_label.setText(
            QCoreApplication.translate("MainWindow", "Everything is saved automatically")
        )
        self.saved_label.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "Every change is written to the workshop file the moment you make it"
            )
        )
