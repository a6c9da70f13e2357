"""Saying, in a panel, why the model refused the panel's edit."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.ui.document import Commit


class StatusLine(QLabel):
    """A one-line refusal under a panel, in place of a dialog.

    A refused edit (a closed round, a missing row) changes nothing; the
    message stays until the panel's next action succeeds.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("QLabel { color: #b71c1c; font-weight: bold; }")
        self.hide()

    def report(self, commit: Commit) -> bool:
        """Show why an editor's edit was refused, if it was; whether it was done."""
        if commit:
            self.clear_message()
        elif commit.refusal:
            self.show_message(commit.refusal)
        return bool(commit)

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()
