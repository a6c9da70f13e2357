"""The school editor: the one way in for edits of principles, themes, shape and marks.

The principles, themes and shape panels call these methods; the Trajectory
menu, the Chance and Workload origin submenus, their keys and the
batenlogica's context menu show the actions of its one table. Each method
pushes one model operation and returns the :class:`Commit`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction

from app.model.kinds import Chance, RoundKind, WorkloadOrigin
from app.model.ops import Op, school, shape
from app.model.ops.edits import remove, reorder
from app.ui.action_table import ActionSpec, ActionTable
from app.ui.document import REFUSED, Commit, Document

SPECS = (
    ActionSpec("principles", QT_TRANSLATE_NOOP("School", "Organisation &principles…")),
    ActionSpec("themes", QT_TRANSLATE_NOOP("School", "Policy &themes…")),
    ActionSpec("shape", QT_TRANSLATE_NOOP("School", "&Sessions and rounds…")),
    ActionSpec("to_principles", QT_TRANSLATE_NOOP("School", "Selection → p&rinciples")),
    ActionSpec(
        "chance_ict_workload",
        QT_TRANSLATE_NOOP("School", "ICT chance for lowering &workload"),
        ("Ctrl+Alt+1",),
    ),
    ActionSpec(
        "chance_ict_purpose",
        QT_TRANSLATE_NOOP("School", "ICT chance for the &purpose"),
        ("Ctrl+Alt+2",),
    ),
    ActionSpec(
        "chance_improvement",
        QT_TRANSLATE_NOOP("School", "Other &improvement chance"),
        ("Ctrl+Alt+3",),
    ),
    ActionSpec("chance_none", QT_TRANSLATE_NOOP("School", "&No chance"), ("Ctrl+Alt+0",)),
    ActionSpec(
        "origin_purpose",
        QT_TRANSLATE_NOOP("School", "From working on the &purpose"),
        ("Ctrl+Alt+B",),
    ),
    ActionSpec(
        "origin_systems",
        QT_TRANSLATE_NOOP("School", "From &systems and ways of working"),
        ("Ctrl+Alt+S",),
    ),
    ActionSpec(
        "origin_none", QT_TRANSLATE_NOOP("School", "As the &benefits logic says"), ("Ctrl+Alt+N",)
    ),
)
"""The school's commands (texts in the "School" context); their keys work anywhere in the window."""
CHANCES = {
    "chance_ict_workload": Chance.ICT_WORKLOAD,
    "chance_ict_purpose": Chance.ICT_PURPOSE,
    "chance_improvement": Chance.IMPROVEMENT,
    "chance_none": None,
}
ORIGINS = {
    "origin_purpose": WorkloadOrigin.PURPOSE,
    "origin_systems": WorkloadOrigin.SYSTEMS,
    "origin_none": None,
}


class SchoolEditor(QObject):
    """Edits of the open workshop's school side; one per window, told the document shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        self.table = ActionTable(SPECS, self, context="School")
        self.table.retranslate()

    def __getitem__(self, name: str) -> QAction:
        return self.table[name]

    def set_document(self, document: Document | None) -> None:
        self.document = document
        self.table.set_enabled(self.table.actions, document is not None)

    def _push(self, op: Op, text: str) -> Commit:
        return REFUSED if self.document is None else self.document.push(op, text)

    # -- rows of one table (principles, themes) ------------------------------------------

    def reorder(self, table: str, ids: Sequence[int]) -> Commit:
        return self._push(
            reorder(table, list(ids)), QCoreApplication.translate("School", "Reorder")
        )

    def delete(self, table: str, ids: Sequence[int]) -> Commit:
        return self._push(remove(table, *ids), QCoreApplication.translate("School", "Delete"))

    def add_principle(self, name: str, explanation: str) -> Commit:
        return self._push(
            school.AddPrinciple(name, explanation), QCoreApplication.translate("School", "Add")
        )

    def edit_principle(self, principle_id: int, name: str, explanation: str) -> Commit:
        return self._push(
            school.edit_principle(principle_id, name, explanation),
            QCoreApplication.translate("School", "Edit"),
        )

    def principles_from(self, note_ids: Sequence[int], cluster_ids: Sequence[int]) -> Commit:
        """Post-its and clusters become principles, named after their texts and titles."""
        op = school.PrinciplesFrom(tuple(note_ids), tuple(cluster_ids))
        return self._push(op, QCoreApplication.translate("School", "Selection → principles"))

    def add_theme(self, name: str, description: str) -> Commit:
        return self._push(
            school.AddTheme(name, description), QCoreApplication.translate("School", "Add")
        )

    def edit_theme(self, theme_id: int, name: str, description: str) -> Commit:
        return self._push(
            school.edit_theme(theme_id, name=name, description=description),
            QCoreApplication.translate("School", "Edit"),
        )

    def colour_theme(self, theme_id: int, colour: str) -> Commit:
        return self._push(
            school.edit_theme(theme_id, colour=colour),
            QCoreApplication.translate("School", "Theme colour"),
        )

    def merge_themes(self, into: int, others: Sequence[int]) -> Commit:
        return self._push(
            school.MergeThemes(into, tuple(others)), QCoreApplication.translate("School", "Merge")
        )

    # -- the trajectory's shape ----------------------------------------------------------

    def add_session(self, title: str) -> Commit:
        return self._push(
            shape.AddSession(title), QCoreApplication.translate("School", "Add session")
        )

    def add_round(self, session_id: int, title: str, kind: RoundKind) -> Commit:
        return self._push(
            shape.add_round(session_id, title, "", kind),
            QCoreApplication.translate("School", "Add round"),
        )

    def edit_round(self, round_id: int, title: str, question: str, kind: RoundKind) -> Commit:
        return self._push(
            shape.edit_round(round_id, title, question, kind),
            QCoreApplication.translate("School", "Edit round"),
        )

    def edit_session(self, session_id: int, title: str, day: dt.date | None) -> Commit:
        return self._push(
            shape.edit_session(session_id, title, day),
            QCoreApplication.translate("School", "Edit session"),
        )

    def reorder_sessions(self, ids: Sequence[int]) -> Commit:
        return self._push(
            shape.reorder_sessions(list(ids)), QCoreApplication.translate("School", "Reorder")
        )

    def move_rounds(self, session_id: int, ids: Sequence[int]) -> Commit:
        return self._push(
            shape.MoveRounds(session_id, tuple(ids)),
            QCoreApplication.translate("School", "Reorder"),
        )

    def remove_session(self, session_id: int) -> Commit:
        """The session with its rounds and post-its (undo brings everything back)."""
        return self._push(
            shape.remove_session(session_id), QCoreApplication.translate("School", "Delete")
        )

    def remove_round(self, round_id: int) -> Commit:
        return self._push(
            shape.remove_round(round_id), QCoreApplication.translate("School", "Delete")
        )

    # -- marks -------------------------------------------------------------------------

    def mark_chance(self, table: str, ids: Sequence[int], chance: Chance | None) -> Commit:
        """Post-its (``note``) or batenlogica elements (``logic_node``) get a chance, or none."""
        return self._push(
            school.MarkChance(table, tuple(ids), chance),
            QCoreApplication.translate("School", "Mark chance"),
        )

    def set_origin(self, note_ids: Sequence[int], origin: WorkloadOrigin | None) -> Commit:
        """Werkdruk post-its get an origin by hand (None: as the batenlogica says)."""
        op = school.SetWorkloadOrigin(tuple(note_ids), origin)
        return self._push(op, QCoreApplication.translate("School", "Workload origin"))
