"""Questions and messages for the user, behind one small interface.

Logic asks an :class:`Interaction` for a path or shows it a message and never
creates a ``QMessageBox`` or ``QFileDialog`` itself, so tests replace the
interaction with one that answers from a script and records what was shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QDialog, QFileDialog, QMessageBox, QWidget


class Interaction:
    """Modal questions and messages, shown on top of ``parent``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def error(self, title: str, message: str) -> None:
        """Tell the user that something they asked for could not be done, and why."""
        QMessageBox.warning(self.parent, title, message)

    def warning(self, title: str, message: str) -> None:
        """Tell the user that something was done, but not quite as asked."""
        QMessageBox.warning(self.parent, title, message)

    def about(self, title: str, message: str) -> None:
        QMessageBox.about(self.parent, title, message)

    def open_path(self, title: str, filters: str) -> Path | None:
        """An existing file the user chose, or None if they cancelled."""
        name, _ = QFileDialog.getOpenFileName(self.parent, title, "", filters)
        return Path(name) if name else None

    def save_path(
        self, title: str, filters: str, suggestion: str, confirm: bool = True
    ) -> Path | None:
        """A file name to write to, or None if they cancelled.

        ``confirm`` False skips the "replace?" question where the caller refuses
        existing files anyway.
        """
        options = QFileDialog.Option(0) if confirm else QFileDialog.Option.DontConfirmOverwrite
        name, _ = QFileDialog.getSaveFileName(self.parent, title, suggestion, filters, "", options)
        return Path(name) if name else None

    def colour(self, title: str, initial: QColor) -> QColor | None:
        colour = QColorDialog.getColor(initial, self.parent, title)
        return colour if colour.isValid() else None

    def run(self, dialog: QDialog) -> bool:
        """Run a dialog of the app (wizard, add round…) modally; True if the user accepted it."""
        return dialog.exec() == QDialog.DialogCode.Accepted
