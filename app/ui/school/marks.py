"""A line under the inspector saying how the selected post-its are marked.

It shows the chance mark, and for a werkdruk post-it its origin: when chosen
by hand it says so and what the batenlogica would say, so a hand choice is
visibly overriding.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from app.model.changes import Change
from app.model.school import CHANCE_LABELS, ORIGIN_LABELS, NoteMarks, note_marks
from app.ui.document import Document
from app.ui.school.common import interface_language


def describe(marks: NoteMarks, en: bool) -> list[str]:
    lines = []
    if marks.chance is not None:
        text = QCoreApplication.translate("School", "Chance: %1")
        lines.append(text.replace("%1", CHANCE_LABELS[marks.chance][en]))
    work = marks.workload
    if work is not None:
        origin = ORIGIN_LABELS[work.origin][en]
        if work.hand is not None:
            text = QCoreApplication.translate("School", "Werkdruk %1 (by hand; benefits logic: %2)")
            lines.append(
                text.replace("%1", origin).replace("%2", ORIGIN_LABELS[work.from_logic][en])
            )
        else:
            lines.append(QCoreApplication.translate("School", "Werkdruk %1").replace("%1", origin))
    return lines


class MarkSummary(QLabel):
    """The marks of the board's selection, kept current with every change."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mark_summary")
        self.setWordWrap(True)
        self.document = document
        self.ids: list[int] = []
        document.changed.connect(self._changed)

    def show_notes(self, ids: list[int]) -> None:
        self.ids = list(ids)
        self.refresh()

    def refresh(self) -> None:
        en = interface_language() == "en"
        marks = note_marks(self.document.store, self.ids) if self.ids else ()
        lines = [line for m in marks for line in describe(m, en)]
        self.setText("\n".join(dict.fromkeys(lines)))
        self.setVisible(bool(lines))

    def _changed(self, changes: list[Change]) -> None:
        if self.ids and any(c.table in ("note", "logic_node", "logic_edge") for c in changes):
            self.refresh()
