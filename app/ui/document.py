"""The Qt face of an open workshop: the model's change notifications as a signal, and undo.

Views never write to the database; they call :meth:`Document.push` with a
model operation and redraw from :attr:`Document.changed`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.model.errors import WorkshopError
from app.model.ops import Op
from app.model.store import WorkshopStore
from app.ui.error_texts import describe


class OpCommand(QUndoCommand):
    """One user action: holds the operation that undoes it and the one that redoes it."""

    def __init__(self, document: Document, undo_op: Op, redo_op: Op, text: str) -> None:
        super().__init__(text)
        self._document = document
        self._undo_op = undo_op
        self._redo_op = redo_op
        self._fresh = True  # the action was already applied when it was pushed

    def redo(self) -> None:
        if self._fresh:
            self._fresh = False
            return
        undo_op = self._document.run(self._redo_op)
        if undo_op is None:
            self.setObsolete(True)
        else:
            self._undo_op = undo_op

    def undo(self) -> None:
        redo_op = self._document.run(self._undo_op)
        if redo_op is None:
            self.setObsolete(True)
        else:
            self._redo_op = redo_op


class Document(QObject):
    """An open workshop for the interface.

    Signals:
        changed(list[Change]): the rows one committed operation touched.
        failed(str): an operation was refused or could not be saved; the message for the user,
            in the interface language.
    """

    changed = Signal(object)
    failed = Signal(str)

    def __init__(self, store: WorkshopStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self._unsubscribe = store.events.subscribe(self.changed.emit)

    def run(self, op: Op) -> Op | None:
        """Apply ``op`` now; return its inverse, or None after reporting why it failed."""
        try:
            return self.store.apply(op)
        except WorkshopError as exc:
            self.failed.emit(describe(exc))
            return None

    def push(self, op: Op, text: str) -> bool:
        """Apply a user action and put it on the undo stack; False if it was refused."""
        inverse = self.run(op)
        if inverse is None:
            return False
        self.undo_stack.push(OpCommand(self, inverse, op, text))
        return True

    def close(self) -> None:
        self._unsubscribe()
        self.undo_stack.clear()
        self.store.close()
