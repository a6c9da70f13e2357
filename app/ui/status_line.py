"""Pushing a panel's operation and saying, in the panel, why the model refused it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from app.model.ops import Op
from app.ui.document import Document


def push_reporting(document: Document, op: Op, text: str) -> str | None:
    """``document.push(op, text)``; None when done, else the model's reason for refusing."""
    messages: list[str] = []

    def heard(message: str) -> None:
        messages.append(message)

    document.failed.connect(heard)
    try:
        done = document.push(op, text)
    finally:
        document.failed.disconnect(heard)
    if done:
        return None
    return (
        messages[-1]
        if messages
        else QCoreApplication.translate("StatusLine", "The change was refused.")
    )


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

    def push(self, document: Document, op: Op, text: str) -> bool:
        """Push ``op``; show the refusal, if any, and return whether it was done."""
        refusal = push_reporting(document, op, text)
        if refusal is None:
            self.clear_message()
        else:
            self.show_message(refusal)
        return refusal is None

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()
