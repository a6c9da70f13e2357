"""The Qt face of an open workshop: the model's change notifications as signals, and undo.

Views never write to the database. The editors (``board/editor.py``,
``batenlogica/editor.py``, ``session/editor.py``) call :meth:`Document.push` with a
model operation; views redraw from the signal of the table they show
(:attr:`Document.rows`), e.g. ``document.rows.note.connect(self._notes_changed)``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.model.changes import Change
from app.model.errors import WorkshopError
from app.model.ops import Op
from app.model.store import WorkshopStore
from app.ui.error_texts import describe


@dataclass(frozen=True)
class Commit:
    """What one pushed edit committed: its changes; falsy when it was refused or not made.

    ``refusal`` is the model's reason, in the interface language, when it refused.
    """

    done: bool
    changes: tuple[Change, ...] = field(default=())
    refusal: str = ""

    def __bool__(self) -> bool:
        return self.done

    def new_ids(self, table: str) -> list[int]:
        """The ids of the ``table`` rows the edit inserted, in insertion order."""
        return [c.id for c in self.changes if c.table == table and c.kind == "insert"]


REFUSED = Commit(False)


class RowSignals(QObject):
    """One signal per table, each with that table's changes of one committed operation.

    Listeners connect to the tables they mirror row by row, so nobody filters every
    change; a panel that simply reloads listens to :attr:`touched` and compares
    table names once per operation.

    Signals:
        <table>(list[Change]): the rows of that table one operation touched.
        touched(frozenset[str]): the tables one operation touched (after the table signals).
    """

    touched = Signal(frozenset)

    workshop = Signal(object)
    stakeholder_group = Signal(object)
    participant = Signal(object)
    session = Signal(object)
    round = Signal(object)
    theme = Signal(object)
    subgroup = Signal(object)
    subgroup_member = Signal(object)
    cluster = Signal(object)
    note = Signal(object)
    principle = Signal(object)
    logic_node = Signal(object)
    logic_node_source = Signal(object)
    logic_edge = Signal(object)
    initiative = Signal(object)
    action = Signal(object)
    initiative_principle = Signal(object)
    progress_note = Signal(object)
    attendee = Signal(object)
    agenda_item = Signal(object)
    decision = Signal(object)
    validation = Signal(object)
    moment = Signal(object)
    score = Signal(object)
    framework_change = Signal(object)

    def emit_changes(self, changes: Sequence[Change]) -> None:
        by_table: dict[str, list[Change]] = {}
        for change in changes:
            by_table.setdefault(change.table, []).append(change)
        for table, rows in by_table.items():
            self.signal(table).emit(rows)
        if by_table:
            self.touched.emit(frozenset(by_table))

    def signal(self, table: str) -> SignalInstance:
        """The signal of ``table`` (every table of the schema has one), or ``touched``."""
        signal: SignalInstance = getattr(self, table)
        return signal


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
        changed(list[Change]): the rows one committed operation touched (any table; per-table
            signals are on :attr:`rows`).
        failed(str): an operation was refused or could not be saved; the message for the user,
            in the interface language.
    """

    changed = Signal(object)
    failed = Signal(str)

    def __init__(self, store: WorkshopStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.rows = RowSignals(self)
        self._heard: list[Change] = []
        self._unsubscribe = store.events.subscribe(self._relay)

    def _relay(self, changes: list[Change]) -> None:
        self._heard.extend(changes)
        self.rows.emit_changes(changes)
        self.changed.emit(changes)

    def run(self, op: Op) -> Op | None:
        """Apply ``op`` now; return its inverse, or None after reporting why it failed."""
        try:
            return self.store.apply(op)
        except WorkshopError as exc:
            self.failed.emit(describe(exc))
            return None

    def push(self, op: Op, text: str) -> Commit:
        """Apply a user action and put it on the undo stack; what it committed (falsy if refused).

        Only the editors call this: their public methods are the one way in for every edit.
        """
        self._heard = []
        try:
            inverse = self.store.apply(op)
        except WorkshopError as exc:
            self._heard = []
            message = describe(exc)
            self.failed.emit(message)
            return Commit(False, refusal=message)
        heard, self._heard = tuple(self._heard), []
        self.undo_stack.push(OpCommand(self, inverse, op, text))
        return Commit(True, heard)

    def close(self) -> None:
        self._unsubscribe()
        self.undo_stack.clear()
        self.store.close()


def follow_rows(
    old: Document | None, new: Document | None, slots: Mapping[str, Callable[[Any], None]]
) -> None:
    """Move listeners (signal name → slot) from the document shown before to the one shown now."""
    for name, slot in slots.items():
        if old is not None:
            old.rows.signal(name).disconnect(slot)
        if new is not None:
            new.rows.signal(name).connect(slot)
