"""A one-line message under a panel that says why the model refused the panel's last action."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.model.ops import Op
from app.ui.document import Document


class StatusLine(QLabel):
    """Pushes a panel's operations and shows the refusal, if any, in place of a dialog.

    A refused edit (a closed round, a missing row) changes nothing; the
    message stays until the panel's next action succeeds.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("QLabel { color: #b71c1c; font-weight: bold; }")
        self.hide()

    def push(self, document: Document, op: Op, text: str) -> bool:
        """``document.push(op, text)``; on refusal show the model's message and return False."""
        messages: list[str] = []

        def heard(message: str) -> None:
            messages.append(message)

        document.failed.connect(heard)
        try:
            done = document.push(op, text)
        finally:
            document.failed.disconnect(heard)
        if done:
            self.clear_message()
        else:
            self.show_message(messages[-1] if messages else self.tr("The change was refused."))
        return done

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()
