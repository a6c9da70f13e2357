"""The session editor: the one way in for edits of the trajectory, its rounds and theme forms.

Dialogs and panels (the wizard, Add round, carry forward, the theme forms, the
CSV import) call these methods; each pushes one model operation and returns
the :class:`Commit`, whose ``refusal`` the panel can show in its status line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from app.model.kinds import RoundState
from app.model.ops import Op
from app.model.ops.carry import ClustersToThemes, NotesToInitiatives, ThemesToSubgroups
from app.model.ops.edits import Add, Edit, Remove, reorder, set_round_state
from app.ui.document import REFUSED, Commit, Document


class SessionEditor(QObject):
    """Edits of the open workshop's trajectory; one per window, told the document shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document: Document | None = None

    def set_document(self, document: Document | None) -> None:
        self.document = document

    def _push(self, op: Op, text: str) -> Commit:
        return REFUSED if self.document is None else self.document.push(op, text)

    # -- the trajectory and its rounds ---------------------------------------------

    def new_trajectory(self, plan: Op) -> Commit:
        """Everything the wizard planned, as one step."""
        return self._push(plan, QCoreApplication.translate("NewWorkshopWizard", "New trajectory"))

    def add_round(self, plan: Op) -> Commit:
        return self._push(plan, QCoreApplication.translate("AddRoundDialog", "Add round"))

    def set_round_state(self, round_id: int, state: RoundState) -> Commit:
        """Close a round (read-only, board kept as left) or reopen it."""
        closing = state == RoundState.CLOSED
        text = (
            QCoreApplication.translate("SessionControls", "Close round")
            if closing
            else QCoreApplication.translate("SessionControls", "Reopen round")
        )
        return self._push(set_round_state(round_id, state), text)

    def import_notes(self, op: Op) -> Commit:
        """Post-its read from a CSV file, created with their sessions, rounds and clusters."""
        return self._push(op, QCoreApplication.translate("FileCommands", "Import post-its"))

    # -- carrying results forward -----------------------------------------------------

    def clusters_to_themes(self, cluster_ids: Sequence[int]) -> Commit:
        op = ClustersToThemes(tuple(sorted(cluster_ids)))
        return self._push(op, QCoreApplication.translate("CarryActions", "Clusters → themes"))

    def themes_to_subgroups(self, round_id: int) -> Commit:
        return self._push(
            ThemesToSubgroups(round_id),
            QCoreApplication.translate("CarryActions", "Themes → subgroups"),
        )

    def notes_to_initiatives(self, round_id: int) -> Commit:
        """A theme round's post-its become its themes' initiatives."""
        return self._push(
            NotesToInitiatives(round_id),
            QCoreApplication.translate("ThemeForms", "Take over from the board"),
        )

    # -- theme forms: initiatives --------------------------------------------------------

    def add_initiative(self, row: Mapping[str, Any]) -> Commit:
        return self._push(
            Add("initiative", (dict(row),)),
            QCoreApplication.translate("InitiativeList", "Add initiative"),
        )

    def remove_initiative(self, initiative_id: int) -> Commit:
        op = Remove("initiative", (initiative_id,))
        return self._push(op, QCoreApplication.translate("InitiativeList", "Remove initiative"))

    def reorder_initiatives(self, ids: Sequence[int]) -> Commit:
        op = reorder("initiative", list(ids))
        return self._push(op, QCoreApplication.translate("InitiativeList", "Reorder initiatives"))

    def choose_initiative(self, initiative_id: int, chosen: bool) -> Commit:
        text = (
            QCoreApplication.translate("InitiativeList", "Choose initiative")
            if chosen
            else QCoreApplication.translate("InitiativeList", "Unchoose initiative")
        )
        return self._push(Edit("initiative", {initiative_id: {"chosen": chosen}}), text)

    def rename_initiative(self, initiative_id: int, title: str) -> Commit:
        op = Edit("initiative", {initiative_id: {"title": title.strip()}})
        return self._push(op, QCoreApplication.translate("InitiativeList", "Rename initiative"))

    # -- theme forms: activities and principles ------------------------------------------

    def add_activity(self, row: Mapping[str, Any]) -> Commit:
        return self._push(
            Add("action", (dict(row),)),
            QCoreApplication.translate("ElaborationForm", "Add activity"),
        )

    def remove_activity(self, action_id: int) -> Commit:
        op = Remove("action", (action_id,))
        return self._push(op, QCoreApplication.translate("ElaborationForm", "Remove activity"))

    def edit_activity(self, action_id: int, column: str, text: str) -> Commit:
        """Change an activity's ``activity`` or ``who``."""
        op = Edit("action", {action_id: {column: text.strip()}})
        return self._push(op, QCoreApplication.translate("ElaborationForm", "Edit activity"))

    def apply_principle(self, initiative_id: int, principle_id: int) -> Commit:
        row = {"initiative_id": initiative_id, "principle_id": principle_id, "how": ""}
        op = Add("initiative_principle", (row,))
        return self._push(op, QCoreApplication.translate("ElaborationForm", "Apply principle"))

    def drop_principle(self, link_id: int) -> Commit:
        op = Remove("initiative_principle", (link_id,))
        return self._push(op, QCoreApplication.translate("ElaborationForm", "Drop principle"))

    def describe_principle(self, link_id: int, how: str) -> Commit:
        op = Edit("initiative_principle", {link_id: {"how": how.strip()}})
        return self._push(
            op, QCoreApplication.translate("ElaborationForm", "Describe how the principle applies")
        )


def session_editor(
    document: Document | None, parent: QObject, given: SessionEditor | None
) -> SessionEditor:
    """The window's session editor, or (a panel or dialog on its own) one for ``document``."""
    if given is not None:
        return given
    editor = SessionEditor(parent)
    editor.set_document(document)
    return editor
